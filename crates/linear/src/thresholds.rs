//! Decision thresholds: per label, the probability cut-off that maximises F1 on validation data.
//!
//! A logistic model's probabilities are calibrated for its training loss, not for F1, and with
//! rare labels the F1-optimal cut-off is usually well below 0.5. Labels with too few validation
//! positives to trust a cut-off of their own share one global threshold instead.

use crate::LinearError;

/// The constraints on [`choose_thresholds`].
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdOptions {
    /// No threshold is chosen below this, so that a label never fires on noise (default 0.05).
    pub floor: f32,
    /// No threshold is chosen above this, so that a label can still fire (default 0.95).
    pub ceiling: f32,
    /// Labels with fewer validation positives than this take the global threshold (default 5).
    pub minimum_positives: usize,
}

impl Default for ThresholdOptions {
    fn default() -> Self {
        Self {
            floor: 0.05,
            ceiling: 0.95,
            minimum_positives: 5,
        }
    }
}

/// The outcome of [`choose_thresholds`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenThresholds {
    /// The threshold of each label; a label is predicted when its probability is at least this.
    pub per_label: Vec<f32>,
    /// The single threshold that maximises micro-F1 over all labels pooled.
    pub global: f32,
    /// For each label, whether it took the global threshold (too few positives, or no
    /// threshold within the floor and ceiling predicts one of its positives).
    pub fell_back: Vec<bool>,
}

/// Chooses a threshold per label that maximises its F1 on validation data.
///
/// `probabilities[example][label]` are a model's scores and `gold[example][label]` the truth.
/// For each label, the examples are sorted by probability and every cut between two distinct
/// probabilities is a candidate; the threshold placed in a cut is the midpoint of the two
/// probabilities (more robust on new data than either end), moved into `[floor, ceiling]` when it
/// lies outside but part of the cut lies inside. Among equal F1s the highest threshold wins. The
/// global threshold is chosen the same way on all `(probability, gold)` pairs pooled (0.5, moved
/// into the range, when there is no positive at all).
///
/// # Errors
///
/// [`LinearError`] when the shapes disagree, a probability is not finite, or the floor and
/// ceiling are not `0 <= floor <= ceiling <= 1`.
pub fn choose_thresholds(
    probabilities: &[Vec<f32>],
    gold: &[Vec<bool>],
    options: &ThresholdOptions,
) -> Result<ChosenThresholds, LinearError> {
    if !(0.0 <= options.floor && options.floor <= options.ceiling && options.ceiling <= 1.0) {
        return Err(LinearError::InvalidParameter {
            name: "floor and ceiling",
            message: format!(
                "need 0 <= floor <= ceiling <= 1, found {} and {}",
                options.floor, options.ceiling
            ),
        });
    }
    let label_count = check_matrix_shapes(probabilities, gold)?;
    if let Some(bad) = probabilities
        .iter()
        .flatten()
        .find(|probability| !probability.is_finite())
    {
        return Err(LinearError::InvalidParameter {
            name: "probabilities",
            message: format!("{bad} is not a finite number"),
        });
    }

    let pooled: Vec<(f32, bool)> = probabilities
        .iter()
        .zip(gold)
        .flat_map(|(scores, truths)| scores.iter().copied().zip(truths.iter().copied()))
        .collect();
    let global = best_threshold(pooled, options).unwrap_or(0.5_f32.clamp(options.floor, options.ceiling));

    let mut per_label = Vec::with_capacity(label_count);
    let mut fell_back = Vec::with_capacity(label_count);
    for label in 0..label_count {
        let pairs: Vec<(f32, bool)> = probabilities
            .iter()
            .zip(gold)
            .map(|(scores, truths)| (scores[label], truths[label]))
            .collect();
        let positives = pairs.iter().filter(|&&(_, truth)| truth).count();
        let own = if positives >= options.minimum_positives {
            best_threshold(pairs, options)
        } else {
            None
        };
        per_label.push(own.unwrap_or(global));
        fell_back.push(own.is_none());
    }
    Ok(ChosenThresholds {
        per_label,
        global,
        fell_back,
    })
}

/// Whether each label is predicted: its probability is at least its threshold. Labels beyond the
/// shorter of the two slices are not returned.
#[must_use]
pub fn apply_thresholds(probabilities: &[f32], thresholds: &[f32]) -> Vec<bool> {
    probabilities
        .iter()
        .zip(thresholds)
        .map(|(probability, threshold)| probability >= threshold)
        .collect()
}

/// Checks that two example × label matrices have the same shape; returns the label count.
pub(crate) fn check_matrix_shapes<T, U>(first: &[Vec<T>], gold: &[Vec<U>]) -> Result<usize, LinearError> {
    if first.len() != gold.len() {
        return Err(LinearError::LengthMismatch {
            what: "gold labels".to_owned(),
            expected: first.len(),
            found: gold.len(),
        });
    }
    let label_count = gold.first().map_or(0, Vec::len);
    for (example, (row, gold_row)) in first.iter().zip(gold).enumerate() {
        if gold_row.len() != label_count {
            return Err(LinearError::LengthMismatch {
                what: format!("gold labels of example {example}"),
                expected: label_count,
                found: gold_row.len(),
            });
        }
        if row.len() != label_count {
            return Err(LinearError::LengthMismatch {
                what: format!("row {example}"),
                expected: label_count,
                found: row.len(),
            });
        }
    }
    Ok(label_count)
}

/// The F1-maximising threshold within `[floor, ceiling]` for `(probability, gold)` pairs, or
/// `None` when no threshold in range predicts a single true positive.
fn best_threshold(mut pairs: Vec<(f32, bool)>, options: &ThresholdOptions) -> Option<f32> {
    let positives = pairs.iter().filter(|&&(_, truth)| truth).count();
    pairs.sort_by(|left, right| right.0.total_cmp(&left.0));
    let (mut true_positives, mut false_positives) = (0_usize, 0_usize);
    let mut best: Option<(f64, f32)> = None;
    let mut position = 0;
    while position < pairs.len() {
        // Predict every example whose probability equals this one: ties cannot be split.
        let probability = pairs[position].0;
        while position < pairs.len() && pairs[position].0 == probability {
            if pairs[position].1 {
                true_positives += 1;
            } else {
                false_positives += 1;
            }
            position += 1;
        }
        let next = pairs.get(position).map_or(f32::NEG_INFINITY, |pair| pair.0);
        let Some(threshold) = threshold_in_cut(probability, next, options) else {
            continue;
        };
        let f1 = f1_score(true_positives, false_positives, positives - true_positives);
        if f1 > 0.0 && best.is_none_or(|(best_f1, _)| f1 > best_f1) {
            best = Some((f1, threshold));
        }
    }
    best.map(|(_, threshold)| threshold)
}

/// A threshold `t` with `next < t <= probability` inside `[floor, ceiling]`, as near the midpoint
/// of the cut as the range allows, or `None` when the cut and the range do not meet.
fn threshold_in_cut(probability: f32, next: f32, options: &ThresholdOptions) -> Option<f32> {
    let fits = |threshold: f32| next < threshold && threshold <= probability;
    let midpoint = if next.is_finite() {
        next + (probability - next) / 2.0
    } else {
        options.floor
    };
    [midpoint, probability]
        .into_iter()
        .map(|threshold| threshold.clamp(options.floor, options.ceiling))
        .find(|&threshold| fits(threshold))
}

/// F1 from counts: `2·tp / (2·tp + fp + fn)`, 0 when there is nothing to count.
pub(crate) fn f1_score(true_positives: usize, false_positives: usize, false_negatives: usize) -> f64 {
    let denominator = 2 * true_positives + false_positives + false_negatives;
    if denominator == 0 {
        0.0
    } else {
        (2 * true_positives) as f64 / denominator as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[f32]) -> Vec<Vec<f32>> {
        values.iter().map(|&value| vec![value]).collect()
    }

    fn truths(values: &[bool]) -> Vec<Vec<bool>> {
        values.iter().map(|&value| vec![value]).collect()
    }

    #[test]
    fn picks_the_midpoint_of_the_best_cut() {
        // Positives at 0.9, 0.7, 0.3; negatives at 0.6, 0.2, 0.1.
        // Cut below 0.7: tp 2, fp 0, fn 1 → F1 0.8. Cut below 0.3: tp 3, fp 1 → F1 6/7 ≈ 0.857.
        let probabilities = column(&[0.9, 0.7, 0.6, 0.3, 0.2, 0.1]);
        let gold = truths(&[true, true, false, true, false, false]);
        let options = ThresholdOptions {
            minimum_positives: 1,
            ..ThresholdOptions::default()
        };
        let chosen = choose_thresholds(&probabilities, &gold, &options).unwrap();
        assert!((chosen.per_label[0] - 0.25).abs() < 1e-6, "{chosen:?}");
        assert_eq!(chosen.fell_back, vec![false]);
    }

    #[test]
    fn respects_the_floor_and_ceiling() {
        // The best cut lies between 0.02 and 0.01, below the floor; the floor still separates them.
        let probabilities = column(&[0.03, 0.02, 0.01]);
        let gold = truths(&[true, true, false]);
        let options = ThresholdOptions {
            floor: 0.018,
            ceiling: 0.95,
            minimum_positives: 1,
        };
        let chosen = choose_thresholds(&probabilities, &gold, &options).unwrap();
        assert_eq!(chosen.per_label, vec![0.018]);
        // With a floor above every probability no threshold predicts anything: fall back.
        let options = ThresholdOptions {
            floor: 0.5,
            ceiling: 0.95,
            minimum_positives: 1,
        };
        let chosen = choose_thresholds(&probabilities, &gold, &options).unwrap();
        assert_eq!(chosen.fell_back, vec![true]);
        assert_eq!(chosen.per_label, vec![0.5]);
    }

    #[test]
    fn rare_labels_take_the_global_threshold() {
        // Label 0 has four positives (enough with a minimum of 3), label 1 has one.
        let probabilities = vec![
            vec![0.8, 0.9],
            vec![0.7, 0.1],
            vec![0.6, 0.2],
            vec![0.5, 0.3],
            vec![0.2, 0.4],
            vec![0.1, 0.05],
        ];
        let gold = vec![
            vec![true, true],
            vec![true, false],
            vec![true, false],
            vec![true, false],
            vec![false, false],
            vec![false, false],
        ];
        let options = ThresholdOptions {
            minimum_positives: 3,
            ..ThresholdOptions::default()
        };
        let chosen = choose_thresholds(&probabilities, &gold, &options).unwrap();
        assert_eq!(chosen.fell_back, vec![false, true]);
        assert!((chosen.per_label[0] - 0.35).abs() < 1e-6);
        assert_eq!(chosen.per_label[1], chosen.global);
        // Pooled, the best cut is between 0.5 and 0.4 (tp 5, fp 0, fn 0).
        assert!((chosen.global - 0.45).abs() < 1e-6);
    }

    #[test]
    fn rejects_bad_shapes_and_values() {
        let options = ThresholdOptions::default();
        assert!(choose_thresholds(&column(&[0.5]), &truths(&[true, false]), &options).is_err());
        assert!(choose_thresholds(&column(&[f32::NAN]), &truths(&[true]), &options).is_err());
        let inverted = ThresholdOptions {
            floor: 0.9,
            ceiling: 0.1,
            minimum_positives: 1,
        };
        assert!(choose_thresholds(&column(&[0.5]), &truths(&[true]), &inverted).is_err());
        assert!(choose_thresholds(&[], &[], &options)
            .unwrap()
            .per_label
            .is_empty());
    }

    #[test]
    fn apply_thresholds_predicts_at_or_above() {
        assert_eq!(
            apply_thresholds(&[0.5, 0.49, 0.9], &[0.5, 0.5, 0.95]),
            vec![true, false, false]
        );
    }
}
