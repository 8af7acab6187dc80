//! One-vs-rest L2-regularised logistic regression over hashed sparse vectors, trained with
//! FTRL-Proximal, and the [`LinearModel`] it produces.
//!
//! Why FTRL-Proximal, and what it computes, is explained on [`train`].

use crate::feature_hashing::{FeatureHasher, SparseVector};
use crate::random::SplitMix64;
use crate::LinearError;

/// FTRL-Proximal's β: the learning rate of a coordinate on its first update is
/// `learning_rate / BETA`. McMahan et al. report that 1.0 is usually good enough.
const BETA: f32 = 1.0;

/// The most weights (buckets × labels) a model may hold: 2²⁸ weights, 1 GiB of `f32`, well
/// beyond any text classifier rhetor trains, and a bound that keeps a corrupt model file from
/// asking for an absurd allocation.
pub const MAX_WEIGHT_COUNT: usize = 1 << 28;

/// How much a positive example of a label weighs in its loss, relative to a negative one.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum PositiveWeight {
    /// Every example weighs 1.
    #[default]
    None,
    /// For each label, positives weigh `negatives / positives` (1 when a label has no positive
    /// or no negative example), so that both classes weigh the same in total.
    Balanced,
    /// Positives of every label weigh this much (finite and positive).
    Fixed(f32),
}

/// The hyperparameters of [`train`].
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingOptions {
    /// Passes over the examples, each in a new shuffled order (at least 1).
    pub epochs: u32,
    /// L2 penalty on the weights, relative to the *sum* of the losses (finite, at least 0).
    pub l2: f32,
    /// L1 penalty on the weights (finite, at least 0); above 0 it zeroes rarely useful buckets,
    /// which makes models sparse and their files small.
    pub l1: f32,
    /// FTRL's α: the step size of a coordinate is `learning_rate / (BETA + sqrt(n))` where `n`
    /// is the sum of its squared gradients (finite, above 0).
    pub learning_rate: f32,
    /// The weight of positive examples, for labels whose positives are rare.
    pub positive_weight: PositiveWeight,
    /// The seed of the example order: the same seed and inputs give a bit-identical model.
    pub seed: u64,
}

impl Default for TrainingOptions {
    /// Values that fit L2-normalised text vectors of a few thousand to a few tens of thousands of
    /// examples: ten epochs, `l2 = 1`, no L1, `learning_rate = 0.5`, unweighted, seed 0.
    fn default() -> Self {
        Self {
            epochs: 10,
            l2: 1.0,
            l1: 0.0,
            learning_rate: 0.5,
            positive_weight: PositiveWeight::None,
            seed: 0,
        }
    }
}

/// A trained (or loaded) one-vs-rest linear model: per label a bias, a weight per bucket and a
/// decision threshold, with the hashing parameters its inputs must be built with.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearModel {
    label_names: Vec<String>,
    feature_hasher: FeatureHasher,
    namespace_description: String,
    metadata: String,
    biases: Vec<f32>,
    thresholds: Vec<f32>,
    weights: Weights,
}

/// A model's weights, bucket-major: the weight of `label` for `bucket` is at
/// `bucket * label_count + label`, so that scoring one feature reads one contiguous row for all
/// labels.
#[derive(Debug, Clone, PartialEq)]
enum Weights {
    /// Full precision, as training leaves them.
    Full(Vec<f32>),
    /// As a model file stores them: see [`QuantisedRows`].
    Quantised(QuantisedRows),
}

/// The weights of a loaded model: an 8-bit level per bucket and label, and per label the weight
/// of each of the 256 levels (indexed by the level's byte), so that a row of 23 labels is one
/// cache line instead of three while every weight is the very `f32` that dequantising at load
/// would give.
///
/// Only the rows with a non-zero level are stored, one after the other, found through a bitmap
/// of the buckets that have one and the count of such rows before each 64 buckets. Trained with
/// an L1 penalty, two thirds of a text model's rows are all zero; scoring reads rows at random,
/// so that memory is what it waits for: a feature in an all-zero row now costs a look at the
/// bitmap (a few kilobytes, in cache) instead of a row fetched from memory, and the rows that
/// remain take a third of the memory. A skipped row would have added `0 × value` to each
/// margin, which leaves every non-zero margin bit for bit as it was.
#[derive(Debug, Clone, PartialEq)]
struct QuantisedRows {
    label_count: usize,
    /// Bit `b % 64` of word `b / 64` is set when bucket `b` has a non-zero level.
    stored_buckets: Vec<u64>,
    /// How many stored rows come before the buckets of each word of `stored_buckets`.
    rows_before_word: Vec<u32>,
    /// The stored rows, `label_count` levels each, in bucket order.
    levels: Vec<i8>,
    /// For each label, the weight of each level byte.
    level_weights: Vec<[f32; 256]>,
}

/// The index of `level` in a label's table of level weights.
fn level_index(level: i8) -> usize {
    usize::from(level.to_le_bytes()[0])
}

impl QuantisedRows {
    /// The rows of bucket-major `levels` (`level_weights.len()` labels per bucket).
    fn new(levels: &[i8], level_weights: Vec<[f32; 256]>) -> Self {
        let label_count = level_weights.len().max(1);
        let bucket_count = levels.len() / label_count;
        let mut stored_buckets = vec![0_u64; bucket_count.div_ceil(64)];
        let mut rows_before_word = Vec::with_capacity(stored_buckets.len());
        let mut stored_levels = Vec::new();
        let mut stored_rows = 0_u32;
        for (word_index, word) in stored_buckets.iter_mut().enumerate() {
            rows_before_word.push(stored_rows);
            for bit in 0..64 {
                let bucket = word_index * 64 + bit;
                let Some(row) = levels.get(bucket * label_count..(bucket + 1) * label_count) else {
                    break;
                };
                if row.iter().any(|&level| level != 0) {
                    *word |= 1 << bit;
                    stored_levels.extend_from_slice(row);
                    // At most `MAX_WEIGHT_COUNT` (2²⁸) weights, so the count fits in u32.
                    stored_rows = stored_rows.saturating_add(1);
                }
            }
        }
        Self {
            label_count,
            stored_buckets,
            rows_before_word,
            levels: stored_levels,
            level_weights,
        }
    }

    /// Where the levels of `bucket` start in `levels`, and the levels, or `None` when all are
    /// zero or the bucket is out of range.
    fn row(&self, bucket: u32) -> Option<(usize, &[i8])> {
        let bucket = bucket as usize;
        let word = *self.stored_buckets.get(bucket / 64)?;
        let bit = bucket % 64;
        if word >> bit & 1 == 0 {
            return None;
        }
        let earlier_in_word = (word & ((1 << bit) - 1)).count_ones() as usize;
        let row = *self.rows_before_word.get(bucket / 64)? as usize + earlier_in_word;
        let start = row * self.label_count;
        Some((start, self.levels.get(start..start + self.label_count)?))
    }

    /// The weight of `label` for `bucket` (0 for a row that is not stored).
    fn weight(&self, label: usize, bucket: u32) -> Option<f32> {
        let table = self.level_weights.get(label)?;
        Some(
            self.row(bucket)
                .map_or(0.0, |(_, row)| table[level_index(row[label])]),
        )
    }

    /// Adds `value` times each label's weight for `bucket` to its entry of `margins`, for each
    /// `(bucket, value)` of `entries` in turn.
    ///
    /// Rows are found a batch at a time, and each row's first and last level read as it is
    /// found, before any row is added: the reads of a batch's rows, each likely a cache miss,
    /// are then under way together instead of one after the other (adding a row's 23 weights
    /// takes long enough that the processor would not reach the next row's read before the
    /// first one's arrives). Each margin still receives its additions in the order of `entries`.
    fn add_weights(&self, entries: impl IntoIterator<Item = (u32, f32)>, margins: &mut [f32]) {
        /// How many rows are found before any is added.
        const BATCH: usize = 32;
        let (Some((first_table, _)), Some((last_table, _))) =
            (self.level_weights.split_first(), self.level_weights.split_last())
        else {
            return;
        };
        let last_label = self.label_count - 1;
        let mut entries = entries.into_iter();
        // Each found row: its levels' start, the entry's value, its first and its last level.
        let mut batch = [(0_usize, 0.0_f32, 0_i8, 0_i8); BATCH];
        loop {
            let mut found = 0;
            for (bucket, value) in entries.by_ref() {
                if let Some((start, row)) = self.row(bucket) {
                    if let (Some(&first), Some(&last)) = (row.first(), row.last()) {
                        batch[found] = (start, value, first, last);
                        found += 1;
                        if found == BATCH {
                            break;
                        }
                    }
                }
            }
            for &(start, value, first, last) in &batch[..found] {
                // Labels in any order: each margin gets one addition per entry.
                if let Some(margin) = margins.get_mut(0) {
                    *margin += first_table[level_index(first)] * value;
                }
                if last_label > 0 {
                    if let Some(margin) = margins.get_mut(last_label) {
                        *margin += last_table[level_index(last)] * value;
                    }
                    let middle = self.levels.get(start + 1..start + last_label).unwrap_or(&[]);
                    let middle_margins = margins.get_mut(1..last_label).unwrap_or(&mut []);
                    let middle_tables = self.level_weights.get(1..last_label).unwrap_or(&[]);
                    for ((margin, &level), table) in middle_margins.iter_mut().zip(middle).zip(middle_tables)
                    {
                        *margin += table[level_index(level)] * value;
                    }
                }
            }
            if found < BATCH {
                return;
            }
        }
    }
}

impl LinearModel {
    /// Assembles a model whose parts have consistent lengths; used by training and loading.
    pub(crate) fn from_parts(
        label_names: Vec<String>,
        feature_hasher: FeatureHasher,
        biases: Vec<f32>,
        thresholds: Vec<f32>,
        weights: Vec<f32>,
    ) -> Self {
        debug_assert_eq!(biases.len(), label_names.len());
        debug_assert_eq!(thresholds.len(), label_names.len());
        debug_assert_eq!(weights.len(), label_names.len() * feature_hasher.bucket_count());
        Self {
            label_names,
            feature_hasher,
            namespace_description: String::new(),
            metadata: String::new(),
            biases,
            thresholds,
            weights: Weights::Full(weights),
        }
    }

    /// Assembles a loaded model: `levels` bucket-major, and for each label the weight of each
    /// level byte (see [`QuantisedRows`]).
    pub(crate) fn from_quantised_parts(
        label_names: Vec<String>,
        feature_hasher: FeatureHasher,
        biases: Vec<f32>,
        thresholds: Vec<f32>,
        levels: &[i8],
        level_weights: Vec<[f32; 256]>,
    ) -> Self {
        debug_assert_eq!(biases.len(), label_names.len());
        debug_assert_eq!(thresholds.len(), label_names.len());
        debug_assert_eq!(level_weights.len(), label_names.len());
        debug_assert_eq!(levels.len(), label_names.len() * feature_hasher.bucket_count());
        Self {
            label_names,
            feature_hasher,
            namespace_description: String::new(),
            metadata: String::new(),
            biases,
            thresholds,
            weights: Weights::Quantised(QuantisedRows::new(levels, level_weights)),
        }
    }

    /// The names of the labels, in the order of every per-label vector.
    #[must_use]
    pub fn label_names(&self) -> &[String] {
        &self.label_names
    }

    /// The number of labels.
    #[must_use]
    pub fn label_count(&self) -> usize {
        self.label_names.len()
    }

    /// The hasher that input vectors must be built with.
    #[must_use]
    pub fn feature_hasher(&self) -> FeatureHasher {
        self.feature_hasher
    }

    /// A human-readable description of the feature namespaces the caller used (for example
    /// `w=lowercased word, b=word bigram`); saved in the model file so that it documents itself.
    #[must_use]
    pub fn namespace_description(&self) -> &str {
        &self.namespace_description
    }

    /// Sets the [namespace description](Self::namespace_description).
    pub fn set_namespace_description(&mut self, description: String) {
        self.namespace_description = description;
    }

    /// Free-form metadata written by the caller, by convention JSON: the training command, the
    /// data, the validation scores.
    #[must_use]
    pub fn metadata(&self) -> &str {
        &self.metadata
    }

    /// Sets the [metadata](Self::metadata).
    pub fn set_metadata(&mut self, metadata: String) {
        self.metadata = metadata;
    }

    /// The bias (intercept) of each label.
    #[must_use]
    pub fn biases(&self) -> &[f32] {
        &self.biases
    }

    /// The decision threshold of each label on its probability; 0.5 after training.
    #[must_use]
    pub fn thresholds(&self) -> &[f32] {
        &self.thresholds
    }

    /// Sets the decision thresholds, typically from [`choose_thresholds`](crate::choose_thresholds).
    ///
    /// # Errors
    ///
    /// [`LinearError`] when there is not one threshold per label or one is not in `[0, 1]`.
    pub fn set_thresholds(&mut self, thresholds: Vec<f32>) -> Result<(), LinearError> {
        if thresholds.len() != self.label_count() {
            return Err(LinearError::LengthMismatch {
                what: "thresholds".to_owned(),
                expected: self.label_count(),
                found: thresholds.len(),
            });
        }
        if let Some(bad) = thresholds
            .iter()
            .find(|threshold| !(0.0..=1.0).contains(*threshold))
        {
            return Err(LinearError::InvalidParameter {
                name: "thresholds",
                message: format!("{bad} is not between 0 and 1"),
            });
        }
        self.thresholds = thresholds;
        Ok(())
    }

    /// The weight of `label` for `bucket`, or `None` when either is out of range.
    #[must_use]
    pub fn weight(&self, label: usize, bucket: u32) -> Option<f32> {
        if label >= self.label_count() {
            return None;
        }
        let position = usize::try_from(bucket)
            .ok()?
            .checked_mul(self.label_count())?
            .checked_add(label)?;
        match &self.weights {
            Weights::Full(weights) => weights.get(position).copied(),
            Weights::Quantised(rows) => {
                if position < self.label_count() * self.feature_hasher.bucket_count() {
                    rows.weight(label, bucket)
                } else {
                    None
                }
            }
        }
    }

    /// The positions of the row of `bucket` in the bucket-major weights, or `None` when the
    /// bucket is out of range.
    fn row_positions(&self, bucket: u32) -> Option<std::ops::Range<usize>> {
        let start = usize::try_from(bucket).ok()?.checked_mul(self.label_count())?;
        let end = start.checked_add(self.label_count())?;
        (end <= self.label_count() * self.feature_hasher.bucket_count()).then_some(start..end)
    }

    /// The raw scores (log-odds) of every label: bias plus the dot product of weights and vector.
    /// Buckets beyond the model's range contribute nothing.
    #[must_use]
    pub fn margins(&self, vector: &SparseVector) -> Vec<f32> {
        let mut margins = self.biases.clone();
        self.add_weights(vector.iter(), &mut margins);
        margins
    }

    /// Adds `value` times the weight of each label for `bucket` to that label's entry of
    /// `margins` (one per label, in label order), for each `(bucket, value)` of `entries` in
    /// turn: what a vector of those entries adds to [`margins`](Self::margins), for a caller that
    /// sums features without building a vector. Buckets beyond the model's range add nothing.
    pub fn add_weights(&self, entries: impl IntoIterator<Item = (u32, f32)>, margins: &mut [f32]) {
        match &self.weights {
            Weights::Full(weights) => {
                for (bucket, value) in entries {
                    if let Some(row) = self.row_positions(bucket).and_then(|row| weights.get(row)) {
                        for (margin, &weight) in margins.iter_mut().zip(row) {
                            *margin += weight * value;
                        }
                    }
                }
            }
            Weights::Quantised(rows) => rows.add_weights(entries, margins),
        }
    }

    /// The probability of every label, the logistic function of its [margin](Self::margins).
    #[must_use]
    pub fn scores(&self, vector: &SparseVector) -> Vec<f32> {
        self.margins(vector).into_iter().map(logistic).collect()
    }

    /// Whether each label applies: its probability is at least its threshold.
    #[must_use]
    pub fn predict(&self, vector: &SparseVector) -> Vec<bool> {
        crate::apply_thresholds(&self.scores(vector), &self.thresholds)
    }

    /// The `count` buckets of `vector` that move the margin of `label` the most, as
    /// `(bucket, weight × value)`, largest absolute contribution first (ties: lower bucket
    /// first); buckets that contribute nothing are left out, and an unknown label gives nothing.
    ///
    /// The caller maps buckets back to the features it hashed, to explain a decision.
    #[must_use]
    pub fn top_features(&self, label: usize, vector: &SparseVector, count: usize) -> Vec<(u32, f32)> {
        let mut contributions: Vec<(u32, f32)> = vector
            .iter()
            .filter_map(|(bucket, value)| Some((bucket, self.weight(label, bucket)? * value)))
            .filter(|&(_, contribution)| contribution != 0.0)
            .collect();
        contributions
            .sort_by(|left, right| right.1.abs().total_cmp(&left.1.abs()).then(left.0.cmp(&right.0)));
        contributions.truncate(count);
        contributions
    }

    /// All weights, bucket-major (see [`weight`](Self::weight) for the layout's meaning); a
    /// loaded model's are spread out into a new dense vector.
    pub(crate) fn weights(&self) -> std::borrow::Cow<'_, [f32]> {
        match &self.weights {
            Weights::Full(weights) => std::borrow::Cow::Borrowed(weights),
            Weights::Quantised(rows) => {
                let label_count = self.label_count();
                let mut weights = vec![0.0_f32; label_count * self.feature_hasher.bucket_count()];
                for (bucket, row) in weights.chunks_mut(label_count).enumerate() {
                    if let Some((_, levels)) = u32::try_from(bucket).ok().and_then(|bucket| rows.row(bucket))
                    {
                        for ((weight, &level), table) in row.iter_mut().zip(levels).zip(&rows.level_weights) {
                            *weight = table[level_index(level)];
                        }
                    }
                }
                std::borrow::Cow::Owned(weights)
            }
        }
    }
}

/// The logistic function `1 / (1 + e^-x)`, computed without overflow for large `|x|`.
pub(crate) fn logistic(margin: f32) -> f32 {
    if margin >= 0.0 {
        1.0 / (1.0 + (-margin).exp())
    } else {
        let exponential = margin.exp();
        exponential / (1.0 + exponential)
    }
}

/// The checked hyperparameters, in the form the inner loop uses.
struct FtrlParameters {
    learning_rate: f32,
    l1: f32,
    l2: f32,
}

impl FtrlParameters {
    /// The weight that FTRL-Proximal's accumulators `z` and `n` imply.
    fn weight(&self, z: f32, n: f32) -> f32 {
        if z.abs() <= self.l1 {
            0.0
        } else {
            -(z - z.signum() * self.l1) / ((BETA + n.sqrt()) / self.learning_rate + self.l2)
        }
    }

    /// Updates the accumulators of one coordinate with its `gradient`, given its current `weight`.
    fn update(&self, z: &mut f32, n: &mut f32, gradient: f32, weight: f32) {
        let squared = gradient * gradient;
        let sigma = ((*n + squared).sqrt() - n.sqrt()) / self.learning_rate;
        *z += gradient - sigma * weight;
        *n += squared;
    }
}

/// Checks the options; returns the per-label weight of positive examples.
fn check_options(
    options: &TrainingOptions,
    labels: &[Vec<bool>],
    label_count: usize,
) -> Result<Vec<f32>, LinearError> {
    let invalid = |name: &'static str, message: String| Err(LinearError::InvalidParameter { name, message });
    if options.epochs == 0 {
        return invalid("epochs", "must be at least 1".to_owned());
    }
    if !(options.l2.is_finite() && options.l2 >= 0.0) {
        return invalid(
            "l2",
            format!("{} is not a finite number of at least 0", options.l2),
        );
    }
    if !(options.l1.is_finite() && options.l1 >= 0.0) {
        return invalid(
            "l1",
            format!("{} is not a finite number of at least 0", options.l1),
        );
    }
    if !(options.learning_rate.is_finite() && options.learning_rate > 0.0) {
        return invalid(
            "learning_rate",
            format!("{} is not a finite number above 0", options.learning_rate),
        );
    }
    match options.positive_weight {
        PositiveWeight::None => Ok(vec![1.0; label_count]),
        PositiveWeight::Fixed(weight) if weight.is_finite() && weight > 0.0 => Ok(vec![weight; label_count]),
        PositiveWeight::Fixed(weight) => invalid(
            "positive_weight",
            format!("{weight} is not a finite number above 0"),
        ),
        PositiveWeight::Balanced => Ok((0..label_count)
            .map(|label| {
                let positives = labels.iter().filter(|row| row[label]).count();
                let negatives = labels.len() - positives;
                if positives == 0 || negatives == 0 {
                    1.0
                } else {
                    (negatives as f64 / positives as f64) as f32
                }
            })
            .collect()),
    }
}

/// Checks that examples, labels and names agree and that every bucket fits the hasher.
pub(crate) fn check_shapes(
    examples: &[SparseVector],
    labels: &[Vec<bool>],
    label_names: &[String],
    feature_hasher: FeatureHasher,
) -> Result<(), LinearError> {
    if label_names.is_empty() {
        return Err(LinearError::InvalidParameter {
            name: "label_names",
            message: "no labels".to_owned(),
        });
    }
    if label_names.len().saturating_mul(feature_hasher.bucket_count()) > MAX_WEIGHT_COUNT {
        return Err(LinearError::InvalidParameter {
            name: "label_names",
            message: format!(
                "{} labels × {} buckets exceed the limit of {MAX_WEIGHT_COUNT} weights",
                label_names.len(),
                feature_hasher.bucket_count()
            ),
        });
    }
    if labels.len() != examples.len() {
        return Err(LinearError::LengthMismatch {
            what: "labels".to_owned(),
            expected: examples.len(),
            found: labels.len(),
        });
    }
    for (example, row) in labels.iter().enumerate() {
        if row.len() != label_names.len() {
            return Err(LinearError::LengthMismatch {
                what: format!("labels of example {example}"),
                expected: label_names.len(),
                found: row.len(),
            });
        }
    }
    for (example, vector) in examples.iter().enumerate() {
        // Indices are increasing, so the last one is the largest.
        if let Some(&bucket) = vector.indices().last() {
            if usize::try_from(bucket).map_or(true, |bucket| bucket >= feature_hasher.bucket_count()) {
                return Err(LinearError::BucketOutOfRange {
                    example,
                    bucket,
                    bucket_count: feature_hasher.bucket_count(),
                });
            }
        }
    }
    Ok(())
}

/// Trains one logistic regression per label on `examples`, whose gold labels are the rows of
/// `labels` (one `bool` per name in `label_names`), with FTRL-Proximal. Thresholds start at 0.5.
///
/// # Why FTRL-Proximal
///
/// FTRL-Proximal (McMahan et al. 2013, "Ad click prediction: a view from the trenches") is
/// stochastic gradient descent with AdaGrad's per-coordinate learning rates, written so that a
/// coordinate's weight is a closed-form function of two accumulators, `z` and `n`:
///
/// ```text
/// w = 0                                                   if |z| <= l1
/// w = -(z - sign(z) * l1) / ((BETA + sqrt(n)) / learning_rate + l2)   otherwise
/// ```
///
/// After each example with gradient `g` for a coordinate:
/// `sigma = (sqrt(n + g²) - sqrt(n)) / learning_rate; z += g - sigma * w; n += g²`.
///
/// It was chosen over full-batch L-BFGS and over plain SGD for three reasons:
///
/// - **Cost proportional to the non-zero features.** The regularisation is inside the closed
///   form, so an example touches only its own buckets; plain SGD with L2 must either shrink every
///   one of the `2^18 × labels` weights after each example or track lazy shrinkage, and L-BFGS
///   touches every weight at every iteration and needs tens to hundreds of passes plus line
///   searches. An epoch costs `examples × non-zeros × labels` multiply-adds, so 20 000 paragraphs
///   of a few hundred features and 23 labels train in seconds on one core (measured in release
///   mode: 20 000 examples × 210 non-zeros × 23 labels × 2^18 buckets, 0.55 to 0.85 s an epoch,
///   5 to 8 s for the default ten epochs).
/// - **Per-coordinate learning rates.** Rare words get large steps and frequent ones small
///   steps, which is what hashed text features need; a single `learning_rate` works across data
///   sets without tuning a schedule.
/// - **Determinism.** One fixed example order per epoch (a seeded Fisher–Yates shuffle) and a
///   fixed order of floating-point operations make the model bit-identical for the same inputs,
///   on every run and thread count.
///
/// The objective is the sum over examples (and epochs) of the weighted logistic loss plus
/// `l2 / 2 × ‖w‖²` plus `l1 × ‖w‖₁`, per label; the bias of each label is learned the same way,
/// without regularisation. Labels are independent problems (one-vs-rest) that share the pass
/// over the examples, so that a binary classifier is simply the one-label case.
///
/// # Errors
///
/// [`LinearError`] when the lengths disagree, there is no label, a bucket is out of the hasher's
/// range, the model would exceed [`MAX_WEIGHT_COUNT`], or an option is out of range.
pub fn train(
    examples: &[SparseVector],
    labels: &[Vec<bool>],
    label_names: Vec<String>,
    feature_hasher: FeatureHasher,
    options: &TrainingOptions,
) -> Result<LinearModel, LinearError> {
    check_shapes(examples, labels, &label_names, feature_hasher)?;
    let positive_weights = check_options(options, labels, label_names.len())?;
    let label_count = label_names.len();
    let weighted = FtrlParameters {
        learning_rate: options.learning_rate,
        l1: options.l1,
        l2: options.l2,
    };
    let unregularised = FtrlParameters {
        learning_rate: options.learning_rate,
        l1: 0.0,
        l2: 0.0,
    };

    // Accumulators, bucket-major like the model's weights.
    let mut z = vec![0.0_f32; feature_hasher.bucket_count() * label_count];
    let mut n = vec![0.0_f32; z.len()];
    let mut bias_z = vec![0.0_f32; label_count];
    let mut bias_n = vec![0.0_f32; label_count];

    // Buffers reused across examples, to keep allocation out of the inner loop.
    let mut example_weights: Vec<f32> = Vec::new();
    let mut margins = vec![0.0_f32; label_count];
    let mut gradient_scales = vec![0.0_f32; label_count];

    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut random = SplitMix64::new(options.seed);
    for _ in 0..options.epochs {
        random.shuffle(&mut order);
        for &example in &order {
            let vector = &examples[example];
            let gold = &labels[example];

            // Forward: the current weights of the example's buckets, kept for the update.
            example_weights.clear();
            for (label, margin) in margins.iter_mut().enumerate() {
                *margin = unregularised.weight(bias_z[label], bias_n[label]);
            }
            for (bucket, value) in vector.iter() {
                let start = bucket as usize * label_count;
                for (label, (&z_value, &n_value)) in z[start..start + label_count]
                    .iter()
                    .zip(&n[start..start + label_count])
                    .enumerate()
                {
                    let weight = weighted.weight(z_value, n_value);
                    example_weights.push(weight);
                    margins[label] += weight * value;
                }
            }

            // The gradient of the weighted logistic loss with respect to the margin.
            for label in 0..label_count {
                let probability = logistic(margins[label]);
                gradient_scales[label] = if gold[label] {
                    (probability - 1.0) * positive_weights[label]
                } else {
                    probability
                };
            }

            // Update: each coordinate's gradient is the margin's gradient times its value.
            for (position, (bucket, value)) in vector.iter().enumerate() {
                let start = bucket as usize * label_count;
                let current = &example_weights[position * label_count..(position + 1) * label_count];
                for (label, ((z_value, n_value), &weight)) in z[start..start + label_count]
                    .iter_mut()
                    .zip(&mut n[start..start + label_count])
                    .zip(current)
                    .enumerate()
                {
                    weighted.update(z_value, n_value, gradient_scales[label] * value, weight);
                }
            }
            for label in 0..label_count {
                let weight = unregularised.weight(bias_z[label], bias_n[label]);
                unregularised.update(
                    &mut bias_z[label],
                    &mut bias_n[label],
                    gradient_scales[label],
                    weight,
                );
            }
        }
    }

    let weights = z
        .iter()
        .zip(&n)
        .map(|(&z_value, &n_value)| weighted.weight(z_value, n_value))
        .collect();
    let biases = bias_z
        .iter()
        .zip(&bias_n)
        .map(|(&z_value, &n_value)| unregularised.weight(z_value, n_value))
        .collect();
    Ok(LinearModel::from_parts(
        label_names,
        feature_hasher,
        biases,
        vec![0.5; label_count],
        weights,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic_problem::{synthetic_problem, synthetic_problem_with_vocabulary};
    use crate::{multi_label_scores, save};

    #[test]
    fn learns_a_separable_problem() {
        let training = synthetic_problem(2_000, 5, 16, 20, 1);
        let test = synthetic_problem(500, 5, 16, 20, 2);
        let model = train(
            &training.examples,
            &training.labels,
            training.label_names,
            training.feature_hasher,
            &TrainingOptions::default(),
        )
        .unwrap();
        let predicted: Vec<Vec<bool>> = test.examples.iter().map(|vector| model.predict(vector)).collect();
        let scores = multi_label_scores(&predicted, &test.labels).unwrap();
        assert!(scores.micro.f1 > 0.99, "{scores:?}");
        assert!(scores.macro_f1 > 0.99, "{scores:?}");
    }

    #[test]
    fn binary_is_the_one_label_case_and_balanced_weights_help_rare_positives() {
        let training = synthetic_problem(1_000, 1, 14, 20, 3);
        for positive_weight in [
            PositiveWeight::None,
            PositiveWeight::Balanced,
            PositiveWeight::Fixed(2.0),
        ] {
            let options = TrainingOptions {
                positive_weight,
                ..TrainingOptions::default()
            };
            let model = train(
                &training.examples,
                &training.labels,
                training.label_names.clone(),
                training.feature_hasher,
                &options,
            )
            .unwrap();
            let correct = training
                .examples
                .iter()
                .zip(&training.labels)
                .filter(|(vector, gold)| model.predict(vector) == **gold)
                .count();
            assert!(correct >= 990, "{positive_weight:?}: {correct}");
        }
    }

    #[test]
    fn training_is_deterministic_and_depends_on_the_seed() {
        let problem = synthetic_problem(300, 3, 12, 10, 4);
        let model_bytes = |seed: u64| {
            let options = TrainingOptions {
                seed,
                epochs: 3,
                ..TrainingOptions::default()
            };
            let model = train(
                &problem.examples,
                &problem.labels,
                problem.label_names.clone(),
                problem.feature_hasher,
                &options,
            )
            .unwrap();
            let mut bytes = Vec::new();
            save(&model, &mut bytes).unwrap();
            (model, bytes)
        };
        let (first_model, first_bytes) = model_bytes(9);
        let (second_model, second_bytes) = model_bytes(9);
        assert_eq!(first_bytes, second_bytes);
        // Bit-identical floats, not just equal quantised bytes.
        let bits = |model: &LinearModel| {
            model
                .weights()
                .iter()
                .map(|weight| weight.to_bits())
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(&first_model), bits(&second_model));
        assert_ne!(bits(&first_model), bits(&model_bytes(10).0));
    }

    #[test]
    fn l1_makes_the_model_sparse() {
        let problem = synthetic_problem(1_000, 2, 14, 20, 5);
        let non_zero = |l1: f32| {
            let options = TrainingOptions {
                l1,
                ..TrainingOptions::default()
            };
            let model = train(
                &problem.examples,
                &problem.labels,
                problem.label_names.clone(),
                problem.feature_hasher,
                &options,
            )
            .unwrap();
            model.weights().iter().filter(|&&weight| weight != 0.0).count()
        };
        // Noise words (most buckets) are zeroed; the cue words survive.
        assert!(non_zero(2.0) * 4 < non_zero(0.0));
    }

    #[test]
    fn top_features_rank_by_contribution() {
        let problem = synthetic_problem(1_000, 2, 14, 20, 6);
        let model = train(
            &problem.examples,
            &problem.labels,
            problem.label_names,
            problem.feature_hasher,
            &TrainingOptions::default(),
        )
        .unwrap();
        let hasher = problem.feature_hasher;
        let mut builder = crate::SparseVectorBuilder::new();
        hasher.add_feature(&mut builder, b'w', "cue1_3", 1.0);
        hasher.add_feature(&mut builder, b'w', "noise17", 1.0);
        let vector = builder.finish(crate::Normalisation::None);
        let top = model.top_features(1, &vector, 5);
        assert_eq!(top[0].0, hasher.hash_feature(b'w', "cue1_3").bucket);
        assert!(top[0].1 > 1.0, "{top:?}");
        assert!(top.len() <= 2);
        assert!(model.top_features(2, &vector, 5).is_empty());
        assert!(model.top_features(1, &vector, 0).is_empty());
    }

    #[test]
    fn scoring_ignores_buckets_beyond_the_model() {
        let problem = synthetic_problem(50, 2, 8, 5, 7);
        let model = train(
            &problem.examples,
            &problem.labels,
            problem.label_names,
            problem.feature_hasher,
            &TrainingOptions::default(),
        )
        .unwrap();
        let mut builder = crate::SparseVectorBuilder::new();
        builder.add(u32::MAX, 1.0);
        builder.add(1 << 20, 1.0);
        let outside = builder.finish(crate::Normalisation::None);
        assert_eq!(model.scores(&outside), model.scores(&SparseVector::default()));
        assert_eq!(model.weight(0, u32::MAX), None);
        assert_eq!(model.weight(5, 0), None);
    }

    #[test]
    fn bad_inputs_are_errors() {
        let problem = synthetic_problem(10, 2, 8, 5, 8);
        let names = problem.label_names.clone();
        let hasher = problem.feature_hasher;
        let options = TrainingOptions::default();
        assert!(train(
            &problem.examples,
            &problem.labels[..9],
            names.clone(),
            hasher,
            &options
        )
        .is_err());
        assert!(train(
            &problem.examples,
            &problem.labels,
            vec!["one".to_owned()],
            hasher,
            &options
        )
        .is_err());
        assert!(train(&problem.examples, &problem.labels, Vec::new(), hasher, &options).is_err());
        let small = FeatureHasher::new(2).unwrap();
        assert!(matches!(
            train(&problem.examples, &problem.labels, names.clone(), small, &options),
            Err(LinearError::BucketOutOfRange { .. })
        ));
        for bad in [
            TrainingOptions {
                epochs: 0,
                ..TrainingOptions::default()
            },
            TrainingOptions {
                l2: -1.0,
                ..TrainingOptions::default()
            },
            TrainingOptions {
                l1: f32::NAN,
                ..TrainingOptions::default()
            },
            TrainingOptions {
                learning_rate: 0.0,
                ..TrainingOptions::default()
            },
            TrainingOptions {
                positive_weight: PositiveWeight::Fixed(f32::INFINITY),
                ..TrainingOptions::default()
            },
        ] {
            assert!(
                train(&problem.examples, &problem.labels, names.clone(), hasher, &bad).is_err(),
                "{bad:?}"
            );
        }
        let mut model = train(&problem.examples, &problem.labels, names, hasher, &options).unwrap();
        assert!(model.set_thresholds(vec![0.5]).is_err());
        assert!(model.set_thresholds(vec![0.5, 1.5]).is_err());
        assert!(model.set_thresholds(vec![0.2, 0.8]).is_ok());
    }

    /// The measurement behind the choice of optimiser explained on [`train`]: 20 000 examples of 200 features,
    /// 2^18 buckets, 23 labels, with a small (5 000 words) and a text-like (500 000 words) noise
    /// vocabulary. Run with `cargo test --release -p rhetor-linear -- --ignored --nocapture`.
    #[test]
    #[ignore = "a benchmark; run in release mode"]
    fn training_speed() {
        for vocabulary in [5_000, 500_000] {
            let problem = synthetic_problem_with_vocabulary(20_000, 23, 18, 200, vocabulary, 11);
            let test = synthetic_problem_with_vocabulary(2_000, 23, 18, 200, vocabulary, 12);
            let non_zeros: usize = problem.examples.iter().map(SparseVector::len).sum();
            eprintln!(
                "vocabulary {vocabulary}: {:.1} non-zeros per example",
                non_zeros as f64 / 20_000.0
            );
            for epochs in [1, 10] {
                let started = std::time::Instant::now();
                let options = TrainingOptions {
                    epochs,
                    ..TrainingOptions::default()
                };
                let model = train(
                    &problem.examples,
                    &problem.labels,
                    problem.label_names.clone(),
                    problem.feature_hasher,
                    &options,
                )
                .unwrap();
                let elapsed = started.elapsed();
                let mut bytes = Vec::new();
                save(&model, &mut bytes).unwrap();
                let loaded = crate::load(&bytes).unwrap();
                let largest_difference = test
                    .examples
                    .iter()
                    .flat_map(|vector| {
                        model
                            .scores(vector)
                            .into_iter()
                            .zip(loaded.scores(vector))
                            .map(|(a, b)| (a - b).abs())
                    })
                    .fold(0.0_f32, f32::max);
                let predicted: Vec<Vec<bool>> =
                    test.examples.iter().map(|vector| model.predict(vector)).collect();
                let scores = multi_label_scores(&predicted, &test.labels).unwrap();
                let non_zero = model.weights().iter().filter(|&&weight| weight != 0.0).count();
                eprintln!(
                    "  {epochs} epochs: {elapsed:.2?}; test micro-F1 {:.4}; file {} bytes; \
                     {non_zero} non-zero weights; largest quantisation difference {largest_difference:.5}",
                    scores.micro.f1,
                    bytes.len()
                );
            }
        }
    }
}
