//! Officials the gazetteer does not know, named by a title and a name (`Special Representative
//! Kim`, `Minister for Trade and Industry Gan Kim Yong`, `Ukrainian Foreign Minister Jane Doe`).
//!
//! Statements name many more officials than any list of office holders holds: envoys, assistant
//! secretaries, ambassadors, the ministers of small countries. A capitalised title before a
//! capitalised name is strong evidence of a person who acts for a state, so such a person becomes
//! an actor of the government sector rather than being dropped: the event coder can then find
//! them as a subject. Their country is the country word before the title when there is one.
//! Statements name their own officials by rank alone (`Special Envoy Kim`) and foreign ones with
//! their country, so an official of a rank that governments give their own staff (an envoy, an
//! under secretary, an ambassador) and no country word is taken to serve the speaker's country,
//! once the speaker is known; a minister or a president named without a country stays without
//! one.

use std::ops::Range;

use crate::titles::{is_title_connector, is_title_word};

/// Title words that head a title standing for a post (`Representative`, `Minister`); a title run
/// must contain one, so that honorifics and adjectives alone (`General`, `High`, `Acting`) make
/// no person (`General Assembly`, `High Commissioner` are bodies or already known).
const POST_HEADS: &[&str] = &[
    "secretary",
    "minister",
    "representative",
    "envoy",
    "official",
    "ambassador",
    "ambassador-at-large",
    "d'affaires",
    "d’affaires",
    "coordinator",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "counselor",
    "counsellor",
    "administrator",
    "president",
    "vice-president",
    "chancellor",
    "premier",
    "senator",
    "commissioner",
    "director-general",
    "mr.",
    "mrs.",
    "ms.",
    "mr",
    "mrs",
    "ms",
];

/// Title words of the ranks that a government gives its own diplomats and officials: with no
/// country word, the official serves the speaker's country. `Ambassador` and `Chargé d'Affaires`
/// are not among them: a government's statement names foreign envoys to it by these titles too
/// (`we welcome Ambassador Anatoly Antonov's return`).
const OWN_RANK_WORDS: &[&str] = &[
    "Under",
    "Assistant",
    "Special",
    "Senior",
    "Envoy",
    "Bureau",
    "Official",
    "Ambassador-at-Large",
    "Counselor",
    "Counsellor",
    "Coordinator",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
];

/// Title words of posts that statements name in other governments (`Foreign Secretary`,
/// `Minister`): a title with one of them is not an own rank even with an own-rank word in it
/// (`Special Minister`).
const FOREIGN_POST_WORDS: &[&str] = &["Foreign", "Minister", "Prime", "President", "King", "Chancellor"];

/// Lower-case particles that may stand inside a name (`Khalid bin Salman`, `Ursula von der`).
const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "la", "le", "dos", "das", "do",
    "du", "del", "arap", "wa",
];

/// Whether `word` is a middle initial (`F.` in `John F. Kennedy`), which joins the name words
/// around it as a particle does.
fn is_initial(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(is_initial_letter)
}

/// Whether `word` is one upper-case letter.
fn is_initial_letter(word: &str) -> bool {
    let mut characters = word.chars();
    matches!((characters.next(), characters.next()), (Some(letter), None) if letter.is_uppercase())
}

/// Capitalised words of bodies and places, never of a person's name: a title before them names
/// a body's office (`President of the General Assembly`), and the person, if any, comes later.
const INSTITUTION_WORDS: &[&str] = &[
    "Assembly",
    "Council",
    "Court",
    "Commission",
    "Committee",
    "Union",
    "Parliament",
    "Bank",
    "Fund",
    "Agency",
    "Tribunal",
    "Nations",
    "States",
    "Republic",
    "Kingdom",
    "Government",
    "Ministry",
    "Department",
    "Office",
    "Organization",
    "Organisation",
    "Conference",
    "Summit",
    "Forum",
];

/// The most words a name of an unknown person may have.
const MOST_NAME_WORDS: usize = 4;

/// An unknown official found in a sentence: token ranges of the whole mention (title and name)
/// and of the name alone, and whether the title is a rank a government gives its own officials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TitledPerson {
    /// The mention: from the title's first word to the name's last.
    pub(crate) mention: Range<usize>,
    /// The name's tokens.
    pub(crate) name: Range<usize>,
    /// Whether the title is one of [`OWN_RANK_WORDS`].
    pub(crate) own_rank: bool,
}

/// What a gazetteer name starting at a word after a title means for the name being read there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KnownNameAt {
    /// No known name starts at the word, or a known family name does that is part of another
    /// person's full name (`President Irfaan Ali` is not the office holder Abiy Ahmed Ali).
    Nothing,
    /// The title and the name are the known actor's (`President Biden`, `Foreign Minister Al
    /// Nahyan`): there is no unknown official here.
    Actor,
    /// A known name that ends the name before it.
    Boundary,
}

/// Whether `word` has the shape of a word of a person's name: capitalised, in mixed case (an
/// all-capital word is a heading or a transcript's speaker label, `SECRETARY BLINKEN:`, which
/// the turn reader resolves), letters with hyphens or apostrophes, and no title word.
pub(crate) fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|character| character.is_alphabetic() || matches!(character, '-' | '\'' | '’'))
        && !is_title_word(word)
        // `the Secretary General's report`: a title word with a possessive ending is no name.
        && !crate::name_matcher::strip_possessive(word).is_some_and(|(stem, _)| is_title_word(stem))
}

/// Whether `word` heads a title that stands for a post (`Minister`, `Secretary`).
pub(crate) fn is_post_head(word: &str) -> bool {
    POST_HEADS.iter().any(|head| head.eq_ignore_ascii_case(word))
}

/// The unknown official whose title starts at `first` in `words` (the sentence's token texts,
/// `first` an index into them), if the title is followed by a name. `known_name_at(index,
/// own_rank, name_start)` says what a known name starting at that token means for a name
/// starting at `name_start`, after a title of an own rank or not.
pub(crate) fn titled_person_at(
    words: &[&str],
    first: usize,
    known_name_at: impl Fn(usize, bool, usize) -> KnownNameAt,
) -> Option<TitledPerson> {
    let starts_capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    // Only a capitalised title names a post before a name: `deputy secretary of defense, Khalid`
    // is a description, whose name the coder cannot tie to the title anyway.
    if !words
        .get(first)
        .is_some_and(|word| starts_capitalised(word) && is_title_word(word))
    {
        return None;
    }
    let mut end = first;
    while end < words.len()
        && (is_title_word(words[end])
            || (end > first && is_title_connector(words[end]) && end + 1 < words.len()))
    {
        end += 1;
    }
    // A connector does not end a title (`Minister of`): step back to the last title word.
    while end > first && !is_title_word(words[end - 1]) {
        end -= 1;
    }
    // `Minister for Trade and Industry Gan Kim Yong`: a portfolio of capitalised words after
    // `for` or `of` belongs to the title when a name follows it.
    let title_end = portfolio_end(words, end).unwrap_or(end);
    let title = &words[first..title_end];
    if !title.iter().any(|word| is_post_head(word)) {
        return None;
    }
    let own_rank = title.iter().any(|word| OWN_RANK_WORDS.contains(word))
        && !title.iter().any(|word| FOREIGN_POST_WORDS.contains(word));
    let name_end = name_end(words, title_end, &|index| {
        known_name_at(index, own_rank, title_end)
    })?;
    if words[title_end..name_end]
        .iter()
        .any(|word| INSTITUTION_WORDS.contains(word))
    {
        return None;
    }
    Some(TitledPerson {
        mention: first..name_end,
        name: title_end..name_end,
        own_rank,
    })
}

/// Capitalised words of ministerial portfolios (`for Trade and Industry`, `of Foreign Affairs`).
/// A portfolio's words cannot be told from a name's by their shape, so they are listed.
const PORTFOLIO_WORDS: &[&str] = &[
    "Foreign",
    "Affairs",
    "Trade",
    "Industry",
    "Defence",
    "Defense",
    "Finance",
    "Health",
    "Justice",
    "Interior",
    "Home",
    "Economy",
    "Economic",
    "Energy",
    "Commerce",
    "Security",
    "National",
    "Public",
    "Development",
    "International",
    "Cooperation",
    "Education",
    "Agriculture",
    "Environment",
    "Labour",
    "Labor",
    "Transport",
    "Culture",
    "Planning",
    "Investment",
    "Information",
    "Communications",
    "Tourism",
    "Mines",
    "Water",
    "Youth",
    "Sports",
    "Women",
    "State",
    "Europe",
    "European",
    "Integration",
    "Relations",
    "Political",
    "Political-Military",
    "Military",
    "Arms",
    "Control",
    "Consular",
    "Legislative",
    "Democracy",
    "Human",
    "Rights",
    "Population",
    "Refugees",
    "Migration",
    "Counterterrorism",
    "Conflict",
    "Stabilization",
    "Operations",
    "Oceans",
    "Environmental",
    "Scientific",
    "Educational",
    "Cultural",
    "Management",
    "Resources",
    "Civilian",
    "Growth",
    "African",
    "Asian",
    "Pacific",
    "Eurasian",
    "Eastern",
    "Near",
    "Western",
    "Hemisphere",
    "Central",
    "South",
];

/// The end of a portfolio (`for Trade and Industry`, `of Foreign Affairs`) starting at `start`:
/// `for` or `of` and portfolio words joined by `and` or commas.
fn portfolio_end(words: &[&str], start: usize) -> Option<usize> {
    if !matches!(words.get(start), Some(&"for" | &"of")) {
        return None;
    }
    let mut end = start + 1;
    let mut last_portfolio_word = None;
    while let Some(word) = words.get(end) {
        if PORTFOLIO_WORDS.contains(word) {
            last_portfolio_word = Some(end);
        } else if !matches!(*word, "and" | "," | "the") {
            break;
        }
        end += 1;
    }
    last_portfolio_word.map(|last| last + 1)
}

/// The end of the name starting at `start`: capitalised words (and particles between them), no
/// title word among them, at most [`MOST_NAME_WORDS`] capitalised words; none when the name is a
/// known actor's (see [`KnownNameAt`]).
fn name_end(words: &[&str], start: usize, known_name_at: &impl Fn(usize) -> KnownNameAt) -> Option<usize> {
    let is_name_shaped = |index: usize| words.get(index).is_some_and(|word| is_name_word(word));
    if !is_name_shaped(start) || known_name_at(start) != KnownNameAt::Nothing {
        return None;
    }
    let mut end = start + 1;
    let mut name_words = 1;
    while name_words < MOST_NAME_WORDS {
        let next_name_word = if is_name_shaped(end) {
            end
        } else if words
            .get(end)
            .is_some_and(|word| NAME_PARTICLES.contains(word) || is_initial(word))
            && is_name_shaped(end + 1)
        {
            end + 1
        } else if words.get(end).is_some_and(|word| is_initial_letter(word))
            && words.get(end + 1) == Some(&".")
            && is_name_shaped(end + 2)
        {
            // The tokenizer may split an initial from its full stop (`F` `.`).
            end + 2
        } else {
            break;
        };
        match known_name_at(next_name_word) {
            KnownNameAt::Nothing => {
                end = next_name_word + 1;
                name_words += 1;
            }
            KnownNameAt::Actor => return None,
            KnownNameAt::Boundary => break,
        }
    }
    // A name runs on into a capitalised word that the limit cut: that is a heading or a body
    // (`Special Representative for the Horn of Africa Mike Hammer Said Today`), not a name.
    let runs_on = is_name_shaped(end) && known_name_at(end) == KnownNameAt::Nothing;
    (!runs_on).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(sentence: &str) -> Option<(String, String, bool)> {
        let words: Vec<&str> = sentence.split(' ').collect();
        (0..words.len()).find_map(|first| {
            titled_person_at(&words, first, |index, _, name_start| match words[index] {
                "Russia" if index == name_start => KnownNameAt::Actor,
                "Russia" => KnownNameAt::Boundary,
                // A known family name: part of another person's name after a given name.
                "Ali" if index == name_start => KnownNameAt::Actor,
                _ => KnownNameAt::Nothing,
            })
            .map(|person| {
                (
                    words[person.mention.clone()].join(" "),
                    words[person.name.clone()].join(" "),
                    person.own_rank,
                )
            })
        })
    }

    #[test]
    fn a_title_and_a_name_make_an_official() {
        assert_eq!(
            find("Special Representative Kim travelled to Seoul"),
            Some(("Special Representative Kim".into(), "Kim".into(), true))
        );
        assert_eq!(
            find("Senior Bureau Official Moy urged ASEAN"),
            Some(("Senior Bureau Official Moy".into(), "Moy".into(), true))
        );
        assert_eq!(
            find("Minister for Trade and Industry Gan Kim Yong signed"),
            Some((
                "Minister for Trade and Industry Gan Kim Yong".into(),
                "Gan Kim Yong".into(),
                false
            ))
        );
        assert_eq!(
            find("then Foreign Minister Jane Doe said"),
            Some(("Foreign Minister Jane Doe".into(), "Jane Doe".into(), false))
        );
        assert_eq!(
            find("President Irfaan Ali said"),
            Some(("President Irfaan Ali".into(), "Irfaan Ali".into(), false))
        );
        assert_eq!(
            find("Minister Jane Doe Russia"),
            Some(("Minister Jane Doe".into(), "Jane Doe".into(), false))
        );
        assert_eq!(
            find("and Foreign Secretary Shringla met"),
            Some(("Foreign Secretary Shringla".into(), "Shringla".into(), false))
        );
    }

    #[test]
    fn bodies_known_names_and_lower_case_descriptions_make_no_official() {
        assert_eq!(find("the General Assembly adopted"), None);
        assert_eq!(
            find("President of the General Assembly Abdulla Shahid opened"),
            None
        );
        assert_eq!(find("President Russia"), None);
        assert_eq!(find("President Ali said"), None);
        assert_eq!(find("the deputy secretary Khalid said"), None);
        assert_eq!(find("the Secretary said"), None);
        assert_eq!(find("SECRETARY BLINKEN : Good afternoon"), None);
    }
}
