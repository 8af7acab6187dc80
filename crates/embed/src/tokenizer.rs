//! BERT's uncased WordPiece tokenizer, reproducing the Hugging Face `tokenizers` pipeline that
//! all-MiniLM-L6-v2 ships in its `tokenizer.json`: literal special tokens, `BertNormalizer`
//! (clean text, space around CJK ideographs, strip accents, lowercase), `BertPreTokenizer`
//! (split on whitespace, isolate punctuation) and greedy longest-match WordPiece with `##`
//! continuations, then `[CLS] … [SEP]` and truncation.
//!
//! Character classes come from the `unicode_categories` crate because `tokenizers` uses the same
//! tables: with a newer Unicode table some characters (unassigned in Unicode 9, for example) would
//! be classified differently and the ids would no longer match the reference.

use rustc_hash::FxHashMap;
use unicode_categories::UnicodeCategories;
use unicode_normalization::UnicodeNormalization;

/// Longest word (in characters) that WordPiece splits; longer words become `[UNK]`, as in BERT.
const MAXIMUM_CHARACTERS_PER_WORD: usize = 100;

/// Prefix that marks a wordpiece continuing the previous one inside a word.
const CONTINUATION_PREFIX: &str = "##";

/// Special tokens that `tokenizers` matches literally in the raw text (they are "added tokens"
/// that are not normalised), so `a [SEP] b` contains the separator id, as in the reference.
const LITERAL_SPECIAL_TOKENS: [&str; 5] = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

/// Errors in a vocabulary; [`crate::EmbedError::Format`] wraps them with the file's path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VocabularyError {
    /// One of `[UNK]`, `[CLS]` or `[SEP]`, which every encoding needs, is not in the vocabulary.
    #[error("the vocabulary lacks the special token {0}")]
    MissingSpecialToken(&'static str),
    /// `tokenizer.json` is not JSON with a `model.vocab` object of token → id.
    #[error("tokenizer.json has no usable model.vocab object: {0}")]
    MalformedTokenizerJson(String),
}

/// An uncased BERT WordPiece tokenizer that turns a text into model input ids.
#[derive(Debug, Clone)]
pub struct WordPieceTokenizer {
    token_ids: FxHashMap<String, u32>,
    unknown_id: u32,
    classifier_id: u32,
    separator_id: u32,
    literal_special_tokens: Vec<(&'static str, u32)>,
}

impl WordPieceTokenizer {
    /// Builds the tokenizer from the text of a BERT `vocab.txt`: one token per line, the id of a
    /// token being its line number counted from 0.
    pub fn from_vocab_text(vocab_text: &str) -> Result<WordPieceTokenizer, VocabularyError> {
        let mut token_ids = FxHashMap::default();
        for (line_number, token) in vocab_text.lines().enumerate() {
            let Ok(id) = u32::try_from(line_number) else {
                break;
            };
            // The first occurrence wins, as in `tokenizers`' vocab reader.
            token_ids.entry(token.to_string()).or_insert(id);
        }
        WordPieceTokenizer::from_token_ids(token_ids)
    }

    /// Builds the tokenizer from the text of a Hugging Face `tokenizer.json` whose `model.vocab`
    /// maps tokens to ids (the normaliser and pre-tokeniser are assumed to be BERT's, uncased).
    pub fn from_tokenizer_json(json_text: &str) -> Result<WordPieceTokenizer, VocabularyError> {
        let document: serde_json::Value = serde_json::from_str(json_text)
            .map_err(|error| VocabularyError::MalformedTokenizerJson(error.to_string()))?;
        let Some(vocabulary) = document
            .get("model")
            .and_then(|model| model.get("vocab"))
            .and_then(|vocab| vocab.as_object())
        else {
            return Err(VocabularyError::MalformedTokenizerJson(
                "model.vocab is missing or not an object".to_string(),
            ));
        };
        let mut token_ids = FxHashMap::default();
        for (token, id) in vocabulary {
            let Some(id) = id.as_u64().and_then(|id| u32::try_from(id).ok()) else {
                return Err(VocabularyError::MalformedTokenizerJson(format!(
                    "the id of {token:?} is not a 32-bit unsigned integer"
                )));
            };
            token_ids.insert(token.clone(), id);
        }
        WordPieceTokenizer::from_token_ids(token_ids)
    }

    fn from_token_ids(token_ids: FxHashMap<String, u32>) -> Result<WordPieceTokenizer, VocabularyError> {
        let required = |token: &'static str| {
            token_ids
                .get(token)
                .copied()
                .ok_or(VocabularyError::MissingSpecialToken(token))
        };
        let unknown_id = required("[UNK]")?;
        let classifier_id = required("[CLS]")?;
        let separator_id = required("[SEP]")?;
        let literal_special_tokens = LITERAL_SPECIAL_TOKENS
            .iter()
            .filter_map(|&token| token_ids.get(token).map(|&id| (token, id)))
            .collect();
        Ok(WordPieceTokenizer {
            token_ids,
            unknown_id,
            classifier_id,
            separator_id,
            literal_special_tokens,
        })
    }

    /// The largest id the tokenizer can produce; the embedding table must have more rows.
    pub fn largest_id(&self) -> u32 {
        self.token_ids.values().copied().max().unwrap_or(0)
    }

    /// Encodes `text` as `[CLS] wordpieces… [SEP]`, keeping at most `maximum_length` ids in all
    /// (the wordpieces are cut, the two special tokens always stay; a `maximum_length` below 2
    /// still gives both). An empty text gives `[CLS] [SEP]`.
    pub fn encode(&self, text: &str, maximum_length: usize) -> Vec<u32> {
        let wordpiece_budget = maximum_length.saturating_sub(2);
        let mut ids = Vec::with_capacity(wordpiece_budget.min(text.len() + 2) + 2);
        ids.push(self.classifier_id);
        let mut scratch = EncodingScratch::default();
        let mut remaining = text;
        while ids.len() - 1 < wordpiece_budget && !remaining.is_empty() {
            let (before, special) = self.split_at_first_special_token(remaining);
            self.push_wordpieces(before, wordpiece_budget + 1, &mut ids, &mut scratch);
            match special {
                Some((id, after)) => {
                    if ids.len() - 1 < wordpiece_budget {
                        ids.push(id);
                    }
                    remaining = after;
                }
                None => remaining = "",
            }
        }
        ids.push(self.separator_id);
        ids
    }

    /// Appends the wordpieces of `text` to `ids`, with no `[CLS]`, `[SEP]` or length limit and
    /// no literal special tokens (a `[SEP]` in the text is read as punctuation and letters): the
    /// pieces of one word of a text that the caller assembles word by word.
    pub fn push_wordpieces_of(&self, text: &str, ids: &mut Vec<u32>) {
        self.push_wordpieces(text, usize::MAX, ids, &mut EncodingScratch::default());
    }

    /// The `[CLS]` id.
    pub fn classifier_id(&self) -> u32 {
        self.classifier_id
    }

    /// The `[SEP]` id.
    pub fn separator_id(&self) -> u32 {
        self.separator_id
    }

    /// Splits off the text before the first literal special token; returns that text and, if a
    /// token was found, its id and the text after it.
    fn split_at_first_special_token<'text>(
        &self,
        text: &'text str,
    ) -> (&'text str, Option<(u32, &'text str)>) {
        for (start, _) in text.match_indices('[') {
            let candidate = &text[start..];
            for &(token, id) in &self.literal_special_tokens {
                if let Some(after) = candidate.strip_prefix(token) {
                    return (&text[..start], Some((id, after)));
                }
            }
        }
        (text, None)
    }

    /// Normalises, pre-tokenises and WordPiece-splits `segment`, appending ids until `ids` holds
    /// `length_limit` entries.
    fn push_wordpieces(
        &self,
        segment: &str,
        length_limit: usize,
        ids: &mut Vec<u32>,
        scratch: &mut EncodingScratch,
    ) {
        normalize_into(segment, &mut scratch.normalized);
        let normalized = std::mem::take(&mut scratch.normalized);
        for word in pre_tokenize(&normalized) {
            if ids.len() >= length_limit {
                break;
            }
            self.push_word(word, length_limit, ids, scratch);
        }
        scratch.normalized = normalized;
    }

    /// Greedy longest-match-first WordPiece on one word; a word with an unmatchable rest, or
    /// longer than [`MAXIMUM_CHARACTERS_PER_WORD`], is a single `[UNK]`.
    fn push_word(&self, word: &str, length_limit: usize, ids: &mut Vec<u32>, scratch: &mut EncodingScratch) {
        if word.chars().count() > MAXIMUM_CHARACTERS_PER_WORD {
            ids.push(self.unknown_id);
            return;
        }
        scratch.word_pieces.clear();
        let mut start = 0;
        while start < word.len() {
            let mut end = word.len();
            let mut matched = None;
            while end > start {
                scratch.candidate.clear();
                if start > 0 {
                    scratch.candidate.push_str(CONTINUATION_PREFIX);
                }
                scratch.candidate.push_str(&word[start..end]);
                if let Some(&id) = self.token_ids.get(scratch.candidate.as_str()) {
                    matched = Some(id);
                    break;
                }
                end = previous_char_boundary(word, end);
            }
            let Some(id) = matched else {
                ids.push(self.unknown_id);
                return;
            };
            scratch.word_pieces.push(id);
            start = end;
        }
        let room = length_limit.saturating_sub(ids.len());
        ids.extend(scratch.word_pieces.iter().take(room));
    }
}

/// Buffers reused across the words of one text, so that tokenising allocates little.
#[derive(Default)]
struct EncodingScratch {
    normalized: String,
    candidate: String,
    word_pieces: Vec<u32>,
}

/// The start of the character that ends at byte `end` of `word` (`end` > 0, on a boundary).
fn previous_char_boundary(word: &str, end: usize) -> usize {
    word[..end]
        .char_indices()
        .next_back()
        .map_or(0, |(index, _)| index)
}

/// `BertNormalizer` with clean_text, handle_chinese_chars, strip_accents and lowercase, in the
/// order `tokenizers` applies them.
fn normalize_into(text: &str, normalized: &mut String) {
    normalized.clear();
    let mut cleaned = String::with_capacity(text.len());
    for character in text.chars() {
        if character == '\0' || character == '\u{fffd}' || is_control(character) {
            continue;
        }
        if is_whitespace(character) {
            cleaned.push(' ');
        } else if is_chinese_character(character) {
            cleaned.push(' ');
            cleaned.push(character);
            cleaned.push(' ');
        } else {
            cleaned.push(character);
        }
    }
    // Accents are stripped before lowercasing (so `İ` becomes `i`, not `i̇`), and lowercasing is
    // per character, without the final-sigma rule of `str::to_lowercase`.
    for character in cleaned.nfd().filter(|c| !c.is_mark_nonspacing()) {
        normalized.extend(character.to_lowercase());
    }
}

/// `BertPreTokenizer`: words separated by whitespace, with every punctuation character a word of
/// its own.
fn pre_tokenize(normalized: &str) -> impl Iterator<Item = &str> {
    normalized
        .split(char::is_whitespace)
        .filter(|chunk| !chunk.is_empty())
        .flat_map(split_off_punctuation)
}

/// Splits a whitespace-free chunk into runs of non-punctuation and single punctuation characters.
fn split_off_punctuation(chunk: &str) -> impl Iterator<Item = &str> {
    let mut rest = chunk;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let end = if is_punctuation(first) {
            first.len_utf8()
        } else {
            rest.char_indices()
                .find(|&(_, character)| is_punctuation(character))
                .map_or(rest.len(), |(index, _)| index)
        };
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some(piece)
    })
}

fn is_whitespace(character: char) -> bool {
    matches!(character, '\t' | '\n' | '\r') || character.is_whitespace()
}

fn is_control(character: char) -> bool {
    !matches!(character, '\t' | '\n' | '\r') && character.is_other()
}

fn is_punctuation(character: char) -> bool {
    character.is_ascii_punctuation() || character.is_punctuation()
}

/// The CJK ideograph blocks BERT surrounds with spaces (not Japanese kana nor Hangul).
fn is_chinese_character(character: char) -> bool {
    matches!(
        u32::from(character),
        0x4E00..=0x9FFF
            | 0x3400..=0x4DBF
            | 0x20000..=0x2A6DF
            | 0x2A700..=0x2B73F
            | 0x2B740..=0x2B81F
            | 0x2B920..=0x2CEAF
            | 0xF900..=0xFAFF
            | 0x2F800..=0x2FA1F
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny vocabulary: ids are line numbers.
    const TINY_VOCABULARY: &str =
        "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\ncafe\nun\n##aff\n##able\n,\n.\n東\n京\n\"\nrun\n##ning\n!";

    fn tiny() -> WordPieceTokenizer {
        WordPieceTokenizer::from_vocab_text(TINY_VOCABULARY).expect("tiny vocabulary is valid")
    }

    #[test]
    fn splits_words_into_longest_wordpieces_between_cls_and_sep() {
        assert_eq!(tiny().encode("unaffable", 256), vec![2, 7, 8, 9, 3]);
        assert_eq!(tiny().encode("The running", 256), vec![2, 5, 15, 16, 3]);
    }

    #[test]
    fn lowercases_strips_accents_and_isolates_punctuation() {
        assert_eq!(tiny().encode("CAFÉ, the.", 256), vec![2, 6, 10, 5, 11, 3]);
        // Curly quotes are Unicode punctuation: isolated, and unknown to this vocabulary.
        assert_eq!(tiny().encode("“the”", 256), vec![2, 1, 5, 1, 3]);
    }

    #[test]
    fn separates_chinese_ideographs_without_spaces() {
        assert_eq!(tiny().encode("東京", 256), vec![2, 12, 13, 3]);
    }

    #[test]
    fn an_unmatchable_word_is_one_unknown_token() {
        assert_eq!(tiny().encode("unxyz the", 256), vec![2, 1, 5, 3]);
        let long_word = "a".repeat(MAXIMUM_CHARACTERS_PER_WORD + 1);
        assert_eq!(tiny().encode(&long_word, 256), vec![2, 1, 3]);
    }

    #[test]
    fn removes_control_and_format_characters_and_treats_tabs_as_spaces() {
        assert_eq!(
            tiny().encode("the\u{0}\u{200d}\tcafe\u{fffd}", 256),
            vec![2, 5, 6, 3]
        );
    }

    #[test]
    fn matches_literal_special_tokens_in_the_raw_text() {
        assert_eq!(tiny().encode("the[SEP]cafe", 256), vec![2, 5, 3, 6, 3]);
        // Lowercase is not the special token: it is split as punctuation and words.
        assert_eq!(tiny().encode("[sep]", 256), vec![2, 1, 1, 1, 3]);
    }

    #[test]
    fn empty_and_blank_text_give_cls_sep() {
        assert_eq!(tiny().encode("", 256), vec![2, 3]);
        assert_eq!(tiny().encode(" \n\t ", 256), vec![2, 3]);
    }

    #[test]
    fn truncates_to_the_maximum_length_keeping_cls_and_sep() {
        assert_eq!(tiny().encode("the the the the", 4), vec![2, 5, 5, 3]);
        assert_eq!(tiny().encode("unaffable the", 4), vec![2, 7, 8, 3]);
        assert_eq!(tiny().encode("the [SEP] the", 4), vec![2, 5, 3, 3]);
        assert_eq!(tiny().encode("the", 0), vec![2, 3]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_cls_wordpieces_sep_within_the_length(
            text in "\\PC{0,40}|[\\[\\]A-Za-z \u{300}-\u{36f}\u{4e00}-\u{4e10}]{0,40}",
            maximum_length in 0_usize..12,
        ) {
            let ids = tiny().encode(&text, maximum_length);
            proptest::prop_assert!(ids.len() >= 2 && ids.len() <= maximum_length.max(2));
            proptest::prop_assert_eq!(ids.first(), Some(&2));
            proptest::prop_assert_eq!(ids.last(), Some(&3));
            proptest::prop_assert!(ids.iter().all(|&id| id <= tiny().largest_id()));
        }
    }

    #[test]
    fn reads_a_tokenizer_json_vocabulary() {
        let json = r#"{"model":{"type":"WordPiece","vocab":{"[UNK]":0,"[CLS]":1,"[SEP]":2,"hi":3}}}"#;
        let tokenizer = WordPieceTokenizer::from_tokenizer_json(json).expect("valid json");
        assert_eq!(tokenizer.encode("Hi there", 8), vec![1, 3, 0, 2]);
        assert_eq!(tokenizer.largest_id(), 3);
    }

    #[test]
    fn rejects_vocabularies_without_the_needed_special_tokens() {
        assert_eq!(
            WordPieceTokenizer::from_vocab_text("[UNK]\n[CLS]\nthe").err(),
            Some(VocabularyError::MissingSpecialToken("[SEP]"))
        );
        assert!(matches!(
            WordPieceTokenizer::from_tokenizer_json("{\"model\":{}}"),
            Err(VocabularyError::MalformedTokenizerJson(_))
        ));
    }
}
