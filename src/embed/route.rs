//! What the URL's fragment means to the widget. On the standalone page it
//! names the tab: `#quiz` or `#compare`, so a blogger can link straight to the
//! comparison and the back button moves between tabs. On any page,
//! `#rq-result=7-10` is a friend's shared score, shown as a challenge; on a
//! page of several widgets the link names the one it came from
//! (`#rq-result=7-10@quiz`), which alone shows it.

use crate::host::{EarlyStart, Tab};
use crate::quiz::{Choice, Tally};

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

/// The taps made on the pre-rendered first screen before the widget's code
/// had arrived, as embed.js keeps them on the element, space-separated: the
/// widget acts on them as it mounts. `start` is "Start quiz"; when embed.js
/// could show the first question at once it names it, and the answer tapped
/// on it (`start:7`, `start:7:second`); `tab:compare` is the tab last tapped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarlyTaps {
    pub start: Option<EarlyStart>,
    pub tab: Option<Tab>,
}

impl EarlyTaps {
    /// What `value` says; a part it does not understand is left out.
    pub fn parse(value: &str) -> EarlyTaps {
        let mut taps = EarlyTaps::default();
        for part in value.split_whitespace() {
            let mut fields = part.split(':');
            match (fields.next(), fields.next(), fields.next(), fields.next()) {
                (Some("start"), first, answer, None) => {
                    let first = first.and_then(|f| f.parse().ok());
                    taps.start = Some(EarlyStart {
                        first,
                        answer: answer.filter(|_| first.is_some()).and_then(choice_named),
                    });
                }
                (Some("tab"), Some(tab), None, None) => {
                    taps.tab = tab_from_hash(tab).or(taps.tab);
                }
                _ => {}
            }
        }
        taps
    }
}

/// An answer as embed.js names it: its button's class (see ui's
/// `choice_class`) without the `rq-`.
fn choice_named(name: &str) -> Option<Choice> {
    match name {
        "first" => Some(Choice::First),
        "both" => Some(Choice::Both),
        "second" => Some(Choice::Second),
        _ => None,
    }
}

pub fn hash_for(tab: Tab) -> &'static str {
    match tab {
        Tab::Quiz => "#quiz",
        Tab::Compare => "#compare",
    }
}

/// A friend's score from a shared link, and the widget it was shared from
/// (`None`: the page's only widget, or any).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub score: Tally,
    pub widget: Option<String>,
}

impl Challenge {
    /// Whether the widget named `name` shows it.
    pub fn is_for(&self, name: Option<&str>) -> bool {
        self.widget.is_none() || self.widget.as_deref() == name
    }
}

/// The link a reader shares: the page they are on, with their score in the
/// fragment (and any fragment the page had replaced), naming the `widget` it
/// came from when the page may have several. No personal data.
pub fn share_url(page: &str, score: Tally, widget: Option<&str>) -> String {
    let page = page.split_once('#').map_or(page, |(before, _)| before);
    let widget = widget.map_or(String::new(), |name| format!("@{}", encode_name(name)));
    format!("{page}#{RESULT}{}-{}{widget}", score.right, score.total)
}

/// A shared score in the fragment, if it is a sensible one; anything else
/// (a typo, a doctored link) is ignored.
pub fn shared_result(hash: &str) -> Option<Challenge> {
    let value = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix(RESULT)?;
    let (value, widget) = match value.split_once('@') {
        Some((value, name)) => (value, Some(decode_name(name)?)),
        None => (value, None),
    };
    let (right, total) = value.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(right) || !digits(total) {
        return None;
    }
    let (right, total) = (right.parse().ok()?, total.parse().ok()?);
    (total > 0 && total <= 1000 && right <= total).then_some(Challenge {
        score: Tally { right, total },
        widget,
    })
}

/// The friend's score that the widget named `widget` (`None`: the page's
/// own) shows for the fragment `hash`, if the fragment carries one for it.
pub fn challenge_for(hash: &str, widget: Option<&str>) -> Option<Tally> {
    shared_result(hash)
        .filter(|c| c.is_for(widget))
        .map(|c| c.score)
}

/// A widget's name (its element's id, any text, or its position on the
/// page) as the link carries it:
/// letters, digits, `-` and `_` as they are, every other byte as `%XX`, so
/// that "quiz.1" or "квиз" come back whole on the friend's page.
fn encode_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The name a link carries, if it is one [`encode_name`] could have
/// written: 1 to 64 characters once decoded, valid UTF-8.
fn decode_name(text: &str) -> Option<String> {
    // No more than a 64-character name's escapes: a long fragment is not read.
    if text.is_empty() || text.len() > 64 * 12 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        match byte {
            b'%' => {
                let hex = [rest.next()?, rest.next()?];
                bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
            }
            b if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' => bytes.push(b),
            _ => return None,
        }
    }
    let name = String::from_utf8(bytes).ok()?;
    (1..=64).contains(&name.chars().count()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn early_taps_name_the_start_button_its_question_and_answer_and_a_tab() {
        let start = |first, answer| EarlyStart { first, answer };
        assert_eq!(EarlyTaps::parse("start").start, Some(start(None, None)));
        assert_eq!(
            EarlyTaps::parse("start:7").start,
            Some(start(Some(7), None))
        );
        assert_eq!(
            EarlyTaps::parse("start:7:second tab:compare"),
            EarlyTaps {
                start: Some(start(Some(7), Some(Choice::Second))),
                tab: Some(Tab::Compare),
            }
        );
        assert_eq!(EarlyTaps::parse("tab:quiz").tab, Some(Tab::Quiz));
        assert_eq!(EarlyTaps::parse("tab:quiz").start, None);
        // What it cannot read it leaves out, keeping the rest.
        assert_eq!(
            EarlyTaps::parse("start:x:second").start,
            Some(start(None, None))
        );
        assert_eq!(
            EarlyTaps::parse("start:3:maybe").start,
            Some(start(Some(3), None))
        );
        for other in ["", "Start", "tab:results", "compare", "start:1:first:2"] {
            assert_eq!(EarlyTaps::parse(other), EarlyTaps::default(), "{other:?}");
        }
    }

    #[test]
    fn a_shared_link_carries_the_score_in_the_fragment() {
        let score = Tally {
            right: 7,
            total: 10,
        };
        assert_eq!(
            share_url("https://blog.example/post?x=1", score, None),
            "https://blog.example/post?x=1#rq-result=7-10"
        );
        assert_eq!(
            share_url("https://blog.example/post#compare", score, None),
            "https://blog.example/post#rq-result=7-10"
        );
        let anyone = Challenge {
            score,
            widget: None,
        };
        assert_eq!(shared_result("#rq-result=7-10"), Some(anyone.clone()));
        assert_eq!(
            shared_result(&share_url("https://a.b/c", score, None)[13..]),
            Some(anyone)
        );
    }

    #[test]
    fn a_link_from_one_of_several_widgets_names_it_and_only_it_shows_it() {
        let score = Tally { right: 3, total: 5 };
        let url = share_url("https://blog.example/post", score, Some("quiz-2"));
        assert_eq!(url, "https://blog.example/post#rq-result=3-5@quiz-2");
        let challenge = shared_result(&url[url.find('#').unwrap()..]).unwrap();
        assert_eq!(challenge.score, score);
        assert!(challenge.is_for(Some("quiz-2")));
        assert!(!challenge.is_for(Some("0")));
        assert!(
            !challenge.is_for(None),
            "the page's own widget is not the one named"
        );
        let hash = &url[url.find('#').unwrap()..];
        assert_eq!(challenge_for(hash, Some("quiz-2")), Some(score));
        assert_eq!(challenge_for(hash, None), None);
        assert_eq!(challenge_for("#rq-result=3-5", None), Some(score));
        for bad in [
            "#rq-result=3-5@",
            "#rq-result=3-5@a b",
            "#rq-result=3-5@<x>",
            "#rq-result=3-5@%",
            "#rq-result=3-5@%zz",
            "#rq-result=3-5@%ff",
        ] {
            assert_eq!(shared_result(bad), None, "{bad}");
        }
    }

    #[test]
    fn any_widget_id_comes_back_whole_from_its_link() {
        let score = Tally { right: 3, total: 5 };
        let long = "x".repeat(64);
        for id in ["quiz.1", "квиз", "a b/c#d@e", "quiz-2", long.as_str()] {
            let url = share_url("https://blog.example/post", score, Some(id));
            let hash = &url[url.find('#').unwrap()..];
            assert!(hash.is_ascii() && !hash[1..].contains(['#', ' ']), "{hash}");
            assert_eq!(challenge_for(hash, Some(id)), Some(score), "{id}: {hash}");
        }
        // Over 64 characters is no widget's link.
        let url = share_url("https://blog.example/post", score, Some(&"x".repeat(65)));
        assert_eq!(shared_result(&url[url.find('#').unwrap()..]), None);
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
            Some(Challenge {
                score: Tally { right: 0, total: 5 },
                widget: None
            })
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
