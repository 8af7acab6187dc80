//! The document model and the versioned `rhetor/1` JSON schema.
//!
//! Every rhetor crate speaks in the types of this crate:
//!
//! * [`Document`] is one input text with its metadata, as ingestion produced it.
//! * [`Span`] is a byte range of [`Document::text`] together with the text it covers.
//! * [`Analysis`] is what `rhetor analyze` prints for one document; its serde form *is* the
//!   `rhetor/1` JSON schema documented in `docs/schema.md`.
//! * [`Diagnostic`] is how every stage reports messy input without failing.
//!
//! **Offset contract.** Every offset in this crate is a byte offset into [`Document::text`], the
//! text exactly as ingestion decoded it (for plain text and JSONL: the input itself, byte for byte;
//! for HTML: the extracted main text). `start <= end`, both fall on UTF-8 character boundaries,
//! and `&document.text[span.start..span.end] == span.text` always holds.

mod analysis;
mod diagnostic;
mod document;
mod span;

pub use analysis::{
    Actor, Analysis, Claim, Event, Frame, Genre, Language, Modality, Paragraph, Quote, QuoteKind, Sentence,
    Stance, Technique, Token, TokenKind, SCHEMA_VERSION,
};
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use document::Document;
pub use span::Span;
