//! Prediction with the shipped models: paragraph probabilities mixed with the best sentence's,
//! thresholds, the sentence that carries each technique, and the evidence.

use std::ops::Range;
use std::sync::OnceLock;

use rhetor_benchmarks::TechniqueArticle;
use rhetor_linear::{multi_label_scores, LinearModel, MultiLabelScores, SparseVector};
use rhetor_schema::{Span, Technique};
use rhetor_segment::Segmentation;

use crate::features::{
    article_context_and_block, name_unit_features, unit_features, ArticleContext, FeatureNames, UnitPosition,
};
use crate::TechniquesError;

/// The paragraph model file `rhetor train techniques` wrote, embedded at build time.
const EMBEDDED_PARAGRAPH_MODEL: &[u8] = include_bytes!("../model/paragraphs.rlm");

/// The sentence model file `rhetor train techniques` wrote, embedded at build time.
const EMBEDDED_SENTENCE_MODEL: &[u8] = include_bytes!("../model/sentences.rlm");

/// How many feature names the evidence of a technique lists.
const EVIDENCE_FEATURES: usize = 3;

/// Names of the features of a text range, by (start, end, model: 0 sentence, 1 paragraph).
type EvidenceCache = rustc_hash::FxHashMap<(usize, usize, usize), FeatureNames>;

/// How the paragraph model's probability and the best sentence's are combined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MixForm {
    /// `(1 − w) · p_paragraph + w · p_sentence`.
    Probability,
    /// The logistic of `(1 − w) · logit(p_paragraph) + w · logit(p_sentence)`.
    LogOdds,
}

impl MixForm {
    /// The form's name in reports and model metadata.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            MixForm::Probability => "probability",
            MixForm::LogOdds => "log_odds",
        }
    }
}

/// The mix of the paragraph model and the best sentence of the sentence model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mix {
    /// How the two probabilities are combined.
    pub form: MixForm,
    /// The weight `w` of the best sentence's probability, in `[0, 1]`.
    pub sentence_weight: f32,
}

impl Mix {
    /// The mixed probability of a paragraph whose own probability is `paragraph` and whose best
    /// sentence's is `best_sentence` (`None` for a paragraph without sentences: the paragraph's
    /// own probability stands).
    #[must_use]
    pub fn combine(&self, paragraph: f32, best_sentence: Option<f32>) -> f32 {
        let Some(sentence) = best_sentence else {
            return paragraph;
        };
        let weight = self.sentence_weight;
        match self.form {
            MixForm::Probability => (1.0 - weight) * paragraph + weight * sentence,
            MixForm::LogOdds => logistic((1.0 - weight) * logit(paragraph) + weight * logit(sentence)),
        }
    }
}

/// The log-odds of `probability`, kept finite at 0 and 1.
fn logit(probability: f32) -> f32 {
    let clamped = probability.clamp(1e-6, 1.0 - 1e-6);
    (clamped / (1.0 - clamped)).ln()
}

/// The logistic function.
fn logistic(margin: f32) -> f32 {
    1.0 / (1.0 + (-margin).exp())
}

/// The two models and their mix.
#[derive(Debug, Clone)]
pub struct TechniqueDetector {
    paragraph_model: LinearModel,
    sentence_model: LinearModel,
    mix: Mix,
}

/// The prediction for one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphPrediction {
    /// The mixed probability of each technique, in the models' label order.
    pub probabilities: Vec<f32>,
    /// Whether each technique is predicted (probability at or above its threshold).
    pub predicted: Vec<bool>,
    /// For each technique, the index (into the sentence ranges given) of the sentence with the
    /// highest sentence-model probability; `None` when the paragraph has no sentence.
    pub best_sentence: Vec<Option<usize>>,
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
                TechniqueDetector::from_model_files(EMBEDDED_PARAGRAPH_MODEL, EMBEDDED_SENTENCE_MODEL)
            })
            .as_ref()
    }

    /// A detector from the bytes of the two model files.
    ///
    /// # Errors
    ///
    /// When either file is not a valid model, their labels differ, or the paragraph model's
    /// metadata does not say how to mix them.
    pub fn from_model_files(paragraph_bytes: &[u8], sentence_bytes: &[u8]) -> Result<Self, TechniquesError> {
        let paragraph_model = rhetor_linear::load(paragraph_bytes)?;
        let sentence_model = rhetor_linear::load(sentence_bytes)?;
        let mix = mix_from_metadata(paragraph_model.metadata())?;
        Self::from_models(paragraph_model, sentence_model, mix)
    }

    /// A detector around two models (as training produces them) and their mix.
    ///
    /// # Errors
    ///
    /// When the models' labels differ or the sentence weight is not in `[0, 1]`.
    pub fn from_models(
        paragraph_model: LinearModel,
        sentence_model: LinearModel,
        mix: Mix,
    ) -> Result<Self, TechniquesError> {
        if paragraph_model.label_names() != sentence_model.label_names() {
            return Err(TechniquesError::Inconsistent(
                "the paragraph and sentence models have different techniques".to_owned(),
            ));
        }
        if !(0.0..=1.0).contains(&mix.sentence_weight) {
            return Err(TechniquesError::Inconsistent(format!(
                "the sentence weight {} is not between 0 and 1",
                mix.sentence_weight
            )));
        }
        Ok(Self {
            paragraph_model,
            sentence_model,
            mix,
        })
    }

    /// The technique ids, in the order of every per-technique vector.
    #[must_use]
    pub fn technique_names(&self) -> &[String] {
        self.paragraph_model.label_names()
    }

    /// The threshold of each technique on the mixed probability.
    #[must_use]
    pub fn thresholds(&self) -> &[f32] {
        self.paragraph_model.thresholds()
    }

    /// The mix of the two models.
    #[must_use]
    pub fn mix(&self) -> Mix {
        self.mix
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

    /// The predictions for `paragraphs` of the article `text`, each given as its byte range and
    /// the byte ranges of its sentences.
    #[must_use]
    pub fn predict_paragraphs(
        &self,
        text: &str,
        paragraphs: &[(Range<usize>, Vec<Range<usize>>)],
    ) -> Vec<ParagraphPrediction> {
        let scorer = ArticleScorer::new(self, text);
        paragraphs
            .iter()
            .enumerate()
            .map(|(index, (range, sentences))| scorer.predict(range, sentences, index == 0))
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
            let top_buckets: Vec<u32> = model
                .top_features(label, vector, EVIDENCE_FEATURES * 3)
                .into_iter()
                .filter(|&(_, contribution)| contribution > 0.0)
                .map(|(bucket, _)| bucket)
                .collect();
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

/// The feature vectors prediction computed for one paragraph, kept for the evidence.
struct ParagraphVectors {
    /// The paragraph model's vector of the paragraph (without the article block).
    paragraph: SparseVector,
    /// The sentence model's vector of each sentence.
    sentences: Vec<SparseVector>,
}

/// Scores the paragraphs of one article: the article's context and its contribution to the
/// paragraph model's margins are computed once.
struct ArticleScorer<'detector, 'text> {
    detector: &'detector TechniqueDetector,
    text: &'text str,
    context: ArticleContext,
    /// The article block's contribution to every paragraph's margins (without the biases).
    article_margins: Vec<f32>,
}

impl<'detector, 'text> ArticleScorer<'detector, 'text> {
    fn new(detector: &'detector TechniqueDetector, text: &'text str) -> Self {
        let model = &detector.paragraph_model;
        let (context, article_vector) = article_context_and_block(text, &model.feature_hasher());
        let article_margins = model
            .margins(&article_vector)
            .iter()
            .zip(model.biases())
            .map(|(margin, bias)| margin - bias)
            .collect();
        Self {
            detector,
            text,
            context,
            article_margins,
        }
    }

    fn predict(&self, range: &Range<usize>, sentences: &[Range<usize>], first: bool) -> ParagraphPrediction {
        self.predict_with_vectors(range, sentences, first).0
    }

    /// [`predict`](Self::predict), with the feature vectors it computed.
    fn predict_with_vectors(
        &self,
        range: &Range<usize>,
        sentences: &[Range<usize>],
        first: bool,
    ) -> (ParagraphPrediction, ParagraphVectors) {
        let detector = self.detector;
        let position = UnitPosition {
            in_first_paragraph: first,
        };
        let paragraph_vector = self.features(&detector.paragraph_model, range, position);
        let paragraph_probabilities: Vec<f32> = detector
            .paragraph_model
            .margins(&paragraph_vector)
            .iter()
            .zip(&self.article_margins)
            .map(|(margin, article)| logistic(margin + article))
            .collect();
        let label_count = paragraph_probabilities.len();
        let mut best: Vec<Option<(usize, f32)>> = vec![None; label_count];
        let mut sentence_vectors = Vec::with_capacity(sentences.len());
        // A paragraph of one sentence is that sentence: when the two models hash alike, the
        // sentence's vector is the paragraph's.
        let same_hashing =
            detector.sentence_model.feature_hasher() == detector.paragraph_model.feature_hasher();
        for (index, sentence) in sentences.iter().enumerate() {
            let vector = if same_hashing && sentence == range {
                paragraph_vector.clone()
            } else {
                self.features(&detector.sentence_model, sentence, position)
            };
            for (label, probability) in detector.sentence_model.scores(&vector).into_iter().enumerate() {
                if best[label].is_none_or(|(_, best_probability)| probability > best_probability) {
                    best[label] = Some((index, probability));
                }
            }
            sentence_vectors.push(vector);
        }
        let probabilities: Vec<f32> = paragraph_probabilities
            .iter()
            .zip(&best)
            .map(|(&paragraph, best)| {
                detector
                    .mix
                    .combine(paragraph, best.map(|(_, probability)| probability))
            })
            .collect();
        let prediction = ParagraphPrediction {
            predicted: rhetor_linear::apply_thresholds(&probabilities, detector.thresholds()),
            probabilities,
            best_sentence: best.iter().map(|best| best.map(|(index, _)| index)).collect(),
        };
        let vectors = ParagraphVectors {
            paragraph: paragraph_vector,
            sentences: sentence_vectors,
        };
        (prediction, vectors)
    }

    fn features(&self, model: &LinearModel, range: &Range<usize>, position: UnitPosition) -> SparseVector {
        unit_features(
            &self.text[range.clone()],
            &self.context,
            position,
            &model.feature_hasher(),
        )
    }
}

/// Reads the mix from the paragraph model's metadata (`"mix": {"form", "sentence_weight"}`).
fn mix_from_metadata(metadata: &str) -> Result<Mix, TechniquesError> {
    let missing =
        || TechniquesError::Inconsistent("the paragraph model's metadata has no valid \"mix\"".to_owned());
    let value: serde_json::Value = serde_json::from_str(metadata).map_err(|_| missing())?;
    let mix = value.get("mix").ok_or_else(missing)?;
    let form = match mix.get("form").and_then(serde_json::Value::as_str) {
        Some("probability") => MixForm::Probability,
        Some("log_odds") => MixForm::LogOdds,
        _ => return Err(missing()),
    };
    let sentence_weight = mix
        .get("sentence_weight")
        .and_then(serde_json::Value::as_f64)
        .ok_or_else(missing)? as f32;
    Ok(Mix {
        form,
        sentence_weight,
    })
}

/// The persuasion techniques of a document, found with the shipped models.
///
/// Every paragraph of `segmentation` is scored; each technique predicted for a paragraph is
/// reported once, on the paragraph's sentence that the sentence model scores highest for it, with
/// the mixed probability as confidence and the features that weighed most as evidence. Techniques
/// come out in text order, then in the models' label order.
///
/// # Errors
///
/// When the embedded models cannot be loaded.
pub fn find_techniques(
    text: &str,
    segmentation: &Segmentation,
) -> Result<Vec<Technique>, &'static TechniquesError> {
    let detector = TechniqueDetector::embedded()?;
    let scorer = ArticleScorer::new(detector, text);
    let mut techniques = Vec::new();
    let mut evidence_cache = EvidenceCache::default();
    for (paragraph_index, paragraph) in segmentation.paragraphs.iter().enumerate() {
        let sentences: Vec<Range<usize>> = segmentation.sentences[paragraph.sentences.clone()]
            .iter()
            .map(|sentence| sentence.range.clone())
            .collect();
        let first = paragraph_index == 0;
        let (prediction, vectors) = scorer.predict_with_vectors(&paragraph.range, &sentences, first);
        let position = UnitPosition {
            in_first_paragraph: first,
        };
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
            let best_sentence = prediction.best_sentence[label]
                .and_then(|index| Some((sentences.get(index)?, vectors.sentences.get(index)?)));
            let (range, sentence_vector) = match best_sentence {
                Some((range, vector)) => (range.clone(), vector),
                None => (
                    paragraph.range.clone(),
                    &*paragraph_sentence_vector.get_or_insert_with(|| {
                        scorer.features(&detector.sentence_model, &paragraph.range, position)
                    }),
                ),
            };
            found.push(Technique {
                technique: detector.technique_names()[label].clone(),
                evidence: detector.evidence(
                    text,
                    &scorer.context,
                    (&range, &paragraph.range),
                    (sentence_vector, &vectors.paragraph),
                    label,
                    position,
                    &mut evidence_cache,
                ),
                span: Span::of(text, range),
                confidence: (f64::from(prediction.probabilities[label]) * 1000.0).round() / 1000.0,
            });
        }
        // Sentences in text order; a stable sort keeps label order within a sentence.
        found.sort_by_key(|technique| technique.span.start);
        techniques.extend(found);
    }
    Ok(techniques)
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

/// Scores `detector` on labelled articles: every labelled paragraph (line), with its sentences as
/// segmentation finds them in the line, exactly as training saw them.
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
        let paragraphs: Vec<(Range<usize>, Vec<Range<usize>>)> = article
            .paragraphs
            .iter()
            .map(|paragraph| {
                (
                    paragraph.range.clone(),
                    sentence_ranges(&article.text, &paragraph.range),
                )
            })
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

/// The byte ranges (in `text`) of the sentences of the paragraph at `range`, as the segmenter finds
/// them in the paragraph's own text.
pub(crate) fn sentence_ranges(text: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    rhetor_segment::segment(&text[range.clone()])
        .sentences
        .iter()
        .map(|sentence| range.start + sentence.range.start..range.start + sentence.range.end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many of the highest-probability techniques of a text's paragraph are looked at: the
    /// golden tests check that the expected family is among them, not an exact output.
    const TOP: usize = 5;

    fn top_techniques(text: &str) -> Vec<String> {
        let detector = TechniqueDetector::embedded().expect("the shipped models load");
        let range = 0..text.len();
        let predictions =
            detector.predict_paragraphs(text, &[(range.clone(), sentence_ranges(text, &range))]);
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
    fn the_shipped_models_load_with_their_mix_and_thresholds() {
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
    fn a_corrupt_model_file_is_an_error_not_a_panic() {
        assert!(TechniqueDetector::from_model_files(b"not a model", EMBEDDED_SENTENCE_MODEL).is_err());
        let mut damaged = EMBEDDED_PARAGRAPH_MODEL.to_vec();
        if let Some(byte) = damaged.get_mut(100) {
            *byte ^= 0xff;
        }
        assert!(TechniqueDetector::from_model_files(&damaged, EMBEDDED_SENTENCE_MODEL).is_err());
        // A valid model whose metadata has no mix is an error too.
        let mut without_mix = rhetor_linear::load(EMBEDDED_PARAGRAPH_MODEL).expect("the shipped model loads");
        without_mix.set_metadata("{}".to_owned());
        let mut bytes = Vec::new();
        rhetor_linear::save(&without_mix, &mut bytes).expect("saves");
        assert!(TechniqueDetector::from_model_files(&bytes, EMBEDDED_SENTENCE_MODEL).is_err());
    }
}
