//! Check-worthiness on CheckThat! files: the official metric is F1 of the class `Yes`.

use std::fmt;
use std::path::Path;

use rhetor_benchmarks::read_checkworthiness;
use rhetor_claims::ClaimScorer;
use rhetor_linear::PrecisionRecallF1;

use crate::{EvaluationError, Result};

/// The official scores of one CheckThat! file: precision, recall and F1 of the class `Yes`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BinaryScores {
    /// Sentences evaluated.
    pub sentences: usize,
    /// The threshold used.
    pub threshold: f32,
    /// Counts, precision, recall and F1 of `Yes`.
    pub yes: PrecisionRecallF1,
}

impl fmt::Display for BinaryScores {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "sentences {}   check-worthy (Yes) {}   threshold {:.3}",
            self.sentences,
            self.yes.support(),
            self.threshold
        )?;
        writeln!(
            formatter,
            "F1 (Yes) {:.3}   precision {:.3}   recall {:.3}",
            self.yes.f1, self.yes.precision, self.yes.recall
        )
    }
}

/// Scores every sentence of a CheckThat! TSV file with the shipped model and its threshold.
///
/// # Errors
///
/// When the file cannot be read or the shipped model cannot be loaded.
pub fn evaluate_checkworthiness(path: &Path) -> Result<BinaryScores> {
    let scorer = ClaimScorer::embedded().map_err(|error| EvaluationError::Model(error.to_string()))?;
    evaluate_checkworthiness_with(path, scorer)
}

/// Scores every sentence of a CheckThat! TSV file with `scorer` (fast or accurate tier) and its
/// threshold.
///
/// # Errors
///
/// When the file cannot be read or the scorer fails (the accurate tier's encoder).
pub fn evaluate_checkworthiness_with(path: &Path, scorer: &ClaimScorer) -> Result<BinaryScores> {
    let sentences = read_checkworthiness(path)?;
    let threshold = scorer.threshold();
    let texts: Vec<&str> = sentences.iter().map(|sentence| sentence.text.as_str()).collect();
    let scores = scorer
        .scores(&texts)
        .map_err(|error| EvaluationError::Model(error.to_string()))?;
    let (mut true_positives, mut false_positives, mut false_negatives) = (0, 0, 0);
    for (sentence, score) in sentences.iter().zip(scores) {
        match (score >= threshold, sentence.checkworthy) {
            (true, true) => true_positives += 1,
            (true, false) => false_positives += 1,
            (false, true) => false_negatives += 1,
            (false, false) => {}
        }
    }
    Ok(BinaryScores {
        sentences: sentences.len(),
        threshold,
        yes: PrecisionRecallF1::from_counts(true_positives, false_positives, false_negatives),
    })
}
