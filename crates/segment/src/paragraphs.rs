//! The paragraph splitter: lines, blocks of lines, and the hard-wrapping heuristic.
//!
//! Texts come in two shapes. Most statements and corpora put one paragraph on each line, with or
//! without blank lines between them. Other texts are hard-wrapped: each paragraph is a block of
//! lines cut at a fixed width, and the newlines inside it are just whitespace. The splitter reads
//! the text as blocks of non-blank lines and decides for each block:
//!
//! * A block whose lines are all at most [`WIDEST_WRAPPED_LINE`] characters long, the longest at
//!   least [`NARROWEST_WRAP_WIDTH`], and where at least half of the line breaks look like wraps, is
//!   hard-wrapped. A break looks like a wrap when the line before it does not end a sentence and is
//!   full: the first word of the next line would not have fitted on it within the block's widest
//!   line, or it is at least [`FULL_LINE_FRACTION`] of the widest line (text extracted from typeset
//!   pages wraps by measure, not by character count). Inside a hard-wrapped block, a line that ends
//!   a sentence without being full ends a paragraph; this keeps paragraphs apart in texts that are
//!   wrapped without blank lines between paragraphs.
//! * Every other block is one paragraph per line, except that a line starting with a lowercase
//!   letter continues the line before it when that line does not end a sentence: a quotation or a
//!   verse wrapped by hand inside a text that otherwise has one paragraph per line.
//!
//! Line breaks are `\n`, `\r\n`, `\r`, vertical tab, form feed, U+0085, U+2028; U+2029 (paragraph
//! separator) always ends a paragraph, like a blank line. Paragraph ranges are trimmed of blank
//! characters (see [`crate::characters::is_blank`]) and never empty.

use std::ops::Range;

use crate::characters::{character_count, first_character, is_blank, trim_blank};

/// The longest line, in characters, that a hard-wrapped block may have; hard-wrapping tools cut at
/// 60 to 100 characters.
const WIDEST_WRAPPED_LINE: usize = 120;

/// The shortest wrap width, in characters, that counts as hard-wrapping: blocks of shorter lines are
/// headings, addresses or lists, one item per line.
const NARROWEST_WRAP_WIDTH: usize = 40;

/// How long a line must be, as a fraction of the widest line of its block, to count as full
/// whatever the next word.
const FULL_LINE_FRACTION: f64 = 0.75;

/// One trimmed, non-blank line of a block.
#[derive(Debug, Clone)]
struct Line {
    /// The line without its terminator and surrounding blank characters.
    range: Range<usize>,
    /// Its length in characters.
    width: usize,
}

/// Splits `text` into paragraph ranges, trimmed and in text order.
///
/// # Examples
///
/// ```
/// let text = "First paragraph.\nSecond paragraph.\n\n";
/// let paragraphs = rhetor_segment::split_paragraphs(text);
/// assert_eq!(paragraphs, [0..16, 17..34]);
/// ```
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut block = Vec::new();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut position = 0;
    // Jump from one byte that may start a line break to the next, so that the common bytes cost a
    // tight loop.
    while let Some(offset) = bytes[position..]
        .iter()
        .position(|&byte| may_start_line_break(byte))
    {
        let candidate = position + offset;
        let (terminator_length, ends_paragraph) = match bytes[candidate] {
            b'\n' | 0x0B | 0x0C => (1, false),
            b'\r' => (
                if bytes.get(candidate + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                },
                false,
            ),
            0xC2 if bytes.get(candidate + 1) == Some(&0x85) => (2, false),
            0xE2 if bytes.get(candidate + 1) == Some(&0x80) => match bytes.get(candidate + 2) {
                Some(0xA8) => (3, false),
                Some(0xA9) => (3, true),
                _ => (0, false),
            },
            _ => (0, false),
        };
        if terminator_length == 0 {
            position = candidate + 1;
            continue;
        }
        add_line(text, line_start..candidate, &mut block, &mut paragraphs);
        if ends_paragraph {
            close_block(text, &mut block, &mut paragraphs);
        }
        position = candidate + terminator_length;
        line_start = position;
    }
    add_line(text, line_start..text.len(), &mut block, &mut paragraphs);
    close_block(text, &mut block, &mut paragraphs);
    paragraphs
}

/// Whether `byte` may start a line break: `\n`, `\r`, vertical tab, form feed, or the lead byte of
/// U+0085 (`0xC2`) or of U+2028 and U+2029 (`0xE2`).
fn may_start_line_break(byte: u8) -> bool {
    matches!(byte, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2)
}

/// Adds the line `range` to the current block, or closes the block when the line is blank.
fn add_line(text: &str, range: Range<usize>, block: &mut Vec<Line>, paragraphs: &mut Vec<Range<usize>>) {
    let trimmed = trim_blank(text, range);
    if trimmed.is_empty() {
        close_block(text, block, paragraphs);
    } else {
        let width = character_count(text, trimmed.clone());
        block.push(Line {
            range: trimmed,
            width,
        });
    }
}

/// Turns the lines of `block` into paragraphs and empties it.
fn close_block(text: &str, block: &mut Vec<Line>, paragraphs: &mut Vec<Range<usize>>) {
    let widest = block.iter().map(|line| line.width).max().unwrap_or(0);
    let hard_wrapped = is_hard_wrapped(text, block, widest);
    let Some(first) = block.first() else {
        return;
    };
    let mut paragraph_start = first.range.start;
    for pair in block.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        let breaks_paragraph = if hard_wrapped {
            !is_full(text, line, next, widest) && ends_sentence(text, line)
        } else {
            ends_sentence(text, line) || !starts_lowercase(text, next)
        };
        if breaks_paragraph {
            paragraphs.push(paragraph_start..line.range.end);
            paragraph_start = next.range.start;
        }
    }
    if let Some(last) = block.last() {
        paragraphs.push(paragraph_start..last.range.end);
    }
    block.clear();
}

/// Whether `line` starts with a lowercase letter, as the continuation of a sentence does.
fn starts_lowercase(text: &str, line: &Line) -> bool {
    first_character(text, line.range.clone()).is_some_and(char::is_lowercase)
}

/// Whether the lines of `block`, whose widest line is `widest` characters long, are hard-wrapped.
fn is_hard_wrapped(text: &str, block: &[Line], widest: usize) -> bool {
    if block.len() < 2 || !(NARROWEST_WRAP_WIDTH..=WIDEST_WRAPPED_LINE).contains(&widest) {
        return false;
    }
    let wraps = block
        .windows(2)
        .filter(|pair| is_full(text, &pair[0], &pair[1], widest) && !ends_sentence(text, &pair[0]))
        .count();
    wraps * 2 >= block.len() - 1
}

/// Whether `line` is full: the first word of `next` would not have fitted after it within `widest`
/// characters, or it is nearly as long as the widest line, which is how a line that was cut by
/// wrapping looks.
fn is_full(text: &str, line: &Line, next: &Line, widest: usize) -> bool {
    if line.width as f64 >= FULL_LINE_FRACTION * widest as f64 {
        return true;
    }
    let next_text = &text[next.range.clone()];
    let first_word_width = next_text
        .split(is_blank)
        .next()
        .map_or(0, |word| word.chars().count());
    line.width + 1 + first_word_width > widest
}

/// Whether `line` ends with a sentence-final mark (or a colon), possibly followed by closing
/// quotation marks or brackets.
fn ends_sentence(text: &str, line: &Line) -> bool {
    let line_text = &text[line.range.clone()];
    let without_closers = line_text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    without_closers.ends_with(['.', '!', '?', '…', ':', '。', '！', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        split_paragraphs(text)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn each_line_of_a_line_per_paragraph_text_is_a_paragraph() {
        let text =
            "The Community condemns the interference in the internal affairs of Azerbaijan by foreign \
                    officials, which has continued for years despite repeated protests.\nWe call on the \
                    State Department to respect the sovereignty of Azerbaijan.\nThe statement ends here.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn blank_lines_and_whitespace_only_lines_separate_paragraphs() {
        assert_eq!(
            paragraphs("  One.  \n\n \t \nTwo.\n\u{200B}\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn crlf_and_lone_carriage_returns_end_lines() {
        assert_eq!(
            paragraphs("One.\r\nTwo.\rThree.\r\n\r\nFour."),
            ["One.", "Two.", "Three.", "Four."]
        );
    }

    #[test]
    fn unicode_line_and_paragraph_separators_end_lines() {
        assert_eq!(
            paragraphs("One.\u{2028}Two.\u{2029}Three.\u{85}Four."),
            ["One.", "Two.", "Three.", "Four."]
        );
    }

    #[test]
    fn a_hard_wrapped_block_is_one_paragraph() {
        let text = "The Ministry of Foreign Affairs strongly condemns the\n\
                    provocative statements made yesterday by officials of\n\
                    the neighbouring country, which contradict the spirit of\n\
                    the peace agenda.\n\
                    \n\
                    We call on the international community to give an\n\
                    objective assessment of these actions and to support\n\
                    the normalisation process.";
        let found = paragraphs(text);
        assert_eq!(found.len(), 2);
        assert!(found[0].starts_with("The Ministry") && found[0].ends_with("peace agenda."));
        assert!(found[0].contains("the\nprovocative"));
        assert!(found[1].ends_with("normalisation process."));
    }

    #[test]
    fn a_short_line_ending_a_sentence_ends_a_paragraph_in_a_wrapped_block() {
        let text = "On behalf of the delegation allow me to join previous\n\
                    speakers in congratulating you on your election to\n\
                    preside over this session of the General Assembly.\n\
                    It is a tribute to your country.\n\
                    I should also like to take this opportunity to thank\n\
                    the Secretary-General for his outstanding leadership\n\
                    of our Organization.";
        let found = paragraphs(text);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].ends_with("the General Assembly.\nIt is a tribute to your country."));
        assert!(found[1].starts_with("I should also like") && found[1].ends_with("Organization."));
    }

    #[test]
    fn lines_of_typeset_text_wrap_by_measure() {
        // Extracted from a typeset page: the widths vary although every line but the last is full.
        let text = "On behalf of the delegation of the Lao\n\
                    People’s Democratic Republic, allow me to join\n\
                    previous speakers in congratulating you, Sir, on your\n\
                    well-deserved election to preside over the fifty-sixth\n\
                    session of the General Assembly.\n\
                    We wish him well and much success in his second term\n\
                    as head of the United Nations during the next five\n\
                    years.";
        let found = paragraphs(text);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].ends_with("the General Assembly."));
    }

    #[test]
    fn a_short_line_that_does_not_end_a_sentence_does_not_end_a_paragraph() {
        let text = "The delegation welcomes the adoption of the resolution\n\
                    on\n\
                    sustainable development and calls on all Member States\n\
                    to implement it without delay and in good faith now.";
        assert_eq!(paragraphs(text).len(), 1);
    }

    #[test]
    fn short_lines_without_final_punctuation_are_separate_paragraphs() {
        let text =
            "Bismillah Rahman-ur-Rahim\nMr. President, ladies and gentlemen,\nWe meet today in difficult \
                    times, and the world watches what this Assembly will do about the conflicts that shape \
                    our region and our future.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn a_lowercase_line_continues_an_unfinished_line_in_a_line_per_paragraph_text() {
        let text = "In his first speech, the Foreign Minister of our young republic told the Assembly these words:\n\
                    “Today the world looks to this community of nations, in which all its hopes are\n\
                    placed. Will it justify the confidence of the peoples and assure and\n\
                    preserve peace and order, bread and work?”\n\
                    in the hope that it would. The next paragraph starts here.";
        let found = paragraphs(text);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found[1].starts_with("“Today") && found[1].ends_with("work?”"));
    }

    #[test]
    fn short_heading_lines_are_not_joined() {
        assert_eq!(
            paragraphs("Kangerlussuaq, Greenland\nKangerlussuaq Airport").len(),
            2
        );
    }

    #[test]
    fn empty_and_blank_texts_have_no_paragraphs() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \r\n\t\u{FEFF}\u{200B} ").is_empty());
    }
}
