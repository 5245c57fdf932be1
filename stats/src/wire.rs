//! What the widget and the tally server say to each other, declared once:
//! the widget writes [`Answer`] and [`Round`] and reads [`Tallies`]; the
//! server reads the first two and writes the third. Nothing in them names
//! or tells apart a reader: a pack, an item, an answer, a score.
//!
//! The rules on ids live here too, so the widget never sends what the server
//! would refuse.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Below this many answers an item's split is not shown to readers (nor
/// sent to them): a split of three answers says nothing, and a handful of
/// answers could be one reader's.
pub const FLOOR: u64 = 20;

/// The longest pack or item id, as the widget's packs allow them.
pub const MAX_ID: usize = 40;
/// The longest pack version.
pub const MAX_VERSION: usize = 24;
/// The longest round the widget plays.
pub const MAX_QUESTIONS: u32 = 100;

/// Which of the pack's two roles a reader chose, or both: by position, so
/// the server needs no pack to read an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    First,
    Second,
    Both,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::First, Side::Second, Side::Both];

    pub fn name(self) -> &'static str {
        match self {
            Side::First => "first",
            Side::Second => "second",
            Side::Both => "both",
        }
    }

    pub fn parse(name: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|side| side.name() == name)
    }
}

/// One answer to one item: `POST /v1/answers`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub pack: String,
    pub version: String,
    pub item: String,
    pub chose: Side,
    /// Whether the pack accepts that answer (so the dashboard can rank the
    /// items readers miss without the pack).
    pub right: bool,
}

/// A round started, or finished with `right` of `questions`:
/// `POST /v1/rounds`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub pack: String,
    pub version: String,
    pub questions: u32,
    /// `None` when the round starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<u32>,
}

/// How readers answered a pack's items, and how their finished rounds
/// scored: `GET /v1/tallies/{pack}/{version}`. Only what has reached
/// [`FLOOR`] is in it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tallies {
    /// Per item id: `{"vision": [3, 13, 6]}`.
    pub items: BTreeMap<String, Split>,
    /// Per round length (as text: a JSON object's keys), the finished
    /// rounds by score: `scores[n]` rounds had `n` right.
    pub rounds: BTreeMap<String, Vec<u64>>,
}

/// An item's answers, by side; on the wire `[first, second, both]` (a
/// struct of three fields costs the widget's reader twice the code).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "[u64; 3]", into = "[u64; 3]")]
pub struct Split {
    pub first: u64,
    pub second: u64,
    pub both: u64,
}

impl From<[u64; 3]> for Split {
    fn from([first, second, both]: [u64; 3]) -> Self {
        Split {
            first,
            second,
            both,
        }
    }
}

impl From<Split> for [u64; 3] {
    fn from(split: Split) -> Self {
        [split.first, split.second, split.both]
    }
}

impl Split {
    pub fn total(&self) -> u64 {
        self.first
            .saturating_add(self.second)
            .saturating_add(self.both)
    }

    pub fn of(&self, side: Side) -> u64 {
        match side {
            Side::First => self.first,
            Side::Second => self.second,
            Side::Both => self.both,
        }
    }

    pub fn add(&mut self, side: Side, n: u64) {
        let slot = match side {
            Side::First => &mut self.first,
            Side::Second => &mut self.second,
            Side::Both => &mut self.both,
        };
        *slot = slot.saturating_add(n);
    }

    /// Whole percentages that add up to 100 (largest remainders), in
    /// [`Side::ALL`]'s order; `None` below the floor.
    pub fn percents(&self) -> Option<[u8; 3]> {
        let total = self.total();
        if total < FLOOR {
            return None;
        }
        let exact = Side::ALL.map(|side| u128::from(self.of(side)) * 100);
        let total = u128::from(total);
        let mut whole = exact.map(|x| x / total);
        let mut left = 100 - whole.iter().sum::<u128>();
        let mut given = [false; 3];
        // The points left go to the largest remainders (first in order on a tie).
        while left > 0 {
            let next =
                (0..3)
                    .filter(|&i| !given[i])
                    .fold(None, |best: Option<usize>, i| match best {
                        Some(b) if exact[b] % total >= exact[i] % total => Some(b),
                        _ => Some(i),
                    });
            let Some(i) = next else { break };
            given[i] = true;
            whole[i] += 1;
            left -= 1;
        }
        Some(whole.map(|x| x as u8))
    }
}

impl Tallies {
    /// The share (whole percent) of finished rounds of `questions` that had
    /// fewer right than `right`; `None` below the floor.
    pub fn beaten(&self, questions: u32, right: u32) -> Option<u8> {
        let scores = self.rounds.get(&questions.to_string())?;
        let total: u64 = scores.iter().sum();
        if total < FLOOR {
            return None;
        }
        let below: u64 = scores.iter().take(right as usize).sum();
        Some((u128::from(below) * 100 / u128::from(total)) as u8)
    }
}

/// Why the server refuses what a widget (or anyone) sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not an id of lowercase letters, digits and hyphens.
    Id(&'static str),
    /// Not a version of letters, digits and `.+-`.
    Version,
    /// A round of no questions, or more than the widget plays.
    Questions,
    /// More right than questions.
    Right,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Id(what) => write!(
                f,
                "{what} must be 1 to {MAX_ID} lowercase letters, digits and hyphens"
            ),
            Refusal::Version => write!(
                f,
                "version must be 1 to {MAX_VERSION} letters, digits, dots, pluses and hyphens"
            ),
            Refusal::Questions => write!(f, "questions must be 1 to {MAX_QUESTIONS}"),
            Refusal::Right => write!(f, "right must be at most questions"),
        }
    }
}

/// Whether `id` is a pack or item id as packs have them, starting with a
/// letter or digit (a leading `-` would read as a formula in a spreadsheet
/// opening the dashboard's export).
pub fn is_id(id: &str) -> bool {
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    (1..=MAX_ID).contains(&id.len())
        && id.bytes().next().is_some_and(plain)
        && id.bytes().all(|b| plain(b) || b == b'-')
}

/// Whether `version` is one the server keeps tallies under.
pub fn is_version(version: &str) -> bool {
    (1..=MAX_VERSION).contains(&version.len())
        && version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
}

fn pack_and_version(pack: &str, version: &str) -> Result<(), Refusal> {
    if !is_id(pack) {
        return Err(Refusal::Id("pack"));
    }
    if !is_version(version) {
        return Err(Refusal::Version);
    }
    Ok(())
}

impl Answer {
    pub fn check(&self) -> Result<(), Refusal> {
        pack_and_version(&self.pack, &self.version)?;
        if !is_id(&self.item) {
            return Err(Refusal::Id("item"));
        }
        Ok(())
    }
}

impl Round {
    pub fn check(&self) -> Result<(), Refusal> {
        pack_and_version(&self.pack, &self.version)?;
        if !(1..=MAX_QUESTIONS).contains(&self.questions) {
            return Err(Refusal::Questions);
        }
        if self.right.is_some_and(|right| right > self.questions) {
            return Err(Refusal::Right);
        }
        Ok(())
    }
}

/// The path the tallies of `pack` at `version` are read from.
pub fn tallies_path(pack: &str, version: &str) -> String {
    format!("/v1/tallies/{pack}/{version}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_add_up_to_a_hundred_and_hide_below_the_floor() {
        let cases = [
            (
                Split {
                    first: 12,
                    second: 58,
                    both: 30,
                },
                Some([12, 58, 30]),
            ),
            (
                Split {
                    first: 1,
                    second: 1,
                    both: 1,
                },
                None,
            ),
            (
                Split {
                    first: 7,
                    second: 7,
                    both: 7,
                },
                Some([34, 33, 33]),
            ),
            (
                Split {
                    first: 0,
                    second: 20,
                    both: 0,
                },
                Some([0, 100, 0]),
            ),
            (
                Split {
                    first: 19,
                    second: 0,
                    both: 0,
                },
                None,
            ),
        ];
        for (split, expected) in cases {
            assert_eq!(split.percents(), expected, "{split:?}");
            if let Some(p) = split.percents() {
                assert_eq!(p.iter().map(|&x| u32::from(x)).sum::<u32>(), 100);
            }
        }
    }

    #[test]
    fn tallies_travel_as_compact_json() {
        let mut tallies = Tallies::default();
        tallies.items.insert(
            "vision".into(),
            Split {
                first: 3,
                second: 13,
                both: 6,
            },
        );
        tallies.rounds.insert("10".into(), vec![0, 1]);
        let json = serde_json::to_string(&tallies).unwrap();
        assert_eq!(
            json,
            r#"{"items":{"vision":[3,13,6]},"rounds":{"10":[0,1]}}"#
        );
        assert_eq!(serde_json::from_str::<Tallies>(&json).unwrap(), tallies);
    }

    #[test]
    fn a_score_is_placed_among_finished_rounds_of_its_length_only() {
        let mut tallies = Tallies::default();
        // 25 rounds of 10: 5 with 3 right, 10 with 6, 10 with 9.
        let mut scores = vec![0; 11];
        scores[3] = 5;
        scores[6] = 10;
        scores[9] = 10;
        tallies.rounds.insert("10".into(), scores);
        assert_eq!(tallies.beaten(10, 7), Some(60));
        assert_eq!(tallies.beaten(10, 3), Some(0));
        assert_eq!(tallies.beaten(10, 10), Some(100));
        assert_eq!(tallies.beaten(5, 5), None);
        tallies.rounds.insert("5".into(), vec![1, 1, 1, 1, 1, 1]);
        assert_eq!(tallies.beaten(5, 5), None, "below the floor");
    }

    #[test]
    fn ids_and_versions_are_the_packs_own_kinds() {
        for (id, ok) in [
            ("cio-cto", true),
            ("a", true),
            ("", false),
            ("Cio", false),
            ("cio cto", false),
            ("cio/cto", false),
            ("-1+2", false),
            (&"x".repeat(41), false),
        ] {
            assert_eq!(is_id(id), ok, "{id:?}");
        }
        for (version, ok) in [
            ("3.0.0", true),
            ("1.0.0-beta+2", true),
            ("", false),
            ("1 0", false),
            ("../x", false),
        ] {
            assert_eq!(is_version(version), ok, "{version:?}");
        }
    }

    #[test]
    fn answers_and_rounds_read_as_the_widget_writes_them() {
        let answer: Answer = serde_json::from_str(
            r#"{"pack":"cio-cto","version":"3.0.0","item":"data-governance","chose":"both","right":true}"#,
        )
        .unwrap();
        assert_eq!(answer.chose, Side::Both);
        assert_eq!(answer.check(), Ok(()));
        let round: Round = serde_json::from_str(
            r#"{"pack":"cio-cto","version":"3.0.0","questions":10,"right":11}"#,
        )
        .unwrap();
        assert_eq!(round.check(), Err(Refusal::Right));
        assert!(serde_json::from_str::<Answer>(
            r#"{"pack":"p","version":"1","item":"i","chose":"ceo","right":true}"#
        )
        .is_err());
        assert!(
            serde_json::from_str::<Answer>(
                r#"{"pack":"p","version":"1","item":"i","chose":"both","right":true,"who":"me"}"#
            )
            .is_err(),
            "nothing more than the answer is taken"
        );
    }
}
