use std::rc::Rc;

use yew::prelude::*;

use super::compare::Spotlight;
use super::tabs::{panel_id, tab_id, Tabs};
use super::{
    CompareScreen, Embedding, FeedbackPanel, IntroScreen, QuestionScreen, ResultsScreen, Tab,
    Views, WidgetEvent,
};
use crate::content::Pack;
use crate::quiz::{Choice, Phase, Round, RoundOptions};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub pack: Rc<Pack>,
    /// The first round's options; later rounds follow from them.
    pub round: RoundOptions,
    #[prop_or_default]
    pub embedding: Embedding,
}

/// Where the quiz stands. The question, feedback and results screens all
/// follow from the round's own phase, so they are not listed here.
#[derive(Clone, PartialEq)]
enum Screen {
    Intro,
    Playing(Round),
}

/// The widget's whole state: the thin Yew adapter around [`crate::quiz`].
#[derive(Clone, PartialEq)]
struct State {
    key: Rc<[Choice]>,
    options: RoundOptions,
    views: Views,
    tab: Tab,
    screen: Screen,
    spotlight: Option<Spotlight>,
}

enum Action {
    Start,
    Answer(Choice),
    Next,
    NewRound,
    Show(Tab),
    /// Show an item in the comparison (from its quiz feedback).
    Explore(usize),
    /// From the comparison: go to the quiz, starting a round if none is on.
    TestYourself,
}

impl State {
    fn new_round(&self) -> Round {
        Round::new(&self.key, self.options)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match (action, &mut next.screen) {
            (Action::Start, Screen::Intro) => {
                next.screen = Screen::Playing(next.new_round());
                true
            }
            (Action::Answer(choice), Screen::Playing(round)) => round.answer(choice).is_some(),
            (Action::Next, Screen::Playing(round)) => round.advance(),
            (Action::NewRound, _) => {
                next.options = next.options.next_round();
                next.screen = Screen::Playing(next.new_round());
                true
            }
            (Action::Show(tab), _) => {
                next.tab = next.views.settle(tab);
                next.tab != self.tab
            }
            (Action::Explore(item), _) => {
                next.tab = next.views.settle(Tab::Compare);
                let serial = self.spotlight.map_or(0, |s| s.serial.wrapping_add(1));
                next.spotlight = Some(Spotlight { item, serial });
                true
            }
            (Action::TestYourself, screen) => {
                next.tab = next.views.settle(Tab::Quiz);
                if *screen == Screen::Intro {
                    *screen = Screen::Playing(self.new_round());
                }
                true
            }
            // Out of turn (a double click, a stale event): nothing to do.
            _ => false,
        };
        if changed {
            Rc::new(next)
        } else {
            self
        }
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

/// The widget's content: the quiz (intro, questions with feedback, results)
/// and the comparison, behind tabs when it offers both.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let key: Rc<[Choice]> = props.pack.answer_key().into();
        let (options, views, tab) = (props.round, props.embedding.views, props.embedding.tab);
        use_reducer(move || State {
            key,
            options,
            views,
            tab: views.settle(tab),
            screen: Screen::Intro,
            spotlight: None,
        })
    };
    {
        // The host asked for another tab (a link to #compare, the back button).
        let state = state.clone();
        use_effect_with(props.embedding.tab, move |tab| {
            state.dispatch(Action::Show(*tab))
        });
    }
    {
        // The reader switched tabs: let the host follow (it updates the URL).
        let on_tab_change = props.embedding.on_tab_change.clone();
        let asked = props.embedding.views.settle(props.embedding.tab);
        use_effect_with(state.tab, move |tab| {
            if *tab != asked {
                on_tab_change.emit(*tab);
            }
        });
    }

    {
        let on_event = props.embedding.on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }
    {
        // Each answer and each finished round, once, as the round moves on.
        let on_event = props.embedding.on_event.clone();
        let round = match &state.screen {
            Screen::Playing(round) => Some(round.clone()),
            Screen::Intro => None,
        };
        let phase = round.as_ref().map(Round::phase);
        use_effect_with(phase, move |phase| match (phase, round) {
            (Some(Phase::Feedback(outcome)), Some(round)) => on_event.emit(WidgetEvent::Answer {
                outcome: *outcome,
                index: round.number() - 1,
                total: round.len(),
            }),
            (Some(Phase::Finished), Some(round)) => {
                on_event.emit(WidgetEvent::Complete(round.results()))
            }
            _ => {}
        });
    }

    let pack = props.pack.clone();
    let both = state.views == Views::Both;
    let quiz = quiz_screen(&pack, &state, both);
    let compare = html! {
        <CompareScreen
            pack={pack.clone()}
            spotlight={state.spotlight}
            on_test={both.then(|| dispatch(&state, |_| Action::TestYourself))}
        />
    };
    let eyebrow = match state.views {
        Views::Quiz => "Quiz",
        Views::Compare => "Comparison",
        Views::Both => "Quiz and comparison",
    };

    html! {
        <div class="rq-app">
            <header class="rq-header">
                <p class="rq-eyebrow">{ eyebrow }</p>
                <h2 class="rq-title">{ pack.title.clone() }</h2>
                if both {
                    <Tabs current={state.tab} on_select={dispatch(&state, Action::Show)} />
                }
            </header>
            if both {
                <div role="tabpanel" id={panel_id(Tab::Quiz)} aria-labelledby={tab_id(Tab::Quiz)}
                    hidden={state.tab != Tab::Quiz}>
                    { quiz }
                </div>
                <div role="tabpanel" id={panel_id(Tab::Compare)} aria-labelledby={tab_id(Tab::Compare)}
                    hidden={state.tab != Tab::Compare}>
                    { compare }
                </div>
            } else if state.tab == Tab::Compare {
                { compare }
            } else {
                { quiz }
            }
            <p class="rq-visually-hidden" role="status">{ announcement(&pack, &state.screen) }</p>
        </div>
    }
}

/// The quiz panel: whichever screen the round is on.
fn quiz_screen(pack: &Rc<Pack>, state: &UseReducerHandle<State>, can_explore: bool) -> Html {
    let round = match &state.screen {
        Screen::Intro => {
            return html! {
                <IntroScreen
                    pack={pack.clone()}
                    questions={state.options.length.count(state.key.len())}
                    on_start={dispatch(state, |_| Action::Start)}
                />
            }
        }
        Screen::Playing(round) => round,
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
                on_answer={dispatch(state, Action::Answer)}
            />
        }
    };
    match round.phase() {
        Phase::Asking(q) => question(q.item, None),
        Phase::Feedback(outcome) => html! {
            <>
                { question(outcome.item, Some(outcome)) }
                <FeedbackPanel
                    pack={pack.clone()}
                    {outcome}
                    last={round.number() == round.len()}
                    on_next={dispatch(state, |_| Action::Next)}
                    on_explore={can_explore.then(|| dispatch(state, move |_| Action::Explore(outcome.item)))}
                />
            </>
        },
        Phase::Finished => {
            let results = round.results();
            let verdict = AttrValue::from(pack.verdict(results.percent()).to_owned());
            html! {
                <ResultsScreen
                    pack={pack.clone()}
                    {results}
                    {verdict}
                    on_new_round={dispatch(state, |_| Action::NewRound)}
                />
            }
        }
    }
}

/// What the status region says, so screen readers hear feedback the moment it
/// appears. The region is always in the page; only its text changes.
fn announcement(pack: &Pack, screen: &Screen) -> String {
    let Screen::Playing(round) = screen else {
        return String::new();
    };
    match round.phase() {
        Phase::Feedback(outcome) if outcome.is_correct() => {
            format!(
                "Correct. The answer is {}.",
                pack.choice_name(outcome.answer)
            )
        }
        Phase::Feedback(outcome) => format!(
            "Not quite. You chose {}; the answer is {}.",
            pack.choice_name(outcome.chosen),
            pack.choice_name(outcome.answer)
        ),
        Phase::Finished => {
            let score = round.score();
            format!("Round complete. You scored {score} out of {}.", round.len())
        }
        Phase::Asking(_) => String::new(),
    }
}
