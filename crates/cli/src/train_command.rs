//! `rhetor train`: trains a model from benchmark data and writes the model file that ships.

use std::time::Instant;

use anyhow::Context;

use crate::flags::{TrainAnalyser, TrainArguments};

pub(crate) fn run(arguments: &TrainArguments) -> anyhow::Result<()> {
    match &arguments.analyser {
        TrainAnalyser::Claims {
            data,
            output,
            accurate,
            embedding_cache,
        } => crate::claims_command::train(data, output.as_deref(), *accurate, embedding_cache.as_deref()),
        TrainAnalyser::Frames { data, output } => {
            let started = Instant::now();
            let options = rhetor_frames::FrameTrainingOptions::default();
            let (frames, genre, report) = rhetor_frames::train_frame_models(data, &options)
                .with_context(|| format!("training frames and genre from {}", data.display()))?;
            for (l2, f1) in &report.frame_selection {
                outln!("frames: l2 {l2:<5} out-of-fold micro-F1 {f1:.4}")?;
            }
            for (l2, weight, f1) in &report.genre_selection {
                outln!("genre:  l2 {l2:<5} positives {weight:?} cross-validated macro-F1 {f1:.4}")?;
            }
            outln!(
                "chosen: frames l2 {}, genre l2 {} positives {:?}",
                report.frames.l2,
                report.genre.l2,
                report.genre.positive_weight
            )?;
            out!("{}", report.cross_validation)?;
            write_model_files(output, &[(&frames, "frames.rlm"), (&genre, "genre.rlm")])?;
            outln!("in {:.1} s", started.elapsed().as_secs_f64())?;
            Ok(())
        }
        TrainAnalyser::Techniques {
            data,
            output,
            accurate,
            embedding_cache,
            stack_rows,
        } => train_techniques(
            data,
            output,
            *accurate,
            embedding_cache.as_deref(),
            stack_rows.as_deref(),
        ),
        TrainAnalyser::EventSenses(arguments) => {
            let started = Instant::now();
            let (model, report) = rhetor_evaluate::train_event_senses(&arguments.gold, &arguments.corpora)
                .with_context(|| {
                    format!(
                        "training the event sense model from {} gold files",
                        arguments.gold.len()
                    )
                })?;
            out!("{report}")?;
            write_model_files(&arguments.output, &[(&model, "senses.rlm")])?;
            outln!("in {:.1} s", started.elapsed().as_secs_f64())?;
            Ok(())
        }
        TrainAnalyser::EventPresence(arguments) => {
            let started = Instant::now();
            let (model, report) = rhetor_evaluate::train_event_presence(&arguments.gold, &arguments.corpora)
                .with_context(|| {
                    format!(
                        "training the event presence model from {} gold files",
                        arguments.gold.len()
                    )
                })?;
            out!("{report}")?;
            write_model_files(&arguments.output, &[(&model, "presence.rlm")])?;
            outln!("in {:.1} s", started.elapsed().as_secs_f64())?;
            Ok(())
        }
        TrainAnalyser::EventSources(arguments) => {
            let started = Instant::now();
            let (model, report) = rhetor_evaluate::train_event_sources(&arguments.gold, &arguments.corpora)
                .with_context(|| {
                format!(
                    "training the event source model from {} gold files",
                    arguments.gold.len()
                )
            })?;
            out!("{report}")?;
            write_model_files(&arguments.output, &[(&model, "sources.rlm")])?;
            outln!("in {:.1} s", started.elapsed().as_secs_f64())?;
            Ok(())
        }
    }
}

/// `rhetor train techniques`: trains the three models (and with `accurate` the accurate tier's
/// embedding model, reading the paragraph embeddings from `embedding_cache` when it is current),
/// prints the cross-validation, writes the files (and the stack inputs to `stack_rows`).
fn train_techniques(
    data: &std::path::Path,
    output: &std::path::Path,
    accurate: bool,
    embedding_cache: Option<&std::path::Path>,
    stack_rows: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let options = rhetor_techniques::TechniqueTrainingOptions {
        keep_stack_rows: stack_rows.is_some(),
        ..rhetor_techniques::TechniqueTrainingOptions::default()
    };
    let (articles, technique_names) = rhetor_techniques::read_technique_training_data(data)
        .with_context(|| format!("reading persuasion techniques from {}", data.display()))?;
    let trained = if accurate {
        let cache_path = match embedding_cache {
            Some(path) => path.to_owned(),
            None => default_embedding_cache("techniques-embeddings.bin")?,
        };
        let texts = rhetor_techniques::training_paragraph_texts(&articles);
        let embedding_started = Instant::now();
        // The weights are read only if the cache lacks a paragraph: a complete cache is enough.
        let cached =
            rhetor_embed::CachedEmbedder::open(rhetor_embed::LazyDefaultEncoder::new(), &cache_path)?;
        let missing = cached.count_missing(&texts);
        let embeddings = rhetor_embed::SentenceEmbedder::embed(&cached, &texts)?;
        outln!(
            "embeddings of {} paragraphs ({missing} not in the cache {}, embedded and appended) in {:.1} s",
            texts.len(),
            cache_path.display(),
            embedding_started.elapsed().as_secs_f64()
        )?;
        let words = rhetor_techniques::training_paragraph_words(&articles);
        let word_states =
            training_word_states(&words, &cache_path.with_file_name("techniques-word-states.bin"))?;
        rhetor_techniques::train_accurate_technique_models(
            &articles,
            technique_names,
            &options,
            &embeddings,
            Some(&word_states),
        )
    } else {
        rhetor_techniques::train_technique_models(&articles, technique_names, &options)
    }
    .with_context(|| format!("training persuasion techniques from {}", data.display()))?;
    let report = &trained.report;
    outln!(
        "{} articles, {} paragraphs, {} sentences, {} words",
        report.articles,
        report.paragraphs,
        report.sentences,
        report.tokens
    )?;
    for (model, scores, chosen) in &report.l2_searches {
        for (l2, f1) in scores {
            outln!("{model} model: l2 {l2:<5} out-of-fold micro-F1 (its techniques) {f1:.4}")?;
        }
        outln!("{model} model: chosen l2 {chosen}")?;
    }
    for (group, technique, flagged, correct) in &report.rule_precision {
        outln!(
            "rules {}: {technique}: {flagged} training paragraphs flagged, {correct} of them carry it",
            group.name()
        )?;
    }
    outln!("nested cross-validation (stack and thresholds chosen inside the training folds), mean ± sd over folds:")?;
    print_candidates(&report.candidates, &report.chosen, 33, "")?;
    print_technique_table(
        &report.technique_names,
        &report.chosen.pooled.per_label,
        &report.thresholds,
    )?;
    write_model_files(
        output,
        &[
            (&trained.paragraph_model, "paragraphs.rlm"),
            (&trained.sentence_model, "sentences.rlm"),
            (&trained.token_model, "tokens.rlm"),
        ],
    )?;
    if let (Some(model), Some(accurate)) = (&trained.embedding_model, &report.accurate) {
        outln!("accurate tier (the embedding model's and the contextual word model's margins as fifth and sixth stack inputs), same folds:")?;
        print_candidates(&accurate.candidates, &accurate.chosen, 51, "accurate ")?;
        outln!("fast     folds micro-F1: {:?}", report.chosen.fold_micro_f1)?;
        outln!("accurate tier per technique (pooled over the folds' held-out paragraphs):")?;
        print_technique_table(
            &report.technique_names,
            &accurate.chosen.pooled.per_label,
            &accurate.thresholds,
        )?;
        write_model_files(output, &[(model, "embeddings.rlm")])?;
    }
    if let Some(model) = &trained.context_model {
        write_model_files(
            output,
            &[
                (model.hidden_layer(), "context-hidden-layer.rlm"),
                (model.output_layer(), "contexts.rlm"),
            ],
        )?;
    }
    if let (Some(directory), Some(rows)) = (stack_rows, &report.stack_rows) {
        write_stack_rows(directory, &report.technique_names, rows)?;
    }
    outln!("in {:.1} s", started.elapsed().as_secs_f64())?;
    Ok(())
}

/// Writes the stack inputs of the nested cross-validation: `stack-rows.json` (techniques, each
/// paragraph's fold, article, gold techniques and rule findings, the tagger's techniques, the
/// input names, the files) and, as little-endian `f32` in `[paragraph][technique][input]`
/// order, `out-of-fold.f32` (every paragraph) and `nested-K.f32` (per outer fold `K`, the
/// paragraphs outside it, in order).
fn write_stack_rows(
    directory: &std::path::Path,
    technique_names: &[String],
    rows: &rhetor_techniques::StackRows,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(directory).with_context(|| format!("creating {}", directory.display()))?;
    let write_inputs = |name: &str, inputs: &[Vec<rhetor_techniques::StackInputs>]| -> anyhow::Result<()> {
        let bytes: Vec<u8> = inputs
            .iter()
            .flatten()
            .flatten()
            .flat_map(|value| value.to_le_bytes())
            .collect();
        let path = directory.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))
    };
    write_inputs("out-of-fold.f32", &rows.out_of_fold)?;
    let mut nested_files = Vec::new();
    for (fold, inputs) in rows.nested.iter().enumerate() {
        let name = format!("nested-{fold}.f32");
        write_inputs(&name, inputs)?;
        nested_files.push(name);
    }
    let description = serde_json::json!({
        "techniques": technique_names,
        "inputs": rhetor_techniques::STACK_INPUT_NAMES,
        "paragraph_fold": rows.paragraph_fold,
        "paragraph_article": rows.paragraph_article,
        "gold": rows.gold,
        "rules": rows.rule_labels.iter().map(|findings| {
            findings
                .iter()
                .map(|(label, group)| serde_json::json!([label, group.name()]))
                .collect::<Vec<_>>()
        }).collect::<Vec<_>>(),
        "token_known": rows.token_known,
        "out_of_fold": "out-of-fold.f32",
        "nested": nested_files,
    });
    let path = directory.join("stack-rows.json");
    std::fs::write(&path, description.to_string()).with_context(|| format!("writing {}", path.display()))?;
    outln!("wrote the stack inputs to {}", directory.display())?;
    Ok(())
}

/// A Markdown table of each technique's pooled cross-validated precision, recall, F1, gold
/// paragraphs and threshold.
fn print_technique_table(
    names: &[String],
    scores: &[rhetor_linear::PrecisionRecallF1],
    thresholds: &[f32],
) -> std::io::Result<()> {
    outln!("| Technique | P | R | F1 | Gold paragraphs | Threshold |")?;
    outln!("|---|---:|---:|---:|---:|---:|")?;
    for ((name, scores), threshold) in names.iter().zip(scores).zip(thresholds) {
        outln!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} | {threshold:.3} |",
            scores.precision,
            scores.recall,
            scores.f1,
            scores.support()
        )?;
    }
    Ok(())
}

/// The first bytes of a word-state cache file.
const WORD_STATE_CACHE_HEADER: &[u8] = b"rhetor word states 2\n";

/// The contextual state of every word of `words` (per paragraph), read from `cache_path` when it
/// holds the states of exactly these words (a fingerprint of them is in its header), else
/// computed with the default encoder and written there.
fn training_word_states(
    words: &[Vec<String>],
    cache_path: &std::path::Path,
) -> anyhow::Result<Vec<Vec<rhetor_techniques::WordState>>> {
    let started = Instant::now();
    // FNV-1a over the words, a space after each and a line break after each paragraph.
    let mut fingerprint = rhetor_linear::FNV1A_64_OFFSET_BASIS;
    let mut hash_bytes = |bytes: &[u8]| {
        for &byte in bytes {
            fingerprint = (fingerprint ^ u64::from(byte)).wrapping_mul(rhetor_linear::FNV1A_64_PRIME);
        }
    };
    let mut word_count = 0_u64;
    for paragraph in words {
        for word in paragraph {
            hash_bytes(word.as_bytes());
            hash_bytes(b" ");
            word_count += 1;
        }
        hash_bytes(b"\n");
    }
    let mut header = WORD_STATE_CACHE_HEADER.to_vec();
    header.extend_from_slice(&fingerprint.to_le_bytes());
    header.extend_from_slice(&word_count.to_le_bytes());
    // States of another layer mix are other states.
    header.extend_from_slice(&(rhetor_embed::WORD_STATE_LAYERS as u64).to_le_bytes());
    let dimension = rhetor_embed::EMBEDDING_DIMENSION;
    if let Ok(bytes) = std::fs::read(cache_path) {
        if bytes.len() == header.len() + word_count as usize * dimension && bytes.starts_with(&header) {
            let mut levels = bytes[header.len()..].chunks_exact(dimension);
            let states = words
                .iter()
                .map(|paragraph| {
                    paragraph
                        .iter()
                        .map(|_| {
                            let mut state = [0_i8; rhetor_embed::EMBEDDING_DIMENSION];
                            if let Some(chunk) = levels.next() {
                                for (level, &byte) in state.iter_mut().zip(chunk) {
                                    *level = i8::from_le_bytes([byte]);
                                }
                            }
                            state
                        })
                        .collect()
                })
                .collect();
            outln!(
                "word states of {word_count} words read from {} in {:.1} s",
                cache_path.display(),
                started.elapsed().as_secs_f64()
            )?;
            return Ok(states);
        }
    }
    let encoder = rhetor_embed::SentenceEncoder::load_default().context("loading all-MiniLM-L6-v2")?;
    let mut states: Vec<Vec<rhetor_techniques::WordState>> = Vec::with_capacity(words.len());
    for chunk in words.chunks(1024) {
        let texts: Vec<Vec<&str>> = chunk
            .iter()
            .map(|paragraph| paragraph.iter().map(String::as_str).collect())
            .collect();
        states.extend(encoder.word_states(&texts).iter().map(|paragraph| {
            paragraph
                .iter()
                .map(rhetor_techniques::quantise_word_state)
                .collect::<Vec<_>>()
        }));
    }
    let mut bytes = header;
    bytes.reserve(word_count as usize * dimension);
    for state in states.iter().flatten() {
        bytes.extend(state.iter().map(|level| level.to_le_bytes()[0]));
    }
    if let Some(parent) = cache_path.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(cache_path, &bytes).with_context(|| format!("writing {}", cache_path.display()))?;
    outln!(
        "word states of {word_count} words computed and written to {} in {:.1} s",
        cache_path.display(),
        started.elapsed().as_secs_f64()
    )?;
    Ok(states)
}

/// Where training keeps the embeddings it computed unless told otherwise: `file_name` in
/// rhetor's cache directory (`$XDG_CACHE_HOME/rhetor`, else `$HOME/.cache/rhetor`), outside the
/// repository, since the file is derived from the data and large. Shared by `train claims` and
/// `train techniques`.
pub(crate) fn default_embedding_cache(file_name: &str) -> anyhow::Result<std::path::PathBuf> {
    let cache_directory = rhetor_embed::rhetor_cache_directory()
        .context("neither XDG_CACHE_HOME nor HOME is set: give --embedding-cache")?;
    Ok(cache_directory.join(file_name))
}

/// Every candidate's cross-validated scores, then the chosen one and its folds; `label` prefixes
/// the chosen lines (`accurate `), and `stack_width` aligns the tier's stack names.
fn print_candidates(
    candidates: &[rhetor_techniques::CrossValidationResult],
    chosen: &rhetor_techniques::CrossValidationResult,
    stack_width: usize,
    label: &str,
) -> std::io::Result<()> {
    for candidate in candidates {
        let ((micro, micro_sd), (macro_, macro_sd)) = (candidate.micro_f1(), candidate.macro_f1());
        outln!(
            "  stack {:<stack_width$} thresholds {:<12} rules {:<31} micro-F1 {micro:.4} ± {micro_sd:.4}  macro-F1 {macro_:.4} ± {macro_sd:.4}",
            candidate.inputs.name(),
            candidate.mode.name(),
            rule_names(&candidate.rules)
        )?;
    }
    let ((micro, micro_sd), (macro_, macro_sd)) = (chosen.micro_f1(), chosen.macro_f1());
    outln!(
        "{label}chosen: stack {}, thresholds {}, rules {}: micro-F1 {micro:.4} ± {micro_sd:.4}, macro-F1 {macro_:.4} ± {macro_sd:.4}",
        chosen.inputs.name(),
        chosen.mode.name(),
        rule_names(&chosen.rules)
    )?;
    outln!("{label}folds micro-F1: {:?}", chosen.fold_micro_f1)
}

/// The names of rule groups, `+`-joined (`none` for none).
fn rule_names(groups: &[rhetor_techniques::RuleGroup]) -> String {
    if groups.is_empty() {
        return "none".to_owned();
    }
    groups
        .iter()
        .map(|group| group.name())
        .collect::<Vec<_>>()
        .join("+")
}

/// Writes each model to `directory/name` (creating the directory) and says where and how big.
fn write_model_files(
    directory: &std::path::Path,
    models: &[(&rhetor_linear::LinearModel, &str)],
) -> anyhow::Result<()> {
    std::fs::create_dir_all(directory).with_context(|| format!("creating {}", directory.display()))?;
    for (model, name) in models {
        let mut file = Vec::new();
        rhetor_linear::save(model, &mut file).context("encoding the model file")?;
        let path = directory.join(name);
        std::fs::write(&path, &file).with_context(|| format!("writing {}", path.display()))?;
        outln!("wrote {} ({} bytes)", path.display(), file.len())?;
    }
    Ok(())
}
