//! Telling the host page what happens: `rolequiz:ready` once the widget is
//! on the page, `rolequiz:answer` for each answer and `rolequiz:complete`
//! when a round ends (the host turns them into DOM events and, in a frame,
//! messages; see `embed/events.rs`).
//!
//! Each is sent once, as the round's phase moves on. Not on the first
//! render: a round resumed after a reload was announced on the visit it was
//! played in; but an answer tapped before the code came, which the first
//! render already shows, is news to the host.

use yew::prelude::*;

use crate::host::WidgetEvent;
use crate::quiz::{Phase, Round};

#[hook]
pub fn use_host_events(
    round: Option<&Round>,
    retry: bool,
    answered_early: bool,
    on_event: &Callback<WidgetEvent>,
) {
    {
        let on_event = on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }
    let first_render = use_mut_ref(|| true);
    let on_event = on_event.clone();
    let round = round.cloned();
    let phase = round.as_ref().map(Round::phase);
    use_effect_with(phase, move |phase| match (phase, round) {
        _ if first_render.replace(false) && !answered_early => {}
        (Some(Phase::Feedback(outcome)), Some(round)) => on_event.emit(WidgetEvent::Answer {
            outcome: *outcome,
            index: round.number() - 1,
            total: round.len(),
            retry,
        }),
        (Some(Phase::Finished), Some(round)) => on_event.emit(WidgetEvent::Complete {
            results: round.results(),
            retry,
        }),
        _ => {}
    });
}
