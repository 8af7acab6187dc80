//! The features of a sentence for check-worthiness: a block of word 1-3-grams and a block of
//! character 2-5-grams of the whitespace-separated pieces, each weighing about as much as a unit
//! vector, and (for the accurate tier) a sentence embedding appended after the hashed buckets.
//!
//! Before any feature is taken, numbers become `0`, a country's or office holder's name becomes
//! `<party>` and any other capitalised word that does not open the sentence becomes `<name>`, so
//! that the model learns how claims are phrased rather than whom they are about.
//! `research/claims/RESULTS.md` chose this recipe by cross-validation on the training file.
//!
//! The features are a sum of hashed entries with no normalisation of the whole, so that scoring
//! adds each entry's weight to the margin as it is hashed ([`FeatureSink`]) instead of sorting
//! the entries into a vector; training collects the same entries into a [`SparseVector`].

use std::borrow::Cow;
use std::ops::Range;

use rhetor_actors::ReadToken;
use rhetor_linear::{
    FeatureHasher, FeatureNameHash, HashedFeature, LinearModel, Normalisation, SparseVector,
    SparseVectorBuilder,
};
use rhetor_schema::TokenKind;
use rustc_hash::FxHashMap;

use rhetor_embed::Embedding;

/// The shortest character n-gram taken inside a padded piece.
const SHORTEST_CHARACTER_NGRAM: usize = 2;

/// The longest character n-gram taken inside a padded piece.
const LONGEST_CHARACTER_NGRAM: usize = 5;

/// Namespaces of the hashed features, recorded in the model file.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "Tokens read with numbers as 0, a country's or office holder's name as <party>, other capitalised words \
     not opening the sentence as <name>, the rest lowercased. w: word, b: word pair, t: word triple (words and \
     numbers only); c: character 2-5-gram of a whitespace-separated piece padded with one space on each side. \
     Each entry of a block weighs 1 / sqrt(2 x entries of its block)";

/// Tokens after which a capitalised word opens a sentence or a quotation, and may be an ordinary
/// word written with a capital.
const SENTENCE_OPENING_PUNCTUATION: &[&str] = &[".", "!", "?", ":", "\"", "“", "”", "(", "-", "–", "—"];

/// Where hashed feature entries go: a vector being built (training) or a margin being summed
/// (scoring).
pub(crate) trait FeatureSink {
    /// Adds `value` to `bucket`.
    fn add(&mut self, bucket: u32, value: f32);
}

impl FeatureSink for SparseVectorBuilder {
    fn add(&mut self, bucket: u32, value: f32) {
        SparseVectorBuilder::add(self, bucket, value);
    }
}

/// A one-label model's weights as a plain table, so that scoring an entry is one indexed load
/// (the model keeps 8-bit levels and a table per label, and checks every access).
#[derive(Debug, Clone)]
pub(crate) struct WeightTable {
    bias: f32,
    weights: Vec<f32>,
}

impl WeightTable {
    /// The weights of the first label of `model`.
    pub(crate) fn of(model: &LinearModel) -> WeightTable {
        let buckets = u32::try_from(model.feature_hasher().bucket_count()).unwrap_or(u32::MAX);
        WeightTable {
            bias: model.biases().first().copied().unwrap_or(0.0),
            weights: (0..buckets)
                .map(|bucket| model.weight(0, bucket).unwrap_or(0.0))
                .collect(),
        }
    }
}

/// The margin (log-odds) of a one-label model, summed entry by entry in the order the entries
/// are added.
///
/// Entries wait in `pending` until the margin is needed: the loop that then reads their weights
/// does nothing else, so that the processor has many of those reads (each likely a cache miss
/// in a table of a million bytes) under way at once, where reading each weight as its feature
/// is hashed would wait for them one after the other.
pub(crate) struct MarginSink<'table> {
    weights: &'table [f32],
    /// The bias plus every summed entry's weight times its value.
    margin: f32,
    /// Entries added and not yet summed, in the order they were added.
    pending: Vec<(u32, f32)>,
}

impl<'table> MarginSink<'table> {
    /// The margin of an empty vector: the model's bias.
    pub(crate) fn new(table: &'table WeightTable) -> Self {
        MarginSink {
            weights: &table.weights,
            margin: table.bias,
            // Room for the word n-grams of a sentence of about twenty words.
            pending: Vec::with_capacity(64),
        }
    }

    /// Sums the pending entries into the margin, in the order they were added.
    fn sum_pending(&mut self) {
        for &(bucket, value) in &self.pending {
            if let Some(weight) = usize::try_from(bucket)
                .ok()
                .and_then(|bucket| self.weights.get(bucket))
            {
                self.margin += weight * value;
            }
        }
        self.pending.clear();
    }

    /// The margin: the bias plus every entry's weight times its value, summed in order.
    pub(crate) fn margin(mut self) -> f32 {
        self.sum_pending();
        self.margin
    }
}

impl FeatureSink for MarginSink<'_> {
    fn add(&mut self, bucket: u32, value: f32) {
        self.pending.push((bucket, value));
    }
}

/// One token as the features read it.
struct ReadForm {
    /// Where its form is in the buffer of forms.
    form: Range<usize>,
    /// Whether it is a word or a number (punctuation and symbols only feed the character block).
    is_word: bool,
    /// Whether it is a number.
    is_number: bool,
    /// Whether whitespace separates it from the token before it.
    after_space: bool,
}

/// A sentence (or clause) read for the features: its tokens' forms, with numbers and names
/// masked.
pub(crate) struct SentenceForms {
    forms: String,
    read_forms: Vec<ReadForm>,
}

impl SentenceForms {
    /// Reads `sentence` (tokenised, with party names found, here).
    pub(crate) fn of(sentence: &str) -> SentenceForms {
        SentenceForms::read(sentence, &rhetor_actors::tokens_with_party_names(sentence))
    }

    /// Reads the tokens `read_tokens` of `text` (offsets into `text`); the first of them opens
    /// the sentence.
    pub(crate) fn read(text: &str, read_tokens: &[ReadToken]) -> SentenceForms {
        let mut forms = String::with_capacity(read_tokens.len() * 8);
        let mut read_forms: Vec<ReadForm> = Vec::with_capacity(read_tokens.len());
        let mut previous_end: Option<usize> = None;
        let mut previous_text = "";
        for read in read_tokens {
            let token = read.token;
            let token_text = text.get(token.start..token.end).unwrap_or("");
            let start = forms.len();
            let is_number = token.kind == TokenKind::Number && !read.is_party_name;
            let is_word = match token.kind {
                _ if read.is_party_name => {
                    forms.push_str(rhetor_actors::PARTY_PLACEHOLDER);
                    true
                }
                TokenKind::Number => {
                    forms.push('0');
                    true
                }
                TokenKind::Word => {
                    let opens_sentence =
                        previous_end.is_none() || SENTENCE_OPENING_PUNCTUATION.contains(&previous_text);
                    if !opens_sentence && is_capitalised_name(token_text) {
                        forms.push_str("<name>");
                    } else {
                        rhetor_segment::push_lowercase(&mut forms, token_text);
                    }
                    true
                }
                TokenKind::Punctuation | TokenKind::Symbol => {
                    forms.push_str(token_text);
                    false
                }
            };
            read_forms.push(ReadForm {
                form: start..forms.len(),
                is_word,
                is_number,
                after_space: previous_end.is_none_or(|end| end < token.start),
            });
            previous_end = Some(token.end);
            previous_text = token_text;
        }
        SentenceForms { forms, read_forms }
    }

    /// The words as phrase tables read them (`phrases.rs`): lowercase words, `#number` for
    /// numbers, and the masks of names.
    pub(crate) fn phrase_words(&self) -> Vec<Cow<'_, str>> {
        self.read_forms
            .iter()
            .filter(|read| read.is_word)
            .map(|read| {
                if read.is_number {
                    Cow::Borrowed("#number")
                } else {
                    Cow::Borrowed(&self.forms[read.form.clone()])
                }
            })
            .collect()
    }

    /// Adds the hashed sparse features to `sink`.
    pub(crate) fn add_features(&self, hasher: &FeatureHasher, sink: &mut impl FeatureSink) {
        let (word_weight, character_weight) = self.block_weights();
        word_ngrams(&self.forms, &self.read_forms, hasher, word_weight, sink);
        let mut buffers = PieceBuffers::default();
        for piece in pieces(&self.forms, &self.read_forms) {
            piece_character_ngrams(piece, hasher, &mut buffers, |feature| {
                sink.add(feature.bucket, feature.sign * character_weight);
            });
        }
    }

    /// Adds the hashed sparse features to `margin` as [`add_features`](Self::add_features)
    /// does, bit for bit (the same products added in the same order), with the weights of each
    /// piece's character n-grams read from `cache`: in a document most pieces recur (and every
    /// piece of a clause recurs in its sentence), and hashing their n-grams is most of the work.
    /// `cache` must only ever be used with `hasher` and the weights of `margin`.
    pub(crate) fn add_features_to_margin(
        &self,
        hasher: &FeatureHasher,
        margin: &mut MarginSink<'_>,
        cache: &mut CharacterNgramCache,
    ) {
        let (word_weight, character_weight) = self.block_weights();
        word_ngrams(&self.forms, &self.read_forms, hasher, word_weight, margin);
        // The word n-grams come first in the sum.
        margin.sum_pending();
        for piece in pieces(&self.forms, &self.read_forms) {
            for &(weight, sign) in cache.ngram_weights(piece, hasher, margin.weights) {
                margin.margin += weight * (sign * character_weight);
            }
        }
    }

    /// The value of each entry of the word block and of the character block.
    fn block_weights(&self) -> (f32, f32) {
        // Each block should weigh as much as the other, as if each were scaled to unit length
        // and their sum divided by √2. Its entries are weighted by one over the square root of
        // twice their number, which is that scaling exactly when no n-gram repeats (and nearly
        // so otherwise), and needs no sorting of the entries.
        let word_count = self.read_forms.iter().filter(|read| read.is_word).count();
        let word_entries = word_count + word_count.saturating_sub(1) + word_count.saturating_sub(2);
        let character_entries = character_ngram_count(&self.forms, &self.read_forms);
        (block_weight(word_entries), block_weight(character_entries))
    }
}

/// The character n-grams of the pieces already read, by piece, as the weight each reads from a
/// model's table and its sign, so that a recurring piece is hashed and looked up once.
#[derive(Debug, Default)]
pub(crate) struct CharacterNgramCache {
    /// Each piece read so far, and where its n-grams are in `ngrams`.
    pieces: FxHashMap<Box<str>, Range<usize>>,
    /// `(weight, sign)` of the n-grams of every piece read so far, piece after piece.
    ngrams: Vec<(f32, f32)>,
    buffers: PieceBuffers,
    /// The n-grams of the piece being read.
    piece_ngrams: Vec<HashedFeature>,
}

impl CharacterNgramCache {
    /// The `(weight, sign)` of each character n-gram of `piece` (see
    /// [`piece_character_ngrams`]) whose bucket `weights` has, in order.
    fn ngram_weights(&mut self, piece: &str, hasher: &FeatureHasher, weights: &[f32]) -> &[(f32, f32)] {
        let range = match self.pieces.get(piece) {
            Some(range) => range.clone(),
            None => {
                let CharacterNgramCache {
                    pieces,
                    ngrams,
                    buffers,
                    piece_ngrams,
                } = self;
                piece_ngrams.clear();
                piece_character_ngrams(piece, hasher, buffers, |feature| piece_ngrams.push(feature));
                // Hashed first, then looked up: see `MarginSink`.
                let start = ngrams.len();
                for feature in piece_ngrams.iter() {
                    if let Some(&weight) = weights.get(feature.bucket as usize) {
                        ngrams.push((weight, feature.sign));
                    }
                }
                pieces.insert(piece.into(), start..ngrams.len());
                start..ngrams.len()
            }
        };
        self.ngrams.get(range).unwrap_or(&[])
    }
}

/// The features of a sentence as a vector (for training): the sparse features hashed with
/// `sparse_hasher`, and for the accurate tier the embedding after them.
pub(crate) fn sentence_features(
    forms: &SentenceForms,
    sparse_hasher: &FeatureHasher,
    embedding: Option<&Embedding>,
) -> SparseVector {
    let mut vector = SparseVectorBuilder::with_capacity(forms.forms.len() * 5 + 400);
    forms.add_features(sparse_hasher, &mut vector);
    if let Some(embedding) = embedding {
        add_embedding(embedding, sparse_hasher, &mut vector);
    }
    vector.finish(Normalisation::None)
}

/// The weight of each entry of a block of `entries` entries.
fn block_weight(entries: usize) -> f32 {
    1.0 / (2.0 * entries.max(1) as f32).sqrt()
}

/// Adds the accurate tier's embedding entries to `sink`: `embedding` in the buckets right after
/// those of `sparse_hasher` (the model's hasher has twice as many buckets).
pub(crate) fn add_embedding(
    embedding: &Embedding,
    sparse_hasher: &FeatureHasher,
    sink: &mut impl FeatureSink,
) {
    for (bucket, &value) in (sparse_hasher.bucket_count()..).zip(embedding) {
        // At most 2^24 + 384 buckets (`MAX_BUCKETS_LOG2`), so the bucket fits in u32.
        sink.add(u32::try_from(bucket).unwrap_or(u32::MAX), value);
    }
}

/// The logistic function, as `rhetor_linear` turns margins into probabilities.
pub(crate) fn logistic(margin: f32) -> f32 {
    if margin >= 0.0 {
        1.0 / (1.0 + (-margin).exp())
    } else {
        let exponential = margin.exp();
        exponential / (1.0 + exponential)
    }
}

/// Whether `word` starts with a capital and is not the pronoun `I` (`I`, `I'm`, `I’ve`).
fn is_capitalised_name(word: &str) -> bool {
    let is_pronoun_i = word == "I" || word.starts_with("I'") || word.starts_with("I’");
    word.starts_with(|character: char| character.is_uppercase()) && !is_pronoun_i
}

/// Adds the word 1-, 2- and 3-grams of the words and numbers, each with value `weight`.
fn word_ngrams(
    forms: &str,
    read_forms: &[ReadForm],
    hasher: &FeatureHasher,
    weight: f32,
    block: &mut impl FeatureSink,
) {
    // N-grams are hashed piece by piece (`b:first` + ` ` + `second`): no string is built per n-gram.
    let mut previous: Option<&str> = None;
    let mut before_previous: Option<&str> = None;
    for read in read_forms.iter().filter(|read| read.is_word) {
        let word = &forms[read.form.clone()];
        let single = hasher.finish_feature(FeatureNameHash::start(b'w').push_str(word));
        block.add(single.bucket, single.sign * weight);
        if let Some(previous) = previous {
            let pair = FeatureNameHash::start(b'b')
                .push_str(previous)
                .push_bytes(b" ")
                .push_str(word);
            let pair = hasher.finish_feature(pair);
            block.add(pair.bucket, pair.sign * weight);
            if let Some(before_previous) = before_previous {
                let triple = FeatureNameHash::start(b't')
                    .push_str(before_previous)
                    .push_bytes(b" ")
                    .push_str(previous)
                    .push_bytes(b" ")
                    .push_str(word);
                let triple = hasher.finish_feature(triple);
                block.add(triple.bucket, triple.sign * weight);
            }
        }
        before_previous = previous;
        previous = Some(word);
    }
}

/// The whitespace-separated pieces of the forms: each is the forms of a token and of the tokens
/// glued to it.
fn pieces<'forms>(forms: &'forms str, read_forms: &'forms [ReadForm]) -> impl Iterator<Item = &'forms str> {
    let mut starts = read_forms
        .iter()
        .filter(|read| read.after_space)
        .map(|read| read.form.start)
        .peekable();
    std::iter::from_fn(move || {
        let start = starts.next()?;
        let end = starts.peek().copied().unwrap_or(forms.len());
        forms.get(start..end)
    })
}

/// How many character n-grams [`character_ngrams`] adds.
fn character_ngram_count(forms: &str, read_forms: &[ReadForm]) -> usize {
    pieces(forms, read_forms)
        .map(|piece| {
            // The piece and its two padding spaces.
            let characters = piece.chars().count() + 2;
            (SHORTEST_CHARACTER_NGRAM..=LONGEST_CHARACTER_NGRAM)
                .map(|length| (characters + 1).saturating_sub(length))
                .sum::<usize>()
        })
        .sum()
}

/// Buffers for [`piece_character_ngrams`], reused from piece to piece.
#[derive(Debug, Default)]
struct PieceBuffers {
    /// The piece with a space on each side.
    padded: String,
    /// The byte offset of every character of `padded`, and its end.
    character_starts: Vec<usize>,
}

/// Calls `visit` with each character 2- to 5-gram of a whitespace-separated piece of the forms,
/// padded with a space on each side (a piece shorter than an n-gram length gives itself once, at
/// the longest length it fits).
fn piece_character_ngrams(
    piece: &str,
    hasher: &FeatureHasher,
    buffers: &mut PieceBuffers,
    mut visit: impl FnMut(HashedFeature),
) {
    let PieceBuffers {
        padded,
        character_starts,
    } = buffers;
    padded.clear();
    padded.push(' ');
    padded.push_str(piece);
    padded.push(' ');
    // The byte offset of every character, and the end: an n-gram of characters is a byte slice.
    character_starts.clear();
    character_starts.extend(padded.char_indices().map(|(offset, _)| offset));
    character_starts.push(padded.len());
    let characters = character_starts.len() - 1;
    let bytes = padded.as_bytes();
    for first in 0..characters {
        // The n-grams that start at `first` share their prefix: each is hashed by extending
        // the previous one by a character.
        let mut gram = FeatureNameHash::start(b'c');
        for length in 1..=LONGEST_CHARACTER_NGRAM {
            let last = first + length;
            if last > characters {
                break;
            }
            gram = gram.push_bytes(&bytes[character_starts[last - 1]..character_starts[last]]);
            if length >= SHORTEST_CHARACTER_NGRAM {
                visit(hasher.finish_feature(gram));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(sentence: &str, hasher: &FeatureHasher) -> SparseVector {
        sentence_features(&SentenceForms::of(sentence), hasher, None)
    }

    fn has(vector: &SparseVector, feature: rhetor_linear::HashedFeature) -> bool {
        vector.indices().contains(&feature.bucket)
    }

    #[test]
    fn numbers_names_and_ngrams_become_features_and_empty_text_is_fine() {
        let hasher = FeatureHasher::new(20).expect("a valid hasher");
        let vector = features("Unemployment fell by 4 percent in Ruritania.", &hasher);
        let word = |name: &str| hasher.hash_feature(b'w', name);
        assert!(has(&vector, word("unemployment")));
        assert!(has(&vector, word("0")));
        assert!(has(&vector, word("<name>")));
        assert!(!has(&vector, word("ruritania")));
        assert!(has(&vector, hasher.hash_feature(b'b', "fell by")));
        assert!(has(&vector, hasher.hash_feature(b't', "by 0 percent")));
        // Punctuation stays on its piece in the character block.
        assert!(has(&vector, hasher.hash_feature(b'c', "me>. ")));
        assert!(has(&vector, hasher.hash_feature(b'c', " fe")));
        let norm: f32 = vector.values().iter().map(|value| value * value).sum();
        assert!((0.9..1.2).contains(&norm), "{norm}");
        // Both blocks weigh about the same.
        let word_weight: f32 = vector
            .iter()
            .filter(|(bucket, _)| *bucket == word("unemployment").bucket)
            .map(|(_, value)| value.abs())
            .sum();
        assert!(word_weight > 0.1 && word_weight < 0.3, "{word_weight}");
        assert!(features("", &hasher).is_empty());
    }

    /// A margin summed entry by entry, as the features are hashed.
    struct EntryByEntry<'table> {
        weights: &'table [f32],
        margin: f32,
    }

    impl FeatureSink for EntryByEntry<'_> {
        fn add(&mut self, bucket: u32, value: f32) {
            self.margin += self.weights[bucket as usize] * value;
        }
    }

    #[test]
    fn cached_character_ngrams_give_the_same_margins_bit_for_bit() {
        let hasher = FeatureHasher::new(12).expect("a valid hasher");
        // Weights that differ per bucket, so that any n-gram read from the wrong bucket shows.
        let table = WeightTable {
            bias: 0.25,
            weights: (0..hasher.bucket_count())
                .map(|bucket| ((bucket * 7919) % 1000) as f32 / 997.0 - 0.5)
                .collect(),
        };
        let mut cache = CharacterNgramCache::default();
        // The second sentence repeats pieces of the first: they come from the cache.
        for sentence in [
            "Unemployment fell by 4 percent in Ruritania, the ministry said.",
            "The ministry said unemployment fell again, by 4 percent.",
            "Élan, naïveté — “quoted” words…",
            "",
        ] {
            let forms = SentenceForms::of(sentence);
            let mut plain = EntryByEntry {
                weights: &table.weights,
                margin: table.bias,
            };
            forms.add_features(&hasher, &mut plain);
            let mut cached = MarginSink::new(&table);
            forms.add_features_to_margin(&hasher, &mut cached, &mut cache);
            assert_eq!(plain.margin.to_bits(), cached.margin().to_bits(), "{sentence}");
        }
    }

    #[test]
    fn a_sentence_opening_capital_is_a_word_and_i_is_not_a_name() {
        let hasher = FeatureHasher::new(20).expect("a valid hasher");
        let vector = features("Taxes rose. Prices and I fell.", &hasher);
        let word = |name: &str| hasher.hash_feature(b'w', name);
        assert!(has(&vector, word("taxes")));
        assert!(has(&vector, word("prices")));
        assert!(has(&vector, word("i")));
        assert!(!has(&vector, word("<name>")));
    }
}
