//! Reads a pack's JSON into a [`PackFile`] leniently. Every structural
//! problem (a missing or unknown field, a value of the wrong kind, a list
//! longer than any real pack needs) is reported where it is, and reading goes
//! on with an empty value, so that validation can report the rest too.

use super::check::{join, Checker, ROOT};
use super::error::Problem;
use super::pack::{Citation, ItemFile, PackFile, Role, Source, Verdict, ViewFile};
use crate::json::Json;

/// The schema that brought in items with several views and quoted evidence,
/// and the fields it added.
const SCHEMA_2: u64 = 2;
const SINCE_SCHEMA_2: [&str; 2] = ["views", "quote"];

/// The most entries a list may have: far above real packs, low enough that a
/// runaway export cannot freeze a reader's page.
mod most {
    pub const SOURCES: usize = 20;
    pub const SECTIONS: usize = 50;
    pub const FOCUS: usize = 12;
    pub const ITEMS: usize = 5000;
    pub const CITATIONS: usize = 10;
    /// Three views would accept every answer; validation says so.
    pub const VIEWS: usize = 3;
    pub const VERDICTS: usize = 20;
}

pub(super) fn pack(value: &Json, check: &mut Checker) -> PackFile {
    let fields = [
        "schema", "id", "version", "title", "intro", "sources", "roles", "items", "verdicts",
    ];
    let object = check.get_object("", value, &fields, &fields);
    let schema = check.get_number(object, "", "schema");
    check.schema = schema;
    PackFile {
        schema,
        id: check.get_text(object, "", "id"),
        version: check.get_text(object, "", "version"),
        title: check.get_text(object, "", "title"),
        intro: check.get_text(object, "", "intro"),
        sources: check.get_list(object, "", "sources", most::SOURCES, source),
        roles: check.get_list(object, "", "roles", usize::MAX, role),
        items: check.get_list(object, "", "items", most::ITEMS, item),
        verdicts: check.get_list(object, "", "verdicts", most::VERDICTS, verdict),
    }
}

fn source(check: &mut Checker, at: &str, value: &Json) -> Source {
    let o = check.get_object(
        at,
        value,
        &["id", "title", "url", "sections"],
        &["id", "title", "sections"],
    );
    Source {
        id: check.get_text(o, at, "id"),
        title: check.get_text(o, at, "title"),
        url: check.get_optional_text(o, at, "url"),
        sections: check.get_list(o, at, "sections", most::SECTIONS, |c, at, v| {
            c.text_of(at, v)
        }),
    }
}

fn role(check: &mut Checker, at: &str, value: &Json) -> Role {
    let fields = ["id", "short", "title", "summary", "focus"];
    let o = check.get_object(at, value, &fields, &fields);
    Role {
        id: check.get_text(o, at, "id"),
        short: check.get_text(o, at, "short"),
        title: check.get_text(o, at, "title"),
        summary: check.get_text(o, at, "summary"),
        focus: check.get_list(o, at, "focus", most::FOCUS, |c, at, v| c.text_of(at, v)),
    }
}

/// An item. In schema 1 it has one answer and its sources; from schema 2 on
/// it may have `views` instead, which validation checks.
fn item(check: &mut Checker, at: &str, value: &Json) -> ItemFile {
    let fields = [
        "id",
        "label",
        "statement",
        "answer",
        "sources",
        "views",
        "explanation",
        "note",
    ];
    let required: &[&str] = if check.schema < SCHEMA_2 {
        &[
            "id",
            "label",
            "statement",
            "answer",
            "explanation",
            "sources",
        ]
    } else {
        &["id", "label", "statement", "explanation"]
    };
    let o = check.get_object(at, value, &fields, required);
    let view = |c: &mut Checker, at: &str, v: &Json| {
        let fields = ["answer", "sources"];
        let o = c.get_object(at, v, &fields, &fields);
        ViewFile {
            answer: c.get_text(o, at, "answer"),
            sources: c.get_list(o, at, "sources", most::CITATIONS, citation),
        }
    };
    ItemFile {
        id: check.get_text(o, at, "id"),
        label: check.get_text(o, at, "label"),
        statement: check.get_text(o, at, "statement"),
        answer: check.get_optional_text(o, at, "answer"),
        sources: check.get_optional_list(o, at, "sources", most::CITATIONS, citation),
        views: check.get_optional_list(o, at, "views", most::VIEWS, view),
        explanation: check.get_text(o, at, "explanation"),
        note: check.get_optional_text(o, at, "note"),
    }
}

fn citation(check: &mut Checker, at: &str, value: &Json) -> Citation {
    let o = check.get_object(
        at,
        value,
        &["source", "section", "quote"],
        &["source", "section"],
    );
    Citation {
        source: check.get_text(o, at, "source"),
        section: check.get_text(o, at, "section"),
        quote: check.get_optional_text(o, at, "quote"),
    }
}

fn verdict(check: &mut Checker, at: &str, value: &Json) -> Verdict {
    let fields = ["from", "text"];
    let o = check.get_object(at, value, &fields, &fields);
    Verdict {
        from: check.get_number(o, at, "from"),
        text: check.get_text(o, at, "text"),
    }
}

type Object<'v> = Option<&'v Json>;

impl Checker {
    /// `value` as an object with only `fields` (those of the pack's schema),
    /// all of `required` present. A field of a newer schema is named as one.
    fn get_object<'v>(
        &mut self,
        at: &str,
        value: &'v Json,
        fields: &[&str],
        required: &[&str],
    ) -> Object<'v> {
        let Some(members) = value.members() else {
            let at = if at.is_empty() { ROOT } else { at };
            self.unreadable(
                at,
                Problem::WrongType {
                    expected: "an object",
                    found: value.kind(),
                },
            );
            return None;
        };
        let schema = self.schema;
        let newer = |key: &str| schema < SCHEMA_2 && SINCE_SCHEMA_2.contains(&key);
        let listed: Vec<&str> = fields.iter().copied().filter(|k| !newer(k)).collect();
        for (key, _) in members.iter().filter(|(k, _)| !listed.contains(k)) {
            let problem = if newer(key) {
                Problem::NewerField { since: SCHEMA_2 }
            } else {
                Problem::UnknownField {
                    expected: listed.join(", "),
                }
            };
            self.report(join(at, key), problem);
        }
        for &key in required.iter().filter(|&&k| value.get(k).is_none()) {
            self.report(join(at, key), Problem::Missing);
        }
        Some(value)
    }

    fn field<'v>(&self, object: Object<'v>, key: &str) -> Option<&'v Json> {
        object?.get(key)
    }

    /// A text field; empty when absent or of the wrong kind (and reported).
    fn get_text(&mut self, object: Object<'_>, at: &str, key: &str) -> String {
        match self.field(object, key) {
            Some(value) => self.text_of(&join(at, key), value),
            None => String::new(),
        }
    }

    fn text_of(&mut self, at: &str, value: &Json) -> String {
        match value {
            Json::String(text) => text.clone(),
            other => {
                self.report(
                    at,
                    Problem::WrongType {
                        expected: "text",
                        found: other.kind(),
                    },
                );
                String::new()
            }
        }
    }

    fn get_optional_text(&mut self, object: Object<'_>, at: &str, key: &str) -> Option<String> {
        self.field(object, key)
            .map(|value| self.text_of(&join(at, key), value))
    }

    /// A whole number field; 0 when absent or of the wrong kind (and reported).
    fn get_number(&mut self, object: Object<'_>, at: &str, key: &str) -> u64 {
        match self.field(object, key) {
            None => 0,
            Some(value) => value.as_u64().unwrap_or_else(|| {
                self.report(
                    join(at, key),
                    Problem::WrongType {
                        expected: "a whole number",
                        found: value.kind(),
                    },
                );
                0
            }),
        }
    }

    /// A list field, each entry read by `read` at `key[i]`; empty when absent
    /// or of the wrong kind. A list over `most` entries is reported.
    fn get_list<T>(
        &mut self,
        object: Object<'_>,
        at: &str,
        key: &str,
        most: usize,
        read: impl Fn(&mut Checker, &str, &Json) -> T,
    ) -> Vec<T> {
        self.get_optional_list(object, at, key, most, read)
            .unwrap_or_default()
    }

    /// A list field that may be absent (`None`); empty when of the wrong kind.
    fn get_optional_list<T>(
        &mut self,
        object: Object<'_>,
        at: &str,
        key: &str,
        most: usize,
        read: impl Fn(&mut Checker, &str, &Json) -> T,
    ) -> Option<Vec<T>> {
        let path = join(at, key);
        Some(match self.field(object, key)? {
            Json::Array(entries) => {
                if entries.len() > most {
                    self.report(
                        &path,
                        Problem::TooMany {
                            found: entries.len(),
                            max: most,
                        },
                    );
                }
                entries
                    .iter()
                    .enumerate()
                    .map(|(i, v)| read(self, &format!("{path}[{i}]"), v))
                    .collect()
            }
            other => {
                self.unreadable(
                    &path,
                    Problem::WrongType {
                        expected: "a list",
                        found: other.kind(),
                    },
                );
                Vec::new()
            }
        })
    }
}
