//! The all-MiniLM-L6-v2 encoder: weights read from `model.safetensors` and the forward pass of a
//! group of texts (embeddings, six post-norm BERT layers, mean pooling, L2 normalisation).
//!
//! Each text attends only to itself and is never padded, so there is no attention mask and the
//! result does not depend on which other texts are embedded with it. Linear weights are stored
//! transposed (`[in, out]`, the query, key and value projections side by side in one matrix) so
//! that every projection is one row-major `sgemm` (matrixmultiply, through ndarray's safe API:
//! the workspace forbids `unsafe`, and matrixmultiply's own API is unsafe).

use std::path::Path;

use ndarray::linalg::general_mat_mul;
use ndarray::{Array1, Array2, ArrayView2, ArrayViewMut2, Axis, Slice};
use safetensors::{Dtype, SafeTensors};

use crate::error::EmbedError;
use crate::EMBEDDING_DIMENSION;

const HIDDEN: usize = EMBEDDING_DIMENSION;
const ATTENTION_HEADS: usize = 12;
const HEAD_DIMENSION: usize = HIDDEN / ATTENTION_HEADS;
const INTERMEDIATE: usize = 1536;
const LAYERS: usize = 6;
/// BERT's LayerNorm epsilon (config.json `layer_norm_eps`).
const LAYER_NORM_EPSILON: f64 = 1e-12;

/// Length in tokens (with `[CLS]` and `[SEP]`) to which texts are truncated: sentence-transformers'
/// `max_seq_length` for this model, below the 512 positions the weights have.
pub(crate) const MAXIMUM_TOKENS: usize = 256;

/// Scale and shift of one LayerNorm.
struct LayerNorm {
    gamma: Vec<f32>,
    beta: Vec<f32>,
}

/// A linear layer `x · weight_transposed + bias`.
struct Dense {
    weight_transposed: Array2<f32>,
    bias: Array1<f32>,
}

struct EncoderLayer {
    query_key_value: Dense,
    attention_output: Dense,
    attention_norm: LayerNorm,
    intermediate: Dense,
    output: Dense,
    output_norm: LayerNorm,
}

/// All weights of the encoder, in the layouts the forward pass uses.
pub(crate) struct MiniLmWeights {
    word_embeddings: Array2<f32>,
    position_embeddings: Array2<f32>,
    token_type_embedding: Array1<f32>,
    embedding_norm: LayerNorm,
    layers: Vec<EncoderLayer>,
}

/// Reads named f32 tensors of known shapes from a safetensors file, reporting problems with the
/// file's path.
struct TensorReader<'data> {
    tensors: SafeTensors<'data>,
    path: &'data Path,
}

impl TensorReader<'_> {
    fn format_error(&self, reason: String) -> EmbedError {
        EmbedError::Format {
            path: self.path.to_path_buf(),
            reason,
        }
    }

    /// The tensor `name` as row-major f32 values, checked to have `shape`.
    fn values(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>, EmbedError> {
        let tensor = self
            .tensors
            .tensor(name)
            .map_err(|error| self.format_error(format!("tensor {name}: {error}")))?;
        if tensor.dtype() != Dtype::F32 {
            return Err(self.format_error(format!(
                "tensor {name} has dtype {:?}, expected F32",
                tensor.dtype()
            )));
        }
        if tensor.shape() != shape {
            return Err(self.format_error(format!(
                "tensor {name} has shape {:?}, expected {shape:?}",
                tensor.shape()
            )));
        }
        Ok(tensor
            .data()
            .chunks_exact(4)
            .map(|bytes| f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
            .collect())
    }

    fn matrix(&self, name: &str, rows: usize, columns: usize) -> Result<Array2<f32>, EmbedError> {
        let values = self.values(name, &[rows, columns])?;
        Array2::from_shape_vec((rows, columns), values)
            .map_err(|error| self.format_error(format!("tensor {name}: {error}")))
    }

    /// An embedding table of `HIDDEN` columns and at least `minimum_rows` rows.
    fn table(&self, name: &str, minimum_rows: usize) -> Result<Array2<f32>, EmbedError> {
        let rows = self
            .tensors
            .tensor(name)
            .map_err(|error| self.format_error(format!("tensor {name}: {error}")))?
            .shape()
            .first()
            .copied()
            .unwrap_or(0);
        if rows < minimum_rows {
            return Err(self.format_error(format!(
                "tensor {name} has {rows} rows, expected at least {minimum_rows}"
            )));
        }
        self.matrix(name, rows, HIDDEN)
    }

    fn vector(&self, name: &str, length: usize) -> Result<Array1<f32>, EmbedError> {
        Ok(Array1::from(self.values(name, &[length])?))
    }

    fn layer_norm(&self, prefix: &str) -> Result<LayerNorm, EmbedError> {
        Ok(LayerNorm {
            gamma: self.values(&format!("{prefix}.weight"), &[HIDDEN])?,
            beta: self.values(&format!("{prefix}.bias"), &[HIDDEN])?,
        })
    }

    /// A PyTorch `Linear` (`weight` is `[out, in]`), transposed for the forward pass.
    fn dense(&self, prefix: &str, inputs: usize, outputs: usize) -> Result<Dense, EmbedError> {
        let weight = self.matrix(&format!("{prefix}.weight"), outputs, inputs)?;
        Ok(Dense {
            weight_transposed: weight.t().as_standard_layout().into_owned(),
            bias: self.vector(&format!("{prefix}.bias"), outputs)?,
        })
    }

    /// Query, key and value projections fused into one `[HIDDEN, 3 * HIDDEN]` layer.
    fn query_key_value(&self, prefix: &str) -> Result<Dense, EmbedError> {
        let parts = ["query", "key", "value"]
            .iter()
            .map(|part| self.dense(&format!("{prefix}.{part}"), HIDDEN, HIDDEN))
            .collect::<Result<Vec<_>, _>>()?;
        let weights: Vec<ArrayView2<f32>> = parts.iter().map(|part| part.weight_transposed.view()).collect();
        let biases: Vec<_> = parts.iter().map(|part| part.bias.view()).collect();
        let weight_transposed = ndarray::concatenate(Axis(1), &weights)
            .map_err(|error| self.format_error(format!("{prefix}: {error}")))?;
        let bias = ndarray::concatenate(Axis(0), &biases)
            .map_err(|error| self.format_error(format!("{prefix}: {error}")))?;
        Ok(Dense {
            weight_transposed,
            bias,
        })
    }
}

impl MiniLmWeights {
    /// Parses the bytes of `model.safetensors` (read from `path`, named in errors).
    pub(crate) fn from_safetensors(bytes: &[u8], path: &Path) -> Result<MiniLmWeights, EmbedError> {
        let tensors = SafeTensors::deserialize(bytes).map_err(|error| EmbedError::Format {
            path: path.to_path_buf(),
            reason: error.to_string(),
        })?;
        let reader = TensorReader { tensors, path };
        let word_embeddings = reader.table("embeddings.word_embeddings.weight", 1)?;
        let position_embeddings = reader.table("embeddings.position_embeddings.weight", MAXIMUM_TOKENS)?;
        let token_types = reader.matrix("embeddings.token_type_embeddings.weight", 2, HIDDEN)?;
        let layers = (0..LAYERS)
            .map(|index| {
                let prefix = format!("encoder.layer.{index}");
                Ok(EncoderLayer {
                    query_key_value: reader.query_key_value(&format!("{prefix}.attention.self"))?,
                    attention_output: reader.dense(
                        &format!("{prefix}.attention.output.dense"),
                        HIDDEN,
                        HIDDEN,
                    )?,
                    attention_norm: reader.layer_norm(&format!("{prefix}.attention.output.LayerNorm"))?,
                    intermediate: reader.dense(
                        &format!("{prefix}.intermediate.dense"),
                        HIDDEN,
                        INTERMEDIATE,
                    )?,
                    output: reader.dense(&format!("{prefix}.output.dense"), INTERMEDIATE, HIDDEN)?,
                    output_norm: reader.layer_norm(&format!("{prefix}.output.LayerNorm"))?,
                })
            })
            .collect::<Result<Vec<_>, EmbedError>>()?;
        Ok(MiniLmWeights {
            word_embeddings,
            position_embeddings,
            // Every text is a single segment, so only the first token type is ever added.
            token_type_embedding: token_types.row(0).to_owned(),
            embedding_norm: reader.layer_norm("embeddings.LayerNorm")?,
            layers,
        })
    }

    /// Number of rows of the word embedding table: token ids must be below it.
    pub(crate) fn vocabulary_size(&self) -> usize {
        self.word_embeddings.nrows()
    }

    /// One L2-normalised mean of the last hidden states per text of `texts` (token ids, at most
    /// [`MAXIMUM_TOKENS`] of each are used; ids are below [`Self::vocabulary_size`], which `load`
    /// checks), appended to `embeddings` in order.
    ///
    /// The tokens of all the texts are stacked as rows of one matrix for the position-wise parts
    /// (projections, feed-forward, LayerNorm), so that each weight matrix is packed for `sgemm`
    /// once per group rather than once per text (packing dominated the time of short sentences);
    /// attention runs per text, so no text sees another and nothing is padded. Every row of a
    /// matrix product is computed by the same kernel in the same order whatever the other rows,
    /// so a text's embedding is bitwise the same alone or in a group.
    pub(crate) fn embed_group(
        &self,
        texts: &[Vec<u32>],
        scratch: &mut ForwardScratch,
        embeddings: &mut Vec<[f32; EMBEDDING_DIMENSION]>,
    ) {
        self.forward_group(texts, scratch, 1, |hidden| {
            embeddings.push(mean_pool_normalized(&hidden))
        });
    }

    /// The hidden states of each text of `texts` (as [`Self::embed_group`] computes them, one
    /// row per token kept), summed over the `top_layers` last layers (1: the last hidden states
    /// alone, computed exactly as for the embeddings), handed to `each_text` in order.
    pub(crate) fn forward_group(
        &self,
        texts: &[Vec<u32>],
        scratch: &mut ForwardScratch,
        top_layers: usize,
        mut each_text: impl FnMut(ArrayView2<f32>),
    ) {
        let lengths: Vec<usize> = texts.iter().map(|ids| ids.len().min(MAXIMUM_TOKENS)).collect();
        let total_rows: usize = lengths.iter().sum();
        let longest = lengths.iter().copied().max().unwrap_or(0);
        let summing = top_layers > 1;
        scratch.ensure_size(total_rows, longest, summing);
        // ndarray's `s!` macro expands to an `allow(unsafe_code)`, which the workspace forbids,
        // hence `slice_axis_mut`.
        let rows = Slice::from(..total_rows);
        let mut hidden = scratch.hidden.slice_axis_mut(Axis(0), rows);
        let mut query_key_value = scratch.query_key_value.slice_axis_mut(Axis(0), rows);
        let mut context = scratch.context.slice_axis_mut(Axis(0), rows);
        let mut intermediate = scratch.intermediate.slice_axis_mut(Axis(0), rows);
        // Without summing the buffer is never sized, and no row of it is used.
        let summed_rows = Slice::from(..if summing { total_rows } else { 0 });
        let mut layer_sum = scratch.layer_sum.slice_axis_mut(Axis(0), summed_rows);
        let first_summed_layer = self.layers.len().saturating_sub(top_layers);

        let mut hidden_rows = hidden.rows_mut().into_iter();
        for (ids, &length) in texts.iter().zip(&lengths) {
            for (position, (&id, mut row)) in ids.iter().take(length).zip(hidden_rows.by_ref()).enumerate() {
                // `load` checked that every id the tokenizer yields has a row; were one missing,
                // the token would contribute only its position and type embeddings, not panic.
                let id = id as usize;
                if id < self.word_embeddings.nrows() {
                    row.assign(&self.word_embeddings.row(id));
                } else {
                    row.fill(0.0);
                }
                row += &self.position_embeddings.row(position);
                row += &self.token_type_embedding;
            }
        }
        layer_norm_rows(&mut hidden, &self.embedding_norm);

        for (layer_index, layer) in self.layers.iter().enumerate() {
            layer.query_key_value.apply(&hidden.view(), &mut query_key_value);
            let mut first_row = 0;
            for &length in &lengths {
                let text_rows = Slice::from(first_row..first_row + length);
                self_attention(
                    &query_key_value.slice_axis(Axis(0), text_rows),
                    &mut scratch.scores,
                    &mut context.slice_axis_mut(Axis(0), text_rows),
                );
                first_row += length;
            }
            // Post-norm residual blocks, as in BERT: x = LayerNorm(x + sublayer(x)).
            layer.attention_output.add_to(&context.view(), &mut hidden);
            layer_norm_rows(&mut hidden, &layer.attention_norm);
            layer.intermediate.apply(&hidden.view(), &mut intermediate);
            intermediate.mapv_inplace(gelu);
            layer.output.add_to(&intermediate.view(), &mut hidden);
            layer_norm_rows(&mut hidden, &layer.output_norm);
            if summing && layer_index == first_summed_layer {
                layer_sum.assign(&hidden);
            } else if summing && layer_index > first_summed_layer {
                layer_sum += &hidden;
            }
        }
        let output = if summing { layer_sum.view() } else { hidden.view() };

        let mut first_row = 0;
        for &length in &lengths {
            let text_rows = Slice::from(first_row..first_row + length);
            each_text(output.slice_axis(Axis(0), text_rows));
            first_row += length;
        }
    }
}

/// Multi-head scaled dot-product attention of one text: `query_key_value` holds its rows of the
/// fused projection (queries, keys, values side by side), `context` receives the heads' outputs
/// side by side; `scores` is a buffer of at least as many rows and columns as the text has tokens.
fn self_attention(
    query_key_value: &ArrayView2<f32>,
    scores: &mut Array2<f32>,
    context: &mut ArrayViewMut2<f32>,
) {
    let length = Slice::from(..query_key_value.nrows());
    let mut scores = scores.slice_axis_mut(Axis(0), length);
    scores.slice_axis_inplace(Axis(1), length);
    let scale = 1.0 / (HEAD_DIMENSION as f32).sqrt();
    for head in 0..ATTENTION_HEADS {
        let columns = |offset: usize| {
            let start = offset + head * HEAD_DIMENSION;
            Slice::from(start..start + HEAD_DIMENSION)
        };
        let query = query_key_value.slice_axis(Axis(1), columns(0));
        let key = query_key_value.slice_axis(Axis(1), columns(HIDDEN));
        let value = query_key_value.slice_axis(Axis(1), columns(2 * HIDDEN));
        general_mat_mul(scale, &query, &key.t(), 0.0, &mut scores);
        softmax_rows(&mut scores);
        let mut head_context = context.slice_axis_mut(Axis(1), columns(0));
        general_mat_mul(1.0, &scores, &value, 0.0, &mut head_context);
    }
}

impl Dense {
    /// `output = input · weight_transposed + bias`.
    fn apply(&self, input: &ArrayView2<f32>, output: &mut ArrayViewMut2<f32>) {
        output.assign(&self.bias);
        general_mat_mul(1.0, input, &self.weight_transposed, 1.0, output);
    }

    /// `accumulator += input · weight_transposed + bias` (the residual connection).
    fn add_to(&self, input: &ArrayView2<f32>, accumulator: &mut ArrayViewMut2<f32>) {
        *accumulator += &self.bias;
        general_mat_mul(1.0, input, &self.weight_transposed, 1.0, accumulator);
    }
}

/// Buffers for the forward pass of a group of texts, kept between groups so that a worker
/// allocates only when a group has more tokens, or a longer text, than every earlier one.
pub(crate) struct ForwardScratch {
    hidden: Array2<f32>,
    query_key_value: Array2<f32>,
    context: Array2<f32>,
    intermediate: Array2<f32>,
    scores: Array2<f32>,
    /// The sum of the top layers' states, when more than the last is asked for.
    layer_sum: Array2<f32>,
}

impl ForwardScratch {
    /// Empty buffers; the first group sizes them.
    pub(crate) fn new() -> ForwardScratch {
        ForwardScratch {
            hidden: Array2::zeros((0, HIDDEN)),
            query_key_value: Array2::zeros((0, 3 * HIDDEN)),
            context: Array2::zeros((0, HIDDEN)),
            intermediate: Array2::zeros((0, INTERMEDIATE)),
            scores: Array2::zeros((0, 0)),
            layer_sum: Array2::zeros((0, HIDDEN)),
        }
    }

    /// Makes the row buffers hold at least `rows` token rows (the layer sum too when
    /// `summing`) and the attention buffer `longest` × `longest` scores.
    fn ensure_size(&mut self, rows: usize, longest: usize, summing: bool) {
        if self.hidden.nrows() < rows {
            self.hidden = Array2::zeros((rows, HIDDEN));
            self.query_key_value = Array2::zeros((rows, 3 * HIDDEN));
            self.context = Array2::zeros((rows, HIDDEN));
            self.intermediate = Array2::zeros((rows, INTERMEDIATE));
        }
        if summing && self.layer_sum.nrows() < rows {
            self.layer_sum = Array2::zeros((rows, HIDDEN));
        }
        if self.scores.nrows() < longest {
            self.scores = Array2::zeros((longest, longest));
        }
    }
}

/// Normalises every row to zero mean and unit variance, then scales and shifts it. Sums are in
/// f64 so that the statistics are as exact as numpy's pairwise f32 sums, or better.
fn layer_norm_rows(rows: &mut ArrayViewMut2<f32>, norm: &LayerNorm) {
    for mut row in rows.rows_mut() {
        let count = row.len() as f64;
        let mean = row.iter().map(|&value| f64::from(value)).sum::<f64>() / count;
        let variance = row
            .iter()
            .map(|&value| (f64::from(value) - mean).powi(2))
            .sum::<f64>()
            / count;
        let inverse_deviation = 1.0 / (variance + LAYER_NORM_EPSILON).sqrt();
        for ((value, &gamma), &beta) in row.iter_mut().zip(&norm.gamma).zip(&norm.beta) {
            let normalized = ((f64::from(*value) - mean) * inverse_deviation) as f32;
            *value = normalized * gamma + beta;
        }
    }
}

/// Softmax of every row, shifted by the row's maximum so that `exp` cannot overflow.
fn softmax_rows(scores: &mut ArrayViewMut2<f32>) {
    for mut row in scores.rows_mut() {
        let maximum = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut total = 0.0;
        for value in row.iter_mut() {
            *value = (*value - maximum).exp();
            total += *value;
        }
        let inverse_total = 1.0 / total;
        row.mapv_inplace(|value| value * inverse_total);
    }
}

/// BERT's exact GELU, `x · Φ(x)` with the error function (not the tanh approximation).
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// The error function, by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7, far below
/// what f32 matrix products already differ by), since the standard library has no `erf`.
fn erf(x: f32) -> f32 {
    const P: f32 = 0.327_591_1;
    const A: [f32; 5] = [0.254_829_6, -0.284_496_74, 1.421_413_7, -1.453_152, 1.061_405_4];
    let magnitude = x.abs();
    let t = 1.0 / (1.0 + P * magnitude);
    let polynomial = t * (A[0] + t * (A[1] + t * (A[2] + t * (A[3] + t * A[4]))));
    let value = 1.0 - polynomial * (-magnitude * magnitude).exp();
    value.copysign(x)
}

/// Mean of the token states (all tokens count: there is no padding), scaled to unit length.
fn mean_pool_normalized(hidden: &ArrayView2<f32>) -> [f32; EMBEDDING_DIMENSION] {
    let mut embedding = [0.0_f32; EMBEDDING_DIMENSION];
    let count = hidden.nrows().max(1) as f32;
    for row in hidden.rows() {
        for (sum, &value) in embedding.iter_mut().zip(row) {
            *sum += value;
        }
    }
    for value in &mut embedding {
        *value /= count;
    }
    let norm = embedding
        .iter()
        .map(|&value| value * value)
        .sum::<f32>()
        .sqrt()
        .max(1e-12);
    for value in &mut embedding {
        *value /= norm;
    }
    embedding
}
