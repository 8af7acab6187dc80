//! Prediction with the shipped models: the paragraph model's, best sentence's and best word's
//! margins, stacked into a probability per technique, thresholds, the span that carries each
//! technique (the words the token tagger points at, or the best sentence), and the evidence.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use rhetor_actors::ReadToken;
use rhetor_benchmarks::TechniqueArticle;
use rhetor_linear::{multi_label_scores, HiddenLayerNetwork, LinearModel, MultiLabelScores, SparseVector};
use rhetor_schema::{QuoteKind, Span, Technique};
use rhetor_segment::Segmentation;

use crate::features::{
    article_context_and_block, name_unit_features, neighbour_blocks, token_clusters, tokens_within,
    unit_features, unit_features_of_tokens, ArticleContext, FeatureNames, UnitPosition,
};
use crate::rules::{sentence_rule_findings, RuleGroup, RULE_TECHNIQUES, SCARE_QUOTE_FINDING};
use crate::stacking::{stack_inputs, Stack, StackInputSet, FAST_STACK_INPUTS, STACK_INPUTS};
use crate::tokens::{
    best_context_margins, paragraph_word_margins, paragraph_word_texts, token_evidence, ParagraphWords,
    QuotedRange, WordMargins,
};
use crate::training::{embedding_vector, paragraph_layout, token_label_map};
use crate::word_clusters::WordClusterIds;
use crate::TechniquesError;

/// The paragraph model file `rhetor train techniques` wrote, embedded at build time.
const EMBEDDED_PARAGRAPH_MODEL: &[u8] = include_bytes!("../model/paragraphs.rlm");

/// The sentence model file `rhetor train techniques` wrote, embedded at build time.
const EMBEDDED_SENTENCE_MODEL: &[u8] = include_bytes!("../model/sentences.rlm");

/// The token tagger file `rhetor train techniques` wrote, embedded at build time.
const EMBEDDED_TOKEN_MODEL: &[u8] = include_bytes!("../model/tokens.rlm");

/// The accurate tier's model over paragraph embeddings, with its stack and thresholds in its
/// metadata, written by `rhetor train techniques --accurate`, embedded at build time.
const EMBEDDED_EMBEDDING_MODEL: &[u8] = include_bytes!("../model/embeddings.rlm");

/// The accurate tier's network over words' contextual states, written by `rhetor train
/// techniques --accurate`, embedded at build time: its hidden layer (one label per hidden unit)
/// and its output layer (one label per technique).
const EMBEDDED_CONTEXT_HIDDEN_LAYER: &[u8] = include_bytes!("../model/context-hidden-layer.rlm");
const EMBEDDED_CONTEXT_OUTPUT_LAYER: &[u8] = include_bytes!("../model/contexts.rlm");

/// How many feature names the evidence of a technique lists.
const EVIDENCE_FEATURES: usize = 3;

/// A word next to the tagger's best word joins the reported span when its margin is at most this
/// far below the best word's (a loaded phrase is often two or three words).
const SPAN_MARGIN_DROP: f32 = 1.5;

/// The most words a token-tagger span reaches on each side of the best word.
const SPAN_MAX_REACH: usize = 3;

/// Names of the features of a text range, by (start, end, model: 0 sentence, 1 paragraph).
type EvidenceCache = rustc_hash::FxHashMap<(usize, usize, usize), FeatureNames>;

/// The rule groups a detector applies: each group, a technique it finds, and the confidence of
/// its findings.
pub type AdoptedRules = Vec<(RuleGroup, String, f32)>;

/// The three models, the stack that combines them and the rules.
#[derive(Debug, Clone)]
pub struct TechniqueDetector {
    paragraph_model: LinearModel,
    sentence_model: LinearModel,
    token_model: LinearModel,
    /// Whether the paragraph model sees the previous and the next paragraph's words.
    neighbour_context: bool,
    stack: Stack,
    /// For each token label, its technique (index into the paragraph model's labels).
    token_labels: Vec<usize>,
    /// The rule groups whose findings are added (training measured that they do not lower
    /// micro-F1), with each technique they find and the confidence its findings get (the share of
    /// the training paragraphs the group flagged with it that carry it).
    rules: AdoptedRules,
    /// The accurate tier's models and encoder (`None`: the fast tier). With it, `stack`, `rules`
    /// and the thresholds are the accurate tier's.
    accurate: Option<AccurateTier>,
}

/// The accurate tier's models over the all-MiniLM-L6-v2 encoder's output.
#[derive(Debug, Clone)]
struct AccurateTier {
    /// The model over each paragraph's embedding; its metadata holds the tier's stack.
    embedding_model: LinearModel,
    /// The network over each word's contextual state (every technique), when the tier's stack
    /// uses it.
    context_model: Option<HiddenLayerNetwork>,
    encoder: Arc<rhetor_embed::SentenceEncoder>,
}

/// The inputs of one paragraph: its byte range, its sentences' and its quotations' (contents and
/// kinds, in text order).
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphInput {
    /// The paragraph.
    pub range: Range<usize>,
    /// Its sentences.
    pub sentences: Vec<Range<usize>>,
    /// Its quotations: the quoted text and its kind.
    pub quotes: Vec<(Range<usize>, rhetor_schema::QuoteKind)>,
}

/// The prediction for one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphPrediction {
    /// The stacked probability of each technique, in the models' label order.
    pub probabilities: Vec<f32>,
    /// Whether each technique is predicted (probability at or above its threshold, or a rule).
    pub predicted: Vec<bool>,
    /// For each technique, the index (into the paragraph's sentences) of the sentence with the
    /// highest sentence-model margin; `None` when the paragraph has no sentence.
    pub best_sentence: Vec<Option<usize>>,
    /// For each technique the tagger knows, the byte range of the words it points at (the best
    /// word and the neighbours that score nearly as high); `None` for the others.
    pub best_words: Vec<Option<Range<usize>>>,
    /// For each technique a rule found, where (the sentence, or the scare-quoted phrase) and the
    /// rule's cue.
    pub rule_findings: Vec<Option<(Range<usize>, &'static str)>>,
}

impl TechniqueDetector {
    /// The detector of the shipped models, loaded once.
    ///
    /// # Errors
    ///
    /// When an embedded model file is not a valid model (a build that embedded a bad file).
    pub fn embedded() -> Result<&'static TechniqueDetector, &'static TechniquesError> {
        static DETECTOR: OnceLock<Result<TechniqueDetector, TechniquesError>> = OnceLock::new();
        DETECTOR
            .get_or_init(|| {
                TechniqueDetector::from_model_files(
                    EMBEDDED_PARAGRAPH_MODEL,
                    EMBEDDED_SENTENCE_MODEL,
                    EMBEDDED_TOKEN_MODEL,
                )
            })
            .as_ref()
    }

    /// A detector from the bytes of the three model files.
    ///
    /// # Errors
    ///
    /// When a file is not a valid model, the labels do not fit together, or the paragraph
    /// model's metadata does not hold the stack.
    pub fn from_model_files(
        paragraph_bytes: &[u8],
        sentence_bytes: &[u8],
        token_bytes: &[u8],
    ) -> Result<Self, TechniquesError> {
        let paragraph_model = rhetor_linear::load(paragraph_bytes)?;
        let sentence_model = rhetor_linear::load(sentence_bytes)?;
        let token_model = rhetor_linear::load(token_bytes)?;
        let (stack, rules) = stack_from_metadata(paragraph_model.metadata(), paragraph_model.label_count())?;
        let neighbour_context = serde_json::from_str::<serde_json::Value>(paragraph_model.metadata())
            .ok()
            .and_then(|metadata| metadata.get("neighbour_context")?.as_bool())
            .ok_or_else(|| {
                TechniquesError::Inconsistent(
                    "the paragraph model's metadata does not say whether it reads neighbouring paragraphs"
                        .to_owned(),
                )
            })?;
        Self::from_models(
            paragraph_model,
            sentence_model,
            token_model,
            (stack, rules),
            neighbour_context,
        )
    }

    /// A detector around three models (as training produces them), their stack and the adopted
    /// rule groups with each technique they find and its confidence; `neighbour_context` says
    /// whether the paragraph model was trained with the neighbouring paragraphs' words.
    ///
    /// # Errors
    ///
    /// When the models' labels do not fit together or the stack has the wrong size.
    pub fn from_models(
        paragraph_model: LinearModel,
        sentence_model: LinearModel,
        token_model: LinearModel,
        (stack, rules): (Stack, AdoptedRules),
        neighbour_context: bool,
    ) -> Result<Self, TechniquesError> {
        if paragraph_model.label_names() != sentence_model.label_names() {
            return Err(TechniquesError::Inconsistent(
                "the paragraph and sentence models have different techniques".to_owned(),
            ));
        }
        let token_labels = token_label_map(paragraph_model.label_names());
        let expected: Vec<&String> = token_labels
            .iter()
            .map(|&label| &paragraph_model.label_names()[label])
            .collect();
        if token_model.label_names().iter().collect::<Vec<_>>() != expected {
            return Err(TechniquesError::Inconsistent(
                "the token tagger's techniques are not the expected ones".to_owned(),
            ));
        }
        if stack.weights.len() != paragraph_model.label_count() {
            return Err(TechniquesError::Inconsistent(
                "the stack does not have one row per technique".to_owned(),
            ));
        }
        Ok(Self {
            paragraph_model,
            sentence_model,
            token_model,
            neighbour_context,
            stack,
            token_labels,
            rules,
            accurate: None,
        })
    }

    /// The accurate tier: this detector with the shipped embedding and contextual word models,
    /// whose margins over each paragraph's all-MiniLM-L6-v2 embedding and over its words'
    /// contextual states (from `encoder`) are two more stack inputs, and the accurate tier's
    /// stack, thresholds and rules.
    ///
    /// # Errors
    ///
    /// When an embedded model is not valid or does not fit the detector's techniques.
    pub fn with_accurate_tier(
        &self,
        encoder: Arc<rhetor_embed::SentenceEncoder>,
    ) -> Result<Self, TechniquesError> {
        self.with_accurate_models(
            rhetor_linear::load(EMBEDDED_EMBEDDING_MODEL)?,
            HiddenLayerNetwork::from_layers(
                rhetor_linear::load(EMBEDDED_CONTEXT_HIDDEN_LAYER)?,
                rhetor_linear::load(EMBEDDED_CONTEXT_OUTPUT_LAYER)?,
            )?,
            encoder,
        )
    }

    /// This detector with the accurate tier of `embedding_model` (as `rhetor train techniques
    /// --accurate` writes it: its stack, thresholds and rules in its metadata), `context_model`
    /// and `encoder`.
    ///
    /// # Errors
    ///
    /// When the models' techniques are not the detector's or the metadata lacks the stack.
    pub fn with_accurate_models(
        &self,
        embedding_model: LinearModel,
        context_model: HiddenLayerNetwork,
        encoder: Arc<rhetor_embed::SentenceEncoder>,
    ) -> Result<Self, TechniquesError> {
        if embedding_model.label_names() != self.technique_names() {
            return Err(TechniquesError::Inconsistent(
                "the embedding model's techniques are not the paragraph model's".to_owned(),
            ));
        }
        if context_model.label_names() != self.technique_names() {
            return Err(TechniquesError::Inconsistent(
                "the contextual word model's techniques are not the paragraph model's".to_owned(),
            ));
        }
        let (stack, rules) = stack_from_metadata(embedding_model.metadata(), embedding_model.label_count())?;
        let context_model = stack.inputs.context.then_some(context_model);
        Ok(Self {
            stack,
            rules,
            accurate: Some(AccurateTier {
                embedding_model,
                context_model,
                encoder,
            }),
            ..self.clone()
        })
    }

    /// Whether this is the accurate tier.
    #[must_use]
    pub fn is_accurate(&self) -> bool {
        self.accurate.is_some()
    }

    /// The technique ids, in the order of every per-technique vector.
    #[must_use]
    pub fn technique_names(&self) -> &[String] {
        self.paragraph_model.label_names()
    }

    /// The threshold of each technique on the stacked probability (the accurate tier's, stored
    /// in its embedding model, when it is on).
    #[must_use]
    pub fn thresholds(&self) -> &[f32] {
        match &self.accurate {
            Some(accurate) => accurate.embedding_model.thresholds(),
            None => self.paragraph_model.thresholds(),
        }
    }

    /// The stack that combines the models.
    #[must_use]
    pub fn stack(&self) -> &Stack {
        &self.stack
    }

    /// The paragraph model (its metadata records how it was trained and what it scored).
    #[must_use]
    pub fn paragraph_model(&self) -> &LinearModel {
        &self.paragraph_model
    }

    /// The sentence model.
    #[must_use]
    pub fn sentence_model(&self) -> &LinearModel {
        &self.sentence_model
    }

    /// The token tagger.
    #[must_use]
    pub fn token_model(&self) -> &LinearModel {
        &self.token_model
    }

    /// The predictions for `paragraphs` of the article `text`.
    #[must_use]
    pub fn predict_paragraphs(&self, text: &str, paragraphs: &[ParagraphInput]) -> Vec<ParagraphPrediction> {
        ArticleScores::new(self, text, paragraphs)
            .paragraphs
            .into_iter()
            .map(|scored| scored.prediction)
            .collect()
    }

    /// Why `label` was predicted in `sentence`: the names of the features of the sentence that
    /// push its sentence-model score up the most (the paragraph model's, when none does).
    /// `vectors` are the sentence model's vector of `sentence` and the paragraph model's of
    /// `paragraph`, as prediction computed them.
    #[allow(clippy::too_many_arguments)]
    fn evidence(
        &self,
        text: &str,
        context: &ArticleContext,
        (sentence, paragraph): (&Range<usize>, &Range<usize>),
        vectors: (&SparseVector, &SparseVector),
        label: usize,
        position: UnitPosition,
        cache: &mut EvidenceCache,
    ) -> String {
        let mut names: Vec<String> = Vec::new();
        for (model_index, (model, range, vector)) in [
            (&self.sentence_model, sentence, vectors.0),
            (&self.paragraph_model, paragraph, vectors.1),
        ]
        .into_iter()
        .enumerate()
        {
            let top_buckets = positive_top_buckets(model, label, vector);
            if top_buckets.is_empty() {
                continue;
            }
            // Only the few buckets that explain a decision are named: naming every feature of a
            // text would cost more than finding them. Several techniques are often found on one
            // sentence: its names are kept, and computed again only for buckets not named yet.
            let cached = cache
                .entry((range.start, range.end, model_index))
                .or_insert_with(|| FeatureNames::only([]));
            if !top_buckets.iter().all(|bucket| cached.is_wanted(*bucket)) {
                let mut feature_names =
                    FeatureNames::only(cached.wanted_buckets().chain(top_buckets.iter().copied()));
                name_unit_features(
                    &text[range.clone()],
                    context,
                    position,
                    &model.feature_hasher(),
                    &mut feature_names,
                );
                *cached = feature_names;
            }
            for bucket in top_buckets {
                if let Some(name) = cached.get(bucket) {
                    if !names.iter().any(|known| known == name) && names.len() < EVIDENCE_FEATURES {
                        names.push(name.to_owned());
                    }
                }
            }
            if !names.is_empty() {
                break;
            }
        }
        if names.is_empty() {
            // No feature of the text argues for it: the article's context does.
            names.push("a:article context".to_owned());
        }
        names.join(", ")
    }
}

/// The buckets of `vector` that push `label`'s margin of `model` up the most.
fn positive_top_buckets(model: &LinearModel, label: usize, vector: &SparseVector) -> Vec<u32> {
    model
        .top_features(label, vector, EVIDENCE_FEATURES * 3)
        .into_iter()
        .filter(|&(_, contribution)| contribution > 0.0)
        .map(|(bucket, _)| bucket)
        .collect()
}

/// The feature vectors and word scores prediction computed for one paragraph, kept for the
/// evidence.
struct ScoredParagraph {
    prediction: ParagraphPrediction,
    /// The paragraph model's vector of the paragraph (without the context blocks).
    paragraph_vector: SparseVector,
    /// The sentence model's vector of each sentence.
    sentence_vectors: Vec<SparseVector>,
    /// For each token label, the index of the best word.
    best_word_index: Vec<Option<usize>>,
    /// The paragraph's words as the token tagger read them.
    paragraph_words: ParagraphWords,
}

/// What a paragraph's own text gives the paragraph model, before the context is added.
struct OwnScores {
    /// Its vector (without the context blocks).
    vector: SparseVector,
    /// Its margins from that vector.
    margins: Vec<f32>,
    /// What it adds, as the previous paragraph, to the next one's margins.
    as_previous: Vec<f32>,
    /// What it adds, as the next paragraph, to the previous one's margins.
    as_next: Vec<f32>,
    /// Its tokens, offsets relative to the paragraph.
    tokens: Vec<ReadToken>,
    /// Their word clusters, looked up once for the paragraph, its sentences and its words.
    clusters: Vec<Option<WordClusterIds>>,
}

/// The scores of every paragraph of one article.
struct ArticleScores {
    context: ArticleContext,
    paragraphs: Vec<ScoredParagraph>,
}

impl ArticleScores {
    fn new(detector: &TechniqueDetector, text: &str, paragraphs: &[ParagraphInput]) -> Self {
        let paragraph_model = &detector.paragraph_model;
        let hasher = paragraph_model.feature_hasher();
        let biases = paragraph_model.biases();
        let without_bias = |vector: &SparseVector| -> Vec<f32> {
            paragraph_model
                .margins(vector)
                .iter()
                .zip(biases)
                .map(|(margin, bias)| margin - bias)
                .collect()
        };
        let (context, article_vector) = article_context_and_block(text, &hasher);
        let article_margins = without_bias(&article_vector);
        // Each paragraph's own vector and margins, and what it adds to its neighbours' margins.
        let mut own: Vec<OwnScores> = Vec::with_capacity(paragraphs.len());
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let position = UnitPosition {
                in_first_paragraph: index == 0,
            };
            let paragraph_text = &text[paragraph.range.clone()];
            // The paragraph is read once: its sentences and words are slices of these tokens.
            let tokens = rhetor_actors::tokens_with_party_names(paragraph_text);
            let clusters = token_clusters(paragraph_text, &tokens);
            let vector =
                unit_features_of_tokens(paragraph_text, &tokens, &clusters, &context, position, &hasher);
            let margins = paragraph_model.margins(&vector);
            let (as_previous, as_next) = if detector.neighbour_context {
                let (as_previous, as_next) = neighbour_blocks(paragraph_text, &tokens, &hasher);
                (without_bias(&as_previous), without_bias(&as_next))
            } else {
                (vec![0.0; biases.len()], vec![0.0; biases.len()])
            };
            own.push(OwnScores {
                vector,
                margins,
                as_previous,
                as_next,
                tokens,
                clusters,
            });
        }
        let paragraph_margins: Vec<Vec<f32>> = (0..own.len())
            .map(|index| {
                let mut margins = own[index].margins.clone();
                for (label, margin) in margins.iter_mut().enumerate() {
                    *margin += article_margins[label];
                    if let Some(previous) = index.checked_sub(1).and_then(|previous| own.get(previous)) {
                        *margin += previous.as_previous[label];
                    }
                    if let Some(next) = own.get(index + 1) {
                        *margin += next.as_next[label];
                    }
                }
                margins
            })
            .collect();
        // The accurate tier encodes all paragraphs at once: the encoder batches them.
        let embedding_margins: Vec<Option<Vec<f32>>> = match &detector.accurate {
            Some(accurate) => {
                let texts: Vec<&str> = paragraphs
                    .iter()
                    .map(|paragraph| text.get(paragraph.range.clone()).unwrap_or_default())
                    .collect();
                accurate
                    .encoder
                    .embed(&texts)
                    .iter()
                    .map(|embedding| Some(accurate.embedding_model.margins(&embedding_vector(embedding))))
                    .collect()
            }
            None => vec![None; paragraphs.len()],
        };
        let context_margins: Vec<Option<Vec<f32>>> = match detector.accurate.as_ref().and_then(|accurate| {
            accurate
                .context_model
                .as_ref()
                .map(|model| (model, &accurate.encoder))
        }) {
            Some((context_model, encoder)) => {
                let words: Vec<Vec<String>> = paragraphs
                    .iter()
                    .zip(&own)
                    .map(|(paragraph, own)| paragraph_word_texts(text, &paragraph.range, &own.tokens))
                    .collect();
                let texts: Vec<Vec<&str>> = words
                    .iter()
                    .map(|words| words.iter().map(String::as_str).collect())
                    .collect();
                words
                    .iter()
                    .zip(encoder.word_states(&texts))
                    .map(|(words, states)| best_context_margins(words, &states, context_model))
                    .collect()
            }
            None => vec![None; paragraphs.len()],
        };
        let label_count = paragraph_model.label_count();
        let mut article_mean = vec![0.0_f32; label_count];
        for margins in &paragraph_margins {
            for (mean, margin) in article_mean.iter_mut().zip(margins) {
                *mean += margin / paragraph_margins.len() as f32;
            }
        }
        let scored = paragraphs
            .iter()
            .zip(own)
            .zip(&paragraph_margins)
            .zip(embedding_margins.iter().zip(&context_margins))
            .enumerate()
            .map(
                |(index, (((paragraph, own), margins), (embedding_margins, context_margins)))| {
                    score_paragraph(
                        detector,
                        text,
                        &context,
                        paragraph,
                        index == 0,
                        (own.vector, (own.tokens, own.clusters), margins, &article_mean),
                        (embedding_margins.as_deref(), context_margins.as_deref()),
                    )
                },
            )
            .collect();
        Self {
            context,
            paragraphs: scored,
        }
    }
}

/// A paragraph's tokens (offsets relative to it) and their word clusters.
type TokensWithClusters = (Vec<ReadToken>, Vec<Option<WordClusterIds>>);

/// Scores one paragraph, whose paragraph-model vector, tokens with their clusters and full
/// margins (with the context blocks), the article's mean margins and, in the accurate tier, the
/// embedding model's margins and the contextual word model's best word's are known.
fn score_paragraph(
    detector: &TechniqueDetector,
    text: &str,
    context: &ArticleContext,
    paragraph: &ParagraphInput,
    first: bool,
    (paragraph_vector, (tokens, clusters), paragraph_margins, article_mean): (
        SparseVector,
        TokensWithClusters,
        &[f32],
        &[f32],
    ),
    (embedding_margins, context_margins): (Option<&[f32]>, Option<&[f32]>),
) -> ScoredParagraph {
    let paragraph_text = &text[paragraph.range.clone()];
    let position = UnitPosition {
        in_first_paragraph: first,
    };
    let label_count = paragraph_margins.len();
    let mut best_sentence: Vec<Option<(usize, f32)>> = vec![None; label_count];
    let mut sentence_vectors = Vec::with_capacity(paragraph.sentences.len());
    let mut rule_findings: Vec<Option<(Range<usize>, &'static str)>> = vec![None; label_count];
    let adopted = |group: RuleGroup| detector.rules.iter().any(|(known, _, _)| *known == group);
    let label_of = |technique: &str| {
        detector
            .technique_names()
            .iter()
            .position(|name| name == technique)
    };
    let sentence_hasher = detector.sentence_model.feature_hasher();
    // A paragraph of one sentence is that sentence: when the two models hash alike, the
    // sentence's vector is the paragraph's.
    let same_hashing = sentence_hasher == detector.paragraph_model.feature_hasher();
    for (index, sentence) in paragraph.sentences.iter().enumerate() {
        let vector = if same_hashing && *sentence == paragraph.range {
            paragraph_vector.clone()
        } else {
            let relative = sentence.start.saturating_sub(paragraph.range.start)
                ..sentence.end.saturating_sub(paragraph.range.start);
            let within = tokens_within(&tokens, &relative);
            unit_features_of_tokens(
                paragraph_text,
                &tokens[within.clone()],
                &clusters[within],
                context,
                position,
                &sentence_hasher,
            )
        };
        for (label, margin) in detector.sentence_model.margins(&vector).into_iter().enumerate() {
            if best_sentence[label].is_none_or(|(_, best)| margin > best) {
                best_sentence[label] = Some((index, margin));
            }
        }
        sentence_vectors.push(vector);
        if adopted(RuleGroup::Distraction) {
            for finding in sentence_rule_findings(&text[sentence.clone()]) {
                if let Some(label) = label_of(finding.technique) {
                    rule_findings[label].get_or_insert((sentence.clone(), finding.cue));
                }
            }
        }
    }
    if adopted(RuleGroup::ScareQuoteDoubt) {
        let finding = SCARE_QUOTE_FINDING;
        if let (Some(label), Some((quoted, _))) = (
            label_of(finding.technique),
            paragraph
                .quotes
                .iter()
                .find(|(_, kind)| *kind == QuoteKind::Scare),
        ) {
            rule_findings[label].get_or_insert((quoted.clone(), finding.cue));
        }
    }
    let words = paragraph_word_margins(
        text,
        &paragraph.range,
        (&tokens, &clusters),
        &paragraph.quotes,
        context,
        &detector.token_model,
    );
    let word_count = words.ranges.len();
    let token_label_count = detector.token_labels.len();
    let best_word_index: Vec<Option<usize>> = (0..token_label_count)
        .map(|token_label| {
            (0..word_count)
                .filter(|&index| words.is_scored(index))
                .reduce(|best, index| {
                    if words.margin(index, token_label) > words.margin(best, token_label) {
                        index
                    } else {
                        best
                    }
                })
        })
        .collect();
    let best_token_margins: Option<Vec<f32>> = best_word_index.iter().all(Option::is_some).then(|| {
        best_word_index
            .iter()
            .enumerate()
            .map(|(token_label, best)| best.map_or(0.0, |index| words.margin(index, token_label)))
            .collect()
    });
    let sentence_margins: Option<Vec<f32>> = best_sentence
        .iter()
        .map(|best| best.map(|(_, margin)| margin))
        .collect();
    let inputs = stack_inputs(
        paragraph_margins,
        sentence_margins.as_deref(),
        best_token_margins.as_deref(),
        article_mean,
        embedding_margins,
        context_margins,
        &detector.token_labels,
    );
    let probabilities = detector.stack.probabilities(&inputs);
    let mut predicted = rhetor_linear::apply_thresholds(&probabilities, detector.thresholds());
    for (slot, finding) in predicted.iter_mut().zip(&rule_findings) {
        *slot |= finding.is_some();
    }
    let mut best_words: Vec<Option<Range<usize>>> = vec![None; label_count];
    for (token_label, &technique) in detector.token_labels.iter().enumerate() {
        if let Some(best) = best_word_index[token_label] {
            best_words[technique] = Some(word_span(&words, token_label, best));
        }
    }
    ScoredParagraph {
        prediction: ParagraphPrediction {
            probabilities,
            predicted,
            best_sentence: best_sentence
                .iter()
                .map(|best| best.map(|(index, _)| index))
                .collect(),
            best_words,
            rule_findings,
        },
        paragraph_vector,
        sentence_vectors,
        best_word_index,
        paragraph_words: words.words,
    }
}

/// The words around word `best` whose `token_label` margins are nearly as high: the span of a
/// token-tagger finding.
fn word_span(words: &WordMargins, token_label: usize, best: usize) -> Range<usize> {
    let floor = words.margin(best, token_label) - SPAN_MARGIN_DROP;
    let mut first = best;
    while first > 0 && best - first < SPAN_MAX_REACH && words.margin(first - 1, token_label) >= floor {
        first -= 1;
    }
    let mut last = best;
    while last + 1 < words.ranges.len()
        && last - best < SPAN_MAX_REACH
        && words.margin(last + 1, token_label) >= floor
    {
        last += 1;
    }
    match (words.ranges.get(first), words.ranges.get(last)) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => 0..0,
    }
}

/// Reads the stack and the rules from the paragraph model's metadata (`"stack": {"used",
/// "weights"}`, `"rules"`, `"rule_paragraphs_flagged_and_correct"`).
fn stack_from_metadata(metadata: &str, label_count: usize) -> Result<(Stack, AdoptedRules), TechniquesError> {
    let missing =
        || TechniquesError::Inconsistent("the paragraph model's metadata has no valid \"stack\"".to_owned());
    let value: serde_json::Value = serde_json::from_str(metadata).map_err(|_| missing())?;
    let stack = value.get("stack").ok_or_else(missing)?;
    let used = stack
        .get("used")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(missing)?;
    let inputs = StackInputSet {
        sentence: used.split('+').any(|name| name == "sentence"),
        token: used.split('+').any(|name| name == "token"),
        article: used.split('+').any(|name| name == "article"),
        embedding: used.split('+').any(|name| name == "embedding"),
        context: used.split('+').any(|name| name == "context"),
    };
    let rows = stack
        .get("weights")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(missing)?;
    let mut weights = Vec::with_capacity(rows.len());
    for row in rows {
        let values: Vec<f32> = row
            .as_array()
            .ok_or_else(missing)?
            .iter()
            .map(|value| value.as_f64().map(|value| value as f32))
            .collect::<Option<_>>()
            .ok_or_else(missing)?;
        // The fast tier's file stores the weights of its four inputs only; the rest are 0.
        if !(FAST_STACK_INPUTS + 1..=STACK_INPUTS + 1).contains(&values.len()) {
            return Err(missing());
        }
        let mut row = [0.0_f32; STACK_INPUTS + 1];
        row[..values.len()].copy_from_slice(&values);
        weights.push(row);
    }
    if weights.len() != label_count {
        return Err(missing());
    }
    let adopted: Vec<RuleGroup> = value
        .get("rules")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(missing)?
        .iter()
        .filter_map(|name| {
            RuleGroup::ALL
                .into_iter()
                .find(|group| Some(group.name()) == name.as_str())
        })
        .collect();
    // (group, technique, flagged, correct) of the adopted groups' rules on the training data.
    let measured: Vec<(RuleGroup, &str, f64, f64)> = value
        .get("rule_paragraphs_flagged_and_correct")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(missing)?
        .iter()
        .filter_map(|entry| {
            let group_name = entry.get("group")?.as_str()?;
            let group = adopted.iter().copied().find(|group| group.name() == group_name)?;
            Some((
                group,
                entry.get("technique")?.as_str()?,
                entry.get("flagged")?.as_f64()?,
                entry.get("correct")?.as_f64()?,
            ))
        })
        .collect();
    let precision = |flagged: f64, correct: f64| {
        if flagged > 0.0 {
            (correct / flagged) as f32
        } else {
            0.0
        }
    };
    // A rule that never fired on the training data gets its group's precision.
    let rules = RULE_TECHNIQUES
        .iter()
        .filter(|(group, _)| adopted.contains(group))
        .map(|&(group, technique)| {
            let own = measured
                .iter()
                .find(|(known, name, flagged, _)| *known == group && *name == technique && *flagged > 0.0);
            let confidence = match own {
                Some(&(_, _, flagged, correct)) => precision(flagged, correct),
                None => {
                    let (flagged, correct) = measured
                        .iter()
                        .filter(|(known, _, _, _)| *known == group)
                        .fold((0.0, 0.0), |(flagged, correct), entry| {
                            (flagged + entry.2, correct + entry.3)
                        });
                    precision(flagged, correct)
                }
            };
            (group, technique.to_owned(), confidence)
        })
        .collect();
    Ok((Stack { inputs, weights }, rules))
}

/// The persuasion techniques of a document, found with the shipped models.
///
/// Every paragraph of `segmentation` is scored; each technique predicted for a paragraph is
/// reported once: a technique of the token tagger on the words it points at, with the tagger's
/// features as evidence; a technique a rule found on the rule's sentence, with the rule as
/// evidence; any other on the paragraph's sentence that the sentence model scores highest for
/// it, with the features that weighed most as evidence. The confidence is the stacked
/// probability (for a rule's finding below its threshold, the rule's precision on the training
/// data). Techniques come out in text order, then in the models' label order.
///
/// # Errors
///
/// When the embedded models cannot be loaded.
pub fn find_techniques(
    text: &str,
    segmentation: &Segmentation,
) -> Result<Vec<Technique>, &'static TechniquesError> {
    Ok(find_techniques_with(
        TechniqueDetector::embedded()?,
        text,
        segmentation,
    ))
}

/// The persuasion techniques of a document, found by `detector` (the accurate tier, say) as
/// [`find_techniques`] finds them with the shipped fast tier.
#[must_use]
pub fn find_techniques_with(
    detector: &TechniqueDetector,
    text: &str,
    segmentation: &Segmentation,
) -> Vec<Technique> {
    // Each paragraph's quotations, from the segmenter's quote classifier.
    let mut paragraph_quotes: Vec<Vec<QuotedRange>> = vec![Vec::new(); segmentation.paragraphs.len()];
    for quote in &segmentation.quotes {
        if let Some(sentence) = segmentation.sentences.get(quote.sentence) {
            if let Some(quotes) = paragraph_quotes.get_mut(sentence.paragraph) {
                quotes.push((quote.content.clone(), quote.kind));
            }
        }
    }
    let inputs: Vec<ParagraphInput> = segmentation
        .paragraphs
        .iter()
        .zip(paragraph_quotes)
        .map(|(paragraph, quotes)| ParagraphInput {
            range: paragraph.range.clone(),
            sentences: segmentation.sentences[paragraph.sentences.clone()]
                .iter()
                .map(|sentence| sentence.range.clone())
                .collect(),
            quotes,
        })
        .collect();
    let scores = ArticleScores::new(detector, text, &inputs);
    let mut techniques = Vec::new();
    let mut evidence_cache = EvidenceCache::default();
    for (paragraph_index, (paragraph, scored)) in inputs.iter().zip(&scores.paragraphs).enumerate() {
        let position = UnitPosition {
            in_first_paragraph: paragraph_index == 0,
        };
        let prediction = &scored.prediction;
        // A paragraph without sentences carries its techniques itself; the sentence model's
        // vector of it is needed only then.
        let mut paragraph_sentence_vector: Option<SparseVector> = None;
        let mut found: Vec<Technique> = Vec::new();
        for (label, _) in prediction
            .predicted
            .iter()
            .enumerate()
            .filter(|(_, &predicted)| predicted)
        {
            let technique = &detector.technique_names()[label];
            let probability = prediction.probabilities[label];
            let above_threshold = detector
                .thresholds()
                .get(label)
                .is_some_and(|threshold| probability >= *threshold);
            let rule = prediction.rule_findings[label]
                .clone()
                .filter(|_| !above_threshold);
            let token_label = detector.token_labels.iter().position(|&known| known == label);
            let (range, evidence, confidence) = if let Some((range, cue)) = rule {
                let precision = detector
                    .rules
                    .iter()
                    .filter(|(_, name, _)| name == technique)
                    .map(|(_, _, precision)| *precision)
                    .fold(0.0_f32, f32::max);
                (range, cue.to_owned(), precision.max(probability))
            } else if let (Some(words), Some(token_label)) = (&prediction.best_words[label], token_label) {
                let evidence = scored.best_word_index[token_label]
                    .map(|word| {
                        token_evidence(
                            &scored.paragraph_words,
                            &scores.context,
                            &detector.token_model,
                            (word, token_label),
                            EVIDENCE_FEATURES,
                        )
                        .join(", ")
                    })
                    .unwrap_or_default();
                (words.clone(), evidence, probability)
            } else {
                let best_sentence = prediction.best_sentence[label].and_then(|index| {
                    Some((
                        paragraph.sentences.get(index)?,
                        scored.sentence_vectors.get(index)?,
                    ))
                });
                let (range, sentence_vector) = match best_sentence {
                    Some((range, vector)) => (range.clone(), vector),
                    None => (
                        paragraph.range.clone(),
                        &*paragraph_sentence_vector.get_or_insert_with(|| {
                            unit_features(
                                &text[paragraph.range.clone()],
                                &scores.context,
                                position,
                                &detector.sentence_model.feature_hasher(),
                            )
                        }),
                    ),
                };
                let evidence = detector.evidence(
                    text,
                    &scores.context,
                    (&range, &paragraph.range),
                    (sentence_vector, &scored.paragraph_vector),
                    label,
                    position,
                    &mut evidence_cache,
                );
                (range, evidence, probability)
            };
            found.push(Technique {
                technique: technique.clone(),
                evidence,
                span: Span::of(text, range),
                confidence: (f64::from(confidence) * 1000.0).round() / 1000.0,
            });
        }
        // Spans in text order; a stable sort keeps label order within a span start.
        found.sort_by_key(|technique| technique.span.start);
        techniques.extend(found);
    }
    techniques
}

/// The official scores of predictions on labelled articles.
#[derive(Debug, Clone, PartialEq)]
pub struct TechniqueEvaluation {
    /// The technique ids, in the order of `scores.per_label`.
    pub technique_names: Vec<String>,
    /// Micro-F1 over paragraph labels, macro-F1 over the techniques, and per-technique scores.
    pub scores: MultiLabelScores,
    /// Paragraphs scored.
    pub paragraphs: usize,
    /// Gold labels of techniques the models do not know (left out of the scores).
    pub unknown_gold_labels: usize,
}

/// Scores `detector` on labelled articles: every labelled paragraph (line), with its sentences and
/// quotations as segmentation finds them in the line, exactly as training saw them.
///
/// # Errors
///
/// When the shapes of predictions and gold disagree (never for well-formed input).
pub fn evaluate_technique_articles(
    detector: &TechniqueDetector,
    articles: &[TechniqueArticle],
) -> Result<TechniqueEvaluation, TechniquesError> {
    let names = detector.technique_names();
    let mut predicted_rows = Vec::new();
    let mut gold_rows = Vec::new();
    let mut unknown_gold_labels = 0;
    for article in articles {
        let paragraphs: Vec<ParagraphInput> = article
            .paragraphs
            .iter()
            .map(|paragraph| paragraph_input(&article.text, &paragraph.range))
            .collect();
        for (prediction, paragraph) in detector
            .predict_paragraphs(&article.text, &paragraphs)
            .into_iter()
            .zip(&article.paragraphs)
        {
            let mut gold = vec![false; names.len()];
            for technique in &paragraph.techniques {
                match names.iter().position(|name| name == technique) {
                    Some(label) => gold[label] = true,
                    None => unknown_gold_labels += 1,
                }
            }
            predicted_rows.push(prediction.predicted);
            gold_rows.push(gold);
        }
    }
    Ok(TechniqueEvaluation {
        technique_names: names.to_vec(),
        scores: multi_label_scores(&predicted_rows, &gold_rows)?,
        paragraphs: gold_rows.len(),
        unknown_gold_labels,
    })
}

/// The [`ParagraphInput`] of the paragraph at `range` of `text`, segmenting its own text.
#[must_use]
pub fn paragraph_input(text: &str, range: &Range<usize>) -> ParagraphInput {
    let layout = paragraph_layout(text, range);
    ParagraphInput {
        range: range.clone(),
        sentences: layout.sentences,
        quotes: layout.quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many of the highest-probability techniques of a text's paragraph are looked at: the
    /// golden tests check that the expected family is among them, not an exact output.
    const TOP: usize = 5;

    fn top_techniques(text: &str) -> Vec<String> {
        let detector = TechniqueDetector::embedded().expect("the shipped models load");
        let predictions = detector.predict_paragraphs(text, &[paragraph_input(text, &(0..text.len()))]);
        let probabilities = &predictions[0].probabilities;
        let mut labels: Vec<usize> = (0..probabilities.len()).collect();
        labels.sort_by(|left, right| probabilities[*right].total_cmp(&probabilities[*left]));
        labels
            .into_iter()
            .take(TOP)
            .map(|label| detector.technique_names()[label].clone())
            .collect()
    }

    #[test]
    fn the_shipped_models_load_with_their_stack_and_thresholds() {
        let detector = TechniqueDetector::embedded().expect("the shipped models load");
        assert_eq!(detector.technique_names().len(), 23);
        assert_eq!(
            detector.sentence_model().label_names(),
            detector.technique_names()
        );
        assert!(detector
            .thresholds()
            .iter()
            .all(|threshold| (0.0..=1.0).contains(threshold)));
        // The thresholds in the file are the ones training chose and recorded in the metadata.
        let metadata: serde_json::Value =
            serde_json::from_str(detector.paragraph_model().metadata()).expect("JSON metadata");
        let recorded: Vec<f32> = metadata["thresholds"]
            .as_array()
            .expect("thresholds in the metadata")
            .iter()
            .filter_map(serde_json::Value::as_f64)
            .map(|value| value as f32)
            .collect();
        assert_eq!(recorded, detector.thresholds());
        assert_eq!(
            metadata["thresholds_chosen_on"],
            "out-of-fold stacked probabilities of all training paragraphs"
        );
        assert_eq!(
            detector.token_model().label_count(),
            crate::tokens::TOKEN_TECHNIQUES.len()
        );
        assert_eq!(detector.stack().weights.len(), 23);
    }

    #[test]
    fn name_calling_is_among_the_top_techniques() {
        let top = top_techniques(
            "These corrupt globalist elites and their puppet media are a gang of traitors and liars.",
        );
        assert!(top.contains(&"Name_Calling-Labeling".to_owned()), "{top:?}");
    }

    #[test]
    fn loaded_language_is_among_the_top_techniques() {
        let top = top_techniques(
            "The horrific, barbaric massacre was a shocking, outrageous disgrace that devastated the whole country.",
        );
        assert!(top.contains(&"Loaded_Language".to_owned()), "{top:?}");
    }

    #[test]
    fn doubt_is_among_the_top_techniques() {
        let top = top_techniques(
            "Can we really trust the so-called \"experts\" who supposedly checked the data? Their record raises serious questions.",
        );
        assert!(
            top.contains(&"Doubt".to_owned()) || top.contains(&"Questioning_the_Reputation".to_owned()),
            "{top:?}"
        );
    }

    #[test]
    fn flag_waving_is_among_the_top_techniques() {
        let top = top_techniques(
            "Every true patriot must stand up for our nation, our flag and our people, and defend the homeland we love.",
        );
        assert!(
            top.contains(&"Flag_Waving".to_owned()) || top.contains(&"Appeal_to_Values".to_owned()),
            "{top:?}"
        );
    }

    #[test]
    fn slogans_or_conversation_killers_are_among_the_top_techniques() {
        let top = top_techniques("Enough is enough. Take back control! Build the wall! End of story.");
        assert!(
            top.contains(&"Slogans".to_owned()) || top.contains(&"Conversation_Killer".to_owned()),
            "{top:?}"
        );
    }

    #[test]
    fn a_loaded_word_is_reported_on_its_words_not_its_sentence() {
        let text = "The horrific, barbaric massacre was a shocking, outrageous disgrace that devastated the whole country.";
        let techniques =
            find_techniques(text, &rhetor_segment::segment(text)).expect("the shipped models load");
        let loaded = techniques
            .iter()
            .find(|technique| technique.technique == "Loaded_Language")
            .expect("loaded language is found");
        assert!(loaded.span.end - loaded.span.start < text.len() / 2, "{loaded:?}");
        assert!(!loaded.evidence.is_empty(), "{loaded:?}");
    }

    #[test]
    fn the_distraction_rules_report_whataboutism_with_the_rule_as_evidence() {
        let detector = TechniqueDetector::embedded().expect("the shipped models load");
        let adopted = detector
            .rules
            .iter()
            .any(|(group, _, _)| *group == RuleGroup::Distraction);
        let text =
            "The ministry rejected the report.\n\nInstead of lecturing other countries about press freedom, \
                    the authors should look at how their own police treat journalists.";
        let techniques =
            find_techniques(text, &rhetor_segment::segment(text)).expect("the shipped models load");
        let whataboutism = techniques
            .iter()
            .find(|technique| technique.technique == "Whataboutism");
        // Training adopts the group only when cross-validation says it does not cost micro-F1.
        assert_eq!(whataboutism.is_some(), adopted, "{techniques:?}");
        if let Some(finding) = whataboutism {
            assert_eq!(finding.evidence, "rule: instead of … should");
            assert!(finding.span.text.starts_with("Instead of"), "{finding:?}");
        }
    }

    #[test]
    fn found_techniques_have_evidence_and_spans_that_slice_the_text() {
        let text = "Title of the piece\n\nThese corrupt elites are traitors and liars who hate our nation. \
                    The so-called experts lie again!\n\nThe committee met on Tuesday to discuss the budget.";
        let techniques =
            find_techniques(text, &rhetor_segment::segment(text)).expect("the shipped models load");
        assert!(!techniques.is_empty());
        for technique in &techniques {
            assert!(technique.span.slices(text), "{technique:?}");
            assert!(!technique.evidence.is_empty(), "{technique:?}");
            assert!((0.0..=1.0).contains(&technique.confidence), "{technique:?}");
        }
        assert!(find_techniques("", &rhetor_segment::segment(""))
            .expect("loads")
            .is_empty());
    }

    #[test]
    fn the_shipped_models_were_trained_with_the_gazetteer_and_word_clusters_of_this_build() {
        // The models read party names as `<party>`: after a gazetteer edit, training makes other
        // models, and the shipped ones must be retrained to stay what `rhetor train` makes.
        for (file, bytes) in [
            ("paragraphs.rlm", EMBEDDED_PARAGRAPH_MODEL),
            ("sentences.rlm", EMBEDDED_SENTENCE_MODEL),
            ("tokens.rlm", EMBEDDED_TOKEN_MODEL),
            ("embeddings.rlm", EMBEDDED_EMBEDDING_MODEL),
        ] {
            let model = rhetor_linear::load(bytes).expect("the shipped model loads");
            let metadata: serde_json::Value = serde_json::from_str(model.metadata()).expect("JSON metadata");
            assert_eq!(
                metadata["party_names_fingerprint"].as_str(),
                Some(rhetor_actors::party_names_fingerprint().as_str()),
                "crates/techniques/model/{file} was trained with another gazetteer (countries.tsv or \
                 office_holders.tsv changed since): retrain with `cargo run --release -- train \
                 techniques --accurate` (README, Persuasion techniques)"
            );
            assert_eq!(
                metadata["word_clusters_fingerprint"].as_str(),
                Some(crate::word_clusters::word_clusters_fingerprint().as_str()),
                "crates/techniques/model/{file} was trained with another word-cluster table \
                 (data/word_clusters.tsv changed since): retrain with `cargo run --release -- train \
                 techniques --accurate` (README, Persuasion techniques)"
            );
        }
    }

    #[test]
    fn a_corrupt_model_file_is_an_error_not_a_panic() {
        let load = |paragraph: &[u8]| {
            TechniqueDetector::from_model_files(paragraph, EMBEDDED_SENTENCE_MODEL, EMBEDDED_TOKEN_MODEL)
        };
        assert!(load(b"not a model").is_err());
        let mut damaged = EMBEDDED_PARAGRAPH_MODEL.to_vec();
        if let Some(byte) = damaged.get_mut(100) {
            *byte ^= 0xff;
        }
        assert!(load(&damaged).is_err());
        // A valid model whose metadata has no stack is an error too.
        let mut without_stack =
            rhetor_linear::load(EMBEDDED_PARAGRAPH_MODEL).expect("the shipped model loads");
        without_stack.set_metadata("{}".to_owned());
        let mut bytes = Vec::new();
        rhetor_linear::save(&without_stack, &mut bytes).expect("saves");
        assert!(load(&bytes).is_err());
        // The sentence model in the token tagger's place does not fit.
        assert!(TechniqueDetector::from_model_files(
            EMBEDDED_PARAGRAPH_MODEL,
            EMBEDDED_SENTENCE_MODEL,
            EMBEDDED_SENTENCE_MODEL
        )
        .is_err());
    }
}
