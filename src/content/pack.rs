//! The validated pack: what the quiz, the comparison and the views read.
//! Only [`Pack::from_json`] (`load.rs`) makes one.

use crate::lang::{Lang, Msg, Words};
use crate::quiz::{Accepted, Choice};

/// The newest pack schema this build reads. A pack states its schema so that
/// a later widget can read old packs, and an old widget can say clearly that a
/// pack is too new instead of failing on an unknown field.
///
/// Schema 2 added items with several views (where the sources disagree) and
/// quotes in citations; a schema 1 pack is still read as it always was.
pub const SCHEMA: u64 = 2;

/// The fewest items a pack can have: fewer do not make a round worth taking.
pub const MIN_ITEMS: usize = 3;

/// The longest pack text read, in bytes: a 5,000-item pack fits; a pasted
/// database dump does not get parsed on a reader's phone.
pub const MAX_BYTES: usize = 4_000_000;

/// A validated content pack: a pair of roles and the responsibilities to sort
/// between them. Only [`Pack::from_json`] makes one, so every `Pack` in the
/// program has passed validation: ids are unique, every answer names a role or
/// "both", every citation names a listed source section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pack {
    pub id: String,
    pub version: String,
    pub title: String,
    pub intro: String,
    /// The language of the pack's texts; the widget's words follow it
    /// (unless the page asks for another, see [`Pack::with_lang`]).
    pub lang: Lang,
    /// The pack's own wording of some of the widget's messages.
    pub ui: Vec<(Msg, String)>,
    pub sources: Vec<Source>,
    /// The first and the second role; answer [`Choice::First`] means `roles[0]`.
    pub roles: [Role; 2],
    pub items: Vec<Item>,
    /// Sorted by `from`, the first one from 0.
    pub verdicts: Vec<Verdict>,
}

/// An article the pack's facts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// A link to the article, when it is public.
    pub url: Option<String>,
    /// The language the article is written in, when the pack's texts are
    /// in another: its title and quotes are marked with it.
    pub lang: Option<String>,
    /// The section headings items may cite.
    pub sections: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub id: String,
    /// The name on buttons and badges: "CIO".
    pub short: String,
    /// "Chief Information Officer".
    pub title: String,
    pub summary: String,
    /// The role's main areas of work, a short phrase each.
    pub focus: Vec<String>,
}

/// One responsibility to place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable across pack versions, so saved progress and links can name it.
    pub id: String,
    /// A few words for tight spaces, such as a diagram.
    pub label: String,
    pub statement: String,
    /// What the sources say: one view for most items, two or more with
    /// different answers where the sources disagree. Never empty.
    pub views: Vec<View>,
    pub explanation: String,
    /// Shown with the explanation when the sources need a caveat.
    pub note: Option<String>,
}

/// One answer to an item and the sources that give it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub answer: Choice,
    /// Never empty.
    pub sources: Vec<Citation>,
}

/// A pointer to the section of a source article that backs an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// A [`Source::id`].
    pub source: String,
    pub section: String,
    /// A few words copied from that section, shown as a quotation: the
    /// evidence itself, not just where to find it.
    pub quote: Option<String>,
}

impl Item {
    /// Every answer a reader may give and be right.
    pub fn accepted(&self) -> Accepted {
        Accepted::of(self.views.iter().map(|v| v.answer))
    }

    /// The sources disagree on this item.
    pub fn is_disputed(&self) -> bool {
        self.views.len() > 1
    }

    /// The view that gives `answer`, if one does.
    pub fn view(&self, answer: Choice) -> Option<&View> {
        self.views.iter().find(|v| v.answer == answer)
    }

    /// Every citation, view by view.
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        self.views.iter().flat_map(|v| &v.sources)
    }
}

/// The one-line judgement for scores from `from` percent up to the next verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub from: u64,
    pub text: String,
}

impl Pack {
    /// The answers every item accepts, in pack order: what a round is built
    /// from.
    pub fn answer_key(&self) -> Vec<Accepted> {
        self.items.iter().map(Item::accepted).collect()
    }

    /// The role a choice names; `None` for [`Choice::Both`].
    pub fn role(&self, choice: Choice) -> Option<&Role> {
        match choice {
            Choice::First => Some(&self.roles[0]),
            Choice::Both => None,
            Choice::Second => Some(&self.roles[1]),
        }
    }

    /// How an answer is written in a pack, saved progress and events: the
    /// role's id, or "both".
    pub fn choice_id(&self, choice: Choice) -> &str {
        self.role(choice).map_or("both", |role| role.id.as_str())
    }

    /// The answer a role id (or "both") names.
    pub fn choice_by_id(&self, id: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|&c| self.choice_id(c) == id)
    }

    /// The index of the item with this id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// What the reader sees on an answer button: "CIO", "Both" or "CTO".
    pub fn choice_name(&self, choice: Choice) -> &str {
        self.role(choice)
            .map_or_else(|| self.words().get(Msg::Both), |role| role.short.as_str())
    }

    /// The widget's words for this pack: its language and its rewording.
    pub fn words(&self) -> Words<'_> {
        Words::new(self.lang, &self.ui)
    }

    /// The pack with its sources' addresses set from `links` (id, address),
    /// as a blogger gives them to the widget; the ids no source has, for a
    /// notice.
    pub fn with_links<'a>(&self, links: &'a [(String, String)]) -> (Pack, Vec<&'a str>) {
        let mut pack = self.clone();
        let mut unknown = Vec::new();
        for (id, url) in links {
            match pack.sources.iter_mut().find(|s| s.id == *id) {
                Some(source) => source.url = Some(url.clone()),
                None => unknown.push(id.as_str()),
            }
        }
        (pack, unknown)
    }

    /// The pack with the widget's words in `lang`, which the page asked
    /// for (`data-lang`); the pack's texts stay as they are.
    pub fn with_lang(&self, lang: Lang) -> Pack {
        Pack {
            lang,
            ..self.clone()
        }
    }

    /// The source a citation names.
    pub fn source(&self, citation: &Citation) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == citation.source)
    }

    /// "CTO vs CIO – Breaking Down the Differences".
    pub fn source_title<'a>(&'a self, citation: &'a Citation) -> &'a str {
        self.source(citation)
            .map_or(citation.source.as_str(), |s| s.title.as_str())
    }

    /// "CTO vs CIO – Breaking Down the Differences › The Role of the CIO".
    pub fn citation_text(&self, citation: &Citation) -> String {
        format!("{} › {}", self.source_title(citation), citation.section)
    }

    /// The verdict for a score in whole percent.
    pub fn verdict(&self, percent: u8) -> &str {
        self.verdicts
            .iter()
            .rev()
            .find(|v| v.from <= u64::from(percent))
            .map_or("", |v| v.text.as_str())
    }
}
