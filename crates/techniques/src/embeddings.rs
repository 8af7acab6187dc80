//! Paragraph embeddings for the accurate tier, and the file cache that training keeps of them.
//!
//! Embedding the 9,000 training paragraphs takes minutes while training on them takes seconds,
//! so `rhetor train techniques --accurate` keeps them in one file outside the repository. The
//! file is keyed by a hash of every paragraph's text, in order: another data set, another
//! segmentation or another encoder version makes it stale, and it is recomputed whole.

use std::path::Path;

use crate::TechniquesError;

/// The length of a paragraph embedding (all-MiniLM-L6-v2's hidden size).
pub const EMBEDDING_DIMENSION: usize = rhetor_embed::EMBEDDING_DIMENSION;

/// One paragraph embedding.
pub type Embedding = [f32; EMBEDDING_DIMENSION];

/// Loads all-MiniLM-L6-v2 from its default location (`$RHETOR_MINILM_DIR`, else the user's
/// cache directory, where `scripts/fetch-minilm.sh` puts it).
///
/// # Errors
///
/// [`TechniquesError::Encoder`] when the weights are missing or unreadable; its message names
/// `scripts/fetch-minilm.sh`.
pub fn load_default_encoder() -> Result<rhetor_embed::SentenceEncoder, TechniquesError> {
    // The encoder's errors name scripts/fetch-minilm.sh and RHETOR_MINILM_DIR.
    rhetor_embed::SentenceEncoder::load_default().map_err(|error| TechniquesError::Encoder(error.to_string()))
}

/// The first bytes of a cache file: the format and the encoder whose outputs it holds.
const CACHE_HEADER: &[u8] =
    b"rhetor technique paragraph embeddings 1: all-MiniLM-L6-v2 mean-pooled, L2-normalised\n";

/// The key of a list of texts: FNV-1a over each text's hash, so that the boundaries count.
fn texts_key(texts: &[&str]) -> u64 {
    let mut bytes = Vec::with_capacity(texts.len() * 8);
    for text in texts {
        bytes.extend_from_slice(&rhetor_linear::fnv1a_64(text.as_bytes()).to_le_bytes());
    }
    rhetor_linear::fnv1a_64(&bytes)
}

/// The embeddings in the cache file at `path` when it holds those of exactly `texts`
/// (`None` when it is missing, of another format, or stale).
fn read_cache(path: &Path, texts: &[&str]) -> Option<Vec<Embedding>> {
    let bytes = std::fs::read(path).ok()?;
    let rest = bytes.strip_prefix(CACHE_HEADER)?;
    let (key, rest) = rest.split_at_checked(8)?;
    let (count, records) = rest.split_at_checked(8)?;
    if u64::from_le_bytes(key.try_into().ok()?) != texts_key(texts)
        || u64::from_le_bytes(count.try_into().ok()?) != texts.len() as u64
        || records.len() != texts.len() * EMBEDDING_DIMENSION * 4
    {
        return None;
    }
    Some(
        records
            .chunks_exact(EMBEDDING_DIMENSION * 4)
            .map(|record| {
                let mut embedding = [0.0_f32; EMBEDDING_DIMENSION];
                for (value, bytes) in embedding.iter_mut().zip(record.chunks_exact(4)) {
                    *value = f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
                }
                embedding
            })
            .collect(),
    )
}

/// Writes `embeddings` of `texts` to the cache file at `path` (creating its directory).
fn write_cache(path: &Path, texts: &[&str], embeddings: &[Embedding]) -> Result<(), TechniquesError> {
    let error = |error: std::io::Error| TechniquesError::EmbeddingCache {
        path: path.display().to_string(),
        message: error.to_string(),
    };
    if let Some(directory) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        std::fs::create_dir_all(directory).map_err(error)?;
    }
    let mut bytes = Vec::with_capacity(CACHE_HEADER.len() + 16 + embeddings.len() * EMBEDDING_DIMENSION * 4);
    bytes.extend_from_slice(CACHE_HEADER);
    bytes.extend_from_slice(&texts_key(texts).to_le_bytes());
    bytes.extend_from_slice(&(texts.len() as u64).to_le_bytes());
    for embedding in embeddings {
        for value in embedding {
            bytes.extend_from_slice(&value.to_le_bytes());
        }
    }
    std::fs::write(path, bytes).map_err(error)
}

/// The embeddings of `texts`: from the cache file at `cache` when it holds exactly these texts,
/// else computed by the encoder that `load_encoder` gives and written to the cache.
///
/// # Errors
///
/// When the encoder cannot be loaded or the cache cannot be written.
pub fn cached_embeddings(
    texts: &[&str],
    cache: &Path,
    load_encoder: impl FnOnce() -> Result<rhetor_embed::SentenceEncoder, TechniquesError>,
) -> Result<(Vec<Embedding>, bool), TechniquesError> {
    if let Some(embeddings) = read_cache(cache, texts) {
        return Ok((embeddings, true));
    }
    let encoder = load_encoder()?;
    let embeddings = encoder.embed(texts);
    write_cache(cache, texts, &embeddings)?;
    Ok((embeddings, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_returns_what_was_written_and_detects_other_texts() {
        let directory = std::env::temp_dir().join(format!("rhetor-techniques-cache-{}", std::process::id()));
        let path = directory.join("embeddings.bin");
        let texts = ["first paragraph", "second paragraph"];
        let mut embeddings = vec![[0.0_f32; EMBEDDING_DIMENSION]; 2];
        embeddings[0][0] = 1.0;
        embeddings[1][383] = -0.5;
        write_cache(&path, &texts, &embeddings).unwrap();
        assert_eq!(read_cache(&path, &texts), Some(embeddings.clone()));
        // Another text, another order or another boundary makes the cache stale.
        assert_eq!(read_cache(&path, &["first paragraph", "second"]), None);
        assert_eq!(read_cache(&path, &["second paragraph", "first paragraph"]), None);
        assert_eq!(read_cache(&path, &["first paragraphsecond", " paragraph"]), None);
        let (read, from_cache) = cached_embeddings(&texts, &path, || {
            Err(TechniquesError::Encoder("not needed".to_owned()))
        })
        .unwrap();
        assert!(from_cache);
        assert_eq!(read, embeddings);
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
