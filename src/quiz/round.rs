//! A round: its questions, the reader's answers to them one by one, and
//! where it stands ([`Phase`]); calls out of turn change nothing.

use std::fmt;

use super::draw::draw;
use super::{Accepted, Choice, Results, SplitMix64};

/// How many questions a round asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// At most this many (a pack with fewer items gives all of them).
    Items(usize),
    /// Every item of the pack.
    All,
}

impl Length {
    pub const DEFAULT: Length = Length::Items(10);

    /// How many questions a round of this length asks from `available` items.
    pub fn count(self, available: usize) -> usize {
        match self {
            Length::Items(n) => n.min(available),
            Length::All => available,
        }
    }
}

/// As an option value is written: `10` or `all`.
impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Length::Items(n) => write!(f, "{n}"),
            Length::All => f.write_str("all"),
        }
    }
}

/// What a round is built from besides the answer key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundOptions {
    pub length: Length,
    /// Fixes which items are asked and in what order.
    pub seed: u64,
}

impl RoundOptions {
    pub fn new(seed: u64) -> Self {
        Self {
            length: Length::DEFAULT,
            seed,
        }
    }

    /// The options for the round after this one: same length, a different but
    /// still reproducible order. "Try again" uses it, so a fixed seed gives a
    /// fixed sequence of rounds rather than the same round again.
    pub fn next_round(self) -> Self {
        Self {
            seed: SplitMix64::new(self.seed).next_u64(),
            ..self
        }
    }
}

/// One question of a round: which pack item, and the answers it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Index into the pack's items.
    pub item: usize,
    pub accepted: Accepted,
}

/// What happened when the reader answered a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub item: usize,
    pub chosen: Choice,
    pub accepted: Accepted,
}

impl Outcome {
    /// Right when the choice is one the sources back: where they disagree,
    /// following either of them is right.
    pub fn is_correct(&self) -> bool {
        self.accepted.contains(self.chosen)
    }

    /// The item is one the sources disagree on.
    pub fn is_disputed(&self) -> bool {
        self.accepted.is_disputed()
    }
}

/// Where a round stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The current question waits for an answer.
    Asking(Question),
    /// The current question was answered; its feedback is showing.
    Feedback(Outcome),
    /// Every question has been answered and acknowledged.
    Finished,
}

/// A quiz round: a fixed list of questions, answered in order.
///
/// Each question is answered once, then acknowledged with [`Round::advance`];
/// calls out of turn (a double click, a late event) change nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    questions: Vec<Question>,
    /// `answers[i]` is the reader's answer to `questions[i]`.
    answers: Vec<Choice>,
    /// Index of the question on screen; `questions.len()` once finished.
    current: usize,
}

impl Round {
    /// A round over a pack whose item `i` accepts the answers `key[i]`: a
    /// seeded sample without repeats that gives each answer its share, in a
    /// seeded order.
    pub fn new(key: &[Accepted], options: RoundOptions) -> Self {
        Self::opening_on(key, options, None)
    }

    /// [`Round::new`], opening on item `first` if the pack has it: the
    /// question a reader was already shown before the widget's code arrived.
    pub fn opening_on(key: &[Accepted], options: RoundOptions, first: Option<usize>) -> Self {
        let count = options.length.count(key.len());
        Self::of(
            draw(key, count, options.seed, first)
                .into_iter()
                .map(|item| Question {
                    item,
                    accepted: key[item],
                })
                .collect(),
        )
    }

    /// A round of exactly these questions, in this order.
    pub fn of(questions: Vec<Question>) -> Self {
        Self {
            questions,
            answers: Vec::new(),
            current: 0,
        }
    }

    pub fn phase(&self) -> Phase {
        match self.questions.get(self.current) {
            None => Phase::Finished,
            Some(&question) => match self.answers.get(self.current) {
                None => Phase::Asking(question),
                Some(&chosen) => Phase::Feedback(Outcome {
                    item: question.item,
                    chosen,
                    accepted: question.accepted,
                }),
            },
        }
    }

    /// Records the reader's answer to the current question. `None` when the
    /// round is not waiting for one.
    pub fn answer(&mut self, choice: Choice) -> Option<Outcome> {
        match self.phase() {
            Phase::Asking(_) => {
                self.answers.push(choice);
                match self.phase() {
                    Phase::Feedback(outcome) => Some(outcome),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Leaves the feedback of the current question for the next question (or
    /// the end). Returns whether anything changed.
    pub fn advance(&mut self) -> bool {
        let ready = matches!(self.phase(), Phase::Feedback(_));
        if ready {
            self.current += 1;
        }
        ready
    }

    /// A round as it was saved: its questions, the answers given so far, and
    /// the position of the question on screen. `None` if those do not fit
    /// together (more answers than questions, a position the answers do not
    /// explain), so a damaged save cannot produce an impossible round.
    pub fn restore(questions: Vec<Question>, answers: Vec<Choice>, current: usize) -> Option<Self> {
        let fits = answers.len() <= questions.len()
            && current <= questions.len()
            && (answers.len() == current || answers.len() == current + 1);
        fits.then_some(Self {
            questions,
            answers,
            current,
        })
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The reader's answers so far, in question order.
    pub fn answers(&self) -> &[Choice] {
        &self.answers
    }

    /// The index of the question on screen (`len()` once finished).
    pub fn position(&self) -> usize {
        self.current
    }

    /// How many questions the round asks.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The 1-based number of the question on screen ("Question 3 of 10"),
    /// capped at the round's length once finished.
    pub fn number(&self) -> usize {
        (self.current + 1).min(self.len())
    }

    /// How many questions have been answered so far.
    pub fn answered(&self) -> usize {
        self.answers.len()
    }

    /// Every answered question, in order.
    pub fn outcomes(&self) -> impl Iterator<Item = Outcome> + '_ {
        self.questions
            .iter()
            .zip(&self.answers)
            .map(|(q, &chosen)| Outcome {
                item: q.item,
                chosen,
                accepted: q.accepted,
            })
    }

    /// Right answers so far.
    pub fn score(&self) -> usize {
        self.outcomes().filter(Outcome::is_correct).count()
    }

    /// The results of the answers so far: the final results once the round
    /// is [`Phase::Finished`].
    pub fn results(&self) -> Results {
        Results::from_outcomes(self.outcomes())
    }
}

#[cfg(test)]
#[path = "round_tests.rs"]
mod tests;
