//! The rhetor pipeline: from an ingested [`Document`] to its `rhetor/1` [`Analysis`].
//!
//! The pipeline runs these stages, in this order, on one document at a time:
//!
//! 1. **Ingestion** (crate `rhetor-ingest`, run by the caller) turns a file, stdin, an HTML page or
//!    a JSONL record into a [`Document`]: an id, metadata and the text every offset indexes.
//! 2. **Language identification** ([`identify_language`]) reads the start of the text with an
//!    embedded trigram model and says which language it is; non-English text is still segmented
//!    but carries a diagnostic, because the analysers after segmentation are English-only.
//! 3. **Segmentation** (crate `rhetor-segment`) finds paragraphs, sentences, tokens and
//!    quotations, and classifies each quotation as direct speech, scare quotes or a title.
//! 4. **Assembly** ([`analyze`]) turns the byte ranges of the stages into [`rhetor_schema::Span`]s
//!    that carry their text, and gathers every stage's diagnostics.
//!
//! Stages that later issues add (actors, events, techniques, claims, stances, frames) sit between
//! 3 and 4 and fill the lists that are empty today. No stage ever fails: odd input becomes a
//! diagnostic in [`Analysis::diagnostics`].
//!
//! # Examples
//!
//! ```
//! use rhetor_core::{analyze, AnalyzeOptions};
//! use rhetor_schema::{Document, QuoteKind};
//!
//! let document = Document::new(
//!     "example",
//!     "The Ministry condemns the so-called \"elections\" held by the separatists. \
//!      Mr. Aliyev said: \"We will never accept this.\"",
//! );
//! let analysis = analyze(document, &AnalyzeOptions::default());
//! assert_eq!(analysis.sentences.len(), 2);
//! assert_eq!(analysis.quotes[0].kind, QuoteKind::Scare);
//! assert_eq!(analysis.quotes[1].kind, QuoteKind::Direct);
//! assert_eq!(analysis.language.code, "eng");
//! ```

mod analysis;
mod language;

pub use analysis::{analyze, AnalyzeOptions};
pub use language::identify_language;
pub use rhetor_schema::{Analysis, Document};
