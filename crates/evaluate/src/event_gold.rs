//! rhetor's own hand-annotated event gold (`data/gold/events.jsonl`): sentences of the statement
//! corpora, referenced by document id and byte offsets, with their events.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;

use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_events::{party_ranges, sense_features};
use rhetor_linear::{FeatureHasher, LinearModel, SparseVector, TrainingOptions};
use rhetor_schema::{Analysis, Event};
use serde::Deserialize;

use crate::event_scores::{actor_key, ComparableEvent, EventMismatch, EventScores};
use crate::{EvaluationError, Result};

/// One gold sentence.
#[derive(Debug, Deserialize)]
pub(crate) struct GoldSentence {
    pub(crate) corpus: String,
    pub(crate) doc_id: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) events: Vec<GoldEvent>,
}

/// One gold event.
#[derive(Debug, Deserialize)]
pub(crate) struct GoldEvent {
    pub(crate) trigger_start: usize,
    pub(crate) trigger_end: usize,
    #[serde(default)]
    pub(crate) cameo: Option<String>,
    pub(crate) plover: Option<String>,
    pub(crate) source: Option<String>,
    target: Option<String>,
    negated: bool,
    modality: String,
}

/// Evaluates the event coder on rhetor's gold file, reading the documents it references from the
/// JSONL corpora in `corpora_directory`.
///
/// # Errors
///
/// When the gold file or a corpus cannot be read, a gold line is malformed, or a referenced
/// document is missing.
pub fn evaluate_event_gold(gold_path: &Path, corpora_directory: &Path) -> Result<EventScores> {
    let gold_display = gold_path.display().to_string();
    let sentences = read_gold(gold_path)?;
    let analyses = analyse_referenced_documents(&sentences, corpora_directory, &AnalyzeOptions::default())?;
    let mut scores = EventScores::default();
    for (line_index, sentence) in sentences.iter().enumerate() {
        let key = (sentence.corpus.clone(), sentence.doc_id.clone());
        let Some(analysis) = analyses.get(&key) else {
            return Err(EvaluationError::MissingText {
                path: gold_display,
                line: line_index + 1,
                message: format!("document {} is not in {}", sentence.doc_id, sentence.corpus),
            });
        };
        let gold: Vec<ComparableEvent> = sentence
            .events
            .iter()
            .map(|event| ComparableEvent {
                trigger: Some(event.trigger_start..event.trigger_end),
                event_type: event.plover.clone().unwrap_or_default(),
                source: gold_actor_key(event.source.as_deref()),
                target: gold_actor_key(event.target.as_deref()),
                negated: Some(event.negated),
                modality: Some(event.modality.clone()),
            })
            .collect();
        let predicted: Vec<ComparableEvent> = analysis
            .events
            .iter()
            .filter(|event| sentence.start <= event.trigger.start && event.trigger.end <= sentence.end)
            .map(|event| ComparableEvent {
                trigger: Some(event.trigger.start..event.trigger.end),
                event_type: event.plover.clone(),
                source: actor_key(analysis, event.source.as_deref()),
                target: actor_key(analysis, event.target.as_deref()),
                negated: Some(event.negated),
                modality: serde_json::to_value(event.modality)
                    .ok()
                    .and_then(|value| value.as_str().map(str::to_owned)),
            })
            .collect();
        let outcomes = scores.add_sentence(&gold, &predicted);
        let text_between = |range: std::ops::Range<usize>| analysis.text.get(range).unwrap_or("").to_owned();
        for ((gold_event, gold_record), outcome) in gold.iter().zip(&sentence.events).zip(outcomes) {
            if outcome.fully_correct {
                continue;
            }
            scores.mismatches.push(EventMismatch {
                location: format!("{gold_display}:{}", line_index + 1),
                sentence: text_between(sentence.start..sentence.end),
                trigger: text_between(gold_record.trigger_start..gold_record.trigger_end),
                gold: gold_event.summary(),
                predicted: outcome
                    .predicted_index
                    .and_then(|index| predicted.get(index))
                    .map(ComparableEvent::summary),
            });
        }
    }
    Ok(scores)
}

/// Organisation codes of the gold guidelines (`data/gold/README.md`) whose actor has another id
/// in the gazetteer, as `(gold code, gazetteer id)`. The League of Arab States is `org:LAS` in
/// the guidelines and `ARAB_LEAGUE` in `organisations.tsv`, which `office_holders.tsv` names
/// and the learned models' party masking fingerprints, so the comparison maps the code.
const GOLD_CODES_OF_OTHER_GAZETTEER_IDS: &[(&str, &str)] = &[("org:LAS", "org:ARAB_LEAGUE")];

/// The comparison key of a gold actor code: `USA/GOV` → `USA`, `org:UN` → `org:UN`, and an
/// organisation code of [`GOLD_CODES_OF_OTHER_GAZETTEER_IDS`] → the gazetteer's id.
pub(crate) fn gold_actor_key(code: Option<&str>) -> Option<String> {
    let code = code?;
    if code.starts_with("org:") {
        let gazetteer_id = GOLD_CODES_OF_OTHER_GAZETTEER_IDS
            .iter()
            .find(|(gold_code, _)| *gold_code == code)
            .map_or(code, |(_, gazetteer_id)| gazetteer_id);
        Some(gazetteer_id.to_owned())
    } else {
        code.split('/').next().map(str::to_owned)
    }
}

pub(crate) fn read_gold(gold_path: &Path) -> Result<Vec<GoldSentence>> {
    let path = gold_path.display().to_string();
    let file = std::fs::File::open(gold_path).map_err(|source| EvaluationError::Io {
        path: path.clone(),
        source,
    })?;
    let mut sentences = Vec::new();
    for (line_index, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| EvaluationError::Io {
            path: path.clone(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let sentence = serde_json::from_str(&line).map_err(|error| EvaluationError::BadRecord {
            path: path.clone(),
            line: line_index + 1,
            message: error.to_string(),
        })?;
        sentences.push(sentence);
    }
    Ok(sentences)
}

/// Reads each corpus once, through ingestion as users' corpora are read, keeping and analysing
/// only the documents the gold references.
pub(crate) fn analyse_referenced_documents(
    sentences: &[GoldSentence],
    corpora_directory: &Path,
    options: &AnalyzeOptions,
) -> Result<HashMap<(String, String), Analysis>> {
    let mut wanted: HashMap<&str, HashSet<&str>> = HashMap::new();
    for sentence in sentences {
        wanted
            .entry(sentence.corpus.as_str())
            .or_default()
            .insert(sentence.doc_id.as_str());
    }
    let mut analyses = HashMap::new();
    for (corpus, ids) in wanted {
        let input = rhetor_ingest::Input::Path(corpora_directory.join(corpus));
        for document in rhetor_ingest::read_documents(vec![input], rhetor_ingest::IngestOptions::default()) {
            let document = document?;
            if ids.contains(document.id.as_str()) {
                let key = (corpus.to_owned(), document.id.clone());
                analyses.insert(key, analyze(document, options));
            }
        }
    }
    Ok(analyses)
}

/// Trains one of the event coder's learned models: a logistic regression with the L2 penalty
/// `l2` and the library's other defaults, over `vectors`, each with one row of `targets` (one
/// entry per label of `labels`).
pub(crate) fn train_event_model(
    vectors: &[SparseVector],
    targets: &[Vec<bool>],
    labels: Vec<String>,
    hasher: FeatureHasher,
    l2: f32,
) -> Result<LinearModel> {
    let options = TrainingOptions {
        l2,
        ..TrainingOptions::default()
    };
    rhetor_linear::train(vectors, targets, labels, hasher, &options)
        .map_err(|error| EvaluationError::Model(error.to_string()))
}

/// Folds of the event models' cross-validations: gold set `i` (in the order given) is in fold
/// `i % FOLDS`, so that a set's sentences, and each document's, are never split between training
/// and test.
pub(crate) const FOLDS: usize = 5;

/// A document's segmentation and the byte ranges of its actors' mentions, as the event models
/// read them.
pub(crate) type ReadDocument = (rhetor_segment::Segmentation, Vec<std::ops::Range<usize>>);

/// An event coded inside a gold sentence, with its features as the event models read them.
pub(crate) type CodedEvent<'analysis> = (&'analysis Event, SparseVector);

/// Reads a gold file, analyses its documents with `options` and calls `visit` once per gold
/// sentence, in the file's order, with its document's analysis, segmentation and actors' mention
/// ranges ([`party_ranges`]), each document's read once however many gold sentences it has.
pub(crate) fn visit_gold_sentences_in_documents(
    gold_path: &Path,
    corpora_directory: &Path,
    options: &AnalyzeOptions,
    mut visit: impl FnMut(&GoldSentence, &Analysis, &ReadDocument),
) -> Result<()> {
    let sentences = read_gold(gold_path)?;
    let analyses = analyse_referenced_documents(&sentences, corpora_directory, options)?;
    let mut read_documents: HashMap<(&str, &str), ReadDocument> = HashMap::new();
    for (line_index, sentence) in sentences.iter().enumerate() {
        let Some(analysis) = analyses.get(&(sentence.corpus.clone(), sentence.doc_id.clone())) else {
            return Err(EvaluationError::MissingText {
                path: gold_path.display().to_string(),
                line: line_index + 1,
                message: format!("document {} is not in {}", sentence.doc_id, sentence.corpus),
            });
        };
        let document = read_documents
            .entry((sentence.corpus.as_str(), sentence.doc_id.as_str()))
            .or_insert_with(|| {
                (
                    rhetor_segment::segment(&analysis.text),
                    party_ranges(&analysis.actors),
                )
            });
        visit(sentence, analysis, document);
    }
    Ok(())
}

/// Calls `visit` once per gold sentence of a gold file whose documents are analysed with
/// `options` ([`visit_gold_sentences_in_documents`]), with the events coded inside it, each with
/// its features as the event models read them ([`sense_features`]): its context is read within
/// the splitter's sentence, as analysis reads it, not within the gold sentence's range (the two
/// differ where a gold set was drawn with an older splitter); an event outside every split
/// sentence is left out.
pub(crate) fn visit_coded_gold_sentences(
    gold_path: &Path,
    corpora_directory: &Path,
    options: &AnalyzeOptions,
    hasher: &FeatureHasher,
    mut visit: impl FnMut(&GoldSentence, Vec<CodedEvent<'_>>),
) -> Result<()> {
    visit_gold_sentences_in_documents(
        gold_path,
        corpora_directory,
        options,
        |sentence, analysis, (segmentation, parties)| {
            let coded = events_in_gold_sentence(sentence, analysis, segmentation)
                .map(|(event, split_sentence)| {
                    let features = sense_features(
                        hasher,
                        &analysis.text,
                        split_sentence.range.clone(),
                        &segmentation.tokens[split_sentence.tokens.clone()],
                        parties,
                        event,
                    );
                    (event, features)
                })
                .collect();
            visit(sentence, coded);
        },
    )
}

/// The events of `analysis` coded inside a gold sentence, each with the splitter's sentence that
/// holds its trigger (the one analysis read it in); an event outside every split sentence is left
/// out.
pub(crate) fn events_in_gold_sentence<'a>(
    sentence: &'a GoldSentence,
    analysis: &'a Analysis,
    segmentation: &'a rhetor_segment::Segmentation,
) -> impl Iterator<Item = (&'a Event, &'a rhetor_segment::SentenceSegment)> {
    analysis
        .events
        .iter()
        .filter(|event| sentence.start <= event.trigger.start && event.trigger.end <= sentence.end)
        .filter_map(|event| Some((event, segmentation.sentence_containing(event.trigger.start)?)))
}

#[cfg(test)]
mod tests {
    use super::gold_actor_key;

    #[test]
    fn gold_codes_compare_by_country_or_by_the_gazetteers_organisation_id() {
        assert_eq!(gold_actor_key(Some("USA/GOV")).as_deref(), Some("USA"));
        assert_eq!(gold_actor_key(Some("PSE")).as_deref(), Some("PSE"));
        assert_eq!(gold_actor_key(Some("org:UN")).as_deref(), Some("org:UN"));
        assert_eq!(
            gold_actor_key(Some("org:LAS")).as_deref(),
            Some("org:ARAB_LEAGUE")
        );
        assert_eq!(gold_actor_key(None), None);
    }
}
