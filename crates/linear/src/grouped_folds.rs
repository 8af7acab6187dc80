//! Grouped k-fold assignment: cross-validation folds that never split a group.
//!
//! Sentences of one document (or paragraphs of one article) share vocabulary, speakers and
//! topics; if some of them trained a model and others validated it, validation scores would be
//! too good. Assigning whole groups to folds keeps validation honest.

use std::hash::Hash;

use rustc_hash::FxHashMap;

use crate::random::SplitMix64;
use crate::LinearError;

/// The fold (`0..fold_count`) of every example, such that examples with equal `groups` share a
/// fold and folds hold nearly equal numbers of examples.
///
/// Groups are shuffled with `seed`, then placed largest first, each into the fold that holds
/// the fewest examples so far (the lowest-numbered such fold on ties). Fold sizes therefore
/// differ by at most the size of the largest group. The result depends only on the groups, in
/// order of first appearance, and the seed.
///
/// # Errors
///
/// [`LinearError::InvalidParameter`] when `fold_count` is 0 or exceeds the number of distinct
/// groups, which would leave a fold empty.
pub fn grouped_folds<Group: Hash + Eq>(
    groups: &[Group],
    fold_count: usize,
    seed: u64,
) -> Result<Vec<usize>, LinearError> {
    // Group ids in order of first appearance, so that hash map order never matters.
    let mut group_ids: FxHashMap<&Group, usize> = FxHashMap::default();
    let mut group_of_example = Vec::with_capacity(groups.len());
    let mut group_sizes: Vec<usize> = Vec::new();
    for group in groups {
        let next_id = group_sizes.len();
        let id = *group_ids.entry(group).or_insert(next_id);
        if id == next_id {
            group_sizes.push(0);
        }
        group_sizes[id] += 1;
        group_of_example.push(id);
    }
    if fold_count == 0 || fold_count > group_sizes.len() {
        return Err(LinearError::InvalidParameter {
            name: "fold_count",
            message: format!(
                "{fold_count} folds need between 1 and {} distinct groups",
                group_sizes.len()
            ),
        });
    }

    // Shuffle, then sort stably by size: equal-sized groups land in a seed-dependent order.
    let mut placement_order: Vec<usize> = (0..group_sizes.len()).collect();
    SplitMix64::new(seed).shuffle(&mut placement_order);
    placement_order.sort_by_key(|&group| std::cmp::Reverse(group_sizes[group]));

    let mut fold_sizes = vec![0_usize; fold_count];
    let mut fold_of_group = vec![0_usize; group_sizes.len()];
    for group in placement_order {
        let smallest = (0..fold_count)
            .min_by_key(|&fold| (fold_sizes[fold], fold))
            .unwrap_or(0);
        fold_of_group[group] = smallest;
        fold_sizes[smallest] += group_sizes[group];
    }
    Ok(group_of_example
        .into_iter()
        .map(|group| fold_of_group[group])
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn groups_stay_together_and_folds_balance() {
        let groups: Vec<String> = (0..100)
            .map(|example| format!("document-{}", example % 23))
            .collect();
        let folds = grouped_folds(&groups, 5, 7).unwrap();
        let mut fold_of_group = std::collections::HashMap::new();
        for (group, &fold) in groups.iter().zip(&folds) {
            assert_eq!(*fold_of_group.entry(group).or_insert(fold), fold);
        }
        let mut sizes = [0; 5];
        for &fold in &folds {
            sizes[fold] += 1;
        }
        // 23 groups of 4 or 5 examples: sizes differ by at most one group.
        assert!(
            sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 5,
            "{sizes:?}"
        );
        assert_eq!(folds, grouped_folds(&groups, 5, 7).unwrap());
        assert_ne!(folds, grouped_folds(&groups, 5, 8).unwrap());
    }

    #[test]
    fn too_many_or_zero_folds_are_errors() {
        assert!(grouped_folds(&[1_u64, 1, 2], 3, 0).is_err());
        assert!(grouped_folds(&[1_u64, 2], 0, 0).is_err());
        assert_eq!(grouped_folds(&[1_u64, 1, 2], 2, 0).unwrap().len(), 3);
    }

    proptest! {
        #[test]
        fn never_splits_a_group_and_never_leaves_a_fold_empty(
            groups in proptest::collection::vec(0_u64..30, 1..200),
            fold_count in 1_usize..8,
            seed in any::<u64>(),
        ) {
            let distinct = groups.iter().collect::<std::collections::HashSet<_>>().len();
            match grouped_folds(&groups, fold_count, seed) {
                Err(_) => prop_assert!(fold_count > distinct),
                Ok(folds) => {
                    let mut fold_of_group = std::collections::HashMap::new();
                    for (group, fold) in groups.iter().zip(&folds) {
                        prop_assert!(*fold < fold_count);
                        prop_assert_eq!(*fold_of_group.entry(group).or_insert(*fold), *fold);
                    }
                    let mut sizes = vec![0_usize; fold_count];
                    for &fold in &folds {
                        sizes[fold] += 1;
                    }
                    let largest_group = groups.iter().map(|g| groups.iter().filter(|h| *h == g).count()).max().unwrap_or(0);
                    prop_assert!(sizes.iter().all(|&size| size > 0));
                    prop_assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= largest_group);
                }
            }
        }
    }
}
