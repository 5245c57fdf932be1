//! role-quiz: an embeddable widget that teaches the difference between two
//! roles (the CIO and the CTO in its built-in pack) with a quiz.
//!
//! Data flows one way: a [`content::Pack`] gives a [`quiz::Round`], the round
//! gives what the [`ui`] shows, and the reader's clicks go back to the round as
//! actions. The two pure layers never touch the DOM:
//!
//! - [`quiz`]: the round as a state machine (order, answers, score, results).
//! - [`content`]: the pack model, its validation and the built-in pack.
//!
//! and the two browser layers never decide a rule of the quiz:
//!
//! - [`ui`]: Yew function components, one per screen, under one reducer.
//! - [`embed`]: everything that touches the host page (options, mounting).

pub mod compare;
pub mod content;
pub mod embed;
pub mod host;
pub mod order;
pub mod quiz;
pub mod saved;
pub mod ui;
