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
    let sentences = read_checkworthiness(path)?;
    let scorer = ClaimScorer::embedded().map_err(|error| EvaluationError::Model(error.to_string()))?;
    let threshold = scorer.threshold();
    let (mut true_positives, mut false_positives, mut false_negatives) = (0, 0, 0);
    for sentence in &sentences {
        match (scorer.score(&sentence.text) >= threshold, sentence.checkworthy) {
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
