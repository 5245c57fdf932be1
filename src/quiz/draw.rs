//! Which items a round asks, and in what order: a seeded draw that gives each
//! answer its fair share.
//!
//! A plain random sample of 10 from a pack of 12 CIO, 12 CTO and 12 shared
//! items leaves some answer once or never in about a fifth of rounds (a third
//! of 5-question rounds lack one entirely), and such a round teaches little
//! about the difference. So the draw first takes, in shuffled order, items
//! that serve an answer still short of its share, then fills the round from
//! the rest of the shuffle. The order the reader sees is still the shuffle's.
//!
//! A round may have to open on a given item: the one embed.js already showed
//! a reader who pressed "Start quiz" before the code arrived. That item is
//! moved to the front of the shuffle, so it is drawn first and the rest of
//! the round is drawn around it by the same rule.

use super::{Accepted, Choice, SplitMix64};

/// `count` item indices of `key` (or all of them), seeded: each answer is
/// accepted by at least `count / 3` of the drawn items when the pack has that
/// many (an item whose sources disagree counts for each answer it accepts).
/// With `first`, the round opens on that item.
pub(super) fn draw(key: &[Accepted], count: usize, seed: u64, first: Option<usize>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..key.len()).collect();
    SplitMix64::new(seed).shuffle(&mut order);
    if let Some(at) = first.and_then(|first| order.iter().position(|&i| i == first)) {
        let first = order.remove(at);
        order.insert(0, first);
    }
    let count = count.min(key.len());
    let share = count / 3;

    let mut taken = vec![false; order.len()];
    let mut served = [0usize; 3];
    let short = |served: &[usize; 3], c: Choice| served[c.index()] < share;
    for (position, &item) in order.iter().enumerate() {
        if Choice::ALL.iter().all(|&c| !short(&served, c)) {
            break;
        }
        if key[item].choices().any(|c| short(&served, c)) {
            taken[position] = true;
            for c in key[item].choices() {
                served[c.index()] += 1;
            }
        }
    }
    // Each item taken above served an answer below its share, so at most
    // 3 × share ≤ count were taken: the rest of the round comes from the
    // shuffle, in its order.
    let mut room = count - taken.iter().filter(|&&t| t).count();
    for t in taken.iter_mut() {
        if room == 0 {
            break;
        }
        if !*t {
            *t = true;
            room -= 1;
        }
    }
    order
        .into_iter()
        .zip(taken)
        .filter_map(|(item, t)| t.then_some(item))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Choice::*;

    /// A key shaped like the built-in pack: singles of each answer and a few
    /// items the sources dispute.
    fn key() -> Vec<Accepted> {
        let mut key: Vec<Accepted> = (0..33)
            .map(|i| Accepted::only(Choice::ALL[i % 3]))
            .collect();
        key.extend([
            Accepted::of([First, Second]),
            Accepted::of([First, Second]),
            Accepted::of([Both, Second]),
        ]);
        key
    }

    fn served(key: &[Accepted], items: &[usize]) -> [usize; 3] {
        let mut served = [0; 3];
        for &i in items {
            for c in key[i].choices() {
                served[c.index()] += 1;
            }
        }
        served
    }

    #[test]
    fn every_answer_gets_its_share_in_every_seeded_round() {
        let key = key();
        for n in [3, 4, 5, 6, 7, 9, 10, 12, 15, 20, 30] {
            for seed in 0..500 {
                let items = draw(&key, n, seed, None);
                assert_eq!(items.len(), n, "n {n}, seed {seed}");
                let served = served(&key, &items);
                assert!(
                    served.iter().all(|&s| s >= n / 3),
                    "n {n}, seed {seed}: {served:?}"
                );
            }
        }
    }

    #[test]
    fn a_draw_never_repeats_an_item_and_is_reproducible() {
        let key = key();
        for seed in 0..100 {
            let items = draw(&key, 10, seed, None);
            let mut unique = items.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), items.len(), "seed {seed}");
            assert_eq!(items, draw(&key, 10, seed, None));
        }
    }

    #[test]
    fn a_full_round_is_the_plain_shuffle() {
        let key = key();
        let mut order: Vec<usize> = (0..key.len()).collect();
        SplitMix64::new(77).shuffle(&mut order);
        assert_eq!(draw(&key, key.len(), 77, None), order);
        assert_eq!(draw(&key, 500, 77, None), order);
    }

    #[test]
    fn the_drawn_items_keep_the_shuffled_order() {
        let key = key();
        let mut order: Vec<usize> = (0..key.len()).collect();
        SplitMix64::new(5).shuffle(&mut order);
        let items = draw(&key, 7, 5, None);
        let positions: Vec<usize> = items
            .iter()
            .map(|i| order.iter().position(|o| o == i).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    }

    #[test]
    fn a_pack_short_of_an_answer_still_gives_a_full_round() {
        // Only one shared item: the round takes it and fills up with the rest.
        let mut key: Vec<Accepted> = (0..10)
            .map(|i| Accepted::only([First, Second][i % 2]))
            .collect();
        key.push(Accepted::only(Both));
        for seed in 0..50 {
            let items = draw(&key, 9, seed, None);
            assert_eq!(items.len(), 9);
            assert!(
                items.contains(&10),
                "seed {seed} left out the only shared item"
            );
        }
    }

    #[test]
    fn a_round_opens_on_the_item_asked_for_and_keeps_every_share() {
        let key = key();
        for first in 0..key.len() {
            for n in [1, 2, 3, 5, 10, 20] {
                for seed in 0..40 {
                    let items = draw(&key, n, seed, Some(first));
                    assert_eq!(items.len(), n, "first {first}, n {n}, seed {seed}");
                    assert_eq!(items[0], first, "n {n}, seed {seed}");
                    let served = served(&key, &items);
                    assert!(
                        served.iter().all(|&s| s >= n / 3),
                        "first {first}, n {n}, seed {seed}: {served:?}"
                    );
                    let mut unique = items.clone();
                    unique.sort_unstable();
                    unique.dedup();
                    assert_eq!(unique.len(), n);
                }
            }
        }
        // An item the pack does not have changes nothing.
        assert_eq!(draw(&key, 10, 3, Some(999)), draw(&key, 10, 3, None));
    }
}
