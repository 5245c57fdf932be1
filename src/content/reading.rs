//! What the sources say about an item with more than one accepted answer,
//! worked out from its citations alone.
//!
//! Feedback once named one article per answer, and a reader who opened the
//! citations below found the same article on both sides (the CTO in its
//! description of the role, both roles where it describes the work done
//! together). So the sentence is derived here, article by article, and the
//! words only phrase it ([`crate::ui`]): it never names an article for an
//! answer none of that article's citations give, and never leaves out one
//! that gives an answer.

use super::{Item, Pack, Source};
use crate::quiz::Choice;

/// One article's stance on an item: every answer its citations give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stance<'a> {
    pub source: &'a Source,
    /// In the item's order of views, each with the sections that give it.
    pub answers: Vec<(Choice, Vec<&'a str>)>,
}

impl Stance<'_> {
    /// The answers alone, in the item's order of views.
    pub fn choices(&self) -> Vec<Choice> {
        self.answers.iter().map(|(choice, _)| *choice).collect()
    }

    /// No section gives two of the answers: where the article gives more
    /// than one, it does so in different places.
    pub fn apart(&self) -> bool {
        self.answers.iter().enumerate().all(|(i, (_, sections))| {
            self.answers[i + 1..]
                .iter()
                .all(|(_, others)| sections.iter().all(|s| !others.contains(s)))
        })
    }
}

/// Who a clause of the sentence is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who<'a> {
    /// One article, by its title.
    One(&'a Source),
    /// Every article the item cites, this many (two or more): "both
    /// articles".
    Every(usize),
}

/// One clause: who gives the item to which answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause<'a> {
    pub who: Who<'a>,
    /// One or two answers, in the item's order of views.
    pub answers: Vec<Choice>,
    /// With two answers: each comes from other sections ("in one section
    /// ... in another"); otherwise a section gives both.
    pub apart: bool,
}

/// An item's citations, article by article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading<'a> {
    /// Each article the item cites, in the pack's order of sources.
    pub articles: Vec<Stance<'a>>,
}

impl<'a> Reading<'a> {
    pub fn of(pack: &'a Pack, item: &'a Item) -> Reading<'a> {
        let articles = pack
            .sources
            .iter()
            .filter_map(|source| {
                let answers: Vec<(Choice, Vec<&str>)> = item
                    .views
                    .iter()
                    .filter_map(|view| {
                        let sections: Vec<&str> = view
                            .sources
                            .iter()
                            .filter(|c| c.source == source.id)
                            .map(|c| c.section.as_str())
                            .collect();
                        (!sections.is_empty()).then_some((view.answer, sections))
                    })
                    .collect();
                (!answers.is_empty()).then_some(Stance { source, answers })
            })
            .collect();
        Reading { articles }
    }

    /// The sentence's clauses: one for all the articles where they all say
    /// the same (answers and whether from separate sections), else one per
    /// article.
    pub fn clauses(&self) -> Vec<Clause<'a>> {
        let clause = |who, stance: &Stance| Clause {
            who,
            answers: stance.choices(),
            apart: stance.apart(),
        };
        match self.articles.as_slice() {
            [first, rest @ ..]
                if !rest.is_empty()
                    && rest
                        .iter()
                        .all(|s| s.choices() == first.choices() && s.apart() == first.apart()) =>
            {
                vec![clause(Who::Every(self.articles.len()), first)]
            }
            articles => articles
                .iter()
                .map(|stance| clause(Who::One(stance.source), stance))
                .collect(),
        }
    }

    /// The articles contradict each other: each gives answers no other
    /// gives (one the CIO, the other the CTO), rather than sharing one.
    pub fn disagree(&self) -> bool {
        self.articles.len() > 1
            && self.articles.iter().enumerate().all(|(i, stance)| {
                self.articles[i + 1..].iter().all(|other| {
                    let theirs = other.choices();
                    stance.choices().iter().all(|c| !theirs.contains(c))
                })
            })
    }
}

#[cfg(test)]
#[path = "reading_tests.rs"]
mod tests;
