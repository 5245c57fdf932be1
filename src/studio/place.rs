//! Where a problem is, in the words of the form: `items[2].explanation`
//! becomes "Item 3 “Customer interviews” › explanation", with the form field
//! to focus. The problem itself keeps validation's words, the ones
//! `check-pack` prints.

use super::draft::Draft;
use super::path::{field_ids, steps, Step};
use crate::content::{shortened, Location, PackError, Problem};

/// A problem as the studio lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where, in the form's words.
    pub place: String,
    /// What is wrong, as `check-pack` says it.
    pub problem: String,
    /// The form fields to focus, the most precise first (see
    /// [`field_ids`]); empty for a problem with the text itself.
    pub fields: Vec<String>,
    /// A field not filled in yet: work to do rather than a mistake.
    pub missing: bool,
    /// How many problems it stands for: one, or the ones not listed.
    pub count: usize,
}

/// `error` as the studio lists it, its place named from `draft`.
pub fn found(error: &PackError, draft: &Draft) -> Found {
    match &error.at {
        Location::Field(path) => Found {
            place: place(path, draft),
            problem: error.problem.to_string(),
            fields: field_ids(path),
            missing: matches!(error.problem, Problem::Missing | Problem::Empty),
            count: match error.problem {
                Problem::More { count } => count,
                _ => 1,
            },
        },
        Location::Text { .. } => Found {
            place: error.at.to_string(),
            problem: error.problem.to_string(),
            fields: Vec::new(),
            missing: false,
            count: 1,
        },
    }
}

/// "Item 3 “Customer interviews” › explanation" for `items[2].explanation`.
pub fn place(path: &str, draft: &Draft) -> String {
    let steps = steps(path);
    let mut words: Vec<String> = Vec::new();
    let mut list = "";
    let mut outer: &str = "";
    for (i, step) in steps.iter().enumerate() {
        match step {
            Step::Key(key) => {
                list = key;
                let next_is_entry = matches!(steps.get(i + 1), Some(Step::Index(_)));
                if !next_is_entry {
                    words.push(field_name(outer, key));
                }
            }
            Step::Index(index) => {
                words.push(entry_name(list, *index, draft, words.is_empty()));
                outer = list;
            }
        }
    }
    if words.is_empty() {
        return "The pack".to_owned();
    }
    words.join(" › ")
}

/// The name of list `list`'s entry at `index`: "Item 3 “Hiring”".
fn entry_name(list: &str, index: usize, draft: &Draft, top: bool) -> String {
    let n = index + 1;
    let named = |kind: &str, name: Option<&str>| match name.map(str::trim) {
        Some(name) if !name.is_empty() => {
            format!("{kind} {n} \u{201c}{}\u{201d}", shortened(name))
        }
        _ => format!("{kind} {n}"),
    };
    match (list, top) {
        ("items", true) => named("Item", draft.items.get(index).map(|i| i.label.as_str())),
        ("roles", true) => named("Role", draft.roles.get(index).map(|r| r.short.as_str())),
        ("sources", true) => named("Source", draft.sources.get(index).map(|s| s.title.as_str())),
        ("verdicts", true) => format!("Verdict {n}"),
        ("sources", false) => format!("citation {n}"),
        ("views", _) => format!("view {n}"),
        ("sections", _) => format!("section {n}"),
        ("focus", _) => format!("focus area {n}"),
        _ => format!("{list} {n}"),
    }
}

/// A field's name in the form, in the object `outer` (the list it is in).
fn field_name(outer: &str, key: &str) -> String {
    let name = match (outer, key) {
        ("", "id") => "pack id",
        ("", "title") => "Title",
        ("", "intro") => "Intro",
        ("", "lang") => "Language of the quiz",
        ("", "ui") => "Wording of the widget",
        ("", "version") => "Version",
        ("", "schema") => "Schema",
        ("", "sources") => "Sources",
        ("", "roles") => "Roles",
        ("", "items") => "Items",
        ("", "verdicts") => "Verdicts",
        ("roles", "short") => "short name",
        ("roles", "title") => "full title",
        ("roles", "focus") => "focus areas",
        ("sources", "url") => "link",
        ("sources", "sources") => "citations",
        ("items", "sources") => "citations",
        ("views", "sources") => "citations",
        ("verdicts", "from") => "from (%)",
        (
            _,
            "id" | "title" | "summary" | "sections" | "label" | "statement" | "answer" | "views"
            | "explanation" | "note" | "source" | "section" | "quote" | "text",
        ) => key,
        // A field the format does not have, as written.
        _ => return format!("\u{201c}{}\u{201d}", shortened(key)),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Pack;

    fn draft() -> Draft {
        Draft::from_json(crate::content::BUILTIN_JSON).unwrap()
    }

    #[test]
    fn places_name_entries_by_number_and_name() {
        let draft = draft();
        let label = draft.items[2].label.as_str().to_owned();
        let role = draft.roles[1].short.as_str().to_owned();
        let cases = [
            ("pack", "The pack".to_owned()),
            ("title", "Title".to_owned()),
            (
                "items[2] (\"x\").explanation",
                format!("Item 3 \u{201c}{label}\u{201d} › explanation"),
            ),
            (
                "items[2].views[1].sources[0].section",
                format!("Item 3 \u{201c}{label}\u{201d} › view 2 › citation 1 › section"),
            ),
            (
                "roles[1].focus[0]",
                format!("Role 2 \u{201c}{role}\u{201d} › focus area 1"),
            ),
            ("verdicts[0].from", "Verdict 1 › from (%)".to_owned()),
            (
                "items[2].explaination",
                format!("Item 3 \u{201c}{label}\u{201d} › \u{201c}explaination\u{201d}"),
            ),
            ("items[99].label", "Item 100 › label".to_owned()),
        ];
        for (path, expected) in cases {
            assert_eq!(place(path, &draft), expected, "{path}");
        }
    }

    #[test]
    fn every_problem_of_a_broken_pack_has_a_place_and_check_packs_words() {
        let mut draft = draft();
        draft.items[0].explanation = Default::default();
        draft.items[1].answer = super::super::draft::Text::new("ceo");
        let errors = Pack::from_json(&draft.to_json()).unwrap_err();
        let listed: Vec<Found> = errors.0.iter().map(|e| found(e, &draft)).collect();
        assert_eq!(listed.len(), 2);
        assert!(listed[0].place.starts_with("Item 1 \u{201c}"), "{listed:?}");
        assert!(listed[0].place.ends_with("› explanation"));
        assert_eq!(listed[0].problem, "is missing");
        assert_eq!(listed[0].fields[0], "f-items-0-explanation");
        assert_eq!(listed[1].problem, errors.0[1].problem.to_string());
    }
}
