//! Training the check-worthiness models from the CheckThat! 2024 English files.
//!
//! 1. The L2 penalty is chosen by 5-fold cross-validation on `train` (best mean F1 of `Yes` at each
//!    fold's best threshold): the `dev` and `dev-test` files play no part in it.
//! 2. The model is trained on all of `train` with that penalty, and its weights rounded to the
//!    8-bit levels of its file.
//! 3. The factor that lowers pure evaluations' scores (see `evaluative.rs`) is the smallest that
//!    does not lower the F1 of the pooled out-of-fold scores on `train` by more than noise; it is
//!    recorded in the model file's metadata, where the scorer reads it.
//! 4. The threshold is the one that maximises F1 of `Yes` on `dev`, with pure evaluations'
//!    scores lowered as the scorer lowers them.
//! 5. F1 on `dev-test` is measured once, with that threshold, and recorded in the model file.
//!
//! The fast tier reads the sparse features alone; the accurate tier appends each sentence's
//! embedding to them (see `features.rs`), which the caller provides through a
//! [`SentenceEmbedder`]: the encoder, or the embedding cache in front of it.

use std::path::Path;

use rhetor_benchmarks::{read_checkworthiness, CheckworthySentence};
use rhetor_embed::SentenceEmbedder;
use rhetor_linear::{
    apply_thresholds, choose_thresholds, grouped_folds, multi_label_scores, train, FeatureHasher,
    LinearModel, PositiveWeight, SparseVector, ThresholdOptions, TrainingOptions,
};

use crate::evaluative::{is_pure_evaluation, PURE_EVALUATION_FACTOR_KEY};
use crate::features::{sentence_features, SentenceForms, NAMESPACE_DESCRIPTION};
use crate::ClaimsError;

/// The factors by which a pure evaluation's score may be multiplied, largest first (none is 0,
/// so that pure evaluations keep their order among themselves).
const EVALUATION_FACTOR_CANDIDATES: [f32; 4] = [1.0, 0.75, 0.5, 0.25];

/// A loss of out-of-fold F1 smaller than this is noise: on the training file's 5,400 check-worthy
/// sentences one sentence moves F1 by about 0.0001, so this is about ten sentences.
const EVALUATION_FACTOR_F1_TOLERANCE: f64 = 0.001;

/// The training choices that are not learned.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTrainingOptions {
    /// `2^buckets_log2` hashed buckets for the sparse features; the accurate tier's model has
    /// twice as many, the embedding taking the first buckets of the upper half.
    pub buckets_log2: u32,
    /// L2 penalties to choose from by cross-validation.
    pub l2_candidates: Vec<f32>,
    /// Passes over the training sentences.
    pub epochs: u32,
    /// Folds of the cross-validation.
    pub folds: usize,
    /// Seed of the folds and of the example order.
    pub seed: u64,
}

impl Default for ClaimTrainingOptions {
    fn default() -> Self {
        ClaimTrainingOptions {
            buckets_log2: 18,
            l2_candidates: vec![0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0],
            epochs: 8,
            folds: 5,
            seed: 20_241_129,
        }
    }
}

/// F1 of `Yes` on `dev` and `dev-test` for one way of scoring, its threshold chosen on `dev`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SplitScores {
    /// The threshold chosen on `dev`.
    pub threshold: f32,
    /// F1 of `Yes` on `dev` at that threshold.
    pub dev_f1: f64,
    /// F1 of `Yes` on `dev-test` at that threshold.
    pub dev_test_f1: f64,
}

/// What the pure-evaluation rule does on the training file, out of fold.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationRuleReport {
    /// Training sentences the rule finds.
    pub sentences: usize,
    /// How many of them are labelled check-worthy.
    pub checkworthy: usize,
    /// Their mean out-of-fold score at the chosen L2 penalty.
    pub mean_out_of_fold_score: f64,
    /// F1 of `Yes` of all the pooled out-of-fold scores (at their best threshold) with pure
    /// evaluations' scores multiplied by each candidate factor; 1 leaves them as they are.
    pub factor_selection: Vec<(f32, f64)>,
    /// The chosen factor: the smallest whose F1 is within the noise tolerance of factor 1's.
    pub factor: f32,
}

/// What training measured.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTrainingReport {
    /// Whether the sentence embedding was appended (the accurate tier).
    pub accurate: bool,
    /// Mean cross-validated F1 of `Yes` on `train`, per L2 candidate.
    pub cross_validation: Vec<(f32, f64)>,
    /// The chosen L2 penalty.
    pub l2: f32,
    /// The shipped scoring: pure evaluations' scores multiplied by the factor.
    pub shipped: SplitScores,
    /// The model's scores alone, with a threshold of their own chosen on `dev`.
    pub without_evaluation_rule: SplitScores,
    /// The pure-evaluation rule on the training file.
    pub evaluation_rule: EvaluationRuleReport,
    /// Training sentences.
    pub training_sentences: usize,
}

/// Trains a model from the CheckThat! files in `data_directory`
/// (`CT24_checkworthy_english_{train,dev,dev-test}.tsv`): the fast tier when `embedder` is
/// `None`, the accurate tier with the embeddings it gives otherwise.
///
/// # Errors
///
/// When the data cannot be read, the embeddings cannot be computed, or training fails.
pub fn train_claim_model(
    data_directory: &Path,
    options: &ClaimTrainingOptions,
    embedder: Option<&dyn SentenceEmbedder>,
) -> Result<(LinearModel, ClaimTrainingReport), ClaimsError> {
    let read = |split: &str| {
        read_checkworthiness(&data_directory.join(format!("CT24_checkworthy_english_{split}.tsv")))
    };
    let (training, dev, dev_test) = (read("train")?, read("dev")?, read("dev-test")?);
    let sparse_hasher = FeatureHasher::new(options.buckets_log2)?;
    let model_hasher = match embedder {
        Some(_) => FeatureHasher::new(options.buckets_log2 + 1)?,
        None => sparse_hasher,
    };
    let vectorise = |sentences: &[CheckworthySentence]| -> Result<Examples, ClaimsError> {
        let texts: Vec<&str> = sentences.iter().map(|sentence| sentence.text.as_str()).collect();
        let embeddings = match embedder {
            Some(embedder) => Some(embedder.embed(&texts)?),
            None => None,
        };
        let mut vectors = Vec::with_capacity(texts.len());
        let mut pure_evaluations = Vec::with_capacity(texts.len());
        for (index, text) in texts.iter().enumerate() {
            let forms = SentenceForms::of(text);
            let embedding = embeddings.as_ref().and_then(|embeddings| embeddings.get(index));
            vectors.push(sentence_features(&forms, &sparse_hasher, embedding));
            pure_evaluations.push(is_pure_evaluation(&forms.phrase_words()));
        }
        Ok(Examples {
            vectors,
            labels: sentences
                .iter()
                .map(|sentence| vec![sentence.checkworthy])
                .collect(),
            pure_evaluations,
        })
    };
    let training_examples = vectorise(&training)?;
    let training_options = |l2: f32| TrainingOptions {
        epochs: options.epochs,
        l2,
        positive_weight: PositiveWeight::None,
        seed: options.seed,
        ..TrainingOptions::default()
    };

    // 1. The L2 penalty, by cross-validation on the training file alone.
    let sentence_ids: Vec<&str> = training.iter().map(|sentence| sentence.id.as_str()).collect();
    let fold_of = grouped_folds(&sentence_ids, options.folds, options.seed)?;
    let mut cross_validation = Vec::new();
    let mut best: Option<(f32, f64, Vec<f32>)> = None;
    for &l2 in &options.l2_candidates {
        let mut fold_f1_sum = 0.0;
        let mut out_of_fold = vec![0.0_f32; training.len()];
        for fold in 0..options.folds {
            let (inside, outside): (Vec<usize>, Vec<usize>) =
                (0..training.len()).partition(|&index| fold_of[index] != fold);
            let pick = |indices: &[usize]| -> (Vec<SparseVector>, Vec<Vec<bool>>) {
                indices
                    .iter()
                    .map(|&index| {
                        (
                            training_examples.vectors[index].clone(),
                            training_examples.labels[index].clone(),
                        )
                    })
                    .unzip()
            };
            let (fold_vectors, fold_labels) = pick(&inside);
            let (held_out_vectors, held_out_labels) = pick(&outside);
            let model = train(
                &fold_vectors,
                &fold_labels,
                vec!["Yes".to_owned()],
                model_hasher,
                &training_options(l2),
            )?;
            let probabilities: Vec<Vec<f32>> = held_out_vectors
                .iter()
                .map(|vector| model.scores(vector))
                .collect();
            for (&index, scores) in outside.iter().zip(&probabilities) {
                out_of_fold[index] = scores.first().copied().unwrap_or(0.0);
            }
            let (_, f1) = best_threshold(&probabilities, &held_out_labels)?;
            fold_f1_sum += f1;
        }
        let f1 = fold_f1_sum / options.folds as f64;
        cross_validation.push((l2, f1));
        if best.as_ref().is_none_or(|(_, best_f1, _)| f1 > *best_f1) {
            best = Some((l2, f1, out_of_fold));
        }
    }
    let (l2, _, out_of_fold) = best.unwrap_or((1.0, 0.0, vec![0.0; training.len()]));
    let evaluation_rule = evaluation_rule_report(&training_examples, &out_of_fold)?;
    let factor = evaluation_rule.factor;

    // 2. The model on all of the training file, as its file will hold it: the threshold is chosen
    // for the 8-bit weights that ship, not for the full-precision ones.
    let trained = train(
        &training_examples.vectors,
        &training_examples.labels,
        vec!["Yes".to_owned()],
        model_hasher,
        &training_options(l2),
    )?;
    let mut file = Vec::new();
    rhetor_linear::save(&trained, &mut file)?;
    let mut model = rhetor_linear::load(&file)?;

    // 3. and 4. The threshold on dev, one measurement on dev-test; with and without the rule.
    let dev_examples = vectorise(&dev)?;
    let dev_test_examples = vectorise(&dev_test)?;
    let measure = |with_rule: bool| -> Result<SplitScores, ClaimsError> {
        let factor = if with_rule { factor } else { 1.0 };
        let dev_scores = dev_examples.scores(&model, factor);
        let (threshold, dev_f1) = best_threshold(&dev_scores, &dev_examples.labels)?;
        let dev_test_scores = dev_test_examples.scores(&model, factor);
        let dev_test_f1 = f1_of_yes(&dev_test_scores, &dev_test_examples.labels, threshold)?;
        Ok(SplitScores {
            threshold,
            dev_f1,
            dev_test_f1,
        })
    };
    let shipped = measure(true)?;
    let without_evaluation_rule = measure(false)?;
    model.set_thresholds(vec![shipped.threshold])?;

    model.set_namespace_description(match embedder {
        Some(_) => format!(
            "{NAMESPACE_DESCRIPTION}; accurate tier: the sparse features in the lower 2^{} buckets, then the \
             all-MiniLM-L6-v2 sentence embedding (mean-pooled, unit length) in the next 384 buckets",
            options.buckets_log2
        ),
        None => NAMESPACE_DESCRIPTION.to_owned(),
    });
    let report = ClaimTrainingReport {
        accurate: embedder.is_some(),
        cross_validation,
        l2,
        shipped,
        without_evaluation_rule,
        evaluation_rule,
        training_sentences: training.len(),
    };
    model.set_metadata(metadata_json(&report, options));
    Ok((model, report))
}

/// The vectors, labels and pure-evaluation flags of a split's sentences.
struct Examples {
    vectors: Vec<SparseVector>,
    labels: Vec<Vec<bool>>,
    pure_evaluations: Vec<bool>,
}

impl Examples {
    /// The model's score of every sentence, pure evaluations' multiplied by `factor` (as the
    /// scorer does).
    fn scores(&self, model: &LinearModel, factor: f32) -> Vec<Vec<f32>> {
        let scores: Vec<f32> = self
            .vectors
            .iter()
            .map(|vector| model.scores(vector).first().copied().unwrap_or(0.0))
            .collect();
        self.with_factor(&scores, factor)
    }

    /// `scores` with those of pure evaluations multiplied by `factor`, one label per example.
    fn with_factor(&self, scores: &[f32], factor: f32) -> Vec<Vec<f32>> {
        scores
            .iter()
            .zip(&self.pure_evaluations)
            .map(|(&score, &pure_evaluation)| vec![if pure_evaluation { score * factor } else { score }])
            .collect()
    }
}

/// How many training sentences the pure-evaluation rule finds, how many of them are
/// check-worthy, their mean out-of-fold score, and the factor their scores are multiplied by:
/// the smallest candidate that does not lower the out-of-fold F1 on the training file by more
/// than noise ([`EVALUATION_FACTOR_F1_TOLERANCE`]).
fn evaluation_rule_report(
    examples: &Examples,
    out_of_fold: &[f32],
) -> Result<EvaluationRuleReport, ClaimsError> {
    let mut factor_selection = Vec::new();
    for factor in EVALUATION_FACTOR_CANDIDATES {
        let (_, f1) = best_threshold(&examples.with_factor(out_of_fold, factor), &examples.labels)?;
        factor_selection.push((factor, f1));
    }
    let unchanged_f1 = factor_selection.first().map_or(0.0, |&(_, f1)| f1);
    let factor = factor_selection
        .iter()
        .filter(|(_, f1)| *f1 >= unchanged_f1 - EVALUATION_FACTOR_F1_TOLERANCE)
        .map(|&(factor, _)| factor)
        .fold(1.0_f32, f32::min);
    let mut report = EvaluationRuleReport {
        sentences: 0,
        checkworthy: 0,
        mean_out_of_fold_score: 0.0,
        factor_selection,
        factor,
    };
    let mut score_sum = 0.0;
    for ((&pure_evaluation, labels), &score) in examples
        .pure_evaluations
        .iter()
        .zip(&examples.labels)
        .zip(out_of_fold)
    {
        if pure_evaluation {
            report.sentences += 1;
            report.checkworthy += usize::from(labels.first().copied().unwrap_or(false));
            score_sum += f64::from(score);
        }
    }
    if report.sentences > 0 {
        report.mean_out_of_fold_score = score_sum / report.sentences as f64;
    }
    Ok(report)
}

/// The F1-optimal threshold of the one label, and the F1 it gives.
fn best_threshold(probabilities: &[Vec<f32>], labels: &[Vec<bool>]) -> Result<(f32, f64), ClaimsError> {
    let options = ThresholdOptions {
        minimum_positives: 1,
        ..ThresholdOptions::default()
    };
    let chosen = choose_thresholds(probabilities, labels, &options)?;
    let threshold = chosen.per_label.first().copied().unwrap_or(0.5);
    Ok((threshold, f1_of_yes(probabilities, labels, threshold)?))
}

/// F1 of `Yes` when the probabilities are cut at `threshold`.
fn f1_of_yes(probabilities: &[Vec<f32>], labels: &[Vec<bool>], threshold: f32) -> Result<f64, ClaimsError> {
    let predicted: Vec<Vec<bool>> = probabilities
        .iter()
        .map(|scores| apply_thresholds(scores, &[threshold]))
        .collect();
    Ok(multi_label_scores(&predicted, labels)?.micro.f1)
}

/// The model file's metadata: how it was made and what it scored, as JSON.
fn metadata_json(report: &ClaimTrainingReport, options: &ClaimTrainingOptions) -> String {
    let cross_validation: Vec<String> = report
        .cross_validation
        .iter()
        .map(|(l2, f1)| format!("{{\"l2\": {l2}, \"f1_yes\": {f1:.4}}}"))
        .collect();
    let rule = &report.evaluation_rule;
    let factor_selection: Vec<String> = rule
        .factor_selection
        .iter()
        .map(|(factor, f1)| format!("{{\"factor\": {factor}, \"f1_yes\": {f1:.4}}}"))
        .collect();
    format!(
        "{{\"command\": \"rhetor train claims{} --data ../shared/data/checkworthiness\", \
         \"party_names_fingerprint\": \"{}\", \
         \"data\": \"CheckThat! 2024 English (CT24_checkworthy_english_*.tsv)\", \
         \"tier\": \"{}\", \"training_sentences\": {}, \"buckets_log2\": {}, \"epochs\": {}, \"seed\": {}, \
         \"cross_validation_on_train\": [{}], \"l2\": {}, \"threshold_chosen_on\": \"dev\", \
         \"threshold\": {:.4}, \"dev_f1_yes\": {:.4}, \"dev_test_f1_yes\": {:.4}, \
         \"pure_evaluation_factor_selection_out_of_fold\": [{}], \"{}\": {}, \"pure_evaluations_in_train\": {}, \"pure_evaluations_checkworthy\": {}, \
         \"pure_evaluations_mean_out_of_fold_score\": {:.4}, \
         \"without_pure_evaluation_rule\": {{\"threshold\": {:.4}, \"dev_f1_yes\": {:.4}, \"dev_test_f1_yes\": {:.4}}}}}",
        if report.accurate { " --accurate" } else { "" },
        rhetor_actors::party_names_fingerprint(),
        if report.accurate { "accurate" } else { "fast" },
        report.training_sentences,
        options.buckets_log2,
        options.epochs,
        options.seed,
        cross_validation.join(", "),
        report.l2,
        report.shipped.threshold,
        report.shipped.dev_f1,
        report.shipped.dev_test_f1,
        factor_selection.join(", "),
        PURE_EVALUATION_FACTOR_KEY,
        rule.factor,
        rule.sentences,
        rule.checkworthy,
        rule.mean_out_of_fold_score,
        report.without_evaluation_rule.threshold,
        report.without_evaluation_rule.dev_f1,
        report.without_evaluation_rule.dev_test_f1,
    )
}
