//! The model file: a compact, checksummed binary form of a [`LinearModel`] with 8-bit weights.
//!
//! The format is specified on [`save`].

use std::io::Write;

use crate::feature_hashing::{fnv1a_64, FeatureHasher, MAX_BUCKETS_LOG2};
use crate::logistic_regression::{LinearModel, MAX_WEIGHT_COUNT};

/// The first eight bytes of every model file.
pub const MODEL_FILE_MAGIC: &[u8; 8] = b"RHETORLM";

/// The format version this build writes and reads.
pub const MODEL_FILE_VERSION: u32 = 1;

/// The largest quantised weight magnitude; −128 is not used, so that the range is symmetric.
const QUANTISED_MAXIMUM: f32 = 127.0;

/// The level of `weight` on the square-law scale of a label whose largest magnitude is `largest`.
fn quantise(weight: f32, largest: f32) -> i8 {
    if largest == 0.0 {
        return 0;
    }
    let level = ((weight.abs() / largest).sqrt() * QUANTISED_MAXIMUM)
        .round()
        .min(QUANTISED_MAXIMUM);
    // The level is within 0..=127, so the cast is exact; a NaN weight casts to 0.
    level.copysign(weight) as i8
}

/// The weight of level `value` on the square-law scale of a label whose largest magnitude is
/// `largest`.
fn dequantise(value: i8, largest: f32) -> f32 {
    let fraction = f32::from(value) / QUANTISED_MAXIMUM;
    fraction * fraction.abs() * largest
}

/// Encoding byte of a label that stores every bucket.
const DENSE_ENCODING: u8 = 0;

/// Encoding byte of a label that stores only non-zero buckets.
const SPARSE_ENCODING: u8 = 1;

/// Why a model could not be saved or loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelFileError {
    /// Writing failed.
    #[error("could not write the model file: {0}")]
    Write(#[from] std::io::Error),
    /// A string of the model is too long for the format's 32-bit lengths.
    #[error("cannot save the model: the {field} is longer than 4 GiB")]
    TooLong {
        /// Which string.
        field: &'static str,
    },
    /// The bytes do not start with [`MODEL_FILE_MAGIC`].
    #[error("not a rhetor linear model file: the first bytes are not RHETORLM")]
    NotAModelFile,
    /// The file is of a version this build cannot read.
    #[error("unsupported model file version {found}: this build reads version {supported}")]
    UnsupportedVersion {
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// The checksum does not match the contents: the file was damaged.
    #[error("corrupt model file: the checksum does not match the contents")]
    ChecksumMismatch,
    /// The file ends before a field does.
    #[error("truncated model file: the {field} at byte {offset} needs {needed} bytes, {available} remain")]
    Truncated {
        /// The field being read.
        field: &'static str,
        /// Where it starts.
        offset: usize,
        /// How many bytes it needs.
        needed: usize,
        /// How many bytes remain before the checksum.
        available: usize,
    },
    /// A field holds a value the format does not allow.
    #[error("malformed model file at byte {offset}: {message}")]
    Malformed {
        /// Where the field starts.
        offset: usize,
        /// What is wrong.
        message: String,
    },
}

/// Writes `model` in the model file format, quantising its weights to 8 bits.
///
/// # Format (version 1)
///
/// All integers and floats are little-endian; a *string* is a `u32` byte length followed by
/// that many bytes of UTF-8.
///
/// | Field                  | Encoding                                                       |
/// |------------------------|----------------------------------------------------------------|
/// | magic                  | the 8 bytes `RHETORLM`                                         |
/// | version                | `u32`, 1                                                       |
/// | buckets_log2           | `u32`, the [`FeatureHasher`]'s, 1 to [`MAX_BUCKETS_LOG2`]      |
/// | label count            | `u32`, at least 1                                              |
/// | namespace description  | string                                                         |
/// | metadata               | string (by convention JSON)                                    |
/// | per label              | name (string), bias (`f32`), threshold (`f32`), largest weight |
/// |                        | magnitude `m` (`f32`), encoding (`u8`), weights (see below)    |
/// | checksum               | `u64`, [`fnv1a_64`] of every byte before it                    |
///
/// A label's weights are quantised to `q`, an `i8` in −127..=127, on a square-law scale:
/// weight = `m × (q / 127) × |q / 127|`, where `m` is the label's largest absolute weight, and
/// `q` = `round(127 × sqrt(|weight| / m))` with the weight's sign. Most weights of a text model
/// are small and a few are large; the square law spends its levels where the weights are, so
/// that a weight `w` is off by at most about `sqrt(|w| × m) / 127` (`m / 1270` for a weight of
/// `m / 100`) rather than a linear scale's `m / 254`, and by at most `m / 127` next to `m`. A
/// score's error is the sum of its features' errors, which the many small weights dominate.
///
/// Encoding 0 (*dense*) stores `q` for every bucket, `2^buckets_log2` bytes; encoding 1
/// (*sparse*) stores a `u32` count and then, for each non-zero `q`, its bucket (`u32`, strictly
/// increasing) and `q` (`i8`). The writer picks whichever is smaller. Biases and thresholds are
/// stored exactly.
///
/// The reader checks the magic, the version, the checksum, every length against the bytes that
/// remain, every bucket against the range and the order, and that nothing follows the checksum;
/// any failure is a [`ModelFileError`], never a panic. Because FNV-1a's steps are bijections of
/// its state, any change of a single byte changes the checksum.
///
/// # Errors
///
/// [`ModelFileError::Write`] when writing fails, [`ModelFileError::TooLong`] when a string
/// exceeds 4 GiB.
pub fn save(model: &LinearModel, writer: &mut impl Write) -> Result<(), ModelFileError> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(MODEL_FILE_MAGIC);
    bytes.extend_from_slice(&MODEL_FILE_VERSION.to_le_bytes());
    bytes.extend_from_slice(&model.feature_hasher().buckets_log2().to_le_bytes());
    push_length(&mut bytes, model.label_count(), "label count")?;
    push_string(&mut bytes, model.namespace_description(), "namespace description")?;
    push_string(&mut bytes, model.metadata(), "metadata")?;

    let label_count = model.label_count();
    let bucket_count = model.feature_hasher().bucket_count();
    let weights = model.weights();
    for label in 0..label_count {
        let label_weights = weights.iter().skip(label).step_by(label_count);
        let largest = label_weights
            .clone()
            .fold(0.0_f32, |largest, weight| largest.max(weight.abs()));
        let largest = if largest.is_finite() { largest } else { 0.0 };
        let quantised: Vec<i8> = label_weights.map(|&weight| quantise(weight, largest)).collect();

        push_string(&mut bytes, &model.label_names()[label], "label name")?;
        bytes.extend_from_slice(&model.biases()[label].to_le_bytes());
        bytes.extend_from_slice(&model.thresholds()[label].to_le_bytes());
        bytes.extend_from_slice(&largest.to_le_bytes());
        let non_zero = quantised.iter().filter(|&&value| value != 0).count();
        if 4 + 5 * non_zero < bucket_count {
            bytes.push(SPARSE_ENCODING);
            push_length(&mut bytes, non_zero, "weight count")?;
            for (bucket, &value) in quantised.iter().enumerate().filter(|&(_, &value)| value != 0) {
                push_length(&mut bytes, bucket, "bucket")?;
                bytes.extend_from_slice(&value.to_le_bytes());
            }
        } else {
            bytes.push(DENSE_ENCODING);
            bytes.extend(quantised.iter().map(|value| value.to_le_bytes()[0]));
        }
    }
    let checksum = fnv1a_64(&bytes);
    bytes.extend_from_slice(&checksum.to_le_bytes());
    writer.write_all(&bytes)?;
    Ok(())
}

/// Appends `length` as a `u32`.
fn push_length(bytes: &mut Vec<u8>, length: usize, field: &'static str) -> Result<(), ModelFileError> {
    let length = u32::try_from(length).map_err(|_| ModelFileError::TooLong { field })?;
    bytes.extend_from_slice(&length.to_le_bytes());
    Ok(())
}

/// Appends a string: its `u32` byte length, then its bytes.
fn push_string(bytes: &mut Vec<u8>, text: &str, field: &'static str) -> Result<(), ModelFileError> {
    push_length(bytes, text.len(), field)?;
    bytes.extend_from_slice(text.as_bytes());
    Ok(())
}

/// Reads a model from the bytes of a model file (the format is specified on [`save`]),
/// dequantising its weights.
///
/// # Errors
///
/// A [`ModelFileError`] naming the first problem found: wrong magic, unsupported version, a
/// checksum mismatch, a truncated field, or a malformed value.
pub fn load(bytes: &[u8]) -> Result<LinearModel, ModelFileError> {
    if bytes.len() < MODEL_FILE_MAGIC.len() || &bytes[..MODEL_FILE_MAGIC.len()] != MODEL_FILE_MAGIC {
        return Err(ModelFileError::NotAModelFile);
    }
    // Read the version before checking the checksum, so that a file from a newer rhetor says so.
    let mut reader = ByteReader {
        bytes,
        offset: MODEL_FILE_MAGIC.len(),
    };
    let version = reader.u32("version")?;
    if version != MODEL_FILE_VERSION {
        return Err(ModelFileError::UnsupportedVersion {
            found: version,
            supported: MODEL_FILE_VERSION,
        });
    }
    let Some(body_length) = bytes
        .len()
        .checked_sub(8)
        .filter(|&length| length >= reader.offset)
    else {
        return Err(ModelFileError::Truncated {
            field: "checksum",
            offset: reader.offset,
            needed: 8,
            available: bytes.len() - reader.offset,
        });
    };
    let (body, checksum) = bytes.split_at(body_length);
    if checksum != fnv1a_64(body).to_le_bytes() {
        return Err(ModelFileError::ChecksumMismatch);
    }
    let mut reader = ByteReader {
        bytes: body,
        offset: reader.offset,
    };

    let hasher_offset = reader.offset;
    let feature_hasher =
        FeatureHasher::new(reader.u32("buckets_log2")?).map_err(|_| ModelFileError::Malformed {
            offset: hasher_offset,
            message: format!("buckets_log2 is not between 1 and {MAX_BUCKETS_LOG2}"),
        })?;
    let count_offset = reader.offset;
    let label_count = reader.length("label count")?;
    let bucket_count = feature_hasher.bucket_count();
    if label_count == 0 || label_count.saturating_mul(bucket_count) > MAX_WEIGHT_COUNT {
        return Err(ModelFileError::Malformed {
            offset: count_offset,
            message: format!(
                "{label_count} labels of {bucket_count} buckets: need at least one label and at most \
                 {MAX_WEIGHT_COUNT} weights"
            ),
        });
    }
    let namespace_description = reader.string("namespace description")?;
    let metadata = reader.string("metadata")?;

    let mut label_names = Vec::with_capacity(label_count);
    let mut biases = Vec::with_capacity(label_count);
    let mut thresholds = Vec::with_capacity(label_count);
    // Levels, not weights, are kept: see `Weights::Quantised`.
    let mut levels = vec![0_i8; label_count * bucket_count];
    let mut level_weights: Vec<[f32; 256]> = Vec::with_capacity(label_count);
    for label in 0..label_count {
        label_names.push(reader.string("label name")?);
        biases.push(reader.finite_f32("bias", |_| true)?);
        thresholds.push(reader.finite_f32("threshold", |value| (0.0..=1.0).contains(&value))?);
        let largest = reader.finite_f32("largest weight", |value| value >= 0.0)?;
        let mut table = [0.0_f32; 256];
        for level in i8::MIN..=i8::MAX {
            table[usize::from(level.to_le_bytes()[0])] = dequantise(level, largest);
        }
        level_weights.push(table);
        let encoding_offset = reader.offset;
        match reader.take(1, "weight encoding")?[0] {
            DENSE_ENCODING => {
                let quantised = reader.take(bucket_count, "dense weights")?;
                for (bucket, &value) in quantised.iter().enumerate() {
                    levels[bucket * label_count + label] = value as i8;
                }
            }
            SPARSE_ENCODING => {
                let count_offset = reader.offset;
                let count = reader.length("weight count")?;
                if count > bucket_count {
                    return Err(ModelFileError::Malformed {
                        offset: count_offset,
                        message: format!("{count} sparse weights for {bucket_count} buckets"),
                    });
                }
                let mut previous: Option<usize> = None;
                for _ in 0..count {
                    let bucket_offset = reader.offset;
                    let bucket = reader.length("sparse weight bucket")?;
                    if bucket >= bucket_count || previous.is_some_and(|previous| bucket <= previous) {
                        return Err(ModelFileError::Malformed {
                            offset: bucket_offset,
                            message: format!("bucket {bucket} is out of range or out of order"),
                        });
                    }
                    previous = Some(bucket);
                    let value = reader.take(1, "sparse weight")?[0] as i8;
                    levels[bucket * label_count + label] = value;
                }
            }
            other => {
                return Err(ModelFileError::Malformed {
                    offset: encoding_offset,
                    message: format!("unknown weight encoding {other}"),
                });
            }
        }
    }
    if reader.offset != body.len() {
        return Err(ModelFileError::Malformed {
            offset: reader.offset,
            message: format!(
                "{} unexpected bytes before the checksum",
                body.len() - reader.offset
            ),
        });
    }
    let mut model = LinearModel::from_quantised_parts(
        label_names,
        feature_hasher,
        biases,
        thresholds,
        &levels,
        level_weights,
    );
    model.set_namespace_description(namespace_description);
    model.set_metadata(metadata);
    Ok(model)
}

/// Reads fields from the front of a byte slice, with errors that say which field and where.
struct ByteReader<'bytes> {
    bytes: &'bytes [u8],
    offset: usize,
}

impl<'bytes> ByteReader<'bytes> {
    /// The next `length` bytes.
    fn take(&mut self, length: usize, field: &'static str) -> Result<&'bytes [u8], ModelFileError> {
        let available = self.bytes.len() - self.offset;
        if length > available {
            return Err(ModelFileError::Truncated {
                field,
                offset: self.offset,
                needed: length,
                available,
            });
        }
        let taken = &self.bytes[self.offset..self.offset + length];
        self.offset += length;
        Ok(taken)
    }

    /// The next four bytes, as an array.
    fn four_bytes(&mut self, field: &'static str) -> Result<[u8; 4], ModelFileError> {
        let taken = self.take(4, field)?;
        Ok([taken[0], taken[1], taken[2], taken[3]])
    }

    /// A little-endian `u32`.
    fn u32(&mut self, field: &'static str) -> Result<u32, ModelFileError> {
        Ok(u32::from_le_bytes(self.four_bytes(field)?))
    }

    /// A little-endian `u32` used as a length or index.
    fn length(&mut self, field: &'static str) -> Result<usize, ModelFileError> {
        let offset = self.offset;
        let value = self.u32(field)?;
        usize::try_from(value).map_err(|_| ModelFileError::Malformed {
            offset,
            message: format!("the {field} {value} does not fit this platform"),
        })
    }

    /// A little-endian `f32` that must be finite and satisfy `allowed`.
    fn finite_f32(
        &mut self,
        field: &'static str,
        allowed: impl Fn(f32) -> bool,
    ) -> Result<f32, ModelFileError> {
        let offset = self.offset;
        let value = f32::from_le_bytes(self.four_bytes(field)?);
        if value.is_finite() && allowed(value) {
            Ok(value)
        } else {
            Err(ModelFileError::Malformed {
                offset,
                message: format!("the {field} {value} is out of range"),
            })
        }
    }

    /// A string: a `u32` length, then that many bytes of UTF-8.
    fn string(&mut self, field: &'static str) -> Result<String, ModelFileError> {
        let length = self.length(field)?;
        let offset = self.offset;
        let bytes = self.take(length, field)?;
        String::from_utf8(bytes.to_vec()).map_err(|error| ModelFileError::Malformed {
            offset: offset + error.utf8_error().valid_up_to(),
            message: format!("the {field} is not valid UTF-8"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic_problem::synthetic_problem;
    use crate::{train, TrainingOptions};
    use proptest::prelude::*;

    /// A small trained model with thresholds, namespaces and metadata, and its file.
    fn small_model_and_file(buckets_log2: u32) -> (LinearModel, Vec<u8>) {
        let problem = synthetic_problem(300, 3, buckets_log2, 10, 21);
        let mut model = train(
            &problem.examples,
            &problem.labels,
            problem.label_names,
            problem.feature_hasher,
            &TrainingOptions::default(),
        )
        .unwrap();
        model.set_thresholds(vec![0.25, 0.5, 0.75]).unwrap();
        model.set_namespace_description("w=word".to_owned());
        model.set_metadata(r#"{"data": "synthétique"}"#.to_owned());
        let mut bytes = Vec::new();
        save(&model, &mut bytes).unwrap();
        (model, bytes)
    }

    #[test]
    fn round_trip_keeps_everything_but_weight_precision() {
        for buckets_log2 in [8, 16] {
            let (model, bytes) = small_model_and_file(buckets_log2);
            let loaded = load(&bytes).unwrap();
            assert_eq!(loaded.label_names(), model.label_names());
            assert_eq!(loaded.feature_hasher(), model.feature_hasher());
            assert_eq!(loaded.namespace_description(), "w=word");
            assert_eq!(loaded.metadata(), r#"{"data": "synthétique"}"#);
            assert_eq!(loaded.thresholds(), model.thresholds());
            assert_eq!(loaded.biases(), model.biases());
            for label in 0..model.label_count() {
                let largest = (0..1_u32 << buckets_log2)
                    .map(|bucket| model.weight(label, bucket).unwrap().abs())
                    .fold(0.0, f32::max);
                for bucket in 0..1_u32 << buckets_log2 {
                    let error =
                        (model.weight(label, bucket).unwrap() - loaded.weight(label, bucket).unwrap()).abs();
                    assert!(
                        error <= largest / 127.0 * 1.0001,
                        "label {label} bucket {bucket}: {error}"
                    );
                }
            }
            // Saving the loaded model gives the same file: quantisation is stable.
            let mut again = Vec::new();
            save(&loaded, &mut again).unwrap();
            assert_eq!(again, bytes);
        }
        // At 2^16 buckets the few touched weights are stored sparse, well below 3 × 2^16 bytes.
        assert!(small_model_and_file(16).1.len() < 3 * (1 << 16));
    }

    #[test]
    fn quantised_scores_stay_close_to_the_float_model() {
        let problem = synthetic_problem(2_000, 5, 16, 30, 22);
        let test = synthetic_problem(500, 5, 16, 30, 23);
        let model = train(
            &problem.examples,
            &problem.labels,
            problem.label_names,
            problem.feature_hasher,
            &TrainingOptions::default(),
        )
        .unwrap();
        let mut bytes = Vec::new();
        save(&model, &mut bytes).unwrap();
        let loaded = load(&bytes).unwrap();
        for vector in &test.examples {
            for (float, quantised) in model.scores(vector).into_iter().zip(loaded.scores(vector)) {
                assert!((float - quantised).abs() < 1e-2, "{float} vs {quantised}");
            }
        }
    }

    #[test]
    fn a_loaded_model_scores_exactly_as_its_dense_weights_do() {
        let (_, bytes) = small_model_and_file(12);
        let loaded = load(&bytes).unwrap();
        let dense = loaded.weights();
        let label_count = loaded.label_count();
        let bits = |margins: &[f32]| margins.iter().map(|margin| margin.to_bits()).collect::<Vec<_>>();
        for vector in &synthetic_problem(200, 3, 12, 10, 24).examples {
            // Every label's weight, zero or not, in the vector's order.
            let mut expected = loaded.biases().to_vec();
            for (bucket, value) in vector.iter() {
                for (label, margin) in expected.iter_mut().enumerate() {
                    *margin += dense[bucket as usize * label_count + label] * value;
                }
            }
            assert_eq!(bits(&loaded.margins(vector)), bits(&expected));
        }
    }

    #[test]
    fn every_truncation_is_an_error() {
        let (_, bytes) = small_model_and_file(8);
        for length in 0..bytes.len() {
            assert!(load(&bytes[..length]).is_err(), "truncated to {length} bytes");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(load(&longer).is_err());
    }

    #[test]
    fn every_single_byte_change_is_an_error() {
        let (_, bytes) = small_model_and_file(8);
        for position in 0..bytes.len() {
            let mut corrupt = bytes.clone();
            corrupt[position] ^= 0x5a;
            assert!(load(&corrupt).is_err(), "byte {position} changed");
        }
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let (_, bytes) = small_model_and_file(8);
        assert!(matches!(load(b"NOTAMODEL"), Err(ModelFileError::NotAModelFile)));
        let mut newer = bytes.clone();
        newer[8] = 2;
        assert!(matches!(
            load(&newer),
            Err(ModelFileError::UnsupportedVersion {
                found: 2,
                supported: 1
            })
        ));
        let mut damaged = bytes.clone();
        damaged[30] ^= 1;
        assert!(matches!(load(&damaged), Err(ModelFileError::ChecksumMismatch)));
        assert_eq!(
            load(&bytes[..20]).unwrap_err().to_string(),
            "corrupt model file: the checksum does not match the contents"
        );
        assert!(matches!(
            load(&bytes[..10]),
            Err(ModelFileError::Truncated { field: "version", .. })
        ));
    }

    /// Re-signs a body with a valid checksum, to reach the checks behind the checksum.
    fn with_checksum(mut body: Vec<u8>) -> Vec<u8> {
        let checksum = fnv1a_64(&body);
        body.extend_from_slice(&checksum.to_le_bytes());
        body
    }

    #[test]
    fn well_signed_but_malformed_files_are_errors() {
        let (_, bytes) = small_model_and_file(8);
        let body = &bytes[..bytes.len() - 8];
        // buckets_log2 of 0, and of 30.
        for buckets_log2 in [0_u32, 30] {
            let mut changed = body.to_vec();
            changed[12..16].copy_from_slice(&buckets_log2.to_le_bytes());
            assert!(matches!(
                load(&with_checksum(changed)),
                Err(ModelFileError::Malformed { .. })
            ));
        }
        // No labels, and too many labels for the weight limit.
        for label_count in [0_u32, 1 << 30] {
            let mut changed = body.to_vec();
            changed[16..20].copy_from_slice(&label_count.to_le_bytes());
            assert!(matches!(
                load(&with_checksum(changed)),
                Err(ModelFileError::Malformed { .. })
            ));
        }
        // A huge string length is a truncation, not an allocation.
        let mut changed = body.to_vec();
        changed[20..24].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(
            load(&with_checksum(changed)),
            Err(ModelFileError::Truncated { .. })
        ));
        // Every truncation of a re-signed body, and every byte changed and re-signed.
        for length in 8..body.len() {
            assert!(load(&with_checksum(body[..length].to_vec())).is_err(), "{length}");
        }
        for position in 8..body.len() {
            for value in [0_u8, 1, 0x7f, 0x80, 0xff] {
                let mut changed = body.to_vec();
                changed[position] = value;
                // Must not panic; some changes (a weight, a name's letter) are still valid files.
                let _ = load(&with_checksum(changed));
            }
        }
    }

    #[test]
    fn sparse_labels_reject_disordered_buckets() {
        // A one-label model over 2^16 buckets with two non-zero weights is stored sparse.
        let hasher = FeatureHasher::new(16).unwrap();
        let mut weights = vec![0.0; 1 << 16];
        weights[5] = 1.0;
        weights[9] = -1.0;
        let model = LinearModel::from_parts(vec!["a".to_owned()], hasher, vec![0.0], vec![0.5], weights);
        let mut bytes = Vec::new();
        save(&model, &mut bytes).unwrap();
        let loaded = load(&bytes).unwrap();
        assert_eq!(loaded.weight(0, 9), Some(-1.0));
        assert_eq!(bytes.len(), 8 + 4 * 3 + 4 + 4 + 4 + 1 + 4 * 3 + 1 + 4 + 2 * 5 + 8);
        // Swap the two buckets: out of order.
        let body = &bytes[..bytes.len() - 8];
        let first = body.len() - 10;
        let mut swapped = body.to_vec();
        swapped[first..first + 4].copy_from_slice(&9_u32.to_le_bytes());
        swapped[first + 5..first + 9].copy_from_slice(&5_u32.to_le_bytes());
        assert!(matches!(
            load(&with_checksum(swapped)),
            Err(ModelFileError::Malformed { .. })
        ));
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut bytes = MODEL_FILE_MAGIC.to_vec();
            bytes.extend_from_slice(&MODEL_FILE_VERSION.to_le_bytes());
            bytes.extend_from_slice(&tail);
            let _ = load(&bytes);
            let _ = load(&with_checksum(bytes));
            let _ = load(&tail);
        }
    }
}
