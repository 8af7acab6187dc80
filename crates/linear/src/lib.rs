//! The machine-learning core of rhetor's learned analysers: hashed sparse features, one-vs-rest
//! logistic regression, F1-optimal thresholds, and a compact model file.
//!
//! The persuasion-technique analyser (23 labels per paragraph or sentence) and the
//! check-worthiness analyser (one label per sentence) both use it. `rhetor train` runs steps 1 to
//! 4 on CPU; the model file is committed to the repository and embedded in the binary, which runs
//! step 5. The crate knows nothing about text: callers decide which features a text has.
//!
//! 1. **Hash features** ([`FeatureHasher`], [`SparseVectorBuilder`]): the caller names each
//!    feature (`w:tax`, `b:tax cut`), the hasher maps it to one of `2^buckets_log2` buckets with a
//!    sign, and the builder sums and optionally L2-normalises the values into a [`SparseVector`].
//!    The hashing is FNV-1a, specified bit for bit on [`FeatureHasher`].
//! 2. **Train** ([`train`]): one L2-regularised logistic regression per label, by FTRL-Proximal
//!    (per-coordinate AdaGrad rates; seeded shuffles make it bit-for-bit deterministic), with
//!    optional extra weight on rare positives ([`PositiveWeight`]).
//! 3. **Choose thresholds** ([`choose_thresholds`]): on validation probabilities, the F1-optimal
//!    cut-off per label, with a global one for labels with too few positives; score with
//!    [`multi_label_scores`]; split data with [`grouped_folds`] so that no document is split
//!    between training and validation.
//! 4. **Quantise and save** ([`save`]): weights to 8 bits per label with a per-label scale, with
//!    label names, hashing parameters, thresholds and the caller's metadata, checksummed.
//! 5. **Load and score** ([`load`], [`LinearModel::scores`], [`LinearModel::predict`],
//!    [`LinearModel::top_features`] for explanations).
//!
//! For dense inputs that no linear model separates well, [`train_hidden_layer_network`] trains
//! a network with one hidden layer ([`HiddenLayerNetwork`]) stored as two linear models, so that
//! steps 4 and 5 apply to it unchanged.
//!
//! # Examples
//!
//! ```
//! use rhetor_linear::{
//!     choose_thresholds, load, save, train, FeatureHasher, Normalisation, SparseVector,
//!     SparseVectorBuilder, ThresholdOptions, TrainingOptions,
//! };
//!
//! // 1. Hash features: here, the lowercased words of each text.
//! let hasher = FeatureHasher::new(12)?;
//! let vectorise = |text: &str| -> SparseVector {
//!     let mut vector = SparseVectorBuilder::new();
//!     for word in text.split_whitespace() {
//!         hasher.add_feature(&mut vector, b'w', &word.to_lowercase(), 1.0);
//!     }
//!     vector.finish(Normalisation::L2)
//! };
//! let texts = [
//!     ("They will destroy everything we love", [true, false]),
//!     ("Only a traitor would vote for this", [true, true]),
//!     ("Every patriot knows the traitor lies", [false, true]),
//!     ("The committee met on Tuesday", [false, false]),
//!     ("The budget was published today", [false, false]),
//!     ("Foreign firms destroy our jobs", [true, false]),
//! ];
//! let examples: Vec<SparseVector> = texts.iter().map(|(text, _)| vectorise(text)).collect();
//! let labels: Vec<Vec<bool>> = texts.iter().map(|(_, gold)| gold.to_vec()).collect();
//! let names = vec!["Appeal_to_Fear".to_owned(), "Name_Calling".to_owned()];
//!
//! // 2. Train.
//! let options = TrainingOptions { epochs: 30, ..TrainingOptions::default() };
//! let mut model = train(&examples, &labels, names, hasher, &options)?;
//!
//! // 3. Choose thresholds (on the training data here; on held-out data in real use).
//! let probabilities: Vec<Vec<f32>> = examples.iter().map(|vector| model.scores(vector)).collect();
//! let threshold_options = ThresholdOptions { minimum_positives: 1, ..ThresholdOptions::default() };
//! model.set_thresholds(choose_thresholds(&probabilities, &labels, &threshold_options)?.per_label)?;
//! model.set_metadata(r#"{"command": "doc example"}"#.to_owned());
//!
//! // 4. Quantise and save.
//! let mut file = Vec::new();
//! save(&model, &mut file)?;
//!
//! // 5. Load and score.
//! let loaded = load(&file)?;
//! assert_eq!(loaded.metadata(), r#"{"command": "doc example"}"#);
//! let fear = vectorise("they destroy our future");
//! assert_eq!(loaded.predict(&fear), vec![true, false]);
//! assert_eq!(loaded.predict(&vectorise("the traitor lies")), vec![false, true]);
//! assert_eq!(loaded.predict(&vectorise("the committee published the budget")), vec![false, false]);
//! // Explain: "destroy", in both fearful texts, pushes Appeal_to_Fear up the most.
//! let destroy = hasher.hash_feature(b'w', "destroy").bucket;
//! assert_eq!(loaded.top_features(0, &fear, 1)[0].0, destroy);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod feature_hashing;
mod grouped_folds;
mod hidden_layer_network;
mod logistic_regression;
mod model_file;
mod multi_label_scores;
mod random;
#[cfg(test)]
mod synthetic_problem;
mod thresholds;

pub use error::LinearError;
pub use feature_hashing::{
    fnv1a_64, FeatureHasher, FeatureNameHash, HashedFeature, Normalisation, SparseVector,
    SparseVectorBuilder, FNV1A_64_OFFSET_BASIS, FNV1A_64_PRIME, MAX_BUCKETS_LOG2,
};
pub use grouped_folds::grouped_folds;
pub use hidden_layer_network::{train_hidden_layer_network, HiddenLayerNetwork, NetworkTrainingOptions};
pub use logistic_regression::{train, LinearModel, PositiveWeight, TrainingOptions, MAX_WEIGHT_COUNT};
pub use model_file::{load, save, ModelFileError, MODEL_FILE_MAGIC, MODEL_FILE_VERSION};
pub use multi_label_scores::{multi_label_scores, MultiLabelScores, PrecisionRecallF1};
pub use thresholds::{apply_thresholds, choose_thresholds, ChosenThresholds, ThresholdOptions};
