//! The two roles the quiz sorts between.

use yew::prelude::*;

use super::fields::{edit_button, LinesField, TextField};
use super::Form;
use crate::studio::edit::Edit;

#[component]
pub fn Roles() -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let count = form.draft.roles.len();
    let role = |i: usize| {
        if i >= count {
            // A pack read with fewer than two roles: the form cannot edit
            // what is not there.
            return edit_button(
                &form,
                &format!("Add role {}", i + 1),
                format!("Add role {}", i + 1),
                Edit::Add {
                    list: "roles".to_owned(),
                    entry: serde_json::json!({}),
                },
            );
        }
        let remove = (i >= 2).then(|| {
            edit_button(
                &form,
                "Remove",
                format!("Remove role {}", i + 1),
                Edit::Remove {
                    list: "roles".to_owned(),
                    index: i,
                    what: format!("Removed role {}", i + 1),
                },
            )
        });
        let draft = form.draft.roles.get(i).cloned().unwrap_or_default();
        let completed = form.completed.roles.get(i).cloned().unwrap_or_default();
        let at = |field: &str| AttrValue::from(format!("roles[{i}].{field}"));
        let text = |t: &crate::studio::draft::Text| AttrValue::from(t.as_str().to_owned());
        let (example_short, example_title) = if i == 0 {
            ("CIO", "Chief Information Officer")
        } else {
            ("CTO", "Chief Technology Officer")
        };
        html! {
            <fieldset class="st-card" id={format!("f-roles-{i}")}>
                <legend>{ format!("Role {}", i + 1) }</legend>
                { remove }
                <TextField path={at("short")} label="Short name" value={text(&draft.short)}
                    placeholder={format!("e.g. {example_short}")}
                    hint={Some(AttrValue::from("On the answer buttons."))} />
                <TextField path={at("title")} label="Full title" value={text(&draft.title)}
                    placeholder={format!("e.g. {example_title}")} />
                <TextField path={at("summary")} label="Summary" long=true value={text(&draft.summary)}
                    hint={Some(AttrValue::from("One or two sentences for the role's profile."))} />
                <LinesField path={at("focus")} label="Focus areas"
                    lines={draft.focus.iter().map(|f| f.as_str().to_owned()).collect::<Vec<_>>()}
                    hint={Some(AttrValue::from("Main areas of work, one a line (up to 12)."))} />
                <TextField path={at("id")} label="Id" value={text(&draft.id)} placeholder={text(&completed.id)}
                    hint={Some(AttrValue::from("What answers name the role by; made from the short name if left empty."))} />
            </fieldset>
        }
    };
    html! {
        <section class="st-section" aria-labelledby="roles-title" id="f-roles">
            <h2 id="roles-title">{ "The two roles" }</h2>
            <div class="st-pair">
                { for (0..count.max(2)).map(role) }
            </div>
        </section>
    }
}
