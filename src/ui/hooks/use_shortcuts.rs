//! Keyboard shortcuts: keys 1, 2 and 3 answer (first role, both, second
//! role) and N goes on.
//!
//! They work only while focus is inside the widget (the keydown handler sits
//! on the widget's root, the only place its keydown events come from), not
//! in a text field, not with a modifier held (the browser's own shortcuts
//! stay), only on the quiz tab, and not at all where the host turned them
//! off (`data-shortcuts="off"`).

use yew::prelude::*;

use crate::quiz::{Choice, Phase};
use crate::ui::state::{Action, State};

/// The root's keydown handler, or `None` when shortcuts are off; `phase` is
/// the round's, `None` on the intro.
#[hook]
pub fn use_shortcuts(
    enabled: bool,
    phase: Option<Phase>,
    dispatch: UseReducerDispatcher<State>,
) -> Option<Callback<KeyboardEvent>> {
    let handler = use_callback((phase, dispatch), |e: KeyboardEvent, (phase, dispatch)| {
        let typing = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let action = match (e.key().as_str(), phase) {
            ("1", Some(Phase::Asking(_))) => Action::Answer(Choice::First),
            ("2", Some(Phase::Asking(_))) => Action::Answer(Choice::Both),
            ("3", Some(Phase::Asking(_))) => Action::Answer(Choice::Second),
            ("n" | "N", Some(Phase::Feedback(_))) => Action::Next,
            _ => return,
        };
        e.prevent_default();
        dispatch.dispatch(action);
    });
    enabled.then_some(handler)
}
