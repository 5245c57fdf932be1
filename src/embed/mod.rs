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
mod handover;
mod load;
mod look;
mod mount;
mod option_source;
mod options;
mod reader;
mod route;
mod share;
mod stats;
mod storage;
mod style;
mod words;

pub use events::payload;
pub use options::{names, OptionError, Options, Spelling, MAX_QUESTIONS, NAMES};
pub use route::{hash_for, share_url, shared_result, tab_from_hash, Challenge};
pub use style::{FIRST_CSS, WIDGET_CSS};

use std::cell::{Cell, RefCell};

use js_sys::Function;
use option_source::OptionSource;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::ui::later;

thread_local! {
    /// The widget this instance of the code runs: one at a time (see
    /// loader.js), so a panic here concerns this widget alone.
    static MOUNTED: RefCell<Option<mount::Running>> = const { RefCell::new(None) };
    /// Whether this instance has panicked: its memory can no longer be
    /// trusted, so it runs no other widget.
    static PANICKED: Cell<bool> = const { Cell::new(false) };
    /// Counts mounts and unmounts, so that a mount that waits for code
    /// (see [`mount`]) goes ahead only if nothing came between.
    static STARTS: Cell<u32> = const { Cell::new(0) };
}

/// Mounts the widget in `element`; embed.js calls it on an instance that
/// runs no other widget (a new one, or one whose widget was unmounted).
/// `options` is the object given to `RoleQuiz.mount`, or null for a
/// `data-role-quiz` element (`data-role-quiz="page"`: options from the URL);
/// `key` names the widget among the others on its page, for saved progress;
/// `styles` is the widget's stylesheet (see [`style`]); `table(code)`
/// answers a promise of a language's words (see [`words`]); `repeated_id`
/// is the element's id when another widget of the page has it too (the
/// widget then keeps its progress under its place, `key`).
#[wasm_bindgen]
pub fn mount(
    element: Element,
    options: JsValue,
    key: String,
    styles: JsValue,
    table: Function,
    repeated_id: Option<String>,
) {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let source = if options.is_object() {
        OptionSource::Script(options)
    } else if element.get_attribute("data-role-quiz").as_deref() == Some("page") {
        OptionSource::Page
    } else {
        OptionSource::Attributes
    };
    // Code the first screen needs that is not here yet (split off, see
    // crate::ui::later and reader.rs): the comparison, for a widget that
    // opens on it; the pack reader, for a pack in the page or the built-in
    // pack in another language.
    let later_first = later::ready().is_none() && mount::opens_on_compare(&element, &source);
    let reader_first =
        reader::ready().is_none() && (words::waiting() || mount::has_inline_pack(&element));
    let start = STARTS.get().wrapping_add(1);
    STARTS.set(start);
    let go = move || {
        // Unmounted (or mounted again) while its code came: nothing to do.
        if STARTS.get() != start {
            return;
        }
        let running = mount::mount(&element, source, &key, &styles, table, repeated_id);
        let before = MOUNTED.with(|m| m.replace(running));
        // embed.js never mounts twice on one instance; if it did, the first
        // widget still goes, not its listeners.
        if let Some(before) = before {
            before.stop();
        }
    };
    // Until then the widget keeps its pre-rendered screen (and the taps on
    // it). A part that fails to arrive: it mounts anyway, and says so.
    if later_first || reader_first {
        wasm_bindgen_futures::spawn_local(async move {
            if later_first {
                // Fetched side by side with the reader: a second call
                // joins the first.
                wasm_bindgen_futures::spawn_local(async {
                    let _ = later::load().await;
                });
            }
            if reader_first {
                let _ = reader::load().await;
                words::read_waiting();
            }
            if later_first {
                let _ = later::load().await;
            }
            go();
        });
    } else {
        go();
    }
}

/// Takes this instance's widget off the page and lets go of everything it
/// holds (embed.js calls it when the widget's element has left the page, or
/// on `RoleQuiz.unmount`). Returns whether the instance can run another
/// widget: not once it has panicked.
#[wasm_bindgen]
pub fn unmount() -> bool {
    if PANICKED.with(Cell::get) {
        return false;
    }
    STARTS.set(STARTS.get().wrapping_add(1));
    let running = MOUNTED.with(|m| m.borrow_mut().take());
    if let Some(running) = running {
        running.stop();
    }
    true
}

/// Gives this instance a language's words before a widget that asks for
/// it mounts (embed.js, from the file beside it); false if they do not fit
/// this build.
#[wasm_bindgen]
pub fn add_words(code: &str, file: &JsValue) -> bool {
    words::add(code, file)
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
    PANICKED.with(|p| p.set(true));
    // The widget's state may be mid-change (borrowed): then it is left as is.
    let shadow = MOUNTED.with(|m| {
        m.try_borrow()
            .ok()
            .and_then(|running| running.as_ref().map(|r| r.shadow().clone()))
    });
    let Some(shadow) = shadow else {
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
