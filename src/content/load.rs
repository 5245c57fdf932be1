//! Reading a pack's text: the size limit first, serde_json for the syntax
//! (malformed JSON is located by line and column), then validation, which
//! reports every other problem at once.

use super::check::{Checker, ROOT};
use super::error::{Location, PackError, PackErrors, Problem};
use super::file::PackFile;
use super::lenient::Lenient;
use super::pack::{Pack, MAX_BYTES};
use super::validate;

impl Pack {
    /// Parses and validates a pack, reporting every problem it has: JSON
    /// that does not parse (with its line and column), or everything
    /// validation finds, each with where it is.
    pub fn from_json(text: &str) -> Result<Pack, PackErrors> {
        if text.len() > MAX_BYTES {
            let mut check = Checker::default();
            check.report(
                ROOT,
                Problem::TooLarge {
                    bytes: text.len(),
                    max: MAX_BYTES,
                },
            );
            return Err(PackErrors(check.errors));
        }
        let file: Lenient<PackFile> = serde_json::from_str(text).map_err(syntax)?;
        validate::pack(&file)
    }
}

/// Malformed JSON, where serde_json stopped reading it.
fn syntax(error: serde_json::Error) -> PackErrors {
    let message = error.to_string();
    // serde_json appends the place to its message; the location says it.
    let message = match message.rfind(" at line ") {
        Some(end) => message[..end].to_owned(),
        None => message,
    };
    PackErrors(vec![PackError {
        at: Location::Text {
            line: error.line(),
            column: error.column(),
        },
        problem: Problem::Json(message),
    }])
}
