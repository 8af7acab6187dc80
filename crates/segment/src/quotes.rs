//! The quotation finder: pairs quotation marks within a paragraph and reports unbalanced ones.
//!
//! Double marks (`"`, `“ ”`, `„`, `« »`) pair within a paragraph, so a quotation may run over several
//! sentences. A straight `"` opens or closes depending on what is open and on its surroundings: it
//! closes the innermost open quotation unless it clearly opens one (whitespace before, a word right
//! after), and it is ignored as a stray when it clearly closes and nothing is open. An opening mark
//! that is still open at the end of the paragraph is reported as
//! [`DiagnosticCode::UnbalancedQuote`]; when it opens the paragraph, the quotation runs to the end
//! of the paragraph, following the convention for quotations over several paragraphs, which leave
//! every paragraph but the last without a closing mark.
//!
//! Single marks (`‘ ’`, `'`, `‹ ›`) double as apostrophes, so they pair only within one sentence,
//! only when the opening mark starts a word after whitespace, a bracket or the start of the
//! paragraph, only when the closing mark ends a word before whitespace, punctuation or the end, and
//! only around at least one word: `don't`, `students' union` and `the '90s` are not quotations.
//!
//! Every step is constant work per token; the words in a quotation are counted with running totals,
//! not by rescanning, so that deeply nested or unbalanced marks stay linear.

use std::cmp::Reverse;
use std::ops::Range;

use rhetor_schema::{Diagnostic, DiagnosticCode, Span, Token, TokenKind};

use crate::characters::trim_blank;
use crate::quote_kinds::{classify, QuoteContext};
use crate::{QuoteSegment, SentenceSegment};

/// Which marks a quotation mark pairs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// Double quotation marks and guillemets.
    Double,
    /// Single quotation marks, which double as apostrophes.
    Single,
}

/// What the glyph of a quotation mark says about its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    /// A mark that normally opens (`“`, `«`, `‘`).
    Opening,
    /// A mark that normally closes (`”`, `»`, `’`).
    Closing,
    /// A straight mark (`"`, `'`), which may do either.
    Straight,
}

/// A quotation mark that is waiting for its closing mark.
#[derive(Debug, Clone, Copy)]
struct OpenMark {
    /// Its index among the paragraph's tokens.
    token: usize,
    /// The index of its sentence in the whole text.
    sentence: usize,
    /// How many words and numbers the paragraph had before it.
    words_before: usize,
    /// How many sentence-final marks the paragraph had before it.
    sentence_ends_before: usize,
}

/// One paragraph, as the quotation finder needs it.
pub(crate) struct Paragraph<'a> {
    /// The whole text.
    pub(crate) text: &'a str,
    /// The paragraph's tokens.
    pub(crate) tokens: &'a [Token],
    /// The index of the paragraph's first token in the whole text.
    pub(crate) first_token: usize,
    /// The paragraph's sentences.
    pub(crate) sentences: &'a [SentenceSegment],
    /// The index of the paragraph's first sentence in the whole text.
    pub(crate) first_sentence: usize,
    /// The paragraph's range.
    pub(crate) range: Range<usize>,
}

/// Finds quotations paragraph by paragraph; it keeps its working memory between paragraphs.
#[derive(Debug, Default)]
pub(crate) struct QuoteFinder {
    /// Double marks waiting to be closed, innermost last.
    open_doubles: Vec<OpenMark>,
    /// Single marks waiting to be closed in the current sentence, innermost last.
    open_singles: Vec<OpenMark>,
    /// The paragraph's quotations, before they are sorted.
    found: Vec<QuoteSegment>,
}

impl QuoteFinder {
    /// Appends the quotations of `paragraph` to `quotes` in text order, and a diagnostic for each of
    /// its unbalanced double quotation marks to `diagnostics`.
    pub(crate) fn find(
        &mut self,
        paragraph: &Paragraph<'_>,
        quotes: &mut Vec<QuoteSegment>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        self.open_doubles.clear();
        self.open_singles.clear();
        self.found.clear();
        let tokens = paragraph.tokens;
        let mut words = 0;
        let mut sentence_ends = 0;
        let mut sentence_in_paragraph = 0;
        for (index, token) in tokens.iter().enumerate() {
            while sentence_in_paragraph + 1 < paragraph.sentences.len()
                && paragraph.sentences[sentence_in_paragraph].tokens.end <= paragraph.first_token + index
            {
                sentence_in_paragraph += 1;
                self.open_singles.clear();
            }
            match token.kind {
                TokenKind::Word | TokenKind::Number => {
                    words += 1;
                    continue;
                }
                TokenKind::Symbol => continue,
                TokenKind::Punctuation => {}
            }
            let mark_text = &paragraph.text[token.start..token.end];
            if is_sentence_end(mark_text) {
                sentence_ends += 1;
                continue;
            }
            let Some((family, glyph)) = quotation_mark(mark_text) else {
                continue;
            };
            let mark = OpenMark {
                token: index,
                sentence: paragraph.first_sentence + sentence_in_paragraph,
                words_before: words,
                sentence_ends_before: sentence_ends,
            };
            let surroundings = Surroundings::of(paragraph.text, tokens, index);
            match family {
                Family::Double => {
                    self.double_mark(paragraph, mark, glyph, surroundings, words, sentence_ends)
                }
                Family::Single => {
                    self.single_mark(paragraph, mark, glyph, surroundings, words, sentence_ends)
                }
            }
        }
        self.close_paragraph(paragraph, words, sentence_ends, diagnostics);
        self.found
            .sort_by_key(|quote| (quote.range.start, Reverse(quote.range.end)));
        quotes.append(&mut self.found);
    }

    /// Handles a double quotation mark.
    fn double_mark(
        &mut self,
        paragraph: &Paragraph<'_>,
        mark: OpenMark,
        glyph: Glyph,
        surroundings: Surroundings,
        words: usize,
        sentence_ends: usize,
    ) {
        let opens_only = surroundings.space_before && !surroundings.space_after;
        let closes_only = !surroundings.space_before && surroundings.space_after;
        let closes = match glyph {
            Glyph::Closing => !self.open_doubles.is_empty() && !opens_only,
            // An opening glyph closes only when it plainly ends a word, as German `„...“` and sloppy
            // `“...“` have it.
            Glyph::Opening => !self.open_doubles.is_empty() && closes_only,
            Glyph::Straight => !self.open_doubles.is_empty() && !opens_only,
        };
        if closes {
            if let Some(opening) = self.open_doubles.pop() {
                self.record(paragraph, opening, Some(mark.token), words, sentence_ends);
            }
        } else if glyph == Glyph::Opening || !closes_only {
            self.open_doubles.push(mark);
        }
    }

    /// Handles a single quotation mark, which may be an apostrophe.
    fn single_mark(
        &mut self,
        paragraph: &Paragraph<'_>,
        mark: OpenMark,
        glyph: Glyph,
        surroundings: Surroundings,
        words: usize,
        sentence_ends: usize,
    ) {
        let can_open = surroundings.space_before && surroundings.word_after;
        let can_close = surroundings.word_before && surroundings.space_after;
        let closes = match glyph {
            Glyph::Opening => can_close && !can_open,
            Glyph::Closing | Glyph::Straight => can_close,
        };
        if closes && !self.open_singles.is_empty() {
            if let Some(opening) = self.open_singles.pop() {
                if words > opening.words_before {
                    self.record(paragraph, opening, Some(mark.token), words, sentence_ends);
                }
            }
        } else if can_open || (glyph == Glyph::Opening && !closes) {
            self.open_singles.push(mark);
        }
    }

    /// Reports the double marks still open at the end of the paragraph, and makes the one that opens
    /// the paragraph a quotation to its end.
    fn close_paragraph(
        &mut self,
        paragraph: &Paragraph<'_>,
        words: usize,
        sentence_ends: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let unbalanced = std::mem::take(&mut self.open_doubles);
        for opening in &unbalanced {
            let token = paragraph.tokens[opening.token];
            diagnostics.push(
                Diagnostic::warning(
                    DiagnosticCode::UnbalancedQuote,
                    "this opening quotation mark has no closing mark in its paragraph",
                )
                .at(Span::of(paragraph.text, token.start..token.end)),
            );
        }
        if let Some(opening) = unbalanced.first().filter(|opening| opening.token == 0) {
            self.record(paragraph, *opening, None, words, sentence_ends);
        }
        self.open_doubles = unbalanced;
    }

    /// Records the quotation from `opening` to the mark `closing`, or to the end of the paragraph,
    /// given the paragraph's running counts of words and sentence ends at its end.
    fn record(
        &mut self,
        paragraph: &Paragraph<'_>,
        opening: OpenMark,
        closing: Option<usize>,
        words: usize,
        sentence_ends: usize,
    ) {
        let opening_token = paragraph.tokens[opening.token];
        let (range, inside) = match closing {
            Some(closing) => {
                let closing_token = paragraph.tokens[closing];
                (
                    opening_token.start..closing_token.end,
                    opening_token.end..closing_token.start,
                )
            }
            None => (
                opening_token.start..paragraph.range.end,
                opening_token.end..paragraph.range.end,
            ),
        };
        let content = trim_blank(paragraph.text, inside);
        if content.is_empty() {
            return;
        }
        let context = QuoteContext {
            text: paragraph.text,
            tokens: paragraph.tokens,
            opening: opening.token,
            closing,
            content_words: words - opening.words_before,
            content_ends_sentence: sentence_ends > opening.sentence_ends_before,
        };
        let (kind, cue) = classify(&context);
        self.found.push(QuoteSegment {
            range,
            content,
            kind,
            cue,
            sentence: opening.sentence,
        });
    }
}

/// What is around a quotation mark.
#[derive(Debug, Clone, Copy)]
struct Surroundings {
    /// Whitespace, the start of the paragraph, or an opening bracket or mark directly before it.
    space_before: bool,
    /// Whitespace, the end of the paragraph, or punctuation directly after it.
    space_after: bool,
    /// A word, number or punctuation mark that is not an opening bracket directly before it.
    word_before: bool,
    /// A word or number directly after it.
    word_after: bool,
}

impl Surroundings {
    /// The surroundings of the mark at `index` of `tokens`.
    fn of(text: &str, tokens: &[Token], index: usize) -> Surroundings {
        let token = tokens[index];
        let previous = index
            .checked_sub(1)
            .map(|previous| tokens[previous])
            .filter(|previous| previous.end == token.start);
        let next = tokens
            .get(index + 1)
            .copied()
            .filter(|next| next.start == token.end);
        let previous_opens =
            previous.is_some_and(|previous| opens_a_phrase(&text[previous.start..previous.end]));
        Surroundings {
            space_before: previous.is_none() || previous_opens,
            space_after: next.is_none_or(|next| {
                next.kind == TokenKind::Punctuation && !opens_a_phrase(&text[next.start..next.end])
            }),
            word_before: previous.is_some() && !previous_opens,
            word_after: next.is_some_and(|next| matches!(next.kind, TokenKind::Word | TokenKind::Number)),
        }
    }
}

/// Whether `mark` opens a phrase, so that a quotation mark right after it opens too.
fn opens_a_phrase(mark: &str) -> bool {
    matches!(
        mark,
        "(" | "[" | "{" | "“" | "„" | "«" | "‘" | "‹" | "—" | "–" | "/"
    )
}

/// Whether `mark` ends a sentence.
fn is_sentence_end(mark: &str) -> bool {
    matches!(mark, "." | "!" | "?" | "…" | "。" | "！" | "？") || mark.starts_with("..")
}

/// The family and glyph of `mark`, when it is a quotation mark.
fn quotation_mark(mark: &str) -> Option<(Family, Glyph)> {
    match mark {
        "\"" | "\u{FF02}" => Some((Family::Double, Glyph::Straight)),
        "“" | "„" | "‟" | "«" => Some((Family::Double, Glyph::Opening)),
        "”" | "»" => Some((Family::Double, Glyph::Closing)),
        "'" => Some((Family::Single, Glyph::Straight)),
        "‘" | "‚" | "‛" | "‹" => Some((Family::Single, Glyph::Opening)),
        "’" | "›" => Some((Family::Single, Glyph::Closing)),
        _ => None,
    }
}
