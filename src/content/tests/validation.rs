//! One test per validation message: what a blogger sees for each mistake.

use serde_json::{json, Value};

use super::broken;
use crate::content::*;

#[test]
fn an_unknown_answer_names_the_accepted_ones() {
    let errors = broken(|p| p["items"][4]["answer"] = json!("ceo"));
    assert_eq!(
        errors,
        [
            r#"items[4] ("process-integration").answer: expected "cio", "cto" or "both", found "ceo""#
        ]
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
            r#"items[9] ("vision-into-plans").label: the label "Information as a resource" is already used by items[1]; labels tell items apart on the diagram"#
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
            r#"items[0] ("information-systems-upkeep").sources[0].source: no source has the id "wikipedia"; the pack's sources are "relationship" and "differences""#,
            r#"items[1] ("information-as-a-resource").sources[0].section: "The Role of the CFO" is not one of the sections listed for source "differences""#,
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
            "items[3] (\"information-flow\").statement: must not be empty",
            r#"items[5].id: expected an id of lowercase letters, digits and hyphens, found "Not An Id""#,
            "items[6] (\"data-strategy\").explanation: is 801 characters long, more than the limit of 800",
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
fn text_that_is_not_json_is_located_and_explained() {
    let errors = Pack::from_json("{\n  \"schema\": 1,\n  \"id\" \"x\"\n}").unwrap_err();
    assert_eq!(
        errors.to_string(),
        "line 3, column 8: a colon is missing: write \"name\": value"
    );
    // The mistakes people make by hand, in a real pack.
    let pack = include_str!("../../../content/cto-cfo.example.json");
    let trailing = pack.replacen("\"Shared ground\"]", "\"Shared ground\",]", 1);
    assert!(trailing != pack, "the replacement took");
    let said = Pack::from_json(&trailing).unwrap_err().to_string();
    assert!(
        said.ends_with(": remove the comma after the last item"),
        "{said}"
    );
    let commented = pack.replacen("\"schema\": 1,", "\"schema\": 1, // the format", 1);
    let said = Pack::from_json(&commented).unwrap_err().to_string();
    assert!(
        said.ends_with(": comments are not allowed in JSON; remove it"),
        "{said}"
    );
    let curly = pack.replacen(
        "\"id\": \"cto-cfo-example\"",
        "\"id\": \u{201c}cto-cfo-example\u{201d}",
        1,
    );
    assert!(curly != pack, "the replacement took");
    let said = Pack::from_json(&curly).unwrap_err().to_string();
    assert!(said.contains("use straight quotes"), "{said}");
}

#[test]
fn missing_fields_are_named_where_they_are_missing() {
    let errors = broken(|p| {
        p["items"][0].as_object_mut().unwrap().remove("statement");
        p.as_object_mut().unwrap().remove("intro");
    });
    assert_eq!(
        errors,
        [
            "intro: is missing",
            "items[0] (\"information-systems-upkeep\").statement: is missing"
        ]
    );
}

#[test]
fn unknown_fields_list_the_fields_that_belong_there() {
    let errors = broken(|p| p["items"][0]["colour"] = json!("red"));
    assert_eq!(
        errors,
        ["items[0] (\"information-systems-upkeep\").colour: is not a field here; the fields here are id, label, statement, answer, sources, views, explanation, note"]
    );
}

#[test]
fn a_schema_1_pack_is_told_only_of_its_own_fields() {
    let mut value: Value =
        serde_json::from_str(include_str!("../../../content/cto-cfo.example.json")).unwrap();
    value["items"][0]["colour"] = json!("red");
    let errors = Pack::from_json(&value.to_string()).unwrap_err().to_string();
    assert_eq!(
        errors,
        "items[0] (\"system-design\").colour: is not a field here; the fields here are id, label, statement, answer, sources, explanation, note"
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
            "roles[0] (\"cio\").focus: expected a list, found text",
            "items[2] (\"department-needs\").statement: expected text, found a number",
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
        ["roles[0] (\"cio\").focus: has 13 entries, more than the limit of 12"]
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
            "items[0] (\"information-systems-upkeep\").statement: is missing",
            "items[1] (\"information-as-a-resource\").colour: is not a field here; the fields here are id, label, statement, answer, sources, views, explanation, note",
            r#"items[3].id: the id "information-flow" is already used by items[2]"#,
            r#"items[4] ("process-integration").answer: expected "cio", "cto" or "both", found "ceo""#,
            "items[5] (\"information-availability\").explanation: expected text, found a list",
        ]
    );
}

#[test]
fn a_source_link_must_be_a_web_address_or_a_page_of_the_site() {
    for good in [
        "https://example.com/post",
        "HTTP://example.com",
        "/posts/cio-vs-cto",
    ] {
        let mut value: serde_json::Value = super::builtin_value();
        value["sources"][0]["url"] = json!(good);
        assert!(Pack::from_json(&value.to_string()).is_ok(), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "//evil.example",
        "data:text/html,x",
        "posts/x",
        // Browsers read these as //evil.example: off-site.
        "/\\evil.example/x",
        "/\t/evil.example/x",
        "/\n/evil.example/x",
    ] {
        let errors = broken(|p| p["sources"][0]["url"] = json!(bad));
        assert_eq!(
            errors,
            [format!(
                "sources[0] (\"relationship\").url: expected a link starting with https://, http:// or /, found {bad:?}"
            )]
        );
    }
}

#[test]
fn a_near_miss_is_suggested_when_one_name_is_clearly_meant() {
    let errors = broken(|p| {
        p["items"][0]["answer"] = json!("Both");
        let explanation = p["items"][1]["explanation"].clone();
        let item = p["items"][1].as_object_mut().unwrap();
        item.remove("explanation");
        item.insert("explaination".into(), explanation);
        p["items"][2]["sources"][0]["section"] = json!("the role of the CIO");
        p["items"][3]["answer"] = json!("ceo");
    });
    assert_eq!(
        errors,
        [
            r#"items[0] ("information-systems-upkeep").answer: expected "cio", "cto" or "both", found "Both" (did you mean "both"?)"#,
            r#"items[1] ("information-as-a-resource").explaination: is not a field here (did you mean "explanation"?); the fields here are id, label, statement, answer, sources, views, explanation, note"#,
            r#"items[1] ("information-as-a-resource").explanation: is missing"#,
            r#"items[2] ("department-needs").sources[0].section: "the role of the CIO" is not one of the sections listed for source "differences" (did you mean "The Role of the CIO"?)"#,
            // One letter from both "cio" and "cto": no guess is better than a wrong one.
            r#"items[3] ("information-flow").answer: expected "cio", "cto" or "both", found "ceo""#,
        ]
    );
}

#[test]
fn runaway_ids_and_keys_are_cut_in_messages() {
    let long_key = "k".repeat(2_000_000);
    let long_id = "i".repeat(1_000_000);
    let errors = broken(|p| {
        p["ui"] = json!({ long_key.clone(): "x" });
        p["items"][0]["id"] = json!(long_id.clone());
        for n in 0..40 {
            p["items"][0][format!("unknown-{n}")] = json!(1);
        }
    });
    assert!(errors.len() >= 41, "{}", errors.len());
    for error in &errors {
        assert!(
            error.chars().count() < 3_000,
            "a message of {} characters: {}",
            error.len(),
            error.chars().take(150).collect::<String>()
        );
    }
    assert!(errors
        .iter()
        .any(|e| e.starts_with(&format!("ui.{}\u{2026}", "k".repeat(40)))));
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "items[0] (\"{}\u{2026}\").unknown-0",
            "i".repeat(40)
        ))),
        "{}",
        errors[1]
    );
}

#[test]
fn a_pack_broken_in_bulk_lists_its_first_problems_and_counts_the_rest() {
    let mut pack = super::builtin_value();
    let first = pack["items"][0].clone();
    pack["items"] = (0..most::ITEMS)
        .map(|n| {
            let mut item = first.clone();
            item["id"] = json!(format!("item-{n}"));
            item["label"] = json!(format!("Item {n}"));
            item["colour"] = json!("red");
            item
        })
        .collect();
    let errors = Pack::from_json(&pack.to_string()).unwrap_err();
    assert_eq!(errors.0.len(), MAX_LISTED + 1);
    assert_eq!(errors.total(), most::ITEMS);
    assert_eq!(
        errors.0.last().unwrap().to_string(),
        format!(
            "pack: has {} more problems, not listed here: fix these first and check again",
            most::ITEMS - MAX_LISTED
        )
    );
    assert!(errors.0[..MAX_LISTED]
        .iter()
        .all(|e| !matches!(e.problem, Problem::More { .. })));
    // A report is a page to read, not the pack again.
    assert!(
        errors.to_string().len() < 20_000,
        "{}",
        errors.to_string().len()
    );
}

#[test]
fn a_sources_language_is_a_language_tag() {
    for good in ["en", "de", "pt-BR", "zh-Hant-TW", "gsw"] {
        let mut value: serde_json::Value = super::builtin_value();
        value["sources"][0]["lang"] = json!(good);
        let pack = Pack::from_json(&value.to_string()).unwrap();
        assert_eq!(pack.sources[0].lang.as_deref(), Some(good));
    }
    for bad in ["English", "e", "en_US", "en-", "\" onload=\"x"] {
        let errors = broken(|p| p["sources"][0]["lang"] = json!(bad));
        assert_eq!(
            errors,
            [format!(
                "sources[0] (\"relationship\").lang: expected a language tag such as \"en\" or \"pt-BR\", found {bad:?}"
            )]
        );
    }
}
