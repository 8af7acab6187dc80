//! Clauses of long sentences: a statement's long sentences often join a checkable clause to an
//! opinion (`the US did not respond to our letter, but welcomes separatists`) or list several
//! demands and accusations (`should join the conventions, end the use of excessive force by
//! police, which has been documented in numerous reports, address ...`); the claim's span is the
//! clause a fact-checker should look at.
//!
//! A long sentence is cut at every semicolon and comma; a piece too short to be a claim, or one
//! that opens with a relative word (`which has been documented ...`), stays with the piece before
//! it, so that relative clauses stay with what they qualify.

use std::ops::Range;

use rhetor_schema::{Token, TokenKind};

/// Words that open a relative clause: a piece opening with one qualifies the piece before it.
const RELATIVE_WORDS: &[&str] = &["which", "who", "whom", "whose", "that", "where"];

/// A sentence shorter than this many words is scored whole: it is rarely compound, and scoring
/// its pieces would double the work of the most common sentences.
const SHORTEST_COMPOUND_SENTENCE_WORDS: usize = 20;

/// A clause shorter than this many words is not a claim of its own.
const SHORTEST_CLAUSE_WORDS: usize = 6;

/// The byte ranges of the clauses of a sentence (tokens `tokens`) of at least
/// [`SHORTEST_COMPOUND_SENTENCE_WORDS`] words: pieces between semicolons and commas, a piece of
/// fewer than [`SHORTEST_CLAUSE_WORDS`] words or opening with a relative word joined to the piece
/// before it (and a short first piece to the one after it). A sentence that stays in one piece
/// gives nothing.
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
    // Clauses as token ranges, with their word counts.
    let mut clauses: Vec<(Range<usize>, usize)> = Vec::new();
    for piece in pieces {
        let piece_tokens = &tokens[piece.clone()];
        let words = piece_tokens.iter().filter(is_word).count();
        let opens_with_relative_word = piece_tokens.iter().find(is_word).is_some_and(|first| {
            let first_word = &text[first.start..first.end];
            RELATIVE_WORDS
                .iter()
                .any(|relative| first_word.eq_ignore_ascii_case(relative))
        });
        match clauses.last_mut() {
            Some((previous, previous_words))
                if words < SHORTEST_CLAUSE_WORDS
                    || opens_with_relative_word
                    || *previous_words < SHORTEST_CLAUSE_WORDS =>
            {
                previous.end = piece.end;
                *previous_words += words;
            }
            _ => clauses.push((piece, words)),
        }
    }
    if clauses.len() < 2 {
        return Vec::new();
    }
    clauses
        .into_iter()
        .filter_map(|(clause, _)| {
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
}
