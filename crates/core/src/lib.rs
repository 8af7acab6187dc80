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
//! 4. **Actors** (crate `rhetor-actors`) resolve the names, compositions, metonyms and anaphora of
//!    the text to actors (countries, organisations, office holders at the document's date,
//!    sectors), and decide who the speaker is.
//! 5. **Events** (crate `rhetor-events`) code who does what to whom in CAMEO and PLOVER, with
//!    negation, modality and whose claim each event is.
//! 6. **Stances** (crate `rhetor-stance`) weigh the events, the polarity words near each mention and
//!    the scare quotes into the speaker's stance toward each actor.
//! 7. **Claims** (crate `rhetor-claims`) score every sentence and clause for check-worthiness
//!    with an embedded model (the accurate one when a sentence encoder is given); each
//!    check-worthy clause is a claim, typed, and a sentence without one is a single claim.
//! 8. **Techniques** (crate `rhetor-techniques`) predict the persuasion techniques of each
//!    paragraph with embedded models, and place each on the words or sentence that carry it.
//! 9. **Frames and genre** (crate `rhetor-frames`) classify the whole text.
//! 10. **Assembly** ([`analyze`]) turns the byte ranges of the stages into
//!     [`rhetor_schema::Span`]s that carry their text, and gathers every stage's diagnostics.
//!
//! [`analyze_timed`] runs the same pipeline and adds the time of each [`PipelineStage`] to a
//! [`StageTimings`] (`rhetor bench --full` prints them).
//!
//! No stage ever fails: odd input becomes a diagnostic in [`Analysis::diagnostics`], and an
//! embedded model that cannot be loaded empties its list and says so (`model_unavailable`).
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
mod tiers;

pub use analysis::{analyze, analyze_timed, AnalyzeOptions, PipelineStage, StageTimings};
pub use language::identify_language;
pub use rhetor_schema::{Analysis, Document};
pub use tiers::AccurateTierError;
