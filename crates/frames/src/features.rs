//! The features of a whole article for frames and genre: its words and word pairs, counted
//! sublinearly, and the words of its title.
//!
//! Training and inference call the same function, so the features cannot drift apart.

use rhetor_linear::{FeatureHasher, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::TokenKind;
use rustc_hash::FxHashMap;

/// Namespaces of the hashed features, recorded in the model files.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "w: lowercased word of the article (numbers as 0), b: pair of consecutive words, \
     t: word of the title (the first non-blank line); each counted as 1 + ln(count), \
     then the vector is L2-normalised";

/// The feature vector of an article (empty when the text has no word).
pub(crate) fn article_features(text: &str, hasher: &FeatureHasher) -> SparseVector {
    // Counted first, then added in sorted order: the builder sums colliding buckets in the order
    // features arrive, and a sorted order keeps those float sums, and so the model files,
    // identical from run to run (a hash map's order is not part of its contract).
    let mut counts: FxHashMap<(u8, String), u32> = FxHashMap::default();
    let title = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    for word in words(title) {
        *counts.entry((b't', word)).or_default() += 1;
    }
    let mut previous_word = String::from("<s>");
    for word in words(text) {
        *counts
            .entry((b'b', format!("{previous_word} {word}")))
            .or_default() += 1;
        *counts.entry((b'w', word.clone())).or_default() += 1;
        previous_word = word;
    }
    let mut counts: Vec<((u8, String), u32)> = counts.into_iter().collect();
    counts.sort_unstable();

    let mut vector = SparseVectorBuilder::new();
    for ((namespace, name), count) in counts {
        // Sublinear counts: an article that says "war" thirty times is about war, but not thirty
        // times more than one that says it five times.
        let value = 1.0 + (count as f32).ln();
        hasher.add_feature(&mut vector, namespace, &name, value);
    }
    vector.finish(Normalisation::L2)
}

/// The lowercased words of `text`, numbers as `0`, punctuation and symbols left out.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    rhetor_segment::tokenize(text)
        .into_iter()
        .filter_map(move |token| match token.kind {
            TokenKind::Word => Some(text[token.start..token.end].to_lowercase()),
            TokenKind::Number => Some("0".to_owned()),
            TokenKind::Punctuation | TokenKind::Symbol => None,
        })
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
