//! role-quiz-stats: how other readers answered a role-quiz widget's items,
//! counted and nothing else.
//!
//! A blogger turns it on (`data-stats` on the widget); each answer and each
//! round is then counted per pack, version, item, answer and day, and the
//! next reader sees the split in the feedback. Nothing about a reader is
//! kept: no cookie, no address, no identifier (see README's privacy
//! section).
//!
//! - [`wire`]: what the widget and the server say, one serde definition for
//!   both (the widget depends on this crate without its `server` feature).
//! - `config`: the command line.
//! - `db`: the one module that speaks SQL, to SQLite or PostgreSQL.
//! - `http`: the router, one file per resource, errors mapped to statuses
//!   in one place.
//! - `limits`: per-client rate limits, in memory only.
//! - `token`: the dashboard's tokens, stored as Argon2id hashes.

pub mod wire;

#[cfg(feature = "server")]
pub mod config;
#[cfg(feature = "server")]
pub mod day;
#[cfg(feature = "server")]
pub mod db;
#[cfg(feature = "server")]
pub mod http;
#[cfg(feature = "server")]
pub mod limits;
#[cfg(feature = "server")]
pub mod token;
