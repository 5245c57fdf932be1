//! Content packs: what the quiz asks and how it explains the answers.
//!
//! A pack is plain JSON (its format is documented in the README) so that a
//! blogger can write one for another pair of roles. This module owns its model,
//! its validation (every problem, each with where it is) and the built-in
//! CIO/CTO pack, which is compiled into the widget so it works with no request.

mod check;
#[cfg(test)]
mod codegen;
mod compiled;
// Written by codegen.rs (`make builtin-data`), not by hand.
#[rustfmt::skip]
mod data;
mod error;
mod file;
mod lenient;
mod load;
mod pack;
mod reading;
mod syntax;
pub mod translated;
mod validate;

pub use error::{shortened, Location, PackError, PackErrors, Problem, MAX_LISTED};
pub use file::fields;
pub use pack::{Citation, Item, Pack, Role, Source, Verdict, View, MAX_BYTES, MIN_ITEMS, SCHEMA};
pub use reading::{Clause, Reading, Stance, Who};
pub use translated::builtin_in;
pub use validate::{is_link, max, most};

/// The built-in pack's JSON as the wasm carries it: `content/cio-cto.json`
/// without the white space between tokens (see `build.rs`).
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/cio-cto.json"));

/// The built-in CIO/CTO pack, compiled in as static data (`data.rs`, what the
/// reader makes of [`BUILTIN_JSON`]; a test keeps the two equal and the
/// pack valid). The `Result` is there for the callers that read packs.
pub fn builtin() -> Result<Pack, PackErrors> {
    Ok(data::PACK.pack())
}

#[cfg(test)]
mod tests;
