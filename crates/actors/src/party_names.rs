//! Where a text names a party: a country (its names, demonyms, capitals and institutions) or an
//! office holder. The learned analysers read these as one placeholder word, so that what they
//! learnt about a phrasing does not depend on which party it is said of: a model that weighs
//! `russia` differently from `ukraine` would read the same sentence differently with the names
//! swapped, and rhetor must read both parties of a conflict with the same eyes.

use std::ops::Range;

use rhetor_schema::{Token, TokenKind};

use crate::gazetteer::{Gazetteer, NameTarget};
use crate::name_matcher::{match_sentence, PieceKind};

/// The word the learned analysers see in place of a party's name.
pub const PARTY_PLACEHOLDER: &str = "<party>";

/// The office holders whose names are parties for the learned models (`party_office_holders.txt`):
/// the models' vocabulary, frozen with them, so that office_holders.tsv can name more people for
/// actor resolution without changing what the models read.
const PARTY_OFFICE_HOLDERS_TXT: &str = include_str!("../data/party_office_holders.txt");

/// Whether the office holder `person_id` is a party for the learned models.
fn is_party_office_holder(person_id: &str) -> bool {
    static PARTY_OFFICE_HOLDERS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    PARTY_OFFICE_HOLDERS
        .get_or_init(|| {
            PARTY_OFFICE_HOLDERS_TXT
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .collect()
        })
        .contains(person_id)
}

/// The rows of office_holders.tsv whose people are parties for the learned models, with the
/// file's comments, in the file's own text: the whole file when every person in it is listed.
fn party_office_holder_rows() -> String {
    crate::gazetteer::OFFICE_HOLDERS_TSV
        .split('\n')
        .filter(|line| {
            line.is_empty()
                || line.starts_with('#')
                || line.split('\t').next().is_some_and(is_party_office_holder)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A fingerprint (16 hex digits) of the gazetteer files that decide which words are read as
/// [`PARTY_PLACEHOLDER`]: every file the name matcher reads, since a longer match hides the
/// country inside it. The countries and the listed office holders are the parties;
/// organisations, sector terms and the names that hold a country's name without naming it
/// (`non_actors.tsv`: `Central American` is no party) and the words that make a capital the
/// first word of a document's name (`capital_name_heads.tsv`: `the Lusaka Protocol`) decide
/// where a party's name stands alone.
/// The learned models are trained on text read this way, so adding a country or a party office
/// holder changes what training makes; the models record the fingerprint they were trained
/// with, and their tests compare it with this one, so that a gazetteer edit cannot leave the
/// shipped models behind what `rhetor train` makes. An office holder added to office_holders.tsv
/// but not to `party_office_holders.txt` changes neither (their name must then hold no
/// country's name, which a longer match would hide: see the test below).
#[must_use]
pub fn party_names_fingerprint() -> String {
    let office_holders = party_office_holder_rows();
    let files = [
        crate::gazetteer::COUNTRIES_TSV,
        office_holders.as_str(),
        crate::gazetteer::NON_ACTORS_TSV,
        crate::gazetteer::CAPITAL_NAME_HEADS_TSV,
        crate::gazetteer::ORGANISATIONS_TSV,
        crate::gazetteer::SECTOR_TERMS_TSV,
    ];
    let combined = files
        .iter()
        .zip(0u32..)
        .fold(0u64, |fingerprint, (file, position)| {
            fingerprint ^ rhetor_linear::fnv1a_64(file.as_bytes()).rotate_left(position)
        });
    format!("{combined:016x}")
}

/// A token of a text as the learned analysers read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadToken {
    /// The token; for a party's name, one word token over the whole name.
    pub token: Token,
    /// Whether it is a party's name, to be read as [`PARTY_PLACEHOLDER`].
    pub is_party_name: bool,
}

/// The tokens of `text` (as [`rhetor_segment::tokenize`] makes them), with every name of a
/// country or an office holder merged into one token marked as a party's name.
pub fn tokens_with_party_names(text: &str) -> Vec<ReadToken> {
    let tokens = rhetor_segment::tokenize(text);
    let mut party_names = party_name_tokens(text, &tokens).into_iter().peekable();
    let mut read_tokens = Vec::with_capacity(tokens.len());
    let mut index = 0;
    while let Some(&token) = tokens.get(index) {
        match party_names.next_if(|name| name.start == index) {
            Some(name) => {
                let last = tokens.get(name.end - 1).map_or(token.end, |last| last.end);
                read_tokens.push(ReadToken {
                    token: Token {
                        start: token.start,
                        end: last,
                        kind: TokenKind::Word,
                    },
                    is_party_name: true,
                });
                index = name.end;
            }
            None => {
                read_tokens.push(ReadToken {
                    token,
                    is_party_name: false,
                });
                index += 1;
            }
        }
    }
    read_tokens
}

/// The token index ranges of `tokens` (tokens of `text`, in order) that name a country or an
/// office holder, in order and without overlap. Organisations, sector words and regions are not
/// parties and are left alone.
fn party_name_tokens(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let gazetteer = Gazetteer::get();
    let mut pieces = Vec::new();
    match_sentence(text, tokens, 0..tokens.len(), gazetteer, &mut pieces);
    pieces
        .into_iter()
        .filter(|piece| match piece.kind {
            PieceKind::Name(node) => gazetteer.names.values(node).iter().any(|target| match target {
                NameTarget::CountryName(_)
                | NameTarget::CountryAdjective(_)
                | NameTarget::CountryPeople(_)
                | NameTarget::Capital(_)
                | NameTarget::Institution(..) => true,
                NameTarget::Person(person) => is_party_office_holder(gazetteer.persons[*person].person_id),
                _ => false,
            }),
            PieceKind::Surname(surname) => gazetteer.surnames.get(surname).is_some_and(|persons| {
                persons
                    .iter()
                    .any(|&person| is_party_office_holder(gazetteer.persons[person].person_id))
            }),
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
        let named: Vec<&str> = tokens_with_party_names(text)
            .into_iter()
            .filter(|read| read.is_party_name)
            .map(|read| &text[read.token.start..read.token.end])
            .collect();
        assert_eq!(named, ["United States", "Russian", "Moscow", "Lavrov"]);
    }

    #[test]
    fn office_holders_outside_the_models_vocabulary_are_words() {
        // Nelson Mandela is in office_holders.tsv for actor resolution, not in the models' list.
        assert!(!is_party_office_holder("nelson-mandela"));
        let text = "Nelson Mandela met Lavrov.";
        let named: Vec<&str> = tokens_with_party_names(text)
            .into_iter()
            .filter(|read| read.is_party_name)
            .map(|read| &text[read.token.start..read.token.end])
            .collect();
        assert_eq!(named, ["Lavrov"]);
    }

    #[test]
    fn no_name_of_an_unlisted_office_holder_holds_a_party_name() {
        // Such a name, matched whole as its person, would hide the country inside it from the
        // models (`Hassan II of Morocco`), changing what they read without a fingerprint change.
        let party_words: Vec<&str> = crate::gazetteer::COUNTRIES_TSV
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(|line| line.split('\t').skip(1).take(5))
            .flat_map(|column| column.split('|'))
            .map(str::trim)
            .filter(|name| name.len() > 3 && *name != "-")
            .collect();
        let holds = |name: &str, party: &str| {
            name.match_indices(party).any(|(start, _)| {
                let before = name[..start].chars().next_back();
                let after = name[start + party.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            })
        };
        for row in crate::gazetteer::OFFICE_HOLDERS_TSV
            .lines()
            .filter(|line| !line.starts_with('#'))
        {
            let fields: Vec<&str> = row.split('\t').collect();
            if fields.len() < 3 || is_party_office_holder(fields[0]) {
                continue;
            }
            for name in std::iter::once(fields[1]).chain(fields[2].split('|')) {
                for party in &party_words {
                    assert!(
                        !holds(name, party),
                        "{} ({}) holds the party name {party}",
                        fields[0],
                        name
                    );
                }
            }
        }
    }

    #[test]
    fn every_listed_party_office_holder_is_in_the_gazetteer() {
        let gazetteer = Gazetteer::get();
        let listed = PARTY_OFFICE_HOLDERS_TXT
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'));
        for person_id in listed {
            assert!(
                gazetteer
                    .persons
                    .iter()
                    .any(|person| person.person_id == person_id),
                "{person_id} is listed as a party but not in office_holders.tsv"
            );
        }
    }
}
