//! Training the check-worthiness model from the CheckThat! 2024 English files.
//!
//! 1. The L2 penalty is chosen by 5-fold cross-validation on `train` (best mean F1 of `Yes` at each
//!    fold's best threshold): the `dev` and `dev-test` files play no part in it.
//! 2. The model is trained on all of `train` with that penalty.
//! 3. The threshold is the one that maximises F1 of `Yes` on `dev`.
//! 4. F1 on `dev-test` is measured once, with that threshold, and recorded in the model file.

use std::path::Path;

use rhetor_benchmarks::{read_checkworthiness, CheckworthySentence};
use rhetor_linear::{
    apply_thresholds, choose_thresholds, grouped_folds, multi_label_scores, train, FeatureHasher,
    LinearModel, PositiveWeight, SparseVector, ThresholdOptions, TrainingOptions,
};

use crate::features::{sentence_features, NAMESPACE_DESCRIPTION};
use crate::ClaimsError;

/// The training choices that are not learned.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTrainingOptions {
    /// `2^buckets_log2` hashed feature buckets.
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
            l2_candidates: vec![0.03, 0.1, 0.25, 1.0],
            epochs: 8,
            folds: 5,
            seed: 20_241_129,
        }
    }
}

/// What training measured.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTrainingReport {
    /// Mean cross-validated F1 of `Yes` on `train`, per L2 candidate.
    pub cross_validation: Vec<(f32, f64)>,
    /// The chosen L2 penalty.
    pub l2: f32,
    /// The threshold chosen on `dev`.
    pub threshold: f32,
    /// F1 of `Yes` on `dev` at that threshold.
    pub dev_f1: f64,
    /// F1 of `Yes` on `dev-test` at that threshold.
    pub dev_test_f1: f64,
    /// Training sentences.
    pub training_sentences: usize,
}

/// Trains the model from the CheckThat! files in `data_directory`
/// (`CT24_checkworthy_english_{train,dev,dev-test}.tsv`).
///
/// # Errors
///
/// When the data cannot be read or training fails.
pub fn train_claim_model(
    data_directory: &Path,
    options: &ClaimTrainingOptions,
) -> Result<(LinearModel, ClaimTrainingReport), ClaimsError> {
    let read = |split: &str| {
        read_checkworthiness(&data_directory.join(format!("CT24_checkworthy_english_{split}.tsv")))
    };
    let (training, dev, dev_test) = (read("train")?, read("dev")?, read("dev-test")?);
    let hasher = FeatureHasher::new(options.buckets_log2)?;
    let vectorise = |sentences: &[CheckworthySentence]| -> (Vec<SparseVector>, Vec<Vec<bool>>) {
        sentences
            .iter()
            .map(|sentence| {
                (
                    sentence_features(&sentence.text, &hasher),
                    vec![sentence.checkworthy],
                )
            })
            .unzip()
    };
    let (training_vectors, training_labels) = vectorise(&training);
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
    for &l2 in &options.l2_candidates {
        let mut fold_f1_sum = 0.0;
        for fold in 0..options.folds {
            let (inside, outside): (Vec<usize>, Vec<usize>) =
                (0..training.len()).partition(|&index| fold_of[index] != fold);
            let pick = |indices: &[usize]| -> (Vec<SparseVector>, Vec<Vec<bool>>) {
                indices
                    .iter()
                    .map(|&index| (training_vectors[index].clone(), training_labels[index].clone()))
                    .unzip()
            };
            let (fold_vectors, fold_labels) = pick(&inside);
            let (held_out_vectors, held_out_labels) = pick(&outside);
            let model = train(
                &fold_vectors,
                &fold_labels,
                vec!["Yes".to_owned()],
                hasher,
                &training_options(l2),
            )?;
            let probabilities: Vec<Vec<f32>> = held_out_vectors
                .iter()
                .map(|vector| model.scores(vector))
                .collect();
            let (_, f1) = best_threshold(&probabilities, &held_out_labels)?;
            fold_f1_sum += f1;
        }
        cross_validation.push((l2, fold_f1_sum / options.folds as f64));
    }
    let l2 = cross_validation
        .iter()
        .max_by(|left, right| left.1.total_cmp(&right.1))
        .map_or(1.0, |&(l2, _)| l2);

    // 2. The model on all of the training file.
    let mut model = train(
        &training_vectors,
        &training_labels,
        vec!["Yes".to_owned()],
        hasher,
        &training_options(l2),
    )?;

    // 3. The threshold on dev.
    let (dev_vectors, dev_labels) = vectorise(&dev);
    let dev_probabilities: Vec<Vec<f32>> = dev_vectors.iter().map(|vector| model.scores(vector)).collect();
    let (threshold, dev_f1) = best_threshold(&dev_probabilities, &dev_labels)?;
    model.set_thresholds(vec![threshold])?;

    // 4. One measurement on dev-test.
    let (dev_test_vectors, dev_test_labels) = vectorise(&dev_test);
    let dev_test_probabilities: Vec<Vec<f32>> = dev_test_vectors
        .iter()
        .map(|vector| model.scores(vector))
        .collect();
    let dev_test_f1 = f1_of_yes(&dev_test_probabilities, &dev_test_labels, threshold)?;

    model.set_namespace_description(NAMESPACE_DESCRIPTION.to_owned());
    let report = ClaimTrainingReport {
        cross_validation,
        l2,
        threshold,
        dev_f1,
        dev_test_f1,
        training_sentences: training.len(),
    };
    model.set_metadata(metadata_json(&report, options));
    Ok((model, report))
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
    format!(
        "{{\"command\": \"rhetor train claims --data ../shared/data/checkworthiness\", \
         \"data\": \"CheckThat! 2024 English (CT24_checkworthy_english_*.tsv)\", \
         \"training_sentences\": {}, \"buckets_log2\": {}, \"epochs\": {}, \"seed\": {}, \
         \"cross_validation_on_train\": [{}], \"l2\": {}, \"threshold_chosen_on\": \"dev\", \
         \"threshold\": {:.4}, \"dev_f1_yes\": {:.4}, \"dev_test_f1_yes\": {:.4}}}",
        report.training_sentences,
        options.buckets_log2,
        options.epochs,
        options.seed,
        cross_validation.join(", "),
        report.l2,
        report.threshold,
        report.dev_f1,
        report.dev_test_f1
    )
}
