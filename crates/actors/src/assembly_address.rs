//! A speech to the UN General Assembly speaks to the Assembly's President: `Mr. President`, `I
//! congratulate you, Sir, on your election`, `we assure you of our full support`. Its `you`
//! and `your` name the presidency of the Assembly, coded as the Assembly itself (`org:UNGA`), as the event
//! gold codes it; elsewhere `you` is a reader or a reporter, and `Mr. President` any head of
//! state. This module says whether a text is such a speech and which words address the
//! President; the resolver makes them mentions of the Assembly.
//!
//! A text is read as an address to the Assembly when it speaks to the President (a vocative
//! `Mr. President`, `Madam President`, `, Sir,`, or `your election` / `your presidency`, or names
//! `the presidency of the General Assembly` or `the President of the ... session`) and places
//! itself in the Assembly (`this Assembly`, `this session`, `this rostrum`, `the General Debate`,
//! `the President of the General Assembly`, `the seventy-fourth session of the General
//! Assembly`, or again `your election`, which alone does both). Both are needed: a readout of a meeting with a head of state says `Mr. President`
//! and may mention the General Assembly, but not as the room it speaks in. On the corpora in
//! `../shared`, a `you` or `your` becomes the Assembly in 2,195 of the 5,558 UN General Debate
//! speeches of 1990-2019, 397 of the 964 of 2020-2024, and 1 of the 2,025 State Department
//! releases (a readout of a meeting with a head of state that also names the General Assembly).

/// Honorifics that make `President` after them a vocative (`Mr. President`, `Madam President`).
const VOCATIVE_HONORIFICS: &[&str] = &["Mr.", "Mr", "Madam", "Madame", "Mrs.", "Mrs"];

/// Nouns after `this` that place a speech in the Assembly's hall.
const ASSEMBLY_PLACES: &[&str] = &["Assembly", "session", "rostrum", "podium", "Hall"];

/// Nouns after `your` that speak to the President about the office (`your election`).
const PRESIDENCY_NOUNS: &[&str] = &["election", "presidency", "assumption"];

/// The words of a text, with access past its end as empty words.
struct Words<'a> {
    words: &'a [&'a str],
}

impl Words<'_> {
    fn at(&self, index: usize) -> &str {
        self.words.get(index).copied().unwrap_or("")
    }

    /// Whether the words from `index` on are `phrase`.
    fn are(&self, index: usize, phrase: &[&str]) -> bool {
        phrase
            .iter()
            .enumerate()
            .all(|(offset, word)| self.at(index + offset) == *word)
    }

    /// The number of words of the Assembly's name from `index` (`Assembly`, `General Assembly`,
    /// `United Nations General Assembly`), or 0.
    fn assembly_name_at(&self, index: usize) -> usize {
        [
            &["Assembly"][..],
            &["General", "Assembly"],
            &["United", "Nations", "General", "Assembly"],
        ]
        .iter()
        .find(|name| self.are(index, name))
        .map_or(0, |name| name.len())
    }

    /// Whether `the presidency of the General Assembly` or `the President of the Assembly`
    /// starts at `index` (`President`, `Presidents` or `presidency`).
    fn names_the_assembly_presidency_at(&self, index: usize) -> bool {
        matches!(self.at(index), "President" | "Presidents" | "presidency")
            && self.at(index + 1) == "of"
            && matches!(self.at(index + 2), "the" | "this")
            && self.assembly_name_at(index + 3) > 0
    }

    /// Whether `President of the seventy-fourth session` (or `of this session`) starts at `index`.
    fn names_a_session_presidency_at(&self, index: usize) -> bool {
        self.at(index) == "President"
            && self.at(index + 1) == "of"
            && matches!(self.at(index + 2), "the" | "this")
            && (self.at(index + 3) == "session" || self.at(index + 4) == "session")
    }

    /// Whether the words at `index` speak to the President.
    fn speaks_to_the_president_at(&self, index: usize) -> bool {
        let word = self.at(index);
        self.opens_a_vocative_president(index)
            || (word == "," && self.at(index + 1) == "Sir" && self.at(index + 2) == ",")
            || (word == "your" && PRESIDENCY_NOUNS.contains(&self.at(index + 1)))
            || self.names_the_assembly_presidency_at(index)
            || self.names_a_session_presidency_at(index)
    }

    /// Whether the words at `index` place the text in the Assembly.
    fn places_the_text_in_the_assembly_at(&self, index: usize) -> bool {
        let word = self.at(index);
        (word == "this"
            && (ASSEMBLY_PLACES.contains(&self.at(index + 1))
                || self.are(index + 1, &["General", "Assembly"])))
            || (word == "General" && self.at(index + 1) == "Debate")
            || (word == "your" && matches!(self.at(index + 1), "election" | "presidency"))
            || self.names_the_assembly_presidency_at(index)
            || (word == "session"
                && self.at(index + 1) == "of"
                && self.at(index + 2) == "the"
                && self.assembly_name_at(index + 3) > 1)
    }

    /// Whether a vocative `Mr. President` starts at `index` (with `Mr` and its period as one
    /// word or two); `Mr. President Obama` names a person, not the chair.
    fn opens_a_vocative_president(&self, index: usize) -> bool {
        if !VOCATIVE_HONORIFICS.contains(&self.at(index)) {
            return false;
        }
        let president = if self.at(index + 1) == "." {
            index + 2
        } else {
            index + 1
        };
        let followed_by_a_name = self
            .at(president + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        self.at(president) == "President" && !followed_by_a_name
    }
}

/// Whether a text whose words are `words` is a speech to the General Assembly that speaks to its
/// President (see the module's documentation).
pub(crate) fn addresses_the_assembly_president(words: &[&str]) -> bool {
    let words = Words { words };
    let indices = 0..words.words.len();
    indices
        .clone()
        .any(|index| words.speaks_to_the_president_at(index))
        && indices
            .into_iter()
            .any(|index| words.places_the_text_in_the_assembly_at(index))
}

/// Whether `word`, between the words `before` and `after` of its sentence (empty at its edges),
/// addresses the Assembly's President in a text that is such an address: a second-person pronoun
/// (`you`, `your`, `yourself`), but not `all of you` or `you all`, which are the delegations. The
/// vocative `Mr. President` itself names no participant (`Allow me, Mr. President, to
/// congratulate ...` is the speaker's act), so it is no mention.
pub(crate) fn addresses_the_president(before: &str, word: &str, after: &str) -> bool {
    is_second_person(word) && before != "of" && !matches!(after, "all" | "both")
}

/// Whether `word` is a second-person pronoun.
pub(crate) fn is_second_person(word: &str) -> bool {
    matches!(
        word,
        "you" | "You" | "your" | "Your" | "yours" | "Yours" | "yourself" | "Yourself"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    #[test]
    fn a_general_debate_speech_addresses_the_president() {
        assert!(addresses_the_assembly_president(&words(
            "Mr. President , I congratulate you on your election to the presidency of the General Assembly ."
        )));
        assert!(addresses_the_assembly_president(&words(
            "Allow me , Sir , to congratulate you . We meet at this session in difficult times ."
        )));
    }

    #[test]
    fn a_meeting_readout_or_a_press_release_does_not() {
        assert!(!addresses_the_assembly_president(&words(
            "Thank you , Mr. President , for hosting us . We discussed the UN General Assembly ."
        )));
        assert!(!addresses_the_assembly_president(&words(
            "The Secretary spoke at this session of the General Assembly on Monday ."
        )));
        assert!(!addresses_the_assembly_president(&words(
            "Mr. President Obama met the President of the Republic ."
        )));
    }

    #[test]
    fn second_person_pronouns_address_the_president_but_not_the_delegations() {
        let sentence = words("Mr . President , we assure you of the support of all of you and you all .");
        let at = |index: usize| sentence.get(index).copied().unwrap_or("");
        let addressing: Vec<usize> = (0..sentence.len())
            .filter(|&index| {
                let before = index.checked_sub(1).map_or("", at);
                addresses_the_president(before, at(index), at(index + 1))
            })
            .collect();
        // `you`; not the vocative, not `of you`, not `you all`.
        assert_eq!(addressing, vec![6]);
    }
}
