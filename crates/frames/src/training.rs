//! Training the frames and genre models on the SemEval-2023 Task 3 English training articles,
//! and the cross-validation that measures them.
//!
//! Every article is one example, and folds are grouped by article id (so that, should an article
//! ever appear twice, it never sits on both sides of a split).
//!
//! **Frames** (14 labels, one-vs-rest, a threshold per label):
//! 1. For each L2 candidate, out-of-fold probabilities from 5-fold cross-validation, the
//!    F1-optimal threshold per frame on them, and the micro-F1 that gives; the best L2 wins.
//! 2. The thresholds of the winning L2 (chosen on out-of-fold probabilities, so on articles the
//!    model had not seen) are the shipped ones; the model is trained on all articles.
//! 3. The reported figure is a nested cross-validation with that L2: in each outer fold, the
//!    thresholds come from an inner cross-validation on the outer training part alone, so the
//!    held-out fold plays no part in any threshold.
//!
//! **Genre** (3 classes, one-vs-rest, the most probable wins; no threshold): for each L2
//! candidate and positive weighting, macro-F1 of the out-of-fold predictions; the best wins and
//! is the reported figure (it chose the hyperparameters, so it is slightly optimistic).
//!
//! Training is deterministic: the same data and options rewrite the same model files, byte for
//! byte.

use std::fmt;
use std::path::Path;

use rhetor_benchmarks::{read_article_frames, read_article_genres, SEMEVAL_GENRES};
use rhetor_linear::{
    apply_thresholds, choose_thresholds, grouped_folds, multi_label_scores, train, FeatureHasher,
    LinearModel, MultiLabelScores, PositiveWeight, SparseVector, ThresholdOptions, TrainingOptions,
};
use serde_json::{json, Value};

use crate::features::{article_features, NAMESPACE_DESCRIPTION};
use crate::FramesError;

/// The 14 frames of subtask 2, in the order of the model's labels.
pub const FRAMES: [&str; 14] = [
    "Capacity_and_resources",
    "Crime_and_punishment",
    "Cultural_identity",
    "Economic",
    "External_regulation_and_reputation",
    "Fairness_and_equality",
    "Health_and_safety",
    "Legality_Constitutionality_and_jurisprudence",
    "Morality",
    "Policy_prescription_and_evaluation",
    "Political",
    "Public_opinion",
    "Quality_of_life",
    "Security_and_defense",
];

/// The command that writes the shipped model files, recorded in their metadata.
const TRAINING_COMMAND: &str = "rhetor train frames --data ../shared/data/semeval2023-en";

/// The hyperparameters of one model (frames or genre), recorded in its metadata so that
/// `rhetor eval frames` can rerun the cross-validation with exactly them.
#[derive(Debug, Clone, PartialEq)]
pub struct Hyperparameters {
    /// `2^buckets_log2` hashed feature buckets.
    pub buckets_log2: u32,
    /// L2 penalty.
    pub l2: f32,
    /// L1 penalty (above 0, it makes the model, and its file, sparse).
    pub l1: f32,
    /// Passes over the training articles.
    pub epochs: u32,
    /// Extra weight on positives (genre: the minority genres).
    pub positive_weight: PositiveWeight,
    /// Seed of the folds and of the example order.
    pub seed: u64,
    /// Folds of the cross-validation (inner and outer).
    pub folds: usize,
}

impl Hyperparameters {
    fn training_options(&self) -> TrainingOptions {
        TrainingOptions {
            epochs: self.epochs,
            l2: self.l2,
            l1: self.l1,
            positive_weight: self.positive_weight,
            seed: self.seed,
            ..TrainingOptions::default()
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "buckets_log2": self.buckets_log2,
            "l2": short_float(self.l2),
            "l1": short_float(self.l1),
            "epochs": self.epochs,
            "positive_weight": positive_weight_name(self.positive_weight),
            "seed": self.seed,
            "folds": self.folds,
        })
    }

    /// Reads the `hyperparameters` object of a model file's metadata.
    pub(crate) fn from_metadata(metadata: &str) -> Result<Hyperparameters, FramesError> {
        let missing = |what: &str| FramesError::Metadata(format!("no valid {what} in the model's metadata"));
        let value: Value = serde_json::from_str(metadata).map_err(|_| missing("JSON"))?;
        let recorded = value
            .get("hyperparameters")
            .ok_or_else(|| missing("hyperparameters"))?;
        let integer = |key: &str| {
            recorded
                .get(key)
                .and_then(Value::as_u64)
                .ok_or_else(|| missing(key))
        };
        let float = |key: &str| {
            recorded
                .get(key)
                .and_then(Value::as_f64)
                .map(|value| value as f32)
                .ok_or_else(|| missing(key))
        };
        let positive_weight = match recorded.get("positive_weight").and_then(Value::as_str) {
            Some("none") => PositiveWeight::None,
            Some("balanced") => PositiveWeight::Balanced,
            _ => return Err(missing("positive_weight")),
        };
        Ok(Hyperparameters {
            buckets_log2: u32::try_from(integer("buckets_log2")?).map_err(|_| missing("buckets_log2"))?,
            l2: float("l2")?,
            l1: float("l1")?,
            epochs: u32::try_from(integer("epochs")?).map_err(|_| missing("epochs"))?,
            positive_weight,
            seed: integer("seed")?,
            folds: usize::try_from(integer("folds")?).map_err(|_| missing("folds"))?,
        })
    }
}

/// The training choices that are not learned.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameTrainingOptions {
    /// `2^buckets_log2` hashed feature buckets (both models).
    pub buckets_log2: u32,
    /// L1 penalty (both models).
    pub l1: f32,
    /// Passes over the training articles.
    pub epochs: u32,
    /// L2 penalties of the frames model to choose from.
    pub frame_l2_candidates: Vec<f32>,
    /// L2 penalties of the genre model to choose from.
    pub genre_l2_candidates: Vec<f32>,
    /// Positive weightings of the genre model to choose from.
    pub genre_positive_weights: Vec<PositiveWeight>,
    /// Folds of the cross-validation.
    pub folds: usize,
    /// Seed of the folds and of the example order.
    pub seed: u64,
}

impl Default for FrameTrainingOptions {
    fn default() -> Self {
        FrameTrainingOptions {
            // 2^16 buckets: as good in cross-validation as 2^17 on 433 articles, and half the
            // file (the weights of every label are dense, one byte per bucket).
            buckets_log2: 16,
            l1: 0.0,
            epochs: 30,
            frame_l2_candidates: vec![0.01, 0.1, 1.0],
            genre_l2_candidates: vec![0.01, 0.1, 1.0],
            genre_positive_weights: vec![PositiveWeight::None, PositiveWeight::Balanced],
            folds: 5,
            seed: 20_230_301,
        }
    }
}

/// Cross-validated scores of the two models.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossValidation {
    /// Folds.
    pub folds: usize,
    /// Articles.
    pub articles: usize,
    /// The frame names, in the order of `frames.per_label`.
    pub frame_names: Vec<String>,
    /// Frames: `micro.f1` is the official subtask-2 metric; thresholds by nested cross-validation.
    pub frames: MultiLabelScores,
    /// The genre names, in the order of `genre.per_label`.
    pub genre_names: Vec<String>,
    /// Genre, one prediction per article: `macro_f1` is the official subtask-1 metric, `micro.f1`
    /// the accuracy.
    pub genre: MultiLabelScores,
}

impl fmt::Display for CrossValidation {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "{}-fold cross-validation on {} articles (grouped by article)",
            self.folds, self.articles
        )?;
        writeln!(
            formatter,
            "frames: micro-F1 {:.4} (P {:.4}, R {:.4}); macro-F1 {:.4}",
            self.frames.micro.f1, self.frames.micro.precision, self.frames.micro.recall, self.frames.macro_f1
        )?;
        writeln!(
            formatter,
            "genre:  macro-F1 {:.4}; accuracy {:.4}",
            self.genre.macro_f1, self.genre.micro.f1
        )?;
        writeln!(
            formatter,
            "{:<46} {:>7} {:>9} {:>7} {:>7}",
            "label", "support", "precision", "recall", "F1"
        )?;
        let rows = self
            .frame_names
            .iter()
            .zip(&self.frames.per_label)
            .chain(self.genre_names.iter().zip(&self.genre.per_label));
        for (name, scores) in rows {
            writeln!(
                formatter,
                "{:<46} {:>7} {:>9.3} {:>7.3} {:>7.3}",
                name,
                scores.support(),
                scores.precision,
                scores.recall,
                scores.f1
            )?;
        }
        Ok(())
    }
}

/// What training chose and measured.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameTrainingReport {
    /// Frames: per L2 candidate, micro-F1 of the out-of-fold probabilities at thresholds chosen
    /// on them (the selection criterion).
    pub frame_selection: Vec<(f32, f64)>,
    /// Genre: per L2 candidate and positive weighting, cross-validated macro-F1.
    pub genre_selection: Vec<(f32, PositiveWeight, f64)>,
    /// The frames model's hyperparameters.
    pub frames: Hyperparameters,
    /// The genre model's hyperparameters.
    pub genre: Hyperparameters,
    /// The shipped threshold of each frame, in [`FRAMES`] order.
    pub thresholds: Vec<f32>,
    /// The cross-validated scores with the chosen hyperparameters.
    pub cross_validation: CrossValidation,
}

/// The training articles as vectors and label rows.
struct Corpus {
    frame_ids: Vec<String>,
    frame_vectors: Vec<SparseVector>,
    frame_gold: Vec<Vec<bool>>,
    genre_ids: Vec<String>,
    genre_vectors: Vec<SparseVector>,
    genre_gold: Vec<Vec<bool>>,
}

impl Corpus {
    fn read(semeval_directory: &Path, hasher: &FeatureHasher) -> Result<Corpus, FramesError> {
        let framed = read_article_frames(
            &semeval_directory.join("train-articles-subtask-2"),
            &semeval_directory.join("train-labels-subtask-2.txt"),
        )?;
        let mut frame_gold = Vec::with_capacity(framed.len());
        for article in &framed {
            let mut row = vec![false; FRAMES.len()];
            for frame in &article.frames {
                let index = FRAMES.iter().position(|known| known == frame).ok_or_else(|| {
                    FramesError::UnknownFrame {
                        article: article.id.clone(),
                        frame: frame.clone(),
                    }
                })?;
                row[index] = true;
            }
            frame_gold.push(row);
        }
        let genres = read_article_genres(
            &semeval_directory.join("train-articles-subtask-1"),
            &semeval_directory.join("train-labels-subtask-1.txt"),
        )?;
        Ok(Corpus {
            frame_vectors: framed
                .iter()
                .map(|article| article_features(&article.text, hasher))
                .collect(),
            frame_ids: framed.into_iter().map(|article| article.id).collect(),
            frame_gold,
            genre_vectors: genres
                .iter()
                .map(|article| article_features(&article.text, hasher))
                .collect(),
            genre_gold: genres
                .iter()
                .map(|article| {
                    SEMEVAL_GENRES
                        .iter()
                        .map(|genre| *genre == article.genre)
                        .collect()
                })
                .collect(),
            genre_ids: genres.into_iter().map(|article| article.id).collect(),
        })
    }
}

/// One model's examples.
#[derive(Clone, Copy)]
struct Examples<'a> {
    ids: &'a [String],
    vectors: &'a [SparseVector],
    gold: &'a [Vec<bool>],
    names: &'a [&'static str],
}

/// The examples of a subset, by index.
struct Subset {
    ids: Vec<String>,
    vectors: Vec<SparseVector>,
    gold: Vec<Vec<bool>>,
}

impl<'a> Examples<'a> {
    fn subset(&self, indices: &[usize]) -> Subset {
        Subset {
            ids: indices.iter().map(|&index| self.ids[index].clone()).collect(),
            vectors: indices.iter().map(|&index| self.vectors[index].clone()).collect(),
            gold: indices.iter().map(|&index| self.gold[index].clone()).collect(),
        }
    }

    fn train(&self, hyperparameters: &Hyperparameters) -> Result<LinearModel, FramesError> {
        Ok(train(
            self.vectors,
            self.gold,
            self.names.iter().map(|&name| name.to_owned()).collect(),
            FeatureHasher::new(hyperparameters.buckets_log2)?,
            &hyperparameters.training_options(),
        )?)
    }

    /// Every example's probabilities from the model trained on the folds it is not in.
    fn out_of_fold_probabilities(
        &self,
        hyperparameters: &Hyperparameters,
        seed: u64,
    ) -> Result<Vec<Vec<f32>>, FramesError> {
        let fold_of = grouped_folds(self.ids, hyperparameters.folds, seed)?;
        let mut probabilities = vec![Vec::new(); self.vectors.len()];
        for fold in 0..hyperparameters.folds {
            let (inside, outside): (Vec<usize>, Vec<usize>) =
                (0..self.vectors.len()).partition(|&index| fold_of[index] != fold);
            let training = self.subset(&inside);
            let model = training.examples(self.names).train(hyperparameters)?;
            for index in outside {
                probabilities[index] = model.scores(&self.vectors[index]);
            }
        }
        Ok(probabilities)
    }

    /// Frame predictions of a nested cross-validation: each outer fold is predicted by a model
    /// trained on the other folds, at thresholds chosen by a cross-validation inside them.
    fn nested_threshold_predictions(
        &self,
        hyperparameters: &Hyperparameters,
    ) -> Result<Vec<Vec<bool>>, FramesError> {
        let fold_of = grouped_folds(self.ids, hyperparameters.folds, hyperparameters.seed)?;
        let mut predicted = vec![Vec::new(); self.vectors.len()];
        for fold in 0..hyperparameters.folds {
            let (inside, outside): (Vec<usize>, Vec<usize>) =
                (0..self.vectors.len()).partition(|&index| fold_of[index] != fold);
            let training = self.subset(&inside);
            let examples = training.examples(self.names);
            // Another seed for the inner folds, so that they cut the outer training part anew.
            let inner_probabilities =
                examples.out_of_fold_probabilities(hyperparameters, hyperparameters.seed.wrapping_add(1))?;
            let thresholds =
                choose_thresholds(&inner_probabilities, &training.gold, &ThresholdOptions::default())?
                    .per_label;
            let model = examples.train(hyperparameters)?;
            for index in outside {
                predicted[index] = apply_thresholds(&model.scores(&self.vectors[index]), &thresholds);
            }
        }
        Ok(predicted)
    }
}

impl Subset {
    fn examples<'a>(&'a self, names: &'a [&'static str]) -> Examples<'a> {
        Examples {
            ids: &self.ids,
            vectors: &self.vectors,
            gold: &self.gold,
            names,
        }
    }
}

/// The most probable class of each example, as a one-hot row.
fn argmax_rows(probabilities: &[Vec<f32>]) -> Vec<Vec<bool>> {
    probabilities
        .iter()
        .map(|row| {
            let best = row.iter().enumerate().fold(
                0,
                |best, (index, &probability)| if probability > row[best] { index } else { best },
            );
            (0..row.len()).map(|index| index == best).collect()
        })
        .collect()
}

fn genre_scores(
    examples: &Examples<'_>,
    hyperparameters: &Hyperparameters,
) -> Result<MultiLabelScores, FramesError> {
    let probabilities = examples.out_of_fold_probabilities(hyperparameters, hyperparameters.seed)?;
    Ok(multi_label_scores(&argmax_rows(&probabilities), examples.gold)?)
}

fn cross_validate_corpus(
    corpus: &Corpus,
    frames: &Hyperparameters,
    genre: &Hyperparameters,
) -> Result<CrossValidation, FramesError> {
    let frame_examples = corpus.frame_examples();
    let frame_predictions = frame_examples.nested_threshold_predictions(frames)?;
    Ok(CrossValidation {
        folds: frames.folds,
        articles: corpus.frame_ids.len(),
        frame_names: FRAMES.iter().map(|&name| name.to_owned()).collect(),
        frames: multi_label_scores(&frame_predictions, &corpus.frame_gold)?,
        genre_names: SEMEVAL_GENRES.iter().map(|&name| name.to_owned()).collect(),
        genre: genre_scores(&corpus.genre_examples(), genre)?,
    })
}

impl Corpus {
    fn frame_examples(&self) -> Examples<'_> {
        Examples {
            ids: &self.frame_ids,
            vectors: &self.frame_vectors,
            gold: &self.frame_gold,
            names: &FRAMES,
        }
    }

    fn genre_examples(&self) -> Examples<'_> {
        Examples {
            ids: &self.genre_ids,
            vectors: &self.genre_vectors,
            gold: &self.genre_gold,
            names: &SEMEVAL_GENRES,
        }
    }
}

/// Cross-validates the two models with the given hyperparameters on the SemEval-2023 English
/// training articles in `semeval_directory`: the frames by nested cross-validation of their
/// thresholds, the genre by the most probable class. Training reports exactly these figures for
/// its chosen hyperparameters.
///
/// # Errors
///
/// When the data cannot be read, a frame is unknown, the two models hash differently, or
/// training fails.
pub fn cross_validate(
    semeval_directory: &Path,
    frames: &Hyperparameters,
    genre: &Hyperparameters,
) -> Result<CrossValidation, FramesError> {
    if frames.buckets_log2 != genre.buckets_log2 {
        return Err(FramesError::Metadata(format!(
            "the frames model hashes into 2^{} buckets and the genre model into 2^{}; \
             training gives both the same",
            frames.buckets_log2, genre.buckets_log2
        )));
    }
    let corpus = Corpus::read(semeval_directory, &FeatureHasher::new(frames.buckets_log2)?)?;
    cross_validate_corpus(&corpus, frames, genre)
}

/// Trains the frames and genre models from the SemEval-2023 English training articles in
/// `semeval_directory` (`train-articles-subtask-{1,2}/`, `train-labels-subtask-{1,2}.txt`),
/// choosing their hyperparameters by cross-validation; returns `(frames, genre, report)`.
///
/// # Errors
///
/// When the data cannot be read, a frame is unknown, or training fails.
pub fn train_frame_models(
    semeval_directory: &Path,
    options: &FrameTrainingOptions,
) -> Result<(LinearModel, LinearModel, FrameTrainingReport), FramesError> {
    let hasher = FeatureHasher::new(options.buckets_log2)?;
    let corpus = Corpus::read(semeval_directory, &hasher)?;
    let with = |l2: f32, positive_weight: PositiveWeight| Hyperparameters {
        buckets_log2: options.buckets_log2,
        l2,
        l1: options.l1,
        epochs: options.epochs,
        positive_weight,
        seed: options.seed,
        folds: options.folds,
    };

    // Frames: the L2 whose out-of-fold probabilities give the best micro-F1; its thresholds.
    let frame_examples = corpus.frame_examples();
    let mut frame_selection = Vec::new();
    let mut best_frames: Option<(Hyperparameters, Vec<f32>, f64)> = None;
    for &l2 in &options.frame_l2_candidates {
        let hyperparameters = with(l2, PositiveWeight::None);
        let probabilities = frame_examples.out_of_fold_probabilities(&hyperparameters, options.seed)?;
        let thresholds =
            choose_thresholds(&probabilities, &corpus.frame_gold, &ThresholdOptions::default())?.per_label;
        let predicted: Vec<Vec<bool>> = probabilities
            .iter()
            .map(|row| apply_thresholds(row, &thresholds))
            .collect();
        let micro_f1 = multi_label_scores(&predicted, &corpus.frame_gold)?.micro.f1;
        frame_selection.push((l2, micro_f1));
        // Strictly better only: among equals the first (smallest, as listed) candidate stays.
        if best_frames.as_ref().is_none_or(|(_, _, best)| micro_f1 > *best) {
            best_frames = Some((hyperparameters, thresholds, micro_f1));
        }
    }
    let (frame_hyperparameters, thresholds, _) =
        best_frames.ok_or_else(|| no_candidate("frame_l2_candidates"))?;

    // Genre: the L2 and weighting with the best cross-validated macro-F1.
    let genre_examples = corpus.genre_examples();
    let mut genre_selection = Vec::new();
    let mut best_genre: Option<(Hyperparameters, f64)> = None;
    for &positive_weight in &options.genre_positive_weights {
        for &l2 in &options.genre_l2_candidates {
            let hyperparameters = with(l2, positive_weight);
            let macro_f1 = genre_scores(&genre_examples, &hyperparameters)?.macro_f1;
            genre_selection.push((l2, positive_weight, macro_f1));
            if best_genre.as_ref().is_none_or(|(_, best)| macro_f1 > *best) {
                best_genre = Some((hyperparameters, macro_f1));
            }
        }
    }
    let (genre_hyperparameters, _) = best_genre.ok_or_else(|| no_candidate("genre_l2_candidates"))?;

    let cross_validation = cross_validate_corpus(&corpus, &frame_hyperparameters, &genre_hyperparameters)?;

    let mut frames_model = frame_examples.train(&frame_hyperparameters)?;
    frames_model.set_thresholds(thresholds.clone())?;
    let mut genre_model = genre_examples.train(&genre_hyperparameters)?;
    let report = FrameTrainingReport {
        frame_selection,
        genre_selection,
        frames: frame_hyperparameters,
        genre: genre_hyperparameters,
        thresholds,
        cross_validation,
    };
    for model in [&mut frames_model, &mut genre_model] {
        model.set_namespace_description(NAMESPACE_DESCRIPTION.to_owned());
    }
    frames_model.set_metadata(frames_metadata(&report));
    genre_model.set_metadata(genre_metadata(&report));
    Ok((frames_model, genre_model, report))
}

fn no_candidate(option: &str) -> FramesError {
    FramesError::Metadata(format!("{option} is empty: there is nothing to choose from"))
}

fn positive_weight_name(weight: PositiveWeight) -> String {
    match weight {
        PositiveWeight::None => "none".to_owned(),
        PositiveWeight::Balanced => "balanced".to_owned(),
        PositiveWeight::Fixed(weight) => format!("fixed {weight}"),
    }
}

/// An `f32` as the shortest decimal that reads back as it (0.1, not 0.10000000149).
fn short_float(value: f32) -> Value {
    value
        .to_string()
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

/// A score with four decimals.
fn score(value: f64) -> Value {
    serde_json::Number::from_f64((value * 10_000.0).round() / 10_000.0).map_or(Value::Null, Value::Number)
}

fn scores_json(names: &[String], scores: &MultiLabelScores) -> Value {
    let per_label: serde_json::Map<String, Value> = names
        .iter()
        .zip(&scores.per_label)
        .map(|(name, label)| {
            (
                name.clone(),
                json!({
                    "support": label.support(),
                    "precision": score(label.precision),
                    "recall": score(label.recall),
                    "f1": score(label.f1),
                }),
            )
        })
        .collect();
    json!({
        "micro_f1": score(scores.micro.f1),
        "micro_precision": score(scores.micro.precision),
        "micro_recall": score(scores.micro.recall),
        "macro_f1": score(scores.macro_f1),
        "per_label": per_label,
    })
}

fn common_metadata(report: &FrameTrainingReport) -> serde_json::Map<String, Value> {
    let cross_validation = &report.cross_validation;
    let mut metadata = serde_json::Map::new();
    metadata.insert("command".to_owned(), json!(TRAINING_COMMAND));
    metadata.insert(
        "data".to_owned(),
        json!("SemEval-2023 Task 3 English training articles (train-articles-subtask-{1,2}, train-labels-subtask-{1,2}.txt)"),
    );
    metadata.insert("articles".to_owned(), json!(cross_validation.articles));
    metadata
}

fn frames_metadata(report: &FrameTrainingReport) -> String {
    let mut metadata = common_metadata(report);
    metadata.insert("task".to_owned(), json!("subtask 2: frames, multi-label"));
    metadata.insert("hyperparameters".to_owned(), report.frames.to_json());
    metadata.insert(
        "l2_selection_out_of_fold_micro_f1".to_owned(),
        report
            .frame_selection
            .iter()
            .map(|&(l2, f1)| json!({"l2": short_float(l2), "micro_f1": score(f1)}))
            .collect(),
    );
    metadata.insert(
        "thresholds_chosen_on".to_owned(),
        json!("out-of-fold probabilities of the 5-fold cross-validation with the chosen l2"),
    );
    metadata.insert(
        "nested_cross_validation".to_owned(),
        scores_json(
            &report.cross_validation.frame_names,
            &report.cross_validation.frames,
        ),
    );
    Value::Object(metadata).to_string()
}

fn genre_metadata(report: &FrameTrainingReport) -> String {
    let mut metadata = common_metadata(report);
    metadata.insert(
        "task".to_owned(),
        json!("subtask 1: genre, one-vs-rest, the most probable genre wins"),
    );
    metadata.insert("hyperparameters".to_owned(), report.genre.to_json());
    metadata.insert(
        "selection_cross_validated_macro_f1".to_owned(),
        report
            .genre_selection
            .iter()
            .map(|&(l2, weight, f1)| {
                json!({"l2": short_float(l2), "positive_weight": positive_weight_name(weight), "macro_f1": score(f1)})
            })
            .collect(),
    );
    metadata.insert(
        "cross_validation".to_owned(),
        scores_json(
            &report.cross_validation.genre_names,
            &report.cross_validation.genre,
        ),
    );
    Value::Object(metadata).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperparameters_survive_the_metadata() {
        let hyperparameters = Hyperparameters {
            buckets_log2: 17,
            l2: 0.1,
            l1: 0.0,
            epochs: 10,
            positive_weight: PositiveWeight::Balanced,
            seed: 7,
            folds: 5,
        };
        let metadata = json!({"hyperparameters": hyperparameters.to_json()}).to_string();
        assert!(metadata.contains("\"l2\":0.1"), "{metadata}");
        assert_eq!(
            Hyperparameters::from_metadata(&metadata).expect("readable"),
            hyperparameters
        );
        assert!(Hyperparameters::from_metadata("{}").is_err());
        assert!(Hyperparameters::from_metadata("not json").is_err());
    }

    #[test]
    fn argmax_keeps_the_first_of_equals() {
        assert_eq!(
            argmax_rows(&[vec![0.2, 0.7, 0.1], vec![0.4, 0.4, 0.1]]),
            [vec![false, true, false], vec![true, false, false]]
        );
    }
}
