//! The reader's three answers, and the set of answers an item accepts.

/// Who a responsibility belongs to: the pack's first role, both, or the second.
///
/// The quiz is about a pair of roles (CIO and CTO in the built-in pack, any pair
/// in a custom one), so answers are positions, not role names. The order is the
/// order of the answer buttons and of the two circles of a Venn diagram: the
/// shared answer sits between the two roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Choice {
    First,
    Both,
    Second,
}

impl Choice {
    /// Every choice, in the order the reader sees them.
    pub const ALL: [Choice; 3] = [Choice::First, Choice::Both, Choice::Second];

    /// Position in [`Choice::ALL`], for tables indexed by choice.
    pub fn index(self) -> usize {
        match self {
            Choice::First => 0,
            Choice::Both => 1,
            Choice::Second => 2,
        }
    }
}

/// The answers a question accepts: one for most items, two where the sources
/// disagree (one article gives the work to the CIO, the other to the CTO).
///
/// A reader who follows either source is right, so scoring asks whether the
/// choice is in the set, never whether it equals one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Accepted(u8);

impl Accepted {
    /// Exactly one right answer.
    pub const fn only(choice: Choice) -> Self {
        Self(1 << choice as u8)
    }

    /// Every choice in `choices`.
    pub fn of(choices: impl IntoIterator<Item = Choice>) -> Self {
        Self(choices.into_iter().fold(0, |bits, c| bits | 1 << c as u8))
    }

    pub fn contains(self, choice: Choice) -> bool {
        self.0 & (1 << choice as u8) != 0
    }

    /// The accepted choices, in [`Choice::ALL`] order.
    pub fn choices(self) -> impl Iterator<Item = Choice> {
        Choice::ALL.into_iter().filter(move |&c| self.contains(c))
    }

    /// The one right answer, or `None` where the sources disagree.
    pub fn single(self) -> Option<Choice> {
        let mut choices = self.choices();
        match (choices.next(), choices.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    /// More than one answer is right: the sources disagree.
    pub fn is_disputed(self) -> bool {
        self.single().is_none()
    }
}

/// The tally server's name for an answer (by the roles' positions).
impl From<Choice> for role_quiz_stats::wire::Side {
    fn from(choice: Choice) -> Self {
        use role_quiz_stats::wire::Side;
        match choice {
            Choice::First => Side::First,
            Choice::Second => Side::Second,
            Choice::Both => Side::Both,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Choice::*;

    #[test]
    fn one_accepted_answer_is_single_and_undisputed() {
        for choice in Choice::ALL {
            let accepted = Accepted::only(choice);
            assert_eq!(accepted.single(), Some(choice));
            assert!(!accepted.is_disputed());
            assert_eq!(accepted.choices().collect::<Vec<_>>(), [choice]);
            assert_eq!(accepted, Accepted::of([choice]));
        }
    }

    #[test]
    fn a_disputed_item_accepts_each_view_and_nothing_else() {
        let accepted = Accepted::of([Second, First]);
        assert!(accepted.contains(First) && accepted.contains(Second));
        assert!(!accepted.contains(Both));
        assert!(accepted.is_disputed());
        assert_eq!(accepted.single(), None);
        assert_eq!(accepted.choices().collect::<Vec<_>>(), [First, Second]);
    }
}
