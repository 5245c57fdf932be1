//! role-quiz: an embeddable widget that teaches the difference between two
//! roles (the CIO and the CTO in its built-in pack) with a quiz and a
//! side-by-side comparison.
//!
//! Data flows one way: a [`content::Pack`] gives a [`quiz::Round`], the round
//! gives what the [`ui`] shows, and the reader's clicks go back to the round
//! as actions. The pure layers never touch the DOM and are tested natively:
//!
//! - [`quiz`]: the round as a state machine (a seeded, balanced draw,
//!   answers, scoring where several answers may be right, results, the
//!   insight into the misses, the best score).
//! - [`content`]: the pack format (serde types), its validation with every
//!   problem located, the validated model and the built-in pack.
//! - [`compare`]: the comparison as data (groups, the keyword filter, where
//!   the Venn diagram's labels go).
//! - [`saved`]: a reader's round and best score as stored text.
//! - [`order`]: the one sort every list uses.
//! - [`lang`]: every word of the widget's own, in four languages.
//!
//! The browser layers never decide a rule of the quiz:
//!
//! - [`host`]: the contract between the widget and its page (what each tells
//!   the other), so neither reaches into the other.
//! - [`ui`]: the Yew adapter: one reducer with native tests, named hooks,
//!   one component per screen.
//! - [`embed`]: everything that touches the host page (options, mounting,
//!   loading, storage, events, the URL, the iframe's height).
//!
//! `studio` (the `studio` feature) is the pack studio, a page of its own
//! with its own wasm (`src/bin/studio.rs`) for writing, checking and
//! previewing packs; the widget's build leaves it out.

// The widget never unwraps: bad input gets a message, never a panic.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
// Tests may use what clippy.toml keeps out of the widget for its size.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod compare;
pub mod content;
pub mod embed;
pub mod host;
pub mod lang;
pub mod order;
pub mod quiz;
pub mod saved;
#[cfg(feature = "studio")]
pub mod studio;
pub mod ui;
