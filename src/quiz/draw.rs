//! Which items a round asks, and in what order: a seeded draw that shows a
//! reader each answer as *the* answer, often enough to learn the difference.
//!
//! A plain random sample of 10 from a pack of 12 CIO, 12 CTO and 12 shared
//! items leaves some answer once or never in about a fifth of rounds (a third
//! of 5-question rounds lack one entirely), and such a round teaches little
//! about the difference. An item whose sources disagree accepts more than
//! one answer, but a reader sees "CTO" only where CTO is the only right one:
//! counted for each answer it accepts, twenty seeded rounds of 10 had two
//! with no CTO-only question and one with half its questions disputed.
//!
//! So in a round of `n` questions each answer is the only accepted one of at
//! least `max(1, n / 4)` items, and at most `ceil(n / 4)` are disputed,
//! wherever the pack has the items for it. The draw takes, in shuffled
//! order, single-answer items of an answer still short of its share, then
//! fills the round from the rest of the shuffle, passing over disputed items
//! once their room is used; only a pack without enough other items fills up
//! with more of them. The order the reader sees is still the shuffle's.
//!
//! A round may have to open on a given item: the one embed.js already showed
//! a reader who pressed "Start quiz" before the code arrived. That item is
//! moved to the front of the shuffle and always taken; the rest of the round
//! is drawn around it by the same rule.

use super::{Accepted, SplitMix64};

/// `count` item indices of `key` (or all of them), seeded, balanced as the
/// module says. With `first`, the round opens on that item.
pub(super) fn draw(key: &[Accepted], count: usize, seed: u64, first: Option<usize>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..key.len()).collect();
    SplitMix64::new(seed).shuffle(&mut order);
    let opening = first.and_then(|first| order.iter().position(|&i| i == first));
    if let Some(at) = opening {
        let first = order.remove(at);
        order.insert(0, first);
    }
    let count = count.min(key.len());
    let share = if count >= 3 { (count / 4).max(1) } else { 0 };
    let disputed_room = count.div_ceil(4);

    let mut draw = Draw {
        key,
        order: &order,
        taken: vec![false; order.len()],
        room: count,
        singles: [0; 3],
        disputed: 0,
    };
    if opening.is_some() {
        draw.take(0);
    }
    // Single-answer items of an answer short of its share: at most
    // 3 × share ≤ count of them.
    for position in 0..order.len() {
        let single = key[order[position]].single();
        if single.is_some_and(|c| draw.singles[c.index()] < share) {
            draw.take(position);
        }
    }
    // The rest from the shuffle: disputed items while they have room, then,
    // if the pack has nothing else, any.
    for position in 0..order.len() {
        if !key[order[position]].is_disputed() || draw.disputed < disputed_room {
            draw.take(position);
        }
    }
    for position in 0..order.len() {
        draw.take(position);
    }
    order
        .iter()
        .zip(&draw.taken)
        .filter_map(|(&item, &t)| t.then_some(item))
        .collect()
}

/// A draw under way: which positions of the shuffle are taken, the room
/// left, and what the taken items are.
struct Draw<'a> {
    key: &'a [Accepted],
    order: &'a [usize],
    taken: Vec<bool>,
    room: usize,
    singles: [usize; 3],
    disputed: usize,
}

impl Draw<'_> {
    /// Takes the item at `position` of the shuffle, if there is room and it
    /// is not taken yet.
    fn take(&mut self, position: usize) {
        if self.room == 0 || self.taken[position] {
            return;
        }
        self.taken[position] = true;
        self.room -= 1;
        match self.key[self.order[position]].single() {
            Some(choice) => self.singles[choice.index()] += 1,
            None => self.disputed += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Choice::{self, *};

    /// A key shaped like the built-in pack: 25 items of one answer each and
    /// 7 the sources dispute.
    fn key() -> Vec<Accepted> {
        let mut key: Vec<Accepted> = (0..25)
            .map(|i| Accepted::only(Choice::ALL[i % 3]))
            .collect();
        key.extend([
            Accepted::of([First, Second]),
            Accepted::of([First, Second]),
            Accepted::of([Both, Second]),
            Accepted::of([Both, Second]),
            Accepted::of([First, Both]),
            Accepted::of([First, Both, Second]),
            Accepted::of([Both, Second]),
        ]);
        key
    }

    /// How many drawn items have each answer as their only one, and how
    /// many are disputed.
    fn shape(key: &[Accepted], items: &[usize]) -> ([usize; 3], usize) {
        let mut singles = [0; 3];
        let mut disputed = 0;
        for &i in items {
            match key[i].single() {
                Some(c) => singles[c.index()] += 1,
                None => disputed += 1,
            }
        }
        (singles, disputed)
    }

    /// The rule, where the pack allows it: each answer the only one of at
    /// least max(1, n / 4) items (n >= 3), at most ceil(n / 4) disputed.
    fn assert_balanced(key: &[Accepted], items: &[usize], n: usize, what: &str) {
        let (singles, disputed) = shape(key, items);
        let share = if n >= 3 { (n / 4).max(1) } else { 0 };
        for c in Choice::ALL {
            let in_pack = key.iter().filter(|a| a.single() == Some(c)).count();
            assert!(
                singles[c.index()] >= share.min(in_pack),
                "{what}: {c:?} only {singles:?}"
            );
        }
        let others = key.iter().filter(|a| !a.is_disputed()).count();
        let room = n.div_ceil(4).max(n.saturating_sub(others));
        assert!(disputed <= room, "{what}: {disputed} disputed");
    }

    #[test]
    fn every_answer_is_the_only_one_of_its_share_and_disputed_items_stay_few() {
        let key = key();
        for n in [3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 30] {
            for seed in 0..500 {
                let items = draw(&key, n, seed, None);
                assert_eq!(items.len(), n, "n {n}, seed {seed}");
                assert_balanced(&key, &items, n, &format!("n {n}, seed {seed}"));
            }
        }
    }

    #[test]
    fn a_pack_mostly_disputed_still_fills_its_round() {
        let mut key = vec![Accepted::of([First, Second]); 12];
        key.extend([Accepted::only(First), Accepted::only(Both)]);
        for seed in 0..50 {
            let items = draw(&key, 10, seed, None);
            assert_eq!(items.len(), 10);
            assert_balanced(&key, &items, 10, &format!("seed {seed}"));
            assert!(items.contains(&12) && items.contains(&13), "seed {seed}");
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
    fn a_round_opens_on_the_item_asked_for_and_keeps_the_balance() {
        let key = key();
        for first in 0..key.len() {
            for n in [1, 2, 3, 4, 5, 10, 20] {
                for seed in 0..40 {
                    let items = draw(&key, n, seed, Some(first));
                    let what = format!("first {first}, n {n}, seed {seed}");
                    assert_eq!(items.len(), n, "{what}");
                    assert_eq!(items[0], first, "{what}");
                    // A disputed first item in a round of 3 leaves room for
                    // two of the three answers only.
                    if !(n == 3 && key[first].is_disputed()) {
                        assert_balanced(&key, &items, n, &what);
                    }
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
