//! A small seeded pseudo-random generator, so that shuffles are the same on every platform.
//!
//! Training and fold assignment must give bit-identical results for the same seed on every
//! machine and every version of every dependency, which an external random crate does not
//! promise; SplitMix64 is a dozen lines, passes BigCrush, and is fully specified here.

/// The SplitMix64 generator (Steele, Lea and Flood 2014), as in Java's `SplittableRandom`.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator whose sequence is determined by `seed` alone.
    pub(crate) fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 uniformly distributed bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut mixed = self.state;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        mixed ^ (mixed >> 31)
    }

    /// A number in `0..bound` (0 when `bound` is 0), by Lemire's multiply-shift.
    ///
    /// The tiny bias of skipping the rejection step (below 2⁻³² for any slice that fits in
    /// memory) is irrelevant for shuffling, and without rejection the number of draws per call
    /// is fixed, which keeps sequences easy to reproduce in another language.
    pub(crate) fn next_below(&mut self, bound: usize) -> usize {
        let wide = u128::from(self.next_u64()) * bound as u128;
        // The high half of a 64×64-bit product is below `bound`, so it fits in usize.
        usize::try_from(wide >> 64).unwrap_or(0)
    }

    /// Shuffles `items` in place with the Fisher–Yates algorithm, from the last item down.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            let chosen = self.next_below(last + 1);
            items.swap(last, chosen);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_reference_sequence_for_seed_zero() {
        // The first outputs of the reference implementation (Vigna's splitmix64.c) for seed 0.
        let mut generator = SplitMix64::new(0);
        assert_eq!(generator.next_u64(), 0xe220_a839_7b1d_cdaf);
        assert_eq!(generator.next_u64(), 0x6e78_9e6a_a1b9_65f4);
    }

    #[test]
    fn shuffle_is_a_permutation_and_depends_on_the_seed() {
        let mut first: Vec<usize> = (0..50).collect();
        let mut second = first.clone();
        SplitMix64::new(1).shuffle(&mut first);
        SplitMix64::new(2).shuffle(&mut second);
        assert_ne!(first, second);
        first.sort_unstable();
        assert_eq!(first, (0..50).collect::<Vec<_>>());
    }
}
