//! Persuasion techniques, fast tier: which of the 23 SemEval-2023 techniques a paragraph uses, and
//! on which words or sentence.
//!
//! 1. **Features** (`features.rs`): word and word-pair counts, hand-written cues (scare quotes,
//!    questions, absolutes, flag-waving, doubt, repetition, ...), the words' clusters
//!    (`word_clusters.rs`: 26,988 words grouped without labels by
//!    `research/techniques/word_clusters.py`, so that a word unseen in training is read by the
//!    words it resembles) and, for paragraphs, the words of the whole article, hashed into sparse
//!    vectors.
//!    The paragraph model can also see the previous and the next paragraph's words at half weight
//!    ([`TechniqueTrainingOptions::neighbour_context`]); the shipped model does not: they added
//!    0.002 micro-F1 by cross-validation (within the folds' spread) for two more hashed blocks per paragraph.
//! 2. **Models**: three one-vs-rest logistic regressions ([`rhetor_linear`]), trained by
//!    [`train_technique_models`] on SemEval-2023 Task 3 (subtask 3, English): a *paragraph* model on
//!    the paragraph labels, a *sentence* model on sentences labelled with the techniques whose
//!    gold spans overlap them, and a *token tagger* (`tokens.rs`) on words labelled the same way,
//!    for the nine techniques whose spans are short. The files (`model/paragraphs.rlm`,
//!    `model/sentences.rlm`, `model/tokens.rlm`) are embedded in the binary.
//! 3. **Prediction** ([`find_techniques`]): a paragraph's probability of a technique is a *stack*
//!    ([`Stack`]) of the paragraph model's margin, the best sentence's, the best word's and the
//!    article's mean paragraph margin, fitted on out-of-fold margins; the per-technique
//!    thresholds were chosen by cross-validation (both are stored in the paragraph model file).
//!    A few written rules (`rules.rs`) add `Whataboutism` and `Appeal_to_Hypocrisy`, which the data
//!    has too few examples of, and `Doubt` on scare quotes; training adopts each group only when
//!    cross-validation shows it does not lower micro-F1 (the scare-quote group lowers it). Each
//!    predicted technique is reported on the words the tagger points at (its techniques), on the
//!    rule's sentence, or on the sentence that scores it highest, with the features that weighed
//!    most (or the rule) as evidence.
//!
//! 4. **Accurate tier** (opt-in, `rhetor analyze --accurate`;
//!    [`TechniqueDetector::with_accurate_tier`]): two more models over the all-MiniLM-L6-v2
//!    encoder's output (crate `rhetor-embed`), both embedded: a one-vs-rest logistic regression
//!    over each paragraph's embedding (`model/embeddings.rlm`, 28 kB), whose margin is a fifth
//!    stack input, and a *contextual word model*, a network with one hidden layer of 256
//!    rectified linear units ([`rhetor_linear::HiddenLayerNetwork`];
//!    `model/context-hidden-layer.rlm` and `model/contexts.rlm`) over each content word's state
//!    in its paragraph (the mean of its wordpieces' hidden states summed over the last four
//!    layers, [`rhetor_embed::SentenceEncoder::word_states`], read from the words as the token
//!    tagger reads them, party names as `<party>`), trained on the same span-labelled words as
//!    the tagger but for all 23 techniques (a word is labelled with every technique whose span
//!    it overlaps), whose best content word's margin is a sixth. The tier's own stack, thresholds and
//!    rules, chosen by the same nested cross-validation on the same folds, are in the embedding
//!    model's file. By cross-validation it raises micro-F1 from 0.428 to 0.459 (every fold
//!    gains) and macro-F1 from 0.155 to 0.173, at the cost of two encoder passes per paragraph.
//!    The fast tier's files and output do not depend on it. `rhetor train techniques
//!    --accurate` trains both, keeping the paragraph embeddings and word states in cache files
//!    outside the repository.
//!
//! `rhetor train techniques --data DIR` reproduces the model files; `rhetor eval techniques`
//! scores the shipped models on data in the subtask-3 format.

mod detector;
mod features;
mod rules;
mod stacking;
mod thresholds;
mod tokens;
mod training;
mod word_clusters;

pub use detector::{
    evaluate_technique_articles, find_techniques, find_techniques_with, paragraph_input, AdoptedRules,
    ParagraphInput, ParagraphPrediction, TechniqueDetector, TechniqueEvaluation,
};
pub use rules::RuleGroup;
pub use stacking::{Stack, StackInputSet, StackInputs, FAST_STACK_INPUTS, STACK_INPUTS, STACK_INPUT_NAMES};
pub use thresholds::ThresholdMode;
pub use training::{
    quantise_word_state, read_technique_training_data, train_accurate_technique_models,
    train_technique_models, train_technique_models_from_directory, training_paragraph_texts,
    training_paragraph_words, AccurateTierReport, CrossValidationResult, L2Scores, StackRows,
    TechniqueTrainingOptions, TechniqueTrainingReport, TrainedTechniqueModels, WordState,
};

/// Errors of the techniques analyser.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TechniquesError {
    /// A model file could not be read.
    #[error("the persuasion-technique model cannot be loaded: {0}")]
    Model(#[from] rhetor_linear::ModelFileError),
    /// The model files do not belong together, or the metadata lacks the stack.
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
