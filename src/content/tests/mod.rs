//! The built-in and example packs, as shipped.

use std::collections::HashSet;

use serde_json::Value;

use super::*;

mod schema_2;
mod validation;
use crate::quiz::Choice;

pub(super) fn builtin_value() -> Value {
    serde_json::from_str(BUILTIN_JSON).unwrap()
}

/// The built-in pack with one change applied, parsed again.
pub(super) fn broken(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = builtin_value();
    change(&mut value);
    match Pack::from_json(&value.to_string()) {
        Ok(_) => panic!("the changed pack still validates"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_shipped_pack_is_the_source_file_without_white_space() {
    let source = include_str!("../../../content/cio-cto.json");
    assert_eq!(
        builtin_value(),
        serde_json::from_str::<Value>(source).unwrap()
    );
    assert!(
        !BUILTIN_JSON.contains('\n'),
        "the shipped pack keeps its line breaks"
    );
    assert!(BUILTIN_JSON.len() < source.len());
}

#[test]
fn the_builtin_pack_validates() {
    let pack = builtin().unwrap_or_else(|e| panic!("built-in pack is invalid:\n{e}"));
    assert_eq!(pack.id, "cio-cto");
    assert_eq!(pack.roles[0].id, "cio");
    assert_eq!(pack.roles[1].id, "cto");
}

#[test]
fn a_pack_saved_with_a_byte_order_mark_reads_as_without() {
    let example = include_str!("../../../content/cto-cfo.example.json");
    let marked = format!("\u{feff}{example}");
    assert_eq!(Pack::from_json(&marked), Pack::from_json(example));
    assert!(Pack::from_json(&marked).is_ok());
}

#[test]
fn the_example_pack_on_other_roles_validates() {
    let pack = Pack::from_json(include_str!("../../../content/cto-cfo.example.json")).unwrap();
    assert_eq!(
        [pack.roles[0].id.as_str(), pack.roles[1].id.as_str()],
        ["cto", "cfo"]
    );
    assert!(pack.title.contains("example"));
    let names: Vec<&str> = Choice::ALL.iter().map(|&c| pack.choice_name(c)).collect();
    assert_eq!(names, ["CTO", "Both", "CFO"]);
}

#[test]
fn the_builtin_pack_has_enough_items_of_each_answer() {
    let pack = builtin().unwrap();
    assert!(pack.items.len() >= 30, "{} items", pack.items.len());
    for choice in Choice::ALL {
        let accepting = pack.items.iter().filter(|i| i.accepted().contains(choice));
        let n = accepting.count();
        assert!(n >= 8, "only {n} items accept {choice:?}");
    }
}

#[test]
fn the_builtin_pack_has_unique_ids() {
    let pack = builtin().unwrap();
    let ids: HashSet<&str> = pack.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), pack.items.len());
}

#[test]
fn the_builtin_roles_have_four_to_six_focus_areas() {
    for role in builtin().unwrap().roles {
        assert!(
            (4..=6).contains(&role.focus.len()),
            "{}: {:?}",
            role.id,
            role.focus
        );
    }
}

#[test]
fn every_builtin_citation_quotes_three_to_seven_words() {
    // That each quote stands in the section it cites is checked against the
    // articles themselves by scripts/check-wording, which `make test` runs.
    let pack = builtin().unwrap();
    for item in &pack.items {
        assert!(
            item.citations().next().is_some(),
            "{} cites nothing",
            item.id
        );
        for citation in item.citations() {
            let quote = citation.quote.as_deref().unwrap_or_default();
            let words = quote.split_whitespace().count();
            assert!((3..=7).contains(&words), "{}: {quote:?}", item.id);
        }
    }
}

#[test]
fn the_vision_item_accepts_each_articles_answer() {
    let pack = builtin().unwrap();
    let vision = &pack.items[pack.item_index("technology-vision").unwrap()];
    assert!(vision.is_disputed());
    let by = |choice| {
        let view = vision.view(choice).unwrap();
        view.sources
            .iter()
            .map(|c| c.source.as_str())
            .collect::<Vec<_>>()
    };
    assert!(by(Choice::First).iter().all(|&s| s == "relationship"));
    assert!(by(Choice::Second).iter().all(|&s| s == "differences"));
    assert!(
        !vision.accepted().contains(Choice::Both),
        "neither article says both"
    );
}

/// Feedback says what the articles give a disputed item to and that either
/// answer counts (`ui::words::verdict`), so its explanation goes straight to
/// the substance: repeating "Either answer counts" read twice in a row. A
/// plain item's explanation never says two answers count.
#[test]
fn no_builtin_explanation_repeats_the_verdict() {
    let pack = builtin().unwrap();
    assert!(pack.items.iter().filter(|i| i.is_disputed()).count() >= 2);
    for item in &pack.items {
        for told in ["answer counts", "The articles disagree"] {
            assert!(
                !item.explanation.contains(told),
                "{}: {}",
                item.id,
                item.explanation
            );
        }
    }
}

#[test]
fn a_citation_reads_article_then_section() {
    let pack = builtin().unwrap();
    let citation = Citation {
        source: "differences".into(),
        section: "The Role of the CIO".into(),
        quote: None,
    };
    assert_eq!(
        pack.citation_text(&citation),
        "CTO vs CIO – Breaking Down the Differences › The Role of the CIO"
    );
}

#[test]
fn answers_are_named_by_the_pack_roles() {
    let pack = builtin().unwrap();
    let names: Vec<&str> = Choice::ALL.iter().map(|&c| pack.choice_name(c)).collect();
    assert_eq!(names, ["CIO", "Both", "CTO"]);
}

#[test]
fn the_verdict_is_the_highest_one_reached() {
    let pack = builtin().unwrap();
    let verdict_from = |from: u64| {
        pack.verdicts
            .iter()
            .find(|v| v.from == from)
            .unwrap()
            .text
            .as_str()
    };
    assert_eq!(pack.verdict(0), verdict_from(0));
    assert_eq!(pack.verdict(49), verdict_from(0));
    assert_eq!(pack.verdict(50), verdict_from(50));
    assert_eq!(pack.verdict(99), verdict_from(80));
    assert_eq!(pack.verdict(100), verdict_from(100));
}

/// `data-seed` is a public contract: the same seed asks the same items in
/// the same order until the pack itself changes. A change here means every
/// blogger's fixed seed now gives another round: say so in the release.
#[test]
fn a_seeded_round_of_the_builtin_pack_asks_known_items() {
    use crate::quiz::{Round, RoundOptions};
    let pack = builtin().unwrap();
    let round = Round::new(&pack.answer_key(), RoundOptions::new(42));
    let ids: Vec<&str> = round
        .questions()
        .iter()
        .map(|q| pack.items[q.item].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "technology-vision",
            "enterprise-architecture",
            "research-and-development",
            "software-engineering",
            "industry-trends",
            "cybersecurity-strategy",
            "technology-initiatives",
            "department-needs",
            "technical-standards",
            "data-strategy",
        ]
    );
}

#[test]
fn a_pack_may_name_its_json_schema_for_editors() {
    let mut value = builtin_value();
    value["$schema"] = "https://blog.example/role-quiz/pack.schema.json".into();
    assert!(Pack::from_json(&value.to_string()).is_ok());
}

#[test]
fn a_pack_names_its_language_and_rewords_the_widgets_messages() {
    let mut value = builtin_value();
    value["lang"] = "de-AT".into();
    value["ui"] =
        serde_json::json!({ "start": "Los geht's", "question_of": "{n}. Frage von {total}" });
    let pack = Pack::from_json(&value.to_string()).unwrap();
    assert_eq!(pack.lang, crate::lang::Lang::De);
    let words = pack.words();
    assert_eq!(words.get(crate::lang::Msg::Start), "Los geht's");
    assert_eq!(words.get(crate::lang::Msg::Next), "Nächste Frage");
    assert_eq!(pack.choice_name(Choice::Both), "Beide");
}

#[test]
fn a_language_or_a_message_the_widget_lacks_is_named_with_what_it_has() {
    let errors = broken(|pack| {
        pack["lang"] = "it".into();
        pack["ui"] = serde_json::json!({ "strt": "Go", "next": "{n} more", "start": "" });
    });
    assert_eq!(
        errors[0],
        r#"lang: "it" is not a language the widget speaks; it speaks "en", "de", "fr" and "es""#
    );
    assert_eq!(
        errors[1],
        "ui.next: {n} is not filled in this message; it fills none"
    );
    assert_eq!(errors[2], "ui.start: must not be empty");
    assert!(errors[3].starts_with(r#"ui.strt: is not a message of the widget's (did you mean "start"?); its messages are eyebrow_quiz, eyebrow_compare"#), "{}", errors[3]);
    let errors = broken(|pack| {
        pack["schema"] = 1.into();
        pack["lang"] = "de".into();
    });
    assert!(errors.iter().any(|e| e == r#"lang: is a field of pack schema 2; write "schema": 2 at the top of the pack to use it"#), "{errors:?}");
}

#[test]
fn a_bloggers_links_give_the_built_in_sources_their_addresses() {
    let pack = builtin().unwrap();
    assert!(pack.sources.iter().all(|s| s.url.is_none()));
    let links = [
        (
            "differences".to_owned(),
            "https://blog.example/differences".to_owned(),
        ),
        ("nowhere".to_owned(), "https://blog.example/x".to_owned()),
    ];
    let (linked, unknown) = pack.with_links(&links);
    assert_eq!(unknown, ["nowhere"]);
    let url = |id: &str| {
        linked
            .sources
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .url
            .clone()
    };
    assert_eq!(
        url("differences").as_deref(),
        Some("https://blog.example/differences")
    );
    assert_eq!(url("relationship"), None);
    assert_eq!(linked.items, pack.items);
}

/// The built-in pack in German, French and Spanish is the English pack
/// with its texts translated: the same ids, answers, citations and quotes
/// (the articles' own English), sources, roles' names and verdicts' steps,
/// and no statement, explanation or note left in English.
#[test]
fn the_translated_builtin_packs_are_the_english_pack_in_their_language() {
    use crate::lang::Lang;
    let english = builtin().unwrap();
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        let pack = builtin_in(Some(lang)).unwrap();
        assert_eq!(pack.lang, lang);
        assert_eq!((&pack.id, &pack.version), (&english.id, &english.version));
        assert_eq!(
            pack.sources, english.sources,
            "{lang:?}: titles stay as published"
        );
        assert_eq!(pack.items.len(), english.items.len());
        for (theirs, ours) in pack.items.iter().zip(&english.items) {
            assert_eq!(theirs.id, ours.id);
            assert_eq!(
                theirs.views, ours.views,
                "{lang:?} {}: answers and citations",
                ours.id
            );
            assert_ne!(theirs.statement, ours.statement, "{lang:?} {}", ours.id);
            assert_ne!(theirs.explanation, ours.explanation, "{lang:?} {}", ours.id);
            assert_eq!(
                theirs.note.is_some(),
                ours.note.is_some(),
                "{lang:?} {}",
                ours.id
            );
            if ours.note.is_some() {
                assert_ne!(theirs.note, ours.note, "{lang:?} {}", ours.id);
            }
        }
        for (theirs, ours) in pack.roles.iter().zip(&english.roles) {
            assert_eq!((&theirs.id, &theirs.short), (&ours.id, &ours.short));
            assert_ne!(theirs.summary, ours.summary);
        }
        let steps = |p: &Pack| p.verdicts.iter().map(|v| v.from).collect::<Vec<_>>();
        assert_eq!(steps(&pack), steps(&english));
        assert_ne!(pack.title, english.title);
    }
}

#[test]
fn the_built_in_pack_in_english_or_an_unknown_language_is_the_english_pack() {
    use crate::lang::Lang;
    assert_eq!(builtin_in(None).unwrap(), builtin().unwrap());
    assert_eq!(builtin_in(Some(Lang::En)).unwrap(), builtin().unwrap());
}
