//! What the widget shows instead of failing: option values it did not
//! understand, a content pack on its way, one that could not be fetched, and
//! one it could not use. Plain functions, as none of them keeps state.
//!
//! What a reader sees is in the page's language (there is no pack yet to
//! take one from); what is for the blogger to fix (an option, a pack's
//! problems) stays in English, as `check-pack` says it.

use yew::prelude::*;

use super::capitalised;
use crate::content::PackErrors;
use crate::lang::{Msg, Words};

/// Quiet notes for the blogger: options it did not understand, a pack too
/// short for the round asked, words it could not load. The widget works on.
pub fn notices(notices: &[AttrValue]) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="rq-notice" role="note">
            <p class="rq-notice-title">{ "For the blogger (settings the widget did not understand were left at their defaults):" }</p>
            <ul>
                { for notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
            </ul>
        </div>
    }
}

/// While a custom pack is on its way from `url`.
pub fn loading(words: &Words, url: &AttrValue) -> Html {
    html! {
        <div class="rq-loading" role="status">
            <span class="rq-spinner" aria-hidden="true"></span>
            // Where a pack comes from is told to screen readers; none is
            // while a language's words load.
            if url.is_empty() {
                <span>{ words.get(Msg::Loading) }</span>
            } else {
                <span aria-hidden="true">{ words.get(Msg::Loading) }</span>
                <span class="rq-visually-hidden">{ words.fill(Msg::LoadingFrom, &[("url", url)]) }</span>
            }
        </div>
    }
}

/// A pack that could not be fetched: which, why, and another go where
/// that may help (`on_retry`), else what to check (where `check`: a page
/// that refused the address says itself what to do).
pub fn load_failed(
    words: &Words,
    url: &AttrValue,
    reason: &AttrValue,
    on_retry: Option<&Callback<()>>,
    check: bool,
) -> Html {
    // The address goes in the sentence where the language puts it.
    let sentence = words.get(Msg::LoadFailed);
    let (before, after) = sentence.split_once("{url}").unwrap_or((sentence, ""));
    html! {
        <div class="rq-problems" role="alert">
            <h2 class="rq-problems-title">{ words.get(Msg::LoadFailedTitle) }</h2>
            <p>
                { before }<code>{ url.clone() }</code>{ after }
                { ": " }{ reason.clone() }
            </p>
            if let Some(on_retry) = on_retry {
                <div class="rq-actions">
                    <button
                        type="button"
                        class="rq-button rq-button-primary"
                        onclick={on_retry.reform(|_: MouseEvent| ())}
                    >
                        { words.get(Msg::TryAgain) }
                    </button>
                </div>
            } else if check {
                <p>{ words.get(Msg::CheckAddress) }</p>
            }
        </div>
    }
}

/// Every problem of a pack that failed validation, one per line; `origin`
/// says where the pack came from: "the built-in pack", "the pack at …".
pub fn pack_problems(words: &Words, origin: &str, errors: &PackErrors) -> Html {
    let count = errors.total();
    html! {
        <div class="rq-problems" role="alert">
            <h2 class="rq-problems-title">{ words.get(Msg::LoadFailedTitle) }</h2>
            <p>
                { capitalised(origin) }
                { if count == 1 {
                    " has a problem:".to_owned()
                } else {
                    format!(" has {count} problems:")
                } }
            </p>
            <ul>
                { for errors.0.iter().map(|e| html! {
                    <li><code>{ e.at.to_string() }</code>{ ": " }{ e.problem.to_string() }</li>
                }) }
            </ul>
        </div>
    }
}
