//! Collects a pack's problems, each with where it is, so that validation can
//! report everything it finds in one pass; and reads the [`Lenient`] fields
//! of the format: a missing field, a value of the wrong kind or an unknown
//! field is reported here, and what can be read goes on to the pack's rules.

use std::collections::HashSet;

use super::error::{shortened, Guess, Location, PackError, Problem};
use super::file::{fields, List};
use super::lenient::{Lenient, Unknown};

#[derive(Default)]
pub(super) struct Checker {
    pub errors: Vec<PackError>,
    /// The schema the pack says it follows: which fields exist depends on it.
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

/// The schema that brought in the fields of [`fields::SINCE_SCHEMA_2`].
pub(super) const SCHEMA_2: u64 = 2;

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

    /// Checks an object's keys: each one its type does not have is named,
    /// with the fields it has in this pack's schema; a field of a newer
    /// schema that is there (`optional`: name, and whether it is there) is
    /// named as one.
    pub fn keys(&mut self, at: &str, unknown: &Unknown, known: &[&str], optional: &[(&str, bool)]) {
        let schema = self.schema;
        let newer = |key: &str| schema < SCHEMA_2 && fields::SINCE_SCHEMA_2.contains(&key);
        for &(key, _) in optional.iter().filter(|&&(key, there)| there && newer(key)) {
            self.report(join(at, key), Problem::NewerField { since: SCHEMA_2 });
        }
        let listed: Vec<&str> = known.iter().copied().filter(|&k| !newer(k)).collect();
        // `$schema` (at the top) names the format's JSON Schema for editors;
        // the widget has no use for it.
        for key in unknown
            .0
            .iter()
            .filter(|&k| !(at.is_empty() && k == "$schema"))
        {
            self.report(
                join(at, key),
                Problem::UnknownField {
                    expected: listed.join(", "),
                    guess: Guess::of(key, listed.iter().copied()),
                },
            );
        }
    }

    /// A field's value when it has the expected kind; reports it missing
    /// (when `required`) or of the wrong kind.
    pub fn value<'f, T>(
        &mut self,
        path: &str,
        field: &'f Lenient<T>,
        expected: &'static str,
        required: bool,
    ) -> Option<&'f T> {
        match field {
            Lenient::Ok(value) => Some(value),
            Lenient::Missing => {
                if required && !self.reported(path) {
                    self.report(path, Problem::Missing);
                }
                None
            }
            Lenient::Wrong(found) => {
                if !self.reported(path) {
                    self.unreadable(path, Problem::WrongType { expected, found });
                }
                None
            }
        }
    }

    /// A required text; empty when it cannot be read (and reported).
    pub fn text(&mut self, path: &str, field: &Lenient<String>, max: usize) -> String {
        let text = self.value(path, field, "text", true).cloned();
        if let Some(text) = &text {
            self.length(path, text, max);
        }
        text.unwrap_or_default()
    }

    /// A text that may be left out.
    pub fn optional_text(
        &mut self,
        path: &str,
        field: &Lenient<String>,
        max: usize,
    ) -> Option<String> {
        let text = self.value(path, field, "text", false).cloned();
        if let Some(text) = &text {
            self.length(path, text, max);
        }
        text
    }

    /// Text a reader sees: present, and not absurdly long.
    pub fn length(&mut self, path: &str, value: &str, max: usize) {
        if self.reported(path) {
            return;
        }
        let length = value.chars().count();
        if value.trim().is_empty() {
            self.report(path, Problem::Empty);
        } else if length > max {
            self.report(path, Problem::TooLong { found: length, max });
        }
    }

    /// A whole number; 0 when it cannot be read (and reported).
    pub fn number(&mut self, path: &str, field: &Lenient<u64>) -> u64 {
        self.value(path, field, "a whole number", true)
            .copied()
            .unwrap_or_default()
    }

    /// A list, each entry read by `read` at `path[i]` (given `i` too); empty
    /// when the list cannot be read (and reported). A list over `most`
    /// entries is reported.
    pub fn list<T, R>(
        &mut self,
        path: &str,
        field: &List<T>,
        most: usize,
        required: bool,
        mut read: impl FnMut(&mut Checker, &str, usize, &Lenient<T>) -> R,
    ) -> Vec<R> {
        let Some(entries) = self.value(path, field, "a list", required) else {
            return Vec::new();
        };
        if entries.len() > most {
            self.report(
                path,
                Problem::TooMany {
                    found: entries.len(),
                    max: most,
                },
            );
        }
        entries
            .iter()
            .enumerate()
            .map(|(i, entry)| read(self, &format!("{path}[{i}]"), i, entry))
            .collect()
    }

    /// A list of texts, at least one, each present and not too long.
    pub fn texts(
        &mut self,
        path: &str,
        field: &List<String>,
        most: usize,
        max: usize,
    ) -> Vec<String> {
        let texts = self.list(path, field, most, true, |check, at, _, entry| {
            check.text(at, entry, max)
        });
        self.not_empty(path, &texts);
        texts
    }

    /// An entry of a list that must be an object: reports another kind and
    /// gives `empty` instead, whose fields then stay quiet.
    pub fn object<'f, T>(&mut self, path: &str, entry: &'f Lenient<T>, empty: &'f T) -> &'f T {
        self.value(path, entry, "an object", true).unwrap_or(empty)
    }

    pub fn not_empty<T>(&mut self, path: &str, list: &[T]) {
        if list.is_empty() && !self.reported(path) {
            self.report(path, Problem::Empty);
        }
    }
}

/// `items[3]` + `statement` → `items[3].statement`.
/// A key from the pack is [`shortened`] in the path.
pub(super) fn join(at: &str, key: &str) -> String {
    let key = shortened(key);
    if at.is_empty() {
        key.into_owned()
    } else {
        format!("{at}.{key}")
    }
}
