//! Diagnostics: how stages report messy input without failing.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How much a diagnostic matters to a reader of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; the analysis is complete.
    Info,
    /// Part of the analysis may be less reliable than usual.
    Warning,
}

/// The stable, machine-readable identity of a diagnostic.
///
/// Codes are part of the `rhetor/1` schema: a code is never renamed, only added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticCode {
    /// The document has no text, or only whitespace.
    EmptyDocument,
    /// Invalid UTF-8 was replaced by U+FFFD because `--lossy` was given.
    InvalidUtf8Replaced,
    /// The text came out of an HTML page; offsets index the extracted text.
    HtmlExtracted,
    /// A JSONL record had no `id`; one was made from the file name and line number.
    MissingId,
    /// A date could not be read and was kept verbatim.
    UnparsedDate,
    /// The language is not English: the analysers are English-only.
    NonEnglish,
    /// The language could not be identified with confidence.
    UncertainLanguage,
    /// An opening quotation mark has no closing mark in its paragraph.
    UnbalancedQuote,
    /// Control characters or other non-text bytes were found in the text.
    ControlCharacters,
    /// An analyser's model could not be loaded, so its part of the analysis is empty.
    ModelUnavailable,
}

/// One observation about the input, attached to the analysis instead of failing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How much it matters.
    pub severity: Severity,
    /// What it is, as a stable code.
    pub code: DiagnosticCode,
    /// What it is, for a person.
    pub message: String,
    /// Where it is, when it has a place in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A warning without a place in the text.
    pub fn warning(code: DiagnosticCode, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code,
            message: message.into(),
            span: None,
        }
    }

    /// An informational note without a place in the text.
    pub fn info(code: DiagnosticCode, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Info,
            code,
            message: message.into(),
            span: None,
        }
    }

    /// The same diagnostic, placed at `span`.
    pub fn at(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }
}
