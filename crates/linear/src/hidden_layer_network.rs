//! A network with one hidden layer of rectified linear units, for dense inputs whose labels a
//! linear model separates poorly (a word's contextual state from a frozen encoder).
//!
//! It is stored as two [`LinearModel`]s, so that it reuses their file format, 8-bit
//! quantisation and scoring: the **hidden layer** has one "label" per hidden unit over the
//! input's buckets, and the **output layer** one label per class over the hidden units (unit `i`
//! in bucket `i`). A margin is `output(relu(hidden(x)))`.
//!
//! Training ([`train_hidden_layer_network`]) standardises each input dimension, then minimises
//! the summed logistic loss of every label by Adam over shuffled mini-batches with dropout on the
//! hidden units; the standardisation is folded into the hidden layer's weights and biases at the
//! end, so that the stored model reads the raw vectors. The example order, the initial weights
//! and the dropout masks come from the seed (SplitMix64), so a run is reproducible; the matrix
//! products (matrixmultiply, through ndarray) pick their kernel by CPU, so bit-identity is
//! promised on one machine, not across instruction sets.

use ndarray::linalg::general_mat_mul;
use ndarray::{Array1, Array2, Axis, Slice};

use crate::logistic_regression::{check_shapes, logistic};
use crate::random::SplitMix64;
use crate::{FeatureHasher, LinearError, LinearModel, SparseVector};

/// The largest input hasher a network accepts: training keeps a column index per bucket.
const MAX_INPUT_BUCKETS: usize = 1 << 16;

/// The hyperparameters of [`train_hidden_layer_network`].
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkTrainingOptions {
    /// Rectified linear units in the hidden layer (a power of two keeps the output layer's
    /// buckets full; at least 1).
    pub hidden_units: usize,
    /// Passes over the examples, each in a new shuffled order (at least 1).
    pub epochs: u32,
    /// Adam's step size (finite, above 0).
    pub learning_rate: f32,
    /// Examples per gradient step (at least 1).
    pub batch_size: usize,
    /// The probability that a hidden unit is dropped from a training step (in `[0, 1)`).
    pub dropout: f32,
    /// The seed of the initial weights, example order and dropout masks.
    pub seed: u64,
}

impl Default for NetworkTrainingOptions {
    /// 256 hidden units, eight epochs, Adam at 0.0005 over batches of 256, half the units
    /// dropped, seed 0: what a multi-label problem over a few hundred thousand 384-dimensional
    /// states needed in the research behind the techniques analyser.
    fn default() -> Self {
        Self {
            hidden_units: 256,
            epochs: 8,
            learning_rate: 5e-4,
            batch_size: 256,
            dropout: 0.5,
            seed: 0,
        }
    }
}

/// A trained (or loaded) network: see the [module documentation](self).
#[derive(Debug, Clone, PartialEq)]
pub struct HiddenLayerNetwork {
    hidden_layer: LinearModel,
    output_layer: LinearModel,
}

impl HiddenLayerNetwork {
    /// The network of two loaded layers.
    ///
    /// # Errors
    ///
    /// [`LinearError::LengthMismatch`] when the output layer has fewer buckets than the hidden
    /// layer has units.
    pub fn from_layers(hidden_layer: LinearModel, output_layer: LinearModel) -> Result<Self, LinearError> {
        if output_layer.feature_hasher().bucket_count() < hidden_layer.label_count() {
            return Err(LinearError::LengthMismatch {
                what: "the output layer's buckets (one per hidden unit)".to_owned(),
                expected: hidden_layer.label_count(),
                found: output_layer.feature_hasher().bucket_count(),
            });
        }
        Ok(Self {
            hidden_layer,
            output_layer,
        })
    }

    /// The hidden layer: one label per hidden unit.
    #[must_use]
    pub fn hidden_layer(&self) -> &LinearModel {
        &self.hidden_layer
    }

    /// The output layer: one label per class, over the hidden units.
    #[must_use]
    pub fn output_layer(&self) -> &LinearModel {
        &self.output_layer
    }

    /// The output layer, to set its thresholds, description or metadata.
    pub fn output_layer_mut(&mut self) -> &mut LinearModel {
        &mut self.output_layer
    }

    /// The hidden layer, to set its description or metadata.
    pub fn hidden_layer_mut(&mut self) -> &mut LinearModel {
        &mut self.hidden_layer
    }

    /// The names of the classes, in the order of [`margins`](Self::margins).
    #[must_use]
    pub fn label_names(&self) -> &[String] {
        self.output_layer.label_names()
    }

    /// The raw scores (log-odds) of every class for `vector`.
    #[must_use]
    pub fn margins(&self, vector: &SparseVector) -> Vec<f32> {
        let activations = self.hidden_layer.margins(vector);
        let mut margins = self.output_layer.biases().to_vec();
        self.output_layer.add_weights(
            (0_u32..)
                .zip(activations)
                .filter(|&(_, activation)| activation > 0.0),
            &mut margins,
        );
        margins
    }
}

/// Trains a [`HiddenLayerNetwork`] on `examples`, whose gold labels are the rows of `labels`
/// (one `bool` per name in `label_names`); `input_hasher` is the one the examples were built
/// with. Thresholds start at 0.5.
///
/// # Errors
///
/// [`LinearError`] when the lengths disagree, there is no label or no example, a bucket is out
/// of the hasher's range, the hasher is larger than 2¹⁶ buckets, or an option is out of range.
pub fn train_hidden_layer_network(
    examples: &[SparseVector],
    labels: &[Vec<bool>],
    label_names: Vec<String>,
    input_hasher: FeatureHasher,
    options: &NetworkTrainingOptions,
) -> Result<HiddenLayerNetwork, LinearError> {
    check_shapes(examples, labels, &label_names, input_hasher)?;
    check_network_options(options, examples.len(), input_hasher)?;
    let label_count = label_names.len();
    let hidden_units = options.hidden_units;

    // Only the buckets that some example uses become input columns.
    let mut column_of_bucket = vec![usize::MAX; input_hasher.bucket_count()];
    let mut buckets: Vec<u32> = examples
        .iter()
        .flat_map(|vector| vector.iter().map(|(bucket, _)| bucket))
        .collect();
    buckets.sort_unstable();
    buckets.dedup();
    for (column, &bucket) in buckets.iter().enumerate() {
        column_of_bucket[bucket as usize] = column;
    }
    let input_width = buckets.len();

    // Each column's mean and standard deviation over the examples (absent entries are zeros).
    let mut sums = vec![0.0_f64; input_width];
    let mut squares = vec![0.0_f64; input_width];
    for vector in examples {
        for (bucket, value) in vector.iter() {
            let column = column_of_bucket[bucket as usize];
            sums[column] += f64::from(value);
            squares[column] += f64::from(value) * f64::from(value);
        }
    }
    let count = examples.len() as f64;
    let means: Vec<f32> = sums.iter().map(|sum| (sum / count) as f32).collect();
    let deviations: Vec<f32> = sums
        .iter()
        .zip(&squares)
        .map(|(sum, square)| {
            let mean = sum / count;
            ((square / count - mean * mean).max(0.0).sqrt() as f32).max(1e-6)
        })
        .collect();

    let mut random = SplitMix64::new(options.seed);
    let mut layers = Layers {
        input_weights: normal_matrix(
            &mut random,
            input_width,
            hidden_units,
            (2.0 / input_width as f32).sqrt(),
        ),
        hidden_biases: Array1::zeros(hidden_units),
        output_weights: normal_matrix(
            &mut random,
            hidden_units,
            label_count,
            (1.0 / hidden_units as f32).sqrt(),
        ),
        output_biases: Array1::zeros(label_count),
    };
    let mut optimiser = Adam::new(&layers, options.learning_rate);

    let batch_size = options.batch_size.min(examples.len());
    let keep = 1.0 - options.dropout;
    let mut inputs = Array2::<f32>::zeros((batch_size, input_width));
    let mut targets = Array2::<f32>::zeros((batch_size, label_count));
    let mut pre_activations = Array2::<f32>::zeros((batch_size, hidden_units));
    let mut activations = Array2::<f32>::zeros((batch_size, hidden_units));
    let mut masks = Array2::<f32>::zeros((batch_size, hidden_units));
    let mut outputs = Array2::<f32>::zeros((batch_size, label_count));
    let mut hidden_gradients = Array2::<f32>::zeros((batch_size, hidden_units));
    let mut gradients = Layers {
        input_weights: Array2::zeros((input_width, hidden_units)),
        hidden_biases: Array1::zeros(hidden_units),
        output_weights: Array2::zeros((hidden_units, label_count)),
        output_biases: Array1::zeros(label_count),
    };
    let standardised_zero: Vec<f32> = means
        .iter()
        .zip(&deviations)
        .map(|(mean, deviation)| -mean / deviation)
        .collect();

    let mut order: Vec<usize> = (0..examples.len()).collect();
    for _ in 0..options.epochs {
        random.shuffle(&mut order);
        for batch in order.chunks(batch_size) {
            let rows = batch.len();
            // The batch's standardised inputs and targets; a short last batch uses the first rows.
            for (row, &example) in batch.iter().enumerate() {
                let mut input = inputs.row_mut(row);
                input
                    .iter_mut()
                    .zip(&standardised_zero)
                    .for_each(|(cell, &zero)| *cell = zero);
                for (bucket, value) in examples[example].iter() {
                    let column = column_of_bucket[bucket as usize];
                    input[column] = (value - means[column]) / deviations[column];
                }
                for (cell, &gold) in targets.row_mut(row).iter_mut().zip(&labels[example]) {
                    *cell = if gold { 1.0 } else { 0.0 };
                }
            }
            let inputs = inputs.slice_axis(Axis(0), Slice::from(..rows));
            let targets = targets.slice_axis(Axis(0), Slice::from(..rows));
            let mut pre_activations = pre_activations.slice_axis_mut(Axis(0), Slice::from(..rows));
            let mut activations = activations.slice_axis_mut(Axis(0), Slice::from(..rows));
            let mut masks = masks.slice_axis_mut(Axis(0), Slice::from(..rows));
            let mut outputs = outputs.slice_axis_mut(Axis(0), Slice::from(..rows));
            let mut hidden_gradients = hidden_gradients.slice_axis_mut(Axis(0), Slice::from(..rows));

            // Forward: hidden = relu(x W1 + b1) with dropout, output = hidden W2 + b2.
            pre_activations.assign(
                &layers
                    .hidden_biases
                    .broadcast((rows, hidden_units))
                    .expect("same width"),
            );
            general_mat_mul(1.0, &inputs, &layers.input_weights, 1.0, &mut pre_activations);
            for ((mask, activation), &pre_activation) in masks
                .iter_mut()
                .zip(activations.iter_mut())
                .zip(pre_activations.iter())
            {
                *mask = if options.dropout == 0.0 || uniform(&mut random) < keep {
                    1.0 / keep
                } else {
                    0.0
                };
                *activation = if pre_activation > 0.0 {
                    pre_activation * *mask
                } else {
                    0.0
                };
            }
            outputs.assign(
                &layers
                    .output_biases
                    .broadcast((rows, label_count))
                    .expect("same width"),
            );
            general_mat_mul(1.0, &activations, &layers.output_weights, 1.0, &mut outputs);

            // Backward: the mean logistic loss's gradient with respect to each output margin.
            let scale = 1.0 / rows as f32;
            outputs.zip_mut_with(&targets, |output, &target| {
                *output = (logistic(*output) - target) * scale
            });
            general_mat_mul(
                1.0,
                &activations.t(),
                &outputs,
                0.0,
                &mut gradients.output_weights,
            );
            gradients.output_biases.assign(&outputs.sum_axis(Axis(0)));
            general_mat_mul(
                1.0,
                &outputs,
                &layers.output_weights.t(),
                0.0,
                &mut hidden_gradients,
            );
            for ((gradient, &mask), &pre_activation) in hidden_gradients
                .iter_mut()
                .zip(masks.iter())
                .zip(pre_activations.iter())
            {
                *gradient = if pre_activation > 0.0 {
                    *gradient * mask
                } else {
                    0.0
                };
            }
            general_mat_mul(
                1.0,
                &inputs.t(),
                &hidden_gradients,
                0.0,
                &mut gradients.input_weights,
            );
            gradients
                .hidden_biases
                .assign(&hidden_gradients.sum_axis(Axis(0)));
            optimiser.step(&mut layers, &gradients);
        }
    }

    // Fold the standardisation into the hidden layer: w' = w / sd, b' = b - Σ w mean / sd.
    let mut hidden_weights = vec![0.0_f32; input_hasher.bucket_count() * hidden_units];
    let mut hidden_biases = layers.hidden_biases.to_vec();
    for (column, &bucket) in buckets.iter().enumerate() {
        let row = &mut hidden_weights[bucket as usize * hidden_units..(bucket as usize + 1) * hidden_units];
        for ((weight, bias), &trained) in row
            .iter_mut()
            .zip(hidden_biases.iter_mut())
            .zip(layers.input_weights.row(column))
        {
            *weight = trained / deviations[column];
            *bias -= *weight * means[column];
        }
    }
    let output_hasher = FeatureHasher::new(hidden_units.next_power_of_two().max(2).trailing_zeros())?;
    let mut output_weights = vec![0.0_f32; output_hasher.bucket_count() * label_count];
    for (unit, row) in layers.output_weights.rows().into_iter().enumerate() {
        output_weights[unit * label_count..(unit + 1) * label_count]
            .iter_mut()
            .zip(row)
            .for_each(|(weight, &trained)| *weight = trained);
    }
    let hidden_layer = LinearModel::from_parts(
        (0..hidden_units).map(|unit| format!("hidden {unit}")).collect(),
        input_hasher,
        hidden_biases,
        vec![0.5; hidden_units],
        hidden_weights,
    );
    let output_layer = LinearModel::from_parts(
        label_names,
        output_hasher,
        layers.output_biases.to_vec(),
        vec![0.5; label_count],
        output_weights,
    );
    HiddenLayerNetwork::from_layers(hidden_layer, output_layer)
}

/// The network's parameters while it trains (also the shape of their gradients).
struct Layers {
    input_weights: Array2<f32>,
    hidden_biases: Array1<f32>,
    output_weights: Array2<f32>,
    output_biases: Array1<f32>,
}

impl Layers {
    const CONTIGUOUS: &'static str = "owned arrays are contiguous";

    /// The four parameter arrays as flat slices, in a fixed order.
    fn slices(&self) -> [&[f32]; 4] {
        [
            self.input_weights.as_slice().expect(Self::CONTIGUOUS),
            self.hidden_biases.as_slice().expect(Self::CONTIGUOUS),
            self.output_weights.as_slice().expect(Self::CONTIGUOUS),
            self.output_biases.as_slice().expect(Self::CONTIGUOUS),
        ]
    }

    /// The four parameter arrays as flat mutable slices, in the order of [`slices`](Self::slices).
    fn slices_mut(&mut self) -> [&mut [f32]; 4] {
        [
            self.input_weights.as_slice_mut().expect(Self::CONTIGUOUS),
            self.hidden_biases.as_slice_mut().expect(Self::CONTIGUOUS),
            self.output_weights.as_slice_mut().expect(Self::CONTIGUOUS),
            self.output_biases.as_slice_mut().expect(Self::CONTIGUOUS),
        ]
    }
}

/// Adam (Kingma and Ba 2015) with its usual β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
struct Adam {
    learning_rate: f32,
    steps: i32,
    first_moments: Layers,
    second_moments: Layers,
}

impl Adam {
    const FIRST_DECAY: f32 = 0.9;
    const SECOND_DECAY: f32 = 0.999;
    const EPSILON: f32 = 1e-8;

    fn new(layers: &Layers, learning_rate: f32) -> Self {
        let zeros = || Layers {
            input_weights: Array2::zeros(layers.input_weights.raw_dim()),
            hidden_biases: Array1::zeros(layers.hidden_biases.raw_dim()),
            output_weights: Array2::zeros(layers.output_weights.raw_dim()),
            output_biases: Array1::zeros(layers.output_biases.raw_dim()),
        };
        Self {
            learning_rate,
            steps: 0,
            first_moments: zeros(),
            second_moments: zeros(),
        }
    }

    fn step(&mut self, layers: &mut Layers, gradients: &Layers) {
        self.steps += 1;
        let first_correction = 1.0 - Self::FIRST_DECAY.powi(self.steps);
        let second_correction = 1.0 - Self::SECOND_DECAY.powi(self.steps);
        let rate = self.learning_rate;
        let parameters = layers.slices_mut();
        let gradients = gradients.slices();
        let first_moments = self.first_moments.slices_mut();
        let second_moments = self.second_moments.slices_mut();
        for (((parameters, gradients), first_moments), second_moments) in parameters
            .into_iter()
            .zip(gradients)
            .zip(first_moments)
            .zip(second_moments)
        {
            for (((parameter, &gradient), first), second) in parameters
                .iter_mut()
                .zip(gradients)
                .zip(first_moments.iter_mut())
                .zip(second_moments.iter_mut())
            {
                *first = Self::FIRST_DECAY * *first + (1.0 - Self::FIRST_DECAY) * gradient;
                *second = Self::SECOND_DECAY * *second + (1.0 - Self::SECOND_DECAY) * gradient * gradient;
                let corrected_first = *first / first_correction;
                let corrected_second = *second / second_correction;
                *parameter -= rate * corrected_first / (corrected_second.sqrt() + Self::EPSILON);
            }
        }
    }
}

fn check_network_options(
    options: &NetworkTrainingOptions,
    example_count: usize,
    input_hasher: FeatureHasher,
) -> Result<(), LinearError> {
    let invalid = |name: &'static str, message: &str| {
        Err(LinearError::InvalidParameter {
            name,
            message: message.to_owned(),
        })
    };
    if example_count == 0 {
        return invalid("examples", "a network needs at least one example");
    }
    if input_hasher.bucket_count() > MAX_INPUT_BUCKETS {
        return invalid("input_hasher", "a network reads at most 2^16 input buckets");
    }
    if options.hidden_units == 0 || options.hidden_units > MAX_INPUT_BUCKETS {
        return invalid("hidden_units", "must be between 1 and 2^16");
    }
    if options.epochs == 0 {
        return invalid("epochs", "must be at least 1");
    }
    if options.batch_size == 0 {
        return invalid("batch_size", "must be at least 1");
    }
    if !(options.learning_rate.is_finite() && options.learning_rate > 0.0) {
        return invalid("learning_rate", "must be finite and above 0");
    }
    if !(0.0..1.0).contains(&options.dropout) {
        return invalid("dropout", "must be in [0, 1)");
    }
    Ok(())
}

/// A uniform number in `[0, 1)` from the top 24 bits.
fn uniform(random: &mut SplitMix64) -> f32 {
    (random.next_u64() >> 40) as f32 / (1_u32 << 24) as f32
}

/// A `rows × columns` matrix of normal deviates times `scale` (Box–Muller).
fn normal_matrix(random: &mut SplitMix64, rows: usize, columns: usize, scale: f32) -> Array2<f32> {
    Array2::from_shape_simple_fn((rows, columns), || {
        let first = uniform(random).max(f32::MIN_POSITIVE);
        let second = uniform(random);
        (-2.0 * first.ln()).sqrt() * (std::f32::consts::TAU * second).cos() * scale
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{load, save, Normalisation, SparseVectorBuilder};

    /// Points in the plane whose label is the exclusive or of their coordinates' signs: no
    /// linear model separates them.
    fn exclusive_or_problem(count: usize, seed: u64) -> (Vec<SparseVector>, Vec<Vec<bool>>) {
        let mut random = SplitMix64::new(seed);
        (0..count)
            .map(|_| {
                let x = uniform(&mut random) * 2.0 - 1.0;
                let y = uniform(&mut random) * 2.0 - 1.0;
                let mut vector = SparseVectorBuilder::new();
                vector.add(0, x);
                vector.add(1, y);
                (vector.finish(Normalisation::None), vec![(x > 0.0) != (y > 0.0)])
            })
            .unzip()
    }

    fn accuracy(network: &HiddenLayerNetwork, vectors: &[SparseVector], labels: &[Vec<bool>]) -> f64 {
        let right = vectors
            .iter()
            .zip(labels)
            .filter(|(vector, gold)| (network.margins(vector)[0] > 0.0) == gold[0])
            .count();
        right as f64 / vectors.len() as f64
    }

    fn options() -> NetworkTrainingOptions {
        NetworkTrainingOptions {
            hidden_units: 16,
            epochs: 60,
            learning_rate: 0.01,
            batch_size: 32,
            dropout: 0.0,
            seed: 7,
        }
    }

    #[test]
    fn learns_what_no_linear_model_can() -> Result<(), Box<dyn std::error::Error>> {
        let hasher = FeatureHasher::new(2)?;
        let (vectors, labels) = exclusive_or_problem(2000, 1);
        let network =
            train_hidden_layer_network(&vectors, &labels, vec!["xor".to_owned()], hasher, &options())?;
        let (test_vectors, test_labels) = exclusive_or_problem(500, 2);
        assert!(accuracy(&network, &test_vectors, &test_labels) > 0.9);
        let linear = crate::train(
            &vectors,
            &labels,
            vec!["xor".to_owned()],
            hasher,
            &crate::TrainingOptions::default(),
        )?;
        let linear_right = test_vectors
            .iter()
            .zip(&test_labels)
            .filter(|(vector, gold)| (linear.margins(vector)[0] > 0.0) == gold[0])
            .count();
        assert!((linear_right as f64 / 500.0) < 0.7);
        Ok(())
    }

    #[test]
    fn same_seed_same_network_and_saved_layers_score_alike() -> Result<(), Box<dyn std::error::Error>> {
        let hasher = FeatureHasher::new(2)?;
        let (vectors, labels) = exclusive_or_problem(500, 3);
        let options = NetworkTrainingOptions {
            dropout: 0.3,
            epochs: 30,
            ..options()
        };
        let first = train_hidden_layer_network(&vectors, &labels, vec!["xor".to_owned()], hasher, &options)?;
        let second = train_hidden_layer_network(&vectors, &labels, vec!["xor".to_owned()], hasher, &options)?;
        assert_eq!(first, second);
        let (mut hidden_file, mut output_file) = (Vec::new(), Vec::new());
        save(first.hidden_layer(), &mut hidden_file)?;
        save(first.output_layer(), &mut output_file)?;
        let loaded = HiddenLayerNetwork::from_layers(load(&hidden_file)?, load(&output_file)?)?;
        for vector in &vectors[..50] {
            let (trained, read) = (first.margins(vector)[0], loaded.margins(vector)[0]);
            assert!(
                (trained - read).abs() < 0.05 * (1.0 + trained.abs()),
                "{trained} against {read}"
            );
        }
        Ok(())
    }

    #[test]
    fn refuses_bad_options_and_mismatched_layers() -> Result<(), Box<dyn std::error::Error>> {
        let hasher = FeatureHasher::new(2)?;
        let (vectors, labels) = exclusive_or_problem(10, 4);
        let names = || vec!["xor".to_owned()];
        for options in [
            NetworkTrainingOptions {
                dropout: 1.0,
                ..options()
            },
            NetworkTrainingOptions {
                hidden_units: 0,
                ..options()
            },
            NetworkTrainingOptions {
                learning_rate: f32::NAN,
                ..options()
            },
            NetworkTrainingOptions {
                batch_size: 0,
                ..options()
            },
        ] {
            assert!(matches!(
                train_hidden_layer_network(&vectors, &labels, names(), hasher, &options),
                Err(LinearError::InvalidParameter { .. })
            ));
        }
        assert!(train_hidden_layer_network(&[], &[], names(), hasher, &options()).is_err());
        let network = train_hidden_layer_network(&vectors, &labels, names(), hasher, &options())?;
        // An output layer over two buckets cannot read sixteen hidden units.
        let narrow_output = crate::train(
            &vectors,
            &labels,
            names(),
            FeatureHasher::new(1)?,
            &crate::TrainingOptions::default(),
        )?;
        assert!(HiddenLayerNetwork::from_layers(network.hidden_layer().clone(), narrow_output).is_err());
        Ok(())
    }
}
