//! The widget's state and every change to it: one [`State`], the reader's
//! [`Action`]s, and one reducer that delegates each rule of the quiz to
//! [`crate::quiz`].
//!
//! It lives apart from the components so that its rules are plain Rust,
//! tested natively (`Rc::new(state).reduce(action)` needs no browser). The
//! tab is not here: the host owns it (see [`crate::host::Embedding::tab`]);
//! an action that leads to the other tab is paired, in `app.rs`, with a
//! request to the host.

use std::rc::Rc;

use yew::Reducible;

use crate::host::Tab;
use crate::quiz::{Accepted, Choice, Phase, Round, RoundOptions, Tally};
use crate::saved::Saved;

/// Where the quiz stands. The question, feedback and results screens all
/// follow from the round's own phase, so they are not listed here.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Intro,
    Playing(Round),
}

/// A request to show one item in the comparison (from its quiz feedback).
/// The serial changes with every request, so asking for the same item again
/// reveals it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spotlight {
    pub item: usize,
    pub serial: u32,
}

/// Where keyboard focus goes after an action that removed what had it: the
/// reader is never left on the page's `<body>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
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

/// A focus target with a serial, so that asking for the same one again is a
/// new request.
pub type FocusRequest = (Focus, u32);

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The answers each item of the pack accepts.
    pub key: Rc<[Accepted]>,
    /// The options of the round on screen (or the next one).
    pub options: RoundOptions,
    pub screen: Screen,
    /// The round on screen retries missed items: it does not count towards
    /// the best score.
    pub retry: bool,
    pub best: Option<Tally>,
    /// The round just finished set the best score.
    pub new_best: bool,
    pub spotlight: Option<Spotlight>,
    pub focus: Option<FocusRequest>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Answer(Choice),
    Next,
    NewRound,
    /// A round of exactly the items the last round missed.
    RetryMistakes,
    /// Back to the intro, dropping the round (and its saved copy).
    StartOver,
    /// A button opened this tab's panel: focus goes to it once it shows.
    Open(Tab),
    /// Show an item in the comparison (from its quiz feedback).
    Explore(usize),
    /// From the comparison: to the quiz, starting a round if none is on.
    TestYourself,
}

impl State {
    /// The state a widget starts in: a saved round resumed, or the intro.
    pub fn new(
        key: Rc<[Accepted]>,
        options: RoundOptions,
        resume: Option<Saved>,
        best: Option<Tally>,
    ) -> Self {
        let (screen, retry) = match resume {
            Some(saved) => (Screen::Playing(saved.round), saved.retry),
            None => (Screen::Intro, false),
        };
        State {
            key,
            options,
            screen,
            retry,
            best,
            new_best: false,
            spotlight: None,
            focus: None,
        }
    }

    /// The round on screen, if any.
    pub fn round(&self) -> Option<&Round> {
        match &self.screen {
            Screen::Playing(round) => Some(round),
            Screen::Intro => None,
        }
    }

    /// The round as the host should keep it, or `None` on the intro.
    pub fn saved(&self) -> Option<Saved> {
        self.round().map(|round| Saved {
            round: round.clone(),
            retry: self.retry,
        })
    }

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
        match self.round().map(Round::phase) {
            None => Focus::Start,
            Some(Phase::Asking(_)) => Focus::Statement,
            Some(Phase::Feedback(_)) => Focus::Next,
            Some(Phase::Finished) => Focus::Results,
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
                if let Some(best) = finished.and_then(|s| s.new_best(self.best, self.retry)) {
                    next.best = Some(best);
                    next.new_best = true;
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
            (Action::Open(tab), _) => (true, Some(Focus::Panel(tab))),
            (Action::Explore(item), _) => {
                let serial = self.spotlight.map_or(0, |s| s.serial.wrapping_add(1));
                next.spotlight = Some(Spotlight { item, serial });
                // The comparison moves focus to the item itself.
                (true, None)
            }
            (Action::TestYourself, screen) => {
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
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::quiz::Length;

    fn start(length: Length) -> Rc<State> {
        let pack = content::builtin().unwrap();
        let options = RoundOptions { length, seed: 42 };
        Rc::new(State::new(pack.answer_key().into(), options, None, None))
    }

    fn reduce(state: &Rc<State>, actions: &[Action]) -> Rc<State> {
        actions
            .iter()
            .fold(state.clone(), |state, &action| state.reduce(action))
    }

    /// Answers every question of the round on screen with `pick` and goes
    /// on to the results.
    fn play_round(mut state: Rc<State>, pick: impl Fn(Accepted) -> Choice) -> Rc<State> {
        while let Some(Phase::Asking(q)) = state.round().map(Round::phase) {
            state = reduce(&state, &[Action::Answer(pick(q.accepted)), Action::Next]);
        }
        state
    }

    fn right(accepted: Accepted) -> Choice {
        accepted.choices().next().unwrap()
    }

    fn wrong(accepted: Accepted) -> Choice {
        Choice::ALL
            .into_iter()
            .find(|&c| !accepted.contains(c))
            .unwrap()
    }

    fn phase(state: &State) -> Option<Phase> {
        state.round().map(Round::phase)
    }

    #[test]
    fn start_begins_a_round_and_sends_focus_to_the_statement() {
        let state = reduce(&start(Length::Items(3)), &[Action::Start]);
        assert!(matches!(phase(&state), Some(Phase::Asking(_))));
        assert_eq!(state.round().unwrap().len(), 3);
        assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Statement));
    }

    #[test]
    fn next_before_answering_changes_nothing() {
        let state = reduce(&start(Length::Items(3)), &[Action::Start]);
        let after = state.clone().reduce(Action::Next);
        assert!(Rc::ptr_eq(&state, &after), "the same state, not a copy");
        let intro = start(Length::Items(3));
        for action in [
            Action::Answer(Choice::First),
            Action::Next,
            Action::RetryMistakes,
            Action::StartOver,
        ] {
            assert!(
                Rc::ptr_eq(&intro, &intro.clone().reduce(action)),
                "{action:?} on the intro"
            );
        }
    }

    #[test]
    fn an_answer_shows_feedback_and_next_moves_on() {
        let state = reduce(
            &start(Length::Items(3)),
            &[Action::Start, Action::Answer(Choice::Both)],
        );
        assert!(matches!(phase(&state), Some(Phase::Feedback(_))));
        assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Next));
        let state = reduce(&state, &[Action::Answer(Choice::First)]);
        assert_eq!(
            state.round().unwrap().answers(),
            [Choice::Both],
            "one answer per question"
        );
        let state = reduce(&state, &[Action::Next]);
        assert_eq!(state.round().unwrap().number(), 2);
        assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Statement));
    }

    #[test]
    fn a_finished_full_round_sets_the_best_and_a_retry_never_does() {
        let state = reduce(&start(Length::Items(6)), &[Action::Start]);
        let state = play_round(state, wrong);
        assert_eq!(phase(&state), Some(Phase::Finished));
        assert_eq!(state.best, Some(Tally { right: 0, total: 6 }));
        assert!(state.new_best, "the first round is the first best");
        assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Results));

        let retry = reduce(&state, &[Action::RetryMistakes]);
        assert!(retry.retry);
        assert_eq!(retry.round().unwrap().len(), 6, "exactly the misses");
        let retried = play_round(retry, right);
        assert_eq!(retried.round().unwrap().score(), 6);
        assert_eq!(
            retried.best,
            Some(Tally { right: 0, total: 6 }),
            "a retry never sets the best"
        );
        assert!(!retried.new_best);

        let better = play_round(reduce(&retried, &[Action::NewRound]), right);
        assert_eq!(better.best, Some(Tally { right: 6, total: 6 }));
        assert!(better.new_best && !better.retry);
    }

    #[test]
    fn retry_mistakes_asks_exactly_the_missed_items() {
        let state = reduce(&start(Length::Items(6)), &[Action::Start]);
        let mut n = 0;
        let state = {
            let mut state = state;
            while let Some(Phase::Asking(q)) = phase(&state) {
                let choice = if n % 2 == 0 {
                    right(q.accepted)
                } else {
                    wrong(q.accepted)
                };
                state = reduce(&state, &[Action::Answer(choice), Action::Next]);
                n += 1;
            }
            state
        };
        let missed = state.round().unwrap().results().misses();
        let retry = reduce(&state, &[Action::RetryMistakes]);
        assert_eq!(retry.round().unwrap().questions(), missed.as_slice());
        // A perfect round has nothing to retry.
        let perfect = play_round(reduce(&state, &[Action::NewRound]), right);
        assert!(Rc::ptr_eq(
            &perfect,
            &perfect.clone().reduce(Action::RetryMistakes)
        ));
    }

    #[test]
    fn start_over_returns_to_the_intro_and_focuses_start() {
        let state = reduce(
            &start(Length::Items(3)),
            &[Action::Start, Action::Answer(Choice::Both)],
        );
        let state = reduce(&state, &[Action::StartOver]);
        assert_eq!(state.screen, Screen::Intro);
        assert_eq!(state.saved(), None, "nothing left to keep");
        assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Start));
    }

    #[test]
    fn a_new_round_follows_the_next_seed() {
        let state = reduce(&start(Length::Items(5)), &[Action::Start]);
        let first = state.round().unwrap().questions().to_vec();
        let state = reduce(&state, &[Action::NewRound]);
        let first_options = RoundOptions {
            length: Length::Items(5),
            seed: 42,
        };
        assert_eq!(state.options, first_options.next_round());
        assert_ne!(state.round().unwrap().questions(), first.as_slice());
    }

    #[test]
    fn exploring_the_same_item_twice_asks_for_it_twice() {
        let state = start(Length::Items(3));
        let once = reduce(&state, &[Action::Explore(4)]);
        let twice = reduce(&once, &[Action::Explore(4)]);
        assert_eq!(once.spotlight.map(|s| s.item), Some(4));
        assert_eq!(twice.spotlight.map(|s| s.item), Some(4));
        assert_ne!(once.spotlight, twice.spotlight, "a new request each time");
    }

    #[test]
    fn test_yourself_starts_a_round_only_from_the_intro() {
        let from_intro = reduce(&start(Length::Items(3)), &[Action::TestYourself]);
        assert!(matches!(phase(&from_intro), Some(Phase::Asking(_))));
        let answered = reduce(&from_intro, &[Action::Answer(Choice::First)]);
        let back = reduce(&answered, &[Action::TestYourself]);
        assert_eq!(back.round(), answered.round(), "the round on screen stays");
        assert_eq!(back.focus.map(|(to, _)| to), Some(Focus::Next));
    }

    #[test]
    fn repeated_focus_requests_are_new_requests() {
        let state = reduce(&start(Length::Items(3)), &[Action::Open(Tab::Compare)]);
        let again = reduce(&state, &[Action::Open(Tab::Compare)]);
        assert_eq!(
            state.focus.map(|(to, _)| to),
            Some(Focus::Panel(Tab::Compare))
        );
        assert_ne!(state.focus, again.focus);
    }

    #[test]
    fn a_saved_round_is_resumed_with_its_retry_flag() {
        let pack = content::builtin().unwrap();
        let mut round = Round::new(&pack.answer_key(), RoundOptions::new(3));
        round.answer(Choice::Both);
        let saved = Saved { round, retry: true };
        let state = State::new(
            pack.answer_key().into(),
            RoundOptions::new(3),
            Some(saved.clone()),
            None,
        );
        assert_eq!(state.saved(), Some(saved));
        assert!(state.retry);
    }
}
