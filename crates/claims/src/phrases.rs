//! Tables of cue phrases by kind (`data/*.tsv`: a kind, a tab, phrases separated by `|`) and
//! their occurrences in a text's words.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use rhetor_schema::{Token, TokenKind};

/// Kinds of phrases with their phrases, in file order.
pub(crate) struct PhraseTable {
    /// The kinds, in file order.
    pub(crate) kinds: Vec<&'static str>,
    /// Every phrase, split into its words once, at load, with the index of its kind in `kinds`,
    /// grouped by the phrase's first word: a text's words are looked up once each instead of
    /// being compared with every phrase.
    phrases_by_first_word: FxHashMap<&'static str, Vec<(usize, Vec<&'static str>)>>,
}

/// One occurrence of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    /// The index of the phrase's kind in [`PhraseTable::kinds`].
    pub(crate) kind: usize,
    /// The index of its first word among the text's words.
    pub(crate) start: usize,
    /// The index after its last word.
    pub(crate) end: usize,
}

impl PhraseTable {
    /// The table of a data file; comment (`#`) and blank lines are skipped.
    pub(crate) fn parse(file: &'static str) -> PhraseTable {
        let mut table = PhraseTable {
            kinds: Vec::new(),
            phrases_by_first_word: FxHashMap::default(),
        };
        for line in file
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        {
            let Some((kind, phrases)) = line.split_once('\t') else {
                continue;
            };
            let kind_index = table.kinds.len();
            table.kinds.push(kind.trim());
            for phrase in phrases.trim().split('|') {
                let words: Vec<&'static str> = phrase.split(' ').collect();
                if let Some(&first) = words.first() {
                    table
                        .phrases_by_first_word
                        .entry(first)
                        .or_default()
                        .push((kind_index, words));
                }
            }
        }
        table
    }

    /// Every occurrence of a phrase in `words`, in order of position.
    pub(crate) fn find(&self, words: &[Cow<'_, str>]) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        for (position, word) in words.iter().enumerate() {
            let Some(phrases) = self.phrases_by_first_word.get(word.as_ref()) else {
                continue;
            };
            for (kind, phrase_words) in phrases {
                let end = position + phrase_words.len();
                let matches = words.get(position..end).is_some_and(|window| {
                    window
                        .iter()
                        .zip(phrase_words)
                        .all(|(word, phrase_word)| word == phrase_word)
                });
                if matches {
                    found.push(PhraseMatch {
                        kind: *kind,
                        start: position,
                        end,
                    });
                }
            }
        }
        found
    }
}

/// The words of `tokens` as phrase tables read them: lowercase words, and `#number` for numbers.
pub(crate) fn phrase_words<'text>(text: &'text str, tokens: &[Token]) -> Vec<Cow<'text, str>> {
    tokens
        .iter()
        .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
        .map(|token| match token.kind {
            TokenKind::Number => Cow::Borrowed("#number"),
            _ => lowercase(&text[token.start..token.end]),
        })
        .collect()
}

/// `word` lowercased, borrowed when it has no uppercase ASCII letter and no other character
/// (the common case), so that most words cost no allocation.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}
