//! What the dashboard shows a blogger: every count, from the first answer
//! (the readers' floor does not apply to the blogger).

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::Row;

use super::Db;
use crate::wire::{Side, Split};

/// A pack's version, as the dashboard lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PackSummary {
    pub pack: String,
    pub version: String,
    pub answers: u64,
    pub started: u64,
    pub finished: u64,
}

/// One item: how often it was answered and missed, and the split.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemReport {
    pub item: String,
    pub answers: u64,
    pub missed: u64,
    pub split: Split,
    /// The answers readers were told were right.
    pub accepted: Vec<Side>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayCount {
    pub day: String,
    pub answers: u64,
}

/// A pack's version in full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub pack: String,
    pub version: String,
    /// Most missed first (by share, then by count).
    pub items: Vec<ItemReport>,
    /// `mixups[a][b]`: readers chose side `b` on items whose one right
    /// answer is side `a` ([`Side::ALL`]'s order).
    pub mixups: [[u64; 3]; 3],
    pub started: u64,
    pub finished: u64,
    /// Per round length, finished rounds by score.
    pub scores: BTreeMap<String, Vec<u64>>,
    pub days: Vec<DayCount>,
}

fn count(n: i64) -> u64 {
    n.max(0) as u64
}

impl Db {
    pub async fn summaries(&self) -> Result<Vec<PackSummary>, sqlx::Error> {
        let mut out = Vec::new();
        for (pack, version) in self.packs().await? {
            let answers: i64 = sqlx::query(
                "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM answers WHERE pack = $1 AND version = $2",
            )
            .bind(&pack)
            .bind(&version)
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
            let (started, finished, _) = self.rounds(&pack, &version).await?;
            out.push(PackSummary {
                pack,
                version,
                answers: count(answers),
                started,
                finished,
            });
        }
        Ok(out)
    }

    /// Started and finished rounds, and the finished ones' scores.
    async fn rounds(
        &self,
        pack: &str,
        version: &str,
    ) -> Result<(u64, u64, BTreeMap<String, Vec<u64>>), sqlx::Error> {
        let rows = sqlx::query(
            "SELECT questions, score, CAST(SUM(n) AS BIGINT) FROM rounds \
             WHERE pack = $1 AND version = $2 GROUP BY questions, score",
        )
        .bind(pack)
        .bind(version)
        .fetch_all(self.pool())
        .await?;
        let (mut started, mut finished, mut scores) = (0, 0, BTreeMap::new());
        for row in &rows {
            let (questions, score, n): (i64, i64, i64) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            let n = count(n);
            if score < 0 {
                started += n;
            } else if score <= questions {
                finished += n;
                let slots = scores
                    .entry(questions.to_string())
                    .or_insert_with(|| vec![0; questions as usize + 1]);
                slots[score as usize] += n;
            }
        }
        Ok((started, finished, scores))
    }

    pub async fn report(&self, pack: &str, version: &str) -> Result<Report, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT item, chose, correct, CAST(SUM(n) AS BIGINT) FROM answers \
             WHERE pack = $1 AND version = $2 GROUP BY item, chose, correct",
        )
        .bind(pack)
        .bind(version)
        .fetch_all(self.pool())
        .await?;
        let mut items: BTreeMap<String, ItemReport> = BTreeMap::new();
        for row in &rows {
            let (item, chose, correct, n): (String, String, i64, i64) = (
                row.try_get(0)?,
                row.try_get(1)?,
                row.try_get(2)?,
                row.try_get(3)?,
            );
            let Some(side) = Side::parse(&chose) else {
                continue;
            };
            let n = count(n);
            let entry = items.entry(item.clone()).or_insert_with(|| ItemReport {
                item,
                answers: 0,
                missed: 0,
                split: Split::default(),
                accepted: Vec::new(),
            });
            entry.answers += n;
            entry.split.add(side, n);
            if correct == 0 {
                entry.missed += n;
            } else if !entry.accepted.contains(&side) {
                entry.accepted.push(side);
            }
        }
        let mut mixups = [[0; 3]; 3];
        for item in items.values_mut() {
            item.accepted.sort();
            if let [right] = item.accepted[..] {
                for (b, side) in Side::ALL.into_iter().enumerate() {
                    if side != right {
                        mixups[right as usize][b] += item.split.of(side);
                    }
                }
            }
        }
        let mut items: Vec<ItemReport> = items.into_values().collect();
        // Most missed first: by share (compared without division), then count.
        items.sort_by(|a, b| {
            let (am, aa) = (u128::from(a.missed), u128::from(a.answers.max(1)));
            let (bm, ba) = (u128::from(b.missed), u128::from(b.answers.max(1)));
            (bm * aa)
                .cmp(&(am * ba))
                .then(b.missed.cmp(&a.missed))
                .then(a.item.cmp(&b.item))
        });
        let days = sqlx::query(
            "SELECT day, CAST(SUM(n) AS BIGINT) FROM answers WHERE pack = $1 AND version = $2 \
             GROUP BY day ORDER BY day",
        )
        .bind(pack)
        .bind(version)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| {
            Ok(DayCount {
                day: row.try_get(0)?,
                answers: count(row.try_get(1)?),
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
        let (started, finished, scores) = self.rounds(pack, version).await?;
        Ok(Report {
            pack: pack.to_owned(),
            version: version.to_owned(),
            items,
            mixups,
            started,
            finished,
            scores,
            days,
        })
    }

    /// Every count of a pack's version, a line each, for a spreadsheet:
    /// `day,item,answer,right,count`.
    pub async fn csv(&self, pack: &str, version: &str) -> Result<String, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT day, item, chose, correct, n FROM answers WHERE pack = $1 AND version = $2 \
             ORDER BY day, item, chose, correct",
        )
        .bind(pack)
        .bind(version)
        .fetch_all(self.pool())
        .await?;
        let mut out = String::from("day,item,answer,right,count\n");
        for row in &rows {
            let (day, item, chose, correct, n): (String, String, String, i64, i64) = (
                row.try_get(0)?,
                row.try_get(1)?,
                row.try_get(2)?,
                row.try_get(3)?,
                row.try_get(4)?,
            );
            // Ids and answers are plain by the wire's rules: nothing to quote,
            // and nothing a spreadsheet would run (no leading = + - @).
            let right = if correct == 0 { "no" } else { "yes" };
            out.push_str(&format!("{day},{item},{chose},{right},{}\n", count(n)));
        }
        Ok(out)
    }
}
