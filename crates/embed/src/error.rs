//! Errors of loading the encoder, of embedding through a [`SentenceEmbedder`](crate::SentenceEmbedder),
//! and of the embedding cache file.

use std::path::PathBuf;

/// Why the encoder could not be loaded, or why embeddings could not be computed, read from or
/// written to an embedding cache ([`CachedEmbedder`](crate::CachedEmbedder)). A loaded
/// [`SentenceEncoder`](crate::SentenceEncoder) itself cannot fail to embed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
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
    /// The embedding cache file could not be read, created, truncated or appended to.
    #[error("embedding cache {}: {source}", path.display())]
    CacheIo {
        /// The cache file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The file does not start with the cache header: it is another program's file, or a cache
    /// that an older rhetor wrote in another format (such as the whole-list paragraph cache that
    /// `rhetor train techniques --accurate` used to keep). Nothing in it is trusted.
    #[error(
        "{} is not an embedding cache in this rhetor's format (another file, or a cache an older \
         rhetor wrote): delete it to have it rebuilt, or choose another cache file",
        path.display()
    )]
    NotAnEmbeddingCache {
        /// The file.
        path: PathBuf,
    },
    /// A record of the cache holds a vector that the cache never writes (not finite, or not of
    /// unit length): the file was damaged, for instance by a crash that left zeroed blocks.
    #[error(
        "embedding cache {} is damaged: the record at byte {record_offset} is not a unit-length \
         embedding; delete the file to have it rebuilt",
        path.display()
    )]
    DamagedEmbeddingCache {
        /// The file.
        path: PathBuf,
        /// Where the bad record starts, in bytes from the start of the file.
        record_offset: u64,
    },
    /// A [`SentenceEmbedder`](crate::SentenceEmbedder) returned another number of embeddings than
    /// it was given texts.
    #[error("the sentence embedder returned {returned} embeddings for {requested} texts")]
    EmbeddingCountMismatch {
        /// How many texts it was given.
        requested: usize,
        /// How many embeddings it returned.
        returned: usize,
    },
    /// A [`SentenceEmbedder`](crate::SentenceEmbedder) returned an embedding that is not finite or
    /// not of unit length, which the cache refuses to store (it reads such a record back as damage).
    #[error(
        "the sentence embedder returned an embedding of squared norm {squared_norm}, not a \
         unit-length one; the embedding cache holds only unit-length embeddings"
    )]
    NotUnitLength {
        /// The squared L2 norm of the embedding (NaN when a component is not finite).
        squared_norm: f32,
    },
}
