//! Byte spans of a document's text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A byte range `start..end` of a document's text, carrying the text it covers.
///
/// The text is carried so that every finding in the JSON output can be read, and checked, without
/// the document at hand: `&document.text[span.start..span.end] == span.text`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte of the span.
    pub start: usize,
    /// Byte offset one past the last byte of the span.
    pub end: usize,
    /// The covered text, `&document.text[start..end]`.
    pub text: String,
}

impl Span {
    /// Builds the span of `range` in `text`.
    ///
    /// # Panics
    ///
    /// Panics when `range` is out of bounds or does not fall on character boundaries: callers
    /// build ranges from their own scans of `text`, so a bad range is a bug, not bad input.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = rhetor_schema::Span::of("Баку и Ереван", 12..24);
    /// assert_eq!(span.text, "Ереван");
    /// ```
    pub fn of(text: &str, range: Range<usize>) -> Span {
        Span {
            start: range.start,
            end: range.end,
            text: text[range].to_owned(),
        }
    }

    /// The byte range of the span.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether the span is a valid span of `text`: in bounds, on character boundaries, and
    /// carrying exactly the text it covers.
    pub fn slices(&self, text: &str) -> bool {
        self.start <= self.end && text.get(self.start..self.end) == Some(self.text.as_str())
    }
}
