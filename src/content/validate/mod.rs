//! Turns a pack as written ([`PackFile`]) into a [`Pack`], or into every
//! problem it has, in the order they stand in the pack: what reading found
//! (a missing or unknown field, a value of the wrong kind) and the rules of a
//! pack (ids, answers, citations, lengths, counts).
//!
//! Validation collects all problems instead of stopping at the first, so a
//! blogger fixing a pack sees the whole list at once.

mod item;

use std::collections::HashMap;

use super::check::{Checker, ROOT};
use super::error::{shortened, Guess, Location, PackError, PackErrors, Problem};
use super::file::{fields, Messages, PackFile, RoleFile, SourceFile, VerdictFile};
use super::lenient::Lenient;
use super::pack::{Pack, Role, Source, Verdict, SCHEMA};
use crate::lang::{self, Lang, Msg};
use crate::order;

/// Longest accepted texts, in characters. Generous for real content; their job
/// is to catch a pasted article or a broken export, which would wreck the layout.
/// (The pack studio's JSON Schema states them too.)
pub mod max {
    pub const NAME: usize = 24;
    pub const LABEL: usize = 40;
    pub const TITLE: usize = 120;
    pub const PHRASE: usize = 120;
    pub const STATEMENT: usize = 300;
    pub const PARAGRAPH: usize = 800;
}

/// The most entries a list may have: far above real packs, low enough that a
/// runaway export cannot freeze a reader's page.
pub mod most {
    pub const SOURCES: usize = 20;
    pub const SECTIONS: usize = 50;
    pub const ROLES: usize = usize::MAX;
    pub const FOCUS: usize = 12;
    pub const ITEMS: usize = 5000;
    pub const CITATIONS: usize = 10;
    /// Three views would accept every answer; validation says so.
    pub const VIEWS: usize = 3;
    pub const VERDICTS: usize = 20;
}

pub(super) fn pack(file: &Lenient<PackFile>) -> Result<Pack, PackErrors> {
    let mut check = Checker::default();
    let empty = PackFile::default();
    let file = check.object(ROOT, file, &empty);
    let newer = [
        ("lang", !matches!(file.lang, Lenient::Missing)),
        ("ui", !matches!(file.ui, Lenient::Missing)),
    ];
    let schema = check.value("schema", &file.schema, "a whole number", true);
    if let Some(&found) = schema.filter(|s| !(1..=SCHEMA).contains(*s)) {
        // A different schema makes every other message noise.
        let mut only = Checker::default();
        only.report(
            "schema",
            Problem::UnsupportedSchema {
                found,
                supported: SCHEMA,
            },
        );
        return Err(PackErrors(only.errors));
    }
    check.schema = schema.copied().unwrap_or(1);
    check.keys("", &file.unknown, fields::PACK, &newer);

    let id = check.id("id", &file.id);
    let version = check.text("version", &file.version, max::NAME);
    let title = check.text("title", &file.title, max::TITLE);
    let intro = check.text("intro", &file.intro, max::PARAGRAPH);
    let lang = check.lang(&file.lang);
    let ui = check.ui(&file.ui);
    let mut seen = Seen::new("sources");
    let sources = check.list(
        "sources",
        &file.sources,
        most::SOURCES,
        true,
        |c, at, i, e| c.source(at, i, e, &mut seen),
    );
    check.not_empty("sources", &sources);
    let mut seen = Seen::new("roles");
    let roles = check.list("roles", &file.roles, most::ROLES, true, |c, at, i, e| {
        c.role(at, i, e, &mut seen)
    });
    if roles.len() != 2 && !check.reported("roles") {
        check.report("roles", Problem::RoleCount { found: roles.len() });
    }
    let items = check.items(&file.items, &roles, &sources);
    let verdicts = check.list(
        "verdicts",
        &file.verdicts,
        most::VERDICTS,
        true,
        |c, at, _, e| c.verdict(at, e),
    );
    check.verdicts(&verdicts);

    let role_ids: Vec<String> = roles.iter().map(|r| r.id.clone()).collect();
    match (check.errors.is_empty(), <[Role; 2]>::try_from(roles)) {
        (true, Ok(roles)) => {
            let mut verdicts = verdicts;
            order::sort(&mut verdicts, |v| (v.from as i64, 0, 0));
            Ok(Pack {
                id,
                version,
                title,
                intro,
                lang,
                ui,
                sources,
                roles,
                items,
                verdicts,
            })
        }
        // A wrong role count is always among the errors.
        _ => {
            let mut errors = check.errors;
            name_entries(&mut errors, "items", items.iter().map(|i| i.id.as_str()));
            name_entries(
                &mut errors,
                "sources",
                sources.iter().map(|s| s.id.as_str()),
            );
            name_entries(&mut errors, "roles", role_ids.iter().map(String::as_str));
            Err(PackErrors::listed(errors))
        }
    }
}

/// Whether readers may follow `url`: a web page, or a page of the same
/// site. Nothing else (a `javascript:` link would run in the page).
pub fn is_link(url: &str) -> bool {
    let web = ["https://", "http://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    });
    // A path on this site: one slash, then not a second one. Browsers read
    // a backslash as a slash and drop tabs and newlines from URLs, so
    // "/\\evil.example" and "/\t/evil.example" lead off-site too.
    let same_site = url.starts_with('/')
        && !url.chars().any(|c| c == '\\' || c.is_ascii_control())
        && !url.starts_with("//");
    web || same_site
}

impl Checker {
    /// The pack's language: English when it names none (or one the widget
    /// does not speak, which is reported).
    fn lang(&mut self, field: &Lenient<String>) -> Lang {
        let Some(code) = self.value("lang", field, "text", false) else {
            return Lang::default();
        };
        Lang::parse(code).unwrap_or_else(|| {
            let codes = Lang::ALL.map(Lang::code);
            let guess = Guess::of(code, codes);
            self.report(
                "lang",
                Problem::UnknownLanguage {
                    found: code.clone(),
                    guess,
                },
            );
            Lang::default()
        })
    }

    /// The pack's wording of the widget's messages: each key one of the
    /// catalogue's, each text present, with only the slots its message fills.
    fn ui(&mut self, field: &Lenient<Messages>) -> Vec<(Msg, String)> {
        let Some(messages) = self.value("ui", field, "an object", false) else {
            return Vec::new();
        };
        let mut ui = Vec::new();
        for (key, text) in &messages.0 {
            let at = format!("ui.{}", shortened(key));
            let Some(msg) = Msg::from_key(key) else {
                let keys = Msg::ALL.iter().map(|m| m.key());
                self.report(
                    at,
                    Problem::UnknownMessage {
                        guess: Guess::of(key, keys.clone()),
                        expected: keys.collect::<Vec<_>>().join(", "),
                    },
                );
                continue;
            };
            let text = self.text(&at, text, max::PARAGRAPH);
            let fills = msg.fills();
            if let Some(slot) = lang::slots(&text).into_iter().find(|s| !fills.contains(s)) {
                let fills = match fills.is_empty() {
                    true => "none".to_owned(),
                    false => fills
                        .iter()
                        .map(|s| format!("{{{s}}}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                self.report(
                    at,
                    Problem::UnknownSlot {
                        slot: slot.to_owned(),
                        fills,
                    },
                );
                continue;
            }
            ui.push((msg, text));
        }
        ui
    }
}

/// Names the entry a problem is in by its id as well as its place, so a
/// blogger finds it without counting from zero: `items[2].explanation`
/// becomes `items[2] ("customer-interviews").explanation`.
fn name_entries<'a>(errors: &mut [PackError], list: &str, ids: impl Iterator<Item = &'a str>) {
    let ids: Vec<&str> = ids.collect();
    for error in errors {
        let Location::Field(path) = &mut error.at else {
            continue;
        };
        let Some(rest) = path.strip_prefix(list).and_then(|r| r.strip_prefix('[')) else {
            continue;
        };
        let Some((index, after)) = rest.split_once(']') else {
            continue;
        };
        let id = index
            .parse::<usize>()
            .ok()
            .and_then(|i| ids.get(i))
            .copied();
        // A problem with the id itself says the id already.
        if let Some(id) = id.filter(|id| !id.is_empty() && after != ".id") {
            *path = format!("{list}[{index}] ({:?}){after}", shortened(id));
        }
    }
}

/// The first use of each id (or label) in a list, to name that entry when
/// one is used again.
struct Seen {
    /// How problems name the list (`items`, or `views` within an item).
    list: &'static str,
    first: HashMap<String, usize>,
}

impl Seen {
    fn new(list: &'static str) -> Self {
        Seen {
            list,
            first: HashMap::new(),
        }
    }

    /// The entry (`items[2]`) that used `value` before entry `index`.
    fn repeat(&mut self, value: &str, index: usize) -> Option<String> {
        match self.first.get(value) {
            Some(first) => Some(format!("{}[{first}]", self.list)),
            None => {
                self.first.insert(value.to_owned(), index);
                None
            }
        }
    }
}

impl Checker {
    /// Ids end up in saved progress and links, so they stay plain.
    fn id(&mut self, path: &str, field: &Lenient<String>) -> String {
        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        let Some(value) = self.value(path, field, "text", true) else {
            return String::new();
        };
        if value.is_empty() || value.len() > max::LABEL || !value.chars().all(plain) {
            self.report(
                path,
                Problem::NotAnId {
                    found: value.clone(),
                },
            );
        }
        value.clone()
    }

    /// An entry's id, also reported when an earlier entry of its list has it.
    fn unique_id(
        &mut self,
        at: &str,
        index: usize,
        field: &Lenient<String>,
        seen: &mut Seen,
    ) -> String {
        let path = format!("{at}.id");
        let id = self.id(&path, field);
        if self.reported(&path) {
            return id;
        }
        if let Some(first) = seen.repeat(&id, index) {
            self.report(
                &path,
                Problem::DuplicateId {
                    id: id.clone(),
                    first,
                },
            );
        }
        id
    }

    fn source(
        &mut self,
        at: &str,
        index: usize,
        entry: &Lenient<SourceFile>,
        seen: &mut Seen,
    ) -> Source {
        let empty = SourceFile::default();
        let source = self.object(at, entry, &empty);
        self.keys(at, &source.unknown, fields::SOURCE, &[]);
        Source {
            id: self.unique_id(at, index, &source.id, seen),
            title: self.text(&format!("{at}.title"), &source.title, max::TITLE),
            url: self.link(&format!("{at}.url"), &source.url),
            lang: self.language_tag(&format!("{at}.lang"), &source.lang),
            sections: self.texts(
                &format!("{at}.sections"),
                &source.sections,
                most::SECTIONS,
                max::TITLE,
            ),
        }
    }

    /// The language an article is written in, as a BCP 47 tag ("en",
    /// "pt-BR"): any language, not only the widget's four, as it marks
    /// the article's title and quotes for screen readers.
    fn language_tag(&mut self, path: &str, field: &Lenient<String>) -> Option<String> {
        let tag = self.optional_text(path, field, max::TITLE)?;
        let mut parts = tag.split('-');
        let first = parts.next().unwrap_or_default();
        let fits = (2..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_alphabetic())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !(fits || self.reported(path)) {
            self.report(path, Problem::NotALanguageTag { found: tag.clone() });
        }
        Some(tag)
    }

    /// A link readers may follow: to a web page, or a page of the same
    /// site. Nothing else (a `javascript:` link would run in the page).
    fn link(&mut self, path: &str, field: &Lenient<String>) -> Option<String> {
        let url = self.optional_text(path, field, max::PARAGRAPH)?;
        if !(is_link(&url) || self.reported(path)) {
            self.report(path, Problem::NotALink { found: url.clone() });
        }
        Some(url)
    }

    fn role(&mut self, at: &str, index: usize, entry: &Lenient<RoleFile>, seen: &mut Seen) -> Role {
        let empty = RoleFile::default();
        let role = self.object(at, entry, &empty);
        self.keys(at, &role.unknown, fields::ROLE, &[]);
        let id = self.unique_id(at, index, &role.id, seen);
        if id == "both" {
            self.report(format!("{at}.id"), Problem::ReservedRoleId);
        }
        Role {
            id,
            short: self.text(&format!("{at}.short"), &role.short, max::NAME),
            title: self.text(&format!("{at}.title"), &role.title, max::TITLE),
            summary: self.text(&format!("{at}.summary"), &role.summary, max::PARAGRAPH),
            focus: self.texts(
                &format!("{at}.focus"),
                &role.focus,
                most::FOCUS,
                max::PHRASE,
            ),
        }
    }

    fn verdict(&mut self, at: &str, entry: &Lenient<VerdictFile>) -> Verdict {
        let empty = VerdictFile::default();
        let verdict = self.object(at, entry, &empty);
        self.keys(at, &verdict.unknown, fields::VERDICT, &[]);
        let from = self.number(&format!("{at}.from"), &verdict.from);
        if from > 100 {
            self.report(
                format!("{at}.from"),
                Problem::NotAPercentage { found: from },
            );
        }
        Verdict {
            from,
            text: self.text(&format!("{at}.text"), &verdict.text, max::TITLE),
        }
    }

    fn verdicts(&mut self, verdicts: &[Verdict]) {
        self.not_empty("verdicts", verdicts);
        if !verdicts.is_empty()
            && !verdicts.iter().any(|v| v.from == 0)
            && !self.reported("verdicts")
        {
            self.report("verdicts", Problem::NoVerdictFromZero);
        }
    }
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
