//! Mounting one widget into one host element.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{
    CustomEvent, CustomEventInit, Element, ShadowRoot, ShadowRootInit, ShadowRootMode, Window,
};
use yew::{AppHandle, AttrValue, Callback};

use super::events;
use super::fetch;
use super::frame::Frame;
use super::options::{Options, Spelling, NAMES};
use super::route::{hash_for, shared_result, tab_from_hash};
use super::share::sharer;
use super::storage::Store;
use super::style;
use crate::content::{self, Pack, PackErrors};
use crate::quiz::{Length, RoundOptions};
use crate::ui::{Content, Embedding, Tab, Widget, WidgetEvent, WidgetProps};

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

/// Where a widget's content pack comes from.
enum PackSource {
    /// A `<script type="application/json">` inside the host element.
    Inline(String),
    /// `data-pack` (or `pack` in a URL or script): fetched.
    Url(String),
    Builtin,
}

impl PackSource {
    fn of(host: &Element, options: &Options) -> PackSource {
        let inline = host
            .query_selector(r#"script[type="application/json"]"#)
            .ok()
            .flatten()
            .and_then(|script| script.text_content());
        match (inline, &options.pack) {
            (Some(text), _) => PackSource::Inline(text),
            (None, Some(url)) => PackSource::Url(url.clone()),
            (None, None) => PackSource::Builtin,
        }
    }
}

/// What one widget was mounted with, kept for when its content arrives or
/// is asked for again.
struct Setup {
    window: Window,
    host: Element,
    key: String,
    options: Options,
    spelling: Spelling,
    notices: Vec<AttrValue>,
    /// The standalone or iframe page's widget.
    page: bool,
    frame: Option<Frame>,
}

/// The running widget and the props it was last given.
type Mounted = Rc<RefCell<Option<(AppHandle<Widget>, WidgetProps)>>>;

/// Gives the running widget changed props.
fn update(mounted: &Mounted, change: impl FnOnce(&mut WidgetProps)) {
    if let Some((handle, props)) = mounted.borrow_mut().as_mut() {
        change(props);
        handle.update(props.clone());
    }
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
    let notices: Vec<AttrValue> = errors.iter().map(|e| e.to_string().into()).collect();
    for notice in &notices {
        web_sys::console::warn_1(&format!("role-quiz: {notice}").into());
    }

    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(shadow) => shadow,
            Err(_) => {
                let tag = host.tag_name().to_ascii_lowercase();
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

    let page = matches!(source, Source::Page);
    let pack_source = PackSource::of(host, &options);
    let setup = Rc::new(Setup {
        frame: if page { Frame::detect(&window) } else { None },
        window: window.clone(),
        host: host.clone(),
        key: key.to_owned(),
        options,
        spelling,
        notices,
        page,
    });
    let mounted: Mounted = Rc::new(RefCell::new(None));
    let content = match &pack_source {
        PackSource::Inline(text) => checked(content::Pack::from_json(text), "the pack in the page"),
        PackSource::Url(url) => Content::Loading {
            url: url.clone().into(),
        },
        PackSource::Builtin => checked(content::builtin(), "the built-in pack"),
    };
    let props = setup.props(content, &mounted);
    let handle = yew::Renderer::<Widget>::with_root_and_props(root, props.clone()).render();
    *mounted.borrow_mut() = Some((handle, props));
    if let PackSource::Url(url) = pack_source {
        load(setup.clone(), mounted.clone(), url);
    }
    if page {
        follow_hash(&window, mounted);
        if let Some(frame) = &setup.frame {
            frame.report_height(host);
        }
    }
    Some(shadow)
}

/// A pack, or its problems (logged for the blogger too).
fn checked(pack: Result<Pack, PackErrors>, origin: &str) -> Content {
    match pack {
        Ok(pack) => Content::Ready(Rc::new(pack)),
        Err(errors) => {
            for error in &errors.0 {
                web_sys::console::error_1(&format!("role-quiz: {origin}: {error}").into());
            }
            Content::Invalid {
                origin: origin.to_owned().into(),
                errors: Rc::new(errors),
            }
        }
    }
}

/// Fetches the pack at `url` and shows it, or why it cannot be had.
fn load(setup: Rc<Setup>, mounted: Mounted, url: String) {
    spawn_local(async move {
        let content = match fetch::text(&url).await {
            Ok(text) => checked(
                content::Pack::from_json(&text),
                &format!("the pack at {url}"),
            ),
            Err(reason) => {
                web_sys::console::error_1(
                    &format!("role-quiz: could not load {url}: {reason}").into(),
                );
                Content::Failed {
                    url: url.into(),
                    reason: reason.to_string().into(),
                }
            }
        };
        let props = setup.props(content, &mounted);
        update(&mounted, |current| *current = props);
    });
}

impl Setup {
    /// The widget's props for `content`: everything that depends on the
    /// pack (saved progress, events, sharing) is set up once it is there.
    fn props(self: &Rc<Self>, content: Content, mounted: &Mounted) -> WidgetProps {
        let mut notices = self.notices.clone();
        let pack = match &content {
            Content::Ready(pack) => Some(pack.clone()),
            _ => None,
        };
        if let (Some(pack), Length::Items(n)) = (&pack, self.options.questions) {
            let available = pack.items.len();
            if n > available {
                let name = if self.spelling == Spelling::Attribute {
                    "data-questions"
                } else {
                    "questions"
                };
                notices.push(
                    format!("{name}: the pack has {available} items; asking all {available}")
                        .into(),
                );
            }
        }
        let location = self.window.location();
        let store = pack.as_ref().map(|pack| {
            let path = location.pathname().unwrap_or_default();
            Store::open(&self.window, &path, &self.key, pack)
        });
        let (resume, best) = match (&store, &pack) {
            (Some(store), Some(pack)) => store.load(pack),
            _ => (None, None),
        };
        let on_retry = {
            let setup = self.clone();
            let mounted = mounted.clone();
            Callback::from(move |()| {
                if let Some(url) = setup.options.pack.clone() {
                    update(&mounted, |props| {
                        props.content = Content::Loading {
                            url: url.clone().into(),
                        }
                    });
                    load(setup.clone(), mounted.clone(), url);
                }
            })
        };
        WidgetProps {
            content,
            round: RoundOptions {
                length: self.options.questions,
                seed: self.options.seed.unwrap_or_else(random_seed),
            },
            notices,
            embedding: Embedding {
                views: self.options.view,
                tab: if self.page {
                    current_tab(&self.window).unwrap_or_default()
                } else {
                    Tab::default()
                },
                on_tab_change: if self.page {
                    Callback::from(|tab| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().set_hash(hash_for(tab));
                        }
                    })
                } else {
                    Callback::noop()
                },
                theme: self.options.theme,
                on_event: pack.as_ref().map_or_else(Callback::noop, |pack| {
                    announcer(self.host.clone(), pack.clone(), self.frame.clone())
                }),
                resume,
                best,
                on_progress: match (store, &pack) {
                    (Some(store), Some(pack)) => store.keeper(pack.clone()),
                    _ => Callback::noop(),
                },
                challenge: shared_result(&location.hash().unwrap_or_default()),
                on_share: pack
                    .as_ref()
                    .map(|pack| sharer(self.window.clone(), self.share_page(), pack.title.clone())),
                shortcuts: self.options.shortcuts,
            },
            on_retry,
        }
    }

    /// The page a friend should open: in a frame, the page around it if the
    /// browser tells (the referrer), else the frame's own.
    fn share_page(&self) -> String {
        self.frame
            .as_ref()
            .and_then(|_| self.window.document().map(|d| d.referrer()))
            .filter(|referrer| !referrer.is_empty())
            .or_else(|| self.window.location().href().ok())
            .unwrap_or_default()
    }
}

/// Turns widget events into DOM events on the host element (bubbling, and
/// composed so they leave the shadow root) and, in a frame, messages.
fn announcer(host: Element, pack: Rc<Pack>, frame: Option<Frame>) -> Callback<WidgetEvent> {
    Callback::from(move |event: WidgetEvent| {
        let (name, detail) = events::payload(&pack, &event);
        let detail = js_sys::JSON::parse(&detail).unwrap_or(JsValue::NULL);
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
fn follow_hash(window: &Window, mounted: Mounted) {
    let target = window.clone();
    EventListener::new(window, "hashchange", move |_| {
        if let Some(tab) = current_tab(&target) {
            let changed = mounted
                .borrow()
                .as_ref()
                .is_some_and(|(_, props)| props.embedding.tab != tab);
            if changed {
                update(&mounted, |props| props.embedding.tab = tab);
            }
        }
    })
    .forget();
}

/// A seed for readers who did not ask for a fixed order. `Math.random` is
/// plenty: the order only has to differ between visits.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
