//! Check-worthy claims: which sentences a fact-checker should look at first.
//!
//! 1. **Features** (`features.rs`): word 1-3-grams and character 2-5-grams of a sentence with
//!    numbers and names masked, hashed into a sparse vector; the accurate tier appends the
//!    sentence's all-MiniLM-L6-v2 embedding, from any [`rhetor_embed::SentenceEmbedder`] (the
//!    encoder, or during training the embedding cache in front of it).
//! 2. **Models**: logistic regressions ([`rhetor_linear`]) trained by [`train_claim_model`] on the
//!    CheckThat! 2024 English training sentences, their thresholds chosen on the `dev` file; the
//!    model files `model/checkworthiness.rlm` (fast tier) and `model/checkworthiness-accurate.rlm`
//!    are embedded in the binary, the encoder's weights are not.
//! 3. **Scoring** ([`find_claims`], [`ClaimScorer`]): every sentence of a document, and every
//!    clause of a long one (`clauses.rs`), gets a score in [0, 1]; a judgement with nothing
//!    checkable in it (`evaluative.rs`) has its score lowered; claims at or above the shipped
//!    threshold are check-worthy. Every clause check-worthy by itself is a claim of its own, its
//!    span that clause (the best one scoring the better of itself and its sentence), and so is,
//!    in such a sentence, every clause stating a legal status (`should join the conventions`),
//!    scored the threshold; a sentence without a check-worthy clause is one claim, so that every
//!    sentence is scored and ranked. Claims do not overlap and come out ranked, highest score
//!    first; each says what kind of fact it asserts (`claim_types.rs`) and which actors it is
//!    about.
//!
//! `rhetor train claims [--accurate] --data DIR` reproduces the model files from the data;
//! `rhetor eval claims [--accurate] --data FILE` reports the benchmark's metric (F1 of the class
//! `Yes`).

mod claim_types;
mod clauses;
mod evaluative;
mod features;
mod phrases;
mod scorer;
mod training;

pub use scorer::{find_claims, ClaimScorer};
pub use training::{
    train_claim_model, ClaimTrainingOptions, ClaimTrainingReport, EvaluationRuleReport, SplitScores,
};

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
    /// The sentence embeddings of the accurate tier could not be computed: the encoder's weights
    /// are missing (the message names `scripts/fetch-minilm.sh`), or, in training, the embedding
    /// cache could not be read or written.
    ///
    /// The message includes the embedding error's, which is therefore not its `source`: a
    /// report that prints the chain of sources would say it twice, one that prints the message
    /// alone (the Python binding) would lose it.
    #[error("the accurate tier of check-worthiness cannot run: {0}")]
    Embedding(rhetor_embed::EmbedError),
}

impl From<rhetor_embed::EmbedError> for ClaimsError {
    fn from(error: rhetor_embed::EmbedError) -> ClaimsError {
        ClaimsError::Embedding(error)
    }
}
