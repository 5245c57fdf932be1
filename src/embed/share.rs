//! Sharing a score: the browser's share sheet where there is one, else the
//! clipboard, else the reader is shown the link to copy. The link is the
//! page with the score in its fragment (`#rq-result=7-10`): no personal data.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Navigator, ShareData, Window};
use yew::Callback;

use super::route::share_url;
use crate::host::{ShareRequest, Shared};

/// A share handler for a widget on `page` (the URL a friend should open);
/// `widget` names it among several. The request brings the words to share
/// with the link, in the widget's language.
pub fn sharer(window: Window, page: String, widget: Option<String>) -> Callback<ShareRequest> {
    Callback::from(move |request: ShareRequest| {
        let navigator = window.navigator();
        let url = share_url(&page, request.score, widget.as_deref());
        let text = request.text;
        spawn_local(async move {
            if let Some(outcome) = share(&navigator, &url, &text).await {
                request.reply.emit(outcome);
            }
        });
    })
}

/// `None` when the reader closed the share sheet: nothing to say then.
async fn share(navigator: &Navigator, url: &str, text: &str) -> Option<Shared> {
    if has(navigator, "share") {
        let data = ShareData::new();
        data.set_text(text);
        data.set_url(url);
        match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => return Some(Shared::Shared),
            Err(error) if error_name(&error).as_deref() == Some("AbortError") => return None,
            // Not allowed here (an iframe without permission): try the clipboard.
            Err(_) => {}
        }
    }
    if has(navigator, "clipboard")
        && JsFuture::from(navigator.clipboard().write_text(url))
            .await
            .is_ok()
    {
        return Some(Shared::Copied);
    }
    Some(Shared::Failed {
        url: url.to_owned(),
    })
}

/// Whether the browser offers `name` at all: calling a missing API would throw.
fn has(navigator: &Navigator, name: &str) -> bool {
    Reflect::get(navigator, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

fn error_name(error: &JsValue) -> Option<String> {
    Reflect::get(error, &"name".into()).ok()?.as_string()
}
