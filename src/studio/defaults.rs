//! What the studio fills in where a blogger left a field empty, so that a
//! pack needs only its roles, items and a source: ids made from names, a
//! version, a title and an intro made from the roles, the schema, and
//! verdicts. The form shows each default as its field's placeholder; the
//! pack written (downloaded, previewed, checked) has them filled in, and an
//! answer written as a role's short name as that role's id.

use std::collections::HashSet;

use super::draft::{Draft, DraftVerdict, Text};
use crate::content::{Location, PackError, Problem, SCHEMA};

/// Verdicts for a pack that has none, from a score on (percent).
const VERDICTS: [(u64, &str); 3] = [
    (
        0,
        "A start: the explanations show where the roles part ways.",
    ),
    (50, "Good: you know the main lines between the two roles."),
    (80, "Excellent: you know who does what."),
];

/// `text` as an id: lowercase ASCII letters and digits, words joined by
/// hyphens ("Customer interviews!" → "customer-interviews"); other letters
/// are dropped, so a label of only those gives nothing.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() >= 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    slug
}

/// The first of `base`, `base-2`, `base-3` … not in `taken`, which it joins.
fn unique(base: &str, taken: &mut HashSet<String>) -> String {
    let mut candidate = base.to_owned();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// Gives each entry with an empty id one made from the first of its
/// `names` that makes one ("role-2" when none does), never an id another
/// entry has or `reserved` holds.
fn made_ids<T>(
    entries: &mut [T],
    kind: &str,
    reserved: &[&str],
    id: fn(&mut T) -> &mut Text,
    names: fn(&T) -> Vec<&str>,
) {
    let mut taken: HashSet<String> = reserved.iter().map(|r| (*r).to_owned()).collect();
    for entry in entries.iter_mut() {
        taken.insert(id(entry).0.clone());
    }
    for (i, entry) in entries.iter_mut().enumerate() {
        let base = names(entry)
            .into_iter()
            .map(slug)
            .find(|base| !base.is_empty())
            .unwrap_or_else(|| format!("{kind}-{}", i + 1));
        fill(id(entry), || unique(&base, &mut taken));
    }
}

/// Writes as its role's id each answer written as a role's short name
/// ("CEO", as a table imported before the roles were named left it), once
/// the roles have their ids.
fn answers_by_role_id(pack: &mut Draft) {
    let roles: Vec<(String, String)> = pack
        .roles
        .iter()
        .map(|r| (r.short.as_str().trim().to_owned(), r.id.0.clone()))
        .collect();
    let resolve = |answer: &mut Text| {
        let written = answer.as_str().trim();
        if written == "both" || roles.iter().any(|(_, id)| id == written) {
            return;
        }
        let by_name = roles
            .iter()
            .find(|(short, _)| !short.is_empty() && short.eq_ignore_ascii_case(written));
        if let Some((_, id)) = by_name {
            answer.0 = id.clone();
        }
    };
    for item in &mut pack.items {
        resolve(&mut item.answer);
        for view in &mut item.views {
            resolve(&mut view.answer);
        }
    }
}

/// Fills `field` with `default` when it is empty.
fn fill(field: &mut Text, default: impl FnOnce() -> String) {
    if field.0.trim().is_empty() {
        let value = default();
        if !value.is_empty() {
            field.0 = value;
        }
    }
}

impl Draft {
    /// The draft with every default filled in: what is checked and written.
    pub fn completed(&self) -> Draft {
        let mut pack = self.clone();
        pack.schema.get_or_insert(SCHEMA);
        let shorts: Vec<&str> = pack.roles.iter().map(|r| r.short.as_str().trim()).collect();
        let named = shorts.len() == 2 && shorts.iter().all(|s| !s.is_empty());
        fill(&mut pack.title, || {
            if named {
                format!("{} or {}? Who does what", shorts[0], shorts[1])
            } else {
                String::new()
            }
        });
        fill(&mut pack.intro, || {
            if named {
                format!(
                    "Some responsibilities belong to the {0}, some to the {1}, and some they share. Place each one, and see why.",
                    shorts[0], shorts[1]
                )
            } else {
                String::new()
            }
        });
        let id = match slug(pack.title.as_str()) {
            id if !id.is_empty() => id,
            _ => "my-pack".to_owned(),
        };
        fill(&mut pack.id, || id);
        fill(&mut pack.version, || "1.0.0".to_owned());

        // "both" is the shared answer, never a role's id.
        made_ids(
            &mut pack.roles,
            "role",
            &["both"],
            |r| &mut r.id,
            |r| vec![r.short.as_str()],
        );
        made_ids(
            &mut pack.sources,
            "source",
            &[],
            |s| &mut s.id,
            |s| vec![s.title.as_str()],
        );
        made_ids(
            &mut pack.items,
            "item",
            &[],
            |i| &mut i.id,
            |i| vec![i.label.as_str(), i.statement.as_str()],
        );
        answers_by_role_id(&mut pack);
        if pack.verdicts.is_empty() {
            pack.verdicts = VERDICTS
                .iter()
                .map(|&(from, text)| DraftVerdict {
                    from: Text::new(from.to_string()),
                    text: Text::new(text),
                    ..DraftVerdict::default()
                })
                .collect();
        }
        pack
    }
}

impl Draft {
    /// Whether `error` is a field the studio fills in from the roles' short
    /// names (the title, the intro) while a role has none yet: not work for
    /// the blogger, whose list names the short names instead.
    pub fn waits_for_roles(&self, error: &PackError) -> bool {
        let unnamed = self
            .roles
            .iter()
            .any(|r| r.short.as_str().trim().is_empty());
        unnamed
            && matches!(error.problem, Problem::Missing | Problem::Empty)
            && matches!(&error.at, Location::Field(path) if path == "title" || path == "intro")
    }

    /// Writes the made-up ids of the roles and sources into the draft, once
    /// an answer or a citation names them: from then on they no longer
    /// follow the role's short name or the source's title, so renaming one
    /// never cuts the items off from it.
    pub fn pin_ids(&mut self) {
        let completed = self.completed();
        for (role, made) in self.roles.iter_mut().zip(&completed.roles) {
            if role.id.0.trim().is_empty() {
                role.id = made.id.clone();
            }
        }
        for (source, made) in self.sources.iter_mut().zip(&completed.sources) {
            if source.id.0.trim().is_empty() {
                source.id = made.id.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Pack;
    use crate::studio::draft::{DraftCitation, DraftItem, DraftRole, DraftSource};

    #[test]
    fn slugs_keep_ascii_words_joined_by_hyphens() {
        for (text, slug_of) in [
            ("Customer interviews!", "customer-interviews"),
            ("  CIO ", "cio"),
            ("R&D budget 2025", "r-d-budget-2025"),
            ("Über", "ber"),
            ("日本", ""),
        ] {
            assert_eq!(slug(text), slug_of, "{text}");
        }
    }

    fn minimal(labels: &[&str]) -> Draft {
        let role = |short: &str, title: &str| DraftRole {
            short: Text::new(short),
            title: Text::new(title),
            summary: Text::new("Does things."),
            focus: vec![Text::new("Things")],
            ..DraftRole::default()
        };
        Draft {
            sources: vec![DraftSource {
                title: Text::new("My post"),
                sections: vec![Text::new("Intro")],
                ..DraftSource::default()
            }],
            roles: vec![
                role("CEO", "Chief Executive"),
                role("COO", "Chief Operating"),
            ],
            items: labels
                .iter()
                .map(|label| DraftItem {
                    label: Text::new(*label),
                    statement: Text::new(format!("Doing {label}")),
                    answer: Text::new("both"),
                    sources: vec![DraftCitation {
                        source: Text::new("my-post"),
                        section: Text::new("Intro"),
                        ..DraftCitation::default()
                    }],
                    explanation: Text::new("Both do."),
                    ..DraftItem::default()
                })
                .collect(),
            ..Draft::default()
        }
    }

    #[test]
    fn default_verdicts_are_whole_sentences() {
        for verdict in Draft::blank().completed().verdicts {
            assert!(verdict.text.as_str().ends_with('.'), "{:?}", verdict.text);
        }
    }

    #[test]
    fn roles_items_and_a_source_make_a_valid_pack_once_completed() {
        let draft = minimal(&["Hiring", "Budgets", "Vision"]);
        assert!(Pack::from_json(&draft.to_json()).is_err());
        let pack = Pack::from_json(&draft.completed().to_json()).unwrap();
        assert_eq!(pack.id, "ceo-or-coo-who-does-what");
        assert_eq!(pack.roles[0].id, "ceo");
        assert_eq!(pack.items[1].id, "budgets");
        assert_eq!(pack.verdicts.len(), VERDICTS.len());
    }

    #[test]
    fn derived_ids_never_repeat_one_already_there() {
        let mut draft = minimal(&["Hiring", "Hiring!", "Vision"]);
        draft.items[2].id = Text::new("hiring-2");
        let pack = draft.completed();
        let ids: Vec<&str> = pack.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["hiring", "hiring-3", "hiring-2"]);
    }

    #[test]
    fn what_the_blogger_wrote_is_never_replaced() {
        let mut draft = minimal(&["Hiring", "Budgets", "Vision"]);
        draft.title = Text::new("Mine");
        draft.items[0].id = Text::new("my-id");
        let pack = draft.completed();
        assert_eq!(pack.title.as_str(), "Mine");
        assert_eq!(pack.id.as_str(), "mine");
        assert_eq!(pack.items[0].id.as_str(), "my-id");
    }
}
