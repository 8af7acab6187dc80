//! Organisations that are not in the gazetteer: capitalised names headed by an organisation noun
//! (`the Western Azerbaijan Community`, `the Peace and Justice Forum`,
//! `the Civic Monitor for Human Rights`, `the Ministry of Foreign Affairs of Georgia`).
//!
//! A name is grown around a capitalised head noun (a sector term marked `head_of_org`): leftwards
//! over capitalised words and the connectors `of`, `for`, `and`, `&` (and `the` after `of`), and
//! rightwards over an `of`/`for`/`on` tail of capitalised words. It stops at known people and
//! organisations, so that `Secretary Blinken and the Peace Forum` does not swallow Blinken, and at
//! a person's title with a name after it (`the Government of President Alfredo Cristiani`). A name
//! that holds a post and runs straight into a known person's full name is that person's title
//! (`Director of the Office of the Foreign Affairs Commission Yang Jiechi`) and is dropped.

use std::ops::Range;

use rhetor_schema::Token;

use crate::gazetteer::{Gazetteer, NameTarget};
use crate::name_matcher::{is_capitalised, name_targets, Piece, PieceKind};
use crate::titles::{is_personal_title, is_title_word};

/// A capitalised organisation name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrganisationName {
    /// Indexes of its tokens.
    pub(crate) tokens: Range<usize>,
    /// Its byte range (no leading article).
    pub(crate) range: Range<usize>,
    /// The sector of its head noun.
    pub(crate) sector: &'static str,
    /// The readings of the first country word inside it (`Congolese` reads as either Congo),
    /// empty when it has none; the resolver picks the country (`Resolver::country_of_word`).
    pub(crate) country_readings: &'static [NameTarget],
    /// Whether it has a capitalised word that is neither a sector term nor a country word, so
    /// that it is a proper name (`Western`, `Peace`) rather than a description (`Foreign Ministry`).
    pub(crate) distinctive: bool,
}

/// Connectors allowed inside organisation names.
fn is_name_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "&" | "on")
}

/// The piece covering token `index`, if any.
fn piece_at(pieces: &[Piece], index: usize) -> Option<&Piece> {
    pieces.iter().find(|piece| piece.tokens.contains(&index))
}

/// Whether token `index` is part of a known person or organisation, where a new name must stop.
fn is_known_entity(gazetteer: &Gazetteer, pieces: &[Piece], index: usize) -> bool {
    piece_at(pieces, index).is_some_and(|piece| match piece.kind {
        PieceKind::Name(node) => gazetteer
            .names
            .values(node)
            .iter()
            .any(|target| matches!(target, NameTarget::Person(_) | NameTarget::Organisation(_))),
        PieceKind::Surname(_) => true,
        PieceKind::Sector(_) => false,
    })
}

/// Whether token `index` is inside a country's name, adjective or people word (`French`).
fn is_country_word(gazetteer: &Gazetteer, pieces: &[Piece], index: usize) -> bool {
    piece_at(pieces, index).is_some_and(|piece| {
        name_targets(gazetteer, piece)
            .iter()
            .any(|target| target.country_word().is_some())
    })
}

/// Whether a country's name starts at token `index` (`Germany` in `the Governments of France
/// and Germany`).
fn starts_country_name(gazetteer: &Gazetteer, pieces: &[Piece], index: usize) -> bool {
    pieces.iter().any(|piece| {
        piece.tokens.start == index
            && name_targets(gazetteer, piece)
                .iter()
                .any(|target| matches!(target, NameTarget::CountryName(_)))
    })
}

/// Whether a capitalised sector piece can head an organisation name: its row is marked
/// `head_of_org`, or its first or last word alone is such a head (`Ministry of Foreign Affairs`,
/// `Foreign Ministry`).
fn is_head(gazetteer: &Gazetteer, text: &str, tokens: &[Token], piece: &Piece, row: usize) -> bool {
    if gazetteer
        .sector_terms
        .get(row)
        .is_some_and(|term| term.head_of_org)
    {
        return true;
    }
    [piece.tokens.start, piece.tokens.end - 1].iter().any(|&index| {
        let word = text
            .get(tokens[index].start..tokens[index].end)
            .unwrap_or("")
            .to_lowercase();
        gazetteer.sector_phrases.root(&word).is_some_and(|node| {
            gazetteer.sector_phrases.values(node).iter().any(|&row| {
                gazetteer
                    .sector_terms
                    .get(row)
                    .is_some_and(|term| term.head_of_org)
            })
        })
    })
}

/// Words naming a post in a body that are not titles of their own (`Member`, `Director`): the
/// name `Politburo Member and Director of the Office of the Foreign Affairs Commission` before a
/// person's name is that person's title, not an organisation.
const POSTS_IN_A_BODY: [&str; 9] = [
    "Member",
    "Director",
    "Head",
    "Chair",
    "Chairperson",
    "Chairwoman",
    "Councilor",
    "Councillor",
    "Governor",
];

/// Whether the capitalised name over `name` is a person's title: a known person's full name
/// follows it directly and it holds a word naming a post (`Chinese Communist Party Politburo
/// Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi`). Such a run
/// is how statements introduce an official; read as an organisation it would take the events
/// that the person is the party of.
fn is_title_of_the_person_after<'text>(
    gazetteer: &Gazetteer,
    pieces: &[Piece],
    word: &impl Fn(usize) -> &'text str,
    name: Range<usize>,
    sentence_end: usize,
) -> bool {
    let person_follows = name.end < sentence_end
        && piece_at(pieces, name.end).is_some_and(|piece| {
            piece.tokens.start == name.end
                && match piece.kind {
                    PieceKind::Name(node) => gazetteer.names_a_person(node),
                    // A family name alone is too weak (`Kim Gunn` is not Kim Jong Un).
                    PieceKind::Surname(_) | PieceKind::Sector(_) => false,
                }
        });
    person_follows
        && name.clone().any(|index| {
            let candidate = word(index);
            is_capitalised(candidate) && (is_title_word(candidate) || POSTS_IN_A_BODY.contains(&candidate))
        })
}

/// Determiners that are capitalised only because they open a sentence.
const SENTENCE_INITIAL_DETERMINERS: [&str; 14] = [
    "The", "A", "An", "This", "That", "These", "Those", "My", "Our", "Your", "His", "Her", "Its", "Their",
];

/// Finds the capitalised organisation names of one sentence.
pub(crate) fn find_organisation_names(
    text: &str,
    tokens: &[Token],
    sentence: Range<usize>,
    pieces: &[Piece],
    gazetteer: &'static Gazetteer,
) -> Vec<OrganisationName> {
    let word = |index: usize| text.get(tokens[index].start..tokens[index].end).unwrap_or("");
    let mut names: Vec<OrganisationName> = Vec::new();
    for head in pieces {
        let PieceKind::Sector(row) = head.kind else {
            continue;
        };
        let already_inside = names
            .last()
            .is_some_and(|name| name.tokens.end > head.tokens.start);
        if already_inside
            || !is_capitalised(word(head.tokens.start))
            || !is_head(gazetteer, text, tokens, head, row)
        {
            continue;
        }
        // Grow leftwards over capitalised words and inner connectors.
        let mut start = head.tokens.start;
        let mut cursor = head.tokens.start;
        while cursor > sentence.start {
            let previous = word(cursor - 1);
            // A sentence-initial `The` (or `My`, `Our`, `This`) is a determiner, never part of
            // the name: `My Government supports` is the speaker's government.
            let capitalised_word = is_capitalised(previous)
                && !SENTENCE_INITIAL_DETERMINERS.contains(&previous)
                && !is_known_entity(gazetteer, pieces, cursor - 1);
            let inner_article =
                previous == "the" && cursor - 1 > sentence.start && matches!(word(cursor - 2), "of" | "for");
            // `the French and German Governments` are two governments, not one body named
            // after two countries.
            let joins_two_countries = previous == "and"
                && cursor >= sentence.start + 2
                && is_country_word(gazetteer, pieces, cursor)
                && is_country_word(gazetteer, pieces, cursor - 2);
            if capitalised_word {
                start = cursor - 1;
            } else if joins_two_countries || !(is_name_connector(previous) || inner_article) {
                break;
            }
            cursor -= 1;
        }
        // Grow rightwards over an `of`/`for`/`on` tail.
        let mut end = head.tokens.end;
        if end < sentence.end && matches!(word(end), "of" | "for" | "on") {
            let mut cursor = end + 1;
            while cursor < sentence.end {
                let next = word(cursor);
                let previous = word(cursor - 1);
                // `and` joins two capitalised words; `the` only follows `of`, `for` or `on`.
                let joins = match next {
                    // `the Governments of France and Germany` are two governments, not one
                    // body named after two countries.
                    "and" | "&" => {
                        cursor + 1 < sentence.end
                            && is_capitalised(word(cursor + 1))
                            && word(cursor + 1) != "The"
                            && !starts_country_name(gazetteer, pieces, cursor + 1)
                    }
                    "the" => matches!(previous, "of" | "for" | "on"),
                    _ => is_name_connector(next),
                };
                // `the Government of President Alfredo Cristiani`, `of Prime Minister Nawaz Sharif`:
                // a person's title and name end the name (`the Office of the President of Ukraine`
                // does not).
                if is_personal_title(next) {
                    let mut after_title = cursor + 1;
                    while after_title < sentence.end && is_title_word(word(after_title)) {
                        after_title += 1;
                    }
                    let name_follows = after_title < sentence.end
                        && is_capitalised(word(after_title))
                        && !is_name_connector(word(after_title));
                    if name_follows {
                        break;
                    }
                }
                if is_capitalised(next) && !is_known_entity(gazetteer, pieces, cursor) {
                    end = cursor + 1;
                } else if !joins {
                    break;
                }
                cursor += 1;
            }
        }
        let word_count = (start..end).filter(|&index| is_capitalised(word(index))).count();
        // `the Interim Government`, `the Federal Government`: a sector term that is not an
        // organisation's head names a government by its form, not an organisation of its own.
        let descriptive_term = start == head.tokens.start
            && end == head.tokens.end
            && gazetteer
                .sector_terms
                .get(row)
                .is_some_and(|term| !term.head_of_org);
        if word_count < 2 || descriptive_term {
            continue;
        }
        // `Special Representative`, `the Special Representatives`: a title, not a body.
        let is_title_only = (start..end).all(|index| {
            let title = word(index);
            is_title_word(title) || title.strip_suffix('s').is_some_and(is_title_word)
        });
        if is_title_only || is_title_of_the_person_after(gazetteer, pieces, &word, start..end, sentence.end) {
            continue;
        }
        let mut country_readings: &'static [NameTarget] = &[];
        let mut distinctive = false;
        for index in start..end {
            match piece_at(pieces, index).map(|piece| piece.kind) {
                Some(PieceKind::Name(node)) => {
                    let readings = gazetteer.names.values(node);
                    let is_country_word = readings.iter().any(|target| target.country_word().is_some());
                    if is_country_word && country_readings.is_empty() {
                        country_readings = readings;
                    }
                    distinctive |= !is_country_word;
                }
                Some(PieceKind::Sector(_)) => {}
                _ => distinctive |= is_capitalised(word(index)),
            }
        }
        let sector = gazetteer.sector_terms.get(row).map_or("NGO", |term| term.sector);
        let range = tokens[start].start..tokens[end - 1].end;
        // A later head inside the same name decides its sector (`... Council Committee`).
        if let Some(previous) = names.last_mut().filter(|previous| previous.tokens.end > start) {
            *previous = OrganisationName {
                tokens: previous.tokens.start..end,
                range: previous.range.start..range.end,
                sector,
                country_readings: if previous.country_readings.is_empty() {
                    country_readings
                } else {
                    previous.country_readings
                },
                distinctive: previous.distinctive || distinctive,
            };
            continue;
        }
        names.push(OrganisationName {
            tokens: start..end,
            range,
            sector,
            country_readings,
            distinctive,
        });
    }
    names
}

/// The identity key of an organisation name, so that spelling variants in one document merge:
/// case, a leading article, `West`/`Western`, `Centre`/`Center`, `Organisation`/`Organization`.
pub(crate) fn identity_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split(|character: char| !character.is_alphanumeric()) {
        let lower = word.to_lowercase();
        let normalised = match lower.as_str() {
            "" | "the" => continue,
            "west" => "western",
            "east" => "eastern",
            "north" => "northern",
            "south" => "southern",
            "centre" => "center",
            "organisation" => "organization",
            "defence" => "defense",
            other => other,
        };
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(normalised);
    }
    key
}

/// The slug of a name for ids: lower-case letters and digits joined by hyphens.
pub(crate) fn slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for word in name
        .split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty() && !word.eq_ignore_ascii_case("the"))
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(char::to_lowercase));
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(
            identity_key("the Western Azerbaijan Community"),
            identity_key("West Azerbaijan Community")
        );
        assert_eq!(
            identity_key("Centre for Peace"),
            identity_key("the Center for Peace")
        );
        assert_ne!(identity_key("Peace Forum"), identity_key("Justice Forum"));
    }

    #[test]
    fn slugs_are_lower_case_and_hyphenated() {
        assert_eq!(
            slug("Western Azerbaijan Community"),
            "western-azerbaijan-community"
        );
        assert_eq!(slug("The Peace & Justice Forum"), "peace-justice-forum");
    }
}
