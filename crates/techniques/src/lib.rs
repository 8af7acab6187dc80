//! Persuasion techniques, fast tier: which of the 23 SemEval-2023 techniques a paragraph uses, and
//! in which sentence.
//!
//! 1. **Features** (`features.rs`): word and word-pair counts, hand-written cues (scare quotes,
//!    questions, absolutes, flag-waving, doubt, repetition, ...) and, for paragraphs, the words of
//!    the whole article, hashed into sparse vectors.
//! 2. **Models**: two one-vs-rest logistic regressions ([`rhetor_linear`]), trained by
//!    [`train_technique_models`] on SemEval-2023 Task 3 (subtask 3, English): a *paragraph* model on
//!    the paragraph labels and a *sentence* model on sentences labelled with the techniques whose
//!    gold spans overlap them. Both files (`model/paragraphs.rlm`, `model/sentences.rlm`) are
//!    embedded in the binary.
//! 3. **Prediction** ([`find_techniques`]): a paragraph's probability of a technique mixes the
//!    paragraph model's and the highest of its sentences' (the mix and the per-technique thresholds
//!    were chosen by cross-validation and are stored in the paragraph model file); each predicted
//!    technique is reported on the sentence that scores it highest, with the features that weighed
//!    most as evidence.
//!
//! `rhetor train techniques --data DIR` reproduces the model files; `rhetor eval techniques`
//! scores the shipped models on data in the subtask-3 format.

mod detector;
mod features;
mod thresholds;
mod training;

pub use detector::{
    evaluate_technique_articles, find_techniques, Mix, MixForm, ParagraphPrediction, TechniqueDetector,
    TechniqueEvaluation,
};
pub use thresholds::ThresholdMode;
pub use training::{
    train_technique_models, train_technique_models_from_directory, CrossValidationResult,
    TechniqueTrainingOptions, TechniqueTrainingReport, TrainedTechniqueModels,
};

/// Errors of the techniques analyser.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TechniquesError {
    /// A model file could not be read.
    #[error("the persuasion-technique model cannot be loaded: {0}")]
    Model(#[from] rhetor_linear::ModelFileError),
    /// The two model files do not belong together, or the metadata lacks the mix.
    #[error("the persuasion-technique models are inconsistent: {0}")]
    Inconsistent(String),
    /// Training failed.
    #[error("training the persuasion-technique models failed: {0}")]
    Training(#[from] rhetor_linear::LinearError),
    /// The training data could not be read.
    #[error(transparent)]
    Data(#[from] rhetor_benchmarks::BenchmarkError),
    /// The training data names a technique that the technique list does not.
    #[error("article {article}: unknown technique {technique:?} (not in the technique list)")]
    UnknownTechnique {
        /// The article id.
        article: String,
        /// The technique id.
        technique: String,
    },
    /// The technique list could not be read or is empty.
    #[error("cannot read the technique list {path}: {message}")]
    TechniqueList {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
}
