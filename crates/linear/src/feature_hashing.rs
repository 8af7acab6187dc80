//! Feature hashing: named features to bucket indices and signs, and the sparse vectors they fill.
//!
//! Callers decide which features a text has (words, bigrams, character n-grams, cues) and name
//! each one; this module only turns names into indices of a fixed-size weight vector, so that a
//! model never needs a vocabulary file and a new word at inference time costs nothing.
//!
//! The exact hashing, reproducible in other languages, is specified on [`FeatureHasher`].

/// The FNV-1a 64-bit offset basis: the hash of no bytes.
pub const FNV1A_64_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a 64-bit prime, 2⁴⁰ + 2⁸ + 0xb3.
pub const FNV1A_64_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The largest supported `buckets_log2`: 2²⁴ buckets, far more than text classifiers need, and
/// small enough that a weight per bucket and label fits in memory for dozens of labels.
pub const MAX_BUCKETS_LOG2: u32 = 24;

/// The 64-bit FNV-1a hash of `bytes`: for each byte, XOR it into the state, then multiply by
/// [`FNV1A_64_PRIME`] modulo 2⁶⁴, starting from [`FNV1A_64_OFFSET_BASIS`].
///
/// FNV-1a is chosen because it is trivial to reimplement exactly in any language (training data
/// may be prepared by scripts) and fast on the short strings that feature names are.
///
/// ```
/// use rhetor_linear::fnv1a_64;
/// assert_eq!(fnv1a_64(b""), 0xcbf29ce484222325);
/// assert_eq!(fnv1a_64(b"a"), 0xaf63dc4c8601ec8c);
/// ```
#[must_use]
pub fn fnv1a_64(bytes: &[u8]) -> u64 {
    fnv1a_64_continue(FNV1A_64_OFFSET_BASIS, bytes)
}

/// Continues an FNV-1a hash whose state after some earlier bytes is `state`, so that a
/// namespace prefix and a name can be hashed without concatenating them into a new string.
fn fnv1a_64_continue(state: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(state, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(FNV1A_64_PRIME)
    })
}

/// The FNV-1a state of a feature's namespace and the pieces of its name hashed so far.
///
/// Feature names are often made of parts (a word pair is `first second`, a character n-gram is a
/// slice of a word): hashing the parts one after the other gives the hash of their
/// concatenation without building the string, and a shared prefix (`b:first `) is hashed once
/// for every name that starts with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureNameHash {
    state: u64,
}

impl FeatureNameHash {
    /// The state after the namespace byte and its `:` separator, before any byte of the name.
    #[must_use]
    pub fn start(namespace: u8) -> Self {
        Self {
            state: fnv1a_64(&[namespace, b':']),
        }
    }

    /// The state after `bytes` more of the name.
    #[must_use]
    pub fn push_bytes(self, bytes: &[u8]) -> Self {
        Self {
            state: fnv1a_64_continue(self.state, bytes),
        }
    }

    /// The state after the UTF-8 bytes of `piece` more of the name.
    #[must_use]
    pub fn push_str(self, piece: &str) -> Self {
        self.push_bytes(piece.as_bytes())
    }
}

/// Where one named feature lands: its bucket, and the sign its value is multiplied by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HashedFeature {
    /// The index of the weight the feature shares with every feature that collides with it.
    pub bucket: u32,
    /// +1.0 or −1.0, from the highest bit of the hash.
    pub sign: f32,
}

/// Maps named features to `2^buckets_log2` buckets and signs.
///
/// # The hashing, exactly
///
/// A feature is a *namespace* byte (by convention an ASCII letter: `w` for words, `b` for
/// bigrams, `c` for character n-grams) and a name (a UTF-8 string). Its hash is the 64-bit
/// FNV-1a hash ([`fnv1a_64`]) of the bytes `[namespace, b':']` followed by the UTF-8 bytes of the
/// name, so the word `tax` hashes the five bytes `w:tax`. With `buckets_log2 = b`:
///
/// - the **bucket** is the low `b` bits of the hash: `hash & ((1 << b) - 1)`;
/// - the **sign** is −1 when bit 63 (the highest bit) of the hash is set, +1 otherwise.
///
/// Adding a feature with value `v` adds `sign × v` to its bucket. Random signs make colliding
/// features cancel in expectation instead of adding up (Weinberger et al. 2009), so that
/// collisions add noise rather than bias. This Python reproduces it bit for bit:
///
/// ```python
/// def fnv1a_64(data: bytes) -> int:
///     h = 0xcbf29ce484222325
///     for byte in data:
///         h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
///     return h
///
/// def hash_feature(namespace: str, name: str, buckets_log2: int) -> tuple[int, int]:
///     h = fnv1a_64(namespace.encode("ascii") + b":" + name.encode("utf-8"))
///     return h & ((1 << buckets_log2) - 1), -1 if h >> 63 else 1
/// ```
///
/// Values are then accumulated in a [`SparseVectorBuilder`] whose
/// [`finish`](SparseVectorBuilder::finish) sums duplicates (in the order they were added, in
/// `f32`) and optionally divides by the Euclidean norm (computed in `f64`, then rounded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureHasher {
    buckets_log2: u32,
}

impl FeatureHasher {
    /// A hasher onto `2^buckets_log2` buckets.
    ///
    /// # Errors
    ///
    /// [`LinearError::InvalidParameter`](crate::LinearError) unless `1 <= buckets_log2 <=`
    /// [`MAX_BUCKETS_LOG2`].
    pub fn new(buckets_log2: u32) -> Result<Self, crate::LinearError> {
        if (1..=MAX_BUCKETS_LOG2).contains(&buckets_log2) {
            Ok(Self { buckets_log2 })
        } else {
            Err(crate::LinearError::InvalidParameter {
                name: "buckets_log2",
                message: format!("{buckets_log2} is not between 1 and {MAX_BUCKETS_LOG2}"),
            })
        }
    }

    /// The base-2 logarithm of the number of buckets.
    #[must_use]
    pub fn buckets_log2(&self) -> u32 {
        self.buckets_log2
    }

    /// The number of buckets, `2^buckets_log2`.
    #[must_use]
    pub fn bucket_count(&self) -> usize {
        1_usize << self.buckets_log2
    }

    /// The bucket and sign of the feature `name` in `namespace`.
    ///
    /// ```
    /// use rhetor_linear::FeatureHasher;
    /// let hasher = FeatureHasher::new(18)?;
    /// // fnv1a_64(b"w:tax") = 0x861b890aa645b1c1: low 18 bits 111041, bit 63 set.
    /// let feature = hasher.hash_feature(b'w', "tax");
    /// assert_eq!((feature.bucket, feature.sign), (111_041, -1.0));
    /// # Ok::<(), rhetor_linear::LinearError>(())
    /// ```
    #[must_use]
    pub fn hash_feature(&self, namespace: u8, name: &str) -> HashedFeature {
        self.finish_feature(FeatureNameHash::start(namespace).push_str(name))
    }

    /// The bucket and sign of the feature whose name was hashed piece by piece into `name`:
    /// the same as [`hash_feature`](Self::hash_feature) of the concatenated pieces.
    ///
    /// ```
    /// use rhetor_linear::{FeatureHasher, FeatureNameHash};
    /// let hasher = FeatureHasher::new(18)?;
    /// let pieces = FeatureNameHash::start(b'b').push_str("tax").push_str(" ").push_str("cut");
    /// assert_eq!(hasher.finish_feature(pieces), hasher.hash_feature(b'b', "tax cut"));
    /// # Ok::<(), rhetor_linear::LinearError>(())
    /// ```
    #[must_use]
    pub fn finish_feature(&self, name: FeatureNameHash) -> HashedFeature {
        let hash = name.state;
        let mask = (1_u64 << self.buckets_log2) - 1;
        HashedFeature {
            // `buckets_log2 <= 24`, so the masked hash fits in u32.
            bucket: u32::try_from(hash & mask).unwrap_or(0),
            sign: if hash >> 63 == 1 { -1.0 } else { 1.0 },
        }
    }

    /// Adds `value` for the feature `name` in `namespace` to `vector`, with the feature's sign.
    pub fn add_feature(&self, vector: &mut SparseVectorBuilder, namespace: u8, name: &str, value: f32) {
        let feature = self.hash_feature(namespace, name);
        vector.add(feature.bucket, feature.sign * value);
    }
}

/// Whether [`SparseVectorBuilder::finish`] scales the vector to unit length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Normalisation {
    /// Keep the summed values as they are.
    #[default]
    None,
    /// Divide every value by the Euclidean (L2) norm, so that long and short texts weigh alike.
    L2,
}

/// Accumulates `(bucket, value)` pairs in any order, with repeats, until
/// [`finish`](Self::finish) turns them into a [`SparseVector`].
#[derive(Debug, Clone, Default)]
pub struct SparseVectorBuilder {
    entries: Vec<(u32, f32)>,
}

impl SparseVectorBuilder {
    /// An empty builder.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty builder with room for `entries` additions before it reallocates.
    #[must_use]
    pub fn with_capacity(entries: usize) -> Self {
        Self {
            entries: Vec::with_capacity(entries),
        }
    }

    /// Adds `value` to `bucket`. Values that are not finite are dropped here, because a single
    /// NaN would otherwise poison every weight that training touches afterwards.
    pub fn add(&mut self, bucket: u32, value: f32) {
        if value.is_finite() {
            self.entries.push((bucket, value));
        }
    }

    /// The vector: buckets in increasing order, values of repeated buckets summed in the order
    /// they were added, entries that sum to exactly zero dropped, then normalised as asked.
    #[must_use]
    pub fn finish(self, normalisation: Normalisation) -> SparseVector {
        // A stable sort keeps equal buckets in insertion order, so sums are reproducible.
        let entries = sorted_by_bucket(self.entries);
        let mut indices: Vec<u32> = Vec::with_capacity(entries.len());
        let mut values: Vec<f32> = Vec::with_capacity(entries.len());
        for (bucket, value) in entries {
            match (indices.last(), values.last_mut()) {
                (Some(&last), Some(sum)) if last == bucket => *sum += value,
                _ => {
                    indices.push(bucket);
                    values.push(value);
                }
            }
        }
        let mut kept = 0;
        for position in 0..indices.len() {
            // Sums of finite f32 can overflow to infinity; such an entry is as useless as NaN.
            if values[position] != 0.0 && values[position].is_finite() {
                indices[kept] = indices[position];
                values[kept] = values[position];
                kept += 1;
            }
        }
        indices.truncate(kept);
        values.truncate(kept);
        if normalisation == Normalisation::L2 {
            let norm = values
                .iter()
                .map(|&value| f64::from(value).powi(2))
                .sum::<f64>()
                .sqrt();
            if norm > 0.0 && norm.is_finite() {
                for value in &mut values {
                    *value = (f64::from(*value) / norm) as f32;
                }
            }
        }
        SparseVector { indices, values }
    }
}

/// Below this many entries, a comparison sort beats the fixed cost of a radix sort's passes.
const RADIX_SORT_MIN_ENTRIES: usize = 64;

/// `entries` stably sorted by bucket: equal buckets stay in the order they were added.
///
/// A text's vector has hundreds of entries and buckets are uniformly spread hash bits, the best
/// case of a least-significant-digit radix sort: one pass per byte of the largest bucket (three
/// for the usual 2¹⁸ to 2²⁴ buckets), each stable, so no comparison and no tie-break is needed.
fn sorted_by_bucket(mut entries: Vec<(u32, f32)>) -> Vec<(u32, f32)> {
    if entries.len() < RADIX_SORT_MIN_ENTRIES {
        entries.sort_by_key(|&(bucket, _)| bucket);
        return entries;
    }
    let largest_bucket = entries.iter().map(|&(bucket, _)| bucket).max().unwrap_or(0);
    let mut source = entries;
    let mut target = vec![(0_u32, 0.0_f32); source.len()];
    let mut shift = 0_u32;
    while shift < u32::BITS && largest_bucket >> shift > 0 {
        let digit = |bucket: u32| ((bucket >> shift) & 0xff) as usize;
        // Where each digit's entries start in `target`, then where its next entry goes.
        let mut next_position = [0_usize; 256];
        for &(bucket, _) in &source {
            next_position[digit(bucket)] += 1;
        }
        let mut start = 0;
        for slot in &mut next_position {
            let count = *slot;
            *slot = start;
            start += count;
        }
        for &entry in &source {
            let slot = &mut next_position[digit(entry.0)];
            target[*slot] = entry;
            *slot += 1;
        }
        std::mem::swap(&mut source, &mut target);
        shift += 8;
    }
    source
}

/// A sparse feature vector: strictly increasing bucket indices, each with a finite non-zero value.
///
/// Built only by [`SparseVectorBuilder::finish`], which establishes these invariants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SparseVector {
    indices: Vec<u32>,
    values: Vec<f32>,
}

impl SparseVector {
    /// The buckets with a non-zero value, in increasing order.
    #[must_use]
    pub fn indices(&self) -> &[u32] {
        &self.indices
    }

    /// The values, parallel to [`indices`](Self::indices).
    #[must_use]
    pub fn values(&self) -> &[f32] {
        &self.values
    }

    /// The number of non-zero entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.indices.len()
    }

    /// Whether no entry is non-zero.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// The `(bucket, value)` pairs in increasing bucket order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, f32)> + '_ {
        self.indices.iter().copied().zip(self.values.iter().copied())
    }

    /// The vector times `factor`, exactly what adding every entry times `factor` to a new
    /// [`SparseVectorBuilder`] and finishing it without normalisation gives (products that are
    /// zero or not finite are dropped), without sorting again.
    #[must_use]
    pub fn scaled(&self, factor: f32) -> SparseVector {
        let mut scaled = SparseVector {
            indices: Vec::with_capacity(self.len()),
            values: Vec::with_capacity(self.len()),
        };
        for (bucket, value) in self.iter() {
            let product = value * factor;
            if product != 0.0 && product.is_finite() {
                scaled.indices.push(bucket);
                scaled.values.push(product);
            }
        }
        scaled
    }

    /// The sum of `self` and `other`, exactly what adding the entries of `self`, then those of
    /// `other`, to a new [`SparseVectorBuilder`] and finishing it without normalisation gives
    /// (a shared bucket holds `self`'s value plus `other`'s, dropped when zero or not finite),
    /// by merging the two sorted vectors instead of sorting their entries.
    #[must_use]
    pub fn plus(&self, other: &SparseVector) -> SparseVector {
        let mut sum = SparseVector {
            indices: Vec::with_capacity(self.len() + other.len()),
            values: Vec::with_capacity(self.len() + other.len()),
        };
        let mut left = self.iter().peekable();
        let mut right = other.iter().peekable();
        loop {
            let (bucket, value) = match (left.peek().copied(), right.peek().copied()) {
                (None, None) => break,
                (Some(entry), None) => {
                    left.next();
                    entry
                }
                (None, Some(entry)) => {
                    right.next();
                    entry
                }
                (Some((left_bucket, left_value)), Some((right_bucket, right_value))) => {
                    match left_bucket.cmp(&right_bucket) {
                        std::cmp::Ordering::Less => {
                            left.next();
                            (left_bucket, left_value)
                        }
                        std::cmp::Ordering::Greater => {
                            right.next();
                            (right_bucket, right_value)
                        }
                        std::cmp::Ordering::Equal => {
                            left.next();
                            right.next();
                            (left_bucket, left_value + right_value)
                        }
                    }
                }
            };
            if value != 0.0 && value.is_finite() {
                sum.indices.push(bucket);
                sum.values.push(value);
            }
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_64_matches_the_published_test_vectors() {
        assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn features_hash_namespace_colon_and_name() {
        let hasher = FeatureHasher::new(18).unwrap();
        let hash = fnv1a_64(b"b:tax cut");
        let feature = hasher.hash_feature(b'b', "tax cut");
        assert_eq!(u64::from(feature.bucket), hash & 0x3_ffff);
        assert_eq!(feature.bucket, 254_910);
        assert_eq!(feature.sign, 1.0);
        // The namespace separates otherwise equal names.
        assert_ne!(hasher.hash_feature(b'w', "tax"), hasher.hash_feature(b'c', "tax"));
    }

    #[test]
    fn hasher_rejects_unsupported_sizes() {
        assert!(FeatureHasher::new(0).is_err());
        assert!(FeatureHasher::new(MAX_BUCKETS_LOG2 + 1).is_err());
        assert_eq!(
            FeatureHasher::new(MAX_BUCKETS_LOG2).unwrap().bucket_count(),
            1 << 24
        );
    }

    #[test]
    fn finish_sorts_merges_drops_zeros_and_non_finite_values() {
        let mut builder = SparseVectorBuilder::new();
        builder.add(7, 1.0);
        builder.add(3, 2.0);
        builder.add(7, 0.5);
        builder.add(5, 1.0);
        builder.add(5, -1.0);
        builder.add(9, f32::NAN);
        builder.add(9, f32::INFINITY);
        let vector = builder.finish(Normalisation::None);
        assert_eq!(vector.indices(), &[3, 7]);
        assert_eq!(vector.values(), &[2.0, 1.5]);
    }

    fn built(entries: &[(u32, f32)]) -> SparseVector {
        let mut builder = SparseVectorBuilder::new();
        for &(bucket, value) in entries {
            builder.add(bucket, value);
        }
        builder.finish(Normalisation::None)
    }

    #[test]
    fn scaled_and_plus_equal_what_a_builder_gives() {
        let left = built(&[(1, 0.5), (4, -2.0), (9, 3.0), (12, f32::MAX)]);
        let right = built(&[(0, 1.0), (4, 2.0), (9, 0.25), (12, f32::MAX), (30, -1.5)]);
        let mut builder = SparseVectorBuilder::new();
        for (bucket, value) in left.iter().chain(right.iter()) {
            builder.add(bucket, value);
        }
        let expected_sum = builder.finish(Normalisation::None);
        assert_eq!(left.plus(&right), expected_sum);
        // The shared bucket 4 sums to zero and 12 overflows: both are dropped.
        assert_eq!(expected_sum.indices(), &[0, 1, 9, 30]);
        for factor in [0.5, 0.0, 4.0, f32::MIN_POSITIVE] {
            let mut builder = SparseVectorBuilder::new();
            for (bucket, value) in right.iter() {
                builder.add(bucket, value * factor);
            }
            assert_eq!(
                right.scaled(factor),
                builder.finish(Normalisation::None),
                "{factor}"
            );
        }
    }

    #[test]
    fn finish_sums_repeated_buckets_in_insertion_order() {
        // Float addition is not associative: 1e8 + 1 - 1e8 is 0 in f32, 1e8 - 1e8 + 1 is 1.
        let vector = built(&[(5, 1e8), (2, 7.0), (5, 1.0), (5, -1e8)]);
        assert_eq!(vector.indices(), &[2]);
        let vector = built(&[(5, 1e8), (2, 7.0), (5, -1e8), (5, 1.0)]);
        assert_eq!(vector.indices(), &[2, 5]);
        assert_eq!(vector.values(), &[7.0, 1.0]);
    }

    #[test]
    fn the_radix_sort_is_stable_and_agrees_with_a_comparison_sort() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for length in [0, 1, 63, 64, 65, 500, 3000] {
            let entries: Vec<(u32, f32)> = (0..length)
                .map(|position| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Few distinct buckets, spread over 24 bits, so that ties are common.
                    let bucket = ((state >> 40) as u32 % 97) * 170_001;
                    (bucket, position as f32)
                })
                .collect();
            let mut expected = entries.clone();
            expected.sort_by_key(|&(bucket, _)| bucket);
            assert_eq!(sorted_by_bucket(entries), expected, "{length} entries");
        }
    }

    #[test]
    fn pieces_hash_like_the_whole_name() {
        let hasher = FeatureHasher::new(20).unwrap();
        let pieces = FeatureNameHash::start(b'c').push_bytes(b"^un").push_str("i");
        assert_eq!(hasher.finish_feature(pieces), hasher.hash_feature(b'c', "^uni"));
        assert_eq!(
            hasher.finish_feature(FeatureNameHash::start(b'w')),
            hasher.hash_feature(b'w', "")
        );
    }

    #[test]
    fn l2_normalisation_gives_unit_length() {
        let mut builder = SparseVectorBuilder::new();
        builder.add(1, 3.0);
        builder.add(2, 4.0);
        let vector = builder.finish(Normalisation::L2);
        assert_eq!(vector.values(), &[0.6, 0.8]);
        assert!(SparseVectorBuilder::new().finish(Normalisation::L2).is_empty());
    }

    #[test]
    fn add_feature_applies_the_sign() {
        let hasher = FeatureHasher::new(18).unwrap();
        let mut builder = SparseVectorBuilder::new();
        hasher.add_feature(&mut builder, b'w', "tax", 2.0);
        let vector = builder.finish(Normalisation::None);
        assert_eq!(vector.indices(), &[111_041]);
        assert_eq!(vector.values(), &[-2.0]);
    }
}
