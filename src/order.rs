//! One sort for the whole widget.
//!
//! Every `sort_by` with its own closure compiles its own copy of the standard
//! library's sort; the seven the widget had cost 19 KB of wasm (see
//! `docs/performance.md`). Sorting `(key, index)` pairs of a single type keeps
//! one copy, and with the index as the last part of the key the unstable sort
//! is stable.

/// What every sort in the widget orders by: up to three numbers, compared in
/// turn. Floats go through [`float`].
pub type Key = (i64, i64, i64);

/// The indices `0..len`, ordered by `key`; equal keys keep index order.
pub fn by_key(len: usize, key: impl Fn(usize) -> Key) -> Vec<usize> {
    let mut keyed: Vec<(Key, usize)> = (0..len).map(|i| (key(i), i)).collect();
    #[allow(clippy::disallowed_methods)] // The one sort clippy.toml points everyone else to.
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Sorts `items` in place by `key`, keeping the order of equal ones.
pub fn sort<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let order = by_key(items.len(), |i| key(&items[i]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// An `f64` as an `i64` in the same order as [`f64::total_cmp`]: flipping the
/// magnitude bits of negative numbers makes their two's-complement order
/// match the float order.
pub fn float(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut words = vec!["pear", "fig", "plum", "kiwi", "lime", "date"];
        sort(&mut words, |w| (w.len() as i64, 0, 0));
        assert_eq!(words, ["fig", "pear", "plum", "kiwi", "lime", "date"]);
    }

    #[test]
    fn later_parts_break_ties() {
        let points = [(1, 5), (0, 9), (1, 2), (0, 1)];
        let order = by_key(points.len(), |i| (points[i].0, points[i].1, 0));
        assert_eq!(order, [3, 1, 2, 0]);
    }

    #[test]
    fn floats_order_like_total_cmp() {
        let mut xs = vec![
            3.5,
            -0.0,
            f64::INFINITY,
            -2.25,
            0.0,
            1e-300,
            -1e300,
            f64::NEG_INFINITY,
            42.0,
        ];
        let mut expected = xs.clone();
        expected.sort_by(f64::total_cmp);
        sort(&mut xs, |&x| (float(x), 0, 0));
        // Bits, not values: -0.0 == 0.0, and their order matters here.
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&xs), bits(&expected));
    }
}
