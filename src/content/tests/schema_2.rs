//! Schema 2: items with views where the sources disagree, quotes, and
//! schema 1 packs read as before.

use serde_json::{json, Value};

use super::{broken, builtin_value};
use crate::content::*;

/// The id of the built-in pack's item at `index`.
fn builtin_id(index: usize) -> String {
    builtin_value()["items"][index]["id"]
        .as_str()
        .unwrap()
        .to_owned()
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
    let text = include_str!("../../../content/cto-cfo.example.json");
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
        serde_json::from_str(include_str!("../../../content/cto-cfo.example.json")).unwrap();
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
            r#"items[0] ("system-design").sources[0].quote: is a field of pack schema 2; write "schema": 2 at the top of the pack to use it"#,
            r#"items[1] ("engineering-hiring").views: is a field of pack schema 2; write "schema": 2 at the top of the pack to use it"#,
            "items[1] (\"engineering-hiring\").answer: is missing",
            "items[1] (\"engineering-hiring\").sources: is missing",
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
    let vd = builtin_id(d);
    let errors = broken(|p| {
        let i = first_disputed(p);
        p["items"][i]["views"][1]["answer"] = p["items"][i]["views"][0]["answer"].clone();
    });
    assert_eq!(
        errors,
        [format!(
            r#"items[{d}] ("{vd}").views[1].answer: "cio" is already the answer of views[0]; each view gives a different answer"#
        )]
    );
}

#[test]
fn a_view_needs_a_source_and_a_known_answer() {
    let d = first_disputed(&builtin_value());
    let vd = builtin_id(d);
    let e = d + 1;
    let ve = builtin_id(e);
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
            format!("items[{d}] (\"{vd}\").views[0].sources: must not be empty"),
            format!(
                r#"items[{d}] ("{vd}").views[1].answer: expected "cio", "cto" or "both", found "ceo""#
            ),
            format!("items[{e}] (\"{ve}\").views[1].sources: is missing"),
        ]
    );
}

#[test]
fn an_item_has_one_answer_or_several_views_never_both_nor_neither() {
    let d = first_disputed(&builtin_value());
    let vd = builtin_id(d);
    let e = d + 1;
    let ve = builtin_id(e);
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
            r#"items[0] ("information-systems-upkeep"): needs "answer" and "sources", or "views" where the sources give more than one answer"#
                .to_owned(),
            "items[1] (\"information-as-a-resource\").answer: is missing".to_owned(),
            format!(
                r#"items[{d}] ("{vd}").views: has "views" and also "answer" or "sources": keep the views, or the one answer and its sources"#
            ),
            format!(
                r#"items[{e}] ("{ve}").views: has 1 view; views are for sources that disagree, so give two or more, or use "answer" and "sources""#
            ),
        ]
    );
}

#[test]
fn views_that_accept_every_answer_are_refused() {
    let d = first_disputed(&builtin_value());
    let vd = builtin_id(d);
    let errors = broken(|p| {
        let i = first_disputed(p);
        let mut third = p["items"][i]["views"][0].clone();
        third["answer"] = json!("both");
        p["items"][i]["views"].as_array_mut().unwrap().push(third);
    });
    assert_eq!(
        errors,
        [format!(
            "items[{d}] (\"{vd}\").views: accepts every answer, so no reader could get the item wrong"
        )]
    );
}

#[test]
fn an_empty_quote_is_refused() {
    let errors = broken(|p| p["items"][0]["sources"][0]["quote"] = json!(" "));
    assert_eq!(
        errors,
        ["items[0] (\"information-systems-upkeep\").sources[0].quote: must not be empty"]
    );
}
