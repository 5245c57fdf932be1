//! The widget's content once its pack is there: the quiz (intro, questions
//! with feedback, results) and the comparison, behind tabs when it offers
//! both. It wires the state ([`super::state`]) to the hooks and routes to
//! the screen the round is on; the rules live in the reducer and the quiz.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{use_focus, use_host_events, use_saving, use_shortcuts, FocusRefs};
use super::later::{use_later, LaterState};
use super::state::{Action, State};
use super::tabs::{panel_id, tab_id, Tabs};
use super::{words, CompareProps, FeedbackPanel, IntroScreen, QuestionScreen, ResultsProps};
use crate::content::Pack;
use crate::host::{Embedding, Tab, Views};
use crate::lang::Msg;
use crate::quiz::{Outcome, Phase, Round, RoundOptions};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub pack: Rc<Pack>,
    /// The first round's options; later rounds follow from them.
    pub round: RoundOptions,
    #[prop_or_default]
    pub embedding: Embedding,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let embedding = &props.embedding;
    let state = {
        let (key, options) = (props.pack.answer_key().into(), props.round);
        let (resume, offer) = (embedding.resume.clone(), embedding.offer.clone());
        let best = embedding.best;
        let early = embedding.early_start;
        use_reducer(move || {
            let state = State::new(key, options, resume, offer, best);
            match early {
                Some(early) => state.started_early(early.first, early.answer),
                None => state,
            }
        })
    };
    // An answer tapped on the question embed.js showed before the code was
    // here is on screen from the first render; the host hears of it then,
    // as of any answer (a resumed round had no such tap: it stays as saved).
    let answered_early = embedding.resume.is_none()
        && embedding
            .early_start
            .is_some_and(|early| early.answer.is_some());
    // The host owns the tab; a single-view widget always shows its view.
    let chosen = embedding.views.settle(embedding.tab);
    // The comparison's code may still be on its way (super::later): its
    // tab shows pressed over the quiz until it is here.
    let later = use_later();
    let pending = (chosen == Tab::Compare && later.ready().is_none()).then_some(Tab::Compare);
    let tab = if pending.is_some() && embedding.views == Views::Both {
        Tab::Quiz
    } else {
        chosen
    };
    let refs = use_focus(state.focus, tab, later.ready().is_some());
    use_saving(state.kept(), state.best, &embedding.on_keep);
    use_host_events(
        state.round(),
        state.retry,
        answered_early,
        &embedding.on_event,
    );
    let onkeydown = use_shortcuts(
        embedding.shortcuts && tab == Tab::Quiz,
        state.round().map(Round::phase),
        state.dispatcher(),
    );
    // The comparison is built the first time it is shown (a reader may
    // never open it), then kept, filter and all.
    let compare_shown = use_mut_ref(|| false);
    *compare_shown.borrow_mut() |= tab == Tab::Compare;

    let pack = props.pack.clone();
    let both = embedding.views == Views::Both;
    let quiz = quiz_screen(&pack, &state, embedding, &refs, later);
    let compare = match later.ready() {
        Some(later) => (later.compare)(&CompareProps {
            pack: pack.clone(),
            spotlight: state.spotlight,
            on_test: both.then(|| go(&state, embedding, Tab::Quiz, Action::TestYourself)),
        }),
        // Only a comparison-only widget mounted before its code came
        // (embed/mount.rs waits for it): the card says it is busy.
        None => html! { <div class="rq-screen rq-compare" aria-busy="true"></div> },
    };
    let words = pack.words();
    let eyebrow = words.get(match embedding.views {
        Views::Quiz => Msg::EyebrowQuiz,
        Views::Compare => Msg::EyebrowCompare,
        Views::Both => Msg::EyebrowBoth,
    });

    html! {
        <div class="rq-app" {onkeydown}>
            <header class="rq-header">
                <p class="rq-eyebrow">{ eyebrow }</p>
                <h2 class="rq-title">{ pack.title.clone() }</h2>
                if both {
                    <Tabs current={tab} on_select={embedding.on_tab_change.clone()}
                        names={[words.text(Msg::TabQuiz).into(), words.text(Msg::TabCompare).into()]}
                        label={words.text(Msg::TabsLabel)} {pending} />
                }
                if pending.is_some() && later == (LaterState::Waiting { failed: true }) {
                    <p class="rq-stalled" role="alert">{ words.get(Msg::LaterFailed) }</p>
                }
            </header>
            if both {
                <div role="tabpanel" id={panel_id(Tab::Quiz)} aria-labelledby={tab_id(Tab::Quiz)}
                    hidden={tab != Tab::Quiz} tabindex="-1" ref={refs.quiz_panel.clone()}>
                    { quiz }
                </div>
                <div role="tabpanel" id={panel_id(Tab::Compare)} aria-labelledby={tab_id(Tab::Compare)}
                    hidden={tab != Tab::Compare} tabindex="-1" ref={refs.compare_panel.clone()}>
                    if *compare_shown.borrow() {
                        { compare }
                    }
                </div>
            } else if tab == Tab::Compare {
                { compare }
            } else {
                { quiz }
            }
            <p class="rq-visually-hidden" role="status">{ words::announcement(&pack, state.round()) }</p>
        </div>
    }
}

/// Turns a reader's gesture into a reducer action.
fn dispatch<E>(
    state: &UseReducerHandle<State>,
    action: impl Fn(E) -> Action + 'static,
) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |event| state.dispatch(action(event)))
}

/// A gesture that leads to the other tab: the host is asked to show `tab`
/// (it owns the tab) and the reducer does the rest (`action`).
fn go<E>(
    state: &UseReducerHandle<State>,
    embedding: &Embedding,
    tab: Tab,
    action: Action,
) -> Callback<E> {
    let state = state.clone();
    let on_tab_change = embedding.on_tab_change.clone();
    Callback::from(move |_| {
        on_tab_change.emit(tab);
        state.dispatch(action);
    })
}

/// The quiz panel: whichever screen the round is on.
fn quiz_screen(
    pack: &Rc<Pack>,
    state: &UseReducerHandle<State>,
    embedding: &Embedding,
    refs: &FocusRefs,
    later: LaterState,
) -> Html {
    let both = embedding.views == Views::Both;
    let Some(round) = state.round() else {
        return html! {
            <IntroScreen
                pack={pack.clone()}
                questions={state.options.length.count(state.key.len())}
                best={state.best}
                challenge={embedding.challenge}
                start_ref={refs.start.clone()}
                on_start={dispatch(state, |_| Action::Start)}
                set_aside={state.set_aside.as_ref().map(|s| (s.round.number(), s.round.len()))}
                on_resume={dispatch(state, |_| Action::Resume)}
                profiles={embedding.profiles}
            />
        };
    };
    let question = |item, outcome| {
        html! {
            <QuestionScreen
                pack={pack.clone()}
                {item}
                number={round.number()}
                total={round.len()}
                answered={round.answered()}
                {outcome}
                statement_ref={refs.statement.clone()}
                shortcuts={embedding.shortcuts}
                on_answer={dispatch(state, Action::Answer)}
                on_start_over={dispatch(state, |_| Action::StartOver)}
            />
        }
    };
    let stalled = (later == LaterState::Waiting { failed: true })
        .then(|| AttrValue::from(pack.words().text(Msg::LaterFailed)));
    let feedback = |outcome: Outcome, pressed: bool| {
        html! {
            <>
                { question(outcome.item, Some(outcome)) }
                <FeedbackPanel
                    pack={pack.clone()}
                    {outcome}
                    last={round.number() == round.len()}
                    next_ref={refs.next.clone()}
                    shortcuts={embedding.shortcuts}
                    on_next={dispatch(state, |_| Action::Next)}
                    on_explore={both.then(|| go(state, embedding, Tab::Compare, Action::Explore(outcome.item)))}
                    readers={embedding.tallies.as_ref().and_then(|t| t.items.get(&pack.items[outcome.item].id).copied())}
                    {pressed}
                    stalled={stalled.clone().filter(|_| pressed)}
                />
            </>
        }
    };
    match round.phase() {
        Phase::Asking(q) => question(q.item, None),
        Phase::Feedback(outcome) => feedback(outcome, false),
        Phase::Finished => {
            // The results' code may still be on its way (super::later): the
            // last feedback stays, "See results" pressed, until it is here.
            let Some(later) = later.ready() else {
                return match round.outcomes().last() {
                    Some(outcome) => feedback(outcome, true),
                    None => Html::default(),
                };
            };
            let results = round.results();
            // A retry asked only the misses: its score is no round's result,
            // to be praised by the pack's verdicts or shared as a challenge.
            let verdict = AttrValue::from(if state.retry {
                words::retry_verdict(&pack.words(), results.score)
            } else {
                pack.verdict(results.percent()).to_owned()
            });
            // Among the readers who finished a round of this length (a
            // retry's score is no round's).
            let readers_beaten = embedding
                .tallies
                .as_ref()
                .filter(|_| !state.retry)
                .and_then(|t| {
                    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                    t.beaten(count(results.score.total), count(results.score.right))
                });
            (later.results)(&ResultsProps {
                pack: pack.clone(),
                results,
                verdict,
                retry: state.retry,
                best: state.best,
                new_best: state.new_best,
                heading_ref: refs.results.clone(),
                on_retry: dispatch(state, |_| Action::RetryMistakes),
                on_new_round: dispatch(state, |_| Action::NewRound),
                on_compare: both
                    .then(|| go(state, embedding, Tab::Compare, Action::Open(Tab::Compare))),
                on_share: embedding.on_share.clone().filter(|_| !state.retry),
                readers_beaten,
            })
        }
    }
}
