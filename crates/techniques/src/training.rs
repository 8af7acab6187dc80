//! Training the two technique models from SemEval-2023 Task 3 (subtask 3) articles.
//!
//! Every choice is made by 5-fold cross-validation grouped by article, so that no article is
//! split between training and validation:
//!
//! 1. **L2 penalty** of each model: the candidate whose out-of-fold paragraph probabilities (the
//!    sentence model's: the highest of a paragraph's sentences) give the best micro-F1 at their
//!    best single threshold.
//! 2. **Mix and threshold mode**, with *nested* thresholds: for each outer fold, thresholds are
//!    chosen on the inner out-of-fold probabilities of the four training folds (models trained on
//!    three folds; with five folds these are the ten models that leave out a pair of folds) and
//!    applied to the held-out fold. The mix and mode with the best mean micro-F1 over the folds win;
//!    their per-fold scores are the figures the README reports.
//! 3. **Final models** on all articles; the thresholds are chosen, with the winning mode, on the
//!    out-of-fold mixed probabilities of all paragraphs (the models of step 1 that leave out one
//!    fold), and stored in the paragraph model with the mix and the cross-validated scores.
//!
//! Training is deterministic: the same data and options rewrite the same bytes.

use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;
use rhetor_benchmarks::{read_technique_articles, TechniqueArticle};
use rhetor_linear::{
    apply_thresholds, grouped_folds, multi_label_scores, train, FeatureHasher, LinearModel, MultiLabelScores,
    SparseVector, TrainingOptions,
};

use crate::detector::{sentence_ranges, Mix, MixForm};
use crate::features::{article_block, unit_features, ArticleContext, UnitPosition, NAMESPACE_DESCRIPTION};
use crate::thresholds::{thresholds_for, ThresholdMode};
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
    /// L1 penalty of both models: it zeroes rarely useful weights, which keeps the files small.
    pub l1: f32,
    /// Passes over the training examples.
    pub epochs: u32,
    /// Folds of the cross-validation (grouped by article).
    pub folds: usize,
    /// Seed of the folds and of the example order.
    pub seed: u64,
    /// Weights of the best sentence in the mix to choose from.
    pub sentence_weights: Vec<f32>,
}

impl Default for TechniqueTrainingOptions {
    fn default() -> Self {
        TechniqueTrainingOptions {
            buckets_log2: 18,
            paragraph_l2_candidates: vec![0.01, 0.03, 0.1],
            sentence_l2_candidates: vec![0.01, 0.03, 0.1],
            l1: 0.2,
            epochs: 6,
            folds: 5,
            seed: 20_230_301,
            sentence_weights: vec![0.0, 0.25, 0.5, 0.75, 1.0],
        }
    }
}

/// The cross-validated scores of one mix and threshold mode.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossValidationResult {
    /// The mix.
    pub mix: Mix,
    /// How the thresholds were chosen.
    pub mode: ThresholdMode,
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

/// What training measured and chose.
#[derive(Debug, Clone, PartialEq)]
pub struct TechniqueTrainingReport {
    /// The technique ids, in label order.
    pub technique_names: Vec<String>,
    /// Articles, paragraphs and sentences trained on.
    pub articles: usize,
    /// Labelled paragraphs.
    pub paragraphs: usize,
    /// Sentences of those paragraphs.
    pub sentences: usize,
    /// Paragraph model: out-of-fold micro-F1 (at the best global threshold) per L2 candidate.
    pub paragraph_l2_search: Vec<(f32, f64)>,
    /// Sentence model (max over a paragraph's sentences): the same.
    pub sentence_l2_search: Vec<(f32, f64)>,
    /// The chosen L2 of the paragraph model.
    pub paragraph_l2: f32,
    /// The chosen L2 of the sentence model.
    pub sentence_l2: f32,
    /// Every mix and threshold mode, with its nested cross-validated scores.
    pub candidates: Vec<CrossValidationResult>,
    /// The winner among `candidates`.
    pub chosen: CrossValidationResult,
    /// The thresholds stored in the paragraph model, chosen on all out-of-fold probabilities.
    pub thresholds: Vec<f32>,
}

/// The trained models and the report.
#[derive(Debug, Clone)]
pub struct TrainedTechniqueModels {
    /// The paragraph model, with the thresholds on the mixed probability and the metadata.
    pub paragraph_model: LinearModel,
    /// The sentence model.
    pub sentence_model: LinearModel,
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
    train_technique_models(&articles, technique_names, options)
}

/// The vectors and labels of all paragraphs and sentences.
struct Examples {
    paragraph_vectors: Vec<SparseVector>,
    paragraph_labels: Vec<Vec<bool>>,
    paragraph_article: Vec<usize>,
    sentence_vectors: Vec<SparseVector>,
    sentence_labels: Vec<Vec<bool>>,
    /// The paragraph of each sentence.
    sentence_paragraph: Vec<usize>,
    /// The sentences of each paragraph.
    paragraph_sentences: Vec<Range<usize>>,
}

/// One article's paragraph and sentence examples.
type ArticleExamples = Vec<(SparseVector, Vec<bool>, Vec<(SparseVector, Vec<bool>)>)>;

fn vectorise_article(
    article: &TechniqueArticle,
    technique_names: &[String],
    hasher: &FeatureHasher,
) -> Result<ArticleExamples, TechniquesError> {
    let label_of = |technique: &str| {
        technique_names
            .iter()
            .position(|name| name == technique)
            .ok_or_else(|| TechniquesError::UnknownTechnique {
                article: article.id.clone(),
                technique: technique.to_owned(),
            })
    };
    let context = ArticleContext::new(&article.text);
    let article_vector = article_block(&article.text, hasher);
    let mut examples = Vec::with_capacity(article.paragraphs.len());
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        let position = UnitPosition {
            in_first_paragraph: index == 0,
        };
        let mut labels = vec![false; technique_names.len()];
        for technique in &paragraph.techniques {
            labels[label_of(technique)?] = true;
        }
        let own = unit_features(&article.text[paragraph.range.clone()], &context, position, hasher);
        let mut sentences = Vec::new();
        for sentence in sentence_ranges(&article.text, &paragraph.range) {
            let mut sentence_labels = vec![false; technique_names.len()];
            for span in &article.spans {
                if span.range.start < sentence.end && span.range.end > sentence.start {
                    sentence_labels[label_of(&span.technique)?] = true;
                }
            }
            let vector = unit_features(&article.text[sentence], &context, position, hasher);
            sentences.push((vector, sentence_labels));
        }
        examples.push((own.plus(&article_vector), labels, sentences));
    }
    Ok(examples)
}

fn vectorise(
    articles: &[TechniqueArticle],
    technique_names: &[String],
    hasher: &FeatureHasher,
) -> Result<Examples, TechniquesError> {
    let per_article: Vec<ArticleExamples> = articles
        .par_iter()
        .map(|article| vectorise_article(article, technique_names, hasher))
        .collect::<Result<_, _>>()?;
    let mut examples = Examples {
        paragraph_vectors: Vec::new(),
        paragraph_labels: Vec::new(),
        paragraph_article: Vec::new(),
        sentence_vectors: Vec::new(),
        sentence_labels: Vec::new(),
        sentence_paragraph: Vec::new(),
        paragraph_sentences: Vec::new(),
    };
    for (article_index, paragraphs) in per_article.into_iter().enumerate() {
        for (vector, labels, sentences) in paragraphs {
            let paragraph_index = examples.paragraph_vectors.len();
            let first_sentence = examples.sentence_vectors.len();
            examples.paragraph_vectors.push(vector);
            examples.paragraph_labels.push(labels);
            examples.paragraph_article.push(article_index);
            for (sentence_vector, sentence_labels) in sentences {
                examples.sentence_vectors.push(sentence_vector);
                examples.sentence_labels.push(sentence_labels);
                examples.sentence_paragraph.push(paragraph_index);
            }
            examples
                .paragraph_sentences
                .push(first_sentence..examples.sentence_vectors.len());
        }
    }
    Ok(examples)
}

/// For each paragraph, a model's probabilities of every technique (`None`: the sentence model
/// has nothing to say about a paragraph without sentences).
type ParagraphProbabilities = Vec<Option<Vec<f32>>>;

/// The outcome of an L2 search: the score of each candidate, the winner, and the winner's
/// out-of-fold probabilities.
type L2Search = (Vec<(f32, f64)>, f32, ParagraphProbabilities);

/// For each outer fold, each paragraph's inner out-of-fold probabilities (`None` for the
/// paragraphs of the outer fold itself).
type NestedProbabilities = Vec<Vec<Option<Option<Vec<f32>>>>>;

/// Which of the two models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ModelKind {
    Paragraph,
    Sentence,
}

/// Everything the folds share.
struct Trainer<'examples> {
    examples: &'examples Examples,
    technique_names: &'examples [String],
    hasher: FeatureHasher,
    options: &'examples TechniqueTrainingOptions,
    paragraph_fold: Vec<usize>,
    sentence_fold: Vec<usize>,
}

impl Trainer<'_> {
    /// A model of `kind` trained on the examples whose fold is not in `excluded`.
    fn train_without(
        &self,
        kind: ModelKind,
        l2: f32,
        excluded: &[usize],
    ) -> Result<LinearModel, TechniquesError> {
        let (vectors, labels, folds) = match kind {
            ModelKind::Paragraph => (
                &self.examples.paragraph_vectors,
                &self.examples.paragraph_labels,
                &self.paragraph_fold,
            ),
            ModelKind::Sentence => (
                &self.examples.sentence_vectors,
                &self.examples.sentence_labels,
                &self.sentence_fold,
            ),
        };
        let (chosen_vectors, chosen_labels): (Vec<SparseVector>, Vec<Vec<bool>>) = vectors
            .iter()
            .zip(labels)
            .zip(folds)
            .filter(|(_, fold)| !excluded.contains(fold))
            .map(|((vector, labels), _)| (vector.clone(), labels.clone()))
            .unzip();
        let training_options = TrainingOptions {
            epochs: self.options.epochs,
            l2,
            l1: self.options.l1,
            seed: self.options.seed,
            ..TrainingOptions::default()
        };
        Ok(train(
            &chosen_vectors,
            &chosen_labels,
            self.technique_names.to_vec(),
            self.hasher,
            &training_options,
        )?)
    }

    /// The paragraph-level probabilities of `model` of `kind` for `paragraph`: its own scores, or
    /// the highest of its sentences' (`None` without sentences).
    fn paragraph_probabilities(
        &self,
        kind: ModelKind,
        model: &LinearModel,
        paragraph: usize,
    ) -> Option<Vec<f32>> {
        match kind {
            ModelKind::Paragraph => Some(model.scores(&self.examples.paragraph_vectors[paragraph])),
            ModelKind::Sentence => self.examples.paragraph_sentences[paragraph]
                .clone()
                .map(|sentence| model.scores(&self.examples.sentence_vectors[sentence]))
                .reduce(|mut best, scores| {
                    for (best, score) in best.iter_mut().zip(scores) {
                        *best = best.max(score);
                    }
                    best
                }),
        }
    }

    /// Out-of-fold paragraph probabilities of `kind`: each paragraph scored by the model trained
    /// without its fold.
    fn out_of_fold(&self, kind: ModelKind, l2: f32) -> Result<ParagraphProbabilities, TechniquesError> {
        let models: Vec<LinearModel> = (0..self.options.folds)
            .into_par_iter()
            .map(|fold| self.train_without(kind, l2, &[fold]))
            .collect::<Result<_, _>>()?;
        Ok((0..self.paragraph_fold.len())
            .map(|paragraph| {
                self.paragraph_probabilities(kind, &models[self.paragraph_fold[paragraph]], paragraph)
            })
            .collect())
    }

    /// Inner out-of-fold probabilities for every outer fold: `inner[outer][paragraph]` is the
    /// paragraph's probability from the model trained without `outer` and the paragraph's own fold
    /// (`None` for paragraphs of `outer` itself).
    fn nested_out_of_fold(&self, kind: ModelKind, l2: f32) -> Result<NestedProbabilities, TechniquesError> {
        let folds = self.options.folds;
        let pairs: Vec<(usize, usize)> = (0..folds)
            .flat_map(|first| (first + 1..folds).map(move |second| (first, second)))
            .collect();
        let models: Vec<LinearModel> = pairs
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
                    .map(|paragraph| {
                        let fold = self.paragraph_fold[paragraph];
                        if fold == outer {
                            return None;
                        }
                        model_of(outer, fold)
                            .map(|model| self.paragraph_probabilities(kind, &models[model], paragraph))
                    })
                    .collect()
            })
            .collect())
    }
}

/// Mixed probabilities of a paragraph.
fn mixed(
    mix: &Mix,
    paragraph: Option<&Vec<f32>>,
    sentence: Option<&Vec<f32>>,
    label_count: usize,
) -> Vec<f32> {
    (0..label_count)
        .map(|label| {
            let paragraph_probability = paragraph.map_or(0.0, |scores| scores[label]);
            mix.combine(paragraph_probability, sentence.map(|scores| scores[label]))
        })
        .collect()
}

/// Micro-F1 of out-of-fold probabilities at their best global threshold: the score that ranks L2
/// candidates.
fn best_global_micro_f1(
    probabilities: &[Option<Vec<f32>>],
    gold: &[Vec<bool>],
) -> Result<f64, TechniquesError> {
    let label_count = gold.first().map_or(0, Vec::len);
    let rows: Vec<Vec<f32>> = probabilities
        .iter()
        .map(|row| row.clone().unwrap_or_else(|| vec![0.0; label_count]))
        .collect();
    let thresholds = thresholds_for(&rows, gold, ThresholdMode::Global)?;
    let predicted: Vec<Vec<bool>> = rows
        .iter()
        .map(|row| apply_thresholds(row, &thresholds))
        .collect();
    Ok(multi_label_scores(&predicted, gold)?.micro.f1)
}

/// Trains both models from `articles` (with their spans) for the techniques `technique_names`.
///
/// # Errors
///
/// When an article names an unknown technique, there are fewer articles than folds, or training
/// fails.
pub fn train_technique_models(
    articles: &[TechniqueArticle],
    technique_names: Vec<String>,
    options: &TechniqueTrainingOptions,
) -> Result<TrainedTechniqueModels, TechniquesError> {
    let hasher = FeatureHasher::new(options.buckets_log2)?;
    let examples = vectorise(articles, &technique_names, &hasher)?;
    let paragraph_fold = grouped_folds(&examples.paragraph_article, options.folds, options.seed)?;
    let sentence_fold = examples
        .sentence_paragraph
        .iter()
        .map(|&paragraph| paragraph_fold[paragraph])
        .collect();
    let trainer = Trainer {
        examples: &examples,
        technique_names: &technique_names,
        hasher,
        options,
        paragraph_fold,
        sentence_fold,
    };
    let gold = &examples.paragraph_labels;
    let label_count = technique_names.len();

    // 1. The L2 penalty of each model.
    let search = |kind: ModelKind, candidates: &[f32]| -> Result<L2Search, TechniquesError> {
        let mut scores = Vec::new();
        let mut best: Option<(f64, f32, ParagraphProbabilities)> = None;
        for &l2 in candidates {
            let probabilities = trainer.out_of_fold(kind, l2)?;
            let f1 = best_global_micro_f1(&probabilities, gold)?;
            scores.push((l2, f1));
            if best.as_ref().is_none_or(|(best_f1, _, _)| f1 > *best_f1) {
                best = Some((f1, l2, probabilities));
            }
        }
        let (_, l2, probabilities) = best.ok_or_else(|| {
            TechniquesError::Training(rhetor_linear::LinearError::InvalidParameter {
                name: "l2 candidates",
                message: "at least one is needed".to_owned(),
            })
        })?;
        Ok((scores, l2, probabilities))
    };
    let (paragraph_l2_search, paragraph_l2, paragraph_out_of_fold) =
        search(ModelKind::Paragraph, &options.paragraph_l2_candidates)?;
    let (sentence_l2_search, sentence_l2, sentence_out_of_fold) =
        search(ModelKind::Sentence, &options.sentence_l2_candidates)?;

    // 2. Mix and threshold mode, with nested thresholds.
    let paragraph_nested = trainer.nested_out_of_fold(ModelKind::Paragraph, paragraph_l2)?;
    let sentence_nested = trainer.nested_out_of_fold(ModelKind::Sentence, sentence_l2)?;
    let mut mixes = Vec::new();
    for &weight in &options.sentence_weights {
        mixes.push(Mix {
            form: MixForm::Probability,
            sentence_weight: weight,
        });
        // At the ends both forms are the same.
        if weight > 0.0 && weight < 1.0 {
            mixes.push(Mix {
                form: MixForm::LogOdds,
                sentence_weight: weight,
            });
        }
    }
    let mut candidates = Vec::new();
    for mix in &mixes {
        let outer_probabilities: Vec<Vec<f32>> = (0..gold.len())
            .map(|paragraph| {
                mixed(
                    mix,
                    paragraph_out_of_fold[paragraph].as_ref(),
                    sentence_out_of_fold[paragraph].as_ref(),
                    label_count,
                )
            })
            .collect();
        for mode in ThresholdMode::ALL {
            let mut result = CrossValidationResult {
                mix: *mix,
                mode,
                fold_micro_f1: Vec::new(),
                fold_macro_f1: Vec::new(),
                pooled: MultiLabelScores::default(),
            };
            let mut pooled_predicted = vec![Vec::new(); gold.len()];
            for outer in 0..options.folds {
                let (mut inner_rows, mut inner_gold) = (Vec::new(), Vec::new());
                for paragraph in 0..gold.len() {
                    if let (Some(paragraph_probabilities), Some(sentence_probabilities)) = (
                        &paragraph_nested[outer][paragraph],
                        &sentence_nested[outer][paragraph],
                    ) {
                        inner_rows.push(mixed(
                            mix,
                            paragraph_probabilities.as_ref(),
                            sentence_probabilities.as_ref(),
                            label_count,
                        ));
                        inner_gold.push(gold[paragraph].clone());
                    }
                }
                let thresholds = thresholds_for(&inner_rows, &inner_gold, mode)?;
                let (mut held_out_predicted, mut held_out_gold) = (Vec::new(), Vec::new());
                for paragraph in
                    (0..gold.len()).filter(|&paragraph| trainer.paragraph_fold[paragraph] == outer)
                {
                    let predicted = apply_thresholds(&outer_probabilities[paragraph], &thresholds);
                    pooled_predicted[paragraph] = predicted.clone();
                    held_out_predicted.push(predicted);
                    held_out_gold.push(gold[paragraph].clone());
                }
                let scores = multi_label_scores(&held_out_predicted, &held_out_gold)?;
                result.fold_micro_f1.push(scores.micro.f1);
                result.fold_macro_f1.push(scores.macro_f1);
            }
            result.pooled = multi_label_scores(&pooled_predicted, gold)?;
            candidates.push(result);
        }
    }
    let chosen = candidates
        .iter()
        .fold(None::<&CrossValidationResult>, |best, candidate| match best {
            Some(best) if best.micro_f1().0 >= candidate.micro_f1().0 => Some(best),
            _ => Some(candidate),
        })
        .cloned()
        .ok_or_else(|| {
            TechniquesError::Training(rhetor_linear::LinearError::InvalidParameter {
                name: "sentence weights",
                message: "at least one is needed".to_owned(),
            })
        })?;

    // 3. Final models and thresholds.
    let all_out_of_fold: Vec<Vec<f32>> = (0..gold.len())
        .map(|paragraph| {
            mixed(
                &chosen.mix,
                paragraph_out_of_fold[paragraph].as_ref(),
                sentence_out_of_fold[paragraph].as_ref(),
                label_count,
            )
        })
        .collect();
    let thresholds = thresholds_for(&all_out_of_fold, gold, chosen.mode)?;
    let (paragraph_model, sentence_model) = rayon::join(
        || trainer.train_without(ModelKind::Paragraph, paragraph_l2, &[]),
        || trainer.train_without(ModelKind::Sentence, sentence_l2, &[]),
    );
    let (mut paragraph_model, mut sentence_model) = (paragraph_model?, sentence_model?);
    paragraph_model.set_thresholds(thresholds.clone())?;
    paragraph_model.set_namespace_description(NAMESPACE_DESCRIPTION.to_owned());
    sentence_model.set_namespace_description(NAMESPACE_DESCRIPTION.to_owned());

    let report = TechniqueTrainingReport {
        technique_names,
        articles: articles.len(),
        paragraphs: gold.len(),
        sentences: examples.sentence_vectors.len(),
        paragraph_l2_search,
        sentence_l2_search,
        paragraph_l2,
        sentence_l2,
        candidates,
        chosen,
        thresholds,
    };
    paragraph_model.set_metadata(metadata_json(&report, options, "paragraph"));
    sentence_model.set_metadata(metadata_json(&report, options, "sentence"));
    Ok(TrainedTechniqueModels {
        paragraph_model,
        sentence_model,
        report,
    })
}

/// Rounds for metadata: more digits are noise.
fn rounded(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// A model file's metadata: how it was made, the mix, the thresholds and the scores, as JSON.
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
    let search = |scores: &[(f32, f64)]| -> Vec<serde_json::Value> {
        scores
            .iter()
            .map(|&(l2, f1)| serde_json::json!({"l2": l2, "micro_f1": rounded(f1)}))
            .collect()
    };
    serde_json::json!({
        "command": "rhetor train techniques --data ../shared/data/semeval2023-en",
        "data": "SemEval-2023 Task 3 subtask 3, English train (train-articles-subtask-3, labels and spans)",
        "model": model,
        "articles": report.articles,
        "paragraphs": report.paragraphs,
        "sentences": report.sentences,
        "buckets_log2": options.buckets_log2,
        "epochs": options.epochs,
        "l1": options.l1,
        "seed": options.seed,
        "folds": options.folds,
        "paragraph_l2_search": search(&report.paragraph_l2_search),
        "sentence_l2_search": search(&report.sentence_l2_search),
        "paragraph_l2": report.paragraph_l2,
        "sentence_l2": report.sentence_l2,
        "mix": {"form": report.chosen.mix.form.name(), "sentence_weight": report.chosen.mix.sentence_weight},
        "threshold_mode": report.chosen.mode.name(),
        "thresholds_chosen_on": "out-of-fold mixed probabilities of all training paragraphs",
        "thresholds": report.thresholds,
        "cross_validation": {
            "micro_f1_mean": rounded(micro_mean),
            "micro_f1_sd": rounded(micro_deviation),
            "macro_f1_mean": rounded(macro_mean),
            "macro_f1_sd": rounded(macro_deviation),
            "per_technique_pooled": per_technique,
        },
    })
    .to_string()
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
            l1: 0.0,
            epochs: 5,
            sentence_weights: vec![0.0, 0.5],
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
}
