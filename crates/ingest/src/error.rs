//! The errors of ingestion: every message names the input, and the line or byte where one applies.

/// Why an input, or one record of it, could not be read.
///
/// Messages are meant to be printed as they are, after the program name: they start with the
/// input's name (`-` for standard input) and, for JSONL, the 1-based line number.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The input could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The input.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The document is larger than [`IngestOptions::max_document_bytes`](crate::IngestOptions).
    #[error(
        "{path}: too large to analyze ({bytes} bytes, the limit is {limit} bytes); \
         raise the limit with --max-bytes"
    )]
    TooLarge {
        /// The input.
        path: String,
        /// Its size; for a stream, the number of bytes read before giving up (the limit plus one).
        bytes: u64,
        /// The limit in force.
        limit: usize,
    },
    /// One line of a JSONL input is larger than the document size limit; it was skipped unread.
    #[error(
        "{path}:{line}: line too large to analyze ({bytes} bytes, the limit is {limit} bytes); \
         raise the limit with --max-bytes"
    )]
    LineTooLarge {
        /// The input.
        path: String,
        /// The 1-based line number.
        line: usize,
        /// The length of the line, without its line break.
        bytes: u64,
        /// The limit in force.
        limit: usize,
    },
    /// The input is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte offset {offset} (use --lossy to replace invalid bytes)")]
    InvalidUtf8 {
        /// The input.
        path: String,
        /// Byte offset of the first invalid byte in the input.
        offset: usize,
    },
    /// One line of a JSONL input is not valid UTF-8.
    #[error(
        "{path}:{line}: invalid UTF-8 at byte offset {offset} of the line \
         (use --lossy to replace invalid bytes)"
    )]
    InvalidUtf8Line {
        /// The input.
        path: String,
        /// The 1-based line number.
        line: usize,
        /// Byte offset of the first invalid byte within the line.
        offset: usize,
    },
    /// The input looks like a binary file (an image, an archive, UTF-16 text) rather than text.
    #[error("{path}: looks like a binary file ({} at offset {offset})", describe_binary_byte(*byte))]
    Binary {
        /// The input.
        path: String,
        /// Byte offset of the first NUL or control byte.
        offset: usize,
        /// The byte found there: NUL, or the first of many control bytes.
        byte: u8,
    },
    /// The input has no text: it is empty, only whitespace, or an HTML page without text.
    #[error("{path}: no text to analyze")]
    Empty {
        /// The input.
        path: String,
    },
    /// One line of a JSONL input is not a usable record.
    #[error("{path}:{line}: bad JSON line: {message}")]
    BadJsonLine {
        /// The input.
        path: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// Convenience alias.
pub type Result<T, E = IngestError> = std::result::Result<T, E>;

/// Names the byte that made an input look binary, for [`IngestError::Binary`].
fn describe_binary_byte(byte: u8) -> String {
    if byte == 0 {
        "NUL byte".to_owned()
    } else {
        format!("control byte 0x{byte:02X}")
    }
}
