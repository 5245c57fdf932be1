//! The reading of an item's citations, case by case.

use super::*;
use crate::content::{self, Citation, Source, View};
use Choice::*;

/// The built-in pack with a third article, so a case can cite any of
/// three; `views` become its first item's.
fn item_with(views: &[(Choice, &[(&str, &str)])]) -> (Pack, Item) {
    let mut pack = content::builtin().unwrap();
    pack.sources.push(Source {
        id: "third".into(),
        title: "A Third Article".into(),
        url: None,
        lang: None,
        sections: vec!["One".into(), "Two".into()],
    });
    let mut item = pack.items[0].clone();
    item.views = views
        .iter()
        .map(|(answer, cites)| View {
            answer: *answer,
            sources: cites
                .iter()
                .map(|(source, section)| Citation {
                    source: (*source).into(),
                    section: (*section).into(),
                    quote: None,
                })
                .collect(),
        })
        .collect();
    (pack, item)
}

fn who<'a>(clause: &Clause<'a>) -> String {
    match &clause.who {
        Who::One(source) => source.id.clone(),
        Who::Every(n) => format!("every {n}"),
    }
}

fn summary(views: &[(Choice, &[(&str, &str)])]) -> (Vec<(String, Vec<Choice>, bool)>, bool) {
    let (pack, item) = item_with(views);
    let reading = Reading::of(&pack, &item);
    let clauses = reading
        .clauses()
        .iter()
        .map(|c| (who(c), c.answers.clone(), c.apart))
        .collect();
    (clauses, reading.disagree())
}

fn clause(who: &str, answers: &[Choice], apart: bool) -> (String, Vec<Choice>, bool) {
    (who.to_owned(), answers.to_vec(), apart)
}

#[test]
fn one_article_against_the_other_is_a_disagreement() {
    let (clauses, disagree) = summary(&[
        (First, &[("relationship", "Strategy Alignment")]),
        (Second, &[("differences", "The Role of the CTO")]),
    ]);
    assert!(disagree);
    assert_eq!(
        clauses,
        [
            clause("relationship", &[First], true),
            clause("differences", &[Second], true)
        ]
    );
}

#[test]
fn articles_saying_the_same_two_things_are_one_clause() {
    let (clauses, disagree) = summary(&[
        (
            Second,
            &[
                ("relationship", "The Distinction between CIOs and CTOs"),
                ("differences", "The Role of the CTO"),
            ],
        ),
        (
            Both,
            &[
                (
                    "differences",
                    "Collaboration and Overlapping Responsibilities",
                ),
                ("relationship", "Risk Management"),
            ],
        ),
    ]);
    assert!(!disagree, "both articles give both answers");
    assert_eq!(clauses, [clause("every 2", &[Second, Both], true)]);
}

#[test]
fn a_section_giving_two_answers_is_not_told_as_two_sections() {
    let distinction = ("relationship", "The Distinction between CIOs and CTOs");
    let (clauses, _) = summary(&[
        (First, &[distinction]),
        (
            Second,
            &[distinction, ("differences", "The Role of the CTO")],
        ),
    ]);
    assert_eq!(
        clauses,
        [
            clause("relationship", &[First, Second], false),
            clause("differences", &[Second], true)
        ]
    );
}

#[test]
fn an_article_citing_both_answers_and_one_citing_one_share_no_clause() {
    let (clauses, disagree) = summary(&[
        (First, &[("third", "One")]),
        (
            Both,
            &[
                ("third", "Two"),
                ("relationship", "Risk Management"),
                ("differences", "The Role of the CIO"),
            ],
        ),
    ]);
    assert!(!disagree, "they share Both");
    // In the pack's order of sources, not the order of citations.
    assert_eq!(
        clauses,
        [
            clause("relationship", &[Both], true),
            clause("differences", &[Both], true),
            clause("third", &[First, Both], true)
        ]
    );
}

#[test]
fn three_articles_saying_the_same_are_every_article() {
    let (clauses, _) = summary(&[
        (
            First,
            &[
                ("relationship", "Strategy Alignment"),
                ("differences", "The Role of the CIO"),
                ("third", "One"),
            ],
        ),
        (
            Both,
            &[
                ("relationship", "Knowledge Sharing"),
                ("differences", "In Conclusion"),
                ("third", "Two"),
            ],
        ),
    ]);
    assert_eq!(clauses, [clause("every 3", &[First, Both], true)]);
}

#[test]
fn articles_not_cited_are_not_named() {
    let (pack, item) = item_with(&[
        (First, &[("third", "One")]),
        (Both, &[("differences", "In Conclusion")]),
    ]);
    let reading = Reading::of(&pack, &item);
    let named: Vec<&str> = reading
        .articles
        .iter()
        .map(|s| s.source.id.as_str())
        .collect();
    assert_eq!(named, ["differences", "third"]);
    assert!(reading.disagree());
}
