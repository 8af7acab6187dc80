//! What turns texts into embeddings, as a trait: the encoder itself, the encoder loaded on first
//! use ([`LazyDefaultEncoder`]), or a cache in front of either ([`CachedEmbedder`]).
//!
//! The analysers take a `dyn SentenceEmbedder` rather than the encoder, so that training can put
//! the cache in front of it and tests can put a small fake in its place without the weights.
//!
//! [`CachedEmbedder`]: crate::CachedEmbedder

use std::sync::{Arc, Mutex, PoisonError};

use crate::{EmbedError, SentenceEncoder, EMBEDDING_DIMENSION};

/// One text's embedding: [`EMBEDDING_DIMENSION`] components of unit L2 norm, so that the dot
/// product of two embeddings is their cosine similarity.
pub type Embedding = [f32; EMBEDDING_DIMENSION];

/// What turns texts into unit-length embeddings, one per text, in order.
///
/// Implementations must give a text the same embedding whatever else the call holds (the
/// encoder does, bit for bit): the cache stores embeddings per text and relies on it.
pub trait SentenceEmbedder: Send + Sync {
    /// One unit-length embedding per text, in the order of `texts`.
    ///
    /// # Errors
    ///
    /// When the embeddings cannot be computed (the weights cannot be loaded) or read or stored
    /// (the cache file).
    fn embed(&self, texts: &[&str]) -> Result<Vec<Embedding>, EmbedError>;
}

impl SentenceEmbedder for SentenceEncoder {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Embedding>, EmbedError> {
        // The inherent method, which cannot fail once the weights are loaded.
        Ok(SentenceEncoder::embed(self, texts))
    }
}

/// The encoder from its default location ([`SentenceEncoder::load_default`]), loaded the first
/// time there is something to embed.
///
/// Training puts it behind a [`CachedEmbedder`](crate::CachedEmbedder): when the cache already
/// holds every text, the weights are never read, so a complete cache is enough to train.
#[derive(Default)]
pub struct LazyDefaultEncoder {
    /// The encoder once loaded. A failed load is not kept, so that a later call (after
    /// `scripts/fetch-minilm.sh` has run) can succeed.
    loaded_encoder: Mutex<Option<Arc<SentenceEncoder>>>,
}

impl std::fmt::Debug for LazyDefaultEncoder {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let loaded = self
            .loaded_encoder
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some();
        formatter
            .debug_struct("LazyDefaultEncoder")
            .field("loaded", &loaded)
            .finish()
    }
}

impl LazyDefaultEncoder {
    /// An embedder that has not read the weights yet.
    pub fn new() -> LazyDefaultEncoder {
        LazyDefaultEncoder::default()
    }

    /// The encoder, loading it now when this is the first use.
    ///
    /// # Errors
    ///
    /// When the weights are missing or unreadable (the message names `scripts/fetch-minilm.sh`).
    pub fn encoder(&self) -> Result<Arc<SentenceEncoder>, EmbedError> {
        // The lock is held through the load so that two threads do not both read 87 MiB of
        // weights; a poisoned lock is taken over, since the slot is either empty or holds a
        // whole encoder and cannot be half-written.
        let mut loaded_encoder = self.loaded_encoder.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(encoder) = loaded_encoder.as_ref() {
            return Ok(Arc::clone(encoder));
        }
        let encoder = Arc::new(SentenceEncoder::load_default()?);
        *loaded_encoder = Some(Arc::clone(&encoder));
        Ok(encoder)
    }
}

impl SentenceEmbedder for LazyDefaultEncoder {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Embedding>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        // The lock is released before encoding, so that callers on several threads encode at
        // the same time.
        let encoder = self.encoder()?;
        Ok(SentenceEncoder::embed(&encoder, texts))
    }
}
