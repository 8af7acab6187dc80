//! Check-worthy claims: which sentences a fact-checker should look at first.
//!
//! 1. **Features** (`features.rs`): words, word pairs, character n-grams and cues of factual
//!    content of a sentence, hashed into a sparse vector.
//! 2. **Model**: a logistic regression ([`rhetor_linear`]) trained by [`train_claim_model`] on the
//!    CheckThat! 2024 English training sentences, its threshold chosen on the `dev` file; the model
//!    file `model/checkworthiness.rlm` is embedded in the binary.
//! 3. **Scoring** ([`find_claims`]): every sentence of a document gets a score in [0, 1]; those at
//!    or above the shipped threshold are check-worthy. Claims come out ranked, highest score first.
//!
//! `rhetor train claims --data DIR` reproduces the model file from the data; `rhetor eval claims
//! --data FILE` reports the benchmark's metric (F1 of the class `Yes`).

mod claim_types;
mod clauses;
mod features;
mod scorer;
mod training;

pub use scorer::{find_claims, ClaimScorer};
pub use training::{train_claim_model, ClaimTrainingOptions, ClaimTrainingReport};

/// Errors of the claims analyser.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClaimsError {
    /// The model file could not be read.
    #[error("the check-worthiness model cannot be loaded: {0}")]
    Model(#[from] rhetor_linear::ModelFileError),
    /// Training failed.
    #[error("training the check-worthiness model failed: {0}")]
    Training(#[from] rhetor_linear::LinearError),
    /// The training data could not be read.
    #[error(transparent)]
    Data(#[from] rhetor_benchmarks::BenchmarkError),
}
