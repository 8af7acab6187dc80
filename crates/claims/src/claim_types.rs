//! The kind of fact a claim asserts, from the cue phrases of `data/claim_types.tsv` and the events
//! coded in its span.

use std::sync::OnceLock;

use rhetor_schema::{Token, TokenKind};

/// Claim types with their cue phrases, in file order (which breaks ties).
struct ClaimTypeCues {
    /// Each type with its phrases, every phrase split into its words once, at load.
    types: Vec<(&'static str, Vec<Vec<&'static str>>)>,
}

fn claim_type_cues() -> &'static ClaimTypeCues {
    static CUES: OnceLock<ClaimTypeCues> = OnceLock::new();
    CUES.get_or_init(|| {
        let types = include_str!("../data/claim_types.tsv")
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .filter_map(|line| {
                let (claim_type, phrases) = line.split_once('\t')?;
                let phrases = phrases
                    .trim()
                    .split('|')
                    .map(|phrase| phrase.split(' ').collect())
                    .collect();
                Some((claim_type.trim(), phrases))
            })
            .collect();
        ClaimTypeCues { types }
    })
}

/// The type of the claim `text[range]` with tokens `tokens`: the type with the most cues, else
/// `event` when an event was coded in it, else none.
pub(crate) fn claim_type(text: &str, tokens: &[Token], has_event: bool) -> Option<&'static str> {
    let words: Vec<String> = tokens
        .iter()
        .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
        .map(|token| match token.kind {
            TokenKind::Number => "#number".to_owned(),
            _ => text[token.start..token.end].to_lowercase(),
        })
        .collect();
    let mut best: Option<(&'static str, usize)> = None;
    for (claim_type, phrases) in &claim_type_cues().types {
        let hits = phrases
            .iter()
            .map(|phrase_words| {
                words
                    .windows(phrase_words.len())
                    .filter(|window| {
                        window
                            .iter()
                            .zip(phrase_words)
                            .all(|(word, phrase_word)| word == phrase_word)
                    })
                    .count()
            })
            .sum::<usize>();
        if hits > 0 && best.is_none_or(|(_, best_hits)| hits > best_hits) {
            best = Some((claim_type, hits));
        }
    }
    best.map(|(claim_type, _)| claim_type)
        .or(has_event.then_some("event"))
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
