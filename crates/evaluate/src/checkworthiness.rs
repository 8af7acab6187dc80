//! Check-worthiness on CheckThat! files: the official metric is F1 of the class `Yes`.

use std::fmt;
use std::path::Path;

use rhetor_benchmarks::read_checkworthiness;
use rhetor_claims::ClaimScorer;

use crate::{EvaluationError, Result};

/// Precision, recall and F1 of the positive class.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BinaryScores {
    /// Sentences evaluated.
    pub sentences: usize,
    /// Gold positives.
    pub positives: usize,
    /// Predicted positives that are gold positives.
    pub true_positives: usize,
    /// Predicted positives that are not.
    pub false_positives: usize,
    /// Gold positives not predicted.
    pub false_negatives: usize,
    /// The threshold used.
    pub threshold: f32,
}

impl BinaryScores {
    /// Precision of the positive class.
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }
    /// Recall of the positive class.
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }
    /// F1 of the positive class.
    pub fn f1(&self) -> f64 {
        ratio(
            2 * self.true_positives,
            2 * self.true_positives + self.false_positives + self.false_negatives,
        )
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

impl fmt::Display for BinaryScores {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "sentences {}   check-worthy (Yes) {}   threshold {:.3}",
            self.sentences, self.positives, self.threshold
        )?;
        writeln!(
            formatter,
            "F1 (Yes) {:.3}   precision {:.3}   recall {:.3}",
            self.f1(),
            self.precision(),
            self.recall()
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
    let mut scores = BinaryScores {
        sentences: sentences.len(),
        positives: 0,
        true_positives: 0,
        false_positives: 0,
        false_negatives: 0,
        threshold,
    };
    for sentence in &sentences {
        let predicted = scorer.score(&sentence.text) >= threshold;
        scores.positives += usize::from(sentence.checkworthy);
        match (predicted, sentence.checkworthy) {
            (true, true) => scores.true_positives += 1,
            (true, false) => scores.false_positives += 1,
            (false, true) => scores.false_negatives += 1,
            (false, false) => {}
        }
    }
    Ok(scores)
}
