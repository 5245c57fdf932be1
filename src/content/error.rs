//! A pack's problems, typed, each with where it is and a message a blogger
//! can act on without reading any code.

use std::fmt;

/// One problem in a content pack, with where it is.
///
/// Displayed as `items[4].answer: expected "cio", "cto" or "both", found "ceo"`,
/// a line a blogger can act on without reading any code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {problem}")]
pub struct PackError {
    pub at: Location,
    pub problem: Problem,
}

/// Where in the pack a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A position in the JSON text, for text that does not parse.
    Text { line: usize, column: usize },
    /// A path into the parsed pack, like `items[4].answer`.
    Field(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Text { line, column } => write!(f, "line {line}, column {column}"),
            Location::Field(path) => f.write_str(path),
        }
    }
}

/// What is wrong, in words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The text is not JSON, for a reason not named below: serde_json's words.
    #[error("{0}")]
    Json(String),
    #[error("remove the comma after the last {last}")]
    TrailingComma { last: &'static str },
    #[error("comments are not allowed in JSON; remove it")]
    Comment,
    #[error("use straight quotes \" instead of curly ones (\u{201c} \u{201d}), as a word processor writes them")]
    CurlyQuote,
    #[error("a comma is missing before this: fields and list items are separated by commas")]
    MissingComma,
    #[error("a colon is missing: write \"name\": value")]
    MissingColon,
    #[error("the text ends before the pack does: a closing ] or }} is missing")]
    CutShort,
    #[error("this is not a JSON pack: a pack starts with {{")]
    NotJson,
    #[error("the file is saved as UTF-16: save it as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")")]
    Utf16,
    #[error(
        "lists and objects are nested too deeply here (over 128 levels): no pack needs that many"
    )]
    TooDeep,
    #[error("the pack is empty")]
    NoText,
    #[error("is {bytes} bytes long, more than the limit of {max}")]
    TooLarge { bytes: usize, max: usize },
    /// The problems past the first [`MAX_LISTED`], counted.
    #[error("has {count} more problems, not listed here: fix these first and check again")]
    More { count: usize },
    #[error("is missing")]
    Missing,
    #[error("is not a field here{guess}; the fields here are {expected}")]
    UnknownField { expected: String, guess: Guess },
    #[error("expected {expected}, found {found}")]
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    #[error("has {found} entries, more than the limit of {max}")]
    TooMany { found: usize, max: usize },
    #[error("needs at least {min} items to make a round, found {found}")]
    TooFewItems { found: usize, min: usize },
    #[error("this widget reads pack schemas 1 to {supported}, found schema {found}")]
    UnsupportedSchema { found: u64, supported: u64 },
    #[error("is a field of pack schema {since}; write \"schema\": {since} at the top of the pack to use it")]
    NewerField { since: u64 },
    #[error("needs \"answer\" and \"sources\", or \"views\" where the sources give more than one answer")]
    NoAnswer,
    #[error("has \"views\" and also \"answer\" or \"sources\": keep the views, or the one answer and its sources")]
    ViewsAndAnswer,
    #[error("has {found} view; views are for sources that disagree, so give two or more, or use \"answer\" and \"sources\"")]
    TooFewViews { found: usize },
    #[error("{answer:?} is already the answer of {first}; each view gives a different answer")]
    RepeatedView { answer: String, first: String },
    #[error("accepts every answer, so no reader could get the item wrong")]
    EveryAnswerAccepted,
    #[error("must not be empty")]
    Empty,
    #[error("is {found} characters long, more than the limit of {max}")]
    TooLong { found: usize, max: usize },
    #[error("expected an id of lowercase letters, digits and hyphens, found {:?}", shortened(.found))]
    NotAnId { found: String },
    #[error("the id {:?} is already used by {first}", shortened(.id))]
    DuplicateId { id: String, first: String },
    #[error(
        "the label {:?} is already used by {first}; labels tell items apart on the diagram",
        shortened(.label)
    )]
    DuplicateLabel { label: String, first: String },
    #[error("expected exactly 2 roles, found {found}")]
    RoleCount { found: usize },
    #[error("\"both\" is the shared answer and cannot be a role id")]
    ReservedRoleId,
    #[error("expected {expected}, found {:?}{guess}", shortened(.found))]
    UnknownAnswer {
        expected: String,
        found: String,
        guess: Guess,
    },
    #[error("no source has the id {:?}{guess}; the pack's sources are {known}", shortened(.found))]
    UnknownSource {
        found: String,
        known: String,
        guess: Guess,
    },
    #[error("{:?} is not one of the sections listed for source {:?}{guess}", shortened(.found), shortened(.source_id))]
    UnknownSection {
        found: String,
        source_id: String,
        guess: Guess,
    },
    #[error("expected a link starting with https://, http:// or /, found {:?}", shortened(.found))]
    NotALink { found: String },
    #[error("expected a language tag such as \"en\" or \"pt-BR\", found {:?}", shortened(.found))]
    NotALanguageTag { found: String },
    #[error("expected a percentage from 0 to 100, found {found}")]
    NotAPercentage { found: u64 },
    #[error("needs a verdict with \"from\": 0, so that every score has one")]
    NoVerdictFromZero,
    #[error("{:?} is not a language the widget speaks{guess}; it speaks \"en\", \"de\", \"fr\" and \"es\"", shortened(.found))]
    UnknownLanguage { found: String, guess: Guess },
    #[error("is not a message of the widget's{guess}; its messages are {expected}")]
    UnknownMessage { expected: String, guess: Guess },
    #[error("{{{slot}}} is not filled in this message; it fills {fills}")]
    UnknownSlot { slot: String, fills: String },
}

/// The near miss a mistyped name was probably meant to be: `"Both"` for
/// `both`, `explaination` for `explanation`. Shown as ` (did you mean
/// "both"?)`, or not at all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Guess(pub Option<String>);

impl Guess {
    /// The one of `names` that `found` is closest to, if it is close (the
    /// same but for case and spaces, or one or two letters off) and no other
    /// name is as close: two equally likely guesses are no help.
    pub fn of<'a>(found: &str, names: impl IntoIterator<Item = &'a str>) -> Guess {
        let found = found.trim().to_ascii_lowercase();
        let length = found.chars().count();
        let mut best: Option<(usize, &str)> = None;
        let mut tied = false;
        for name in names {
            // Lengths more than two apart are more than two edits apart:
            // no need to measure (a 3.9 MB key against every name froze a
            // reader's page for 15 s).
            if length.abs_diff(name.chars().count()) > 2 {
                continue;
            }
            let distance = edit_distance(&found, &name.to_ascii_lowercase());
            if distance > 0 && (distance > 2 || distance * 3 > name.len()) {
                continue;
            }
            match best {
                Some((d, _)) if distance == d => tied = true,
                Some((d, _)) if distance > d => {}
                _ => {
                    best = Some((distance, name));
                    tied = false;
                }
            }
        }
        Guess(best.filter(|_| !tied).map(|(_, name)| name.to_owned()))
    }
}

impl fmt::Display for Guess {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(name) => write!(f, " (did you mean {name:?}?)"),
            None => Ok(()),
        }
    }
}

/// How many letters must change (insert, delete, replace) to turn `a`
/// into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// `name` (an id or a key from a pack) as a message shows it: whole up to
/// 40 characters, else its first 40 and "…", so that a runaway value does
/// not fill the message (a 1 MB id was printed on 45 lines).
pub fn shortened(name: &str) -> std::borrow::Cow<'_, str> {
    const SHOWN: usize = 40;
    match name.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}\u{2026}", &name[..cut]).into(),
        None => name.into(),
    }
}

/// Every problem found in a pack, the first [`MAX_LISTED`] of them listed.
/// Never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackErrors(pub Vec<PackError>);

/// How many problems a report lists. A pack with more is broken in bulk
/// (a wrong field name in each of 5,000 items): listing them all told the
/// blogger nothing more, and 15,000 lines froze the page showing them.
pub const MAX_LISTED: usize = 50;

impl PackErrors {
    /// The report of `errors`: the first [`MAX_LISTED`], then how many more.
    pub fn listed(mut errors: Vec<PackError>) -> PackErrors {
        if errors.len() > MAX_LISTED {
            let count = errors.len() - MAX_LISTED;
            errors.truncate(MAX_LISTED);
            errors.push(PackError {
                at: Location::Field("pack".to_owned()),
                problem: Problem::More { count },
            });
        }
        PackErrors(errors)
    }

    /// How many problems were found, listed or not.
    pub fn total(&self) -> usize {
        self.0
            .iter()
            .map(|e| match e.problem {
                Problem::More { count } => count,
                _ => 1,
            })
            .sum()
    }
}

impl fmt::Display for PackErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackErrors {}
