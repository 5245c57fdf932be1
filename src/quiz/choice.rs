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
