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
