//! The pack as written: the JSON format of schemas 1 and 2 as serde types.
//!
//! Every field is [`Lenient`], so reading a pack never stops at a value of the
//! wrong kind, a missing field or an unknown one: it records them, and
//! validation (`validate.rs`) turns this into a [`super::Pack`] or into every
//! problem with its place. The README's "Content packs" section documents
//! the fields.

use serde::Deserialize;

use super::lenient::{Entries, Kind, Lenient, Shape, Unknown};

/// A list whose entries are each read on their own.
pub type List<T> = Lenient<Vec<Lenient<T>>>;

/// Texts by name, each read on its own (a pack's `ui`).
pub type Messages = Entries<String>;

/// Declares that each listed type is read from a JSON object.
macro_rules! objects {
    ($($name:ident),*) => {
        $(impl Shape for $name {
            const KIND: Kind = Kind::Object;
        })*
    };
}
objects!(
    PackFile,
    SourceFile,
    RoleFile,
    ItemFile,
    ViewFile,
    CitationFile,
    VerdictFile
);

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PackFile {
    pub schema: Lenient<u64>,
    pub id: Lenient<String>,
    pub version: Lenient<String>,
    pub title: Lenient<String>,
    pub intro: Lenient<String>,
    /// Schema 2: the language of the pack's texts, which the widget's own
    /// words follow ("de").
    pub lang: Lenient<String>,
    /// Schema 2: the pack's wording of single messages of the widget's, by
    /// key (`"start": "Los geht's"`).
    pub ui: Lenient<Messages>,
    pub sources: List<SourceFile>,
    pub roles: List<RoleFile>,
    pub items: List<ItemFile>,
    pub verdicts: List<VerdictFile>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SourceFile {
    pub id: Lenient<String>,
    pub title: Lenient<String>,
    pub url: Lenient<String>,
    pub lang: Lenient<String>,
    pub sections: List<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleFile {
    pub id: Lenient<String>,
    pub short: Lenient<String>,
    pub title: Lenient<String>,
    pub summary: Lenient<String>,
    pub focus: List<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// An item: `answer` and `sources` (one view), or, from schema 2 on,
/// `views` where the sources disagree. Validation judges which is there.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemFile {
    pub id: Lenient<String>,
    pub label: Lenient<String>,
    pub statement: Lenient<String>,
    /// A role id or "both".
    pub answer: Lenient<String>,
    pub sources: List<CitationFile>,
    pub views: List<ViewFile>,
    pub explanation: Lenient<String>,
    pub note: Lenient<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ViewFile {
    pub answer: Lenient<String>,
    pub sources: List<CitationFile>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CitationFile {
    pub source: Lenient<String>,
    pub section: Lenient<String>,
    /// Schema 2.
    pub quote: Lenient<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VerdictFile {
    pub from: Lenient<u64>,
    pub text: Lenient<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// The fields each object may have, in the order messages list them, and
/// those a schema 1 pack may not use.
pub mod fields {
    pub const PACK: &[&str] = &[
        "schema", "id", "version", "title", "intro", "lang", "ui", "sources", "roles", "items",
        "verdicts",
    ];
    pub const SOURCE: &[&str] = &["id", "title", "url", "lang", "sections"];
    pub const ROLE: &[&str] = &["id", "short", "title", "summary", "focus"];
    pub const ITEM: &[&str] = &[
        "id",
        "label",
        "statement",
        "answer",
        "sources",
        "views",
        "explanation",
        "note",
    ];
    pub const VIEW: &[&str] = &["answer", "sources"];
    pub const CITATION: &[&str] = &["source", "section", "quote"];
    pub const VERDICT: &[&str] = &["from", "text"];
    /// Brought in by schema 2: items with several views, quoted evidence,
    /// the pack's language and its wording of the widget's messages.
    pub const SINCE_SCHEMA_2: &[&str] = &["views", "quote", "lang", "ui"];
}
