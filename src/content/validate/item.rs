//! The items of a pack: each with one answer and its sources, or with views
//! where the sources disagree, and every citation pointing at a listed
//! section of a listed source.

use super::super::check::Checker;
use super::super::error::{Guess, Problem};
use super::super::file::{fields, CitationFile, ItemFile, List, ViewFile};
use super::super::lenient::Lenient;
use super::super::pack::{Citation, Item, Role, Source, View, MIN_ITEMS};
use super::{max, most, quoted_list, Seen};
use crate::quiz::Choice;

/// What earlier items used that a later item may not use again.
struct Taken {
    ids: Seen,
    labels: Seen,
}

impl Checker {
    pub(super) fn items(
        &mut self,
        items: &List<ItemFile>,
        roles: &[Role],
        sources: &[Source],
    ) -> Vec<Item> {
        let mut taken = Taken {
            ids: Seen::new("items"),
            labels: Seen::new("items"),
        };
        let items = self.list("items", items, most::ITEMS, true, |check, at, i, entry| {
            check.item(at, i, entry, roles, sources, &mut taken)
        });
        if items.len() < MIN_ITEMS && !self.reported("items") {
            self.report(
                "items",
                Problem::TooFewItems {
                    found: items.len(),
                    min: MIN_ITEMS,
                },
            );
        }
        items
    }

    fn item(
        &mut self,
        at: &str,
        index: usize,
        entry: &Lenient<ItemFile>,
        roles: &[Role],
        sources: &[Source],
        taken: &mut Taken,
    ) -> Item {
        let empty = ItemFile::default();
        let item = self.object(at, entry, &empty);
        let views = ("views", !item.views.is_missing());
        self.keys(at, &item.unknown, fields::ITEM, &[views]);
        let id = self.unique_id(at, index, &item.id, &mut taken.ids);
        let label_path = format!("{at}.label");
        let label = self.text(&label_path, &item.label, max::LABEL);
        if !self.reported(&label_path) {
            if let Some(first) = taken.labels.repeat(&label, index) {
                self.report(
                    &label_path,
                    Problem::DuplicateLabel {
                        label: label.clone(),
                        first,
                    },
                );
            }
        }
        let statement = self.text(&format!("{at}.statement"), &item.statement, max::STATEMENT);
        let views = self.views_of(at, item, roles, sources);
        Item {
            id,
            label,
            statement,
            views,
            explanation: self.text(
                &format!("{at}.explanation"),
                &item.explanation,
                max::PARAGRAPH,
            ),
            note: self.optional_text(&format!("{at}.note"), &item.note, max::PARAGRAPH),
        }
    }

    /// What the sources say: `answer` and `sources` make one view; from
    /// schema 2 on, `views` may stand instead, never beside them.
    fn views_of(
        &mut self,
        at: &str,
        item: &ItemFile,
        roles: &[Role],
        sources: &[Source],
    ) -> Vec<View> {
        let single = !item.answer.is_missing() || !item.sources.is_missing();
        let views_allowed = self.schema >= super::super::check::SCHEMA_2;
        match (views_allowed && !item.views.is_missing(), single) {
            (true, true) => {
                self.report(format!("{at}.views"), Problem::ViewsAndAnswer);
                Vec::new()
            }
            (true, false) => self.views(&format!("{at}.views"), &item.views, roles, sources),
            (false, false) if views_allowed => {
                self.report(at, Problem::NoAnswer);
                Vec::new()
            }
            (false, _) => vec![View {
                answer: self.answer(&format!("{at}.answer"), &item.answer, roles),
                sources: self.citations(&format!("{at}.sources"), &item.sources, sources),
            }],
        }
    }

    /// The views of an item the sources disagree on: two or more, each with
    /// its own answer and sources, not accepting every answer between them.
    fn views(
        &mut self,
        path: &str,
        views: &List<ViewFile>,
        roles: &[Role],
        sources: &[Source],
    ) -> Vec<View> {
        let mut answers = Seen::new("views");
        let views = self.list(path, views, most::VIEWS, true, |check, at, i, entry| {
            let empty = ViewFile::default();
            let view = check.object(at, entry, &empty);
            check.keys(at, &view.unknown, fields::VIEW, &[]);
            let answer_path = format!("{at}.answer");
            let answer = check.answer(&answer_path, &view.answer, roles);
            if let (Lenient::Ok(written), false) = (&view.answer, check.reported(&answer_path)) {
                if let Some(first) = answers.repeat(written, i) {
                    check.report(
                        &answer_path,
                        Problem::RepeatedView {
                            answer: written.clone(),
                            first,
                        },
                    );
                }
            }
            View {
                answer,
                sources: check.citations(&format!("{at}.sources"), &view.sources, sources),
            }
        });
        if views.len() < 2 && !self.reported(path) {
            self.report(path, Problem::TooFewViews { found: views.len() });
        }
        let every = Choice::ALL
            .iter()
            .all(|&c| views.iter().any(|v| v.answer == c));
        if every && !self.reported(path) {
            self.report(path, Problem::EveryAnswerAccepted);
        }
        views
    }

    /// The citations at `path`: at least one, each naming a listed source and
    /// one of its sections, with any quote short enough to be one.
    fn citations(
        &mut self,
        path: &str,
        citations: &List<CitationFile>,
        sources: &[Source],
    ) -> Vec<Citation> {
        let citations = self.list(
            path,
            citations,
            most::CITATIONS,
            true,
            |check, at, _, entry| check.citation(at, entry, sources),
        );
        self.not_empty(path, &citations);
        citations
    }

    fn citation(
        &mut self,
        at: &str,
        entry: &Lenient<CitationFile>,
        sources: &[Source],
    ) -> Citation {
        let empty = CitationFile::default();
        let citation = self.object(at, entry, &empty);
        let quote = ("quote", !citation.quote.is_missing());
        self.keys(at, &citation.unknown, fields::CITATION, &[quote]);
        let source_path = format!("{at}.source");
        let section_path = format!("{at}.section");
        let source = self.text(&source_path, &citation.source, max::LABEL);
        let section = self.text(&section_path, &citation.section, max::TITLE);
        let quote = if self.schema >= super::super::check::SCHEMA_2 {
            self.optional_text(&format!("{at}.quote"), &citation.quote, max::PHRASE)
        } else {
            None
        };
        let unsure = self.reported(&source_path)
            || self.reported(&section_path)
            || self.some_id_unread("sources", sources.len());
        match sources.iter().find(|s| s.id == source) {
            _ if unsure => {}
            None => self.report(
                source_path,
                Problem::UnknownSource {
                    found: source.clone(),
                    known: quoted_list(sources.iter().map(|s| s.id.as_str()), "and"),
                    guess: Guess::of(&source, sources.iter().map(|s| s.id.as_str())),
                },
            ),
            Some(listed) if !listed.sections.contains(&section) => self.report(
                section_path,
                Problem::UnknownSection {
                    found: section.clone(),
                    source_id: listed.id.clone(),
                    guess: Guess::of(&section, listed.sections.iter().map(String::as_str)),
                },
            ),
            Some(_) => {}
        }
        Citation {
            source,
            section,
            quote,
        }
    }

    /// The answer's [`Choice`]; after a reported problem the value is a
    /// placeholder that never leaves validation.
    fn answer(&mut self, path: &str, field: &Lenient<String>, roles: &[Role]) -> Choice {
        let Some(answer) = self.value(path, field, "text", true) else {
            return Choice::Both;
        };
        match (answer.as_str(), roles.iter().position(|r| &r.id == answer)) {
            ("both", _) => Choice::Both,
            (_, Some(0)) => Choice::First,
            (_, Some(1)) => Choice::Second,
            _ if self.some_id_unread("roles", roles.len()) => Choice::Both,
            _ => {
                let names = roles.iter().map(|r| r.id.as_str()).chain(["both"]);
                self.report(
                    path,
                    Problem::UnknownAnswer {
                        expected: quoted_list(names.clone(), "or"),
                        found: answer.clone(),
                        guess: Guess::of(answer, names),
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
}
