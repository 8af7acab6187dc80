//! Frames and genre of whole articles (SemEval-2023 Task 3, subtasks 2 and 1).
//!
//! 1. **Features** (`features.rs`): the words and word pairs of the whole text (counted
//!    sublinearly) and the words of its title (first non-blank line), hashed and L2-normalised.
//! 2. **Models**: two one-vs-rest logistic regressions ([`rhetor_linear`]) trained by
//!    [`train_frame_models`] on the SemEval-2023 English training articles: 14 frames, each with
//!    its own threshold, and 3 genres (`opinion`, `reporting`, `satire`), the most probable of
//!    which wins. Hyperparameters are chosen, and scores measured, by cross-validation grouped by
//!    article ([`cross_validate`]). The model files `model/frames.rlm` and `model/genre.rlm` are
//!    embedded in the binary.
//! 3. **Analysis** ([`find_frames`]): the frames of a text, most confident first, and its genre.
//!
//! `rhetor train frames` reproduces the model files from the data; `rhetor eval frames` reruns
//! the cross-validation with the shipped hyperparameters and prints micro-F1 of the frames,
//! macro-F1 of the genre and a table per label.

mod analyser;
mod features;
mod training;

pub use analyser::{find_frames, FrameModels};
pub use training::{
    cross_validate, train_frame_models, CrossValidation, FrameTrainingOptions, FrameTrainingReport,
    Hyperparameters, FRAMES,
};

use std::path::Path;

/// Errors of the frames analyser.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FramesError {
    /// A model file could not be read.
    #[error("the frames or genre model cannot be loaded: {0}")]
    Model(#[from] rhetor_linear::ModelFileError),
    /// Training failed.
    #[error("training the frames or genre model failed: {0}")]
    Training(#[from] rhetor_linear::LinearError),
    /// The training data could not be read.
    #[error(transparent)]
    Data(#[from] rhetor_benchmarks::BenchmarkError),
    /// The training data names a frame outside the 14 of subtask 2.
    #[error("article {article} has the unknown frame {frame:?}")]
    UnknownFrame {
        /// The article id.
        article: String,
        /// The frame, verbatim.
        frame: String,
    },
    /// A model's metadata lacks what training records, or the options are inconsistent.
    #[error("{0}")]
    Metadata(String),
}

/// Reruns the cross-validation of [`cross_validate`] with the hyperparameters recorded in the
/// shipped models, on the SemEval-2023 English data in `semeval_directory`.
///
/// # Errors
///
/// When the shipped models cannot be loaded or do not record their hyperparameters, the data
/// cannot be read, or training fails.
pub fn cross_validate_shipped(semeval_directory: &Path) -> Result<CrossValidation, FramesError> {
    let models = FrameModels::embedded().map_err(|error| FramesError::Metadata(error.to_string()))?;
    let (frames, genre) = models.hyperparameters()?;
    cross_validate(semeval_directory, &frames, &genre)
}
