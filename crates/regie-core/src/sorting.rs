//! Stable sorting with one copy of the sorting code for the whole app.
//!
//! `slice::sort_by_key` compiles the standard library's whole stable sort (about 3.5 KB of
//! wasm) once for every key function it is called with, and the app sorts twenty-odd lists:
//! agreements, decisions, the journal, proposals, the shares' log. These functions sort the
//! items' positions instead, with the standard sort compiled once (for `usize`, comparing
//! through a reference), then move the items into that order. The result is that of
//! `sort_by_key`: stable, in O(n log n) comparisons (docs/size.md).

use core::cmp::Ordering;

/// Sorts `items` by the key `key` gives, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` as `compare` orders them, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_in_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// The positions `0..len`, sorted stably by `compare`.
#[inline(never)]
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts the item at `order[i]` at place `i`, for every `i`, by following each cycle of the
/// permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut place = start;
        // A place whose item is already in order is marked by pointing to itself.
        while order[place] != place {
            let from = order[place];
            order[place] = place;
            if from == start {
                break;
            }
            items.swap(place, from);
            place = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small numbers from a fixed seed, so the lists have many equal keys.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut state = seed;
        (0..len)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_library_does_and_keeps_equal_items_in_order() {
        for (seed, len) in [
            (1, 0),
            (2, 1),
            (3, 2),
            (4, 7),
            (5, 50),
            (6, 1000),
            (7, 4097),
        ] {
            // (key, original place): the place shows whether equal keys kept their order.
            let items: Vec<(u64, usize)> = numbers(seed, len, 13)
                .into_iter()
                .enumerate()
                .map(|(place, key)| (key, place))
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut theirs = items;
            theirs.sort_by_key(|item| item.0);
            assert_eq!(ours, theirs, "seed {seed}, {len} items");
        }
    }

    #[test]
    fn sorts_by_a_comparison_and_moves_items_that_are_not_copied() {
        let mut words: Vec<String> = ["peer", "appel", "kers", "appel", "banaan", "kers"]
            .into_iter()
            .map(String::from)
            .collect();
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["peer", "kers", "kers", "banaan", "appel", "appel"]);
    }

    #[test]
    fn an_already_sorted_or_reversed_list_comes_out_sorted() {
        let mut up: Vec<u32> = (0..100).collect();
        sort_by_key(&mut up, |n| *n);
        assert!(up.windows(2).all(|w| w[0] <= w[1]));
        let mut down: Vec<u32> = (0..100).rev().collect();
        sort_by_key(&mut down, |n| *n);
        assert_eq!(down, (0..100).collect::<Vec<_>>());
    }
}
