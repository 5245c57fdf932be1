use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::compare::Spotlight;
use super::feedback;
use super::tabs::{panel_id, tab_id, Tabs};
use super::{
    CompareScreen, Embedding, FeedbackPanel, IntroScreen, Progress, QuestionScreen, ResultsScreen,
    Tab, Views, WidgetEvent,
};
use crate::content::Pack;
use crate::progress::Saved;
use crate::quiz::{Accepted, Choice, Phase, Round, RoundOptions, Tally};

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
    key: Rc<[Accepted]>,
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
    /// Where focus should go next; the serial makes a repeat a new request.
    focus: Option<(Focus, u32)>,
    /// The comparison has been on screen: it is built the first time it is
    /// shown (a reader may never open it), then kept, filter and all.
    compare_shown: bool,
}

/// Where keyboard focus goes after an action that removed what had it: the
/// reader is never left on the page's `<body>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Focus {
    /// The new question's statement.
    Statement,
    /// The feedback's "Next" button.
    Next,
    /// The results' heading.
    Results,
    /// The intro's "Start quiz" button.
    Start,
    /// A tab's panel, opened from a button inside the other one.
    Panel(Tab),
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
    /// A tab chosen on the tab list (focus stays on the tab).
    Show(Tab),
    /// A tab opened by a button in the other panel (focus follows).
    Open(Tab),
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

    fn move_focus(&mut self, to: Focus) {
        let serial = self.focus.map_or(0, |(_, n)| n.wrapping_add(1));
        self.focus = Some((to, serial));
    }

    /// Where focus belongs on the quiz as it now stands.
    fn quiz_focus(&self) -> Focus {
        match &self.screen {
            Screen::Intro => Focus::Start,
            Screen::Playing(round) => match round.phase() {
                Phase::Asking(_) => Focus::Statement,
                Phase::Feedback(_) => Focus::Next,
                Phase::Finished => Focus::Results,
            },
        }
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
        // Whether anything changed, and where focus goes if so: on the quiz
        // it follows the screen, so a removed button never leaves the reader
        // on the page's <body>.
        let (changed, focus) = match (action, &mut next.screen) {
            (Action::Start, Screen::Intro) => {
                next.play(self.new_round(), false);
                (true, Some(Focus::Statement))
            }
            (Action::Answer(choice), Screen::Playing(round)) => {
                (round.answer(choice).is_some(), Some(Focus::Next))
            }
            (Action::Next, Screen::Playing(round)) => {
                let moved = round.advance();
                let finished = (round.phase() == Phase::Finished).then(|| round.results().score);
                if let (true, Some(score)) = (moved, finished) {
                    next.record(score);
                }
                (moved, Some(next.quiz_focus()))
            }
            (Action::NewRound, _) => {
                next.options = next.options.next_round();
                next.play(next.new_round(), false);
                (true, Some(Focus::Statement))
            }
            (Action::RetryMistakes, Screen::Playing(round)) => {
                let misses = round.results().misses();
                let any = !misses.is_empty();
                if any {
                    next.play(Round::of(misses), true);
                }
                (any, Some(Focus::Statement))
            }
            (Action::StartOver, Screen::Playing(_)) => {
                next.screen = Screen::Intro;
                next.retry = false;
                (true, Some(Focus::Start))
            }
            (Action::Show(tab), _) => {
                next.tab = next.views.settle(tab);
                (next.tab != self.tab, None)
            }
            (Action::Open(tab), _) => {
                next.tab = next.views.settle(tab);
                (next.tab != self.tab, Some(Focus::Panel(next.tab)))
            }
            (Action::Explore(item), _) => {
                next.tab = next.views.settle(Tab::Compare);
                let serial = self.spotlight.map_or(0, |s| s.serial.wrapping_add(1));
                next.spotlight = Some(Spotlight { item, serial });
                // The comparison moves focus to the item itself.
                (true, None)
            }
            (Action::TestYourself, screen) => {
                next.tab = next.views.settle(Tab::Quiz);
                if *screen == Screen::Intro {
                    next.play(self.new_round(), false);
                }
                (true, Some(next.quiz_focus()))
            }
            // Out of turn (a double click, a stale event): nothing to do.
            _ => (false, None),
        };
        if !changed {
            return self;
        }
        if let Some(to) = focus {
            next.move_focus(to);
        }
        next.compare_shown |= next.tab == Tab::Compare;
        Rc::new(next)
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
        let key: Rc<[Accepted]> = props.pack.answer_key().into();
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
                focus: None,
                compare_shown: embedding.views.settle(embedding.tab) == Tab::Compare,
            }
        })
    };
    let refs = FocusRefs::default();
    {
        // Focus goes where the last action sent it. This effect runs after
        // the children's, so the element to focus is already on the page.
        let refs = refs.clone();
        use_effect_with(state.focus, move |focus| {
            if let Some((to, _)) = focus {
                if let Some(element) = refs.get(*to).cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
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
    let quiz = quiz_screen(&pack, &state, &props.embedding, &refs);
    let onkeydown = shortcuts(&state, props.embedding.shortcuts);
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
        <div class="rq-app" {onkeydown}>
            <header class="rq-header">
                <p class="rq-eyebrow">{ eyebrow }</p>
                <h2 class="rq-title">{ pack.title.clone() }</h2>
                if both {
                    <Tabs current={state.tab} on_select={dispatch(&state, Action::Show)} />
                }
            </header>
            if both {
                <div role="tabpanel" id={panel_id(Tab::Quiz)} aria-labelledby={tab_id(Tab::Quiz)}
                    hidden={state.tab != Tab::Quiz} tabindex="-1" ref={refs.quiz_panel.clone()}>
                    { quiz }
                </div>
                <div role="tabpanel" id={panel_id(Tab::Compare)} aria-labelledby={tab_id(Tab::Compare)}
                    hidden={state.tab != Tab::Compare} tabindex="-1" ref={refs.compare_panel.clone()}>
                    if state.compare_shown {
                        { compare }
                    }
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
fn quiz_screen(
    pack: &Rc<Pack>,
    state: &UseReducerHandle<State>,
    embedding: &Embedding,
    refs: &FocusRefs,
) -> Html {
    let both = state.views == Views::Both;
    let round = match &state.screen {
        Screen::Intro => {
            return html! {
                <IntroScreen
                    pack={pack.clone()}
                    questions={state.options.length.count(state.key.len())}
                    best={state.best}
                    challenge={embedding.challenge}
                    start_ref={refs.start.clone()}
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
                statement_ref={refs.statement.clone()}
                shortcuts={embedding.shortcuts}
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
                    next_ref={refs.next.clone()}
                    shortcuts={embedding.shortcuts}
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
                    heading_ref={refs.results.clone()}
                    on_retry={dispatch(state, |_| Action::RetryMistakes)}
                    on_new_round={dispatch(state, |_| Action::NewRound)}
                    on_compare={both.then(|| dispatch(state, |_| Action::Open(Tab::Compare)))}
                    on_share={embedding.on_share.clone()}
                />
            }
        }
    }
}

/// The elements focus can be sent to (see [`Focus`]).
#[derive(Clone, Default)]
struct FocusRefs {
    statement: NodeRef,
    next: NodeRef,
    results: NodeRef,
    start: NodeRef,
    quiz_panel: NodeRef,
    compare_panel: NodeRef,
}

impl FocusRefs {
    fn get(&self, to: Focus) -> &NodeRef {
        match to {
            Focus::Statement => &self.statement,
            Focus::Next => &self.next,
            Focus::Results => &self.results,
            Focus::Start => &self.start,
            Focus::Panel(Tab::Quiz) => &self.quiz_panel,
            Focus::Panel(Tab::Compare) => &self.compare_panel,
        }
    }
}

/// Keys 1, 2 and 3 answer (first role, both, second role) and N goes on,
/// while focus is inside the widget (the only place its keydown events come
/// from) and not in a text field. Off when the host says so.
fn shortcuts(state: &UseReducerHandle<State>, enabled: bool) -> Option<Callback<KeyboardEvent>> {
    if !enabled {
        return None;
    }
    let state = state.clone();
    Some(Callback::from(move |e: KeyboardEvent| {
        let typing = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || e.ctrl_key() || e.meta_key() || e.alt_key() || state.tab != Tab::Quiz {
            return;
        }
        let Screen::Playing(round) = &state.screen else {
            return;
        };
        let action = match (e.key().as_str(), round.phase()) {
            ("1", Phase::Asking(_)) => Action::Answer(Choice::First),
            ("2", Phase::Asking(_)) => Action::Answer(Choice::Both),
            ("3", Phase::Asking(_)) => Action::Answer(Choice::Second),
            ("n" | "N", Phase::Feedback(_)) => Action::Next,
            _ => return,
        };
        e.prevent_default();
        state.dispatch(action);
    }))
}

/// What the status region says, so screen readers hear feedback the moment it
/// appears. The region is always in the page; only its text changes.
fn announcement(pack: &Pack, screen: &Screen) -> String {
    let Screen::Playing(round) = screen else {
        return String::new();
    };
    match round.phase() {
        Phase::Feedback(outcome) => format!(
            "{} {}",
            if outcome.is_correct() {
                "Correct."
            } else {
                "Not quite."
            },
            feedback::plain(pack, &feedback::verdict(pack, &outcome))
        ),
        Phase::Finished => {
            let score = round.score();
            format!("Round complete. You scored {score} out of {}.", round.len())
        }
        Phase::Asking(_) => String::new(),
    }
}
