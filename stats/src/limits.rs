//! Per-client rate limits, kept in memory only (a client's address is never
//! stored, and forgotten once its limits are full again).
//!
//! Two limits: one on everything a client sends (a flood), and one per
//! client and item, so that one client hammering an item cannot move its
//! split by more than a few answers (a reader who plays a round again
//! answers an item again: a few are allowed).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota};

/// What a client may send: bursts of [`Limits::BURST`], then one a second.
pub struct Limits {
    client: DefaultKeyedRateLimiter<IpAddr>,
    item: DefaultKeyedRateLimiter<(IpAddr, String)>,
}

impl Limits {
    /// Requests a client may send at once (a round is about a dozen).
    pub const BURST: u32 = 60;
    /// Answers a client may give one item at once; one more every
    /// [`Limits::ITEM_EVERY`].
    pub const ITEM_BURST: u32 = 3;
    pub const ITEM_EVERY: Duration = Duration::from_secs(10 * 60);

    pub fn new() -> Limits {
        let burst = NonZeroU32::new(Self::BURST).expect("not zero");
        let item_burst = NonZeroU32::new(Self::ITEM_BURST).expect("not zero");
        Limits {
            client: DefaultKeyedRateLimiter::keyed(
                Quota::per_second(NonZeroU32::MIN).allow_burst(burst),
            ),
            item: DefaultKeyedRateLimiter::keyed(
                Quota::with_period(Self::ITEM_EVERY)
                    .expect("not zero")
                    .allow_burst(item_burst),
            ),
        }
    }

    /// Whether `client` may send one more request.
    pub fn request(&self, client: IpAddr) -> bool {
        self.client.check_key(&client).is_ok()
    }

    /// Whether `client` may answer the item `key` (pack, version and item) once more.
    pub fn answer(&self, client: IpAddr, key: String) -> bool {
        self.item.check_key(&(client, key)).is_ok()
    }

    /// Forgets clients whose limits are full again (run now and then).
    pub fn forget_idle(&self) {
        self.client.retain_recent();
        self.item.retain_recent();
        self.client.shrink_to_fit();
        self.item.shrink_to_fit();
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_client_answers_an_item_a_few_times_then_is_refused() {
        let limits = Limits::new();
        let me: IpAddr = [10, 0, 0, 1].into();
        let you: IpAddr = [10, 0, 0, 2].into();
        let allowed = (0..100)
            .filter(|_| limits.answer(me, "p/1/i".into()))
            .count();
        assert_eq!(allowed, Limits::ITEM_BURST as usize);
        assert!(limits.answer(me, "p/1/other".into()), "another item");
        assert!(limits.answer(you, "p/1/i".into()), "another client");
        let requests = (0..1000).filter(|_| limits.request(me)).count();
        assert!(requests <= Limits::BURST as usize + 1, "{requests}");
    }
}
