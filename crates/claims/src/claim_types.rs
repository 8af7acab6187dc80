//! The kind of fact a claim asserts, from the cue phrases of `data/claim_types.tsv` and the events
//! coded in its span.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use rhetor_schema::{Token, TokenKind};

/// Claim types with their cue phrases, in file order (which breaks ties).
struct ClaimTypeCues {
    /// The claim types, in file order.
    types: Vec<&'static str>,
    /// Every phrase, split into its words once, at load, with the index of its type in
    /// `types`, grouped by the phrase's first word: a claim's words are looked up once each
    /// instead of being compared with every phrase.
    phrases_by_first_word: FxHashMap<&'static str, Vec<(usize, Vec<&'static str>)>>,
}

fn claim_type_cues() -> &'static ClaimTypeCues {
    static CUES: OnceLock<ClaimTypeCues> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = ClaimTypeCues {
            types: Vec::new(),
            phrases_by_first_word: FxHashMap::default(),
        };
        for line in include_str!("../data/claim_types.tsv")
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        {
            let Some((claim_type, phrases)) = line.split_once('\t') else {
                continue;
            };
            let type_index = cues.types.len();
            cues.types.push(claim_type.trim());
            for phrase in phrases.trim().split('|') {
                let words: Vec<&'static str> = phrase.split(' ').collect();
                if let Some(&first) = words.first() {
                    cues.phrases_by_first_word
                        .entry(first)
                        .or_default()
                        .push((type_index, words));
                }
            }
        }
        cues
    })
}

/// The type of the claim `text[range]` with tokens `tokens`: the type with the most cues, else
/// `event` when an event was coded in it, else none.
pub(crate) fn claim_type(text: &str, tokens: &[Token], has_event: bool) -> Option<&'static str> {
    let words: Vec<Cow<'_, str>> = tokens
        .iter()
        .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
        .map(|token| match token.kind {
            TokenKind::Number => Cow::Borrowed("#number"),
            _ => lowercase(&text[token.start..token.end]),
        })
        .collect();
    let cues = claim_type_cues();
    let mut hits = vec![0usize; cues.types.len()];
    for (position, word) in words.iter().enumerate() {
        let Some(phrases) = cues.phrases_by_first_word.get(word.as_ref()) else {
            continue;
        };
        for (type_index, phrase_words) in phrases {
            let matches = words
                .get(position..position + phrase_words.len())
                .is_some_and(|window| {
                    window
                        .iter()
                        .zip(phrase_words)
                        .all(|(word, phrase_word)| word == phrase_word)
                });
            if matches {
                if let Some(count) = hits.get_mut(*type_index) {
                    *count += 1;
                }
            }
        }
    }
    let mut best: Option<(&'static str, usize)> = None;
    for (&claim_type, &type_hits) in cues.types.iter().zip(&hits) {
        if type_hits > 0 && best.is_none_or(|(_, best_hits)| type_hits > best_hits) {
            best = Some((claim_type, type_hits));
        }
    }
    best.map(|(claim_type, _)| claim_type)
        .or(has_event.then_some("event"))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(sentence: &str, has_event: bool) -> Option<&'static str> {
        claim_type(sentence, &rhetor_segment::tokenize(sentence), has_event)
    }

    #[test]
    fn every_row_of_the_cue_file_parses() {
        let rows = include_str!("../data/claim_types.tsv")
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .count();
        assert_eq!(claim_type_cues().types.len(), rows);
    }

    #[test]
    fn cues_decide_the_type() {
        assert_eq!(
            typed("Unemployment rose by 12 percent in two years.", false),
            Some("quantity")
        );
        assert_eq!(
            typed(
                "The country should join the international conventions on torture.",
                false
            ),
            Some("legal_status")
        );
        assert_eq!(
            typed(
                "The abuses were documented in numerous reports by various organisations.",
                false
            ),
            Some("attribution")
        );
        assert_eq!(
            typed("Prices fell because the harvest failed.", false),
            Some("causal")
        );
        assert_eq!(typed("The envoy did not answer the letter.", true), Some("event"));
        assert_eq!(typed("What a sad day this is.", false), None);
    }
}
