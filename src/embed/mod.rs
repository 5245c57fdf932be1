//! Everything that touches the host page: finding the elements to mount in,
//! reading their options, mounting each widget in its own shadow root,
//! telling the page what happens, and, on the standalone and iframe pages,
//! following the URL and reporting the frame's height. The rest of the crate
//! never reaches for `window` or `document`.
//!
//! A page gets widgets from
//! - `<div data-role-quiz data-view="quiz">` elements, present at load or
//!   added later (a mutation observer watches for them);
//! - `RoleQuiz.mount(element, {view: "quiz"})`, for pages that build their
//!   DOM by script (calls made before the widget loaded are queued by
//!   `embed.js` and run once it has);
//! - `<div data-role-quiz="page">`: the one widget of the standalone and
//!   iframe pages, configured by the URL's query.

mod events;
mod frame;
mod mount;
mod options;
mod route;
mod share;
mod storage;
mod style;

pub use events::payload;
pub use options::{OptionError, Options, Spelling, MAX_QUESTIONS, NAMES};
pub use route::{hash_for, share_url, shared_result, tab_from_hash};
pub use style::WIDGET_CSS;

use js_sys::{Array, Object, Reflect};
use mount::Source;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node, Window};

const SELECTOR: &str = "[data-role-quiz]";

/// Starts the widget on a page (the wasm module's start function calls it):
/// offers `RoleQuiz.mount`, mounts every widget element already there, and
/// watches for more.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    install_api(&window);
    if let Some(root) = document.document_element() {
        mount_within(&root);
        watch(&root);
    }
}

/// Mounts `element` if it is a widget element, and every widget element in it.
fn mount_within(element: &Element) {
    if element.matches(SELECTOR).unwrap_or(false) {
        mount_element(element);
    }
    if let Ok(found) = element.query_selector_all(SELECTOR) {
        for i in 0..found.length() {
            if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                mount_element(&el);
            }
        }
    }
}

fn mount_element(element: &Element) {
    let source = match element.get_attribute("data-role-quiz").as_deref() {
        Some("page") => Source::Page,
        _ => Source::Attributes,
    };
    mount::mount(element, source);
}

/// Mounts widget elements that appear after load.
fn watch(root: &Element) {
    let on_change = Closure::<dyn FnMut(Array)>::new(|records: Array| {
        for record in records.iter() {
            let added = record.unchecked_into::<MutationRecord>().added_nodes();
            for i in 0..added.length() {
                if let Some(el) = added
                    .item(i)
                    .and_then(|n: Node| n.dyn_into::<Element>().ok())
                {
                    mount_within(&el);
                }
            }
        }
    });
    if let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let init = MutationObserverInit::new();
        init.set_child_list(true);
        init.set_subtree(true);
        let _ = observer.observe_with_options(root, &init);
    }
    on_change.forget();
}

/// `window.RoleQuiz.mount(element, options)`, and the calls `embed.js` queued
/// (as `RoleQuiz.q`) before the widget had loaded.
fn install_api(window: &Window) {
    let api = Reflect::get(window, &"RoleQuiz".into())
        .ok()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into::<Object>)
        .unwrap_or_default();
    let mount =
        Closure::<dyn Fn(JsValue, JsValue)>::new(
            |element: JsValue, options: JsValue| match element.dyn_into::<Element>() {
                Ok(element) => mount::mount(&element, Source::Script(options)),
                Err(_) => web_sys::console::error_1(
                    &"role-quiz: RoleQuiz.mount(element, options) needs an element".into(),
                ),
            },
        );
    let _ = Reflect::set(&api, &"mount".into(), mount.as_ref());
    let queued = Reflect::get(&api, &"q".into()).unwrap_or_default();
    let _ = Reflect::delete_property(&api, &"q".into());
    let _ = Reflect::set(window, &"RoleQuiz".into(), &api);
    if Array::is_array(&queued) {
        let mount_fn: &js_sys::Function = mount.as_ref().unchecked_ref();
        for call in Array::from(&queued).iter() {
            let args = Array::from(&call);
            let _ = mount_fn.call2(&JsValue::NULL, &args.get(0), &args.get(1));
        }
    }
    mount.forget();
}
