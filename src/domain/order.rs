//! Sorting the app's short lists: the ranked offers and the offers by name, a few dozen items at most.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their original order (an insertion sort).
///
/// For lists of a few dozen items it is as quick as the standard library's sorts, which are built for large inputs:
/// each use of those put 2–3 KB of quicksort into the wasm, about 3 KB brotli for the app's three uses together
/// (measured; see README, "Size"). Quadratic, so not for long lists.
pub fn sort_short_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for unsorted in 1..items.len() {
        // The item moves back past each one it comes before.
        let mut at = unsorted;
        while let Some(earlier) = at.checked_sub(1)
            && let Some([before, this]) = items.get_mut(earlier..=at)
            && compare(this, before) == Ordering::Less
        {
            std::mem::swap(before, this);
            at = earlier;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_short_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut empty: Vec<u8> = vec![];
        sort_short_by(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_short_by(&mut one, Ord::cmp);
        assert_eq!(one, [7]);
    }
}
