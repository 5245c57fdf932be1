//! The pack studio (`studio.html`): a blogger writes, checks and previews a
//! content pack in the browser, with no Rust and no JSON by hand.
//!
//! It is its own page and its own wasm (`src/bin/studio.rs`), so the widget
//! readers download never carries it. It checks a draft with the widget's
//! own validation ([`crate::content`]) and previews it with the widget's own
//! components ([`crate::ui::Widget`]).
//!
//! The pure parts, tested natively:
//! - [`draft`]: the pack as edited, every field kept, written back as read;
//!   the source of `pack.schema.json`.
//! - [`defaults`]: what is filled in where a field is left empty.
//! - [`edit`]: every change to the draft, named, with undo.
//! - [`path`] and [`place`]: validation's paths, as edits and as words.
//! - [`table`]: items from a CSV or TSV spreadsheet.
//! - [`snippet`]: the lines to paste into a post.
//!
//! [`page`] is the Yew page around them.

pub mod defaults;
pub mod draft;
pub mod edit;
pub mod page;

pub mod path;
pub mod place;
pub mod snippet;
pub mod table;
