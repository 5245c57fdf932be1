//! Collects a pack's problems, each with where it is, so that reading and
//! validation can both report everything they find in one pass.

use std::collections::HashSet;

use super::error::{Location, PackError, Problem};

#[derive(Default)]
pub(super) struct Checker {
    pub errors: Vec<PackError>,
    /// The schema the pack says it follows, once read: which fields exist
    /// depends on it.
    pub schema: u64,
    /// Paths already reported: later checks of the same field stay quiet, so
    /// a missing statement is "missing", not also "must not be empty".
    reported: HashSet<String>,
    /// Values that could not be read at all (an entry that is not an
    /// object): nothing inside them is worth a word.
    unreadable: HashSet<String>,
}

/// The path of the whole pack, which every other path is inside.
pub(super) const ROOT: &str = "pack";

impl Checker {
    pub fn report(&mut self, path: impl Into<String>, problem: Problem) {
        let path = path.into();
        self.reported.insert(path.clone());
        self.errors.push(PackError {
            at: Location::Field(path),
            problem,
        });
    }

    /// Reports a value that cannot be read, silencing everything inside it.
    pub fn unreadable(&mut self, path: &str, problem: Problem) {
        self.unreadable.insert(path.to_owned());
        self.report(path, problem);
    }

    /// Whether `path`, or a value it is inside, was reported already.
    pub fn reported(&self, path: &str) -> bool {
        self.reported.contains(path)
            || self.unreadable.contains(ROOT)
            || path
                .char_indices()
                .filter(|&(_, c)| c == '.' || c == '[')
                .any(|(i, _)| self.unreadable.contains(&path[..i]))
    }
}

/// `items[3]` + `statement` → `items[3].statement`.
pub(super) fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}
