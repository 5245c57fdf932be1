//! The form's fields: each edits the draft at one path, carries the id a
//! problem's link focuses, and shows its own problem under it.

use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Form;
use crate::studio::edit::Edit;
use crate::studio::path::field_id;

#[derive(Properties, PartialEq)]
pub struct TextProps {
    /// Where in the pack: `items[2].label`.
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// The default the studio fills in, or an example.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// A line under the label on what to write.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Several lines (a textarea) rather than one.
    #[prop_or_default]
    pub long: bool,
    #[prop_or_default]
    pub kind: Option<AttrValue>,
}

/// A text field, saved as it is typed.
#[component]
pub fn TextField(props: &TextProps) -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let id = field_id(&props.path);
    let problem = form.problem(&props.path);
    let path = props.path.to_string();
    let set = move |value: String| Edit::Set {
        path: path.clone(),
        value: Value::String(value),
    };
    let described = described_by(&id, props.hint.is_some(), problem.is_some());
    let invalid = problem.as_ref().map(|_| "true");
    let control = if props.long {
        let oninput = form.edit.reform(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        html! {
            <textarea id={id.clone()} value={props.value.clone()} placeholder={props.placeholder.clone()}
                rows="3" aria-describedby={described} aria-invalid={invalid} {oninput} />
        }
    } else {
        let oninput = form.edit.reform(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        html! {
            <input id={id.clone()} type={props.kind.clone().unwrap_or("text".into())}
                value={props.value.clone()} placeholder={props.placeholder.clone()}
                aria-describedby={described} aria-invalid={invalid} {oninput} />
        }
    };
    html! {
        <div class={classes!("st-field", problem.is_some().then_some("st-invalid"))}>
            <label for={id.clone()}>{ &props.label }</label>
            { hint(&id, props.hint.as_ref()) }
            { control }
            { problem_line(&id, problem) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinesProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub lines: Vec<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: AttrValue,
}

/// The lines of `text` a list keeps: trimmed, the empty ones left out.
fn kept_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A list of short texts, one a line, saved as it is typed (so it is
/// checked at once, like every other field). The text stays as typed, a new
/// empty line and all, while it means the same list; a list changed from
/// elsewhere (an import, an undo) replaces it. Its height follows the text
/// typed, not the list saved, so nothing moves when the field is left (a
/// click on the button below it was lost to that jump).
#[component]
pub fn LinesField(props: &LinesProps) -> Html {
    let typed = use_state(|| props.lines.join("\n"));
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let text = if kept_lines(&typed) == props.lines {
        (*typed).clone()
    } else {
        props.lines.join("\n")
    };
    let id = field_id(&props.path);
    let problem = form.problem(&props.path).or_else(|| {
        // A problem with one line is shown on the whole field.
        (0..props.lines.len().max(1)).find_map(|i| form.problem(&format!("{}[{i}]", props.path)))
    });
    let path = props.path.to_string();
    let oninput = {
        let typed = typed.clone();
        form.edit.reform(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            let lines = kept_lines(&text).into_iter().map(Value::String).collect();
            typed.set(text);
            Edit::Set {
                path: path.clone(),
                value: Value::Array(lines),
            }
        })
    };
    let rows = (text.lines().count() + 1).clamp(2, 8).to_string();
    let described = described_by(&id, props.hint.is_some(), problem.is_some());
    html! {
        <div class={classes!("st-field", problem.is_some().then_some("st-invalid"))}>
            <label for={id.clone()}>{ &props.label }</label>
            { hint(&id, props.hint.as_ref()) }
            <textarea id={id.clone()} value={text} {rows}
                placeholder={props.placeholder.clone()} aria-describedby={described}
                aria-invalid={problem.as_ref().map(|_| "true")} {oninput} />
            { problem_line(&id, problem) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Each choice's value and words.
    pub choices: Vec<(AttrValue, AttrValue)>,
    /// Shown first when nothing is chosen yet.
    #[prop_or_default]
    pub prompt: AttrValue,
}

/// A choice among what the pack has (a source, one of its sections). A
/// value the pack does not have stays shown, for its problem to be read.
#[component]
pub fn SelectField(props: &SelectProps) -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let id = field_id(&props.path);
    let problem = form.problem(&props.path);
    let path = props.path.to_string();
    let onchange = form.edit.reform(move |e: Event| Edit::Set {
        path: path.clone(),
        value: Value::String(e.target_unchecked_into::<HtmlSelectElement>().value()),
    });
    let known = props.choices.iter().any(|(v, _)| *v == props.value);
    html! {
        <div class={classes!("st-field", problem.is_some().then_some("st-invalid"))}>
            <label for={id.clone()}>{ &props.label }</label>
            <select id={id.clone()} {onchange} aria-invalid={problem.as_ref().map(|_| "true")}
                aria-describedby={described_by(&id, false, problem.is_some())}>
                if props.value.is_empty() || !known {
                    <option value={props.value.clone()} selected=true>
                        { if props.value.is_empty() { props.prompt.to_string() } else { props.value.to_string() } }
                    </option>
                }
                { for props.choices.iter().map(|(value, words)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ words }</option>
                }) }
            </select>
            { problem_line(&id, problem) }
        </div>
    }
}

fn described_by(id: &str, hint: bool, problem: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if problem {
        ids.push(format!("{id}-problem"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn hint(id: &str, hint: Option<&AttrValue>) -> Html {
    match hint {
        Some(text) => html! { <p class="st-hint" id={format!("{id}-hint")}>{ text }</p> },
        None => Html::default(),
    }
}

fn problem_line(id: &str, problem: Option<AttrValue>) -> Html {
    match problem {
        Some(text) => html! { <p class="st-problem" id={format!("{id}-problem")}>{ text }</p> },
        None => Html::default(),
    }
}

/// A small button that sends one edit.
pub fn edit_button(form: &Form, words: &str, label: String, edit: Edit) -> Html {
    let onclick = form.edit.reform(move |_| edit.clone());
    html! {
        <button type="button" class="st-button st-small" aria-label={label} {onclick}>{ words }</button>
    }
}
