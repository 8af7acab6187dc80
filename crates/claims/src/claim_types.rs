//! The kind of fact a claim asserts, from the cue phrases of `data/claim_types.tsv` and the events
//! coded in its span.

use std::sync::OnceLock;

use rhetor_schema::Token;

use crate::phrases::{phrase_words, PhraseTable};

/// The type of a claim about whether something is lawful, or who is party to a treaty, a
/// convention or a court: a clause of a check-worthy sentence with this type is a claim even when
/// the model scores it low by itself (a demand to join a convention).
pub(crate) const LEGAL_STATUS: &str = "legal_status";

fn claim_type_cues() -> &'static PhraseTable {
    static CUES: OnceLock<PhraseTable> = OnceLock::new();
    CUES.get_or_init(|| PhraseTable::parse(include_str!("../data/claim_types.tsv")))
}

/// The type of the claim `text[range]` with tokens `tokens`: the type with the most cues (ties go
/// to the type listed first), else `event` when an event was coded in it, else none.
pub(crate) fn claim_type(text: &str, tokens: &[Token], has_event: bool) -> Option<&'static str> {
    let cues = claim_type_cues();
    let mut hits = vec![0usize; cues.kinds.len()];
    for found in cues.find(&phrase_words(text, tokens)) {
        if let Some(count) = hits.get_mut(found.kind) {
            *count += 1;
        }
    }
    let mut best: Option<(&'static str, usize)> = None;
    for (&claim_type, &type_hits) in cues.kinds.iter().zip(&hits) {
        if type_hits > 0 && best.is_none_or(|(_, best_hits)| type_hits > best_hits) {
            best = Some((claim_type, type_hits));
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
        assert_eq!(claim_type_cues().kinds.len(), rows);
        assert!(claim_type_cues().kinds.contains(&LEGAL_STATUS));
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
                "the United States should accede to the Rome Statute of the court",
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
