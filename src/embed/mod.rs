//! Everything that touches the host page: finding the elements to mount in,
//! reading their options, mounting each widget in its own shadow root,
//! telling the page what happens, and, on the standalone and iframe pages,
//! following the URL and reporting the frame's height. The rest of the crate
//! never reaches for `window` or `document`.
//!
//! embed.js (src/embed/loader.js) finds the widget elements, present at load
//! or added later, and takes `RoleQuiz.mount(element, options)` calls; it
//! gives each widget its own instance of this code, which [`mount`] starts.
//! `<div data-role-quiz="page">` is the one widget of the standalone and
//! iframe pages, configured by the URL's query.

mod events;
mod fetch;
mod frame;
mod load;
mod look;
mod mount;
mod option_source;
mod options;
mod route;
mod share;
mod storage;
mod style;
mod words;

pub use events::payload;
pub use options::{names, OptionError, Options, Spelling, MAX_QUESTIONS, NAMES};
pub use route::{hash_for, share_url, shared_result, tab_from_hash, Challenge};
pub use style::{FIRST_CSS, WIDGET_CSS};

use std::cell::RefCell;

use js_sys::Function;
use option_source::OptionSource;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use web_sys::{Element, ShadowRoot};

thread_local! {
    /// The widget this instance of the code runs: each widget has its own
    /// (see loader.js), so a panic here concerns this widget alone.
    static MOUNTED: RefCell<Option<ShadowRoot>> = const { RefCell::new(None) };
}

/// Mounts the widget in `element`; embed.js calls it once per instance.
/// `options` is the object given to `RoleQuiz.mount`, or null for a
/// `data-role-quiz` element (`data-role-quiz="page"`: options from the URL);
/// `key` names the widget among the others on its page, for saved progress;
/// `styles` is the widget's stylesheet (see [`style`]); `table(code)`
/// answers a promise of a language's words (see [`words`]).
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue, key: String, styles: JsValue, table: Function) {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let source = if options.is_object() {
        OptionSource::Script(options)
    } else if element.get_attribute("data-role-quiz").as_deref() == Some("page") {
        OptionSource::Page
    } else {
        OptionSource::Attributes
    };
    if let Some(shadow) = mount::mount(&element, source, &key, &styles, table) {
        MOUNTED.with(|m| *m.borrow_mut() = Some(shadow));
    }
}

/// Gives this instance a language's words before a widget that asks for
/// it mounts (embed.js, from the file beside it); false if they do not fit
/// this build.
#[wasm_bindgen]
pub fn add_words(code: &str, json: &str) -> bool {
    words::add(code, json)
}

/// For testing the failure path (embed.js offers it as
/// `RoleQuiz.debug.crash(element)`): panics, as a bug would.
#[wasm_bindgen]
#[doc(hidden)]
pub fn crash_for_test() {
    panic!("role-quiz: crash_for_test was called");
}

/// A panic is a bug; the widget cannot go on. Say so in its place, in plain
/// DOM (nothing of Yew's can be trusted now), and leave everything else be.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("role-quiz: {info}").into());
    let Some(shadow) = MOUNTED.with(|m| m.borrow().clone()) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    shadow.set_text_content(None);
    let message = |tag: &str, class: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        Some(element)
    };
    let (Some(outer), Some(card), Some(text)) = (
        message("div", "rq"),
        message("div", "rq-card rq-problems"),
        message("p", ""),
    ) else {
        return;
    };
    let _ = card.set_attribute("role", "alert");
    text.set_text_content(Some("Something went wrong — reload the page to try again."));
    let _ = card.append_child(&text);
    let _ = outer.append_child(&card);
    let _ = shadow.append_child(&outer);
}
