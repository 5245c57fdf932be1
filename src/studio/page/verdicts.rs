//! What the results say from a score on. Optional: a pack without verdicts
//! gets the studio's three.

use serde_json::json;
use yew::prelude::*;

use super::fields::{edit_button, TextField};
use super::Form;
use crate::studio::edit::Edit;

#[component]
pub fn Verdicts() -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let verdicts = &form.draft.verdicts;
    let open = verdicts.iter().enumerate().any(|(i, _)| {
        form.problems
            .keys()
            .any(|id| id.starts_with(&format!("f-verdicts-{i}")))
    });
    let row = |(i, verdict): (usize, &crate::studio::draft::DraftVerdict)| {
        let at = |field: &str| AttrValue::from(format!("verdicts[{i}].{field}"));
        html! {
            <div class="st-verdict" id={format!("f-verdicts-{i}")}>
                <TextField path={at("from")} label="From (%)" kind={Some(AttrValue::from("number"))}
                    value={AttrValue::from(verdict.from.as_str().to_owned())} />
                <TextField path={at("text")} label="Verdict" value={AttrValue::from(verdict.text.as_str().to_owned())} />
                <div class="st-tools">
                    { edit_button(&form, "Remove", format!("Remove verdict {}", i + 1),
                        Edit::Remove { list: "verdicts".to_owned(), index: i, what: format!("Removed verdict {}", i + 1) }) }
                </div>
            </div>
        }
    };
    let defaults = if verdicts.is_empty() {
        let made: Vec<String> = form
            .completed
            .verdicts
            .iter()
            .map(|v| format!("from {}%: {}", v.from.as_str(), v.text.as_str()))
            .collect();
        html! {
            <p class="st-hint">{ format!("None yet, so the results use these: {}.", made.join("; ")) }</p>
        }
    } else {
        Html::default()
    };
    html! {
        <section class="st-section" aria-labelledby="verdicts-title" id="f-verdicts">
            <details class="st-more" open={open}>
                <summary><h2 id="verdicts-title">{ "Verdicts (optional)" }</h2></summary>
                <p class="st-hint">{ "A line on the results for each score band: one starts at 0%." }</p>
                { defaults }
                { for verdicts.iter().enumerate().map(row) }
                <div class="st-add">
                    { edit_button(&form, "Add a verdict", "Add a verdict".to_owned(),
                        Edit::Add { list: "verdicts".to_owned(), entry: json!({ "from": if verdicts.is_empty() { 0 } else { 50 } }) }) }
                </div>
            </details>
        </section>
    }
}
