use std::rc::Rc;

use yew::prelude::*;

use super::{FeedbackPanel, IntroScreen, QuestionScreen, ResultsScreen};
use crate::content::Pack;
use crate::quiz::{Choice, Phase, Round, RoundOptions};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub pack: Rc<Pack>,
    /// The first round's options; later rounds follow from them.
    pub round: RoundOptions,
}

/// Which screen the reader is on. The question, feedback and results screens
/// all follow from the round's own phase, so they are not listed here.
#[derive(Clone, PartialEq)]
enum Screen {
    Intro,
    Playing(Round),
}

/// The widget's whole state: the thin Yew adapter around [`crate::quiz`].
#[derive(Clone, PartialEq)]
struct QuizState {
    key: Rc<[Choice]>,
    options: RoundOptions,
    screen: Screen,
}

enum Action {
    Start,
    Answer(Choice),
    Next,
    NewRound,
}

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match (action, &mut next.screen) {
            (Action::Start, Screen::Intro) => {
                next.screen = Screen::Playing(Round::new(&next.key, next.options));
                true
            }
            (Action::Answer(choice), Screen::Playing(round)) => round.answer(choice).is_some(),
            (Action::Next, Screen::Playing(round)) => round.advance(),
            (Action::NewRound, _) => {
                next.options = next.options.next_round();
                next.screen = Screen::Playing(Round::new(&next.key, next.options));
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
    state: &UseReducerHandle<QuizState>,
    action: impl Fn(E) -> Action + 'static,
) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |event| state.dispatch(action(event)))
}

/// The quiz: intro, then a round of questions with feedback, then results.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let key: Rc<[Choice]> = props.pack.answer_key().into();
        let options = props.round;
        use_reducer(move || QuizState {
            key,
            options,
            screen: Screen::Intro,
        })
    };
    let pack = props.pack.clone();

    let screen = match &state.screen {
        Screen::Intro => html! {
            <IntroScreen
                pack={pack.clone()}
                questions={state.options.length.count(state.key.len())}
                on_start={dispatch(&state, |_| Action::Start)}
            />
        },
        Screen::Playing(round) => match round.phase() {
            Phase::Asking(question) => html! {
                <QuestionScreen
                    pack={pack.clone()}
                    item={question.item}
                    number={round.number()}
                    total={round.len()}
                    answered={round.answered()}
                    outcome={None}
                    on_answer={dispatch(&state, Action::Answer)}
                />
            },
            Phase::Feedback(outcome) => html! {
                <>
                    <QuestionScreen
                        pack={pack.clone()}
                        item={outcome.item}
                        number={round.number()}
                        total={round.len()}
                        answered={round.answered()}
                        outcome={Some(outcome)}
                        on_answer={dispatch(&state, Action::Answer)}
                    />
                    <FeedbackPanel
                        pack={pack.clone()}
                        {outcome}
                        last={round.number() == round.len()}
                        on_next={dispatch(&state, |_| Action::Next)}
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
                        on_new_round={dispatch(&state, |_| Action::NewRound)}
                    />
                }
            }
        },
    };

    html! {
        <div class="rq-app">
            <header class="rq-header">
                <p class="rq-eyebrow">{ "Quiz" }</p>
                <h2 class="rq-title">{ pack.title.clone() }</h2>
            </header>
            { screen }
            <p class="rq-visually-hidden" role="status">{ announcement(&pack, &state.screen) }</p>
        </div>
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
