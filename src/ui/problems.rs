//! What the widget shows instead of failing: option values it did not
//! understand, and a content pack it could not use.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::PackErrors;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<AttrValue>,
}

/// A quiet note for the blogger; the widget works on with defaults.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
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

#[derive(Properties, PartialEq)]
pub struct PackProblemsProps {
    pub errors: Rc<PackErrors>,
}

/// Every problem of a pack that failed validation, one per line.
#[component]
pub fn PackProblems(props: &PackProblemsProps) -> Html {
    let count = props.errors.0.len();
    html! {
        <div class="rq-problems" role="alert">
            <h2 class="rq-problems-title">{ "This quiz could not be loaded" }</h2>
            <p>
                { if count == 1 {
                    "Its content pack has a problem:".to_owned()
                } else {
                    format!("Its content pack has {count} problems:")
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
