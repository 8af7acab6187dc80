//! The error of every operation on in-memory data: inputs whose shapes or values do not fit.
//!
//! Reading a model file has its own error, [`ModelFileError`](crate::ModelFileError), because its
//! messages speak of bytes and offsets rather than of the caller's vectors.

/// Why training, threshold selection, scoring or fold assignment refused its input.
///
/// Every variant is a mistake of the caller (mismatched lengths, an option out of range), never a
/// property of the data that training could work around.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LinearError {
    /// Two inputs that must have the same length do not.
    #[error("{what}: expected {expected} entries, found {found}")]
    LengthMismatch {
        /// Which input, and where in it.
        what: String,
        /// The length that the other inputs imply.
        expected: usize,
        /// The length found.
        found: usize,
    },
    /// An option or parameter is outside its allowed range.
    #[error("invalid {name}: {message}")]
    InvalidParameter {
        /// The option or parameter.
        name: &'static str,
        /// What is wrong with it, and what is allowed.
        message: String,
    },
    /// A feature vector holds a bucket that the feature hasher of the model cannot produce.
    #[error("example {example}: feature bucket {bucket} is out of range for {bucket_count} buckets")]
    BucketOutOfRange {
        /// The 0-based index of the example.
        example: usize,
        /// The offending bucket.
        bucket: u32,
        /// The number of buckets of the hasher.
        bucket_count: usize,
    },
}
