//! The quiz as a plain state machine: a [`Round`] is built from an answer key and
//! [`RoundOptions`], takes the reader's [`Choice`]s one by one and reports an
//! [`Outcome`] for each, then [`Results`], with an [`Insight`] into the misses.
//!
//! It exists apart from the views so that every rule of the quiz (order, length,
//! scoring, what may happen when) is ordinary Rust, tested natively with
//! `cargo test`. Nothing here knows about Yew, the DOM or the content pack's
//! texts: a round only holds item indices and the answers each accepts
//! (several where the sources disagree, see [`Accepted`]).

mod choice;
mod draw;
mod results;
mod round;
mod shuffle;

pub use choice::{Accepted, Choice};
pub use results::{Confusion, Insight, Results, Tally};
pub use round::{Length, Outcome, Phase, Question, Round, RoundOptions};
pub use shuffle::SplitMix64;
