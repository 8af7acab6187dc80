//! Errors of loading the encoder.

use std::path::PathBuf;

/// Why the encoder could not be loaded. Embedding itself cannot fail once it is loaded.
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    /// The directory, or the weights or vocabulary in it, do not exist.
    #[error(
        "the all-MiniLM-L6-v2 weights are not installed in {}: run `scripts/fetch-minilm.sh {}` \
         (or set RHETOR_MINILM_DIR to a directory holding model.safetensors and vocab.txt)",
        directory.display(),
        directory.display()
    )]
    NotInstalled {
        /// The directory that was searched.
        directory: PathBuf,
    },
    /// No default directory exists: neither RHETOR_MINILM_DIR, XDG_CACHE_HOME nor HOME is set.
    #[error(
        "no directory for the all-MiniLM-L6-v2 weights: set RHETOR_MINILM_DIR (scripts/fetch-minilm.sh DIR installs them)"
    )]
    NoDefaultDirectory,
    /// A file exists but could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file was read but is not what this model needs (a missing tensor, a wrong shape or
    /// dtype, a vocabulary without its special tokens, ids beyond the embedding table).
    #[error("{} is not a usable all-MiniLM-L6-v2 file: {reason}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
}
