//! The one module that speaks SQL. The same queries run on SQLite (the
//! default: one file, created on first start) and PostgreSQL (several
//! server instances sharing one database), through sqlx's `Any` driver:
//! plain SQL both understand (`$1` parameters, `ON CONFLICT ... DO UPDATE`).
//! sqlx's compile-time checked macros check against one database, so the
//! queries are checked by running the tests against both instead.
//!
//! What is stored: counts, per pack, version, item, answer, whether it was
//! right, and day; started and finished rounds (with their scores) per day;
//! dashboard tokens' hashes. Nothing about a reader.

mod report;

pub use report::{DayCount, ItemReport, PackSummary, Report};

use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor, Row};

use crate::wire::{Answer, Round, Side, Split, Tallies, FLOOR};

/// A database's pool and what kind it is.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    sqlite: bool,
}

/// Why the database could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite:// or postgres://, found {0:?}")]
    Scheme(String),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
    #[error("the database's tables could not be set up: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl Db {
    /// Opens `url` (creating a SQLite file if it is not there) and brings its
    /// tables up to date.
    pub async fn open(url: &str) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let sqlite = url.starts_with("sqlite:");
        if !sqlite && !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
            return Err(DbError::Scheme(url.to_owned()));
        }
        let url = if sqlite && !url.contains('?') && !url.contains(":memory:") {
            format!("{url}?mode=rwc")
        } else {
            url.to_owned()
        };
        let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
        let pool = AnyPoolOptions::new()
            // SQLite has one writer at a time: a few connections queue on
            // its lock (busy_timeout) rather than fail.
            .max_connections(if sqlite { 4 } else { 16 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        // WAL: readers never wait for the writer. NORMAL:
                        // a commit survives the server being killed (not a
                        // power cut on the last commits), at a fraction of
                        // FULL's cost.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Db { pool, sqlite })
    }

    pub fn is_sqlite(&self) -> bool {
        self.sqlite
    }

    /// Counts one answer; returns once it is committed.
    pub async fn add_answer(&self, answer: &Answer, day: &str) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO answers (pack, version, item, chose, correct, day, n) \
             VALUES ($1, $2, $3, $4, $5, $6, 1) \
             ON CONFLICT (pack, version, item, chose, correct, day) \
             DO UPDATE SET n = answers.n + 1",
        )
        .bind(&answer.pack)
        .bind(&answer.version)
        .bind(&answer.item)
        .bind(answer.chose.name())
        .bind(i64::from(answer.right))
        .bind(day)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts a round started or finished; returns once it is committed.
    pub async fn add_round(&self, round: &Round, day: &str) -> Result<(), sqlx::Error> {
        // -1: started (a score of its own keeps one table and one key).
        let score = round.right.map_or(-1, i64::from);
        sqlx::query(
            "INSERT INTO rounds (pack, version, questions, score, day, n) \
             VALUES ($1, $2, $3, $4, $5, 1) \
             ON CONFLICT (pack, version, questions, score, day) \
             DO UPDATE SET n = rounds.n + 1",
        )
        .bind(&round.pack)
        .bind(&round.version)
        .bind(i64::from(round.questions))
        .bind(score)
        .bind(day)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The items a pack's version has answers for.
    pub async fn items(&self, pack: &str, version: &str) -> Result<Vec<String>, sqlx::Error> {
        let rows =
            sqlx::query("SELECT DISTINCT item FROM answers WHERE pack = $1 AND version = $2")
                .bind(pack)
                .bind(version)
                .fetch_all(&self.pool)
                .await?;
        rows.iter().map(|row| row.try_get::<String, _>(0)).collect()
    }

    /// Every pack and version with answers or rounds.
    pub async fn packs(&self) -> Result<Vec<(String, String)>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT pack, version FROM answers UNION SELECT pack, version FROM rounds ORDER BY 1, 2",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect()
    }

    /// What readers are shown: the splits and the finished rounds' scores
    /// that have reached the floor.
    pub async fn tallies(&self, pack: &str, version: &str) -> Result<Tallies, sqlx::Error> {
        let mut tallies = Tallies::default();
        let rows = sqlx::query(
            "SELECT item, chose, CAST(SUM(n) AS BIGINT) FROM answers WHERE pack = $1 AND version = $2 GROUP BY item, chose",
        )
        .bind(pack)
        .bind(version)
        .fetch_all(&self.pool)
        .await?;
        for row in &rows {
            let (item, chose, n): (String, String, i64) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            if let Some(side) = Side::parse(&chose) {
                tallies
                    .items
                    .entry(item)
                    .or_insert_with(Split::default)
                    .add(side, n.max(0) as u64);
            }
        }
        tallies.items.retain(|_, split| split.total() >= FLOOR);
        let rows = sqlx::query(
            "SELECT questions, score, CAST(SUM(n) AS BIGINT) FROM rounds WHERE pack = $1 AND version = $2 AND score >= 0 \
             GROUP BY questions, score",
        )
        .bind(pack)
        .bind(version)
        .fetch_all(&self.pool)
        .await?;
        for row in &rows {
            let (questions, score, n): (i64, i64, i64) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            let (Ok(questions), Ok(score)) = (usize::try_from(questions), usize::try_from(score))
            else {
                continue;
            };
            if score > questions {
                continue;
            }
            let scores = tallies
                .rounds
                .entry(questions.to_string())
                .or_insert_with(|| vec![0; questions + 1]);
            scores[score] = scores[score].saturating_add(n.max(0) as u64);
        }
        tallies
            .rounds
            .retain(|_, scores| scores.iter().sum::<u64>() >= FLOOR);
        Ok(tallies)
    }

    /// Stores a dashboard token's hash under its id.
    pub async fn add_token(&self, id: &str, hash: &str, created: &str) -> Result<(), sqlx::Error> {
        sqlx::query("INSERT INTO tokens (id, hash, created) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(hash)
            .bind(created)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The hash stored for a token id.
    pub async fn token_hash(&self, id: &str) -> Result<Option<String>, sqlx::Error> {
        let row = sqlx::query("SELECT hash FROM tokens WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| row.try_get(0)).transpose()
    }

    /// Removes a token; whether there was one.
    pub async fn revoke_token(&self, id: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM tokens WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// All answers stored (the durability test counts them).
    pub async fn answer_count(&self) -> Result<i64, sqlx::Error> {
        let row = sqlx::query("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM answers")
            .fetch_one(&self.pool)
            .await?;
        row.try_get(0)
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }
}
