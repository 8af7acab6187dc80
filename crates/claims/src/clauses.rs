//! Clauses of compound sentences (relative clauses stay with the clause they qualify): a statement's long sentences often join a checkable clause to
//! an opinion (`the US did not respond to our letter, but welcomes separatists`); the claim's span
//! is the clause a fact-checker should look at.

use std::ops::Range;

use rhetor_schema::{Token, TokenKind};

/// Words that, after a comma or semicolon, open a new clause.
const CLAUSE_OPENERS: &[&str] = &["but", "while", "whereas", "although", "though", "yet", "and"];

/// A sentence shorter than this many words is scored whole: it is rarely compound, and scoring
/// its pieces would double the work of the most common sentences.
const SHORTEST_COMPOUND_SENTENCE_WORDS: usize = 20;

/// A clause shorter than this many words is not a claim of its own.
const SHORTEST_CLAUSE_WORDS: usize = 6;

/// The byte ranges of the clauses of a sentence (tokens `tokens`) of at least
/// [`SHORTEST_COMPOUND_SENTENCE_WORDS`] words: pieces between a `;`, or a comma followed by a clause
/// opener. Only pieces of at least [`SHORTEST_CLAUSE_WORDS`] words are returned; a sentence with no
/// such split gives nothing.
pub(crate) fn clauses(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    if tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word)
        .count()
        < SHORTEST_COMPOUND_SENTENCE_WORDS
    {
        return Vec::new();
    }
    let mut boundaries = vec![0];
    for (position, token) in tokens.iter().enumerate() {
        let token_text = &text[token.start..token.end];
        let next_word = tokens
            .get(position + 1)
            .map(|next| text[next.start..next.end].to_ascii_lowercase());
        let splits = token_text == ";"
            || (token_text == ","
                && next_word
                    .as_deref()
                    .is_some_and(|word| CLAUSE_OPENERS.contains(&word)));
        if splits {
            boundaries.push(position + 1);
        }
    }
    if boundaries.len() < 2 {
        return Vec::new();
    }
    boundaries.push(tokens.len());
    boundaries
        .windows(2)
        .filter_map(|window| {
            let piece = &tokens[window[0]..window[1]];
            // Trim the separating punctuation at either end.
            let first = piece
                .iter()
                .position(|token| token.kind != TokenKind::Punctuation)?;
            let last = piece
                .iter()
                .rposition(|token| token.kind != TokenKind::Punctuation)?;
            let words = piece[first..=last]
                .iter()
                .filter(|token| token.kind == TokenKind::Word)
                .count();
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
    fn simple_or_short_sentences_have_no_clauses_and_short_pieces_are_dropped() {
        assert!(clause_texts("The army shelled fourteen villages in March.").is_empty());
        assert!(clause_texts("Prices rose by a third in one year; sadly, yes.").is_empty());
        assert_eq!(
            clause_texts("Prices of bread, rice and fuel rose by a third in one single year across the whole northern region; sadly, yes."),
            ["Prices of bread, rice and fuel rose by a third in one single year across the whole northern region"]
        );
    }
}
