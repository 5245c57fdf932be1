//! The shapes the built-in pack is compiled in as (`data.rs`, written by
//! `codegen.rs`): the pack's own structure with `&'static str` for text,
//! so it is static data, and one conversion into [`Pack`] at start. A
//! constructor expression per string cost 10.7 KB of code in the first
//! wasm module; static tables and the loops below cost a fraction of it.

use super::pack::{Citation, Item, Pack, Role, Source, Verdict, View};
use crate::lang::{Lang, Msg};
use crate::quiz::Choice;

pub struct PackData {
    pub id: &'static str,
    pub version: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub lang: Lang,
    pub ui: &'static [(Msg, &'static str)],
    pub sources: &'static [SourceData],
    pub roles: [RoleData; 2],
    pub items: &'static [ItemData],
    pub verdicts: &'static [(u64, &'static str)],
}

pub struct SourceData {
    pub id: &'static str,
    pub title: &'static str,
    pub url: Option<&'static str>,
    pub lang: Option<&'static str>,
    pub sections: &'static [&'static str],
}

pub struct RoleData {
    pub id: &'static str,
    pub short: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub focus: &'static [&'static str],
}

pub struct ItemData {
    pub id: &'static str,
    pub label: &'static str,
    pub statement: &'static str,
    pub views: &'static [ViewData],
    pub explanation: &'static str,
    pub note: Option<&'static str>,
}

pub struct ViewData {
    pub answer: Choice,
    /// Each citation as (source, section, quote).
    pub sources: &'static [(&'static str, &'static str, Option<&'static str>)],
}

fn owned(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

fn maybe(text: Option<&str>) -> Option<String> {
    text.map(str::to_owned)
}

impl RoleData {
    fn role(&self) -> Role {
        Role {
            id: self.id.into(),
            short: self.short.into(),
            title: self.title.into(),
            summary: self.summary.into(),
            focus: owned(self.focus),
        }
    }
}

impl PackData {
    /// The pack, as the reader would have made it of its JSON.
    pub fn pack(&self) -> Pack {
        Pack {
            id: self.id.into(),
            version: self.version.into(),
            title: self.title.into(),
            intro: self.intro.into(),
            lang: self.lang,
            ui: self.ui.iter().map(|(m, t)| (*m, (*t).to_owned())).collect(),
            sources: self
                .sources
                .iter()
                .map(|s| Source {
                    id: s.id.into(),
                    title: s.title.into(),
                    url: maybe(s.url),
                    lang: maybe(s.lang),
                    sections: owned(s.sections),
                })
                .collect(),
            roles: [self.roles[0].role(), self.roles[1].role()],
            items: self
                .items
                .iter()
                .map(|i| Item {
                    id: i.id.into(),
                    label: i.label.into(),
                    statement: i.statement.into(),
                    views: i
                        .views
                        .iter()
                        .map(|v| View {
                            answer: v.answer,
                            sources: v
                                .sources
                                .iter()
                                .map(|(source, section, quote)| Citation {
                                    source: (*source).into(),
                                    section: (*section).into(),
                                    quote: maybe(*quote),
                                })
                                .collect(),
                        })
                        .collect(),
                    explanation: i.explanation.into(),
                    note: maybe(i.note),
                })
                .collect(),
            verdicts: self
                .verdicts
                .iter()
                .map(|(from, text)| Verdict {
                    from: *from,
                    text: (*text).into(),
                })
                .collect(),
        }
    }
}
