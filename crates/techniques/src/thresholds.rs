//! How the decision thresholds on the mixed paragraph probabilities are chosen from validation
//! probabilities; training compares the modes by cross-validated micro-F1.

use rhetor_linear::{choose_thresholds, LinearError, ThresholdOptions};

/// The lowest threshold any mode chooses: below it a technique would fire on noise.
const THRESHOLD_FLOOR: f32 = 0.02;

/// Passes of coordinate ascent in [`ThresholdMode::Micro`]; the research saw no change after two.
const MICRO_PASSES: usize = 2;

/// How thresholds are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdMode {
    /// Each technique's own F1-optimal threshold (the global one for techniques with fewer than
    /// five validation positives).
    PerLabel,
    /// One threshold for all techniques, the one that maximises pooled micro-F1.
    Global,
    /// Starting from the per-technique thresholds, coordinate ascent on the pooled micro-F1 (the
    /// official metric): a rare technique may be switched off when it costs more than it brings.
    Micro,
}

impl ThresholdMode {
    /// Every mode, in the order training tries them.
    pub const ALL: [ThresholdMode; 3] = [
        ThresholdMode::PerLabel,
        ThresholdMode::Global,
        ThresholdMode::Micro,
    ];

    /// The mode's name in reports and model metadata.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ThresholdMode::PerLabel => "per_label",
            ThresholdMode::Global => "global",
            ThresholdMode::Micro => "micro_ascent",
        }
    }
}

/// The thresholds that `mode` chooses for `probabilities[example][label]` against `gold`.
pub(crate) fn thresholds_for(
    probabilities: &[Vec<f32>],
    gold: &[Vec<bool>],
    mode: ThresholdMode,
) -> Result<Vec<f32>, LinearError> {
    let options = ThresholdOptions {
        floor: THRESHOLD_FLOOR,
        ceiling: 0.95,
        minimum_positives: 5,
    };
    let chosen = choose_thresholds(probabilities, gold, &options)?;
    Ok(match mode {
        ThresholdMode::PerLabel => chosen.per_label,
        ThresholdMode::Global => vec![chosen.global; chosen.per_label.len()],
        ThresholdMode::Micro => micro_ascent(probabilities, gold, &chosen.per_label),
    })
}

/// One label's candidate cuts: for each candidate threshold, the true and false positives it gives.
struct LabelCurve {
    candidates: Vec<(f32, usize, usize)>,
    positives: usize,
}

impl LabelCurve {
    fn new(mut pairs: Vec<(f32, bool)>) -> Self {
        let positives = pairs.iter().filter(|pair| pair.1).count();
        pairs.sort_by(|left, right| right.0.total_cmp(&left.0));
        // Threshold 1.0 predicts (almost) nothing: the "switch the label off" option.
        let mut candidates = vec![(1.0, 0, 0)];
        let (mut true_positives, mut false_positives) = (0, 0);
        let mut position = 0;
        while position < pairs.len() {
            let probability = pairs[position].0;
            while position < pairs.len() && pairs[position].0 == probability {
                if pairs[position].1 {
                    true_positives += 1;
                } else {
                    false_positives += 1;
                }
                position += 1;
            }
            let next = pairs.get(position).map_or(0.0, |pair| pair.0);
            let threshold = next + (probability - next) / 2.0;
            if threshold < THRESHOLD_FLOOR {
                break;
            }
            if threshold < 1.0 {
                candidates.push((threshold, true_positives, false_positives));
            }
        }
        Self {
            candidates,
            positives,
        }
    }

    /// The candidate nearest to `threshold` from above (the one it would predict like).
    fn index_of(&self, threshold: f32) -> usize {
        // Candidates are in decreasing order of threshold.
        self.candidates
            .iter()
            .rposition(|candidate| candidate.0 >= threshold)
            .unwrap_or(0)
    }
}

/// Coordinate ascent on pooled micro-F1, from `start`.
fn micro_ascent(probabilities: &[Vec<f32>], gold: &[Vec<bool>], start: &[f32]) -> Vec<f32> {
    let label_count = start.len();
    let curves: Vec<LabelCurve> = (0..label_count)
        .map(|label| {
            LabelCurve::new(
                probabilities
                    .iter()
                    .zip(gold)
                    .map(|(scores, truths)| (scores[label], truths[label]))
                    .collect(),
            )
        })
        .collect();
    let mut choice: Vec<usize> = curves
        .iter()
        .zip(start)
        .map(|(curve, &threshold)| curve.index_of(threshold))
        .collect();
    let counts = |curve: &LabelCurve, index: usize| {
        let (_, true_positives, false_positives) = curve.candidates[index];
        (true_positives, false_positives, curve.positives - true_positives)
    };
    for _ in 0..MICRO_PASSES {
        for label in 0..label_count {
            let (mut others_tp, mut others_fp, mut others_fn) = (0, 0, 0);
            for (other, curve) in curves.iter().enumerate().filter(|(other, _)| *other != label) {
                let (tp, fp, fn_) = counts(curve, choice[other]);
                others_tp += tp;
                others_fp += fp;
                others_fn += fn_;
            }
            let mut best = (f64::NEG_INFINITY, choice[label]);
            for index in 0..curves[label].candidates.len() {
                let (tp, fp, fn_) = counts(&curves[label], index);
                let (tp, fp, fn_) = (others_tp + tp, others_fp + fp, others_fn + fn_);
                let denominator = 2 * tp + fp + fn_;
                let f1 = if denominator == 0 {
                    0.0
                } else {
                    (2 * tp) as f64 / denominator as f64
                };
                if f1 > best.0 {
                    best = (f1, index);
                }
            }
            choice[label] = best.1;
        }
    }
    curves
        .iter()
        .zip(choice)
        .map(|(curve, index)| curve.candidates[index].0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn micro_ascent_switches_off_a_label_that_only_adds_false_positives() {
        // Label 0 is well separated; label 1's probabilities say nothing about its gold.
        let probabilities = vec![
            vec![0.9, 0.6],
            vec![0.8, 0.6],
            vec![0.2, 0.6],
            vec![0.1, 0.6],
            vec![0.85, 0.6],
            vec![0.15, 0.6],
        ];
        let gold = vec![
            vec![true, true],
            vec![true, false],
            vec![false, false],
            vec![false, false],
            vec![true, false],
            vec![false, false],
        ];
        let thresholds = thresholds_for(&probabilities, &gold, ThresholdMode::Micro).expect("valid input");
        assert!(thresholds[0] > 0.2 && thresholds[0] <= 0.8, "{thresholds:?}");
        assert!(thresholds[1] > 0.6, "{thresholds:?}");
        let global = thresholds_for(&probabilities, &gold, ThresholdMode::Global).expect("valid input");
        assert_eq!(global[0], global[1]);
    }
}
