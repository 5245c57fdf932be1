//! Where a draft comes from: a new pack, the built-in or the example pack,
//! or a pack's JSON or a spreadsheet (CSV or TSV), pasted, dropped or
//! chosen as a file. What replaces the draft can be undone.

use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Form;
use crate::content::{Location, Pack, BUILTIN_JSON, MAX_BYTES};
use crate::studio::draft::Draft;
use crate::studio::edit::Edit;
use crate::studio::table;

/// The example pack shipped beside the widget.
const EXAMPLE_JSON: &str = include_str!("../../../content/cto-cfo.example.json");

/// What an import did, in words, and whether it worked.
#[derive(Clone, PartialEq)]
struct Outcome {
    ok: bool,
    words: String,
}

/// Reads `text` as a pack (it starts with `{`) or as a spreadsheet: the
/// edit that brings it in, with a word on it; or why it cannot.
fn read(text: &str, draft: &Draft, from: &str) -> Result<(Edit, String), String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err("There is nothing to import: paste a pack or a table first.".to_owned());
    }
    // Before any reading: a text past a pack's limit would only freeze the
    // page on its way to being refused.
    if text.len() > MAX_BYTES {
        return Err(format!(
            "This is {} MB, more than a pack may be ({} MB): split it into smaller packs.",
            text.len().div_ceil(1_000_000),
            MAX_BYTES / 1_000_000
        ));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return match Draft::from_json(trimmed) {
            Ok(read) => {
                let title = read.title.or("untitled").to_owned();
                let words = format!(
                    "Imported the pack \u{201c}{title}\u{201d} from {from}: {} items.",
                    read.items.len()
                );
                Ok((
                    Edit::Replace {
                        draft: Box::new(read),
                        what: format!("Imported \u{201c}{title}\u{201d}"),
                    },
                    words,
                ))
            }
            // The widget's own reading locates what is wrong with the text.
            Err(_) => Err(match Pack::from_json(trimmed) {
                Err(errors) => {
                    let first = &errors.0[0];
                    match first.at {
                        Location::Text { .. } => {
                            format!("This is not a pack the studio can read: {first}.")
                        }
                        Location::Field(_) => format!("This is not a pack: {}.", first.problem),
                    }
                }
                Ok(_) => "This is not a pack the studio can read.".to_owned(),
            }),
        };
    }
    match table::read(text, draft) {
        Ok(table) => {
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            let mut words = format!(
                "Read {} item{} from the table in {from}",
                table.items,
                plural(table.items)
            );
            // A table brings items only: say what became of the pack's own.
            match draft.items.len() {
                0 => words.push_str("; the roles and sources stay as they were."),
                had => words.push_str(&format!(
                    ". They replace the {had} item{} the pack had (Undo brings those back); the roles and sources stay as they were.",
                    plural(had)
                )),
            }
            if !table.unused.is_empty() {
                words.push_str(&format!(" Columns not used: {}.", table.unused.join(", ")));
            }
            Ok((
                Edit::Replace {
                    draft: Box::new(table.draft),
                    what: format!("Replaced the items with {} from a table", table.items),
                },
                words,
            ))
        }
        Err(error) => Err(format!("The table cannot be read: {error}.")),
    }
}

#[component]
pub fn Import() -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let outcome = use_state(|| None::<Outcome>);
    let pasted = use_node_ref();
    let bring = {
        let form = form.clone();
        let outcome = outcome.clone();
        Callback::from(move |(text, from): (String, String)| {
            outcome.set(Some(match read(&text, &form.draft, &from) {
                Ok((edit, words)) => {
                    form.edit.emit(edit);
                    Outcome { ok: true, words }
                }
                Err(words) => Outcome { ok: false, words },
            }))
        })
    };
    let on_paste = {
        let bring = bring.clone();
        let pasted = pasted.clone();
        Callback::from(move |_| {
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                bring.emit((area.value(), "the pasted text".to_owned()));
            }
        })
    };
    let read_file = {
        let bring = bring.clone();
        move |file: File| {
            let bring = bring.clone();
            spawn_local(async move {
                let name = file.name();
                if let Ok(text) = JsFuture::from(file.text()).await {
                    bring.emit((
                        text.as_string().unwrap_or_default(),
                        format!("\u{201c}{name}\u{201d}"),
                    ));
                }
            });
        }
    };
    let on_file = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file);
            }
            input.set_value("");
        })
    };
    let on_drop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(file);
        }
    });
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let start = |label: &str, what: &str, draft: fn() -> Draft| {
        let edit = form.edit.clone();
        let outcome = outcome.clone();
        let what = what.to_owned();
        // The undo bar says what happened.
        let onclick = Callback::from(move |_| {
            edit.emit(Edit::Replace {
                draft: Box::new(draft()),
                what: what.clone(),
            });
            outcome.set(None);
        });
        html! { <button type="button" class="st-button" {onclick}>{ label }</button> }
    };
    let report = outcome.as_ref().map(|o| {
        html! {
            <p class={if o.ok { "st-done" } else { "st-problem" }} role={if o.ok { "status" } else { "alert" }}>
                { &o.words }
            </p>
        }
    });
    html! {
        <section class="st-section st-import" aria-labelledby="import-title" id="import">
            <h2 id="import-title">{ "Start" }</h2>
            <div class="st-row">
                { start("New pack", "Started a new pack", Draft::blank) }
                { start("Start from the CIO/CTO pack", "Started from the built-in CIO/CTO pack",
                    || Draft::from_json(BUILTIN_JSON).unwrap_or_default()) }
                { start("Start from the example", "Started from the CTO/CFO example",
                    || Draft::from_json(EXAMPLE_JSON).unwrap_or_default()) }
            </div>
            <details class="st-more" ondrop={on_drop} ondragover={on_drag_over}>
                <summary>{ "Import a pack or a spreadsheet" }</summary>
                <p class="st-hint">
                    { "A pack's JSON (schema 1 or 2), or a table in CSV or TSV with a header row and one item a row, in the columns label, statement, answer, explanation, source and section (note, quote and id if you like). Answers may name a role by its short name. A table replaces the items and keeps the roles." }
                </p>
                <div class="st-field">
                    <label for="import-text">{ "Paste it here" }</label>
                    <textarea id="import-text" ref={pasted} rows="5" spellcheck="false"
                        placeholder="{ \"schema\": 2, … }   or   label,statement,answer,…" />
                </div>
                <div class="st-row">
                    <button type="button" class="st-button" onclick={on_paste}>{ "Import the pasted text" }</button>
                    <label class="st-button st-file">
                        { "Choose a file…" }
                        <input type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values" onchange={on_file} />
                    </label>
                    <span class="st-hint">{ "or drop one here" }</span>
                </div>
            </details>
            { report }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_with_a_syntax_error_is_located_and_nothing_is_replaced() {
        let error = read("{\"title\": \"A\",}", &Draft::blank(), "x").unwrap_err();
        assert!(error.contains("line 1, column"), "{error}");
        assert!(error.contains("remove the comma"), "{error}");
    }

    #[test]
    fn a_table_replaces_the_items_and_says_what_it_left_out() {
        let draft = Draft::from_json(BUILTIN_JSON).unwrap();
        let (edit, words) = read(
            "statement,answer,colour\nA,cio,red\nB,cto,\nC,both,\n",
            &draft,
            "t.csv",
        )
        .unwrap();
        assert!(words.starts_with("Read 3 items"), "{words}");
        assert!(words.ends_with("Columns not used: colour."), "{words}");
        assert!(matches!(edit, Edit::Replace { .. }));
    }
}
