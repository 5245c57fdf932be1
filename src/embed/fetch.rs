//! Fetching a custom pack: the one network request the widget ever makes.

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
}

impl FetchError {
    /// Whether asking again may help: a timeout, a network failure or a
    /// server error may pass; a missing pack or a refused request will not.
    pub fn may_pass(&self) -> bool {
        match self {
            FetchError::Status { status, .. } => *status >= 500 || matches!(status, 408 | 429),
            FetchError::Timeout | FetchError::Network => true,
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
}
