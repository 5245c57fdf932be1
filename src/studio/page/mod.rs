//! The studio's page: a Yew adapter around the pure draft, as thin as the
//! widget's. [`Studio`](super::edit::Studio) is the one state and its
//! edits the only way to change it; each section of the form is a
//! component that reads the draft from [`Form`] context and sends edits.
//!
//! What is derived is derived on every render, never stored: the completed
//! pack, its problems, the preview's pack, the snippet.

mod about;
mod citations;
mod fields;
mod import;
mod items;
mod preview;
mod problems;
mod publish;
mod roles;
mod saved;
mod sources;
mod verdicts;

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::draft::Draft;
use super::edit::{Edit, Studio};
use super::place::{found, Found};
use crate::content::{Pack, PackErrors};

/// The studio's state as Yew holds it.
#[derive(PartialEq)]
struct Shared(Studio);

impl Reducible for Shared {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        Rc::new(Shared(self.0.clone().apply(edit)))
    }
}

/// What every part of the form reads: the draft, its defaults, where its
/// problems are, and the way to change it.
#[derive(Clone, PartialEq)]
pub struct Form {
    pub draft: Rc<Draft>,
    /// The draft with its defaults filled in, for placeholders and for the
    /// choices of sources and roles.
    pub completed: Rc<Draft>,
    /// The first problem of each field, by the field's id.
    pub problems: Rc<HashMap<String, String>>,
    pub edit: Callback<Edit>,
}

impl Form {
    /// The problem with the field at `path`, if any.
    pub fn problem(&self, path: &str) -> Option<AttrValue> {
        self.problems
            .get(&super::path::field_id(path))
            .map(|p| AttrValue::from(p.clone()))
    }
}

/// Puts the focus on the first of `ids` the page has, opening the folded
/// item it is in and scrolling it into view. A folded item draws its
/// fields once opened: then the field is looked for again as they come.
pub fn focus_field(ids: &[String]) {
    focus_field_within(ids.to_vec(), 10);
}

fn focus_field_within(ids: Vec<String>, tries: u32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some((rank, element)) = ids
        .iter()
        .enumerate()
        .find_map(|(rank, id)| Some((rank, document.get_element_by_id(id)?)))
    else {
        return;
    };
    let item = element.tag_name().eq_ignore_ascii_case("details");
    if rank > 0 && item && tries > 0 {
        let _ = element.set_attribute("open", "");
        gloo_timers::callback::Timeout::new(30, move || focus_field_within(ids, tries - 1))
            .forget();
        return;
    }
    let mut outer = element.parent_element();
    while let Some(here) = outer {
        if here.tag_name().eq_ignore_ascii_case("details") {
            let _ = here.set_attribute("open", "");
        }
        outer = here.parent_element();
    }
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        if element.tab_index() < 0 && !is_control(element) {
            element.set_tab_index(-1);
        }
        let _ = element.focus();
        element.scroll_into_view_with_bool(false);
    }
}

fn is_control(element: &web_sys::HtmlElement) -> bool {
    matches!(
        element.tag_name().to_ascii_lowercase().as_str(),
        "input" | "select" | "textarea" | "button" | "summary" | "a"
    )
}

/// Up to this many items a draft is checked on every key; a larger one
/// once typing has paused for [`CHECK_AFTER_MS`] (checking 5,000 items
/// takes a moment the keys should not wait for).
const CHECK_AT_ONCE: usize = 300;
const CHECK_AFTER_MS: u32 = 300;

/// `value`, or with a `pause` (ms), the value it had once it stopped
/// changing for that long.
#[hook]
fn use_settled<T: Clone + PartialEq + 'static>(value: T, pause: u32) -> T {
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with((value.clone(), pause), move |(value, pause)| {
            // Without a pause the value is used as it is (and setting it
            // here would draw the page twice a key).
            let value = value.clone();
            let timer = (*pause > 0)
                .then(|| gloo_timers::callback::Timeout::new(*pause, move || settled.set(value)));
            move || drop(timer)
        });
    }
    if pause == 0 {
        value
    } else {
        (*settled).clone()
    }
}

/// The studio page.
#[component]
pub fn StudioPage() -> Html {
    let restored = use_memo((), |_| saved::restore());
    let studio = {
        let draft = restored.draft.clone();
        use_reducer(move || Shared(Studio::new(draft)))
    };
    let draft = Rc::new(studio.0.draft.clone());
    let unreadable = use_state(|| restored.unreadable.clone());
    let keeping = saved::use_keep_draft(&draft, unreadable.is_some());
    let completed = Rc::new(draft.completed());
    // A large pack is checked once typing pauses, not on every key.
    let pause = if draft.items.len() > CHECK_AT_ONCE {
        CHECK_AFTER_MS
    } else {
        0
    };
    let settled = use_settled(completed.clone(), pause);
    let checked: Rc<Result<Pack, PackErrors>> =
        use_memo(settled, |completed| Pack::from_json(&completed.to_json()));
    let listed: Vec<Found> = match &*checked {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .0
            .iter()
            .filter(|e| !draft.waits_for_roles(e))
            .map(|e| found(e, &draft))
            .collect(),
    };
    // A field left empty is work to do, not a mistake: the list has it,
    // the field itself is not marked.
    let mut problems = HashMap::new();
    for problem in listed.iter().filter(|p| !p.missing) {
        if let Some(id) = problem.fields.first() {
            problems
                .entry(id.clone())
                .or_insert_with(|| problem.problem.clone());
        }
    }
    let edit = {
        let dispatcher = studio.dispatcher();
        Callback::from(move |edit: Edit| dispatcher.dispatch(edit))
    };
    let form = Form {
        draft: draft.clone(),
        completed: completed.clone(),
        problems: Rc::new(problems),
        edit: edit.clone(),
    };
    let pack = match &*checked {
        Ok(pack) => Some(Rc::new(pack.clone())),
        Err(_) => None,
    };
    let undo = studio.0.undoable().map(|what| {
        let onclick = edit.reform(|_| Edit::Undo);
        html! {
            <p class="st-undo" role="status">
                <span>{ what }</span>
                <button type="button" class="st-button" {onclick}>{ "Undo" }</button>
            </p>
        }
    });
    html! {
        <ContextProvider<Form> context={form}>
            <header class="st-header">
                <h1>{ "Pack studio" }</h1>
                <nav class="st-jump" aria-label="Parts of the studio">
                    <a href="#form">{ "Form" }</a>
                    <a href="#preview">{ "Preview" }</a>
                    <a href="#publish">{ "Publish" }</a>
                </nav>
                <p class="st-lead">
                    { "Write your own quiz for the role-quiz widget: two roles, the responsibilities to place between them, and where the facts come from. It is checked as you type and previewed beside the form. Your draft stays in this browser until you download it." }
                </p>
                if let Some(text) = (*unreadable).clone() {
                    // The word and the way out, together, until it is taken.
                    <p class="st-notice st-warning" role="status">
                        <span>{ restored.notice.clone() }</span>
                        <button type="button" class="st-button" onclick={move |_| {
                            if publish::download("role-quiz-unreadable-draft.txt", &text).is_some() {
                                saved::forget_unreadable();
                                unreadable.set(None);
                            }
                        }}>{ "Download the unreadable draft" }</button>
                    </p>
                } else if let (Some(notice), None) = (&restored.notice, &restored.unreadable) {
                    <p class="st-notice" role="status">{ notice }</p>
                }
                if keeping == saved::Keeping::TooLarge {
                    <p class="st-notice st-warning" role="alert">
                        { "This browser has no room left to keep the draft: download the pack before you leave, or your latest changes are lost." }
                    </p>
                }
            </header>
            <div class="st-layout">
                <main class="st-form" id="form">
                    <problems::ProblemList listed={Rc::new(listed)} />
                    { undo }
                    <import::Import />
                    <about::About />
                    <roles::Roles />
                    <sources::Sources />
                    <items::Items />
                    <verdicts::Verdicts />
                    <publish::Publish ready={pack.is_some()} />
                </main>
                <aside class="st-side" aria-label="Preview">
                    <preview::Preview swaps={studio.0.swaps} {pack} />
                </aside>
            </div>
        </ContextProvider<Form>>
    }
}
