//! Where a text names a party: a country (its names, demonyms, capitals and institutions) or an
//! office holder. The learned analysers read these as one placeholder word, so that what they
//! learnt about a phrasing does not depend on which party it is said of: a model that weighs
//! `russia` differently from `ukraine` would read the same sentence differently with the names
//! swapped, and rhetor must read both parties of a conflict with the same eyes.

use std::ops::Range;

use rhetor_schema::Token;

use crate::gazetteer::{Gazetteer, NameTarget};
use crate::name_matcher::{match_sentence, PieceKind};

/// The word the learned analysers see in place of a party's name.
pub const PARTY_PLACEHOLDER: &str = "<party>";

/// The token index ranges of `tokens` (tokens of `text`, in order) that name a country or an
/// office holder, in order and without overlap. Organisations, sector words and regions are not
/// parties and are left alone.
pub fn party_name_tokens(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let gazetteer = Gazetteer::get();
    let mut pieces = Vec::new();
    match_sentence(text, tokens, 0..tokens.len(), gazetteer, &mut pieces);
    pieces
        .into_iter()
        .filter(|piece| match piece.kind {
            PieceKind::Name(node) => gazetteer.names.values(node).iter().any(|target| {
                matches!(
                    target,
                    NameTarget::CountryName(_)
                        | NameTarget::CountryAdjective(_)
                        | NameTarget::CountryPeople(_)
                        | NameTarget::Capital(_)
                        | NameTarget::Institution(..)
                        | NameTarget::Person(_)
                )
            }),
            PieceKind::Surname(_) => true,
            PieceKind::Sector(_) => false,
        })
        .map(|piece| piece.tokens)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_demonyms_capitals_and_office_holders_are_parties() {
        let text = "The United States and Russian officials met in Moscow; Lavrov spoke, the UN watched.";
        let tokens = rhetor_segment::tokenize(text);
        let named: Vec<&str> = party_name_tokens(text, &tokens)
            .into_iter()
            .map(|range| &text[tokens[range.start].start..tokens[range.end - 1].end])
            .collect();
        assert_eq!(named, ["United States", "Russian", "Moscow", "Lavrov"]);
    }
}
