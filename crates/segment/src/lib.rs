//! Segmentation: paragraphs, sentences, tokens and quotations, as byte ranges of the original text.
//!
//! [`segment`] runs four stages over a text, each inside the results of the one before:
//!
//! 1. **Paragraphs** ([`split_paragraphs`]): each non-blank line is a paragraph, unless a block of
//!    lines is hard-wrapped, in which case the block (or the part of it up to a short line) is one
//!    paragraph and its inner newlines are just whitespace.
//! 2. **Tokens** ([`tokenize`]): words (with inner apostrophes, hyphens and the periods of
//!    initialisms such as `U.S.`), numbers (`3.5`, `1,000`, `2021-05-20`), punctuation marks and
//!    symbols, paragraph by paragraph.
//! 3. **Sentences**: runs of a paragraph's tokens, split after `.`, `!`, `?`, `…` and CJK full stops
//!    when whitespace and a plausible sentence start follow, with the abbreviations, initials,
//!    initialisms, numbers, ellipses and brackets of political statements taken into account.
//! 4. **Quotations**: pairs of quotation marks within a paragraph (double marks) or a sentence
//!    (single marks, which double as apostrophes), classified as direct quotation, scare quotes or
//!    title with the words that decided it; unbalanced marks are reported as diagnostics.
//!
//! **Offset contract.** Every range is a byte range of the original `text`: nothing is normalised,
//! so offsets never shift. Every range falls on UTF-8 character boundaries. Paragraphs, sentences
//! and tokens are each in text order and do not overlap; paragraphs and sentences are trimmed of
//! whitespace and invisible characters (the byte-order mark, the zero-width space, bidirectional
//! marks, control characters) and are never empty. Every sentence lies within one paragraph, and the
//! paragraphs' `sentences` index ranges tile the sentence list in order; every token lies within one
//! sentence, and the sentences' `tokens` index ranges tile the token list in order. Quotations are
//! ordered by start; they may nest (a single-quoted phrase inside a double-quoted one), and always
//! lie within one paragraph.
//!
//! [`segment`] never panics and runs in time linear in the length of the text, whatever the text:
//! it scans bytes and decodes characters only where they are not ASCII, and it allocates per
//! paragraph at most, not per token.

mod abbreviations;
mod characters;
mod control_characters;
mod paragraphs;
mod quote_kinds;
mod quotes;
mod sentences;
mod tokens;

use std::ops::Range;

use rhetor_schema::{Diagnostic, QuoteKind, Token};

pub use crate::abbreviations::CALENDAR_WORDS;
use crate::control_characters::control_character_diagnostic;
pub use crate::paragraphs::split_paragraphs;
use crate::quotes::QuoteFinder;
use crate::sentences::SentenceSplitter;
use crate::tokens::tokenize_range;
pub use crate::tokens::{has_regular_finite_verb_ending, push_lowercase, tokenize};

/// A paragraph as byte ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphSegment {
    /// The paragraph's text, trimmed of surrounding whitespace.
    pub range: Range<usize>,
    /// Indexes of its sentences in [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence as byte ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceSegment {
    /// The sentence's text, trimmed of surrounding whitespace.
    pub range: Range<usize>,
    /// Index of its paragraph in [`Segmentation::paragraphs`].
    pub paragraph: usize,
    /// Indexes of its tokens in [`Segmentation::tokens`].
    pub tokens: Range<usize>,
}

/// A quotation as byte ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSegment {
    /// The quotation including its marks.
    pub range: Range<usize>,
    /// The quoted text without the marks.
    pub content: Range<usize>,
    /// Direct quotation, scare quotes or title.
    pub kind: QuoteKind,
    /// The words that decided the kind, if any.
    pub cue: Option<Range<usize>>,
    /// Index of the sentence where the quotation opens.
    pub sentence: usize,
}

/// The segmentation of one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<ParagraphSegment>,
    /// Sentences in text order.
    pub sentences: Vec<SentenceSegment>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Quotations in text order.
    pub quotes: Vec<QuoteSegment>,
    /// What segmentation noticed (unbalanced quotes, control characters).
    pub diagnostics: Vec<Diagnostic>,
}

impl Segmentation {
    /// The sentence that holds the byte at `offset`, if any (offsets between two sentences, in
    /// the whitespace that separates them, belong to none).
    #[must_use]
    pub fn sentence_containing(&self, offset: usize) -> Option<&SentenceSegment> {
        // Sentences are in text order: the one holding `offset` is the last that starts at or
        // before it.
        let following = self
            .sentences
            .partition_point(|sentence| sentence.range.start <= offset);
        following
            .checked_sub(1)
            .and_then(|index| self.sentences.get(index))
            .filter(|sentence| offset < sentence.range.end)
    }
}

/// Segments `text` into paragraphs, sentences, tokens and quotations. Never fails and never panics.
///
/// # Examples
///
/// ```
/// let text = "Mr. Blinken met the U.S. Department of State team. They spoke of \"peace\".";
/// let segmentation = rhetor_segment::segment(text);
/// assert_eq!(segmentation.paragraphs.len(), 1);
/// assert_eq!(segmentation.sentences.len(), 2);
/// assert_eq!(&text[segmentation.quotes[0].content.clone()], "peace");
/// ```
pub fn segment(text: &str) -> Segmentation {
    let mut segmentation = Segmentation::default();
    segmentation
        .diagnostics
        .extend(control_character_diagnostic(text));
    segmentation.tokens.reserve(text.len() / 5);
    segmentation.sentences.reserve(text.len() / 100);
    let mut sentence_splitter = SentenceSplitter::default();
    let mut quote_finder = QuoteFinder::default();
    let mut sentence_starts = Vec::new();
    for lines in split_paragraphs(text) {
        let first_token = segmentation.tokens.len();
        tokenize_range(text, lines, &mut segmentation.tokens);
        let paragraph_tokens = &segmentation.tokens[first_token..];
        let (Some(first_of_paragraph), Some(last_of_paragraph)) =
            (paragraph_tokens.first(), paragraph_tokens.last())
        else {
            continue;
        };
        // The paragraph is trimmed of exactly the characters that the tokenizer skips, so it runs
        // from its first token to its last; taking its range from the tokens makes that hold by
        // construction.
        let paragraph_range = first_of_paragraph.start..last_of_paragraph.end;
        sentence_starts.clear();
        sentence_splitter.split(text, paragraph_tokens, &mut sentence_starts);
        sentence_starts.push(paragraph_tokens.len());
        let paragraph_index = segmentation.paragraphs.len();
        let first_sentence = segmentation.sentences.len();
        let mut sentence_start = 0;
        for &sentence_end in &sentence_starts {
            let first = paragraph_tokens[sentence_start];
            let last = paragraph_tokens[sentence_end - 1];
            segmentation.sentences.push(SentenceSegment {
                range: first.start..last.end,
                paragraph: paragraph_index,
                tokens: first_token + sentence_start..first_token + sentence_end,
            });
            sentence_start = sentence_end;
        }
        let paragraph = quotes::Paragraph {
            text,
            tokens: paragraph_tokens,
            first_token,
            sentences: &segmentation.sentences[first_sentence..],
            first_sentence,
            range: paragraph_range.clone(),
        };
        quote_finder.find(
            &paragraph,
            &mut segmentation.quotes,
            &mut segmentation.diagnostics,
        );
        segmentation.paragraphs.push(ParagraphSegment {
            range: paragraph_range,
            sentences: first_sentence..segmentation.sentences.len(),
        });
    }
    segmentation
}
