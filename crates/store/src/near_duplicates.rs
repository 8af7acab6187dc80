//! Near-duplicate detection: MinHash signatures over word shingles, and locality-sensitive
//! hashing (LSH) by bands to find the candidates of a new document without comparing it with every
//! stored one.
//!
//! A syndicated copy of a statement (the same text re-published with a dateline, a header, a
//! footer or a few edited words) shares most of its runs of consecutive words with the original.
//! The Jaccard similarity of the two sets of word shingles measures that. Comparing a new document
//! with every stored one would not scale, so each document gets a MinHash signature of
//! [`SIGNATURE_HASHES`] minima, cut into [`BANDS`] bands whose hashes are stored in an indexed
//! table: a pair near the threshold shares at least one band key almost surely (see
//! [`candidate_probability`]), while unrelated pairs rarely do. The few candidates whose signatures
//! estimate a similarity of at least [`CANDIDATE_ESTIMATE_FLOOR`] are then compared exactly, so that
//! the estimate's error (a standard deviation of about 0.04 at the threshold) decides nothing.
//!
//! The parameters were chosen by measurement on the statement corpora and on synthetic edits of
//! them (`cargo run --release -p rhetor-store --example near_duplicate_measurement`, figures in
//! the README): 5-word shingles, 128 hashes in 32 bands of 4, and a threshold of 0.6 on the exact
//! similarity. Re-issued press releases (a corrected time, a changed word, an added paragraph)
//! measured 0.64 to 1.0; distinct statements built on one template (a national day message a year
//! later, the next internship call) at most 0.57.

use rhetor_linear::fnv1a_64;

/// Words per shingle. Shorter shingles make unrelated texts on the same topic look alike (the
/// diplomatic vocabulary is small); longer ones make a copy with scattered edits look unrelated.
pub const SHINGLE_WORDS: usize = 5;

/// MinHash values per signature.
pub const SIGNATURE_HASHES: usize = 128;

/// LSH bands: each band is [`ROWS_PER_BAND`] consecutive signature values hashed to one key.
pub const BANDS: usize = 32;

/// Signature values per band.
pub const ROWS_PER_BAND: usize = SIGNATURE_HASHES / BANDS;

/// The Jaccard similarity of word shingles from which a later document is stored as a
/// near-duplicate of an earlier one.
pub const NEAR_DUPLICATE_THRESHOLD: f64 = 0.6;

/// Candidates whose signatures estimate a lower similarity are not compared exactly: 0.15 below
/// the threshold is more than three standard deviations of a 128-value estimate there.
pub const CANDIDATE_ESTIMATE_FLOOR: f64 = 0.45;

/// The lower-case words of a text: maximal runs of alphanumeric characters. Punctuation, line
/// breaks and case are what syndication changes most without changing the statement.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// The set of `shingle_words`-word shingles of `text`, each as a 64-bit hash, sorted and without
/// repeats. A text shorter than one shingle is one shingle of all its words, so that two short
/// texts are compared too; a text without words has none.
pub fn word_shingles(text: &str, shingle_words: usize) -> Vec<u64> {
    let word_hashes: Vec<u64> = words(text).map(|word| fnv1a_64(word.as_bytes())).collect();
    let window = shingle_words.clamp(1, word_hashes.len().max(1));
    let mut shingles: Vec<u64> = word_hashes
        .windows(window)
        .map(|shingle| {
            shingle
                .iter()
                .fold(0x9E37_79B9_7F4A_7C15, |hash, &word| mix(hash ^ word))
        })
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

/// The exact Jaccard similarity of two sorted, repeat-free shingle sets (1 for two empty sets is
/// never asked for: callers skip texts without words).
pub fn jaccard(first: &[u64], second: &[u64]) -> f64 {
    let (mut index_first, mut index_second, mut shared) = (0, 0, 0usize);
    while index_first < first.len() && index_second < second.len() {
        match first[index_first].cmp(&second[index_second]) {
            std::cmp::Ordering::Less => index_first += 1,
            std::cmp::Ordering::Greater => index_second += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                index_first += 1;
                index_second += 1;
            }
        }
    }
    let union = first.len() + second.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// SplitMix64's finaliser: a bijective 64-bit mixer, so that `mix(shingle ^ seed)` for different
/// seeds behaves as independent random hash functions of the shingle.
fn mix(value: u64) -> u64 {
    let mut mixed = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    mixed ^ (mixed >> 31)
}

/// A MinHash signature: for each of `hashes` hash functions, the lowest 32 bits of the smallest
/// hash of any shingle. Two signatures agree at a position with probability equal to the Jaccard
/// similarity of the shingle sets (32 bits make accidental agreement negligible).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinHashSignature {
    minima: Vec<u32>,
}

impl MinHashSignature {
    /// The signature of a shingle set with `hashes` hash functions; `None` for an empty set.
    pub fn of_shingles(shingles: &[u64], hashes: usize) -> Option<MinHashSignature> {
        if shingles.is_empty() {
            return None;
        }
        let minima = (0..hashes as u64)
            .map(|function| {
                let seed = mix(function.wrapping_mul(0xD6E8_FEB8_6659_FD93));
                let smallest = shingles
                    .iter()
                    .map(|&shingle| mix(shingle ^ seed))
                    .min()
                    .unwrap_or(u64::MAX);
                // The low half of a good 64-bit hash is itself a good 32-bit hash.
                smallest as u32
            })
            .collect();
        Some(MinHashSignature { minima })
    }

    /// The signature of a text with the store's parameters ([`SHINGLE_WORDS`],
    /// [`SIGNATURE_HASHES`]); `None` for a text without words.
    pub fn of_text(text: &str) -> Option<MinHashSignature> {
        MinHashSignature::of_shingles(&word_shingles(text, SHINGLE_WORDS), SIGNATURE_HASHES)
    }

    /// The share of positions where two signatures agree: the estimate of the Jaccard similarity.
    /// Signatures of different lengths (which the store never mixes) compare over the shorter.
    pub fn estimated_jaccard(&self, other: &MinHashSignature) -> f64 {
        let compared = self.minima.len().min(other.minima.len());
        if compared == 0 {
            return 0.0;
        }
        let agreeing = self
            .minima
            .iter()
            .zip(&other.minima)
            .filter(|(first, second)| first == second)
            .count();
        agreeing as f64 / compared as f64
    }

    /// The LSH keys: one per band of `rows_per_band` consecutive values, hashed together with the
    /// band's index so that equal values in different bands do not collide. Two documents are
    /// candidates when they share any key.
    pub fn band_keys(&self, rows_per_band: usize) -> Vec<i64> {
        self.minima
            .chunks(rows_per_band.max(1))
            .enumerate()
            .map(|(band, values)| {
                let mut bytes = Vec::with_capacity(8 + 4 * values.len());
                bytes.extend_from_slice(&(band as u64).to_le_bytes());
                for value in values {
                    bytes.extend_from_slice(&value.to_le_bytes());
                }
                // SQLite integers are signed: the key's bits are kept, reinterpreted.
                i64::from_le_bytes(fnv1a_64(&bytes).to_le_bytes())
            })
            .collect()
    }

    /// The signature as stored: its values as little-endian `u32`s.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.minima.iter().flat_map(|value| value.to_le_bytes()).collect()
    }

    /// A stored signature read back; `None` when the length is not a whole number of values.
    pub fn from_bytes(bytes: &[u8]) -> Option<MinHashSignature> {
        if bytes.len() % 4 != 0 {
            return None;
        }
        let minima = bytes
            .chunks_exact(4)
            .map(|chunk| u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]))
            .collect();
        Some(MinHashSignature { minima })
    }
}

/// The probability that two documents whose shingle sets have Jaccard similarity `similarity`
/// share at least one of `bands` band keys of `rows_per_band` values: `1 - (1 - s^r)^b`.
pub fn candidate_probability(similarity: f64, bands: usize, rows_per_band: usize) -> f64 {
    let rows = i32::try_from(rows_per_band).unwrap_or(i32::MAX);
    let bands = i32::try_from(bands).unwrap_or(i32::MAX);
    1.0 - (1.0 - similarity.powi(rows)).powi(bands)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATEMENT: &str = "The Ministry of Foreign Affairs strongly condemns the shelling of \
        border villages on 17 March. According to preliminary data, two civilians were killed and \
        five were wounded. We demand an immediate and impartial investigation of these crimes, and \
        we call on the international community to give a principled assessment of the provocation.";

    #[test]
    fn a_copy_with_a_header_and_different_punctuation_is_estimated_close_to_its_exact_similarity() {
        let copy = format!(
            "FOR IMMEDIATE RELEASE -- Press service.\n\n{}\n\n###",
            STATEMENT.to_uppercase().replace(',', ";")
        );
        let exact = jaccard(
            &word_shingles(STATEMENT, SHINGLE_WORDS),
            &word_shingles(&copy, SHINGLE_WORDS),
        );
        let (Some(original), Some(copied)) = (
            MinHashSignature::of_text(STATEMENT),
            MinHashSignature::of_text(&copy),
        ) else {
            panic!("both texts have words");
        };
        let estimate = original.estimated_jaccard(&copied);
        assert!(exact > 0.7 && exact < 1.0, "exact {exact}");
        // Four standard errors of a 128-value estimate at this similarity.
        assert!(
            (estimate - exact).abs() < 0.17,
            "estimate {estimate}, exact {exact}"
        );
        assert!(estimate >= NEAR_DUPLICATE_THRESHOLD);
    }

    #[test]
    fn unrelated_statements_on_the_same_topic_are_far_apart() {
        let other = "The Embassy notes with regret the statement of the Ministry of Foreign \
            Affairs on border villages. Our armed forces did not open fire on 17 March, and every \
            claim of casualties is a fabrication meant to derail the negotiations on a peace treaty.";
        let (Some(first), Some(second)) = (
            MinHashSignature::of_text(STATEMENT),
            MinHashSignature::of_text(other),
        ) else {
            panic!("both texts have words");
        };
        assert!(first.estimated_jaccard(&second) < 0.2);
    }

    #[test]
    fn a_signature_survives_storage_and_a_damaged_one_is_refused() {
        let Some(signature) = MinHashSignature::of_text(STATEMENT) else {
            panic!("the statement has words");
        };
        let bytes = signature.to_bytes();
        assert_eq!(bytes.len(), 4 * SIGNATURE_HASHES);
        assert_eq!(MinHashSignature::from_bytes(&bytes), Some(signature));
        assert_eq!(MinHashSignature::from_bytes(&bytes[..5]), None);
    }

    #[test]
    fn identical_texts_share_every_band_key_and_texts_without_words_have_no_signature() {
        let (Some(first), Some(second)) = (
            MinHashSignature::of_text(STATEMENT),
            MinHashSignature::of_text(STATEMENT),
        ) else {
            panic!("the statement has words");
        };
        assert_eq!(first.band_keys(ROWS_PER_BAND), second.band_keys(ROWS_PER_BAND));
        assert_eq!(first.band_keys(ROWS_PER_BAND).len(), BANDS);
        assert_eq!(MinHashSignature::of_text(" -- ... !"), None);
    }

    #[test]
    fn short_texts_are_one_shingle_and_compare_exactly() {
        assert_eq!(word_shingles("We condemn it.", SHINGLE_WORDS).len(), 1);
        assert_eq!(
            jaccard(
                &word_shingles("We condemn it.", 5),
                &word_shingles("we CONDEMN it", 5)
            ),
            1.0
        );
    }

    #[test]
    fn banding_finds_close_pairs_almost_surely_and_distant_pairs_rarely() {
        assert!(candidate_probability(NEAR_DUPLICATE_THRESHOLD, BANDS, ROWS_PER_BAND) > 0.98);
        assert!(candidate_probability(0.7, BANDS, ROWS_PER_BAND) > 0.999);
        assert!(candidate_probability(0.1, BANDS, ROWS_PER_BAND) < 0.01);
    }
}
