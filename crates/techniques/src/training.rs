//! Training the three technique models and their stack from SemEval-2023 Task 3 (subtask 3)
//! articles.
//!
//! Every choice is made by 5-fold cross-validation grouped by article, so that no article is
//! split between training and validation:
//!
//! 1. **L2 penalty** of each model (paragraph, sentence, token tagger): the candidate whose
//!    out-of-fold paragraph margins (the sentence model's: the highest of a paragraph's sentences;
//!    the tagger's: the highest of its words) give the best micro-F1 at their best single
//!    threshold.
//! 2. **Stack inputs, threshold mode and rules**, with a *nested* stack and thresholds: for each
//!    outer fold, the stack ([`crate::stacking`]) is fitted and the thresholds chosen on the inner
//!    out-of-fold margins of the four training folds (models trained on three folds; with five
//!    folds these are the ten models that leave out a pair of folds) and applied to the held-out
//!    fold's out-of-fold margins. Each candidate is scored with and without the written rules
//!    ([`crate::rules`]). The candidate with the best mean micro-F1 over the folds wins; its
//!    per-fold scores are the figures the README reports.
//! 3. **Final models** on all articles; the stack is fitted and the thresholds chosen, with the
//!    winning inputs and mode, on the out-of-fold margins of all paragraphs (the models of step 1
//!    that leave out one fold), and stored in the paragraph model with the cross-validated scores.
//!
//! Training is deterministic: the same data and options rewrite the same bytes.

use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;
use rhetor_actors::ReadToken;
use rhetor_benchmarks::{read_technique_articles, TechniqueArticle};
use rhetor_embed::{Embedding, EMBEDDING_DIMENSION};
use rhetor_linear::{
    apply_thresholds, grouped_folds, multi_label_scores, train, train_hidden_layer_network, FeatureHasher,
    HiddenLayerNetwork, LinearModel, MultiLabelScores, NetworkTrainingOptions, Normalisation, SparseVector,
    SparseVectorBuilder, TrainingOptions,
};
use rustc_hash::FxHashMap;

use crate::features::{
    article_block, neighbour_blocks, token_clusters, tokens_within, unit_features_of_tokens, ArticleContext,
    UnitPosition, NAMESPACE_DESCRIPTION,
};
use crate::rules::{sentence_rule_findings, RuleGroup, SCARE_QUOTE_FINDING};
use crate::stacking::{
    stack_inputs, Stack, StackInputSet, StackInputs, FAST_STACK_INPUTS, STACK_INPUT_NAMES,
};
use crate::thresholds::{thresholds_for, ThresholdMode};
use crate::tokens::{
    elementwise_maximum, paragraph_tokens, paragraph_word_texts, quoted_ranges, TOKEN_NAMESPACE_DESCRIPTION,
    TOKEN_TECHNIQUES,
};
use crate::word_clusters::WordClusterIds;
use crate::TechniquesError;

/// The training choices that are not learned.
#[derive(Debug, Clone, PartialEq)]
pub struct TechniqueTrainingOptions {
    /// `2^buckets_log2` hashed feature buckets.
    pub buckets_log2: u32,
    /// L2 penalties of the paragraph model to choose from.
    pub paragraph_l2_candidates: Vec<f32>,
    /// L2 penalties of the sentence model to choose from.
    pub sentence_l2_candidates: Vec<f32>,
    /// L2 penalties of the token tagger to choose from.
    pub token_l2_candidates: Vec<f32>,
    /// L1 penalty of the paragraph and sentence models: it zeroes rarely useful weights, which
    /// keeps the files small.
    pub l1: f32,
    /// L1 penalty of the token tagger (it sees about fifty times more examples).
    pub token_l1: f32,
    /// Passes over the training examples (paragraph and sentence models).
    pub epochs: u32,
    /// Passes over the words (token tagger).
    pub token_epochs: u32,
    /// Folds of the cross-validation (grouped by article).
    pub folds: usize,
    /// Seed of the folds and of the example order.
    pub seed: u64,
    /// The stack inputs to choose from.
    pub stack_input_sets: Vec<StackInputSet>,
    /// Whether the paragraph model sees the previous and the next paragraph's words.
    pub neighbour_context: bool,
    /// L2 penalties of the accurate tier's embedding model to choose from.
    pub embedding_l2_candidates: Vec<f32>,
    /// Passes over the paragraphs (embedding model).
    pub embedding_epochs: u32,
    /// The accurate tier's contextual word model: a network with one hidden layer over each
    /// content word's state (its seed is replaced by [`seed`](Self::seed)).
    pub context_network: NetworkTrainingOptions,
    /// Whether the report keeps the stack inputs of the nested cross-validation
    /// ([`TechniqueTrainingReport::stack_rows`]), so that research can try other stacks and
    /// thresholds on exactly the margins training used without training again.
    pub keep_stack_rows: bool,
}

impl Default for TechniqueTrainingOptions {
    fn default() -> Self {
        let set = |sentence, token, article| StackInputSet {
            sentence,
            token,
            article,
            embedding: false,
            context: false,
        };
        TechniqueTrainingOptions {
            buckets_log2: 18,
            paragraph_l2_candidates: vec![0.01, 0.03],
            sentence_l2_candidates: vec![0.01, 0.03],
            token_l2_candidates: vec![0.1],
            l1: 0.2,
            token_l1: 1.0,
            epochs: 6,
            token_epochs: 3,
            folds: 5,
            seed: 20_230_301,
            stack_input_sets: vec![
                set(true, false, false),
                set(true, true, false),
                set(true, true, true),
            ],
            neighbour_context: false,
            embedding_l2_candidates: vec![0.01, 0.1, 1.0],
            embedding_epochs: 10,
            // Chosen by five-fold cross-validation by article (`research/techniques/RESULTS.md`,
            // twenty-eighth session): 256 units, half of them dropped, 8 epochs at 0.0005,
            // against 512 or 1,024 units and 4 or 12 epochs.
            context_network: NetworkTrainingOptions::default(),
            keep_stack_rows: false,
        }
    }
}

/// The cross-validated scores of one stack-input set, threshold mode and rule choice.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossValidationResult {
    /// The stack's inputs.
    pub inputs: StackInputSet,
    /// How the thresholds were chosen.
    pub mode: ThresholdMode,
    /// The groups of written rules whose findings were added to the predictions.
    pub rules: Vec<RuleGroup>,
    /// Micro-F1 over paragraph labels of each held-out fold.
    pub fold_micro_f1: Vec<f64>,
    /// Macro-F1 over the techniques of each held-out fold.
    pub fold_macro_f1: Vec<f64>,
    /// The scores of all held-out predictions pooled (for the per-technique table).
    pub pooled: MultiLabelScores,
}

impl CrossValidationResult {
    /// Mean and standard deviation (population) of the folds' micro-F1.
    #[must_use]
    pub fn micro_f1(&self) -> (f64, f64) {
        mean_and_deviation(&self.fold_micro_f1)
    }

    /// Mean and standard deviation (population) of the folds' macro-F1.
    #[must_use]
    pub fn macro_f1(&self) -> (f64, f64) {
        mean_and_deviation(&self.fold_macro_f1)
    }
}

fn mean_and_deviation(values: &[f64]) -> (f64, f64) {
    if values.is_empty() {
        return (0.0, 0.0);
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let variance = values.iter().map(|value| (value - mean).powi(2)).sum::<f64>() / values.len() as f64;
    (mean, variance.sqrt())
}

/// The out-of-fold micro-F1 of each L2 candidate of a model: `(l2, micro-F1)`.
pub type L2Scores = Vec<(f32, f64)>;

/// What training measured and chose.
#[derive(Debug, Clone, PartialEq)]
pub struct TechniqueTrainingReport {
    /// The technique ids, in label order.
    pub technique_names: Vec<String>,
    /// Articles trained on.
    pub articles: usize,
    /// Labelled paragraphs.
    pub paragraphs: usize,
    /// Sentences of those paragraphs.
    pub sentences: usize,
    /// Words of those paragraphs (the token tagger's examples).
    pub tokens: usize,
    /// Per model (`paragraph`, `sentence`, `token`): out-of-fold micro-F1 (at the best global
    /// threshold, over the model's techniques) per L2 candidate, and the chosen L2.
    pub l2_searches: Vec<(String, L2Scores, f32)>,
    /// Every stack-input set, threshold mode and rule choice, with its nested cross-validated
    /// scores.
    pub candidates: Vec<CrossValidationResult>,
    /// The winner among `candidates`.
    pub chosen: CrossValidationResult,
    /// Per rule group and technique: the paragraphs the rules flag and how many of them carry it
    /// (over all training paragraphs: the rules learn nothing from them).
    pub rule_precision: Vec<(RuleGroup, String, usize, usize)>,
    /// The stack stored in the paragraph model, fitted on all out-of-fold margins.
    pub stack: Stack,
    /// The thresholds stored in the paragraph model, chosen on all out-of-fold probabilities.
    pub thresholds: Vec<f32>,
    /// The accurate tier, when it was trained: its candidates (stack inputs with the embedding
    /// model's margin, on the same folds as `candidates`), the winner, its stack and thresholds.
    pub accurate: Option<AccurateTierReport>,
    /// The stack inputs behind `candidates`, when
    /// [`keep_stack_rows`](TechniqueTrainingOptions::keep_stack_rows) asked for them.
    pub stack_rows: Option<StackRows>,
}

/// The stack inputs of the nested cross-validation, as training computed them: what a stack
/// fitted inside each outer fold learns from, and what it is scored on.
#[derive(Debug, Clone, PartialEq)]
pub struct StackRows {
    /// Each paragraph's fold.
    pub paragraph_fold: Vec<usize>,
    /// Each paragraph's article (an index in reading order).
    pub paragraph_article: Vec<usize>,
    /// Each paragraph's gold techniques, in label order.
    pub gold: Vec<Vec<bool>>,
    /// The techniques the written rules find in each paragraph, with their group.
    pub rule_labels: Vec<Vec<(usize, RuleGroup)>>,
    /// Whether each technique is one the token tagger knows (the others' token input is 0).
    pub token_known: Vec<bool>,
    /// Every paragraph's inputs from the models trained without its fold: what each outer
    /// fold's stack is scored on.
    pub out_of_fold: Vec<Vec<StackInputs>>,
    /// Per outer fold, the inputs of the paragraphs outside it (in paragraph order) from the
    /// models trained without that fold and the paragraph's own: what the fold's stack and
    /// thresholds are fitted on.
    pub nested: Vec<Vec<Vec<StackInputs>>>,
}

/// What training the accurate tier measured and chose.
#[derive(Debug, Clone, PartialEq)]
pub struct AccurateTierReport {
    /// Every stack-input set (each with the embedding input), threshold mode and rule choice.
    pub candidates: Vec<CrossValidationResult>,
    /// The winner among `candidates`.
    pub chosen: CrossValidationResult,
    /// The stack stored in the embedding model, fitted on all out-of-fold margins.
    pub stack: Stack,
    /// The thresholds stored in the embedding model.
    pub thresholds: Vec<f32>,
}

/// The trained models and the report.
#[derive(Debug, Clone)]
pub struct TrainedTechniqueModels {
    /// The paragraph model, with the stack, the thresholds and the metadata.
    pub paragraph_model: LinearModel,
    /// The sentence model.
    pub sentence_model: LinearModel,
    /// The token tagger.
    pub token_model: LinearModel,
    /// The accurate tier's model over paragraph embeddings, with its stack and thresholds
    /// (`None` for the fast tier alone).
    pub embedding_model: Option<LinearModel>,
    /// The accurate tier's network over words' contextual states (`None` unless trained with
    /// word states).
    pub context_model: Option<HiddenLayerNetwork>,
    /// What training measured.
    pub report: TechniqueTrainingReport,
}

/// Trains from the SemEval-2023 English directory (`techniques.txt`,
/// `train-articles-subtask-3/`, `train-labels-subtask-3.txt`, `train-labels-subtask-3-spans/`).
///
/// # Errors
///
/// When the data cannot be read or training fails.
pub fn train_technique_models_from_directory(
    data_directory: &Path,
    options: &TechniqueTrainingOptions,
) -> Result<TrainedTechniqueModels, TechniquesError> {
    let (articles, technique_names) = read_technique_training_data(data_directory)?;
    train_technique_models(&articles, technique_names, options)
}

/// The articles (with their spans) and the technique list of the SemEval-2023 English
/// directory (see [`train_technique_models_from_directory`]).
///
/// # Errors
///
/// When the data cannot be read.
pub fn read_technique_training_data(
    data_directory: &Path,
) -> Result<(Vec<TechniqueArticle>, Vec<String>), TechniquesError> {
    let list_path = data_directory.join("techniques.txt");
    let list_error = |message: String| TechniquesError::TechniqueList {
        path: list_path.display().to_string(),
        message,
    };
    let technique_names: Vec<String> = std::fs::read_to_string(&list_path)
        .map_err(|error| list_error(error.to_string()))?
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    if technique_names.is_empty() {
        return Err(list_error("no technique".to_owned()));
    }
    let articles = read_technique_articles(
        &data_directory.join("train-articles-subtask-3"),
        &data_directory.join("train-labels-subtask-3.txt"),
        Some(&data_directory.join("train-labels-subtask-3-spans")),
    )?;
    Ok((articles, technique_names))
}

/// The texts of every paragraph of `articles`, in the order training numbers them: the texts
/// whose embeddings [`train_accurate_technique_models`] takes.
#[must_use]
pub fn training_paragraph_texts(articles: &[TechniqueArticle]) -> Vec<&str> {
    articles
        .iter()
        .flat_map(|article| {
            article
                .paragraphs
                .iter()
                .filter_map(|paragraph| article.text.get(paragraph.range.clone()))
        })
        .collect()
}

/// The words of every paragraph of `articles`, in the order training numbers paragraphs and
/// words, as the token tagger reads them: the texts whose contextual states
/// [`train_accurate_technique_models`] takes (see [`rhetor_embed::SentenceEncoder::word_states`]).
#[must_use]
pub fn training_paragraph_words(articles: &[TechniqueArticle]) -> Vec<Vec<String>> {
    articles
        .par_iter()
        .flat_map_iter(|article| {
            article.paragraphs.iter().map(|paragraph| {
                let text = article.text.get(paragraph.range.clone()).unwrap_or_default();
                paragraph_word_texts(
                    &article.text,
                    &paragraph.range,
                    &rhetor_actors::tokens_with_party_names(text),
                )
            })
        })
        .collect()
}

/// A word's contextual state as the contextual word model reads it: the encoder's unit vector
/// with each component rounded to a multiple of 1/127, so that training (which keeps 400,000 of
/// them) and analysis read the same numbers.
pub type WordState = [i8; EMBEDDING_DIMENSION];

/// The [`WordState`] of an encoder's word vector (components in [-1, 1]).
#[must_use]
pub fn quantise_word_state(state: &[f32; EMBEDDING_DIMENSION]) -> WordState {
    let mut quantised = [0_i8; EMBEDDING_DIMENSION];
    for (level, &value) in quantised.iter_mut().zip(state) {
        *level = (value * 127.0).round().clamp(-127.0, 127.0) as i8;
    }
    quantised
}

/// A word state as a vector: dimension `i` in bucket `i`.
pub(crate) fn word_state_vector(state: &WordState) -> SparseVector {
    let mut builder = SparseVectorBuilder::with_capacity(EMBEDDING_DIMENSION);
    for (bucket, &level) in (0_u32..).zip(state) {
        builder.add(bucket, f32::from(level) / 127.0);
    }
    builder.finish(Normalisation::None)
}

/// The token tagger's techniques that `technique_names` lists: for each token label, its index in
/// `technique_names`.
pub(crate) fn token_label_map(technique_names: &[String]) -> Vec<usize> {
    TOKEN_TECHNIQUES
        .iter()
        .filter_map(|technique| technique_names.iter().position(|name| name == technique))
        .collect()
}

/// The vectors and labels of all paragraphs, sentences and words.
struct Examples {
    paragraph_vectors: Vec<SparseVector>,
    paragraph_labels: Vec<Vec<bool>>,
    paragraph_article: Vec<usize>,
    /// The techniques the rules find in each paragraph, with the rule's group.
    paragraph_rule_labels: Vec<Vec<(usize, RuleGroup)>>,
    sentence_vectors: Vec<SparseVector>,
    sentence_labels: Vec<Vec<bool>>,
    /// The paragraph of each sentence.
    sentence_paragraph: Vec<usize>,
    /// The sentences of each paragraph.
    paragraph_sentences: Vec<Range<usize>>,
    token_vectors: Vec<SparseVector>,
    /// Per word, per token label.
    token_labels: Vec<Vec<bool>>,
    /// Per word, per technique: whether a gold span of the technique overlaps the word (the
    /// contextual word model's labels).
    context_labels: Vec<Vec<bool>>,
    token_paragraph: Vec<usize>,
    /// Whether each word is scored (a candidate for its paragraph's best word).
    token_scored: Vec<bool>,
    /// The words of each paragraph.
    paragraph_tokens: Vec<Range<usize>>,
    /// Each paragraph's embedding as a vector (empty for the fast tier alone).
    embedding_vectors: Vec<SparseVector>,
    /// Each word's contextual state as a vector, in the order of `token_vectors` (empty unless
    /// the accurate tier is trained with word states).
    context_vectors: Vec<SparseVector>,
}

/// One paragraph's examples: its vector, labels, rule labels, sentences and words.
struct ParagraphExamples {
    vector: SparseVector,
    labels: Vec<bool>,
    rule_labels: Vec<(usize, RuleGroup)>,
    sentences: Vec<(SparseVector, Vec<bool>)>,
    tokens: Vec<WordExample>,
}

/// One word's example: its tagger vector, its labels per token label and per technique, and
/// whether it is scored.
struct WordExample {
    vector: SparseVector,
    token_labels: Vec<bool>,
    context_labels: Vec<bool>,
    scored: bool,
}

fn vectorise_article(
    article: &TechniqueArticle,
    technique_names: &[String],
    token_labels: &[usize],
    hasher: &FeatureHasher,
    neighbour_context: bool,
) -> Result<Vec<ParagraphExamples>, TechniquesError> {
    let label_of = |technique: &str| {
        technique_names
            .iter()
            .position(|name| name == technique)
            .ok_or_else(|| TechniquesError::UnknownTechnique {
                article: article.id.clone(),
                technique: technique.to_owned(),
            })
    };
    let mut span_labels = Vec::with_capacity(article.spans.len());
    for span in &article.spans {
        span_labels.push((span.range.clone(), label_of(&span.technique)?));
    }
    let context = ArticleContext::new(&article.text);
    let article_vector = article_block(&article.text, hasher);
    // Each paragraph is read once, and its words' clusters looked up once; its sentences are
    // slices of its tokens.
    let paragraph_tokens_read: Vec<Vec<ReadToken>> = article
        .paragraphs
        .iter()
        .map(|paragraph| rhetor_actors::tokens_with_party_names(&article.text[paragraph.range.clone()]))
        .collect();
    let paragraph_clusters: Vec<Vec<Option<WordClusterIds>>> = article
        .paragraphs
        .iter()
        .zip(&paragraph_tokens_read)
        .map(|(paragraph, read)| token_clusters(&article.text[paragraph.range.clone()], read))
        .collect();
    let neighbours: Vec<(SparseVector, SparseVector)> = article
        .paragraphs
        .iter()
        .zip(&paragraph_tokens_read)
        .map(|(paragraph, read)| {
            if neighbour_context {
                neighbour_blocks(&article.text[paragraph.range.clone()], read, hasher)
            } else {
                (SparseVector::default(), SparseVector::default())
            }
        })
        .collect();
    let mut examples = Vec::with_capacity(article.paragraphs.len());
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        let position = UnitPosition {
            in_first_paragraph: index == 0,
        };
        let mut labels = vec![false; technique_names.len()];
        for technique in &paragraph.techniques {
            labels[label_of(technique)?] = true;
        }
        let paragraph_text = &article.text[paragraph.range.clone()];
        let read = &paragraph_tokens_read[index];
        let clusters = &paragraph_clusters[index];
        let mut vector = unit_features_of_tokens(paragraph_text, read, clusters, &context, position, hasher)
            .plus(&article_vector);
        if let Some(previous) = index.checked_sub(1).and_then(|previous| neighbours.get(previous)) {
            vector = vector.plus(&previous.0);
        }
        if let Some(next) = neighbours.get(index + 1) {
            vector = vector.plus(&next.1);
        }
        let layout = paragraph_layout(&article.text, &paragraph.range);
        let mut sentences = Vec::new();
        let mut rule_labels = Vec::new();
        for sentence in &layout.sentences {
            let mut sentence_labels = vec![false; technique_names.len()];
            for (range, label) in &span_labels {
                if range.start < sentence.end && range.end > sentence.start {
                    sentence_labels[*label] = true;
                }
            }
            let text = &article.text[sentence.clone()];
            let relative = sentence.start - paragraph.range.start..sentence.end - paragraph.range.start;
            for finding in sentence_rule_findings(text) {
                if let Some(label) = technique_names.iter().position(|name| name == finding.technique) {
                    if !rule_labels.contains(&(label, finding.group)) {
                        rule_labels.push((label, finding.group));
                    }
                }
            }
            let within = tokens_within(read, &relative);
            let vector = unit_features_of_tokens(
                paragraph_text,
                &read[within.clone()],
                &clusters[within],
                &context,
                position,
                hasher,
            );
            sentences.push((vector, sentence_labels));
        }
        let finding = SCARE_QUOTE_FINDING;
        if layout
            .quotes
            .iter()
            .any(|(_, kind)| *kind == rhetor_schema::QuoteKind::Scare)
        {
            if let Some(label) = technique_names.iter().position(|name| name == finding.technique) {
                rule_labels.push((label, finding.group));
            }
        }
        let words = paragraph_tokens(
            &article.text,
            &paragraph.range,
            (read, clusters),
            &layout.quotes,
            &context,
            hasher,
        );
        let tokens = words
            .ranges
            .iter()
            .zip(words.vectors)
            .zip(words.scored)
            .map(|((word, vector), scored)| {
                let mut context_labels = vec![false; technique_names.len()];
                for (range, label) in &span_labels {
                    if range.start < word.end && range.end > word.start {
                        context_labels[*label] = true;
                    }
                }
                WordExample {
                    vector,
                    token_labels: token_labels
                        .iter()
                        .map(|&technique| context_labels[technique])
                        .collect(),
                    context_labels,
                    scored,
                }
            })
            .collect();
        examples.push(ParagraphExamples {
            vector,
            labels,
            rule_labels,
            sentences,
            tokens,
        });
    }
    Ok(examples)
}

/// The sentences and quotations of a paragraph, as the segmenter finds them in its own text
/// (byte ranges in the article).
pub(crate) struct ParagraphLayout {
    /// The sentences.
    pub(crate) sentences: Vec<Range<usize>>,
    /// The quotations' contents and kinds.
    pub(crate) quotes: Vec<crate::tokens::QuotedRange>,
}

/// The [`ParagraphLayout`] of the paragraph at `range` of `text`.
pub(crate) fn paragraph_layout(text: &str, range: &Range<usize>) -> ParagraphLayout {
    let segmentation = rhetor_segment::segment(&text[range.clone()]);
    ParagraphLayout {
        sentences: segmentation
            .sentences
            .iter()
            .map(|sentence| range.start + sentence.range.start..range.start + sentence.range.end)
            .collect(),
        quotes: quoted_ranges(&segmentation.quotes, range.start),
    }
}

fn vectorise(
    articles: &[TechniqueArticle],
    technique_names: &[String],
    token_labels: &[usize],
    hasher: &FeatureHasher,
    neighbour_context: bool,
) -> Result<Examples, TechniquesError> {
    let per_article: Vec<Vec<ParagraphExamples>> = articles
        .par_iter()
        .map(|article| vectorise_article(article, technique_names, token_labels, hasher, neighbour_context))
        .collect::<Result<_, _>>()?;
    let mut examples = Examples {
        paragraph_vectors: Vec::new(),
        paragraph_labels: Vec::new(),
        paragraph_article: Vec::new(),
        paragraph_rule_labels: Vec::new(),
        sentence_vectors: Vec::new(),
        sentence_labels: Vec::new(),
        sentence_paragraph: Vec::new(),
        paragraph_sentences: Vec::new(),
        token_vectors: Vec::new(),
        token_labels: Vec::new(),
        context_labels: Vec::new(),
        token_scored: Vec::new(),
        token_paragraph: Vec::new(),
        paragraph_tokens: Vec::new(),
        embedding_vectors: Vec::new(),
        context_vectors: Vec::new(),
    };
    for (article_index, paragraphs) in per_article.into_iter().enumerate() {
        for paragraph in paragraphs {
            let paragraph_index = examples.paragraph_vectors.len();
            examples.paragraph_vectors.push(paragraph.vector);
            examples.paragraph_labels.push(paragraph.labels);
            examples.paragraph_article.push(article_index);
            examples.paragraph_rule_labels.push(paragraph.rule_labels);
            let first_sentence = examples.sentence_vectors.len();
            for (vector, labels) in paragraph.sentences {
                examples.sentence_vectors.push(vector);
                examples.sentence_labels.push(labels);
                examples.sentence_paragraph.push(paragraph_index);
            }
            examples
                .paragraph_sentences
                .push(first_sentence..examples.sentence_vectors.len());
            let first_token = examples.token_vectors.len();
            for word in paragraph.tokens {
                examples.token_vectors.push(word.vector);
                examples.token_labels.push(word.token_labels);
                examples.context_labels.push(word.context_labels);
                examples.token_scored.push(word.scored);
                examples.token_paragraph.push(paragraph_index);
            }
            examples
                .paragraph_tokens
                .push(first_token..examples.token_vectors.len());
        }
    }
    Ok(examples)
}

/// For each paragraph, a model's margins (`None`: the sentence model or tagger has nothing to
/// say about a paragraph without sentences or words).
type ParagraphMargins = Vec<Option<Vec<f32>>>;

/// For each outer fold, each paragraph's inner out-of-fold margins (`None` for the paragraphs
/// of the outer fold itself).
type NestedMargins = Vec<Vec<Option<Option<Vec<f32>>>>>;

/// Which of the three models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ModelKind {
    Paragraph,
    Sentence,
    Token,
    /// The accurate tier's model over paragraph embeddings.
    Embedding,
    /// The accurate tier's model over words' contextual states.
    Context,
}

impl ModelKind {
    const FAST: [ModelKind; 3] = [ModelKind::Paragraph, ModelKind::Sentence, ModelKind::Token];

    fn name(self) -> &'static str {
        match self {
            ModelKind::Paragraph => "paragraph",
            ModelKind::Sentence => "sentence",
            ModelKind::Token => "token",
            ModelKind::Embedding => "embedding",
            ModelKind::Context => "context",
        }
    }

    /// The position of the kind's margins in the per-kind lists.
    fn index(self) -> usize {
        match self {
            ModelKind::Paragraph => 0,
            ModelKind::Sentence => 1,
            ModelKind::Token => 2,
            ModelKind::Embedding => 3,
            ModelKind::Context => 4,
        }
    }
}

/// A trained component: a linear model, or the contextual word model's network (boxed: a few
/// of them live at once, and the network is twice a linear model's size).
enum ComponentModel {
    Linear(Box<LinearModel>),
    Network(Box<HiddenLayerNetwork>),
}

impl ComponentModel {
    fn margins(&self, vector: &SparseVector) -> Vec<f32> {
        match self {
            ComponentModel::Linear(model) => model.margins(vector),
            ComponentModel::Network(network) => network.margins(vector),
        }
    }

    fn into_linear(self) -> Result<LinearModel, TechniquesError> {
        match self {
            ComponentModel::Linear(model) => Ok(*model),
            ComponentModel::Network(_) => Err(TechniquesError::Inconsistent(
                "a linear model was expected where training made a network".to_owned(),
            )),
        }
    }

    fn into_network(self) -> Result<HiddenLayerNetwork, TechniquesError> {
        match self {
            ComponentModel::Network(network) => Ok(*network),
            ComponentModel::Linear(_) => Err(TechniquesError::Inconsistent(
                "a network was expected where training made a linear model".to_owned(),
            )),
        }
    }
}

/// Everything the folds share.
struct Trainer<'examples> {
    examples: &'examples Examples,
    technique_names: &'examples [String],
    /// The token tagger's techniques, as indexes into `technique_names`.
    token_labels: Vec<usize>,
    hasher: FeatureHasher,
    /// The buckets of the embedding model: one per embedding dimension.
    embedding_hasher: FeatureHasher,
    options: &'examples TechniqueTrainingOptions,
    paragraph_fold: Vec<usize>,
    sentence_fold: Vec<usize>,
    token_fold: Vec<usize>,
}

impl Trainer<'_> {
    /// A model of `kind` trained on the examples whose fold is not in `excluded` (`l2` is not
    /// used by the contextual word model's network).
    fn train_without(
        &self,
        kind: ModelKind,
        l2: f32,
        excluded: &[usize],
    ) -> Result<ComponentModel, TechniquesError> {
        let examples = self.examples;
        if kind == ModelKind::Context {
            // Only the content words: a paragraph's context input is its best content word's
            // margin, and the function words, more than two fifths of the words, only taught the
            // network what it is never asked (cross-validation: 0.411 against 0.391 micro-F1).
            let (chosen_vectors, chosen_labels): (Vec<SparseVector>, Vec<Vec<bool>>) = examples
                .context_vectors
                .iter()
                .zip(&examples.context_labels)
                .zip(self.token_fold.iter().zip(&examples.token_scored))
                .filter(|(_, (fold, &scored))| scored && !excluded.contains(fold))
                .map(|((vector, labels), _)| (vector.clone(), labels.clone()))
                .unzip();
            let options = NetworkTrainingOptions {
                seed: self.options.seed,
                ..self.options.context_network.clone()
            };
            return Ok(ComponentModel::Network(Box::new(train_hidden_layer_network(
                &chosen_vectors,
                &chosen_labels,
                self.technique_names.to_vec(),
                self.embedding_hasher,
                &options,
            )?)));
        }
        let (vectors, labels, folds, names, l1, epochs, hasher) = match kind {
            ModelKind::Paragraph => (
                &examples.paragraph_vectors,
                &examples.paragraph_labels,
                &self.paragraph_fold,
                self.technique_names.to_vec(),
                self.options.l1,
                self.options.epochs,
                self.hasher,
            ),
            ModelKind::Sentence => (
                &examples.sentence_vectors,
                &examples.sentence_labels,
                &self.sentence_fold,
                self.technique_names.to_vec(),
                self.options.l1,
                self.options.epochs,
                self.hasher,
            ),
            ModelKind::Token => (
                &examples.token_vectors,
                &examples.token_labels,
                &self.token_fold,
                self.token_labels
                    .iter()
                    .map(|&label| self.technique_names[label].clone())
                    .collect(),
                self.options.token_l1,
                self.options.token_epochs,
                self.hasher,
            ),
            // Dense unit-length inputs: no L1, which would only zero useful dimensions.
            ModelKind::Embedding => (
                &examples.embedding_vectors,
                &examples.paragraph_labels,
                &self.paragraph_fold,
                self.technique_names.to_vec(),
                0.0,
                self.options.embedding_epochs,
                self.embedding_hasher,
            ),
            ModelKind::Context => unreachable!("the contextual word model is a network, trained above"),
        };
        let (chosen_vectors, chosen_labels): (Vec<SparseVector>, Vec<Vec<bool>>) = vectors
            .iter()
            .zip(labels)
            .zip(folds)
            .filter(|(_, fold)| !excluded.contains(fold))
            .map(|((vector, labels), _)| (vector.clone(), labels.clone()))
            .unzip();
        let training_options = TrainingOptions {
            epochs,
            l2,
            l1,
            seed: self.options.seed,
            ..TrainingOptions::default()
        };
        Ok(ComponentModel::Linear(Box::new(train(
            &chosen_vectors,
            &chosen_labels,
            names,
            hasher,
            &training_options,
        )?)))
    }

    /// The paragraph-level margins of `model` of `kind` for `paragraph`: its own, or the highest
    /// of its sentences' or scored words' (`None` without any).
    fn paragraph_margins(
        &self,
        kind: ModelKind,
        model: &ComponentModel,
        paragraph: usize,
    ) -> Option<Vec<f32>> {
        let examples = self.examples;
        let best_of = |range: Range<usize>, vectors: &[SparseVector], scored: Option<&[bool]>| {
            elementwise_maximum(
                range
                    .filter(|&index| scored.is_none_or(|scored| scored[index]))
                    .map(|index| model.margins(&vectors[index])),
            )
        };
        match kind {
            ModelKind::Paragraph => Some(model.margins(&examples.paragraph_vectors[paragraph])),
            ModelKind::Embedding => examples
                .embedding_vectors
                .get(paragraph)
                .map(|vector| model.margins(vector)),
            ModelKind::Sentence => best_of(
                examples.paragraph_sentences[paragraph].clone(),
                &examples.sentence_vectors,
                None,
            ),
            ModelKind::Token => best_of(
                examples.paragraph_tokens[paragraph].clone(),
                &examples.token_vectors,
                Some(&examples.token_scored),
            ),
            ModelKind::Context => best_of(
                examples.paragraph_tokens[paragraph].clone(),
                &examples.context_vectors,
                Some(&examples.token_scored),
            ),
        }
    }

    /// Out-of-fold paragraph margins of `kind`: each paragraph scored by the model trained
    /// without its fold.
    fn out_of_fold(&self, kind: ModelKind, l2: f32) -> Result<ParagraphMargins, TechniquesError> {
        let models: Vec<ComponentModel> = (0..self.options.folds)
            .into_par_iter()
            .map(|fold| self.train_without(kind, l2, &[fold]))
            .collect::<Result<_, _>>()?;
        Ok((0..self.paragraph_fold.len())
            .into_par_iter()
            .map(|paragraph| self.paragraph_margins(kind, &models[self.paragraph_fold[paragraph]], paragraph))
            .collect())
    }

    /// Inner out-of-fold margins for every outer fold: `inner[outer][paragraph]` is the
    /// paragraph's margins from the model trained without `outer` and the paragraph's own fold
    /// (`None` for paragraphs of `outer` itself).
    fn nested_out_of_fold(&self, kind: ModelKind, l2: f32) -> Result<NestedMargins, TechniquesError> {
        let folds = self.options.folds;
        let pairs: Vec<(usize, usize)> = (0..folds)
            .flat_map(|first| (first + 1..folds).map(move |second| (first, second)))
            .collect();
        let models: Vec<ComponentModel> = pairs
            .par_iter()
            .map(|&(first, second)| self.train_without(kind, l2, &[first, second]))
            .collect::<Result<_, _>>()?;
        let model_of = |first: usize, second: usize| {
            let pair = (first.min(second), first.max(second));
            pairs.iter().position(|&candidate| candidate == pair)
        };
        Ok((0..folds)
            .map(|outer| {
                (0..self.paragraph_fold.len())
                    .into_par_iter()
                    .map(|paragraph| {
                        let fold = self.paragraph_fold[paragraph];
                        if fold == outer {
                            return None;
                        }
                        model_of(outer, fold)
                            .map(|model| self.paragraph_margins(kind, &models[model], paragraph))
                    })
                    .collect()
            })
            .collect())
    }

    /// The stack inputs of `paragraphs`, from the margins of the three models (`margin(kind,
    /// paragraph)`); the article input is the mean paragraph margin over the paragraphs of the
    /// same article among `paragraphs`.
    fn stack_rows<'margins>(
        &self,
        paragraphs: &[usize],
        margin: impl Fn(ModelKind, usize) -> Option<&'margins Vec<f32>>,
    ) -> Vec<Vec<StackInputs>> {
        let label_count = self.technique_names.len();
        let mut article_sums: FxHashMap<usize, (Vec<f32>, usize)> = FxHashMap::default();
        for &paragraph in paragraphs {
            if let Some(margins) = margin(ModelKind::Paragraph, paragraph) {
                let entry = article_sums
                    .entry(self.examples.paragraph_article[paragraph])
                    .or_insert_with(|| (vec![0.0; label_count], 0));
                for (sum, value) in entry.0.iter_mut().zip(margins) {
                    *sum += value;
                }
                entry.1 += 1;
            }
        }
        let zeros = vec![0.0; label_count];
        paragraphs
            .iter()
            .map(|&paragraph| {
                let article_mean: Vec<f32> = article_sums
                    .get(&self.examples.paragraph_article[paragraph])
                    .map_or_else(
                        || zeros.clone(),
                        |(sums, count)| sums.iter().map(|sum| sum / (*count).max(1) as f32).collect(),
                    );
                stack_inputs(
                    margin(ModelKind::Paragraph, paragraph).map_or(&zeros, |margins| margins),
                    margin(ModelKind::Sentence, paragraph).map(Vec::as_slice),
                    margin(ModelKind::Token, paragraph).map(Vec::as_slice),
                    &article_mean,
                    margin(ModelKind::Embedding, paragraph).map(Vec::as_slice),
                    margin(ModelKind::Context, paragraph).map(Vec::as_slice),
                    &self.token_labels,
                )
            })
            .collect()
    }

    /// Whether each technique is one the token tagger knows.
    fn token_known(&self) -> Vec<bool> {
        (0..self.technique_names.len())
            .map(|label| self.token_labels.contains(&label))
            .collect()
    }
}

/// Micro-F1 of out-of-fold margins (over the techniques `labels`) at their best global threshold:
/// the score that ranks L2 candidates.
fn best_global_micro_f1(
    margins: &[Option<Vec<f32>>],
    gold: &[Vec<bool>],
    labels: &[usize],
) -> Result<f64, TechniquesError> {
    let rows: Vec<Vec<f32>> = margins
        .iter()
        .map(|row| {
            row.as_ref().map_or_else(
                || vec![0.0; labels.len()],
                |margins| margins.iter().map(|margin| logistic(*margin)).collect(),
            )
        })
        .collect();
    let gold: Vec<Vec<bool>> = gold
        .iter()
        .map(|truth| labels.iter().map(|&label| truth[label]).collect())
        .collect();
    let thresholds = thresholds_for(&rows, &gold, ThresholdMode::Global)?;
    let predicted: Vec<Vec<bool>> = rows
        .iter()
        .map(|row| apply_thresholds(row, &thresholds))
        .collect();
    Ok(multi_label_scores(&predicted, &gold)?.micro.f1)
}

/// The logistic function.
fn logistic(margin: f32) -> f32 {
    1.0 / (1.0 + (-margin).exp())
}

/// Adds the findings of the rules of `groups` to a paragraph's predictions.
fn with_rules(
    mut predicted: Vec<bool>,
    rule_labels: &[(usize, RuleGroup)],
    groups: &[RuleGroup],
) -> Vec<bool> {
    for (label, group) in rule_labels {
        if groups.contains(group) {
            if let Some(slot) = predicted.get_mut(*label) {
                *slot = true;
            }
        }
    }
    predicted
}

/// Trains the three models and the stack from `articles` (with their spans) for the techniques
/// `technique_names`.
///
/// # Errors
///
/// When an article names an unknown technique, the technique list has none of the token
/// tagger's techniques, there are fewer articles than folds, or training fails.
pub fn train_technique_models(
    articles: &[TechniqueArticle],
    technique_names: Vec<String>,
    options: &TechniqueTrainingOptions,
) -> Result<TrainedTechniqueModels, TechniquesError> {
    train_tiers(articles, technique_names, options, None)
}

/// Trains the fast tier as [`train_technique_models`] does (the same files, byte for byte) and
/// the accurate tier: a model over `embeddings` (one per paragraph of
/// [`training_paragraph_texts`]) whose margin is a fifth stack input, its stack inputs, threshold
/// mode and rules chosen by the same nested cross-validation on the same folds; with
/// `word_states` (one per word of [`training_paragraph_words`]), also a model over each word's
/// contextual state whose best word's margin is a sixth stack input, which the cross-validation
/// may choose or not.
///
/// # Errors
///
/// As [`train_technique_models`], and when `embeddings` does not have one embedding per
/// paragraph or `word_states` one state per word.
pub fn train_accurate_technique_models(
    articles: &[TechniqueArticle],
    technique_names: Vec<String>,
    options: &TechniqueTrainingOptions,
    embeddings: &[Embedding],
    word_states: Option<&[Vec<WordState>]>,
) -> Result<TrainedTechniqueModels, TechniquesError> {
    train_tiers(
        articles,
        technique_names,
        options,
        Some((embeddings, word_states)),
    )
}

/// The bucket count (log 2) of the embedding model: room for every dimension.
pub(crate) const EMBEDDING_BUCKETS_LOG2: u32 = 9;

/// An embedding as a vector: dimension `i` in bucket `i`.
pub(crate) fn embedding_vector(embedding: &Embedding) -> SparseVector {
    let mut builder = SparseVectorBuilder::with_capacity(EMBEDDING_DIMENSION);
    for (bucket, &value) in (0_u32..).zip(embedding) {
        builder.add(bucket, value);
    }
    builder.finish(Normalisation::None)
}

/// The accurate tier's inputs: one embedding per paragraph and, optionally, one state per word.
type AccurateInputs<'inputs> = (&'inputs [Embedding], Option<&'inputs [Vec<WordState>]>);

fn train_tiers(
    articles: &[TechniqueArticle],
    technique_names: Vec<String>,
    options: &TechniqueTrainingOptions,
    accurate_inputs: Option<AccurateInputs<'_>>,
) -> Result<TrainedTechniqueModels, TechniquesError> {
    let embeddings = accurate_inputs.map(|(embeddings, _)| embeddings);
    let word_states = accurate_inputs.and_then(|(_, word_states)| word_states);
    let hasher = FeatureHasher::new(options.buckets_log2)?;
    let token_labels = token_label_map(&technique_names);
    if token_labels.is_empty() {
        return Err(TechniquesError::Inconsistent(
            "the technique list has none of the token tagger's techniques".to_owned(),
        ));
    }
    let mut examples = vectorise(
        articles,
        &technique_names,
        &token_labels,
        &hasher,
        options.neighbour_context,
    )?;
    if let Some(embeddings) = embeddings {
        if embeddings.len() != examples.paragraph_vectors.len() {
            return Err(TechniquesError::Inconsistent(format!(
                "{} embeddings for {} paragraphs",
                embeddings.len(),
                examples.paragraph_vectors.len()
            )));
        }
        examples.embedding_vectors = embeddings.iter().map(embedding_vector).collect();
    }
    if let Some(word_states) = word_states {
        if word_states.len() != examples.paragraph_tokens.len()
            || word_states
                .iter()
                .zip(&examples.paragraph_tokens)
                .any(|(states, words)| states.len() != words.len())
        {
            return Err(TechniquesError::Inconsistent(
                "the word states are not one per word of each paragraph".to_owned(),
            ));
        }
        examples.context_vectors = word_states.iter().flatten().map(word_state_vector).collect();
    }
    let mut kinds: Vec<ModelKind> = ModelKind::FAST.to_vec();
    if embeddings.is_some() {
        kinds.push(ModelKind::Embedding);
    }
    if word_states.is_some() {
        kinds.push(ModelKind::Context);
    }
    let paragraph_fold = grouped_folds(&examples.paragraph_article, options.folds, options.seed)?;
    let fold_of = |paragraphs: &[usize]| -> Vec<usize> {
        paragraphs
            .iter()
            .map(|&paragraph| paragraph_fold[paragraph])
            .collect()
    };
    let trainer = Trainer {
        examples: &examples,
        technique_names: &technique_names,
        token_labels: token_labels.clone(),
        hasher,
        embedding_hasher: FeatureHasher::new(EMBEDDING_BUCKETS_LOG2)?,
        options,
        sentence_fold: fold_of(&examples.sentence_paragraph),
        token_fold: fold_of(&examples.token_paragraph),
        paragraph_fold: paragraph_fold.clone(),
    };
    let gold = &examples.paragraph_labels;
    let all_labels: Vec<usize> = (0..technique_names.len()).collect();
    let no_l2_candidates = vec![0.0_f32];

    // 1. The L2 penalty of each model.
    let mut l2_searches = Vec::new();
    let mut out_of_fold: Vec<ParagraphMargins> = Vec::new();
    let mut chosen_l2 = Vec::new();
    for &kind in &kinds {
        let (candidates, labels) = match kind {
            ModelKind::Paragraph => (&options.paragraph_l2_candidates, &all_labels),
            ModelKind::Sentence => (&options.sentence_l2_candidates, &all_labels),
            ModelKind::Token => (&options.token_l2_candidates, &token_labels),
            ModelKind::Embedding => (&options.embedding_l2_candidates, &all_labels),
            // The network has no L2 penalty: one candidate, recorded as 0.
            ModelKind::Context => (&no_l2_candidates, &all_labels),
        };
        let mut scores = Vec::new();
        let mut best: Option<(f64, f32, ParagraphMargins)> = None;
        for &l2 in candidates {
            let margins = trainer.out_of_fold(kind, l2)?;
            let f1 = best_global_micro_f1(&margins, gold, labels)?;
            scores.push((l2, f1));
            if best.as_ref().is_none_or(|(best_f1, _, _)| f1 > *best_f1) {
                best = Some((f1, l2, margins));
            }
        }
        let (_, l2, margins) = best.ok_or_else(|| {
            TechniquesError::Training(rhetor_linear::LinearError::InvalidParameter {
                name: "l2 candidates",
                message: "at least one is needed".to_owned(),
            })
        })?;
        l2_searches.push((kind.name().to_owned(), scores, l2));
        out_of_fold.push(margins);
        chosen_l2.push(l2);
    }
    let kind_index = ModelKind::index;

    // 2. Stack inputs, threshold mode and rules, with a nested stack and thresholds.
    let nested: Vec<NestedMargins> = kinds
        .iter()
        .map(|&kind| trainer.nested_out_of_fold(kind, chosen_l2[kind_index(kind)]))
        .collect::<Result<_, _>>()?;
    let token_known = trainer.token_known();
    let paragraphs_of_fold = |fold: usize, inside: bool| -> Vec<usize> {
        (0..gold.len())
            .filter(|&paragraph| (paragraph_fold[paragraph] == fold) == inside)
            .collect()
    };
    // The stack inputs: every paragraph's from the models trained without its fold (what each
    // outer fold's stack is scored on, and what the shipped stack is fitted on), and per outer
    // fold those of the paragraphs outside it from the models trained without both folds (what
    // the fold's stack and thresholds are fitted on).
    let everything: Vec<usize> = (0..gold.len()).collect();
    let out_of_fold_rows = trainer.stack_rows(&everything, |kind, paragraph| {
        out_of_fold
            .get(kind_index(kind))
            .and_then(|margins| margins[paragraph].as_ref())
    });
    let nested_rows: Vec<Vec<Vec<StackInputs>>> = (0..options.folds)
        .map(|outer| {
            trainer.stack_rows(&paragraphs_of_fold(outer, false), |kind, paragraph| {
                nested
                    .get(kind_index(kind))
                    .and_then(|nested| nested.get(outer))
                    .and_then(|fold| fold[paragraph].as_ref())
                    .and_then(Option::as_ref)
            })
        })
        .collect();
    let mut input_sets = options.stack_input_sets.clone();
    if embeddings.is_some() {
        input_sets.extend(options.stack_input_sets.iter().map(|&inputs| StackInputSet {
            embedding: true,
            ..inputs
        }));
    }
    if word_states.is_some() {
        input_sets.extend(options.stack_input_sets.iter().map(|&inputs| StackInputSet {
            embedding: true,
            context: true,
            ..inputs
        }));
    }
    let mut candidates = Vec::new();
    for &inputs in &input_sets {
        // Per threshold mode and rule choice: per-fold scores and pooled predictions.
        // No rules, then each group added to the ones before.
        let rule_choices: Vec<Vec<RuleGroup>> = (0..=RuleGroup::ALL.len())
            .map(|count| RuleGroup::ALL[..count].to_vec())
            .collect();
        let variants: Vec<(ThresholdMode, &[RuleGroup])> = ThresholdMode::ALL
            .iter()
            .flat_map(|&mode| rule_choices.iter().map(move |rules| (mode, rules.as_slice())))
            .collect();
        let mut fold_scores: Vec<Vec<MultiLabelScores>> = vec![Vec::new(); variants.len()];
        let mut pooled_predicted: Vec<Vec<Vec<bool>>> = vec![vec![Vec::new(); gold.len()]; variants.len()];
        for (outer, inner_rows) in nested_rows.iter().enumerate() {
            let inner = paragraphs_of_fold(outer, false);
            let inner_gold: Vec<Vec<bool>> = inner.iter().map(|&paragraph| gold[paragraph].clone()).collect();
            let stack = Stack::fit(inner_rows, &inner_gold, inputs, &token_known);
            let inner_probabilities: Vec<Vec<f32>> =
                inner_rows.iter().map(|row| stack.probabilities(row)).collect();
            let held_out = paragraphs_of_fold(outer, true);
            let held_out_gold: Vec<Vec<bool>> = held_out
                .iter()
                .map(|&paragraph| gold[paragraph].clone())
                .collect();
            for (variant, &(mode, rules)) in variants.iter().enumerate() {
                let thresholds = thresholds_for(&inner_probabilities, &inner_gold, mode)?;
                let predicted: Vec<Vec<bool>> = held_out
                    .iter()
                    .map(|&paragraph| {
                        let probabilities = stack.probabilities(&out_of_fold_rows[paragraph]);
                        let predicted = apply_thresholds(&probabilities, &thresholds);
                        with_rules(predicted, &examples.paragraph_rule_labels[paragraph], rules)
                    })
                    .collect();
                for (&paragraph, row) in held_out.iter().zip(&predicted) {
                    pooled_predicted[variant][paragraph] = row.clone();
                }
                fold_scores[variant].push(multi_label_scores(&predicted, &held_out_gold)?);
            }
        }
        for (variant, &(mode, rules)) in variants.iter().enumerate() {
            candidates.push(CrossValidationResult {
                inputs,
                mode,
                rules: rules.to_vec(),
                fold_micro_f1: fold_scores[variant]
                    .iter()
                    .map(|scores| scores.micro.f1)
                    .collect(),
                fold_macro_f1: fold_scores[variant]
                    .iter()
                    .map(|scores| scores.macro_f1)
                    .collect(),
                pooled: multi_label_scores(&pooled_predicted[variant], gold)?,
            });
        }
    }
    let (accurate_candidates, candidates): (Vec<CrossValidationResult>, Vec<CrossValidationResult>) =
        candidates
            .into_iter()
            .partition(|candidate| candidate.inputs.embedding);
    let chosen = best_candidate(&candidates)?;
    let mut rule_precision: Vec<(RuleGroup, String, usize, usize)> = Vec::new();
    for (paragraph, rule_labels) in examples.paragraph_rule_labels.iter().enumerate() {
        for &(label, group) in rule_labels {
            let technique = &technique_names[label];
            let index = match rule_precision
                .iter()
                .position(|(known_group, known, _, _)| *known_group == group && known == technique)
            {
                Some(index) => index,
                None => {
                    rule_precision.push((group, technique.clone(), 0, 0));
                    rule_precision.len() - 1
                }
            };
            rule_precision[index].2 += 1;
            rule_precision[index].3 += usize::from(gold[paragraph][label]);
        }
    }

    // 3. Final models, stack and thresholds.
    let stack = Stack::fit(&out_of_fold_rows, gold, chosen.inputs, &token_known);
    let all_probabilities: Vec<Vec<f32>> = out_of_fold_rows
        .iter()
        .map(|row| stack.probabilities(row))
        .collect();
    let thresholds = thresholds_for(&all_probabilities, gold, chosen.mode)?;
    let accurate = if accurate_candidates.is_empty() {
        None
    } else {
        let chosen = best_candidate(&accurate_candidates)?;
        let stack = Stack::fit(&out_of_fold_rows, gold, chosen.inputs, &token_known);
        let probabilities: Vec<Vec<f32>> = out_of_fold_rows
            .iter()
            .map(|row| stack.probabilities(row))
            .collect();
        let thresholds = thresholds_for(&probabilities, gold, chosen.mode)?;
        Some(AccurateTierReport {
            candidates: accurate_candidates,
            chosen,
            stack,
            thresholds,
        })
    };
    let mut final_models: Vec<ComponentModel> = kinds
        .par_iter()
        .map(|&kind| trainer.train_without(kind, chosen_l2[kind_index(kind)], &[]))
        .collect::<Result<_, _>>()?;
    let mut context_model = if kinds.contains(&ModelKind::Context) {
        Some(final_models.remove(4).into_network()?)
    } else {
        None
    };
    let mut embedding_model = if kinds.contains(&ModelKind::Embedding) {
        Some(final_models.remove(3).into_linear()?)
    } else {
        None
    };
    let [mut paragraph_model, mut sentence_model, mut token_model]: [LinearModel; 3] = final_models
        .into_iter()
        .map(ComponentModel::into_linear)
        .collect::<Result<Vec<_>, _>>()?
        .try_into()
        .map_err(|_| TechniquesError::Inconsistent("training did not make three models".to_owned()))?;
    paragraph_model.set_thresholds(thresholds.clone())?;
    paragraph_model.set_namespace_description(NAMESPACE_DESCRIPTION.to_owned());
    sentence_model.set_namespace_description(NAMESPACE_DESCRIPTION.to_owned());
    token_model.set_namespace_description(TOKEN_NAMESPACE_DESCRIPTION.to_owned());

    let report = TechniqueTrainingReport {
        technique_names,
        articles: articles.len(),
        paragraphs: gold.len(),
        sentences: examples.sentence_vectors.len(),
        tokens: examples.token_vectors.len(),
        l2_searches,
        candidates,
        chosen,
        rule_precision,
        stack,
        thresholds,
        accurate,
        stack_rows: options.keep_stack_rows.then(|| StackRows {
            paragraph_fold,
            paragraph_article: examples.paragraph_article.clone(),
            gold: gold.clone(),
            rule_labels: examples.paragraph_rule_labels.clone(),
            token_known,
            out_of_fold: out_of_fold_rows,
            nested: nested_rows,
        }),
    };
    if let (Some(model), Some(accurate)) = (embedding_model.as_mut(), report.accurate.as_ref()) {
        model.set_thresholds(accurate.thresholds.clone())?;
        model.set_namespace_description(EMBEDDING_NAMESPACE_DESCRIPTION.to_owned());
        model.set_metadata(accurate_metadata_json(&report, accurate, options));
    }
    if let Some(network) = context_model.as_mut() {
        network
            .hidden_layer_mut()
            .set_namespace_description(context_namespace_description());
        network
            .hidden_layer_mut()
            .set_metadata(context_metadata_json(&report, options, "hidden layer"));
        network
            .output_layer_mut()
            .set_namespace_description(CONTEXT_OUTPUT_NAMESPACE_DESCRIPTION.to_owned());
        network
            .output_layer_mut()
            .set_metadata(context_metadata_json(&report, options, "output layer"));
    }
    paragraph_model.set_metadata(metadata_json(&report, options, "paragraph"));
    sentence_model.set_metadata(metadata_json(&report, options, "sentence"));
    token_model.set_metadata(metadata_json(&report, options, "token"));
    Ok(TrainedTechniqueModels {
        paragraph_model,
        sentence_model,
        token_model,
        embedding_model,
        context_model,
        report,
    })
}

/// What the contextual word model's buckets hold.
fn context_namespace_description() -> String {
    format!(
        "bucket i: dimension i of the word's all-MiniLM-L6-v2 state (mean of its wordpieces' hidden states summed over the last {} layers, unit length, in steps of 1/127)",
        rhetor_embed::WORD_STATE_LAYERS
    )
}

/// What the contextual word network's output layer's buckets hold.
const CONTEXT_OUTPUT_NAMESPACE_DESCRIPTION: &str =
    "bucket i: the activation of hidden unit i (a rectified linear unit over the word's state)";

/// What the embedding model's buckets hold.
const EMBEDDING_NAMESPACE_DESCRIPTION: &str =
    "bucket i: dimension i of the paragraph's all-MiniLM-L6-v2 embedding (mean-pooled, unit length)";

/// The candidate with the best mean micro-F1 (the first among equals).
fn best_candidate(candidates: &[CrossValidationResult]) -> Result<CrossValidationResult, TechniquesError> {
    candidates
        .iter()
        .fold(None::<&CrossValidationResult>, |best, candidate| match best {
            Some(best) if best.micro_f1().0 >= candidate.micro_f1().0 => Some(best),
            _ => Some(candidate),
        })
        .cloned()
        .ok_or_else(|| {
            TechniquesError::Training(rhetor_linear::LinearError::InvalidParameter {
                name: "stack input sets",
                message: "at least one is needed".to_owned(),
            })
        })
}

/// The command that trains the accurate tier, as its model files record it.
const ACCURATE_TRAINING_COMMAND: &str =
    "rhetor train techniques --accurate --data ../shared/data/semeval2023-en";

/// The training data, as the model files record it.
const TRAINING_DATA_DESCRIPTION: &str =
    "SemEval-2023 Task 3 subtask 3, English train (train-articles-subtask-3, labels and spans)";

/// The L2 search of the model of `kind` (its candidates' out-of-fold micro-F1 and the chosen
/// penalty) as JSON, `null` when it was not trained.
fn l2_search_json(report: &TechniqueTrainingReport, kind: ModelKind) -> serde_json::Value {
    report
        .l2_searches
        .iter()
        .find(|(model, _, _)| model == kind.name())
        .map_or(serde_json::Value::Null, |(_, scores, chosen)| {
            serde_json::json!({
                "candidates": scores
                    .iter()
                    .map(|&(l2, f1)| serde_json::json!({"l2": l2, "micro_f1": rounded(f1)}))
                    .collect::<Vec<_>>(),
                "chosen": chosen,
            })
        })
}

/// The metadata of one `layer` of the contextual word network: how it was trained and its
/// out-of-fold micro-F1 (the stack that reads it is in the embedding model's metadata).
fn context_metadata_json(
    report: &TechniqueTrainingReport,
    options: &TechniqueTrainingOptions,
    layer: &str,
) -> String {
    let network = &options.context_network;
    let out_of_fold_micro_f1 = report
        .l2_searches
        .iter()
        .find(|(model, _, _)| model == ModelKind::Context.name())
        .and_then(|(_, scores, _)| scores.first())
        .map(|&(_, f1)| rounded(f1));
    serde_json::json!({
        "command": ACCURATE_TRAINING_COMMAND,
        "party_names_fingerprint": rhetor_actors::party_names_fingerprint(),
        "data": TRAINING_DATA_DESCRIPTION,
        "model": "context",
        "layer": layer,
        "network": {
            "hidden_units": network.hidden_units,
            "activation": "rectified linear",
            "epochs": network.epochs,
            "optimiser": "Adam",
            "learning_rate": network.learning_rate,
            "batch_size": network.batch_size,
            "dropout": network.dropout,
            "trained_on": "content words only (those a paragraph's best word is chosen among)",
        },
        "encoder": format!("all-MiniLM-L6-v2, each word's wordpieces' hidden states summed over the last {} layers and averaged, unit length, in steps of 1/127", rhetor_embed::WORD_STATE_LAYERS),
        "labels_from": "the gold spans: a word is labelled with every technique whose span it overlaps",
        "words": report.tokens,
        "seed": options.seed,
        "folds": options.folds,
        "out_of_fold_micro_f1": out_of_fold_micro_f1,
    })
    .to_string()
}

/// The embedding model's metadata: the accurate tier's stack, thresholds and scores, and the
/// fast tier's scores on the same folds, as JSON.
fn accurate_metadata_json(
    report: &TechniqueTrainingReport,
    accurate: &AccurateTierReport,
    options: &TechniqueTrainingOptions,
) -> String {
    let scores = |candidate: &CrossValidationResult| {
        let (micro_mean, micro_deviation) = candidate.micro_f1();
        let (macro_mean, macro_deviation) = candidate.macro_f1();
        serde_json::json!({
            "inputs": candidate.inputs.name(),
            "threshold_mode": candidate.mode.name(),
            "rules": candidate.rules.iter().map(|group| group.name()).collect::<Vec<_>>(),
            "micro_f1_mean": rounded(micro_mean),
            "micro_f1_sd": rounded(micro_deviation),
            "macro_f1_mean": rounded(macro_mean),
            "macro_f1_sd": rounded(macro_deviation),
        })
    };
    serde_json::json!({
        "command": ACCURATE_TRAINING_COMMAND,
        "party_names_fingerprint": rhetor_actors::party_names_fingerprint(),
        "word_clusters_fingerprint": crate::word_clusters::word_clusters_fingerprint(),
        "data": TRAINING_DATA_DESCRIPTION,
        "model": "embedding",
        "encoder": "all-MiniLM-L6-v2, mean-pooled, unit length, of each paragraph",
        "paragraphs": report.paragraphs,
        "epochs": options.embedding_epochs,
        "seed": options.seed,
        "folds": options.folds,
        "l2_search": l2_search_json(report, ModelKind::Embedding),
        "candidates": accurate.candidates.iter().map(scores).collect::<Vec<_>>(),
        "cross_validation": scores(&accurate.chosen),
        "fast_tier_same_folds": scores(&report.chosen),
        "threshold_mode": accurate.chosen.mode.name(),
        "rules": accurate.chosen.rules.iter().map(|group| group.name()).collect::<Vec<_>>(),
        "rule_paragraphs_flagged_and_correct": rule_precision_json(report),
        "stack": {
            "inputs": STACK_INPUT_NAMES,
            "used": accurate.chosen.inputs.name(),
            "weights": accurate.stack.weights.iter().map(|weights| weights.to_vec()).collect::<Vec<_>>(),
        },
        "thresholds": accurate.thresholds,
    })
    .to_string()
}

/// Rounds for metadata: more digits are noise.
/// How many training paragraphs each rule group flagged, and how many of them carry its
/// technique, as both tiers' metadata record it.
fn rule_precision_json(report: &TechniqueTrainingReport) -> Vec<serde_json::Value> {
    report
        .rule_precision
        .iter()
        .map(|(group, technique, flagged, correct)| {
            serde_json::json!({
                "group": group.name(), "technique": technique, "flagged": flagged, "correct": correct
            })
        })
        .collect()
}

fn rounded(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// A model file's metadata: how it was made, the stack, the thresholds and the scores, as JSON.
fn metadata_json(
    report: &TechniqueTrainingReport,
    options: &TechniqueTrainingOptions,
    model: &str,
) -> String {
    let (micro_mean, micro_deviation) = report.chosen.micro_f1();
    let (macro_mean, macro_deviation) = report.chosen.macro_f1();
    let per_technique: Vec<serde_json::Value> = report
        .technique_names
        .iter()
        .zip(&report.chosen.pooled.per_label)
        .map(|(name, scores)| {
            serde_json::json!({
                "technique": name,
                "precision": rounded(scores.precision),
                "recall": rounded(scores.recall),
                "f1": rounded(scores.f1),
                "support": scores.support(),
            })
        })
        .collect();
    // The accurate tier's searches are in its own files, so that the fast tier's do not change
    // with it.
    let searches: Vec<serde_json::Value> = report
        .l2_searches
        .iter()
        .filter(|(model, _, _)| ModelKind::FAST.iter().any(|kind| kind.name() == model))
        .map(|(model, scores, chosen)| {
            serde_json::json!({
                "model": model,
                "candidates": scores
                    .iter()
                    .map(|&(l2, f1)| serde_json::json!({"l2": l2, "micro_f1": rounded(f1)}))
                    .collect::<Vec<_>>(),
                "chosen": chosen,
            })
        })
        .collect();
    let candidates: Vec<serde_json::Value> = report
        .candidates
        .iter()
        .map(|candidate| {
            serde_json::json!({
                "inputs": candidate.inputs.name(),
                "threshold_mode": candidate.mode.name(),
                "rules": candidate.rules.iter().map(|group| group.name()).collect::<Vec<_>>(),
                "micro_f1_mean": rounded(candidate.micro_f1().0),
                "macro_f1_mean": rounded(candidate.macro_f1().0),
            })
        })
        .collect();
    let mut metadata = serde_json::json!({
        "command": "rhetor train techniques --data ../shared/data/semeval2023-en",
        "party_names_fingerprint": rhetor_actors::party_names_fingerprint(),
        "word_clusters_fingerprint": crate::word_clusters::word_clusters_fingerprint(),
        "data": TRAINING_DATA_DESCRIPTION,
        "model": model,
        "articles": report.articles,
        "paragraphs": report.paragraphs,
        "sentences": report.sentences,
        "tokens": report.tokens,
        "buckets_log2": options.buckets_log2,
        "epochs": options.epochs,
        "token_epochs": options.token_epochs,
        "neighbour_context": options.neighbour_context,
        "l1": options.l1,
        "token_l1": options.token_l1,
        "seed": options.seed,
        "folds": options.folds,
        "l2_searches": searches,
        "candidates": candidates,
        "threshold_mode": report.chosen.mode.name(),
        "rules": report.chosen.rules.iter().map(|group| group.name()).collect::<Vec<_>>(),
        "rule_paragraphs_flagged_and_correct": rule_precision_json(report),
        "cross_validation": {
            "micro_f1_mean": rounded(micro_mean),
            "micro_f1_sd": rounded(micro_deviation),
            "macro_f1_mean": rounded(macro_mean),
            "macro_f1_sd": rounded(macro_deviation),
            "per_technique_pooled": per_technique,
        },
    });
    if model == "paragraph" {
        // The fast tier's four inputs only, so that its file does not change with the accurate tier.
        metadata["stack"] = serde_json::json!({
            "inputs": STACK_INPUT_NAMES[..FAST_STACK_INPUTS],
            "used": report.chosen.inputs.name(),
            "weights": report.stack.weights.iter().map(|weights| weights[..=FAST_STACK_INPUTS].to_vec()).collect::<Vec<_>>(),
        });
        metadata["thresholds_chosen_on"] =
            serde_json::json!("out-of-fold stacked probabilities of all training paragraphs");
        metadata["thresholds"] = serde_json::json!(report.thresholds);
    }
    metadata.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rhetor_benchmarks::{LabelledParagraph, TechniqueSpan};

    /// Ten small articles in which "traitors" marks name-calling and "so-called" marks doubt.
    fn synthetic_articles() -> Vec<TechniqueArticle> {
        (0..10)
            .map(|index| {
                let lines = [
                    format!("Report number {index}"),
                    "The traitors in the council voted again. The budget passed.".to_owned(),
                    "The so-called experts were wrong. Rain is expected.".to_owned(),
                    format!("The committee met on day {index}."),
                ];
                let text = lines.join("\n");
                let mut paragraphs = Vec::new();
                let mut spans = Vec::new();
                let mut start = 0;
                for (line, content) in lines.iter().enumerate() {
                    let range = start..start + content.len();
                    let techniques: Vec<String> = match line {
                        1 => vec!["Name_Calling-Labeling".to_owned()],
                        2 => vec!["Doubt".to_owned()],
                        _ => Vec::new(),
                    };
                    if let Some(technique) = techniques.first() {
                        spans.push(TechniqueSpan {
                            technique: technique.clone(),
                            range: range.start..range.start + 12,
                        });
                    }
                    paragraphs.push(LabelledParagraph {
                        line: line + 1,
                        range: range.clone(),
                        techniques,
                    });
                    start = range.end + 1;
                }
                TechniqueArticle {
                    id: format!("{index}"),
                    text,
                    paragraphs,
                    spans,
                }
            })
            .collect()
    }

    fn small_options() -> TechniqueTrainingOptions {
        TechniqueTrainingOptions {
            buckets_log2: 12,
            paragraph_l2_candidates: vec![0.1],
            sentence_l2_candidates: vec![0.1],
            token_l2_candidates: vec![0.1],
            l1: 0.0,
            token_l1: 0.0,
            epochs: 5,
            token_epochs: 5,
            // A few hundred words: small batches and more passes, so that the network moves.
            context_network: NetworkTrainingOptions {
                hidden_units: 8,
                epochs: 20,
                learning_rate: 0.01,
                batch_size: 16,
                dropout: 0.0,
                seed: 0,
            },
            ..TechniqueTrainingOptions::default()
        }
    }

    #[test]
    fn the_stored_thresholds_are_the_ones_chosen_on_validation_data() {
        let names = vec!["Doubt".to_owned(), "Name_Calling-Labeling".to_owned()];
        let trained =
            train_technique_models(&synthetic_articles(), names, &small_options()).expect("training works");
        assert_eq!(
            trained.paragraph_model.thresholds(),
            trained.report.thresholds.as_slice()
        );
        // The file keeps them exactly, and the metadata records them.
        let mut bytes = Vec::new();
        rhetor_linear::save(&trained.paragraph_model, &mut bytes).expect("saves");
        let loaded = rhetor_linear::load(&bytes).expect("loads");
        assert_eq!(loaded.thresholds(), trained.report.thresholds.as_slice());
        let metadata: serde_json::Value = serde_json::from_str(loaded.metadata()).expect("JSON metadata");
        let recorded: Vec<f32> = metadata["thresholds"]
            .as_array()
            .expect("thresholds")
            .iter()
            .filter_map(serde_json::Value::as_f64)
            .map(|value| value as f32)
            .collect();
        assert_eq!(recorded, trained.report.thresholds);
        // Easy synthetic data: the cross-validated micro-F1 is high.
        assert!(
            trained.report.chosen.micro_f1().0 > 0.9,
            "{:?}",
            trained.report.chosen
        );
    }

    #[test]
    fn the_kept_stack_rows_are_the_ones_the_stack_was_fitted_and_scored_on() {
        let names = vec!["Doubt".to_owned(), "Name_Calling-Labeling".to_owned()];
        let articles = synthetic_articles();
        let plain =
            train_technique_models(&articles, names.clone(), &small_options()).expect("training works");
        assert!(plain.report.stack_rows.is_none());
        let options = TechniqueTrainingOptions {
            keep_stack_rows: true,
            ..small_options()
        };
        let kept = train_technique_models(&articles, names, &options).expect("training works");
        // Keeping them changes nothing that is trained.
        assert_eq!(kept.report.stack, plain.report.stack);
        assert_eq!(kept.report.candidates, plain.report.candidates);
        let rows = kept.report.stack_rows.as_ref().expect("kept");
        let paragraphs = kept.report.paragraphs;
        assert_eq!(rows.out_of_fold.len(), paragraphs);
        assert_eq!(rows.gold.len(), paragraphs);
        assert_eq!(rows.paragraph_fold.len(), paragraphs);
        assert_eq!(rows.nested.len(), options.folds);
        for (fold, nested) in rows.nested.iter().enumerate() {
            let outside = rows.paragraph_fold.iter().filter(|&&own| own != fold).count();
            assert_eq!(nested.len(), outside);
            assert!(nested.iter().all(|row| row.len() == 2));
        }
        // The shipped stack is the one fitted on every paragraph's out-of-fold inputs.
        let refitted = Stack::fit(
            &rows.out_of_fold,
            &rows.gold,
            kept.report.chosen.inputs,
            &rows.token_known,
        );
        assert_eq!(refitted, kept.report.stack);
    }

    #[test]
    fn training_is_deterministic_and_unknown_techniques_are_errors() {
        let names = vec!["Doubt".to_owned(), "Name_Calling-Labeling".to_owned()];
        let bytes = || {
            let trained = train_technique_models(&synthetic_articles(), names.clone(), &small_options())
                .expect("training works");
            let mut bytes = Vec::new();
            rhetor_linear::save(&trained.paragraph_model, &mut bytes).expect("saves");
            rhetor_linear::save(&trained.sentence_model, &mut bytes).expect("saves");
            bytes
        };
        assert_eq!(bytes(), bytes());
        let only_doubt = vec!["Doubt".to_owned()];
        assert!(matches!(
            train_technique_models(&synthetic_articles(), only_doubt, &small_options()),
            Err(TechniquesError::UnknownTechnique { .. })
        ));
    }

    #[test]
    fn the_accurate_tier_leaves_the_fast_files_unchanged_and_learns_from_the_embeddings() {
        let names = vec!["Doubt".to_owned(), "Name_Calling-Labeling".to_owned()];
        let articles = synthetic_articles();
        let texts = training_paragraph_texts(&articles);
        // A stand-in embedding that carries the Doubt cue: dimension 0 is 1 when the paragraph
        // says "so-called", dimension 1 otherwise.
        let embeddings: Vec<Embedding> = texts
            .iter()
            .map(|text| {
                let mut embedding = [0.0_f32; EMBEDDING_DIMENSION];
                embedding[usize::from(!text.contains("so-called"))] = 1.0;
                embedding
            })
            .collect();
        let fast =
            train_technique_models(&articles, names.clone(), &small_options()).expect("training works");
        // A stand-in word state that carries the Name_Calling cue: dimension 0 is 127 for the
        // label word, dimension 1 for every other word.
        let word_states: Vec<Vec<WordState>> = training_paragraph_words(&articles)
            .iter()
            .map(|words| {
                words
                    .iter()
                    .map(|word| {
                        let mut state = [0_i8; EMBEDDING_DIMENSION];
                        state[usize::from(word != "traitors")] = 127;
                        state
                    })
                    .collect()
            })
            .collect();
        let accurate = train_accurate_technique_models(
            &articles,
            names.clone(),
            &small_options(),
            &embeddings,
            Some(&word_states),
        )
        .expect("training works");
        let files = |trained: &TrainedTechniqueModels| {
            let mut bytes = Vec::new();
            for model in [
                &trained.paragraph_model,
                &trained.sentence_model,
                &trained.token_model,
            ] {
                rhetor_linear::save(model, &mut bytes).expect("saves");
            }
            bytes
        };
        assert_eq!(files(&fast), files(&accurate));
        assert!(fast.embedding_model.is_none() && fast.report.accurate.is_none());
        let embedding_model = accurate.embedding_model.expect("the accurate tier is trained");
        let report = accurate.report.accurate.expect("the accurate tier is reported");
        assert!(report.chosen.inputs.embedding);
        assert!(report
            .candidates
            .iter()
            .all(|candidate| candidate.inputs.embedding));
        // Every fast candidate with the embedding input, and again with the context input too.
        assert_eq!(report.candidates.len(), 2 * accurate.report.candidates.len());
        let doubt = embedding_model.margins(&embedding_vector(
            &embeddings[texts
                .iter()
                .position(|text| text.contains("so-called"))
                .expect("a Doubt paragraph")],
        ))[0];
        let other = embedding_model.margins(&embedding_vector(
            &embeddings[texts
                .iter()
                .position(|text| !text.contains("so-called"))
                .expect("another paragraph")],
        ))[0];
        assert!(doubt > other, "{doubt} {other}");
        assert_eq!(embedding_model.thresholds(), report.thresholds.as_slice());
        // The contextual word model is trained on every technique and learns the cue.
        let context_model = accurate
            .context_model
            .expect("the contextual word model is trained");
        assert_eq!(
            context_model.label_names(),
            accurate.paragraph_model.label_names()
        );
        let name_calling = context_model
            .label_names()
            .iter()
            .position(|name| name == "Name_Calling-Labeling")
            .expect("a tagger technique");
        let mut label_word = [0_i8; EMBEDDING_DIMENSION];
        label_word[0] = 127;
        let mut other_word = [0_i8; EMBEDDING_DIMENSION];
        other_word[1] = 127;
        assert!(
            context_model.margins(&word_state_vector(&label_word))[name_calling]
                > context_model.margins(&word_state_vector(&other_word))[name_calling]
        );
        assert!(report.candidates.iter().any(|candidate| candidate.inputs.context));
        // One embedding per paragraph and one state per word, no fewer.
        assert!(matches!(
            train_accurate_technique_models(
                &articles,
                names.clone(),
                &small_options(),
                &embeddings[1..],
                None
            ),
            Err(TechniquesError::Inconsistent(_))
        ));
        assert!(matches!(
            train_accurate_technique_models(
                &articles,
                names,
                &small_options(),
                &embeddings,
                Some(&word_states[1..])
            ),
            Err(TechniquesError::Inconsistent(_))
        ));
    }
}
