//! The tokenizer: words, numbers, punctuation marks and symbols, as byte ranges.
//!
//! Tokens are everything that is not blank (see [`crate::characters::is_blank`]):
//!
//! * A **word** starts with a letter and runs over letters, digits and combining marks, with inner
//!   apostrophes (`don't`, `Armenia’s`), inner hyphens (`far-fetched`), inner periods
//!   (`state.gov`) and, for initialisms such as `U.S.` or `e.g.`, the final period as well.
//! * A **number** starts with a digit and holds only digits and inner separators: `3.5`, `1,000`,
//!   `10:30`, `2021-05-20`. A token that starts with a digit but holds letters (`5G`, `19th`) is
//!   a word.
//! * A **punctuation** token is one mark: each quotation mark, bracket, comma and period is its own
//!   token, except that a run of periods (`...`) is one token.
//! * A **symbol** is any other character (currency, emoji), together with the variation selectors,
//!   skin tones and zero-width-joined characters that make up one emoji.
//!
//! The scan is a single pass over the bytes that decodes a character only at non-ASCII bytes and
//! never allocates apart from pushing tokens.

use std::ops::Range;

use rhetor_schema::{Token, TokenKind};

use crate::characters::{
    character_at, character_before, is_ascii_punctuation, is_blank, is_blank_ascii, is_non_ascii_punctuation,
    is_word_character, is_word_mark,
};

/// The zero-width joiner, which glues the parts of an emoji sequence together.
const ZERO_WIDTH_JOINER: char = '\u{200D}';

/// Splits the whole of `text` into tokens.
///
/// Tokens never contain blank characters, so tokenizing the whole text gives the same tokens as
/// tokenizing it paragraph by paragraph, as [`crate::segment`] does.
///
/// # Examples
///
/// ```
/// let text = "U.S. aid rose 3.5%.";
/// let words: Vec<&str> = rhetor_segment::tokenize(text).iter().map(|token| &text[token.start..token.end]).collect();
/// assert_eq!(words, ["U.S.", "aid", "rose", "3.5", "%", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokenize_range(text, 0..text.len(), &mut tokens);
    tokens
}

/// Appends the tokens of `text[range]` to `tokens`; `range` must lie on character boundaries.
pub(crate) fn tokenize_range(text: &str, range: Range<usize>, tokens: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let end = range.end.min(text.len());
    let mut position = range.start;
    while position < end {
        let byte = bytes[position];
        if byte < 0x80 {
            if is_blank_ascii(byte) {
                position += 1;
            } else if byte.is_ascii_alphanumeric() {
                position = push_word_or_number(text, position, end, tokens);
            } else if byte == b'.' {
                let run_end = position
                    + bytes[position..end]
                        .iter()
                        .take_while(|&&next| next == b'.')
                        .count();
                tokens.push(Token {
                    start: position,
                    end: run_end,
                    kind: TokenKind::Punctuation,
                });
                position = run_end;
            } else {
                let kind = if is_ascii_punctuation(byte) {
                    TokenKind::Punctuation
                } else {
                    TokenKind::Symbol
                };
                tokens.push(Token {
                    start: position,
                    end: position + 1,
                    kind,
                });
                position += 1;
            }
            continue;
        }
        let Some(character) = character_at(text, position) else {
            break;
        };
        if is_blank(character) {
            position += character.len_utf8();
        } else if is_word_character(character) {
            position = push_word_or_number(text, position, end, tokens);
        } else if is_non_ascii_punctuation(character) {
            let token_end = position + character.len_utf8();
            tokens.push(Token {
                start: position,
                end: token_end,
                kind: TokenKind::Punctuation,
            });
            position = token_end;
        } else {
            let token_end = symbol_end(text, position + character.len_utf8(), end);
            tokens.push(Token {
                start: position,
                end: token_end,
                kind: TokenKind::Symbol,
            });
            position = token_end;
        }
    }
}

/// Scans the word or number that starts at `start`, pushes it and returns where it ends.
fn push_word_or_number(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let starts_with_digit = character_at(text, start).is_some_and(|character| character.is_numeric());
    let mut only_digits = true;
    let mut position = start;
    loop {
        // Run over letters, digits and marks.
        while position < end {
            let byte = bytes[position];
            if byte < 0x80 {
                if !byte.is_ascii_alphanumeric() {
                    break;
                }
                only_digits &= byte.is_ascii_digit();
                position += 1;
            } else {
                match character_at(text, position) {
                    Some(character) if is_word_character(character) => {
                        only_digits &= character.is_numeric();
                        position += character.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        // Most words end at a space or a comma, which cannot join anything: only look closer at the
        // few characters that can.
        if position >= end || !may_join(bytes[position]) {
            break;
        }
        match connector_length(text, start, position, end) {
            Some(length) => position += length,
            None => break,
        }
    }
    let kind = if starts_with_digit && only_digits {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    tokens.push(Token {
        start,
        end: position,
        kind,
    });
    position
}

/// Whether the byte that ends a run of word characters may start a connector: an apostrophe, a
/// hyphen, a period, a comma, a colon, or a non-ASCII character (the curly apostrophe, the Unicode
/// hyphens).
fn may_join(byte: u8) -> bool {
    matches!(byte, b'\'' | b'-' | b'.' | b',' | b':') || byte >= 0x80
}

/// When the character at `position` joins the word that started at `word_start` to what follows,
/// the number of bytes to consume: the connector, and for an initialism's final period, the period
/// alone. `None` when the word ends at `position`.
fn connector_length(text: &str, word_start: usize, position: usize, end: usize) -> Option<usize> {
    let connector = character_at(text, position)?;
    let after = position + connector.len_utf8();
    let before = character_before(text, position)?;
    let next = if after < end {
        character_at(text, after)
    } else {
        None
    };
    let next_is_word = next.is_some_and(is_word_character);
    let joins = match connector {
        '\'' | '\u{2019}' => before.is_alphabetic() && next.is_some_and(char::is_alphabetic),
        '-' | '\u{2010}' | '\u{2011}' => is_word_character(before) && next_is_word,
        ',' | ':' => before.is_numeric() && next.is_some_and(char::is_numeric),
        '.' if next_is_word => is_word_character(before),
        // A period that does not join two word characters ends the word, unless the word is an
        // initialism: then the period is part of it (`U.S.`), and a hyphen may continue it
        // (`U.S.-led`).
        '.' if is_initialism(last_hyphenated_part(&text[word_start..position])) => {
            let continues_with_hyphen = next == Some('-')
                && character_at(text, after + 1).is_some_and(is_word_character)
                && after + 1 < end;
            return Some(if continues_with_hyphen { 2 } else { 1 });
        }
        _ => false,
    };
    joins.then_some(connector.len_utf8())
}

/// The part of `word` after its last hyphen, so that `Mekong-U.S` is seen to end in an initialism.
fn last_hyphenated_part(word: &str) -> &str {
    word.rsplit(['-', '\u{2010}', '\u{2011}']).next().unwrap_or(word)
}

/// Whether `word` is the body of an initialism without its final period: two or more single
/// letters separated by periods (`U.S`, `e.g`, `a.m`, `U.S.A`).
pub(crate) fn is_initialism(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut characters = part.chars();
        match (characters.next(), characters.next()) {
            (Some(letter), None) if letter.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= 2
}

/// Where the symbol whose first character ends at `position` ends: after the variation selectors,
/// skin-tone modifiers, combining marks, regional-indicator partner and zero-width-joined
/// characters that make one emoji out of several code points.
fn symbol_end(text: &str, mut position: usize, end: usize) -> usize {
    let starts_flag = character_before(text, position).is_some_and(is_regional_indicator);
    let mut flag_letters = 1;
    while position < end {
        let Some(character) = character_at(text, position) else {
            break;
        };
        let extends = is_word_mark(character)
            || ('\u{1F3FB}'..='\u{1F3FF}').contains(&character)
            || ('\u{E0020}'..='\u{E007F}').contains(&character)
            || (starts_flag && flag_letters == 1 && is_regional_indicator(character));
        if !extends {
            break;
        }
        if is_regional_indicator(character) {
            flag_letters += 1;
        }
        position += character.len_utf8();
        if character == ZERO_WIDTH_JOINER && position < end {
            match character_at(text, position) {
                Some(joined) if !is_blank(joined) => position += joined.len_utf8(),
                _ => {}
            }
        }
    }
    position
}

/// Whether `character` is one of the regional-indicator letters that spell flags in pairs.
fn is_regional_indicator(character: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&character)
}

/// Appends `word.to_lowercase()` to `buffer`: how the learned analysers read a word. ASCII
/// words, nearly all of them, are lowercased byte by byte in place.
pub fn push_lowercase(buffer: &mut String, word: &str) {
    if word.is_ascii() {
        let start = buffer.len();
        buffer.push_str(word);
        buffer[start..].make_ascii_lowercase();
    } else {
        // `str::to_lowercase` knows the context rules (a final sigma) that `char` does not.
        buffer.push_str(&word.to_lowercase());
    }
}

/// Whether a lower-case word has the regular ending of a finite verb after its subject: a past
/// in `-ed` or a third person in `-s` (`condemned`, `condemns`; not `process`), longer than three
/// letters. The actor resolver (the subject of a later `it` or `he`) and the event coder (a
/// sentence's opening subject) read verbs by this one rule.
pub fn has_regular_finite_verb_ending(word: &str) -> bool {
    word.len() > 3
        && word.bytes().all(|byte| byte.is_ascii_lowercase())
        && (word.ends_with("ed") || (word.ends_with('s') && !word.ends_with("ss")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_finite_verb_endings() {
        assert!(has_regular_finite_verb_ending("condemned"));
        assert!(has_regular_finite_verb_ending("urges"));
        assert!(!has_regular_finite_verb_ending("process"));
        assert!(!has_regular_finite_verb_ending("has"));
        assert!(!has_regular_finite_verb_ending("Condemned"));
        assert!(!has_regular_finite_verb_ending("support"));
    }

    fn tokens_of(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|token| (&text[token.start..token.end], token.kind))
            .collect()
    }

    fn texts_of(text: &str) -> Vec<&str> {
        tokens_of(text).into_iter().map(|(token, _)| token).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            texts_of("Armenia’s far-fetched claims don't hold."),
            ["Armenia’s", "far-fetched", "claims", "don't", "hold", "."]
        );
    }

    #[test]
    fn trailing_and_leading_apostrophes_are_separate_marks() {
        assert_eq!(
            texts_of("the students' union in the '90s"),
            ["the", "students", "'", "union", "in", "the", "'", "90s"]
        );
    }

    #[test]
    fn initialisms_keep_their_periods() {
        assert_eq!(
            texts_of("the U.S. and the U.N., e.g. at 9 a.m."),
            ["the", "U.S.", "and", "the", "U.N.", ",", "e.g.", "at", "9", "a.m."]
        );
    }

    #[test]
    fn initialisms_continue_over_a_hyphen() {
        assert_eq!(
            texts_of("the U.S.-led coalition"),
            ["the", "U.S.-led", "coalition"]
        );
    }

    #[test]
    fn initialisms_after_a_hyphen_keep_their_period() {
        assert_eq!(
            texts_of("the Mekong-U.S. Partnership"),
            ["the", "Mekong-U.S.", "Partnership"]
        );
    }

    #[test]
    fn an_abbreviation_that_is_not_an_initialism_leaves_its_period_alone() {
        assert_eq!(texts_of("Mr. Blinken"), ["Mr", ".", "Blinken"]);
    }

    #[test]
    fn numbers_keep_inner_separators() {
        let tokens = tokens_of("3.5 1,000.50 10:30 2021-05-20 5G 2020.");
        assert_eq!(
            tokens,
            [
                ("3.5", TokenKind::Number),
                ("1,000.50", TokenKind::Number),
                ("10:30", TokenKind::Number),
                ("2021-05-20", TokenKind::Number),
                ("5G", TokenKind::Word),
                ("2020", TokenKind::Number),
                (".", TokenKind::Punctuation),
            ]
        );
    }

    #[test]
    fn commas_between_words_are_separate() {
        assert_eq!(texts_of("peace,stability"), ["peace", ",", "stability"]);
    }

    #[test]
    fn every_quote_and_bracket_is_its_own_token() {
        assert_eq!(
            texts_of("(“independent”) \"NGOs\""),
            ["(", "“", "independent", "”", ")", "\"", "NGOs", "\""]
        );
    }

    #[test]
    fn a_run_of_periods_is_one_token_and_the_ellipsis_character_too() {
        assert_eq!(texts_of("Well... then… no"), ["Well", "...", "then", "…", "no"]);
    }

    #[test]
    fn symbols_and_emoji_are_symbols() {
        let tokens = tokens_of("$5 €3 🙂 👍🏽 👨‍👩‍👧 🇦🇿");
        assert_eq!(
            tokens,
            [
                ("$", TokenKind::Symbol),
                ("5", TokenKind::Number),
                ("€", TokenKind::Symbol),
                ("3", TokenKind::Number),
                ("🙂", TokenKind::Symbol),
                ("👍🏽", TokenKind::Symbol),
                ("👨‍👩‍👧", TokenKind::Symbol),
                ("🇦🇿", TokenKind::Symbol),
            ]
        );
    }

    #[test]
    fn non_latin_words_and_combining_marks_stay_whole() {
        assert_eq!(
            texts_of("Ərazi Ереван café हिन्दी"),
            ["Ərazi", "Ереван", "café", "हिन्दी"]
        );
    }

    #[test]
    fn invisible_marks_and_control_characters_separate_tokens() {
        assert_eq!(
            texts_of("\u{FEFF}peace\u{200B}now\u{0}talks"),
            ["peace", "now", "talks"]
        );
    }

    #[test]
    fn single_letters_with_periods_are_initialisms_only_in_pairs() {
        assert!(is_initialism("U.S"));
        assert!(is_initialism("e.g"));
        assert!(!is_initialism("F"));
        assert!(!is_initialism("Ph.D"));
        assert!(!is_initialism("state.gov"));
    }
}
