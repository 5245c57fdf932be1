//! Turns a read [`PackFile`] into a [`Pack`], or into every problem it has:
//! the ones reading found, and the rules of a pack (ids, answers, citations,
//! lengths, counts).
//!
//! Validation collects all problems instead of stopping at the first, so a
//! blogger fixing a pack sees the whole list at once.

use std::collections::HashMap;

use super::check::Checker;
use super::error::{PackErrors, Problem};
use super::pack::{
    Citation, ItemFile, Pack, PackFile, Role, Source, Verdict, View, ViewFile, MIN_ITEMS, SCHEMA,
};
use super::Item;
use crate::order;
use crate::quiz::Choice;

/// Longest accepted texts, in characters. Generous for real content; their job
/// is to catch a pasted article or a broken export, which would wreck the layout.
mod max {
    pub const NAME: usize = 24;
    pub const LABEL: usize = 40;
    pub const TITLE: usize = 120;
    pub const PHRASE: usize = 120;
    pub const STATEMENT: usize = 300;
    pub const PARAGRAPH: usize = 800;
}

pub(super) fn pack(file: PackFile, mut check: Checker) -> Result<Pack, PackErrors> {
    if !(1..=SCHEMA).contains(&file.schema) && !check.reported("schema") {
        // A different schema makes every other message noise.
        let mut only = Checker::default();
        only.report(
            "schema",
            Problem::UnsupportedSchema {
                found: file.schema,
                supported: SCHEMA,
            },
        );
        return Err(PackErrors(only.errors));
    }
    check.id("id", &file.id);
    check.text("version", &file.version, max::NAME);
    check.text("title", &file.title, max::TITLE);
    check.text("intro", &file.intro, max::PARAGRAPH);
    check.sources(&file.sources);
    check.roles(&file.roles);
    let items = check.items(file.items, &file.roles, &file.sources);
    check.verdicts(&file.verdicts);

    match (check.errors.is_empty(), <[Role; 2]>::try_from(file.roles)) {
        (true, Ok(roles)) => {
            let mut verdicts = file.verdicts;
            order::sort(&mut verdicts, |v| (v.from as i64, 0, 0));
            Ok(Pack {
                id: file.id,
                version: file.version,
                title: file.title,
                intro: file.intro,
                sources: file.sources,
                roles,
                items,
                verdicts,
            })
        }
        // A wrong role count is always among the errors.
        _ => Err(PackErrors(check.errors)),
    }
}

impl Checker {
    /// Text a reader sees: present, and not absurdly long.
    fn text(&mut self, path: &str, value: &str, max: usize) {
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

    fn texts(&mut self, path: &str, values: &[String], max: usize) {
        self.not_empty(path, values);
        for (i, value) in values.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), value, max);
        }
    }

    fn not_empty<T>(&mut self, path: &str, list: &[T]) {
        if list.is_empty() && !self.reported(path) {
            self.report(path, Problem::Empty);
        }
    }

    /// Ids end up in saved progress and links, so they stay plain.
    fn id(&mut self, path: &str, value: &str) {
        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        if self.reported(path) {
            return;
        }
        if value.is_empty() || value.len() > max::LABEL || !value.chars().all(plain) {
            self.report(
                path,
                Problem::NotAnId {
                    found: value.to_owned(),
                },
            );
        }
    }

    /// Reports every id used twice among `ids`, naming where it was first used.
    fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        for (i, first, id) in repeats(ids) {
            self.report(
                format!("{list}[{i}].id"),
                Problem::DuplicateId {
                    id: id.to_owned(),
                    first: format!("{list}[{first}]"),
                },
            );
        }
    }

    fn sources(&mut self, sources: &[Source]) {
        self.not_empty("sources", sources);
        for (i, source) in sources.iter().enumerate() {
            let at = format!("sources[{i}]");
            self.id(&format!("{at}.id"), &source.id);
            self.text(&format!("{at}.title"), &source.title, max::TITLE);
            self.texts(&format!("{at}.sections"), &source.sections, max::TITLE);
        }
        self.unique("sources", sources.iter().map(|s| s.id.as_str()));
    }

    fn roles(&mut self, roles: &[Role]) {
        if roles.len() != 2 && !self.reported("roles") {
            self.report("roles", Problem::RoleCount { found: roles.len() });
        }
        for (i, role) in roles.iter().enumerate() {
            let at = format!("roles[{i}]");
            self.id(&format!("{at}.id"), &role.id);
            if role.id == "both" {
                self.report(format!("{at}.id"), Problem::ReservedRoleId);
            }
            self.text(&format!("{at}.short"), &role.short, max::NAME);
            self.text(&format!("{at}.title"), &role.title, max::TITLE);
            self.text(&format!("{at}.summary"), &role.summary, max::PARAGRAPH);
            self.texts(&format!("{at}.focus"), &role.focus, max::PHRASE);
        }
        self.unique("roles", roles.iter().map(|r| r.id.as_str()));
    }

    fn items(&mut self, items: Vec<ItemFile>, roles: &[Role], sources: &[Source]) -> Vec<Item> {
        if items.len() < MIN_ITEMS && !self.reported("items") {
            self.report(
                "items",
                Problem::TooFewItems {
                    found: items.len(),
                    min: MIN_ITEMS,
                },
            );
        }
        self.unique("items", items.iter().map(|item| item.id.as_str()));
        for (i, first, label) in repeats(items.iter().map(|item| item.label.as_str())) {
            self.report(
                format!("items[{i}].label"),
                Problem::DuplicateLabel {
                    label: label.to_owned(),
                    first: format!("items[{first}]"),
                },
            );
        }
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| self.item(&format!("items[{i}]"), item, roles, sources))
            .collect()
    }

    fn item(&mut self, at: &str, item: ItemFile, roles: &[Role], sources: &[Source]) -> Item {
        self.id(&format!("{at}.id"), &item.id);
        self.text(&format!("{at}.label"), &item.label, max::LABEL);
        self.text(&format!("{at}.statement"), &item.statement, max::STATEMENT);
        self.text(
            &format!("{at}.explanation"),
            &item.explanation,
            max::PARAGRAPH,
        );
        if let Some(note) = &item.note {
            self.text(&format!("{at}.note"), note, max::PARAGRAPH);
        }
        let views = match (item.views, item.answer, item.sources) {
            (Some(views), None, None) => self.views(at, views, roles, sources),
            (Some(_), _, _) => {
                self.report(format!("{at}.views"), Problem::ViewsAndAnswer);
                Vec::new()
            }
            (None, None, None) => {
                // Schema 1 reports the missing answer while reading.
                if !self.reported(at) && !self.reported(&format!("{at}.answer")) {
                    self.report(at, Problem::NoAnswer);
                }
                Vec::new()
            }
            (None, answer, citations) => {
                let path = format!("{at}.answer");
                if answer.is_none() && !self.reported(&path) {
                    self.report(&path, Problem::Missing);
                }
                let answer = self.answer(&path, answer.as_deref().unwrap_or_default(), roles);
                let citations = citations.unwrap_or_default();
                self.citations(&format!("{at}.sources"), &citations, sources);
                vec![View {
                    answer,
                    sources: citations,
                }]
            }
        };
        Item {
            id: item.id,
            label: item.label,
            statement: item.statement,
            views,
            explanation: item.explanation,
            note: item.note,
        }
    }

    /// The views of an item the sources disagree on: two or more, each with
    /// its own answer and sources, not accepting every answer between them.
    fn views(
        &mut self,
        at: &str,
        views: Vec<ViewFile>,
        roles: &[Role],
        sources: &[Source],
    ) -> Vec<View> {
        let path = format!("{at}.views");
        if views.len() < 2 && !self.reported(&path) {
            self.report(&path, Problem::TooFewViews { found: views.len() });
        }
        for (i, first, answer) in repeats(views.iter().map(|v| v.answer.as_str())) {
            self.report(
                format!("{path}[{i}].answer"),
                Problem::RepeatedView {
                    answer: answer.to_owned(),
                    first: format!("views[{first}]"),
                },
            );
        }
        let views: Vec<View> = views
            .into_iter()
            .enumerate()
            .map(|(i, view)| {
                let at = format!("{path}[{i}]");
                let answer = self.answer(&format!("{at}.answer"), &view.answer, roles);
                self.citations(&format!("{at}.sources"), &view.sources, sources);
                View {
                    answer,
                    sources: view.sources,
                }
            })
            .collect();
        let every = Choice::ALL
            .iter()
            .all(|&c| views.iter().any(|v| v.answer == c));
        if every && !self.reported(&path) {
            self.report(&path, Problem::EveryAnswerAccepted);
        }
        views
    }

    /// The citations at `path`: at least one, each naming a listed source and
    /// one of its sections, with any quote short enough to be one.
    fn citations(&mut self, path: &str, citations: &[Citation], sources: &[Source]) {
        self.not_empty(path, citations);
        for (j, citation) in citations.iter().enumerate() {
            let cited = format!("{path}[{j}]");
            if let Some(quote) = &citation.quote {
                self.text(&format!("{cited}.quote"), quote, max::PHRASE);
            }
            let unsure = self.reported(&format!("{cited}.source"))
                || self.reported(&format!("{cited}.section"))
                || self.some_id_unread("sources", sources.len());
            match sources.iter().find(|s| s.id == citation.source) {
                _ if unsure => {}
                None => self.report(
                    format!("{cited}.source"),
                    Problem::UnknownSource {
                        found: citation.source.clone(),
                        known: quoted_list(sources.iter().map(|s| s.id.as_str()), "and"),
                    },
                ),
                Some(source) if !source.sections.contains(&citation.section) => self.report(
                    format!("{cited}.section"),
                    Problem::UnknownSection {
                        found: citation.section.clone(),
                        source_id: source.id.clone(),
                    },
                ),
                Some(_) => {}
            }
        }
    }

    /// The answer's [`Choice`]; after a reported error the value is a
    /// placeholder that never leaves validation.
    fn answer(&mut self, path: &str, answer: &str, roles: &[Role]) -> Choice {
        let position = roles.iter().position(|r| r.id == answer);
        match (answer, position) {
            ("both", _) => Choice::Both,
            (_, Some(0)) => Choice::First,
            (_, Some(1)) => Choice::Second,
            _ if self.reported(path) || self.some_id_unread("roles", roles.len()) => Choice::Both,
            _ => {
                let names = roles.iter().map(|r| r.id.as_str()).chain(["both"]);
                self.report(
                    path,
                    Problem::UnknownAnswer {
                        expected: quoted_list(names, "or"),
                        found: answer.to_owned(),
                    },
                );
                Choice::Both
            }
        }
    }

    /// Whether an entry of `list` has an id that could not be read: then
    /// nothing can be said about references to ids in it.
    fn some_id_unread(&self, list: &str, len: usize) -> bool {
        (0..len).any(|i| self.reported(&format!("{list}[{i}].id")))
    }

    fn verdicts(&mut self, verdicts: &[Verdict]) {
        self.not_empty("verdicts", verdicts);
        for (i, verdict) in verdicts.iter().enumerate() {
            let at = format!("verdicts[{i}]");
            if verdict.from > 100 {
                self.report(
                    format!("{at}.from"),
                    Problem::NotAPercentage {
                        found: verdict.from,
                    },
                );
            }
            self.text(&format!("{at}.text"), &verdict.text, max::TITLE);
        }
        if !verdicts.is_empty() && !verdicts.iter().any(|v| v.from == 0) {
            self.report("verdicts", Problem::NoVerdictFromZero);
        }
    }
}

/// Every value that repeats an earlier one: `(index, index of its first use,
/// value)`.
fn repeats<'a>(values: impl Iterator<Item = &'a str>) -> Vec<(usize, usize, &'a str)> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut found = Vec::new();
    for (i, value) in values.enumerate() {
        match first.get(value) {
            Some(&j) => found.push((i, j, value)),
            None => {
                first.insert(value, i);
            }
        }
    }
    found
}

/// `"cio", "cto" or "both"`.
fn quoted_list<'a>(words: impl Iterator<Item = &'a str>, last_joiner: &str) -> String {
    let words: Vec<String> = words.map(|w| format!("{w:?}")).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {last_joiner} {last}", rest.join(", ")),
    }
}
