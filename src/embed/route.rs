//! What the URL's fragment means to the widget. On the standalone page it
//! names the tab: `#quiz` or `#compare`, so a blogger can link straight to the
//! comparison and the back button moves between tabs. On any page,
//! `#rq-result=7-10` is a friend's shared score, shown as a challenge.

use crate::host::Tab;
use crate::quiz::Tally;

const RESULT: &str = "rq-result=";

/// The tab a fragment names; no fragment at all means the first tab (the back
/// button returns there). `None` for any other fragment, which belongs to the
/// host page.
pub fn tab_from_hash(hash: &str) -> Option<Tab> {
    match hash.strip_prefix('#').unwrap_or(hash) {
        "" | "quiz" => Some(Tab::Quiz),
        "compare" => Some(Tab::Compare),
        _ => None,
    }
}

pub fn hash_for(tab: Tab) -> &'static str {
    match tab {
        Tab::Quiz => "#quiz",
        Tab::Compare => "#compare",
    }
}

/// The link a reader shares: the page they are on, with their score in the
/// fragment (and any fragment the page had replaced). No personal data.
pub fn share_url(page: &str, score: Tally) -> String {
    let page = page.split_once('#').map_or(page, |(before, _)| before);
    format!("{page}#{RESULT}{}-{}", score.right, score.total)
}

/// A shared score in the fragment, if it is a sensible one; anything else
/// (a typo, a doctored link) is ignored.
pub fn shared_result(hash: &str) -> Option<Tally> {
    let value = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix(RESULT)?;
    let (right, total) = value.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(right) || !digits(total) {
        return None;
    }
    let (right, total) = (right.parse().ok()?, total.parse().ok()?);
    (total > 0 && total <= 1000 && right <= total).then_some(Tally { right, total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_link_carries_the_score_in_the_fragment() {
        let score = Tally {
            right: 7,
            total: 10,
        };
        assert_eq!(
            share_url("https://blog.example/post?x=1", score),
            "https://blog.example/post?x=1#rq-result=7-10"
        );
        assert_eq!(
            share_url("https://blog.example/post#compare", score),
            "https://blog.example/post#rq-result=7-10"
        );
        assert_eq!(shared_result("#rq-result=7-10"), Some(score));
        assert_eq!(
            shared_result(&share_url("https://a.b/c", score)[13..]),
            Some(score)
        );
    }

    #[test]
    fn malformed_shared_results_are_ignored() {
        for hash in [
            "",
            "#",
            "#rq-result=",
            "#rq-result=7",
            "#rq-result=7-",
            "#rq-result=-10",
            "#rq-result=11-10",
            "#rq-result=0-0",
            "#rq-result=a-b",
            "#rq-result=7-10-3",
            "#rq-result=+7-10",
            "#rq-result=7-10000",
            "#rq-result= 7-10",
            "#compare",
        ] {
            assert_eq!(shared_result(hash), None, "{hash:?}");
        }
        assert_eq!(
            shared_result("#rq-result=0-5"),
            Some(Tally { right: 0, total: 5 })
        );
    }

    #[test]
    fn fragments_name_tabs_and_others_are_left_alone() {
        assert_eq!(tab_from_hash("#compare"), Some(Tab::Compare));
        assert_eq!(tab_from_hash("#quiz"), Some(Tab::Quiz));
        assert_eq!(
            tab_from_hash(""),
            Some(Tab::Quiz),
            "no fragment: the first tab"
        );
        assert_eq!(tab_from_hash("#"), Some(Tab::Quiz));
        assert_eq!(tab_from_hash("#Compare"), None);
        assert_eq!(tab_from_hash("#section-2"), None);
    }

    #[test]
    fn every_tab_round_trips_through_its_fragment() {
        for tab in [Tab::Quiz, Tab::Compare] {
            assert_eq!(tab_from_hash(hash_for(tab)), Some(tab));
        }
    }
}
