//! Synthetic multi-label problems for the tests: learnable by construction, of any size.
//!
//! Each label owns ten cue words; a positive example of a label contains three of its cues,
//! and every example contains random noise words shared by all labels. Cues are unique to their
//! label, so a linear model can separate every label up to hash collisions.

use crate::feature_hashing::{FeatureHasher, Normalisation, SparseVector, SparseVectorBuilder};
use crate::random::SplitMix64;

/// Examples, their gold labels, the label names and the hasher that built the vectors.
pub(crate) struct SyntheticProblem {
    pub(crate) examples: Vec<SparseVector>,
    pub(crate) labels: Vec<Vec<bool>>,
    pub(crate) label_names: Vec<String>,
    pub(crate) feature_hasher: FeatureHasher,
}

/// A problem of `example_count` L2-normalised examples over `label_count` labels, each label
/// positive with probability 1/5, each example with `noise_words` noise words out of 5 000.
pub(crate) fn synthetic_problem(
    example_count: usize,
    label_count: usize,
    buckets_log2: u32,
    noise_words: usize,
    seed: u64,
) -> SyntheticProblem {
    synthetic_problem_with_vocabulary(example_count, label_count, buckets_log2, noise_words, 5_000, seed)
}

/// [`synthetic_problem`] with noise words drawn from `noise_vocabulary` words: a large
/// vocabulary touches most buckets, as real text does.
pub(crate) fn synthetic_problem_with_vocabulary(
    example_count: usize,
    label_count: usize,
    buckets_log2: u32,
    noise_words: usize,
    noise_vocabulary: usize,
    seed: u64,
) -> SyntheticProblem {
    let feature_hasher = FeatureHasher::new(buckets_log2).expect("a valid size");
    let mut random = SplitMix64::new(seed);
    let mut examples = Vec::with_capacity(example_count);
    let mut labels = Vec::with_capacity(example_count);
    for _ in 0..example_count {
        let mut vector = SparseVectorBuilder::new();
        let gold: Vec<bool> = (0..label_count).map(|_| random.next_below(5) == 0).collect();
        for (label, _) in gold.iter().enumerate().filter(|(_, &positive)| positive) {
            for _ in 0..3 {
                let cue = format!("cue{label}_{}", random.next_below(10));
                feature_hasher.add_feature(&mut vector, b'w', &cue, 1.0);
            }
        }
        for _ in 0..noise_words {
            let noise = format!("noise{}", random.next_below(noise_vocabulary));
            feature_hasher.add_feature(&mut vector, b'w', &noise, 1.0);
        }
        examples.push(vector.finish(Normalisation::L2));
        labels.push(gold);
    }
    SyntheticProblem {
        examples,
        labels,
        label_names: (0..label_count).map(|label| format!("label_{label}")).collect(),
        feature_hasher,
    }
}
