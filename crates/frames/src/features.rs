//! The features of a whole article for frames and genre: its words and word pairs, counted
//! sublinearly, and the words of its title.
//!
//! Training and inference call the same function, so the features cannot drift apart.

use rhetor_linear::{FeatureHasher, FeatureNameHash, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::TokenKind;
use rustc_hash::FxHashMap;

/// Namespaces of the hashed features, recorded in the model files.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "w: lowercased word of the article (numbers as 0), b: pair of consecutive words, \
     t: word of the title (the first non-blank line); each counted as 1 + ln(count), \
     then the vector is L2-normalised";

/// The feature vector of an article (empty when the text has no word).
pub(crate) fn article_features(text: &str, hasher: &FeatureHasher) -> SparseVector {
    // Counted first, then added in the order of their names: the builder sums colliding buckets
    // in the order features arrive, and a sorted order keeps those float sums, and so the model
    // files, identical from run to run (a hash map's order is not part of its contract).
    let title = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let title_words = LowercasedWords::of(title);
    let mut title_counts: FxHashMap<&str, u32> = FxHashMap::default();
    for word in title_words.iter() {
        *title_counts.entry(word).or_default() += 1;
    }

    // Words are counted by an id, pairs by the ids of their two words: no string per pair.
    let words = LowercasedWords::of(text);
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut id_words: Vec<&str> = Vec::new();
    let mut word_counts: Vec<u32> = Vec::new();
    let mut pair_counts: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    let mut previous_id = SENTENCE_START;
    for word in words.iter() {
        let next_id = u32::try_from(id_words.len()).unwrap_or(u32::MAX);
        let id = *ids.entry(word).or_insert_with(|| {
            id_words.push(word);
            word_counts.push(0);
            next_id
        });
        if let Some(count) = word_counts.get_mut(id as usize) {
            *count += 1;
        }
        *pair_counts.entry((previous_id, id)).or_default() += 1;
        previous_id = id;
    }
    // Features are added in the order of their names, namespace first (`b` < `t` < `w`). Words
    // are ranked once by their text; because no word holds a space or any character below it, a
    // pair's name `first second` sorts exactly as the pair of ranks (first, second) does, so the
    // pairs, the bulk of the features, are sorted by integers instead of strings.
    let mut ranked: Vec<(&str, u32)> = id_words
        .iter()
        .enumerate()
        .map(|(id, &word)| (word, u32::try_from(id).unwrap_or(u32::MAX)))
        .collect();
    ranked.push(("<s>", SENTENCE_START));
    ranked.sort_unstable();
    let mut word_rank: Vec<u32> = vec![0; id_words.len()];
    let mut start_rank = 0;
    for (rank, &(_, id)) in ranked.iter().enumerate() {
        let rank = u32::try_from(rank).unwrap_or(u32::MAX);
        match word_rank.get_mut(id as usize) {
            Some(slot) => *slot = rank,
            None => start_rank = rank,
        }
    }
    let rank_of = |id: u32| -> u32 {
        if id == SENTENCE_START {
            start_rank
        } else {
            word_rank.get(id as usize).copied().unwrap_or(u32::MAX)
        }
    };
    let word_of_rank = |rank: u32| -> &str { ranked.get(rank as usize).map_or("", |&(word, _)| word) };

    let mut pairs: Vec<((u32, u32), u32)> = pair_counts
        .iter()
        .map(|(&(first, second), &count)| ((rank_of(first), rank_of(second)), count))
        .collect();
    pairs.sort_unstable();
    let mut title_features: Vec<(&str, u32)> = title_counts.into_iter().collect();
    title_features.sort_unstable();
    let mut features: Vec<(u8, &str, Option<&str>, u32)> =
        Vec::with_capacity(title_features.len() + word_counts.len() + pairs.len());
    features.extend(
        pairs
            .iter()
            .map(|&((first, second), count)| (b'b', word_of_rank(first), Some(word_of_rank(second)), count)),
    );
    features.extend(
        title_features
            .iter()
            .map(|&(word, count)| (b't', word, None, count)),
    );
    features.extend(ranked.iter().filter_map(|&(word, id)| {
        let count = *word_counts.get(id as usize)?;
        Some((b'w', word, None, count))
    }));

    let mut vector = SparseVectorBuilder::with_capacity(features.len());
    for (namespace, first, second, count) in features {
        // Sublinear counts: an article that says "war" thirty times is about war, but not thirty
        // times more than one that says it five times.
        let value = 1.0 + (count as f32).ln();
        let mut name = FeatureNameHash::start(namespace).push_str(first);
        if let Some(second) = second {
            name = name.push_bytes(b" ").push_str(second);
        }
        let feature = hasher.finish_feature(name);
        vector.add(feature.bucket, feature.sign * value);
    }
    vector.finish(Normalisation::L2)
}

/// The id of the start of the text, the first word's predecessor in the first pair.
const SENTENCE_START: u32 = u32::MAX;

/// The lowercased words of a text (numbers as `0`, punctuation and symbols left out), one after
/// the other in one string, so that an article's words cost two allocations, not one per word.
struct LowercasedWords {
    joined: String,
    ranges: Vec<std::ops::Range<usize>>,
}

impl LowercasedWords {
    /// The lowercased words of `text`.
    fn of(text: &str) -> Self {
        let mut words = Self {
            joined: String::with_capacity(text.len()),
            ranges: Vec::new(),
        };
        for token in rhetor_segment::tokenize(text) {
            let start = words.joined.len();
            match token.kind {
                TokenKind::Word => {
                    rhetor_segment::push_lowercase(&mut words.joined, &text[token.start..token.end])
                }
                TokenKind::Number => words.joined.push('0'),
                TokenKind::Punctuation | TokenKind::Symbol => continue,
            }
            words.ranges.push(start..words.joined.len());
        }
        words
    }

    /// The words, in text order.
    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.ranges.iter().map(|range| &self.joined[range.clone()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_words_pairs_and_counts_are_features() {
        let hasher = FeatureHasher::new(16).expect("a valid hasher");
        let vector = article_features("Troops deployed\n\nTroops, troops and tanks in 2024.", &hasher);
        let bucket = |namespace: u8, name: &str| hasher.hash_feature(namespace, name).bucket;
        for (namespace, name) in [(b't', "troops"), (b'w', "tanks"), (b'b', "in 0"), (b'w', "0")] {
            assert!(
                vector.indices().contains(&bucket(namespace, name)),
                "{}:{name}",
                namespace as char
            );
        }
        let norm: f32 = vector.values().iter().map(|value| value * value).sum();
        assert!((norm - 1.0).abs() < 1e-4, "{norm}");
    }

    #[test]
    fn empty_text_has_no_features_and_features_are_reproducible() {
        let hasher = FeatureHasher::new(16).expect("a valid hasher");
        assert!(article_features("  \n ... \n", &hasher).is_empty());
        let text = "The minister said the war will go on.\nThe war, the minister said, goes on.";
        assert_eq!(article_features(text, &hasher), article_features(text, &hasher));
    }
}
