//! How other readers answered, where the blogger runs a tally server
//! (`data-stats`): each answer and round is sent to it without waiting, and
//! the pack's tallies are read once a round, for the feedback and the
//! results to show.
//!
//! The widget never waits for it and never says it failed: a server that
//! is slow, down, refusing or answering nonsense leaves the quiz as it is
//! without one. What is sent names no reader (see the wire format, in the
//! stats crate); a browser that asks not to be tracked (Global Privacy
//! Control, Do Not Track) sends nothing and still sees the tallies.

use role_quiz_stats::wire::{self, Answer, Round, Tallies};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{RequestCredentials, RequestInit, RequestMode, Window};

use super::fetch;
use crate::content::Pack;
use crate::host::WidgetEvent;

/// A widget's tally server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    base: String,
    /// Answers and rounds are sent (the browser does not ask otherwise).
    send: bool,
}

impl Stats {
    /// The server at `base` (as `data-stats` gave it), unless it cannot be
    /// used from this page: a server on the reader's own machine serves
    /// pages on that machine only (a post that still names the example's
    /// `127.0.0.1` sends its readers' browsers nowhere).
    pub fn new(window: &Window, base: &str) -> Option<Stats> {
        let page = window.location().hostname().unwrap_or_default();
        if is_loopback(host_of(base)) && !is_loopback(&page) {
            web_sys::console::info_1(
                &format!("role-quiz: data-stats names {base}, a server on the reader's own machine; no tallies on this page").into(),
            );
            return None;
        }
        Some(Stats {
            base: base.to_owned(),
            send: !asks_not_to_be_tracked(window),
        })
    }

    /// Tells the server of an answer or a round, without waiting. Answers
    /// of a round that asks the misses again are not counted: a second try
    /// is no reader's first answer.
    pub fn tell(&self, pack: &Pack, event: &WidgetEvent) {
        if !self.send {
            return;
        }
        match event {
            WidgetEvent::Answer {
                outcome,
                index,
                total,
                retry: false,
            } => {
                let Some(item) = pack.items.get(outcome.item) else {
                    return;
                };
                let answer = Answer {
                    pack: pack.id.clone(),
                    version: pack.version.clone(),
                    item: item.id.clone(),
                    chose: outcome.chosen.into(),
                    right: outcome.is_correct(),
                };
                if *index == 0 {
                    self.round(pack, *total, None);
                }
                if answer.check().is_ok() {
                    self.post("/v1/answers", serde_json::to_string(&answer));
                }
            }
            WidgetEvent::Complete {
                results,
                retry: false,
            } => self.round(pack, results.score.total, Some(results.score.right)),
            _ => {}
        }
    }

    fn round(&self, pack: &Pack, questions: usize, right: Option<usize>) {
        let round = Round {
            pack: pack.id.clone(),
            version: pack.version.clone(),
            questions: u32::try_from(questions).unwrap_or(u32::MAX),
            right: right.map(|r| u32::try_from(r).unwrap_or(u32::MAX)),
        };
        if round.check().is_ok() {
            self.post("/v1/rounds", serde_json::to_string(&round));
        }
    }

    /// A keep-alive POST (it outlives the page, if the reader leaves) of a
    /// text body: no preflight, no credentials, no answer awaited.
    fn post(&self, path: &str, body: serde_json::Result<String>) {
        let (Ok(body), Some(window)) = (body, web_sys::window()) else {
            return;
        };
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&JsValue::from_str(&body));
        // keepalive (this web-sys has no setter for it yet).
        let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
        init.set_mode(RequestMode::Cors);
        init.set_credentials(RequestCredentials::Omit);
        let sent = window.fetch_with_str_and_init(&format!("{}{path}", self.base), &init);
        // Its failure is nobody's business but the server's: caught, so no
        // unhandled rejection reaches the page's console.
        spawn_local(async move {
            let _ = JsFuture::from(sent).await;
        });
    }

    /// The pack's tallies, or `None` if the server does not give them
    /// (readable ones only: anything else is as good as none).
    pub async fn tallies(&self, pack: &Pack) -> Option<Tallies> {
        if !wire::is_id(&pack.id) || !wire::is_version(&pack.version) {
            return None;
        }
        let url = format!(
            "{}{}",
            self.base,
            wire::tallies_path(&pack.id, &pack.version)
        );
        let text = fetch::text(&url).await.ok()?;
        serde_json::from_str(&text).ok()
    }
}

/// Global Privacy Control, or the older Do Not Track.
fn asks_not_to_be_tracked(window: &Window) -> bool {
    let navigator = window.navigator();
    let gpc = js_sys::Reflect::get(&navigator, &"globalPrivacyControl".into())
        .ok()
        .is_some_and(|v| v.as_bool() == Some(true));
    let dnt = js_sys::Reflect::get(&navigator, &"doNotTrack".into())
        .ok()
        .and_then(|v| v.as_string())
        .is_some_and(|v| v == "1");
    gpc || dnt
}

/// The host of an `http(s)://host[:port]/…` address.
fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split('/').next().unwrap_or_default();
    match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    }
}

/// `localhost`, `127.x.y.z` or `::1` (checked by hand: the standard
/// address parser costs readers 3 KB of wasm).
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let ipv4 = |h: &str| {
        let parts: Vec<&str> = h.split('.').collect();
        parts.len() == 4
            && parts
                .iter()
                .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    host.eq_ignore_ascii_case("localhost")
        || host.ends_with(".localhost")
        || host == "::1"
        || (host.starts_with("127.") && ipv4(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_on_the_readers_own_machine_is_told_apart() {
        for (url, loopback) in [
            ("http://127.0.0.1:8090", true),
            ("http://localhost:8090/stats", true),
            ("http://[::1]:8090", true),
            ("https://stats.blog.example", false),
            ("https://127.example.com", false),
            ("http://127.0.0.1.example.com", false),
            ("http://10.0.0.1", false),
        ] {
            assert_eq!(is_loopback(host_of(url)), loopback, "{url}");
        }
    }
}
