//! Quiz feedback: right or not, why, and where the articles say so.

use std::rc::Rc;

use yew::prelude::*;

use super::details::{item_details, markup};
use super::icons::{check_icon, cross_icon};
use super::readers::ReadersTally;
use super::words;
use crate::content::Pack;
use crate::lang::Msg;
use crate::quiz::Outcome;
use role_quiz_stats::wire::Split;

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub pack: Rc<Pack>,
    pub outcome: Outcome,
    /// The last question's feedback leads to the results instead.
    pub last: bool,
    pub on_next: Callback<()>,
    /// Opens the comparison at this item; `None` where the widget has no
    /// comparison view.
    #[prop_or_default]
    pub on_explore: Option<Callback<()>>,
    /// Where focus goes after the reader answers.
    #[prop_or_default]
    pub next_ref: NodeRef,
    /// Shows the "Next" key (N).
    #[prop_or_default]
    pub shortcuts: bool,
    /// How other readers answered this item, where the widget knows.
    #[prop_or_default]
    pub readers: Option<Split>,
    /// "See results" was pressed before the results' code was here.
    #[prop_or_default]
    pub pressed: bool,
    /// Said beside the pressed button when that code failed to arrive (it
    /// is being fetched again).
    #[prop_or_default]
    pub stalled: Option<AttrValue>,
}

/// Right or not, why, and where the articles say so.
#[component]
pub fn FeedbackPanel(props: &FeedbackProps) -> Html {
    let pack = &props.pack;
    let correct = props.outcome.is_correct();
    let words = pack.words();
    // The split as it was when this feedback appeared: tallies that arrive
    // later show from the next one, so nothing here moves under the reader.
    let readers = *use_memo(props.outcome.item, |_| props.readers);

    html! {
        <section
            class={classes!("rq-feedback", if correct { "rq-feedback-right" } else { "rq-feedback-wrong" })}
            aria-labelledby="rq-feedback-title"
        >
            <h3 class="rq-feedback-title" id="rq-feedback-title">
                if correct { { check_icon() }{ words.get(Msg::Correct) } } else { { cross_icon() }{ words.get(Msg::NotQuite) } }
            </h3>
            <p class="rq-feedback-answer">{ markup(pack, &words::verdict(pack, &props.outcome)) }</p>
            if let Some(split) = readers {
                <ReadersTally pack={pack.clone()} {split} chosen={props.outcome.chosen} />
            }
            { item_details(pack, props.outcome.item) }
            if let Some(on_explore) = &props.on_explore {
                <p>
                    <button
                        type="button"
                        class="rq-link-button"
                        onclick={on_explore.reform(|_: MouseEvent| ())}
                    >
                        { words.get(Msg::SeeInComparison) }
                    </button>
                </p>
            }
            // The way on, alone in a bar that stays at the window's bottom
            // while the feedback is on screen (feedback.css).
            <div class="rq-actions rq-next-bar">
                if let Some(stalled) = &props.stalled {
                    <p class="rq-stalled" role="alert">{ stalled.clone() }</p>
                }
                <button
                    type="button"
                    class={classes!("rq-button", "rq-button-primary", props.pressed.then_some("rq-pressed"))}
                    aria-busy={props.pressed.then_some("true")}
                    ref={props.next_ref.clone()}
                    aria-keyshortcuts={props.shortcuts.then_some("N")}
                    onclick={props.on_next.reform(|_: MouseEvent| ())}
                >
                    { words.get(if props.last { Msg::SeeResults } else { Msg::Next }) }
                    if props.shortcuts {
                        <kbd class="rq-key" aria-hidden="true">{ "N" }</kbd>
                    }
                </button>
            </div>
        </section>
    }
}
