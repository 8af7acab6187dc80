//! Anaphora: the words that refer back to an actor or to the speaker. Resolution is conservative
//! and lives in the resolver; this module says which words are candidates.

use rhetor_segment::has_regular_finite_verb_ending;

/// Whether `word` is a first-person pronoun standing for the speaker: `we`, `our`, `us`, and the
/// `I`, `my`, `me` of the official who speaks for it, with their contractions (`we’ve`, `I’ll`).
/// `US` (the country) is not `us`: only lower case and capitalised forms count.
pub(crate) fn is_first_person(word: &str) -> bool {
    let pronoun = word.split(['\'', '’']).next().unwrap_or(word);
    let is_contraction = pronoun.len() < word.len();
    match pronoun {
        "we" | "We" | "I" => true,
        "our" | "us" | "ours" | "ourselves" | "Our" | "Us" | "Ours" | "Ourselves" | "my" | "My" | "me"
        | "myself" => !is_contraction,
        _ => false,
    }
}

/// Whether `word` is a first-person possessive determiner (`our`, `my`).
pub(crate) fn is_first_person_possessive(word: &str) -> bool {
    matches!(word, "our" | "Our" | "my" | "My")
}

/// Whether `word` is a singular personal pronoun that may stand for a person named before
/// (`he`, `she`, and their object and possessive forms).
pub(crate) fn is_personal_pronoun(word: &str) -> bool {
    matches!(
        word,
        "he" | "He" | "she" | "She" | "him" | "Him" | "his" | "His" | "her" | "Her"
    )
}

/// Whether `word` is the plural subject pronoun `they`, which may stand for the subject of the
/// sentence before (`Secretary Blinken and Foreign Minister Son met ... They discussed`).
pub(crate) fn is_plural_subject_pronoun(word: &str) -> bool {
    matches!(word, "they" | "They")
}

/// Whether `word` is an adverb or quantifier that may stand between a subject and its verb
/// (`Blinken strongly condemned`, `they also discussed`, `they both agreed`).
pub(crate) fn may_stand_before_verb(word: &str) -> bool {
    matches!(
        word,
        "also" | "both" | "all" | "then" | "further" | "again" | "together"
    ) || (word.len() > 4 && word.ends_with("ly") && word.bytes().all(|byte| byte.is_ascii_lowercase()))
}

/// Whether `word` is a singular neuter pronoun that may stand for a country or organisation.
pub(crate) fn is_it_pronoun(word: &str) -> bool {
    matches!(word, "it" | "its" | "itself" | "It" | "Its")
}

/// Whether `word` can introduce `country` as a reference back (`this country`, `the country`).
pub(crate) fn is_country_determiner(word: &str) -> bool {
    matches!(word, "this" | "the" | "that" | "This" | "The" | "That")
}

/// Whether `word` looks like the finite verb after a subject (`the United States should`,
/// `Armenia continues`, `Russia attacked`), for the subject country of a sentence.
pub(crate) fn is_verb_like(word: &str) -> bool {
    const AUXILIARIES: [&str; 20] = [
        "should",
        "must",
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "did",
        "does",
        "do",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "are",
        "were",
        "continues",
    ];
    /// Irregular past tenses of the verbs that statements and readouts report most: the regular
    /// `-ed` rule below does not see them (`Blinken met with`, `the Secretary spoke with`).
    const IRREGULAR_PASTS: [&str; 16] = [
        "met", "spoke", "held", "took", "made", "gave", "sent", "told", "said", "led", "sought", "struck",
        "fought", "paid", "shot", "brought",
    ];
    AUXILIARIES.contains(&word) || IRREGULAR_PASTS.contains(&word) || has_regular_finite_verb_ending(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_us_is_not_a_pronoun() {
        assert!(is_first_person("us"));
        assert!(is_first_person("We"));
        assert!(is_first_person("We’ve"));
        assert!(is_first_person("I'll"));
        assert!(is_first_person("my"));
        assert!(!is_first_person("us's"));
        assert!(!is_first_person("US"));
        assert!(!is_first_person("U.S."));
    }

    #[test]
    fn verbs_after_subjects() {
        assert!(is_verb_like("should"));
        assert!(is_verb_like("condemns"));
        assert!(is_verb_like("attacked"));
        assert!(!is_verb_like("the"));
        assert!(!is_verb_like("process"));
        assert!(is_verb_like("met"));
        assert!(!is_verb_like("meet"));
    }

    #[test]
    fn words_between_a_subject_and_its_verb() {
        assert!(may_stand_before_verb("strongly"));
        assert!(may_stand_before_verb("also"));
        assert!(!may_stand_before_verb("only"));
        assert!(!may_stand_before_verb("Italy"));
        assert!(is_plural_subject_pronoun("They"));
        assert!(!is_plural_subject_pronoun("their"));
    }
}
