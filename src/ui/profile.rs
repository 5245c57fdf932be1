//! One role at a glance, on the intro and in the comparison: a plain
//! function, as it keeps no state.

use yew::prelude::*;

use super::choice_class;
use crate::content::Pack;
use crate::lang::Msg;
use crate::quiz::Choice;

/// Badge, full title, summary and focus areas of `role` ([`Choice::First`]
/// or [`Choice::Second`]; `Both` names no role and shows nothing).
pub fn role_profile(pack: &Pack, role: Choice) -> Html {
    let Some(profile) = pack.role(role) else {
        return Html::default();
    };
    html! {
        <article class={classes!("rq-profile", choice_class(role))}>
            <p class="rq-badge">{ profile.short.clone() }</p>
            <h3 class="rq-profile-title">{ profile.title.clone() }</h3>
            <p class="rq-profile-summary">{ profile.summary.clone() }</p>
            <h4 class="rq-focus-heading">{ pack.words().get(Msg::FocusAreas) }</h4>
            <ul class="rq-focus">
                { for profile.focus.iter().map(|area| html! { <li>{ area.clone() }</li> }) }
            </ul>
        </article>
    }
}
