//! Evaluation of rhetor's analysers against gold data, reporting each benchmark's metrics.
//!
//! Evaluation runs the whole pipeline ([`rhetor_core::analyze`]) on the gold texts, exactly as a
//! user's documents are analysed, and compares what comes out with the gold annotations.

mod checkworthiness;
mod event_gold;
mod event_presence;
mod event_scores;
mod event_senses;
mod event_sources;
mod petrarch_validation;
mod symmetry;

pub use checkworthiness::{evaluate_checkworthiness, evaluate_checkworthiness_with, BinaryScores};
pub use event_gold::evaluate_event_gold;
pub use event_presence::{train_event_presence, PresenceCrossValidation, PresenceTrainingReport};
pub use event_scores::{EventMismatch, EventScores, TypeScore};
pub use event_senses::{train_event_senses, SenseCrossValidation, SenseTrainingReport};
pub use event_sources::{train_event_sources, SourceCrossValidation, SourceTrainingReport};
pub use petrarch_validation::evaluate_petrarch_validation;
pub use symmetry::{
    choose_pair, compare_analyses, document_symmetry, evaluate_symmetry, Agreement, Asymmetry,
    DocumentSymmetry, PairFigures, PartySwap, SwappedText, SymmetryReport, PARTY_PAIRS,
};

/// Errors of evaluation: the gold data could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvaluationError {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// Benchmark data could not be read.
    #[error(transparent)]
    Benchmark(#[from] rhetor_benchmarks::BenchmarkError),
    /// An analyser's model could not be loaded.
    #[error("{0}")]
    Model(String),
    /// A corpus could not be read.
    #[error(transparent)]
    Ingest(#[from] rhetor_ingest::IngestError),
    /// A gold record is malformed.
    #[error("{path}:{line}: {message}")]
    BadRecord {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A gold record points at a document or offsets that the corpus does not have.
    #[error("{path}:{line}: {message}")]
    MissingText {
        /// The gold file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is missing.
        message: String,
    },
}

/// Convenience alias.
pub type Result<T, E = EvaluationError> = std::result::Result<T, E>;

/// `part` as a percentage of `whole`; 0 when `whole` is 0 (the training reports' shares).
fn percentage(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
