//! What a finished round (or the answers so far) says: the score, how each
//! kind of answer went, the misses to retry, and the pattern in them.

use super::{Accepted, Choice, Outcome, Question};

/// Right answers out of questions asked, for one kind of answer or overall.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    fn add(&mut self, correct: bool) {
        self.total += 1;
        self.right += usize::from(correct);
    }

    /// Whether this score beats `other`: a higher share right, or the same
    /// share over more questions (10 / 10 beats 5 / 5).
    pub fn beats(&self, other: &Tally) -> bool {
        // Wide enough for any two tallies' products (a tampered stored best
        // score held 4294967295 of 4294967295; the wasm's usize is 32 bits).
        let wide = |n: usize| n as u128;
        let (mine, theirs) = (
            wide(self.right) * wide(other.total),
            wide(other.right) * wide(self.total),
        );
        mine > theirs || (mine == theirs && self.total > other.total)
    }

    /// The new best score when a round that scored `self` ends, or `None`
    /// when `best` stands. A retry of missed items asks only what the reader
    /// got wrong, so it never sets the best.
    pub fn new_best(self, best: Option<Tally>, retry: bool) -> Option<Tally> {
        (!retry && best.is_none_or(|best| self.beats(&best))).then_some(self)
    }
}

/// One kind of miss: an item whose one right answer is `answer`, answered
/// `chosen`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Confusion {
    pub answer: Choice,
    pub chosen: Choice,
}

/// What the reader's misses say about their picture of the two roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insight {
    NoMisses,
    /// The one miss: `chosen` where the sources accept `accepted`.
    OneMiss {
        chosen: Choice,
        accepted: Accepted,
    },
    /// Most misses are one answer taken for another: `count` of `misses`.
    MixUp {
        confusion: Confusion,
        count: usize,
        misses: usize,
    },
    /// Most misses are the reader choosing `chosen` where it was wrong.
    OverChosen {
        chosen: Choice,
        count: usize,
        misses: usize,
    },
    /// Most misses are among the items whose answer is `answer`.
    OftenMissed {
        answer: Choice,
        count: usize,
        misses: usize,
    },
    /// Several kinds of miss, none standing out.
    Scattered {
        misses: usize,
    },
}

/// The summary of a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    pub outcomes: Vec<Outcome>,
    /// Overall score.
    pub score: Tally,
    /// Scores on items with one right answer, per answer, indexed by
    /// [`Choice::index`].
    pub by_answer: [Tally; 3],
    /// Scores on items the sources disagree on, where either source's answer
    /// is right: they belong to no one answer.
    pub disputed: Tally,
}

impl Results {
    pub fn from_outcomes(outcomes: impl IntoIterator<Item = Outcome>) -> Self {
        let outcomes: Vec<Outcome> = outcomes.into_iter().collect();
        let mut score = Tally::default();
        let mut by_answer = [Tally::default(); 3];
        let mut disputed = Tally::default();
        for o in &outcomes {
            score.add(o.is_correct());
            match o.accepted.single() {
                Some(answer) => by_answer[answer.index()].add(o.is_correct()),
                None => disputed.add(o.is_correct()),
            }
        }
        Self {
            outcomes,
            score,
            by_answer,
            disputed,
        }
    }

    /// The score as a whole percentage, rounded down so that 100 means every
    /// answer was right. An empty round counts as 0.
    pub fn percent(&self) -> u8 {
        (self.score.right * 100)
            .checked_div(self.score.total)
            .map_or(0, |p| p as u8)
    }

    /// Scores for one kind of right answer ("CIO items: 3 of 4").
    pub fn tally(&self, answer: Choice) -> Tally {
        self.by_answer[answer.index()]
    }

    /// How often each answer was given for each right answer, over the
    /// items with one right answer: `matrix[answer.index()][chosen.index()]`.
    pub fn confusion(&self) -> [[usize; 3]; 3] {
        let mut matrix = [[0; 3]; 3];
        for o in &self.outcomes {
            if let Some(answer) = o.accepted.single() {
                matrix[answer.index()][o.chosen.index()] += 1;
            }
        }
        matrix
    }

    /// The questions answered wrongly, in round order: a round to retry.
    pub fn misses(&self) -> Vec<Question> {
        self.outcomes
            .iter()
            .filter(|o| !o.is_correct())
            .map(|o| Question {
                item: o.item,
                accepted: o.accepted,
            })
            .collect()
    }

    /// The pattern in the misses, if there is one: of the three kinds (one
    /// answer taken for another, one answer given too often, one answer
    /// missed often), the one that explains the most misses, preferring the
    /// most specific on a tie. It must explain at least two misses and at
    /// least half of them, and stand alone among its kind.
    ///
    /// An answer one source backs is never a miss. A miss on an item the
    /// sources disagree on counts towards the answer given too often (the
    /// reader chose what neither source says), but towards no mix-up: it has
    /// no one right answer to be mixed up with.
    pub fn insight(&self) -> Insight {
        let wrong: Vec<&Outcome> = self.outcomes.iter().filter(|o| !o.is_correct()).collect();
        if let [only] = wrong.as_slice() {
            return Insight::OneMiss {
                chosen: only.chosen,
                accepted: only.accepted,
            };
        }
        let matrix = self.confusion();
        let mut mix_ups = Vec::new();
        let mut by_chosen = [0; 3];
        let mut by_answer = [0; 3];
        for o in wrong.iter().filter(|o| o.is_disputed()) {
            by_chosen[o.chosen.index()] += 1;
        }
        for answer in Choice::ALL {
            for chosen in Choice::ALL {
                let n = matrix[answer.index()][chosen.index()];
                if answer != chosen && n > 0 {
                    mix_ups.push((Confusion { answer, chosen }, n));
                    by_chosen[chosen.index()] += n;
                    by_answer[answer.index()] += n;
                }
            }
        }
        let misses = wrong.len();
        if misses == 0 {
            return Insight::NoMisses;
        }

        // Candidates in order of preference for equal counts.
        let mut candidates = Vec::new();
        if let Some((confusion, count)) = standout(mix_ups.iter().copied()) {
            candidates.push(Insight::MixUp {
                confusion,
                count,
                misses,
            });
        }
        let per_choice = |counts: [usize; 3]| Choice::ALL.into_iter().zip(counts);
        if let Some((chosen, count)) = standout(per_choice(by_chosen)) {
            candidates.push(Insight::OverChosen {
                chosen,
                count,
                misses,
            });
        }
        if let Some((answer, count)) = standout(per_choice(by_answer)) {
            candidates.push(Insight::OftenMissed {
                answer,
                count,
                misses,
            });
        }
        let explained = |i: &Insight| match *i {
            Insight::MixUp { count, .. }
            | Insight::OverChosen { count, .. }
            | Insight::OftenMissed { count, .. } => count,
            _ => 0,
        };
        let best = candidates
            .into_iter()
            .rev()
            .max_by_key(explained)
            .filter(|i| explained(i) >= 2 && explained(i) * 2 >= misses);
        best.unwrap_or(Insight::Scattered { misses })
    }
}

/// The entry with the highest count, if no other entry has as many.
fn standout<T: Copy>(entries: impl Iterator<Item = (T, usize)>) -> Option<(T, usize)> {
    let mut best: Option<(T, usize)> = None;
    let mut tied = false;
    for (value, count) in entries {
        match best {
            Some((_, top)) if count == top => tied = true,
            Some((_, top)) if count < top => {}
            _ => {
                best = Some((value, count));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied)
}

#[cfg(test)]
#[path = "results_tests.rs"]
mod tests;
