//! Sentence embeddings for the accurate tier, and a file cache of them for training.
//!
//! Embedding the 24,000 CheckThat! sentences takes far longer than training on them, so
//! `rhetor train claims --accurate` keeps every embedding it computes in a cache file outside the
//! repository and computes only the sentences it has not seen.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use crate::ClaimsError;

/// The length of a sentence embedding (all-MiniLM-L6-v2's hidden size).
pub const EMBEDDING_DIMENSION: usize = rhetor_embed::EMBEDDING_DIMENSION;

/// One sentence embedding.
pub type Embedding = [f32; EMBEDDING_DIMENSION];

/// What turns sentences into embeddings: the MiniLM encoder, or a cache in front of it.
pub trait SentenceEmbedder: Send + Sync {
    /// One embedding per sentence, in order.
    ///
    /// # Errors
    ///
    /// When the embeddings cannot be computed or read.
    fn embed(&self, sentences: &[&str]) -> Result<Vec<Embedding>, ClaimsError>;
}

impl SentenceEmbedder for rhetor_embed::SentenceEncoder {
    fn embed(&self, sentences: &[&str]) -> Result<Vec<Embedding>, ClaimsError> {
        Ok(rhetor_embed::SentenceEncoder::embed(self, sentences))
    }
}

/// Loads all-MiniLM-L6-v2 from its default location (`$RHETOR_MINILM_DIR`, else the user's
/// cache directory, where `scripts/fetch-minilm.sh` puts it).
///
/// # Errors
///
/// [`ClaimsError::Encoder`] when the weights are missing or unreadable; its message names
/// `scripts/fetch-minilm.sh`.
pub fn load_default_encoder() -> Result<Arc<dyn SentenceEmbedder>, ClaimsError> {
    let encoder = rhetor_embed::SentenceEncoder::load_default().map_err(|error| {
        // The encoder's errors name scripts/fetch-minilm.sh and RHETOR_MINILM_DIR.
        ClaimsError::Encoder(format!(
            "the accurate tier of check-worthiness cannot run: {error}"
        ))
    })?;
    Ok(Arc::new(encoder))
}

/// An embedder that loads the default encoder ([`load_default_encoder`]) the first time it has
/// something to embed: training from a complete embedding cache needs no weights.
#[derive(Default)]
pub struct LazyDefaultEncoder {
    encoder: OnceLock<Result<Arc<dyn SentenceEmbedder>, String>>,
}

impl SentenceEmbedder for LazyDefaultEncoder {
    fn embed(&self, sentences: &[&str]) -> Result<Vec<Embedding>, ClaimsError> {
        let encoder = self
            .encoder
            .get_or_init(|| load_default_encoder().map_err(|error| error.to_string()))
            .as_ref()
            .map_err(|message| ClaimsError::Encoder(message.clone()))?;
        encoder.embed(sentences)
    }
}

/// The first bytes of a cache file: the format and the encoder whose outputs it holds.
const CACHE_HEADER: &[u8] = b"rhetor sentence embeddings 1: all-MiniLM-L6-v2 mean-pooled, L2-normalised\n";

/// Bytes of one cache record: the text's FNV-1a hash and the embedding, little-endian.
const RECORD_BYTES: usize = 8 + 4 * EMBEDDING_DIMENSION;

/// Sentences embedded between two appends to the cache file: an interrupted run loses at most
/// this many.
const CHUNK_SENTENCES: usize = 256;

/// An embedder that reads the embeddings of sentences it has seen from a cache file and appends
/// those it computes.
///
/// The file is a header and fixed-size records (hash of the text, embedding) appended as they
/// are computed, so that an interrupted run resumes where it stopped; a torn last record is
/// ignored. It is keyed by the text only: delete it when the encoder changes.
pub struct CachedEmbedder<'encoder> {
    encoder: &'encoder dyn SentenceEmbedder,
    path: PathBuf,
    known: std::sync::Mutex<FxHashMap<u64, Embedding>>,
}

impl<'encoder> CachedEmbedder<'encoder> {
    /// A cache in `path` (created when missing) in front of `encoder`.
    ///
    /// # Errors
    ///
    /// When the file exists but cannot be read or is not a cache file.
    pub fn open(encoder: &'encoder dyn SentenceEmbedder, path: &Path) -> Result<Self, ClaimsError> {
        let mut known = FxHashMap::default();
        match std::fs::File::open(path) {
            Ok(mut file) => {
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes)
                    .map_err(|error| ClaimsError::cache(path, &error.to_string()))?;
                let records = bytes.strip_prefix(CACHE_HEADER).ok_or_else(|| {
                    ClaimsError::cache(path, "not an embedding cache of this encoder; delete it")
                })?;
                for record in records.chunks_exact(RECORD_BYTES) {
                    let (hash, values) = record.split_at(8);
                    let mut embedding = [0.0_f32; EMBEDDING_DIMENSION];
                    for (value, bytes) in embedding.iter_mut().zip(values.chunks_exact(4)) {
                        *value = f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
                    }
                    let hash = u64::from_le_bytes(hash.try_into().unwrap_or([0; 8]));
                    known.insert(hash, embedding);
                }
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(ClaimsError::cache(path, &error.to_string())),
        }
        Ok(CachedEmbedder {
            encoder,
            path: path.to_owned(),
            known: std::sync::Mutex::new(known),
        })
    }

    /// Appends `computed` (text hashes and embeddings) to the file, writing the header first
    /// when the file is new or empty.
    fn append(&self, computed: &[(u64, Embedding)]) -> Result<(), ClaimsError> {
        let error = |error: std::io::Error| ClaimsError::cache(&self.path, &error.to_string());
        if let Some(directory) = self.path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
            std::fs::create_dir_all(directory).map_err(error)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(error)?;
        let mut bytes = Vec::with_capacity(CACHE_HEADER.len() + computed.len() * RECORD_BYTES);
        if file.metadata().map_err(error)?.len() == 0 {
            bytes.extend_from_slice(CACHE_HEADER);
        }
        for (hash, embedding) in computed {
            bytes.extend_from_slice(&hash.to_le_bytes());
            for value in embedding {
                bytes.extend_from_slice(&value.to_le_bytes());
            }
        }
        file.write_all(&bytes).map_err(error)
    }
}

impl CachedEmbedder<'_> {
    /// How many of `sentences` (counting repeats once) are not in the cache yet.
    ///
    /// # Errors
    ///
    /// When a thread failed while holding the cache.
    pub fn missing(&self, sentences: &[&str]) -> Result<usize, ClaimsError> {
        let known = self
            .known
            .lock()
            .map_err(|_| ClaimsError::cache(&self.path, "a thread failed while holding the cache"))?;
        let missing: rustc_hash::FxHashSet<u64> = sentences
            .iter()
            .map(|sentence| rhetor_linear::fnv1a_64(sentence.as_bytes()))
            .filter(|hash| !known.contains_key(hash))
            .collect();
        Ok(missing.len())
    }
}

impl SentenceEmbedder for CachedEmbedder<'_> {
    fn embed(&self, sentences: &[&str]) -> Result<Vec<Embedding>, ClaimsError> {
        let hashes: Vec<u64> = sentences
            .iter()
            .map(|sentence| rhetor_linear::fnv1a_64(sentence.as_bytes()))
            .collect();
        let mut known = self
            .known
            .lock()
            .map_err(|_| ClaimsError::cache(&self.path, "a thread failed while holding the cache"))?;
        let mut missing: Vec<(u64, &str)> = Vec::new();
        let mut queued = rustc_hash::FxHashSet::default();
        for (&hash, &sentence) in hashes.iter().zip(sentences) {
            if !known.contains_key(&hash) && queued.insert(hash) {
                missing.push((hash, sentence));
            }
        }
        for chunk in missing.chunks(CHUNK_SENTENCES) {
            let texts: Vec<&str> = chunk.iter().map(|(_, sentence)| *sentence).collect();
            let embeddings = self.encoder.embed(&texts)?;
            let computed: Vec<(u64, Embedding)> =
                chunk.iter().map(|(hash, _)| *hash).zip(embeddings).collect();
            self.append(&computed)?;
            known.extend(computed);
        }
        hashes
            .iter()
            .map(|hash| {
                known.get(hash).copied().ok_or_else(|| {
                    ClaimsError::cache(&self.path, "the encoder returned fewer embeddings than sentences")
                })
            })
            .collect()
    }
}
