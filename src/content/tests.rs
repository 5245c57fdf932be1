use std::collections::HashSet;

use serde_json::{json, Value};

use super::*;
use crate::quiz::Choice;

fn builtin_value() -> Value {
    serde_json::from_str(BUILTIN_JSON).unwrap()
}

/// The built-in pack with one change applied, parsed again.
fn broken(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = builtin_value();
    change(&mut value);
    match Pack::from_json(&value.to_string()) {
        Ok(_) => panic!("the changed pack still validates"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_shipped_pack_is_the_source_file_without_white_space() {
    let source = include_str!("../../content/cio-cto.json");
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
fn the_example_pack_on_other_roles_validates() {
    let pack = Pack::from_json(include_str!("../../content/cto-cfo.example.json")).unwrap();
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

#[test]
fn every_disputed_builtin_item_says_either_answer_counts() {
    let pack = builtin().unwrap();
    let disputed: Vec<&Item> = pack.items.iter().filter(|i| i.is_disputed()).collect();
    assert!(disputed.len() >= 2, "{} disputed items", disputed.len());
    for item in disputed {
        assert!(
            item.explanation.starts_with("The articles disagree")
                || item
                    .explanation
                    .starts_with("Either article's answer counts"),
            "{}: {}",
            item.id,
            item.explanation
        );
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

#[test]
fn an_unknown_answer_names_the_accepted_ones() {
    let errors = broken(|p| p["items"][4]["answer"] = json!("ceo"));
    assert_eq!(
        errors,
        [r#"items[4].answer: expected "cio", "cto" or "both", found "ceo""#]
    );
}

#[test]
fn a_duplicate_item_id_names_the_first_use() {
    let errors = broken(|p| p["items"][7]["id"] = p["items"][2]["id"].clone());
    assert_eq!(
        errors,
        [r#"items[7].id: the id "department-needs" is already used by items[2]"#]
    );
}

#[test]
fn labels_must_tell_items_apart() {
    let errors = broken(|p| p["items"][9]["label"] = p["items"][1]["label"].clone());
    assert_eq!(
        errors,
        [
            r#"items[9].label: the label "Information as a resource" is already used by items[1]; labels tell items apart on the diagram"#
        ]
    );
}

#[test]
fn a_citation_must_name_a_listed_source_and_section() {
    let errors = broken(|p| {
        p["items"][0]["sources"][0]["source"] = json!("wikipedia");
        p["items"][1]["sources"][0]["section"] = json!("The Role of the CFO");
    });
    assert_eq!(
        errors,
        [
            r#"items[0].sources[0].source: no source has the id "wikipedia"; the pack's sources are "relationship" and "differences""#,
            r#"items[1].sources[0].section: "The Role of the CFO" is not one of the sections listed for source "differences""#,
        ]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let errors = broken(|p| {
        p["title"] = json!("  ");
        p["items"][3]["statement"] = json!("");
        p["items"][5]["id"] = json!("Not An Id");
        p["items"][6]["explanation"] = json!("x".repeat(801));
    });
    assert_eq!(
        errors,
        [
            "title: must not be empty",
            "items[3].statement: must not be empty",
            r#"items[5].id: expected an id of lowercase letters, digits and hyphens, found "Not An Id""#,
            "items[6].explanation: is 801 characters long, more than the limit of 800",
        ]
    );
}

#[test]
fn a_pack_needs_exactly_two_roles_and_no_role_called_both() {
    let errors = broken(|p| {
        let third = p["roles"][1].clone();
        p["roles"].as_array_mut().unwrap().push(third);
        p["roles"][0]["id"] = json!("both");
    });
    assert!(errors.contains(&"roles: expected exactly 2 roles, found 3".to_owned()));
    assert!(errors.contains(
        &r#"roles[0].id: "both" is the shared answer and cannot be a role id"#.to_owned()
    ));
    assert!(errors.contains(&r#"roles[2].id: the id "cto" is already used by roles[1]"#.to_owned()));
}

#[test]
fn verdicts_must_cover_every_score() {
    let errors = broken(|p| {
        p["verdicts"] = json!([{ "from": 50, "text": "Fine" }, { "from": 120, "text": "Wow" }]);
    });
    assert_eq!(
        errors,
        [
            "verdicts[1].from: expected a percentage from 0 to 100, found 120",
            r#"verdicts: needs a verdict with "from": 0, so that every score has one"#,
        ]
    );
}

#[test]
fn a_newer_schema_is_refused_by_itself() {
    let errors = broken(|p| {
        p["schema"] = json!(3);
        p["title"] = json!("");
    });
    assert_eq!(
        errors,
        ["schema: this widget reads pack schemas 1 to 2, found schema 3"]
    );
}

#[test]
fn text_that_is_not_json_is_located_by_line_and_column() {
    let errors = Pack::from_json("{\n  \"schema\": 1,\n  \"id\" \"x\"\n}").unwrap_err();
    assert_eq!(errors.to_string(), "line 3, column 8: expected `:`");
}

#[test]
fn missing_fields_are_named_where_they_are_missing() {
    let errors = broken(|p| {
        p["items"][0].as_object_mut().unwrap().remove("statement");
        p.as_object_mut().unwrap().remove("intro");
    });
    assert_eq!(
        errors,
        ["intro: is missing", "items[0].statement: is missing"]
    );
}

#[test]
fn unknown_fields_list_the_fields_that_belong_there() {
    let errors = broken(|p| p["items"][0]["colour"] = json!("red"));
    assert_eq!(
        errors,
        ["items[0].colour: is not a field here; the fields here are id, label, statement, answer, sources, views, explanation, note"]
    );
}

#[test]
fn a_schema_1_pack_is_told_only_of_its_own_fields() {
    let mut value: Value =
        serde_json::from_str(include_str!("../../content/cto-cfo.example.json")).unwrap();
    value["items"][0]["colour"] = json!("red");
    let errors = Pack::from_json(&value.to_string()).unwrap_err().to_string();
    assert_eq!(
        errors,
        "items[0].colour: is not a field here; the fields here are id, label, statement, answer, sources, explanation, note"
    );
}

#[test]
fn values_of_the_wrong_kind_say_what_was_expected() {
    let errors = broken(|p| {
        p["items"][2]["statement"] = json!(42);
        p["roles"][0]["focus"] = json!("everything");
        p["verdicts"][0]["from"] = json!("zero");
        p["sources"][1] = json!(null);
    });
    assert_eq!(
        errors,
        [
            "sources[1]: expected an object, found null",
            "roles[0].focus: expected a list, found text",
            "items[2].statement: expected text, found a number",
            "verdicts[0].from: expected a whole number, found text",
        ]
    );
}

#[test]
fn a_pack_that_is_not_an_object_says_so() {
    let errors = Pack::from_json("[1, 2, 3]").unwrap_err().to_string();
    assert!(
        errors.starts_with("pack: expected an object, found a list"),
        "{errors}"
    );
}

#[test]
fn lists_longer_than_any_real_pack_needs_are_refused() {
    let errors = broken(|p| p["roles"][0]["focus"] = json!(vec!["An area"; 13]));
    assert_eq!(
        errors,
        ["roles[0].focus: has 13 entries, more than the limit of 12"]
    );
}

#[test]
fn a_pack_needs_enough_items_for_a_round() {
    let errors = broken(|p| p["items"].as_array_mut().unwrap().truncate(2));
    assert_eq!(
        errors,
        ["items: needs at least 3 items to make a round, found 2"]
    );
}

#[test]
fn an_absurdly_large_pack_is_not_even_parsed() {
    let text = format!("{{\"padding\": \"{}\"}}", "x".repeat(MAX_BYTES));
    let errors = Pack::from_json(&text).unwrap_err().to_string();
    assert_eq!(
        errors,
        format!(
            "pack: is {} bytes long, more than the limit of {MAX_BYTES}",
            text.len()
        )
    );
}

#[test]
fn problems_come_in_the_order_they_stand_in_the_pack_each_once() {
    let errors = broken(|p| {
        p["items"][0].as_object_mut().unwrap().remove("statement");
        p["items"][1]["colour"] = json!("red");
        p["items"][2]["id"] = p["items"][3]["id"].clone();
        p["items"][4]["answer"] = json!("ceo");
        p["items"][5]["explanation"] = json!(["not", "text"]);
    });
    assert_eq!(
        errors,
        [
            "items[0].statement: is missing",
            "items[1].colour: is not a field here; the fields here are id, label, statement, answer, sources, views, explanation, note",
            r#"items[3].id: the id "information-flow" is already used by items[2]"#,
            r#"items[4].answer: expected "cio", "cto" or "both", found "ceo""#,
            "items[5].explanation: expected text, found a list",
        ]
    );
}

/// The index of the built-in pack's first disputed item, in JSON.
fn first_disputed(pack: &Value) -> usize {
    pack["items"]
        .as_array()
        .unwrap()
        .iter()
        .position(|i| i.get("views").is_some())
        .unwrap()
}

#[test]
fn a_schema_1_pack_reads_as_it_always_did() {
    let text = include_str!("../../content/cto-cfo.example.json");
    assert_eq!(serde_json::from_str::<Value>(text).unwrap()["schema"], 1);
    let pack = Pack::from_json(text).unwrap();
    for item in &pack.items {
        assert_eq!(item.views.len(), 1, "{}", item.id);
        assert!(item.citations().all(|c| c.quote.is_none()));
    }
}

#[test]
fn views_and_quotes_need_schema_2() {
    let mut value: Value =
        serde_json::from_str(include_str!("../../content/cto-cfo.example.json")).unwrap();
    value["items"][0]["sources"][0]["quote"] = json!("a few words");
    let item = value["items"][1].as_object_mut().unwrap();
    let views = json!([
        { "answer": item["answer"].clone(), "sources": item["sources"].clone() },
        { "answer": "both", "sources": item["sources"].clone() }
    ]);
    item.remove("answer");
    item.remove("sources");
    item.insert("views".into(), views);
    let errors = Pack::from_json(&value.to_string()).unwrap_err().to_string();
    assert_eq!(
        errors,
        [
            r#"items[0].sources[0].quote: is a field of pack schema 2; write "schema": 2 at the top of the pack to use it"#,
            r#"items[1].views: is a field of pack schema 2; write "schema": 2 at the top of the pack to use it"#,
            "items[1].answer: is missing",
            "items[1].sources: is missing",
        ]
        .join("\n")
    );
    value["schema"] = json!(2);
    let pack = Pack::from_json(&value.to_string()).unwrap();
    assert!(pack.items[1].is_disputed());
    assert_eq!(
        pack.items[0].views[0].sources[0].quote.as_deref(),
        Some("a few words")
    );
}

#[test]
fn views_must_each_give_a_different_answer() {
    let d = first_disputed(&builtin_value());
    let errors = broken(|p| {
        let i = first_disputed(p);
        p["items"][i]["views"][1]["answer"] = p["items"][i]["views"][0]["answer"].clone();
    });
    assert_eq!(
        errors,
        [format!(
            r#"items[{d}].views[1].answer: "cio" is already the answer of views[0]; each view gives a different answer"#
        )]
    );
}

#[test]
fn a_view_needs_a_source_and_a_known_answer() {
    let d = first_disputed(&builtin_value());
    let e = d + 1;
    let errors = broken(|p| {
        let i = first_disputed(p);
        p["items"][i]["views"][0]["sources"] = json!([]);
        p["items"][i]["views"][1]["answer"] = json!("ceo");
        p["items"][i + 1]["views"][1]
            .as_object_mut()
            .unwrap()
            .remove("sources");
    });
    assert_eq!(
        errors,
        [
            format!("items[{d}].views[0].sources: must not be empty"),
            format!(r#"items[{d}].views[1].answer: expected "cio", "cto" or "both", found "ceo""#),
            format!("items[{e}].views[1].sources: is missing"),
        ]
    );
}

#[test]
fn an_item_has_one_answer_or_several_views_never_both_nor_neither() {
    let d = first_disputed(&builtin_value());
    let e = d + 1;
    let errors = broken(|p| {
        let i = first_disputed(p);
        p["items"][i]["answer"] = json!("cio");
        p["items"][i + 1]["views"]
            .as_array_mut()
            .unwrap()
            .truncate(1);
        let plain = p["items"][0].as_object_mut().unwrap();
        plain.remove("answer");
        plain.remove("sources");
        p["items"][1].as_object_mut().unwrap().remove("answer");
    });
    assert_eq!(
        errors,
        [
            r#"items[0]: needs "answer" and "sources", or "views" where the sources disagree"#
                .to_owned(),
            "items[1].answer: is missing".to_owned(),
            format!(
                r#"items[{d}].views: has "views" and also "answer" or "sources": keep the views, or the one answer and its sources"#
            ),
            format!(
                r#"items[{e}].views: has 1 view; views are for sources that disagree, so give two or more, or use "answer" and "sources""#
            ),
        ]
    );
}

#[test]
fn views_that_accept_every_answer_are_refused() {
    let d = first_disputed(&builtin_value());
    let errors = broken(|p| {
        let i = first_disputed(p);
        let mut third = p["items"][i]["views"][0].clone();
        third["answer"] = json!("both");
        p["items"][i]["views"].as_array_mut().unwrap().push(third);
    });
    assert_eq!(
        errors,
        [format!(
            "items[{d}].views: accepts every answer, so no reader could get the item wrong"
        )]
    );
}

#[test]
fn an_empty_quote_is_refused() {
    let errors = broken(|p| p["items"][0]["sources"][0]["quote"] = json!(" "));
    assert_eq!(errors, ["items[0].sources[0].quote: must not be empty"]);
}
