//! Fetching a text with a time limit: a custom pack, and a tally server's
//! tallies (`stats.rs`), the widget's only requests besides its own files.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use web_sys::AbortController;

/// How long a pack may take before the reader is told and offered a retry.
pub const TIMEOUT_MS: u32 = 10_000;

/// Why a pack could not be fetched, in words for the blogger.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("the server answered {status}{}", if text.is_empty() { String::new() } else { format!(" {text}") })]
    Status { status: u16, text: String },
    #[error("no answer within {} seconds", TIMEOUT_MS / 1000)]
    Timeout,
    #[error(
        "the request failed (the network may be down, or the server may not allow this page to read the pack)"
    )]
    Network,
    /// The standalone or iframe page was asked for another site's pack.
    #[error(
        "this page shows packs from its own site only, and from the sites its \
         <meta name=\"role-quiz-packs\"> lists ({origin} is not among them)"
    )]
    Refused { origin: String },
}

impl FetchError {
    /// Whether asking again may help: a timeout, a network failure or a
    /// server error may pass; a missing pack or a refused request will not.
    pub fn may_pass(&self) -> bool {
        match self {
            FetchError::Status { status, .. } => *status >= 500 || matches!(status, 408 | 429),
            FetchError::Timeout | FetchError::Network => true,
            FetchError::Refused { .. } => false,
        }
    }
}

/// `url` as the browser will request it, for messages: the path when it is
/// on this site (`/posts/packs/x.json` for `packs/x.json` on `/posts/`),
/// the whole address when it is elsewhere.
pub fn resolved(url: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return url.to_owned();
    };
    let base = location.href().unwrap_or_default();
    match web_sys::Url::new_with_base(url, &base) {
        Ok(full) if Some(full.origin()) == location.origin().ok() => {
            format!("{}{}", full.pathname(), full.search())
        }
        Ok(full) => full.href(),
        Err(_) => url.to_owned(),
    }
}

/// Whether the standalone or iframe page may show the pack at `url`: anyone
/// can send a link to it with `?pack=` naming any address, so a pack from
/// another site is shown only where the blogger listed that site in the
/// page (`<meta name="role-quiz-packs" content="https://packs.example">`,
/// `*` for any). A widget in a post is the blogger's own markup: its
/// `data-pack` is not checked.
pub fn page_allows(url: &str) -> Result<(), FetchError> {
    let Some(window) = web_sys::window() else {
        return Ok(());
    };
    let location = window.location();
    let base = location.href().unwrap_or_default();
    let Ok(target) = web_sys::Url::new_with_base(url, &base) else {
        return Ok(()); // the fetch says what is wrong with it
    };
    let listed = window
        .document()
        .and_then(|d| {
            d.query_selector(r#"meta[name="role-quiz-packs"]"#)
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let own = location.origin().unwrap_or_default();
    if origin_allowed(&target.origin(), &own, &listed) {
        Ok(())
    } else {
        Err(FetchError::Refused {
            origin: target.origin(),
        })
    }
}

/// `origin` is the page's own (`own`), or one of `listed` (addresses or
/// origins, apart by spaces or commas; `*` for any).
fn origin_allowed(origin: &str, own: &str, listed: &str) -> bool {
    origin == own
        || listed
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|entry| !entry.is_empty())
            .any(|entry| entry == "*" || origin_of(entry) == Some(origin))
}

/// The `scheme://host[:port]` that an address in the list names.
fn origin_of(entry: &str) -> Option<&str> {
    let (scheme, rest) = entry.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&entry[..scheme.len() + 3 + end]).filter(|_| !scheme.is_empty() && end > 0)
}

/// The text at `url` (relative URLs are relative to the page).
pub async fn text(url: &str) -> Result<String, FetchError> {
    let controller = AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            if let Some(controller) = controller {
                controller.abort();
            }
        })
    };
    let signal = controller.as_ref().map(AbortController::signal);
    let result = async {
        let response = Request::get(url)
            .abort_signal(signal.as_ref())
            .send()
            .await?;
        if !response.ok() {
            return Ok(Err(FetchError::Status {
                status: response.status(),
                text: response.status_text(),
            }));
        }
        response.text().await.map(Ok)
    }
    .await;
    drop(timer);
    match result {
        Ok(answer) => answer,
        Err(_) if timed_out.get() => Err(FetchError::Timeout),
        Err(_) => Err(FetchError::Network),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failures_that_may_pass_are_worth_another_try() {
        let status = |status| FetchError::Status {
            status,
            text: String::new(),
        };
        for passing in [status(500), status(503), status(408), status(429)] {
            assert!(passing.may_pass(), "{passing}");
        }
        assert!(FetchError::Timeout.may_pass() && FetchError::Network.may_pass());
        assert!(!FetchError::Refused {
            origin: "https://x.example".into()
        }
        .may_pass());
        for lasting in [
            status(404),
            status(410),
            status(403),
            status(401),
            status(400),
        ] {
            assert!(!lasting.may_pass(), "{lasting}");
        }
    }

    #[test]
    fn a_page_shows_other_sites_packs_only_where_it_lists_them() {
        let own = "https://blog.example";
        assert!(origin_allowed(own, own, ""));
        assert!(!origin_allowed("https://other.example", own, ""));
        assert!(
            !origin_allowed("http://blog.example", own, ""),
            "another scheme is another site"
        );
        let listed = "https://packs.example/quizzes/,  https://cdn.example:8443";
        assert!(origin_allowed("https://packs.example", own, listed));
        assert!(origin_allowed("https://cdn.example:8443", own, listed));
        assert!(
            !origin_allowed("https://cdn.example", own, listed),
            "the port is part of the site"
        );
        assert!(!origin_allowed("https://packs.example.evil", own, listed));
        assert!(!origin_allowed(
            "https://evil.example",
            own,
            "packs.example nonsense ://x"
        ));
        assert!(origin_allowed("https://any.example", own, "*"));
    }
}
