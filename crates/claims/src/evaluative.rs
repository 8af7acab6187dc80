//! Pure evaluations: sentences that judge (`the US has lost its remaining authority`, `this is a
//! disgrace`) without anything a fact-checker could look up: no number, date, source or
//! quantity (`data/evaluative.tsv`).
//!
//! The check-worthiness models learn from debates, where a confident sentence about a country is
//! usually a claim, and may score such a judgement as check-worthy. The scorer multiplies a pure
//! evaluation's score by a factor that training chooses on the training file (the smallest that
//! does not lower the out-of-fold F1 by more than noise) and records in the model file's metadata
//! ([`PURE_EVALUATION_FACTOR_KEY`]).

use std::sync::OnceLock;

use std::borrow::Cow;

use crate::phrases::PhraseTable;

/// The key of the model metadata's number that a pure evaluation's score is multiplied by.
pub(crate) const PURE_EVALUATION_FACTOR_KEY: &str = "pure_evaluation_factor";

/// The factor recorded in a model's `metadata` (JSON written by training) under
/// [`PURE_EVALUATION_FACTOR_KEY`]; 1 (scores unchanged) when there is none.
pub(crate) fn pure_evaluation_factor(metadata: &str) -> f32 {
    let key = format!("\"{PURE_EVALUATION_FACTOR_KEY}\": ");
    metadata
        .split_once(key.as_str())
        .and_then(|(_, rest)| {
            let number_end = rest
                .find(|character: char| !(character.is_ascii_digit() || character == '.'))
                .unwrap_or(rest.len());
            rest[..number_end].parse::<f32>().ok()
        })
        .filter(|factor| (0.0..=1.0).contains(factor))
        .unwrap_or(1.0)
}

/// How many words after a `loss` word a `standing` word may come (`lost its remaining authority`).
const LOSS_TO_STANDING_WORDS: usize = 4;

fn evaluative_cues() -> &'static (PhraseTable, [usize; 4]) {
    static CUES: OnceLock<(PhraseTable, [usize; 4])> = OnceLock::new();
    CUES.get_or_init(|| {
        let table = PhraseTable::parse(include_str!("../data/evaluative.tsv"));
        let kind = |name: &str| {
            table
                .kinds
                .iter()
                .position(|kind| *kind == name)
                .unwrap_or(usize::MAX)
        };
        let kinds = [kind("judgement"), kind("loss"), kind("standing"), kind("anchor")];
        (table, kinds)
    })
}

/// Whether the sentence of `words` (as `SentenceForms::phrase_words` gives them) is a pure
/// evaluation: a judgement, or a loss of standing, and no anchor.
pub(crate) fn is_pure_evaluation(words: &[Cow<'_, str>]) -> bool {
    let (table, [judgement, loss, standing, anchor]) = evaluative_cues();
    let found = table.find(words);
    if found.iter().any(|phrase| phrase.kind == *anchor) {
        return false;
    }
    let judges = found.iter().any(|phrase| phrase.kind == *judgement);
    let loses_standing = found.iter().filter(|phrase| phrase.kind == *loss).any(|lost| {
        found.iter().any(|phrase| {
            phrase.kind == *standing
                && phrase.start >= lost.end
                && phrase.start <= lost.end + LOSS_TO_STANDING_WORDS
        })
    });
    judges || loses_standing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_pure(sentence: &str) -> bool {
        is_pure_evaluation(&crate::features::SentenceForms::of(sentence).phrase_words())
    }

    #[test]
    fn the_factor_is_read_from_the_metadata() {
        assert_eq!(
            pure_evaluation_factor("{\"l2\": 0.1, \"pure_evaluation_factor\": 0.25, \"x\": 1}"),
            0.25
        );
        assert_eq!(pure_evaluation_factor("{\"pure_evaluation_factor\": 0}"), 0.0);
        assert_eq!(pure_evaluation_factor("{}"), 1.0);
        assert_eq!(pure_evaluation_factor("{\"pure_evaluation_factor\": 7}"), 1.0);
    }

    #[test]
    fn every_kind_of_the_cue_file_is_known() {
        assert!(evaluative_cues().1.iter().all(|&kind| kind != usize::MAX));
    }

    #[test]
    fn judgements_without_an_anchor_are_pure_evaluations() {
        assert!(is_pure(
            "Because of all this, the US has lost its remaining authority in Azerbaijani society."
        ));
        assert!(is_pure("What they did is a disgrace."));
        assert!(is_pure("This government has no credibility left."));
    }

    #[test]
    fn an_anchor_or_no_judgement_makes_a_checkable_statement() {
        assert!(!is_pure(
            "The party lost 40 seats and its authority in parliament."
        ));
        assert!(!is_pure(
            "According to the survey, the government has lost the trust of voters."
        ));
        assert!(!is_pure("The US did not respond to the letter."));
        assert!(!is_pure("They lost the election to a newcomer."));
    }
}
