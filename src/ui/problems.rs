//! What the widget shows instead of failing: option values it did not
//! understand, a content pack on its way, one that could not be fetched, and
//! one it could not use.

use std::rc::Rc;

use yew::prelude::*;

use super::capitalised;
use crate::content::PackErrors;

pub struct NoticesProps {
    pub notices: Vec<AttrValue>,
}

/// A quiet note for the blogger; the widget works on with defaults.
pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="rq-notice" role="note">
            <p class="rq-notice-title">{ "Some settings were not understood and were left at their defaults:" }</p>
            <ul>
                { for props.notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
            </ul>
        </div>
    }
}

pub struct LoadingProps {
    pub url: AttrValue,
}

/// While a custom pack is on its way.
pub fn loading(props: &LoadingProps) -> Html {
    html! {
        <div class="rq-loading" role="status">
            <span class="rq-spinner" aria-hidden="true"></span>
            <span>{ "Loading the quiz…" }</span>
            <span class="rq-visually-hidden">{ format!(" from {}", props.url) }</span>
        </div>
    }
}

pub struct LoadFailedProps {
    pub url: AttrValue,
    pub reason: AttrValue,
    pub on_retry: Callback<()>,
}

/// A pack that could not be fetched: which, why, and another go.
pub fn load_failed(props: &LoadFailedProps) -> Html {
    html! {
        <div class="rq-problems" role="alert">
            <h2 class="rq-problems-title">{ "This quiz could not be loaded" }</h2>
            <p>
                { "Could not load the quiz from " }<code>{ props.url.clone() }</code>
                { ": " }{ props.reason.clone() }
            </p>
            <div class="rq-actions">
                <button
                    type="button"
                    class="rq-button rq-button-primary"
                    onclick={props.on_retry.reform(|_: MouseEvent| ())}
                >
                    { "Try again" }
                </button>
            </div>
        </div>
    }
}

pub struct PackProblemsProps {
    /// Where the pack came from: "the built-in pack", "the pack at …".
    pub origin: AttrValue,
    pub errors: Rc<PackErrors>,
}

/// Every problem of a pack that failed validation, one per line.
pub fn pack_problems(props: &PackProblemsProps) -> Html {
    let count = props.errors.0.len();
    html! {
        <div class="rq-problems" role="alert">
            <h2 class="rq-problems-title">{ "This quiz could not be loaded" }</h2>
            <p>
                { capitalised(&props.origin) }
                { if count == 1 {
                    " has a problem:".to_owned()
                } else {
                    format!(" has {count} problems:")
                } }
            </p>
            <ul>
                { for props.errors.0.iter().map(|e| html! {
                    <li><code>{ e.at.to_string() }</code>{ ": " }{ e.problem.to_string() }</li>
                }) }
            </ul>
        </div>
    }
}
