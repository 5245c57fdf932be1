//! The responsibilities to place, each folded to one line until opened:
//! its statement, its answer (or, where the sources disagree, each view
//! with its own answer), citations, explanation and note.

use serde_json::{json, Value};
use yew::prelude::*;

use super::citations::Citations;
use super::fields::{edit_button, TextField};
use super::{focus_field, Form};
use crate::studio::draft::DraftItem;
use crate::studio::edit::Edit;
use crate::studio::path::field_id;

#[component]
pub fn Items() -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let count = form.draft.items.len();
    // A new item opens with its label focused, after it is drawn.
    let added = use_mut_ref(|| None::<usize>);
    {
        let added = added.clone();
        use_effect_with(count, move |_| {
            if let Some(index) = added.borrow_mut().take() {
                focus_field(&[
                    field_id(&format!("items[{index}].label")),
                    field_id(&format!("items[{index}]")),
                ]);
            }
        });
    }
    let onadd = {
        let edit = form.edit.clone();
        let cite = serde_json::to_value(form.completed.first_citation()).unwrap_or(Value::Null);
        Callback::from(move |_| {
            *added.borrow_mut() = Some(count);
            edit.emit(Edit::Add {
                list: "items".to_owned(),
                entry: json!({ "sources": [cite.clone()] }),
            });
        })
    };
    html! {
        <section class="st-section" aria-labelledby="items-title" id="f-items">
            <h2 id="items-title">{ format!("Items ({count})") }</h2>
            <p class="st-hint">{ "Each item is a responsibility the reader places: with the first role, the second, or both. A round asks up to 10; give at least 3." }</p>
            if count == 0 {
                <p class="st-empty">{ "No items yet." }</p>
            }
            <ol class="st-items">
                { for form.draft.items.iter().enumerate().map(|(i, item)| {
                    let problems = form
                        .problems
                        .keys()
                        .filter(|id| id.starts_with(&format!("f-items-{i}-")) || **id == format!("f-items-{i}"))
                        .count();
                    let answer = if item.is_disputed() {
                        "Sources disagree".to_owned()
                    } else {
                        answer_name(&form, item.answer.as_str())
                    };
                    html! {
                        <li key={i}><ItemCard index={i} item={item.clone()} last={i + 1 == count} {answer} {problems} /></li>
                    }
                }) }
            </ol>
            <div class="st-add">
                <button type="button" class="st-button" onclick={onadd}>{ "Add an item" }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    index: usize,
    item: DraftItem,
    last: bool,
    /// The summary's answer, and how many problems the item has.
    answer: String,
    problems: usize,
}

/// One item: folded, its summary alone, from its props; its form (which
/// reads the whole draft) is drawn once it is opened. So a key typed in a
/// pack of 5,000 items redraws the item it changed, not 5,000 (4 s a key).
#[component]
fn ItemCard(props: &ItemProps) -> Html {
    let opened = use_state_eq(|| false);
    let (i, item, problems) = (props.index, &props.item, props.problems);
    let summary = html! {
        <summary>
            <span class="st-item-name">{ format!("{}. {}", i + 1, item.label.or("New item")) }</span>
            <span class="st-item-answer">{ props.answer.clone() }</span>
            if problems > 0 {
                <span class="st-item-problems">{ if problems == 1 { "1 problem".to_owned() } else { format!("{problems} problems") } }</span>
            }
        </summary>
    };
    let on_fold = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                opened.set(details.has_attribute("open"));
            }
        })
    };
    let id = field_id(&format!("items[{i}]"));
    if !*opened {
        return html! {
            <details class="st-item" {id} ontoggle={on_fold}>{ summary }</details>
        };
    }
    html! {
        <details class="st-item" {id} open=true ontoggle={on_fold}>
            { summary }
            <ItemForm index={i} item={item.clone()} last={props.last} />
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct ItemFormProps {
    index: usize,
    item: DraftItem,
    last: bool,
}

/// An opened item's fields and tools.
#[component]
fn ItemForm(props: &ItemFormProps) -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let (i, item) = (props.index, &props.item);
    let at = |field: &str| format!("items[{i}].{field}");
    let text = |t: &crate::studio::draft::Text| AttrValue::from(t.as_str().to_owned());
    let name = match item.label.as_str().trim() {
        "" => format!("Item {}", i + 1),
        label => format!("Item {} \u{201c}{label}\u{201d}", i + 1),
    };
    let completed = form.completed.items.get(i).cloned().unwrap_or_default();
    let list = "items".to_owned();
    let tools = html! {
        <div class="st-tools">
            if i > 0 {
                { edit_button(&form, "Move up", format!("Move up {name}"), Edit::Move { list: list.clone(), index: i, by: -1 }) }
            }
            if !props.last {
                { edit_button(&form, "Move down", format!("Move down {name}"), Edit::Move { list: list.clone(), index: i, by: 1 }) }
            }
            { edit_button(&form, "Duplicate", format!("Duplicate {name}"), Edit::Duplicate { list: list.clone(), index: i }) }
            { edit_button(&form, "Remove", format!("Remove {name}"), Edit::Remove { list: list.clone(), index: i, what: format!("Removed {name}") }) }
        </div>
    };
    let disputed = item.is_disputed();
    // Worked out on the click, not on every render of every item.
    let ontoggle = {
        let path = format!("items[{i}]");
        let (item, cite) = (item.clone(), form.completed.first_citation());
        form.edit.reform(move |_| {
            let next = if item.is_disputed() {
                item.without_views()
            } else {
                item.with_views(cite.clone())
            };
            Edit::Set {
                path: path.clone(),
                value: serde_json::to_value(next).unwrap_or(Value::Null),
            }
        })
    };
    let answers = if disputed {
        html! {
            <div class="st-views">
                { for item.views.iter().enumerate().map(|(v, view)| {
                    let view_at = format!("items[{i}].views[{v}]");
                    let remove = (item.views.len() > 2).then(|| edit_button(&form, "Remove view",
                        format!("Remove view {}", v + 1),
                        Edit::Remove { list: format!("items[{i}].views"), index: v, what: format!("Removed view {} of {name}", v + 1) }));
                    html! {
                        <fieldset class="st-view" id={field_id(&view_at)}>
                            <legend>{ format!("View {}", v + 1) }</legend>
                            <Answer path={format!("{view_at}.answer")} value={view.answer.as_str().to_owned()} />
                            <Citations list={AttrValue::from(format!("{view_at}.sources"))} citations={view.sources.clone()}
                                owner={format!("view {} of {name}", v + 1)} />
                            { remove }
                        </fieldset>
                    }
                }) }
                if item.views.len() < 3 {
                    { edit_button(&form, "Add a view", format!("Add a view to {name}"),
                        Edit::Add { list: format!("items[{i}].views"), entry: json!({ "sources": [form.completed.first_citation()] }) }) }
                }
            </div>
        }
    } else {
        html! {
            <>
                <Answer path={at("answer")} value={item.answer.as_str().to_owned()} />
                <Citations list={AttrValue::from(at("sources"))} citations={item.sources.clone()} owner={name.clone()} />
            </>
        }
    };
    html! {
            <div class="st-item-body">
                <TextField path={at("label")} label="Label" value={text(&item.label)}
                    placeholder="e.g. Customer interviews"
                    hint={Some(AttrValue::from("A few words (up to 40), for the comparison's diagram."))} />
                <TextField path={at("statement")} label="Statement" long=true value={text(&item.statement)}
                    placeholder="e.g. Talking to customers about what they need from the product"
                    hint={Some(AttrValue::from("The responsibility, as the question asks it."))} />
                <label class="st-check">
                    <input type="checkbox" checked={disputed} onchange={ontoggle} />
                    { " The sources disagree: accept more than one answer" }
                </label>
                { answers }
                <TextField path={at("explanation")} label="Explanation" long=true value={text(&item.explanation)}
                    hint={Some(AttrValue::from("Why: shown after the reader answers."))} />
                <TextField path={at("note")} label="Note (optional)" long=true value={text(&item.note)}
                    hint={Some(AttrValue::from("A caveat shown with the explanation."))} />
                <TextField path={at("id")} label="Id" value={text(&item.id)} placeholder={text(&completed.id)}
                    hint={Some(AttrValue::from("Readers' saved answers name the item by it; made from the label if left empty."))} />
                { tools }
            </div>
    }
}

/// "CIO", "CTO", "Both" or what the pack has there.
fn answer_name(form: &Form, answer: &str) -> String {
    if answer == "both" {
        return "Both".to_owned();
    }
    form.completed
        .roles
        .iter()
        .find(|r| r.id.as_str() == answer)
        .map(|r| r.short.or(r.id.as_str()).to_owned())
        .unwrap_or_else(|| match answer {
            "" => "No answer yet".to_owned(),
            other => format!("\u{201c}{other}\u{201d}"),
        })
}

#[derive(Properties, PartialEq)]
struct AnswerProps {
    path: String,
    value: String,
}

/// The answer: the first role, the second, or both.
#[component]
fn Answer(props: &AnswerProps) -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let id = field_id(&props.path);
    let problem = form.problem(&props.path);
    let mut choices: Vec<(String, String)> = form
        .completed
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                r.id.as_str().to_owned(),
                r.short.or(&format!("Role {}", i + 1)).to_owned(),
            )
        })
        .collect();
    choices.push(("both".to_owned(), "Both".to_owned()));
    let other = (!props.value.is_empty() && !choices.iter().any(|(v, _)| *v == props.value))
        .then(|| props.value.clone());
    html! {
        <fieldset class={classes!("st-answer", problem.is_some().then_some("st-invalid"))}
            aria-describedby={problem.as_ref().map(|_| format!("{id}-problem"))}>
            <legend>{ "Answer" }</legend>
            <div class="st-choices">
                { for choices.iter().enumerate().map(|(n, (value, words))| {
                    let path = props.path.clone();
                    let chosen = value.clone();
                    let onchange = form.edit.reform(move |_| Edit::Set { path: path.clone(), value: Value::String(chosen.clone()) });
                    html! {
                        <label class="st-choice">
                            <input type="radio" name={id.clone()} id={(n == 0).then(|| id.clone())}
                                checked={*value == props.value} {onchange} />
                            { words }
                        </label>
                    }
                }) }
            </div>
            if let Some(other) = other {
                <p class="st-hint">{ format!("The pack says \u{201c}{other}\u{201d}, which is no role here.") }</p>
            }
            if let Some(problem) = problem {
                <p class="st-problem" id={format!("{id}-problem")}>{ problem }</p>
            }
        </fieldset>
    }
}
