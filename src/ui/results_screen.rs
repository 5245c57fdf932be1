//! The end of a round: the score and what it means, the pattern in the
//! misses, every answer placed where the reader put it ([`YourAnswers`]),
//! and the missed items explained, with ways on: retry the misses, a new
//! round, share ([`ShareButton`]), compare.

use std::rc::Rc;

use yew::prelude::*;

use super::details::item_details;
use super::details::markup;
use super::icons::info_icon;
use super::share_button::ShareButton;
use super::your_answers::{answered, YourAnswers};
use super::{choice_class, readers, words};
use crate::content::Pack;
use crate::host::ShareRequest;
use crate::lang::Msg;
use crate::quiz::{self, Choice, Tally};

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    pub pack: Rc<Pack>,
    pub results: quiz::Results,
    /// The pack's verdict for this score.
    pub verdict: AttrValue,
    /// The round retried missed items (it does not count towards the best).
    #[prop_or_default]
    pub retry: bool,
    /// The best score on this pack, this round included.
    #[prop_or_default]
    pub best: Option<Tally>,
    /// This round set the best score.
    #[prop_or_default]
    pub new_best: bool,
    /// Where focus goes when the round ends.
    #[prop_or_default]
    pub heading_ref: NodeRef,
    #[prop_or_default]
    pub on_retry: Callback<()>,
    pub on_new_round: Callback<()>,
    /// Shows the comparison; `None` where the widget has none.
    #[prop_or_default]
    pub on_compare: Option<Callback<()>>,
    /// Shares the score; `None` where the host cannot.
    #[prop_or_default]
    pub on_share: Option<Callback<ShareRequest>>,
    /// The share of other readers' finished rounds this score beats, where
    /// the widget knows.
    #[prop_or_default]
    pub readers_beaten: Option<u8>,
}

#[component]
pub fn ResultsScreen(props: &ResultsProps) -> Html {
    let pack = &props.pack;
    let results = &props.results;
    let score = results.score;
    let misses = results.misses();
    let words = pack.words();
    let number = |n: usize| words.number(n);
    let row = |class: &'static str, name: String, tally: Tally| {
        (tally.total > 0).then(|| {
            html! {
                <li class={class}>
                    <span class="rq-badge">{ name }</span>
                    <span>{ words::tally(&words, tally) }</span>
                </li>
            }
        })
    };
    let breakdown = Choice::ALL
        .iter()
        .filter_map(|&c| {
            row(
                choice_class(c),
                pack.choice_name(c).to_owned(),
                results.tally(c),
            )
        })
        .chain(row(
            "rq-disputed",
            words.text(Msg::DisputedRow),
            results.disputed,
        ));
    let best = if props.retry {
        Some(words.text(Msg::RetryNoBest))
    } else if props.new_best {
        Some(words.text(Msg::NewBest))
    } else {
        props.best.map(|b| {
            words.fill(
                Msg::YourBest,
                &[("right", &number(b.right)), ("total", &number(b.total))],
            )
        })
    };

    // As it was when the results appeared: tallies read after the round
    // ended are for the next one, and nothing here moves.
    let readers_beaten = *use_memo((), |_| props.readers_beaten);

    html! {
        <section class="rq-screen rq-results">
            <div class="rq-results-summary">
                <h3 class="rq-results-title" tabindex="-1" ref={props.heading_ref.clone()}>
                    { words.get(if props.retry { Msg::YourRetry } else { Msg::YourResult }) }
                </h3>
                <p class="rq-score">
                    <span class="rq-score-value">{ score.right }</span>
                    <span class="rq-score-total">{ " / " }{ score.total }</span>
                </p>
                <p class="rq-verdict">{ props.verdict.clone() }</p>
                if let Some(line) = readers_beaten.and_then(|share| readers::beaten(pack, share)) {
                    <p class="rq-readers-beaten">{ line }</p>
                }
                if let Some(best) = best {
                    <p class={classes!("rq-best", props.new_best.then_some("rq-new-best"))}>{ best }</p>
                }
                <ul class="rq-breakdown" aria-label={words.text(Msg::ScoreLabel)}>{ for breakdown }</ul>
            </div>
            <div class="rq-actions rq-results-actions">
                if !misses.is_empty() {
                    <button
                        type="button"
                        class="rq-button rq-button-primary"
                        onclick={props.on_retry.reform(|_: MouseEvent| ())}
                    >
                        { words.fill(Msg::RetryMistakes, &[("n", &number(misses.len()))]) }
                    </button>
                }
                <button
                    type="button"
                    class={classes!("rq-button", if misses.is_empty() { "rq-button-primary" } else { "rq-button-quiet" })}
                    onclick={props.on_new_round.reform(|_: MouseEvent| ())}
                >
                    { words.get(Msg::NewRound) }
                </button>
                if let Some(on_share) = &props.on_share {
                    <ShareButton {score} on_share={on_share.clone()} pack={pack.clone()} />
                }
                if let Some(on_compare) = &props.on_compare {
                    <button
                        type="button"
                        class="rq-button rq-button-quiet"
                        onclick={on_compare.reform(|_: MouseEvent| ())}
                    >
                        { words.get(Msg::TabCompare) }
                    </button>
                }
            </div>
            // The first screen of a phone holds the score, the verdict, the
            // breakdown and the ways on; what teaches more follows.
            <p class="rq-insight">{ info_icon() }<span>{ words::insight(pack, results.insight()) }</span></p>

            <YourAnswers pack={pack.clone()} results={results.clone()} />

            if !misses.is_empty() {
                <section class="rq-missed" aria-labelledby="rq-missed-title">
                    <h4 class="rq-section-title" id="rq-missed-title">{ words.get(Msg::MissedTitle) }</h4>
                    { for answered(pack, results).filter(|(o, _)| !o.is_correct()).map(|(o, item)| html! {
                        <article class="rq-missed-item" data-item={item.id.clone()}>
                            <h5 class="rq-missed-statement">{ item.statement.clone() }</h5>
                            <p class="rq-missed-answer">{ markup(pack, &words::verdict(pack, o)) }</p>
                            { item_details(pack, o.item) }
                        </article>
                    }) }
                </section>
            }
        </section>
    }
}
