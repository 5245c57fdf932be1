use std::rc::Rc;

use yew::prelude::*;

use super::choice_class;
use crate::content::Pack;
use crate::quiz::Choice;

pub struct RoleProfileProps {
    pub pack: Rc<Pack>,
    /// [`Choice::First`] or [`Choice::Second`]; `Both` names no role.
    pub role: Choice,
}

/// One role at a glance: badge, full title, summary and focus areas.
pub fn role_profile(props: &RoleProfileProps) -> Html {
    let Some(role) = props.pack.role(props.role) else {
        return Html::default();
    };
    html! {
        <article class={classes!("rq-profile", choice_class(props.role))}>
            <p class="rq-badge">{ role.short.clone() }</p>
            <h3 class="rq-profile-title">{ role.title.clone() }</h3>
            <p class="rq-profile-summary">{ role.summary.clone() }</p>
            <h4 class="rq-focus-heading">{ "Focus areas" }</h4>
            <ul class="rq-focus">
                { for role.focus.iter().map(|area| html! { <li>{ area.clone() }</li> }) }
            </ul>
        </article>
    }
}
