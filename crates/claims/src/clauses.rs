//! Clauses of long sentences: a statement's long sentences often join a checkable clause to an
//! opinion (`the US did not respond to our letter, but welcomes separatists`) or list several
//! demands and accusations (`should join the conventions, end the use of excessive force by
//! police, which has been documented in numerous reports, address ...`); the claim's span is the
//! clause a fact-checker should look at.
//!
//! A long sentence is cut at every semicolon and comma; a piece too short to be a claim, or one
//! that opens with a relative word (`which has been documented ...`), stays with the piece before
//! it, so that relative clauses stay with what they qualify. A piece that opens with a preposition
//! (after any `and`, `but`, `not`: `not with hundreds of thousands of displaced persons`, `as well
//! as practices such as racial profiling`) has no verb of its own, nor has a piece that opens with
//! a determiner and shows no verb (`the highest rise in thirty years`, `its policy of ethnic
//! cleansing`): such a fragment continues the piece before it, or, opening the sentence
//! (`Instead of using ...`), the pieces after it up to one with a verb, so that a clause is not a
//! fragment without a subject and a verb. Without a part-of-speech tagger a verb is seen by an
//! auxiliary, a modal, a word ending in `-ed` or `n't`; a clause with only a present-tense verb
//! (`the minister welcomes`) stays with its neighbour, which errs toward the longer span.

use std::ops::Range;

use rhetor_schema::{Token, TokenKind};

/// Words that open a relative clause: a piece opening with one qualifies the piece before it.
const RELATIVE_WORDS: &[&str] = &["which", "who", "whom", "whose", "that", "where"];

/// Words that may precede the preposition of a prepositional fragment (`but with`, `and not in`).
const FRAGMENT_LEADING_WORDS: &[&str] = &["and", "but", "or", "nor", "not", "yet", "then", "also"];

/// Prepositions (and the first words of prepositional phrases such as `instead of`, `as well as`,
/// `such as`, `along with`): a piece opening with one is a fragment, not a clause.
const PREPOSITIONS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "after",
    "against",
    "along",
    "amid",
    "amidst",
    "among",
    "amongst",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "concerning",
    "despite",
    "during",
    "except",
    "for",
    "from",
    "in",
    "including",
    "inside",
    "instead",
    "into",
    "like",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "outside",
    "over",
    "regarding",
    "since",
    "such",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "unlike",
    "until",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

/// Determiners: a piece opening with one and showing no verb is a noun phrase (an apposition or
/// an item of a list), not a clause.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "another",
];

/// Auxiliaries and modals: a piece with one of them has a verb.
const AUXILIARIES: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

/// A sentence shorter than this many words is scored whole: it is rarely compound, and scoring
/// its pieces would double the work of the most common sentences.
const SHORTEST_COMPOUND_SENTENCE_WORDS: usize = 20;

/// A clause shorter than this many words is not a claim of its own.
const SHORTEST_CLAUSE_WORDS: usize = 6;

/// The byte ranges of the clauses of a sentence (tokens `tokens`) of at least
/// [`SHORTEST_COMPOUND_SENTENCE_WORDS`] words: pieces between semicolons and commas, a piece of
/// fewer than [`SHORTEST_CLAUSE_WORDS`] words or opening with a relative word joined to the piece
/// before it (and a short first piece to the one after it), and a fragment (a piece opening with a
/// preposition, or with a determiner and showing no verb) joined to the piece before it (when it
/// opens the sentence, to the pieces after it up to one showing a verb). A sentence that
/// stays in one piece gives nothing.
pub(crate) fn clauses(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let is_word = |token: &&Token| token.kind == TokenKind::Word;
    if tokens.iter().filter(is_word).count() < SHORTEST_COMPOUND_SENTENCE_WORDS {
        return Vec::new();
    }
    // Pieces as token ranges, without the separating punctuation.
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (position, token) in tokens.iter().enumerate() {
        let token_text = &text[token.start..token.end];
        if token_text == ";" || token_text == "," {
            pieces.push(start..position);
            start = position + 1;
        }
    }
    pieces.push(start..tokens.len());
    if pieces.len() < 2 {
        return Vec::new();
    }
    // Clauses as token ranges, with their word counts and whether they are still a fragment that
    // the next piece completes (a fragment opening the sentence).
    let mut clauses: Vec<(Range<usize>, usize, bool)> = Vec::new();
    for piece in pieces {
        let piece_tokens = &tokens[piece.clone()];
        let piece_words: Vec<&str> = piece_tokens
            .iter()
            .filter(is_word)
            .map(|token| &text[token.start..token.end])
            .collect();
        let words = piece_words.len();
        let opens_with_relative_word = piece_words
            .first()
            .is_some_and(|first| is_one_of(first, RELATIVE_WORDS));
        let head_word = piece_words
            .iter()
            .find(|word| !is_one_of(word, FRAGMENT_LEADING_WORDS));
        let shows_a_verb = piece_words.iter().any(|word| {
            is_one_of(word, AUXILIARIES)
                || (word.len() > 3 && ends_with_ignoring_case(word, "ed"))
                || ends_with_ignoring_case(word, "n't")
        });
        let is_fragment = head_word.is_some_and(|head| {
            is_one_of(head, PREPOSITIONS) || (is_one_of(head, DETERMINERS) && !shows_a_verb)
        });
        match clauses.last_mut() {
            Some((previous, previous_words, previous_is_fragment))
                if words < SHORTEST_CLAUSE_WORDS
                    || opens_with_relative_word
                    || is_fragment
                    || *previous_words < SHORTEST_CLAUSE_WORDS
                    || *previous_is_fragment =>
            {
                previous.end = piece.end;
                *previous_words += words;
                // An opening fragment is complete once a piece with a verb joins it.
                *previous_is_fragment = *previous_is_fragment && (is_fragment || !shows_a_verb);
            }
            Some(_) => clauses.push((piece, words, false)),
            None => clauses.push((piece, words, is_fragment)),
        }
    }
    if clauses.len() < 2 {
        return Vec::new();
    }
    clauses
        .into_iter()
        .filter_map(|(clause, _, _)| {
            let piece = &tokens[clause];
            // Trim punctuation at either end.
            let first = piece
                .iter()
                .position(|token| token.kind != TokenKind::Punctuation)?;
            let last = piece
                .iter()
                .rposition(|token| token.kind != TokenKind::Punctuation)?;
            let words = piece[first..=last].iter().filter(is_word).count();
            (words >= SHORTEST_CLAUSE_WORDS).then(|| piece[first].start..piece[last].end)
        })
        .collect()
}

/// Whether `word` is one of `words` (lowercase), in any case.
fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|listed| word.eq_ignore_ascii_case(listed))
}

/// Whether `word` ends with `suffix` (lowercase), in any case.
fn ends_with_ignoring_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word
            .get(word.len() - suffix.len()..)
            .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause_texts(sentence: &str) -> Vec<&str> {
        let tokens = rhetor_segment::tokenize(sentence);
        clauses(sentence, &tokens)
            .into_iter()
            .map(|range| &sentence[range])
            .collect()
    }

    #[test]
    fn a_comma_and_but_split_a_compound_sentence() {
        assert_eq!(
            clause_texts(
                "The ministry did not answer the letter sent by the association last spring, \
                 but it hosted the separatist leaders twice in the capital."
            ),
            [
                "The ministry did not answer the letter sent by the association last spring",
                "but it hosted the separatist leaders twice in the capital"
            ]
        );
    }

    #[test]
    fn simple_or_short_sentences_have_no_clauses_and_short_pieces_stay_with_the_one_before() {
        assert!(clause_texts("The army shelled fourteen villages in March.").is_empty());
        assert!(clause_texts("Prices rose by a third in one year; sadly, yes.").is_empty());
        assert!(clause_texts(
            "Prices of bread, rice and fuel rose by a third in one single year across the whole northern region; sadly, yes."
        )
        .is_empty());
    }

    #[test]
    fn a_list_of_demands_is_cut_and_a_relative_clause_stays_with_its_clause() {
        assert_eq!(
            clause_texts(
                "The government should ratify the convention against torture, end the use of \
                 excessive force by police, which has been documented in numerous reports, and \
                 address the problem of gun violence in the cities."
            ),
            [
                "The government should ratify the convention against torture",
                "end the use of excessive force by police, which has been documented in numerous reports",
                "and address the problem of gun violence in the cities"
            ]
        );
    }

    #[test]
    fn fragments_join_their_clause_and_an_opening_one_the_clause_after_it() {
        assert_eq!(
            clause_texts(
                "The government raised the price of bread by 40 percent in April, the highest \
                 rise in thirty years, and the army shelled fourteen villages in the north."
            ),
            [
                "The government raised the price of bread by 40 percent in April, the highest rise in thirty years",
                "and the army shelled fourteen villages in the north"
            ]
        );
        // Without the rule, the pieces opening with `not with` and `but with` would be clauses.
        assert!(clause_texts(
            "Officials did not side with the victims of the flood, not with hundreds of \
             thousands of displaced persons, but with the company that built the dam, whose \
             owners never answered the questions of the inquiry."
        )
        .is_empty());
        assert_eq!(
            clause_texts(
                "Instead of using the courts, the press and the police as weapons, the \
                 government should join the most important human rights conventions, end the \
                 use of excessive force by police, as well as practices such as racial profiling."
            ),
            [
                // The opening phrase and the list that completes it stay with the main clause.
                "Instead of using the courts, the press and the police as weapons, the government \
                 should join the most important human rights conventions",
                "end the use of excessive force by police, as well as practices such as racial profiling"
            ]
        );
    }
}
