//! What to read and how: inputs, the input format and the reading options.

use std::path::PathBuf;

/// Where to read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory.
    Path(PathBuf),
    /// Standard input.
    Stdin,
}

/// The format of an input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Decided per file: by extension, else by sniffing the first bytes.
    #[default]
    Auto,
    /// Plain text: one document, kept byte for byte.
    Text,
    /// An HTML page: one document, the main text extracted.
    Html,
    /// JSON Lines: one document per line.
    Jsonl,
}

/// How to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestOptions {
    /// Replace invalid UTF-8 by U+FFFD (with a diagnostic) instead of failing.
    pub lossy: bool,
    /// Largest document accepted, in bytes (for JSONL: the largest line).
    pub max_document_bytes: usize,
    /// The format of every input; [`InputFormat::Auto`] decides per file.
    pub format: InputFormat,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            lossy: false,
            max_document_bytes: 32 * 1024 * 1024,
            format: InputFormat::Auto,
        }
    }
}
