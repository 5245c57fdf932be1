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
    /// The round just finished beat an earlier best score (the first round
    /// sets a best, but beats nothing, so it is not praised for it).
    pub new_best: bool,
    pub spotlight: Option<Spotlight>,
    pub focus: Option<FocusRequest>,
    /// The round "Start over" left, or a saved round the page's address did
    /// not ask for, which the intro offers to go back to until another
    /// round starts.
    pub set_aside: Option<Saved>,
    /// The round set aside was offered by the address, not dropped: it
    /// stays kept for a later visit until another round starts.
    offered: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Answer(Choice),
    Next,
    NewRound,
    /// A round of exactly the items the last round missed.
    RetryMistakes,
    /// Back to the intro, setting the round aside (and dropping its saved
    /// copy): the intro offers to go back to it.
    StartOver,
    /// Back to the round set aside by "Start over".
    Resume,
    /// A button opened this tab's panel: focus goes to it once it shows.
    Open(Tab),
    /// Show an item in the comparison (from its quiz feedback).
    Explore(usize),
    /// From the comparison: to the quiz, starting a round if none is on.
    TestYourself,
}

impl State {
    /// The state a widget starts in: a saved round resumed (`resume`), or
    /// the intro, offering a saved round the page's address did not ask
    /// for (`offer`).
    pub fn new(
        key: Rc<[Accepted]>,
        options: RoundOptions,
        resume: Option<Saved>,
        offer: Option<Saved>,
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
            offered: offer.is_some(),
            set_aside: offer,
        }
    }

    /// "Start quiz" was pressed before the widget's code had arrived (on the
    /// pre-rendered first screen): the widget opens on the round, on item
    /// `first` if embed.js already showed that question, with `answer` given
    /// if the reader tapped one there, so the first render already shows it
    /// chosen (rendering the question unanswered first would flip the tapped
    /// button back for a frame). A resumed round stays: progress is never
    /// dropped for a tap.
    pub fn started_early(mut self, first: Option<usize>, answer: Option<Choice>) -> Self {
        if self.screen == Screen::Intro {
            let mut round = Round::opening_on(&self.key, self.options, first);
            let answered = answer.and_then(|choice| round.answer(choice)).is_some();
            self.play(round, false);
            self.move_focus(if answered {
                Focus::Next
            } else {
                Focus::Statement
            });
        }
        self
    }

    /// The round on screen, if any.
    pub fn round(&self) -> Option<&Round> {
        match &self.screen {
            Screen::Playing(round) => Some(round),
            Screen::Intro => None,
        }
    }

    /// What the host should keep for the next visit: the round on screen;
    /// on the intro, a round the address did not ask for (until another
    /// starts), or nothing once the reader chose "Start over".
    pub fn kept(&self) -> Option<Saved> {
        match &self.set_aside {
            Some(offered) if self.offered && self.round().is_none() => Some(offered.clone()),
            _ => self.saved(),
        }
    }

    /// The round on screen as the host should keep it, or `None` on the
    /// intro.
    pub fn saved(&self) -> Option<Saved> {
        self.round().map(|round| Saved {
            round: round.clone(),
            retry: self.retry,
            seed: (!self.retry).then_some(self.options.seed),
        })
    }

    fn new_round(&self) -> Round {
        Round::new(&self.key, self.options)
    }

    /// Puts `round` on screen; a round set aside is then gone for good.
    fn play(&mut self, round: Round, retry: bool) {
        self.screen = Screen::Playing(round);
        self.retry = retry;
        self.new_best = false;
        self.set_aside = None;
        self.offered = false;
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
                    next.new_best = self.best.is_some();
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
                next.set_aside = self.saved();
                next.offered = false;
                next.screen = Screen::Intro;
                next.retry = false;
                (true, Some(Focus::Start))
            }
            (Action::Resume, Screen::Intro) => match self.set_aside.clone() {
                Some(saved) => {
                    // The round goes on under the seed it was drawn with.
                    if let Some(seed) = saved.seed {
                        next.options.seed = seed;
                    }
                    next.play(saved.round, saved.retry);
                    (true, Some(next.quiz_focus()))
                }
                None => (false, None),
            },
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
#[path = "state_tests.rs"]
mod tests;
