//! Word clusters: groups of words that occur in the same contexts, a feature of the token tagger
//! and of the paragraph and sentence models beside the words themselves.
//!
//! The models read a word as itself, so a loaded word they never saw in training (`atrocious`
//! where training had `heinous`) has no weight of its own; its cluster does. The clusters
//! (`data/word_clusters.tsv`, 26,988 words, the most frequent first, each in one of 64, one of
//! 256 and one of 1,024 clusters) were trained without labels by
//! `research/techniques/word_clusters.py`: skip-gram word vectors over the SemEval-2023 training
//! articles and the UN and State Department corpora, grouped by k-means. Every technique model
//! file records the table's fingerprint, and a test fails when the table changed without the
//! models being retrained.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// The table `research/techniques/word_clusters.py` writes: `word<TAB>c64<TAB>c256<TAB>c1024`.
const WORD_CLUSTERS_TSV: &str = include_str!("../data/word_clusters.tsv");

/// A word's cluster at each of the three granularities, coarsest first, as the table writes the
/// ids (features name them; the tests check they are numbers within their granularity).
pub(crate) type WordClusterIds = [&'static str; 3];

/// The cluster ids of `word` (lower case, as the tagger reads it), if the table has it.
pub(crate) fn word_clusters(word: &str) -> Option<WordClusterIds> {
    static TABLE: OnceLock<FxHashMap<&'static str, WordClusterIds>> = OnceLock::new();
    TABLE
        .get_or_init(|| parse_word_clusters(WORD_CLUSTERS_TSV))
        .get(word)
        .copied()
}

/// A cluster as evidence names it: its id and its three most frequent words (the table lists the
/// most frequent words first), `190 (heinous, atrocious, despicable)`. `granularity` is 0, 1 or 2
/// (64, 256 or 1,024 clusters).
pub(crate) fn describe_cluster(granularity: usize, id: &str) -> String {
    const EXAMPLES: usize = 3;
    static MEMBERS: OnceLock<[FxHashMap<&'static str, Vec<&'static str>>; 3]> = OnceLock::new();
    let members = MEMBERS.get_or_init(|| {
        let mut members: [FxHashMap<&str, Vec<&str>>; 3] = Default::default();
        for (word, ids) in word_cluster_rows(WORD_CLUSTERS_TSV) {
            for (level, cluster) in members.iter_mut().zip(ids) {
                let examples = level.entry(cluster).or_default();
                if examples.len() < EXAMPLES {
                    examples.push(word);
                }
            }
        }
        members
    });
    match members.get(granularity).and_then(|level| level.get(id)) {
        Some(examples) => format!("{id} ({})", examples.join(", ")),
        None => id.to_owned(),
    }
}

/// The fingerprint of the cluster table the models of this build read, recorded in every
/// technique model's metadata when it is trained.
pub(crate) fn word_clusters_fingerprint() -> String {
    format!("{:016x}", rhetor_linear::fnv1a_64(WORD_CLUSTERS_TSV.as_bytes()))
}

/// Parses the table into a map from word to cluster ids.
fn parse_word_clusters(table: &str) -> FxHashMap<&str, [&str; 3]> {
    word_cluster_rows(table).collect()
}

/// The table's rows in file order (the most frequent words first); a line without exactly three
/// ids after the word (which the embedded file has none of, as a test checks) is skipped.
fn word_cluster_rows(table: &str) -> impl Iterator<Item = (&str, [&str; 3])> {
    table.lines().filter_map(|line| {
        let mut fields = line.split('\t');
        let word = fields.next()?;
        let ids = [fields.next()?, fields.next()?, fields.next()?];
        fields.next().is_none().then_some((word, ids))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_embedded_table_parses() {
        let lines = WORD_CLUSTERS_TSV.lines().count();
        assert!(lines > 10_000, "{lines} lines");
        assert_eq!(parse_word_clusters(WORD_CLUSTERS_TSV).len(), lines);
    }

    #[test]
    fn ids_are_numbers_within_their_granularity() {
        for ids in parse_word_clusters(WORD_CLUSTERS_TSV).values() {
            let numbers = ids.map(|id| id.parse::<u16>().expect("a number"));
            assert!(
                numbers[0] < 64 && numbers[1] < 256 && numbers[2] < 1024,
                "{ids:?}"
            );
        }
    }

    #[test]
    fn loaded_words_that_keep_the_same_company_share_a_cluster() {
        // What the module documentation, the README and ARCHITECTURE.md say the clusters do: a
        // regenerated table that no longer groups these needs those texts revisited too.
        let fine = |word: &str| word_clusters(word).map(|[_, _, fine]| fine);
        assert!(fine("heinous").is_some());
        assert_eq!(fine("heinous"), fine("atrocious"));
        assert_eq!(fine("heinous"), fine("despicable"));
        let coarse = |word: &str| word_clusters(word).map(|[coarse, _, _]| coarse);
        assert_eq!(coarse("brutal"), coarse("heinous"));
        assert_eq!(coarse("savage"), coarse("heinous"));
    }

    #[test]
    fn a_cluster_is_described_by_its_most_frequent_words() {
        let [_, middle, _] = word_clusters("the").expect("the commonest word has a cluster");
        let description = describe_cluster(1, middle);
        assert!(description.starts_with(&format!("{middle} (")), "{description}");
        assert!(description.contains("the"), "{description}");
        assert_eq!(describe_cluster(1, "no such cluster"), "no such cluster");
    }

    #[test]
    fn a_malformed_line_is_skipped_and_unknown_words_have_no_cluster() {
        let table = parse_word_clusters("cruel\t1\t2\t3\nbroken\t1\t2\nextra\t1\t2\t3\t4\n");
        assert_eq!(table.len(), 1);
        assert_eq!(table.get("cruel"), Some(&["1", "2", "3"]));
        assert_eq!(word_clusters("no-such-word-in-any-corpus"), None);
    }
}
