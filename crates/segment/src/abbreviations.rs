//! Abbreviations and sentence openers: the word lists that decide whether a period ends a sentence.
//!
//! A period after an abbreviation is ambiguous. The lists here sort abbreviations by how they
//! behave before the next word, and the list of common sentence openers settles the cases where an
//! abbreviation (`etc.`, `U.S.`) may or may not end the sentence: only a following opener such as
//! `The` or `However` makes it end one, because a name or a noun (`U.S. Department`) is far more
//! likely to continue the sentence. All comparisons ignore ASCII case.

/// How a period after an abbreviation behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Titles, honorifics and other abbreviations that always lead into the next word (`Mr.`,
    /// `Dr.`, `vs.`): a period after them never ends a sentence.
    Title,
    /// Abbreviations that lead into a number (`Jan. 5`, `No. 3`, `pp. 7-9`): a period after them
    /// does not end a sentence when a number follows.
    BeforeNumber,
    /// Abbreviations that often close a sentence (`etc.`, `Inc.`, `Jr.`): a period after them ends a
    /// sentence only when a common sentence opener follows.
    SentenceFinal,
}

/// The length in bytes of the longest abbreviation in the lists.
const LONGEST_ABBREVIATION: usize = 6;

/// Titles, honorifics and abbreviations that are always followed by more of the same sentence.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Mx", "Dr", "Drs", "Prof", "Profs", "Gen", "Lt",
    "Col", "Sgt", "Capt", "Cpt", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Amb", "Hon",
    "Rev", "Revd", "St", "Ste", "Adm", "Maj", "Brig", "Cmdr", "Comdr", "Cdr", "Lieut", "Supt", "Insp", "Det",
    "Atty", "Fr", "Sra", "Srta", "Excy", "Mt", "Ft", "vs", "cf", "viz", "approx", "incl", "esp", "resp",
];

/// Abbreviations that usually precede a number: months, and the parts of a document or a law.
const BEFORE_NUMBER: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Nr",
    "Art", "Arts", "para", "paras", "p", "pp", "vol", "vols", "Sec", "Secs", "ch", "chap", "fig", "figs",
    "ed", "eds", "op", "Res", "Doc", "Ref", "tel", "ext", "n", "nn", "s", "ss", "cl", "pt", "pts", "ver",
    "v",
];

/// Abbreviations that may close a sentence as well as continue one.
const SENTENCE_FINAL: &[&str] = &[
    "etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "al", "plc", "Esq", "Dept", "Univ", "Assn", "Ave",
    "Blvd", "Rd", "govt", "est", "min", "max", "hrs", "yrs", "sq", "km", "kg", "oz", "lb", "lbs",
];

/// Initialisms that usually close the phrase they are in (`in Washington, D.C.`, `at 10 a.m.`): any
/// capitalised word after them starts a new sentence, unless it continues a time (`a.m. Eastern`).
const PHRASE_FINAL_INITIALISMS: &[&str] = &["D.C.", "a.m.", "p.m."];

/// Words that continue a time of day after `a.m.` or `p.m.`: time zones (and [`CALENDAR_WORDS`]).
const TIME_CONTINUATION_WORDS: &[&str] = &[
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "Greenwich",
    "EST",
    "EDT",
    "ET",
    "CST",
    "CDT",
    "CT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "PT",
    "GMT",
    "UTC",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "BST",
    "MSK",
    "IST",
];

/// The names of the days and months, capitalised as in running text: they continue a time of day
/// (`8 a.m. Monday`), and other analysers read them as dates rather than names.
pub const CALENDAR_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words that commonly start an English sentence. After an ambiguous abbreviation, only one of
/// these makes the period a sentence boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "About",
    "Accordingly",
    "Additionally",
    "After",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Consequently",
    "Despite",
    "During",
    "Each",
    "Either",
    "Even",
    "Every",
    "Finally",
    "First",
    "For",
    "From",
    "Furthermore",
    "Given",
    "He",
    "Hence",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "It",
    "Its",
    "Last",
    "Let",
    "Likewise",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "My",
    "Neither",
    "Nevertheless",
    "No",
    "Nonetheless",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Please",
    "Second",
    "Several",
    "She",
    "Similarly",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "Therefore",
    "These",
    "They",
    "Third",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Together",
    "Under",
    "Unfortunately",
    "Unlike",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// How a period after `word` behaves, when `word` is a known abbreviation.
pub(crate) fn abbreviation_kind(word: &str) -> Option<Abbreviation> {
    // Every period after a word asks this, so longer words, which are never abbreviations, skip
    // the lists.
    if word.len() > LONGEST_ABBREVIATION {
        None
    } else if contains_ignoring_case(TITLES, word) {
        Some(Abbreviation::Title)
    } else if contains_ignoring_case(BEFORE_NUMBER, word) {
        Some(Abbreviation::BeforeNumber)
    } else if contains_ignoring_case(SENTENCE_FINAL, word) {
        Some(Abbreviation::SentenceFinal)
    } else {
        None
    }
}

/// Whether `word` is a common sentence opener. It must be capitalised (`The`, `THE`, not `the`);
/// an elided ending (`It's`, `We’ll`) is ignored.
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    if !word.starts_with(|first: char| first.is_uppercase()) {
        return false;
    }
    let stem = word.split(['\'', '\u{2019}']).next().unwrap_or(word);
    contains_ignoring_case(SENTENCE_OPENERS, stem)
}

/// Whether `initialism` (with its final period) usually closes the phrase it is in.
pub(crate) fn is_phrase_final_initialism(initialism: &str) -> bool {
    contains_ignoring_case(PHRASE_FINAL_INITIALISMS, initialism)
}

/// Whether `word` continues a time of day, as in `10 a.m. Eastern`, `9 p.m. GMT`, `8 a.m. Monday`.
pub(crate) fn continues_time_of_day(word: &str) -> bool {
    contains_ignoring_case(TIME_CONTINUATION_WORDS, word) || contains_ignoring_case(CALENDAR_WORDS, word)
}

/// Whether `word` is a Roman numeral of the kind that numbers sections (`I`, `IV`, `xii`).
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    let all_upper = word
        .bytes()
        .all(|byte| matches!(byte, b'I' | b'V' | b'X' | b'L' | b'C'));
    let all_lower = word
        .bytes()
        .all(|byte| matches!(byte, b'i' | b'v' | b'x' | b'l' | b'c'));
    !word.is_empty() && word.len() <= 6 && (all_upper || all_lower)
}

/// Whether `list` holds `word`, ignoring ASCII case.
pub(crate) fn contains_ignoring_case(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_abbreviation_is_longer_than_the_longest() {
        for list in [TITLES, BEFORE_NUMBER, SENTENCE_FINAL] {
            assert!(list.iter().all(|entry| entry.len() <= LONGEST_ABBREVIATION));
        }
    }

    #[test]
    fn titles_are_recognised_in_any_case() {
        for word in ["Mr", "MRS", "Dr", "Prof", "Amb", "Hon", "Cmdr", "Brig"] {
            assert_eq!(abbreviation_kind(word), Some(Abbreviation::Title), "{word}");
        }
    }

    #[test]
    fn months_and_document_parts_lead_into_numbers() {
        for word in ["Jan", "Sept", "No", "Art", "para", "p", "pp", "vol", "Sec"] {
            assert_eq!(
                abbreviation_kind(word),
                Some(Abbreviation::BeforeNumber),
                "{word}"
            );
        }
    }

    #[test]
    fn company_and_list_endings_may_close_a_sentence() {
        for word in ["etc", "Inc", "Ltd", "Co", "Jr"] {
            assert_eq!(
                abbreviation_kind(word),
                Some(Abbreviation::SentenceFinal),
                "{word}"
            );
        }
    }

    #[test]
    fn ordinary_words_are_not_abbreviations() {
        assert_eq!(abbreviation_kind("Azerbaijan"), None);
        assert_eq!(abbreviation_kind("said"), None);
    }

    #[test]
    fn openers_must_be_capitalised_and_ignore_elisions() {
        assert!(is_sentence_opener("The"));
        assert!(is_sentence_opener("However"));
        assert!(is_sentence_opener("It’s"));
        assert!(!is_sentence_opener("the"));
        assert!(!is_sentence_opener("Department"));
    }

    #[test]
    fn place_and_time_initialisms_close_their_phrase() {
        assert!(is_phrase_final_initialism("D.C."));
        assert!(is_phrase_final_initialism("p.m."));
        assert!(!is_phrase_final_initialism("U.S."));
        assert!(continues_time_of_day("Eastern"));
        assert!(continues_time_of_day("Monday"));
        assert!(!continues_time_of_day("Secretary"));
    }

    #[test]
    fn roman_numerals_number_sections() {
        assert!(is_roman_numeral("IV"));
        assert!(is_roman_numeral("xii"));
        assert!(!is_roman_numeral("Ivan"));
        assert!(!is_roman_numeral(""));
    }
}
