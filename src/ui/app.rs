use std::rc::Rc;

use yew::prelude::*;

use super::compare::Spotlight;
use super::tabs::{panel_id, tab_id, Tabs};
use super::{
    CompareScreen, Embedding, FeedbackPanel, IntroScreen, Progress, QuestionScreen, ResultsScreen,
    Tab, Views, WidgetEvent,
};
use crate::content::Pack;
use crate::progress::Saved;
use crate::quiz::{Choice, Phase, Round, RoundOptions, Tally};

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
    /// The round on screen retries missed items: it does not count towards
    /// the best score.
    retry: bool,
    best: Option<Tally>,
    /// The round just finished set the best score.
    new_best: bool,
    spotlight: Option<Spotlight>,
}

enum Action {
    Start,
    Answer(Choice),
    Next,
    NewRound,
    /// A round of exactly the items the last round missed.
    RetryMistakes,
    /// Back to the intro, dropping the round (and its saved copy).
    StartOver,
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

    /// Puts `round` on screen.
    fn play(&mut self, round: Round, retry: bool) {
        self.screen = Screen::Playing(round);
        self.retry = retry;
        self.new_best = false;
    }

    /// Keeps the score of a finished full round if it is the best yet.
    fn record(&mut self, score: Tally) {
        if !self.retry && self.best.is_none_or(|best| score.beats(&best)) {
            self.best = Some(score);
            self.new_best = true;
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match (action, &mut next.screen) {
            (Action::Start, Screen::Intro) => {
                next.play(self.new_round(), false);
                true
            }
            (Action::Answer(choice), Screen::Playing(round)) => round.answer(choice).is_some(),
            (Action::Next, Screen::Playing(round)) => {
                let moved = round.advance();
                let finished = (round.phase() == Phase::Finished).then(|| round.results().score);
                if let (true, Some(score)) = (moved, finished) {
                    next.record(score);
                }
                moved
            }
            (Action::NewRound, _) => {
                next.options = next.options.next_round();
                next.play(next.new_round(), false);
                true
            }
            (Action::RetryMistakes, Screen::Playing(round)) => {
                let misses = round.results().misses();
                if misses.is_empty() {
                    false
                } else {
                    next.play(Round::of(misses), true);
                    true
                }
            }
            (Action::StartOver, Screen::Playing(_)) => {
                next.screen = Screen::Intro;
                next.retry = false;
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
                    next.play(self.new_round(), false);
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
        let embedding = props.embedding.clone();
        let options = props.round;
        use_reducer(move || {
            let (screen, retry) = match embedding.resume {
                Some(saved) => (Screen::Playing(saved.round), saved.retry),
                None => (Screen::Intro, false),
            };
            State {
                key,
                options,
                views: embedding.views,
                tab: embedding.views.settle(embedding.tab),
                screen,
                retry,
                best: embedding.best,
                new_best: false,
                spotlight: None,
            }
        })
    };
    {
        // Keep the round for the next visit: one place, whatever changed it.
        let on_progress = props.embedding.on_progress.clone();
        let saved = match &state.screen {
            Screen::Playing(round) => Some(Saved {
                round: round.clone(),
                retry: state.retry,
            }),
            Screen::Intro => None,
        };
        use_effect_with(saved, move |saved| {
            on_progress.emit(Progress::Round(saved.clone()))
        });
    }
    {
        let on_progress = props.embedding.on_progress.clone();
        use_effect_with(state.best, move |best| {
            if let Some(best) = best {
                on_progress.emit(Progress::Best(*best));
            }
        });
    }
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
        // Not on the first render: a round resumed after a reload was
        // announced on the visit it was played.
        let first_render = use_mut_ref(|| true);
        let on_event = props.embedding.on_event.clone();
        let round = match &state.screen {
            Screen::Playing(round) => Some(round.clone()),
            Screen::Intro => None,
        };
        let phase = round.as_ref().map(Round::phase);
        use_effect_with(phase, move |phase| match (phase, round) {
            _ if first_render.replace(false) => {}
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
    let quiz = quiz_screen(&pack, &state, &props.embedding);
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
fn quiz_screen(pack: &Rc<Pack>, state: &UseReducerHandle<State>, embedding: &Embedding) -> Html {
    let both = state.views == Views::Both;
    let round = match &state.screen {
        Screen::Intro => {
            return html! {
                <IntroScreen
                    pack={pack.clone()}
                    questions={state.options.length.count(state.key.len())}
                    best={state.best}
                    challenge={embedding.challenge}
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
                on_start_over={dispatch(state, |_| Action::StartOver)}
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
                    on_explore={both.then(|| dispatch(state, move |_| Action::Explore(outcome.item)))}
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
                    retry={state.retry}
                    best={state.best}
                    new_best={state.new_best}
                    on_retry={dispatch(state, |_| Action::RetryMistakes)}
                    on_new_round={dispatch(state, |_| Action::NewRound)}
                    on_compare={both.then(|| dispatch(state, |_| Action::Show(Tab::Compare)))}
                    on_share={embedding.on_share.clone()}
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
