//! Precision, recall and F1 of multi-label predictions: per label, micro-averaged and
//! macro-averaged, as the SemEval persuasion-technique and CheckThat! tasks report them.

use crate::thresholds::{check_matrix_shapes, f1_score};
use crate::LinearError;

/// Precision, recall and F1 with the counts they come from.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PrecisionRecallF1 {
    /// Predicted and gold.
    pub true_positives: usize,
    /// Predicted but not gold.
    pub false_positives: usize,
    /// Gold but not predicted.
    pub false_negatives: usize,
    /// `tp / (tp + fp)`, 0 when nothing is predicted.
    pub precision: f64,
    /// `tp / (tp + fn)`, 0 when nothing is gold.
    pub recall: f64,
    /// `2·tp / (2·tp + fp + fn)`, their harmonic mean; 0 when both counts are empty.
    pub f1: f64,
}

impl PrecisionRecallF1 {
    /// The scores of these counts.
    #[must_use]
    pub fn from_counts(true_positives: usize, false_positives: usize, false_negatives: usize) -> Self {
        let ratio = |numerator: usize, denominator: usize| {
            if denominator == 0 {
                0.0
            } else {
                numerator as f64 / denominator as f64
            }
        };
        Self {
            true_positives,
            false_positives,
            false_negatives,
            precision: ratio(true_positives, true_positives + false_positives),
            recall: ratio(true_positives, true_positives + false_negatives),
            f1: f1_score(true_positives, false_positives, false_negatives),
        }
    }

    /// The number of gold positives, `tp + fn`.
    #[must_use]
    pub fn support(&self) -> usize {
        self.true_positives + self.false_negatives
    }
}

/// The scores of multi-label predictions against gold labels.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiLabelScores {
    /// Counts pooled over all labels and examples, then scored: frequent labels dominate.
    pub micro: PrecisionRecallF1,
    /// The unweighted mean of the per-label F1s: every label counts alike, however rare. Labels
    /// with neither gold nor predicted positives count as F1 0, as scikit-learn's default does.
    pub macro_f1: f64,
    /// The scores of each label, in label order.
    pub per_label: Vec<PrecisionRecallF1>,
}

/// Scores `predicted[example][label]` against `gold[example][label]`.
///
/// # Errors
///
/// [`LinearError::LengthMismatch`] when the two matrices differ in shape or rows differ in length.
pub fn multi_label_scores(
    predicted: &[Vec<bool>],
    gold: &[Vec<bool>],
) -> Result<MultiLabelScores, LinearError> {
    let label_count = check_matrix_shapes(predicted, gold)?;
    let mut counts = vec![(0_usize, 0_usize, 0_usize); label_count];
    for (predicted_row, gold_row) in predicted.iter().zip(gold) {
        for ((count, &prediction), &truth) in counts.iter_mut().zip(predicted_row).zip(gold_row) {
            match (prediction, truth) {
                (true, true) => count.0 += 1,
                (true, false) => count.1 += 1,
                (false, true) => count.2 += 1,
                (false, false) => {}
            }
        }
    }
    let per_label: Vec<PrecisionRecallF1> = counts
        .iter()
        .map(|&(tp, fp, fn_)| PrecisionRecallF1::from_counts(tp, fp, fn_))
        .collect();
    let micro = PrecisionRecallF1::from_counts(
        counts.iter().map(|count| count.0).sum(),
        counts.iter().map(|count| count.1).sum(),
        counts.iter().map(|count| count.2).sum(),
    );
    let macro_f1 = if label_count == 0 {
        0.0
    } else {
        per_label.iter().map(|score| score.f1).sum::<f64>() / label_count as f64
    };
    Ok(MultiLabelScores {
        micro,
        macro_f1,
        per_label,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn micro_and_macro_f1_match_hand_computed_values() {
        // Three labels, four examples.
        //   label 0: gold T T F F, predicted T F T F → tp 1, fp 1, fn 1 → P 1/2, R 1/2, F1 1/2
        //   label 1: gold T T T F, predicted T T T T → tp 3, fp 1, fn 0 → P 3/4, R 1,   F1 6/7
        //   label 2: gold F F F F, predicted F F F F → nothing       → F1 0
        // Micro: tp 4, fp 2, fn 1 → P 4/6, R 4/5, F1 8/11. Macro: (1/2 + 6/7 + 0) / 3 = 19/42.
        let gold = vec![
            vec![true, true, false],
            vec![true, true, false],
            vec![false, true, false],
            vec![false, false, false],
        ];
        let predicted = vec![
            vec![true, true, false],
            vec![false, true, false],
            vec![true, true, false],
            vec![false, true, false],
        ];
        let scores = multi_label_scores(&predicted, &gold).unwrap();
        let close = |left: f64, right: f64| (left - right).abs() < 1e-12;
        assert!(close(scores.per_label[0].f1, 0.5));
        assert!(close(scores.per_label[1].precision, 0.75));
        assert!(close(scores.per_label[1].recall, 1.0));
        assert!(close(scores.per_label[1].f1, 6.0 / 7.0));
        assert_eq!(scores.per_label[2], PrecisionRecallF1::default());
        assert!(close(scores.micro.precision, 4.0 / 6.0));
        assert!(close(scores.micro.recall, 0.8));
        assert!(close(scores.micro.f1, 8.0 / 11.0));
        assert!(close(scores.macro_f1, 19.0 / 42.0));
        assert_eq!(scores.per_label[1].support(), 3);
    }

    #[test]
    fn mismatched_shapes_are_errors() {
        assert!(multi_label_scores(&[vec![true]], &[vec![true, false]]).is_err());
        assert!(multi_label_scores(&[vec![true]], &[]).is_err());
        assert_eq!(multi_label_scores(&[], &[]).unwrap().macro_f1, 0.0);
    }
}
