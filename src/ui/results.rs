use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::choice_class;
use crate::content::Pack;
use crate::quiz::{self, Choice};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub pack: Rc<Pack>,
    pub results: quiz::Results,
    /// The pack's verdict for this score.
    pub verdict: AttrValue,
    pub on_new_round: Callback<()>,
}

/// The score, what it means, and how each kind of answer went.
#[component]
pub fn ResultsScreen(props: &ResultsProps) -> Html {
    let heading = use_node_ref();
    {
        // The round's buttons are gone; start the reader at the top of the results.
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let score = props.results.score;
    let breakdown = Choice::ALL.iter().filter_map(|&choice| {
        let tally = props.results.tally(choice);
        (tally.total > 0).then(|| {
            html! {
                <li class={choice_class(choice)}>
                    <span class="rq-badge">{ props.pack.choice_name(choice).to_owned() }</span>
                    <span>{ format!("{} of {} right", tally.right, tally.total) }</span>
                </li>
            }
        })
    });

    html! {
        <section class="rq-screen rq-results">
            <h3 class="rq-results-title" tabindex="-1" ref={heading}>{ "Your result" }</h3>
            <p class="rq-score">
                <span class="rq-score-value">{ score.right }</span>
                <span class="rq-score-total">{ " / " }{ score.total }</span>
            </p>
            <p class="rq-verdict">{ props.verdict.clone() }</p>
            <ul class="rq-breakdown" aria-label="Score by answer">{ for breakdown }</ul>
            <div class="rq-actions">
                <button
                    type="button"
                    class="rq-button rq-button-primary"
                    onclick={props.on_new_round.reform(|_: MouseEvent| ())}
                >
                    { "Try again" }
                </button>
                <p class="rq-meta">{ "A new round, freshly shuffled" }</p>
            </div>
        </section>
    }
}
