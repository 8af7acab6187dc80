//! A file cache of embeddings keyed by text, kept by training outside the repository.
//!
//! **Why.** Embedding the 24,000 CheckThat! training sentences or the 9,000 SemEval-2023
//! paragraphs takes minutes of CPU, while training on the embeddings takes seconds; training is
//! rerun far more often than the data changes. [`CachedEmbedder`] sits in front of any
//! [`SentenceEmbedder`], reads the embeddings of the texts it has seen from a file and computes
//! only the others.
//!
//! The file's format, and what the cache refuses, are documented on [`CachedEmbedder`].

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::{EmbedError, Embedding, SentenceEmbedder, EMBEDDING_DIMENSION};

/// The first bytes of a cache file: the format's version and the encoder whose embeddings it
/// holds. Byte for byte the header that `rhetor train claims --accurate` has always written.
pub const CACHE_HEADER: &[u8] =
    b"rhetor sentence embeddings 1: all-MiniLM-L6-v2 mean-pooled, L2-normalised\n";

/// Bytes of the text hash at the start of each record.
const TEXT_HASH_BYTES: usize = 8;

/// Bytes of one record: the text's hash and its embedding.
pub const RECORD_BYTES: usize = TEXT_HASH_BYTES + 4 * EMBEDDING_DIMENSION;

/// Texts embedded between two appends to the file: an interrupted run loses at most this many,
/// and the encoder still gets enough texts per call to stack their tokens efficiently.
pub const TEXTS_PER_APPEND: usize = 256;

/// How far an embedding's squared norm may be from 1 and still count as unit length: float
/// rounding over 384 components stays far below it, while zeroed or foreign bytes land far
/// outside.
const UNIT_SQUARED_NORM_TOLERANCE: f32 = 1e-3;

/// The key of a text in the cache: the FNV-1a 64-bit hash of its UTF-8 bytes (two texts share a
/// key with probability about 2⁻⁶⁴ per pair, far below anything a training set reaches).
fn text_hash(text: &str) -> u64 {
    rhetor_linear::fnv1a_64(text.as_bytes())
}

/// A [`SentenceEmbedder`] that reads the embeddings of texts it has seen from a cache file and
/// appends those that `inner_embedder` computes.
///
/// **The file.** A header line ([`CACHE_HEADER`], which names the format and the encoder), then
/// fixed-size records of [`RECORD_BYTES`] bytes: the FNV-1a 64-bit hash of the text's UTF-8
/// bytes, then the embedding's [`EMBEDDING_DIMENSION`] components, all little-endian. Records are
/// appended as they are computed, [`TEXTS_PER_APPEND`] texts at a time, so that an interrupted
/// run keeps what it computed and the next run resumes there. A whole list of texts (the
/// techniques training's paragraphs) is one [`SentenceEmbedder::embed`] call: each text is looked
/// up on its own, so a changed data set recomputes only its new texts.
///
/// **What it trusts.** Nothing: a file that does not start with the header is refused
/// ([`EmbedError::NotAnEmbeddingCache`]), and so is one with a record that is not a finite
/// unit-length vector ([`EmbedError::DamagedEmbeddingCache`]); a torn last record, which a
/// process killed while appending leaves, is cut off when the file is opened, and an empty file
/// or a torn header (killed during the first append) is an empty cache. This is the format
/// `rhetor train claims --accurate` has always written, so its existing caches stay valid.
///
/// **What it does not do.** It is keyed by the text alone, so it assumes the encoder of its
/// header: another encoder needs another header (or the file deleted). Two processes must not
/// append to one file at the same time; threads of one process may share a [`CachedEmbedder`].
pub struct CachedEmbedder<Inner> {
    inner_embedder: Inner,
    path: PathBuf,
    /// Every embedding in the file, by text hash. The lock is held while missing texts are
    /// computed and appended, so that threads sharing the cache neither compute a text twice
    /// nor interleave their appends.
    embeddings_by_text_hash: Mutex<FxHashMap<u64, Embedding>>,
}

impl<Inner> std::fmt::Debug for CachedEmbedder<Inner> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("CachedEmbedder")
            .field("path", &self.path)
            .field("cached_texts", &self.cached_text_count())
            .finish_non_exhaustive()
    }
}

impl<Inner: SentenceEmbedder> CachedEmbedder<Inner> {
    /// The cache in the file at `path` in front of `inner_embedder`. A missing file is created
    /// (with its directory) by the first append; a torn last record is cut off now, so that the
    /// records appended next start on a record boundary.
    ///
    /// # Errors
    ///
    /// [`EmbedError::CacheIo`] when the file exists but cannot be read (or its torn tail cut
    /// off), [`EmbedError::NotAnEmbeddingCache`] when it does not start with [`CACHE_HEADER`],
    /// [`EmbedError::DamagedEmbeddingCache`] when a record is not a unit-length embedding. The
    /// file is left as it was in each case.
    pub fn open(inner_embedder: Inner, path: &Path) -> Result<Self, EmbedError> {
        let embeddings_by_text_hash = read_cache_file(path)?;
        Ok(CachedEmbedder {
            inner_embedder,
            path: path.to_owned(),
            embeddings_by_text_hash: Mutex::new(embeddings_by_text_hash),
        })
    }
}

impl<Inner> CachedEmbedder<Inner> {
    /// The cache file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The embedder that computes what the cache does not hold.
    pub fn inner_embedder(&self) -> &Inner {
        &self.inner_embedder
    }

    /// How many distinct texts the cache holds.
    pub fn cached_text_count(&self) -> usize {
        self.lock_embeddings().len()
    }

    /// How many distinct texts of `texts` are not in the cache yet: what an
    /// [`embed`](SentenceEmbedder::embed) of them would compute.
    pub fn count_missing(&self, texts: &[&str]) -> usize {
        let embeddings_by_text_hash = self.lock_embeddings();
        texts
            .iter()
            .map(|text| text_hash(text))
            .filter(|hash| !embeddings_by_text_hash.contains_key(hash))
            .collect::<FxHashSet<u64>>()
            .len()
    }

    /// The map of embeddings. A poisoned lock is taken over: the map only ever gains whole
    /// entries, after their records were appended, so a panic cannot leave it half-updated.
    fn lock_embeddings(&self) -> std::sync::MutexGuard<'_, FxHashMap<u64, Embedding>> {
        self.embeddings_by_text_hash
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Appends one record per (text hash, embedding) to the file, with the header first when
    /// the file is new or empty, in one write.
    fn append_records(&self, records: &[(u64, Embedding)]) -> Result<(), EmbedError> {
        let io_error = |source: std::io::Error| EmbedError::CacheIo {
            path: self.path.clone(),
            source,
        };
        if let Some(directory) = self.path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
            std::fs::create_dir_all(directory).map_err(io_error)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(io_error)?;
        let mut bytes = Vec::with_capacity(CACHE_HEADER.len() + records.len() * RECORD_BYTES);
        if file.metadata().map_err(io_error)?.len() == 0 {
            bytes.extend_from_slice(CACHE_HEADER);
        }
        for (hash, embedding) in records {
            bytes.extend_from_slice(&hash.to_le_bytes());
            for component in embedding {
                bytes.extend_from_slice(&component.to_le_bytes());
            }
        }
        file.write_all(&bytes).map_err(io_error)
    }
}

impl<Inner: SentenceEmbedder> SentenceEmbedder for CachedEmbedder<Inner> {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Embedding>, EmbedError> {
        let text_hashes: Vec<u64> = texts.iter().map(|text| text_hash(text)).collect();
        let mut embeddings_by_text_hash = self.lock_embeddings();
        // Each missing text once, in the order of first appearance, so that the file's order
        // (and so its bytes) depends only on the calls made.
        let mut queued_hashes = FxHashSet::default();
        let missing: Vec<(u64, &str)> = text_hashes
            .iter()
            .zip(texts)
            .filter(|(hash, _)| !embeddings_by_text_hash.contains_key(*hash) && queued_hashes.insert(**hash))
            .map(|(&hash, &text)| (hash, text))
            .collect();
        for chunk in missing.chunks(TEXTS_PER_APPEND) {
            let chunk_texts: Vec<&str> = chunk.iter().map(|(_, text)| *text).collect();
            let computed = self.inner_embedder.embed(&chunk_texts)?;
            if computed.len() != chunk.len() {
                return Err(EmbedError::EmbeddingCountMismatch {
                    requested: chunk.len(),
                    returned: computed.len(),
                });
            }
            // Checked before writing: a record the cache would refuse on reading must never
            // reach the file.
            if let Some(squared_norm) = computed
                .iter()
                .map(squared_norm)
                .find(|&squared_norm| !is_unit_squared_norm(squared_norm))
            {
                return Err(EmbedError::NotUnitLength { squared_norm });
            }
            let records: Vec<(u64, Embedding)> = chunk.iter().map(|(hash, _)| *hash).zip(computed).collect();
            self.append_records(&records)?;
            embeddings_by_text_hash.extend(records);
        }
        let embeddings: Option<Vec<Embedding>> = text_hashes
            .iter()
            .map(|hash| embeddings_by_text_hash.get(hash).copied())
            .collect();
        // Every hash is in the map now (it was, or it was computed above); an absent one would
        // mean that the embedder returned too few embeddings.
        embeddings.ok_or(EmbedError::EmbeddingCountMismatch {
            requested: texts.len(),
            returned: 0,
        })
    }
}

/// The embeddings of the cache file at `path` by text hash (none when the file is missing),
/// after cutting off a torn header or last record.
fn read_cache_file(path: &Path) -> Result<FxHashMap<u64, Embedding>, EmbedError> {
    let io_error = |source: std::io::Error| EmbedError::CacheIo {
        path: path.to_owned(),
        source,
    };
    let mut bytes = Vec::new();
    match std::fs::File::open(path) {
        Ok(mut file) => {
            file.read_to_end(&mut bytes).map_err(io_error)?;
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(FxHashMap::default());
        }
        Err(error) => return Err(io_error(error)),
    }
    // A process killed while writing the first append can leave part of the header (or an
    // empty file): that is a cache with nothing in it, not a foreign file.
    if bytes.len() < CACHE_HEADER.len() && CACHE_HEADER.starts_with(&bytes) {
        if !bytes.is_empty() {
            truncate_cache_file(path, 0)?;
        }
        return Ok(FxHashMap::default());
    }
    let records = bytes
        .strip_prefix(CACHE_HEADER)
        .ok_or_else(|| EmbedError::NotAnEmbeddingCache {
            path: path.to_owned(),
        })?;
    let mut embeddings_by_text_hash = FxHashMap::default();
    for (record_index, record) in records.chunks_exact(RECORD_BYTES).enumerate() {
        let (hash_bytes, embedding_bytes) = record.split_at(TEXT_HASH_BYTES);
        let hash = <[u8; TEXT_HASH_BYTES]>::try_from(hash_bytes).map_or(0, u64::from_le_bytes);
        let mut embedding = [0.0_f32; EMBEDDING_DIMENSION];
        for (component, component_bytes) in embedding.iter_mut().zip(embedding_bytes.chunks_exact(4)) {
            // `chunks_exact(4)` gives four bytes; the NaN of the impossible other case would be
            // refused as damage just below.
            *component = <[u8; 4]>::try_from(component_bytes).map_or(f32::NAN, f32::from_le_bytes);
        }
        if !is_unit_squared_norm(squared_norm(&embedding)) {
            return Err(EmbedError::DamagedEmbeddingCache {
                path: path.to_owned(),
                record_offset: (CACHE_HEADER.len() + record_index * RECORD_BYTES) as u64,
            });
        }
        // A text appended twice (by a run that shared the file) has the same embedding twice.
        embeddings_by_text_hash.insert(hash, embedding);
    }
    let torn_bytes = records.len() % RECORD_BYTES;
    if torn_bytes != 0 {
        truncate_cache_file(path, (bytes.len() - torn_bytes) as u64)?;
    }
    Ok(embeddings_by_text_hash)
}

/// Cuts the cache file at `path` to `length` bytes: what a killed append left after the last
/// whole record would otherwise shift every record appended after it.
fn truncate_cache_file(path: &Path, length: u64) -> Result<(), EmbedError> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|file| file.set_len(length))
        .map_err(|source| EmbedError::CacheIo {
            path: path.to_owned(),
            source,
        })
}

/// The squared L2 norm of an embedding (NaN when a component is NaN).
fn squared_norm(embedding: &Embedding) -> f32 {
    embedding.iter().map(|component| component * component).sum()
}

/// Whether a squared norm is that of a finite unit-length vector (false for NaN and infinity).
fn is_unit_squared_norm(squared_norm: f32) -> bool {
    (squared_norm - 1.0).abs() <= UNIT_SQUARED_NORM_TOLERANCE
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// A deterministic stand-in for the encoder: a unit vector derived from the text's bytes,
    /// counting the texts it embeds and failing, when asked, from a given call on.
    #[derive(Default)]
    struct FakeEmbedder {
        texts_embedded: AtomicUsize,
        calls: AtomicUsize,
        fail_from_call: Option<usize>,
    }

    impl FakeEmbedder {
        fn failing_from_call(call: usize) -> FakeEmbedder {
            FakeEmbedder {
                fail_from_call: Some(call),
                ..FakeEmbedder::default()
            }
        }

        fn texts_embedded(&self) -> usize {
            self.texts_embedded.load(Ordering::SeqCst)
        }
    }

    fn fake_embedding(text: &str) -> Embedding {
        let mut embedding = [0.0_f32; EMBEDDING_DIMENSION];
        let mut state = rhetor_linear::fnv1a_64(text.as_bytes());
        for component in &mut embedding {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            *component = (state >> 40) as f32 / (1_u64 << 24) as f32 - 0.5;
        }
        let norm = squared_norm(&embedding).sqrt();
        embedding.map(|component| component / norm)
    }

    impl SentenceEmbedder for FakeEmbedder {
        fn embed(&self, texts: &[&str]) -> Result<Vec<Embedding>, EmbedError> {
            let call = self.calls.fetch_add(1, Ordering::SeqCst);
            if self
                .fail_from_call
                .is_some_and(|first_failing| call >= first_failing)
            {
                return Err(EmbedError::NoDefaultDirectory);
            }
            self.texts_embedded.fetch_add(texts.len(), Ordering::SeqCst);
            Ok(texts.iter().map(|text| fake_embedding(text)).collect())
        }
    }

    /// An embedder that must not be called: the cache holds everything asked of it.
    fn never_called() -> FakeEmbedder {
        FakeEmbedder::failing_from_call(0)
    }

    fn numbered_texts(count: usize) -> Vec<String> {
        (0..count)
            .map(|index| format!("sentence number {index}"))
            .collect()
    }

    fn as_strs(texts: &[String]) -> Vec<&str> {
        texts.iter().map(String::as_str).collect()
    }

    fn expected(texts: &[&str]) -> Vec<Embedding> {
        texts.iter().map(|text| fake_embedding(text)).collect()
    }

    #[test]
    fn embeddings_survive_a_round_trip_through_the_file_bit_for_bit() {
        let directory = tempfile::tempdir().unwrap();
        // A directory that does not exist yet: the first append creates it.
        let path = directory.path().join("nested").join("embeddings.bin");
        let texts = ["first text", "second text", "first text", ""];
        let cache = CachedEmbedder::open(FakeEmbedder::default(), &path).unwrap();
        assert_eq!(cache.count_missing(&texts), 3);
        assert_eq!(cache.embed(&texts).unwrap(), expected(&texts));
        // The repeated text was embedded once.
        assert_eq!(cache.inner_embedder().texts_embedded(), 3);
        assert_eq!(
            std::fs::metadata(&path).unwrap().len(),
            (CACHE_HEADER.len() + 3 * RECORD_BYTES) as u64
        );

        let reopened = CachedEmbedder::open(never_called(), &path).unwrap();
        assert_eq!(reopened.cached_text_count(), 3);
        assert_eq!(reopened.count_missing(&texts), 0);
        let read: Vec<Vec<u32>> = reopened
            .embed(&texts)
            .unwrap()
            .iter()
            .map(|embedding| embedding.map(f32::to_bits).to_vec())
            .collect();
        let computed: Vec<Vec<u32>> = expected(&texts)
            .iter()
            .map(|embedding| embedding.map(f32::to_bits).to_vec())
            .collect();
        assert_eq!(read, computed);
    }

    #[test]
    fn the_file_format_is_the_header_then_hash_and_little_endian_components() {
        // Written by hand as the earlier `rhetor train claims --accurate` wrote it, so that its
        // caches stay readable.
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("embeddings.bin");
        let embedding = fake_embedding("a sentence");
        let mut bytes = CACHE_HEADER.to_vec();
        bytes.extend_from_slice(&rhetor_linear::fnv1a_64(b"a sentence").to_le_bytes());
        for component in embedding {
            bytes.extend_from_slice(&component.to_le_bytes());
        }
        std::fs::write(&path, &bytes).unwrap();
        let cache = CachedEmbedder::open(never_called(), &path).unwrap();
        assert_eq!(cache.embed(&["a sentence"]).unwrap(), vec![embedding]);
        assert!(CACHE_HEADER.starts_with(b"rhetor sentence embeddings 1: all-MiniLM-L6-v2"));
    }

    #[test]
    fn an_interrupted_run_resumes_after_its_last_append() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("embeddings.bin");
        let owned_texts = numbered_texts(TEXTS_PER_APPEND + 44);
        let texts = as_strs(&owned_texts);
        // The encoder fails on its second call: the first chunk is already in the file.
        let interrupted = CachedEmbedder::open(FakeEmbedder::failing_from_call(1), &path).unwrap();
        assert!(matches!(
            interrupted.embed(&texts),
            Err(EmbedError::NoDefaultDirectory)
        ));
        drop(interrupted);

        let resumed = CachedEmbedder::open(FakeEmbedder::default(), &path).unwrap();
        assert_eq!(resumed.cached_text_count(), TEXTS_PER_APPEND);
        assert_eq!(resumed.count_missing(&texts), 44);
        assert_eq!(resumed.embed(&texts).unwrap(), expected(&texts));
        assert_eq!(resumed.inner_embedder().texts_embedded(), 44);
    }

    #[test]
    fn a_torn_last_record_is_cut_off_and_later_records_stay_aligned() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("embeddings.bin");
        let cache = CachedEmbedder::open(FakeEmbedder::default(), &path).unwrap();
        cache.embed(&["one", "two"]).unwrap();
        let whole_length = std::fs::metadata(&path).unwrap().len();
        // What a process killed in the middle of an append leaves: part of a record.
        let mut file = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(&[0x5a; RECORD_BYTES / 3]).unwrap();
        drop(file);

        let reopened = CachedEmbedder::open(FakeEmbedder::default(), &path).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().len(), whole_length);
        assert_eq!(reopened.count_missing(&["one", "two"]), 0);
        reopened.embed(&["three"]).unwrap();
        assert_eq!(reopened.inner_embedder().texts_embedded(), 1);

        let texts = ["one", "two", "three"];
        let again = CachedEmbedder::open(never_called(), &path).unwrap();
        assert_eq!(again.embed(&texts).unwrap(), expected(&texts));
    }

    #[test]
    fn an_empty_file_or_a_torn_header_is_an_empty_cache() {
        let directory = tempfile::tempdir().unwrap();
        for contents in [&b""[..], &CACHE_HEADER[..CACHE_HEADER.len() / 2], CACHE_HEADER] {
            let path = directory.path().join("embeddings.bin");
            std::fs::write(&path, contents).unwrap();
            let cache = CachedEmbedder::open(FakeEmbedder::default(), &path).unwrap();
            assert_eq!(cache.cached_text_count(), 0);
            assert_eq!(cache.embed(&["text"]).unwrap(), expected(&["text"]));
            let reopened = CachedEmbedder::open(never_called(), &path).unwrap();
            assert_eq!(reopened.embed(&["text"]).unwrap(), expected(&["text"]));
            std::fs::remove_file(&path).unwrap();
        }
    }

    #[test]
    fn a_foreign_file_or_an_old_format_is_refused_and_left_alone() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("embeddings.bin");
        let mut old_techniques_cache =
            b"rhetor technique paragraph embeddings 1: all-MiniLM-L6-v2 mean-pooled, L2-normalised\n"
                .to_vec();
        old_techniques_cache.extend_from_slice(&[7; 16 + 4 * EMBEDDING_DIMENSION]);
        for contents in [
            b"id\ttext\n1\ta line of someone's data\n".to_vec(),
            old_techniques_cache,
            // A later version of the format.
            b"rhetor sentence embeddings 2: all-MiniLM-L6-v2 mean-pooled, L2-normalised\n".to_vec(),
        ] {
            std::fs::write(&path, &contents).unwrap();
            let error = CachedEmbedder::open(never_called(), &path).unwrap_err();
            assert!(
                matches!(&error, EmbedError::NotAnEmbeddingCache { path: named } if *named == path),
                "{error}"
            );
            assert!(error.to_string().contains("delete it"), "{error}");
            assert_eq!(std::fs::read(&path).unwrap(), contents);
        }
    }

    #[test]
    fn a_record_that_is_not_a_unit_vector_is_reported_as_damage() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("embeddings.bin");
        CachedEmbedder::open(FakeEmbedder::default(), &path)
            .unwrap()
            .embed(&["one", "two"])
            .unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        // Zeroes, as a crash can leave in a block the file system had allocated.
        let second_record = CACHE_HEADER.len() + RECORD_BYTES;
        bytes[second_record..].fill(0);
        std::fs::write(&path, &bytes).unwrap();
        let error = CachedEmbedder::open(never_called(), &path).unwrap_err();
        assert!(
            matches!(
                error,
                EmbedError::DamagedEmbeddingCache { record_offset, .. }
                    if record_offset == second_record as u64
            ),
            "{error}"
        );
    }

    /// An embedder that breaks the trait's contract in the way `shape` says.
    struct MisbehavingEmbedder {
        shape: fn(&[&str]) -> Vec<Embedding>,
    }

    impl SentenceEmbedder for MisbehavingEmbedder {
        fn embed(&self, texts: &[&str]) -> Result<Vec<Embedding>, EmbedError> {
            Ok((self.shape)(texts))
        }
    }

    #[test]
    fn a_misbehaving_embedder_is_an_error_and_writes_nothing() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("embeddings.bin");
        let too_few = MisbehavingEmbedder {
            shape: |texts| expected(&texts[1..]),
        };
        let error = CachedEmbedder::open(too_few, &path)
            .unwrap()
            .embed(&["one", "two"])
            .unwrap_err();
        assert!(
            matches!(
                error,
                EmbedError::EmbeddingCountMismatch {
                    requested: 2,
                    returned: 1
                }
            ),
            "{error}"
        );
        let not_normalised = MisbehavingEmbedder {
            shape: |texts| vec![[1.0; EMBEDDING_DIMENSION]; texts.len()],
        };
        let error = CachedEmbedder::open(not_normalised, &path)
            .unwrap()
            .embed(&["one"])
            .unwrap_err();
        assert!(matches!(error, EmbedError::NotUnitLength { .. }), "{error}");
        assert!(!path.exists());
    }
}
