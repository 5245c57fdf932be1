//! Where the items' facts come from: the articles, each with the section
//! headings citations name.

use serde_json::json;
use yew::prelude::*;

use super::fields::{edit_button, LinesField, TextField};
use super::Form;
use crate::studio::edit::Edit;

#[component]
pub fn Sources() -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let text = |t: &crate::studio::draft::Text| AttrValue::from(t.as_str().to_owned());
    let source = |(i, source): (usize, &crate::studio::draft::DraftSource)| {
        let at = |field: &str| AttrValue::from(format!("sources[{i}].{field}"));
        let completed = form.completed.sources.get(i).cloned().unwrap_or_default();
        let name = match source.title.as_str().trim() {
            "" => format!("Source {}", i + 1),
            title => format!("Source {} \u{201c}{title}\u{201d}", i + 1),
        };
        let remove = edit_button(
            &form,
            "Remove",
            format!("Remove {name}"),
            Edit::Remove {
                list: "sources".to_owned(),
                index: i,
                what: format!("Removed {name}"),
            },
        );
        html! {
            <fieldset class="st-card" id={format!("f-sources-{i}")}>
                <legend>{ format!("Source {}", i + 1) }</legend>
                <div class="st-tools">{ remove }</div>
                <TextField path={at("title")} label="Title" value={text(&source.title)}
                    placeholder="e.g. How the CIO and the CTO differ" />
                <TextField path={at("url")} label="Link (optional)" kind={Some(AttrValue::from("url"))}
                    value={text(&source.url)} placeholder="https://" />
                <LinesField path={at("sections")} label="Sections"
                    lines={source.sections.iter().map(|s| s.as_str().to_owned()).collect::<Vec<_>>()}
                    hint={Some(AttrValue::from("The headings items cite, one a line: readers see which part of the article says so."))} />
                <TextField path={at("id")} label="Id" value={text(&source.id)} placeholder={text(&completed.id)}
                    hint={Some(AttrValue::from("What citations name the source by; made from the title if left empty."))} />
            </fieldset>
        }
    };
    let add = edit_button(
        &form,
        "Add a source",
        "Add a source".to_owned(),
        Edit::Add {
            list: "sources".to_owned(),
            entry: json!({}),
        },
    );
    html! {
        <section class="st-section" aria-labelledby="sources-title" id="f-sources">
            <h2 id="sources-title">{ "Sources" }</h2>
            <p class="st-hint">{ "Every answer names where it comes from: usually one article, your own post or the one your quiz is about." }</p>
            { for form.draft.sources.iter().enumerate().map(source) }
            <div class="st-add">{ add }</div>
        </section>
    }
}
