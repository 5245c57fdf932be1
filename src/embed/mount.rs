//! Mounting one widget into one host element.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CustomEvent, CustomEventInit, Element, ShadowRoot, ShadowRootInit, ShadowRootMode, Window,
};
use yew::{AppHandle, AttrValue, Callback};

use super::events;
use super::frame::Frame;
use super::options::{Options, Spelling, NAMES};
use super::route::{hash_for, shared_result, tab_from_hash};
use super::share::sharer;
use super::storage::Store;
use super::style;
use crate::content::{self, Pack};
use crate::quiz::RoundOptions;
use crate::ui::{Embedding, Tab, Widget, WidgetEvent, WidgetProps};

/// Where a widget's options come from.
pub enum Source {
    /// `data-*` attributes on the element: a widget in a blog post.
    Attributes,
    /// The page's URL: the standalone and iframe pages, whose one widget
    /// also follows the URL fragment (`#quiz`, `#compare`) and, in a frame,
    /// reports its height to the parent page.
    Page,
    /// The options object given to `RoleQuiz.mount(element, options)`.
    Script(JsValue),
}

/// Mounts a widget in `host`'s shadow root, which it returns; `key` names
/// the widget on its page.
pub fn mount(host: &Element, source: Source, key: &str) -> Option<ShadowRoot> {
    let window = web_sys::window()?;

    let (spelling, pairs) = match &source {
        Source::Attributes => (Spelling::Attribute, attribute_pairs(host)),
        Source::Page => (Spelling::Query, query_pairs(&window)),
        Source::Script(options) => (Spelling::Query, script_pairs(options)),
    };
    let (options, errors) = Options::from_pairs(spelling, pairs);
    let mut notices: Vec<AttrValue> = errors.iter().map(|e| e.to_string().into()).collect();
    if options.pack.is_some() {
        let name = if spelling == Spelling::Attribute {
            "data-pack"
        } else {
            "pack"
        };
        notices.push(
            format!("{name}: this version cannot load custom packs yet; showing the built-in pack")
                .into(),
        );
    }
    for notice in &notices {
        web_sys::console::warn_1(&format!("role-quiz: {notice}").into());
    }

    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(shadow) => shadow,
            Err(_) => {
                let tag = host.tag_name().to_lowercase();
                web_sys::console::error_1(
                    &format!("role-quiz: a <{tag}> cannot hold the widget; use a <div>").into(),
                );
                return None;
            }
        },
    };
    style::apply(&shadow);
    let root = window.document()?.create_element("div").ok()?;
    let _ = shadow.append_child(&root);

    let pack = content::builtin().map(Rc::new).map_err(Rc::new);
    let page = matches!(source, Source::Page);
    let frame = if page { Frame::detect(&window) } else { None };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let (store, resume, best) = match &pack {
        Ok(pack) => {
            let store = Store::open(&window, &path, key, pack);
            let (resume, best) = store.load(pack);
            (Some(store.keeper(pack.clone())), resume, best)
        }
        Err(_) => (None, None, None),
    };
    // The page a friend should open: in a frame, the page around it if the
    // browser tells (the referrer), else the frame's own.
    let share_page = frame
        .as_ref()
        .and_then(|_| window.document().map(|d| d.referrer()))
        .filter(|referrer| !referrer.is_empty())
        .or_else(|| location.href().ok())
        .unwrap_or_default();
    let embedding = Embedding {
        views: options.view,
        tab: if page {
            current_tab(&window).unwrap_or_default()
        } else {
            Tab::default()
        },
        on_tab_change: if page {
            Callback::from(|tab| {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_hash(hash_for(tab));
                }
            })
        } else {
            Callback::noop()
        },
        theme: options.theme,
        on_event: match &pack {
            Ok(pack) => announcer(host.clone(), pack.clone(), frame.clone()),
            Err(_) => Callback::noop(),
        },
        resume,
        best,
        on_progress: store.unwrap_or_default(),
        challenge: shared_result(&location.hash().unwrap_or_default()),
        on_share: pack
            .as_ref()
            .ok()
            .map(|pack| sharer(window.clone(), share_page, pack.title.clone())),
    };
    let props = WidgetProps {
        pack,
        round: RoundOptions {
            length: options.questions,
            seed: options.seed.unwrap_or_else(random_seed),
        },
        notices,
        embedding,
    };
    let handle = yew::Renderer::<Widget>::with_root_and_props(root, props.clone()).render();
    if page {
        follow_hash(&window, handle, props);
        if let Some(frame) = frame {
            frame.report_height(host);
        }
    }
    Some(shadow)
}

/// Turns widget events into DOM events on the host element (bubbling, and
/// composed so they leave the shadow root) and, in a frame, messages.
fn announcer(host: Element, pack: Rc<Pack>, frame: Option<Frame>) -> Callback<WidgetEvent> {
    Callback::from(move |event: WidgetEvent| {
        let (name, detail) = events::payload(&pack, &event);
        let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
        if let Some(frame) = &frame {
            frame.post(name, &[("detail", detail)]);
        }
    })
}

fn attribute_pairs(host: &Element) -> Vec<(&'static str, String)> {
    NAMES
        .into_iter()
        .filter_map(|name| {
            host.get_attribute(&format!("data-{name}"))
                .map(|v| (name, v))
        })
        .collect()
}

fn query_pairs(window: &Window) -> Vec<(&'static str, String)> {
    let search = window.location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    NAMES
        .into_iter()
        .filter_map(|name| params.get(name).map(|v| (name, v)))
        .collect()
}

/// The options object's known fields, as text: `{questions: 5}` reads like
/// `data-questions="5"`. A value that is neither text nor a number reads as
/// text too (its `toString()`), so a message shows what was given.
fn script_pairs(options: &JsValue) -> Vec<(&'static str, String)> {
    if !options.is_object() {
        return Vec::new();
    }
    NAMES
        .into_iter()
        .filter_map(|name| {
            let value = Reflect::get(options, &name.into()).ok()?;
            if value.is_undefined() || value.is_null() {
                return None;
            }
            let text = value
                .as_string()
                .unwrap_or_else(|| value.unchecked_into::<js_sys::Object>().to_string().into());
            Some((name, text))
        })
        .collect()
}

fn current_tab(window: &Window) -> Option<Tab> {
    tab_from_hash(&window.location().hash().unwrap_or_default())
}

/// Switches tabs when the fragment changes: the back button, or a link to
/// `#compare` elsewhere on the page. Lives as long as the page.
fn follow_hash(window: &Window, handle: AppHandle<Widget>, props: WidgetProps) {
    let app = RefCell::new((handle, props));
    let target = window.clone();
    EventListener::new(window, "hashchange", move |_| {
        let Some(tab) = current_tab(&target) else {
            return;
        };
        let mut app = app.borrow_mut();
        let (handle, props) = &mut *app;
        if props.embedding.tab != tab {
            props.embedding.tab = tab;
            handle.update(props.clone());
        }
    })
    .forget();
}

/// A seed for readers who did not ask for a fixed order. `Math.random` is
/// plenty: the order only has to differ between visits.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
