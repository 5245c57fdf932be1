//! An answer's citations: which source, which of its sections, and (schema
//! 2) a few words quoted from it.

use yew::prelude::*;

use super::fields::{edit_button, SelectField, TextField};
use super::Form;
use crate::studio::draft::DraftCitation;
use crate::studio::edit::Edit;

#[derive(Properties, PartialEq)]
pub struct CitationsProps {
    /// The list's path: `items[2].sources` or `items[2].views[1].sources`.
    pub list: AttrValue,
    pub citations: Vec<DraftCitation>,
    /// What the citations belong to, for the buttons' names: "Item 3 “Hiring”".
    pub owner: AttrValue,
}

#[component]
pub fn Citations(props: &CitationsProps) -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let sources = &form.completed.sources;
    let source_choices: Vec<(AttrValue, AttrValue)> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words = match s.title.as_str().trim() {
                "" => format!("Source {}", i + 1),
                title => title.to_owned(),
            };
            (
                AttrValue::from(s.id.as_str().to_owned()),
                AttrValue::from(words),
            )
        })
        .collect();
    let list = props.list.to_string();
    let row = |(c, citation): (usize, &DraftCitation)| {
        let at = |field: &str| AttrValue::from(format!("{list}[{c}].{field}"));
        let sections: Vec<(AttrValue, AttrValue)> = sources
            .iter()
            .find(|s| s.id == citation.source)
            .map(|s| {
                s.sections
                    .iter()
                    .map(|t| {
                        (
                            AttrValue::from(t.as_str().to_owned()),
                            AttrValue::from(t.as_str().to_owned()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let remove = edit_button(
            &form,
            "Remove",
            format!("Remove citation {}", c + 1),
            Edit::Remove {
                list: list.clone(),
                index: c,
                what: format!("Removed citation {}", c + 1),
            },
        );
        html! {
            <div class="st-citation" id={crate::studio::path::field_id(&format!("{list}[{c}]"))}>
                <SelectField path={at("source")} label="Source" value={AttrValue::from(citation.source.as_str().to_owned())}
                    choices={source_choices.clone()} prompt="Choose a source" />
                <SelectField path={at("section")} label="Section" value={AttrValue::from(citation.section.as_str().to_owned())}
                    choices={sections} prompt="Choose a section" />
                <TextField path={at("quote")} label="Quote (optional)" value={AttrValue::from(citation.quote.as_str().to_owned())}
                    placeholder="3 to 7 words, exactly as written" />
                <div class="st-tools">{ remove }</div>
            </div>
        }
    };
    let first = serde_json::to_value(form.completed.first_citation()).unwrap_or_default();
    let add = edit_button(
        &form,
        "Add a citation",
        format!("Add a citation to {}", props.owner),
        Edit::Add {
            list: list.clone(),
            entry: first,
        },
    );
    html! {
        <div class="st-citations" id={crate::studio::path::field_id(&list)}>
            { for props.citations.iter().enumerate().map(row) }
            <div class="st-add">{ add }</div>
        </div>
    }
}
