//! Character classes that every stage agrees on: what is blank, what belongs to a word, what is punctuation.
//!
//! Every stage scans bytes and only decodes a character when it meets a non-ASCII byte, so each
//! class has an ASCII fast path. The classes must agree between stages: paragraphs and sentences are
//! trimmed of exactly the characters that the tokenizer skips, which is what makes every paragraph
//! and sentence start at its first token and end at its last one.

use std::ops::Range;

/// The byte-order mark, which some editors leave at the start of a text or of a pasted fragment.
const BYTE_ORDER_MARK: char = '\u{FEFF}';

/// Whether `character` is blank: whitespace, a control character or an invisible formatting mark.
///
/// Blank characters separate tokens and are trimmed from paragraphs and sentences. Invisible marks
/// (zero-width space, word joiner, byte-order mark, bidirectional marks) are blank because they
/// carry no text of their own, and a line that holds only such marks must not become a paragraph.
pub(crate) fn is_blank(character: char) -> bool {
    if character.is_ascii() {
        return is_blank_ascii(character as u8);
    }
    character.is_whitespace() || character.is_control() || is_invisible_format(character)
}

/// Whether the ASCII byte `byte` is blank: a space or any ASCII control character.
pub(crate) fn is_blank_ascii(byte: u8) -> bool {
    byte <= b' ' || byte == 0x7F
}

/// Whether `character` is an invisible formatting character that carries no text of its own.
fn is_invisible_format(character: char) -> bool {
    matches!(
        character,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | BYTE_ORDER_MARK
    )
}

/// Whether `character` continues a word although it is neither a letter nor a digit: combining
/// marks, variation selectors, joiners and the soft hyphen.
///
/// The standard library knows which characters are alphabetic but not which are combining marks,
/// so the ranges that matter for real text are listed here: combining diacritics (a decomposed
/// `é`), Hebrew and Arabic vowel points, the vowel signs and viramas of the Indic scripts and Thai.
pub(crate) fn is_word_mark(character: char) -> bool {
    matches!(
        character,
        '\u{00AD}'
            | '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{05BF}'
            | '\u{05C1}'..='\u{05C2}'
            | '\u{05C4}'..='\u{05C5}'
            | '\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{0DFF}'
            | '\u{0E31}'
            | '\u{0E34}'..='\u{0E3A}'
            | '\u{0E47}'..='\u{0E4E}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'..='\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{3099}'..='\u{309A}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Whether `character` is a letter, a digit or a word mark, i.e. can make up a word.
pub(crate) fn is_word_character(character: char) -> bool {
    if character.is_ascii() {
        return character.is_ascii_alphanumeric();
    }
    character.is_alphanumeric() || is_word_mark(character)
}

/// Whether the ASCII byte `byte` is punctuation rather than a symbol, following the Unicode general
/// categories (`$`, `+`, `<`, `=`, `>`, `^`, `` ` ``, `|` and `~` are symbols).
pub(crate) fn is_ascii_punctuation(byte: u8) -> bool {
    matches!(
        byte,
        b'!' | b'"'
            | b'#'
            | b'%'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b','
            | b'-'
            | b'.'
            | b'/'
            | b':'
            | b';'
            | b'?'
            | b'@'
            | b'['
            | b'\\'
            | b']'
            | b'_'
            | b'{'
            | b'}'
    )
}

/// Whether the non-ASCII `character` is punctuation: quotation marks, dashes, the ellipsis,
/// guillemets, inverted marks, and the full stops and commas of Arabic, Armenian, Greek, the Indic
/// scripts and CJK. Everything else that is neither blank nor part of a word is a symbol.
pub(crate) fn is_non_ascii_punctuation(character: char) -> bool {
    matches!(
        character,
        '\u{00A1}'
            | '\u{00A7}'
            | '\u{00AB}'
            | '\u{00B6}'
            | '\u{00B7}'
            | '\u{00BB}'
            | '\u{00BF}'
            | '\u{037E}'
            | '\u{0387}'
            | '\u{055A}'..='\u{055F}'
            | '\u{0589}'
            | '\u{05BE}'
            | '\u{05C0}'
            | '\u{05C3}'
            | '\u{05F3}'..='\u{05F4}'
            | '\u{060C}'..='\u{060D}'
            | '\u{061B}'
            | '\u{061E}'..='\u{061F}'
            | '\u{066A}'..='\u{066D}'
            | '\u{06D4}'
            | '\u{0964}'..='\u{0965}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{2043}'
            | '\u{2045}'..='\u{2051}'
            | '\u{2053}'..='\u{205E}'
            | '\u{2E00}'..='\u{2E4F}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{3014}'..='\u{301F}'
            | '\u{FE10}'..='\u{FE19}'
            | '\u{FE30}'..='\u{FE4F}'
            | '\u{FF01}'..='\u{FF03}'
            | '\u{FF05}'..='\u{FF0A}'
            | '\u{FF0C}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF1B}'
            | '\u{FF1F}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF3D}'
            | '\u{FF3F}'
            | '\u{FF5B}'
            | '\u{FF5D}'
            | '\u{FF5F}'..='\u{FF65}'
    )
}

/// The character that starts at byte `position` of `text`, or `None` at the end of the text.
///
/// `position` must be a character boundary, which every scan guarantees by only ever advancing by
/// whole characters.
pub(crate) fn character_at(text: &str, position: usize) -> Option<char> {
    text.get(position..)?.chars().next()
}

/// The character that ends at byte `position` of `text`, or `None` at the start of the text.
pub(crate) fn character_before(text: &str, position: usize) -> Option<char> {
    text.get(..position)?.chars().next_back()
}

/// The first character of `text[range]`, or `None` when the range is empty.
pub(crate) fn first_character(text: &str, range: Range<usize>) -> Option<char> {
    text.get(range)?.chars().next()
}

/// `range` without the blank characters at either end; empty (at `range.end`) when it is all blank.
pub(crate) fn trim_blank(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.end..range.end;
    };
    let bytes = slice.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let byte = bytes[start];
        if byte < 0x80 {
            if !is_blank_ascii(byte) {
                break;
            }
            start += 1;
        } else {
            match slice[start..].chars().next() {
                Some(character) if is_blank(character) => start += character.len_utf8(),
                _ => break,
            }
        }
    }
    let mut end = bytes.len();
    while end > start {
        let byte = bytes[end - 1];
        if byte < 0x80 {
            if !is_blank_ascii(byte) {
                break;
            }
            end -= 1;
        } else {
            match slice[..end].chars().next_back() {
                Some(character) if is_blank(character) => end -= character.len_utf8(),
                _ => break,
            }
        }
    }
    if start == end {
        return range.end..range.end;
    }
    range.start + start..range.start + end
}

/// The number of characters in `text[range]`, counted without decoding.
pub(crate) fn character_count(text: &str, range: Range<usize>) -> usize {
    text.as_bytes()[range]
        .iter()
        .filter(|&&byte| byte & 0xC0 != 0x80)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_marks_and_controls_are_blank() {
        for character in [
            ' ', '\t', '\n', '\r', '\u{0}', '\u{7F}', '\u{85}', '\u{A0}', '\u{200B}', '\u{FEFF}',
        ] {
            assert!(is_blank(character), "{character:?} should be blank");
        }
        for character in ['a', 'ə', 'Е', '"', '🙂', '\u{200D}'] {
            assert!(!is_blank(character), "{character:?} should not be blank");
        }
    }

    #[test]
    fn trimming_removes_unicode_whitespace_byte_order_marks_and_zero_width_spaces() {
        let text = "\u{FEFF} \u{200B}Bakı\u{3000}\r\n";
        let trimmed = trim_blank(text, 0..text.len());
        assert_eq!(&text[trimmed], "Bakı");
    }

    #[test]
    fn trimming_an_all_blank_range_gives_an_empty_range() {
        let text = "a \u{200B}\u{A0} ";
        let trimmed = trim_blank(text, 1..text.len());
        assert!(trimmed.is_empty());
    }

    #[test]
    fn combining_marks_and_indic_signs_continue_words() {
        assert!(is_word_character('\u{0301}'));
        assert!(is_word_character('\u{094D}'));
        assert!(is_word_character('ə'));
        assert!(!is_word_character('\u{0964}'));
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        assert_eq!(character_count("Ереван", 0..12), 6);
    }
}
