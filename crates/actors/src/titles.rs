//! Titles and honorifics that precede a person's name and belong to the person's mention
//! (`Secretary of State Antony Blinken`, `Mr. Lavrov`, `President Aliyev`).

/// Words that make up titles, compared ignoring ASCII case (`foreign minister Lavrov`).
const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "vice-president",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "secretary-general",
    "state",
    "deputy",
    "chancellor",
    "king",
    "queen",
    "crown",
    "prince",
    "emir",
    "sheikh",
    "sultan",
    "supreme",
    "leader",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "general",
    "gen.",
    "ambassador",
    "senator",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "press",
    "director-general",
    "high",
    "representative",
    "commissioner",
    "premier",
    "defence",
    "defense",
    "interior",
    "affairs",
    "chairman",
    "acting",
];

/// Words that are title words only when capitalised: as common words (`under`, `special`,
/// `senior official`) they must not pull a preposition or an adjective into a person's mention,
/// but `Under Secretary Zeya`, `Senior Bureau Official Moy` and Kenya's `Cabinet Secretary
/// Omamo` are titles.
const CAPITALISED_TITLE_WORDS: &[&str] = &[
    "FM",
    "Cabinet",
    "Under",
    "Assistant",
    "Special",
    "Senior",
    "Envoy",
    "Bureau",
    "Official",
    "Principal",
    "Chief",
    "Counselor",
    "Counsellor",
    "Coordinator",
    "Administrator",
    "Ambassador-at-Large",
    "Chargé",
    "Charge",
    "d'Affaires",
    "d’Affaires",
];

/// Words that may join title words inside a title (`Secretary of State`).
const TITLE_CONNECTORS: [&str; 3] = ["of", "for", "the"];

/// Whether `word` is a word of a title.
pub(crate) fn is_title_word(word: &str) -> bool {
    word.len() <= 19
        && (TITLE_WORDS.iter().any(|title| title.eq_ignore_ascii_case(word))
            || CAPITALISED_TITLE_WORDS.contains(&word))
}

/// Titles that open a person's title (`President`, `Prime Minister`, `King`, `Mr.`): an
/// organisation's name does not run on through one that a person's name follows (`the Government
/// of President Alfredo Cristiani`), though it may end in the office itself (`the Office of the
/// President`).
const PERSONAL_TITLES: &[&str] = &[
    "President",
    "Prime",
    "King",
    "Queen",
    "Emir",
    "Sultan",
    "Sheikh",
    "Chancellor",
    "Premier",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "General",
];

/// Whether `word` opens a person's title (see [`PERSONAL_TITLES`]).
pub(crate) fn is_personal_title(word: &str) -> bool {
    PERSONAL_TITLES.contains(&word)
}

/// Whether `word` may join two title words.
pub(crate) fn is_title_connector(word: &str) -> bool {
    TITLE_CONNECTORS.contains(&word)
}

/// The index of the first token of the title that ends just before `name_start`, if any;
/// `words[i]` is the text of token `i`, and the title may not reach before `floor`.
pub(crate) fn title_start(words: &[&str], floor: usize, name_start: usize) -> Option<usize> {
    let mut first = None;
    let mut index = name_start;
    while index > floor {
        let word = words[index - 1];
        // `Mr. Lavrov`: the segmenter may split the abbreviation's period off.
        let abbreviation_period = word == "." && index >= floor + 2 && is_title_word(words[index - 2]);
        if abbreviation_period {
            index -= 1;
            continue;
        }
        if is_title_word(word) {
            first = Some(index - 1);
        } else if !(is_title_connector(word) && first.is_some()) {
            break;
        }
        index -= 1;
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_run_over_connectors_but_do_not_start_with_them() {
        let words = ["the", "US", "Secretary", "of", "State", "Antony", "Blinken"];
        assert_eq!(title_start(&words, 0, 5), Some(2));
        let words = ["met", "Mr.", "Lavrov"];
        assert_eq!(title_start(&words, 0, 2), Some(1));
        let words = ["of", "Lavrov"];
        assert_eq!(title_start(&words, 0, 1), None);
    }

    #[test]
    fn common_words_are_title_words_only_when_capitalised() {
        let words = ["Under", "Secretary", "Zeya"];
        assert_eq!(title_start(&words, 0, 2), Some(0));
        let words = ["measures", "under", "President", "Biden"];
        assert_eq!(title_start(&words, 0, 3), Some(2));
        let words = ["Chargé", "d’Affaires", "Kvien"];
        assert_eq!(title_start(&words, 0, 2), Some(0));
    }
}
