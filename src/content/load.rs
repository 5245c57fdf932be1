//! Reading a pack's text: the size limit first, serde_json for the syntax
//! (malformed JSON is located by line and column), then validation, which
//! reports every other problem at once.

use super::check::{Checker, ROOT};
use super::error::{PackErrors, Problem};
use super::file::PackFile;
use super::lenient::Lenient;
use super::pack::{Pack, MAX_BYTES};
use super::{syntax, validate};

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
        // A byte-order mark, as some editors write at a UTF-8 file's start,
        // is no part of the pack.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: Lenient<PackFile> = serde_json::from_str(text)
            .map_err(|error| PackErrors(vec![syntax::explain(text, &error)]))?;
        validate::pack(&file)
    }
}
