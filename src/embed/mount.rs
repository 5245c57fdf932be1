//! Mounting one widget into one host element: its shadow root and styles,
//! its options, its pack (loaded in `load.rs`), and the props that connect
//! it to the page: saved progress, events, sharing, and the tab, which the
//! host owns (the URL's fragment on the standalone page).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use js_sys::Function;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode, Window};
use yew::{AppHandle, AttrValue, Callback};

use super::events::announcer;
use super::frame::{Frame, HeightWatch};
use super::handover::{early_taps, early_taps_so_far, take_over};
use super::load::{fetched, PackLocation};
use super::option_source::OptionSource;
use super::options::{Options, Spelling};
use super::route::{challenge_for, hash_for, tab_from_hash, EarlyTaps};
use super::share::sharer;
use super::stats::Stats;
use super::storage::Store;
use super::style;
use super::words;
use crate::content::shortened;
use crate::content::Pack;
use crate::host::{Embedding, PackState, Tab, Views, WidgetEvent};
use crate::quiz::{RoundOptions, Tally};
use crate::ui::{Widget, WidgetProps};
use role_quiz_stats::wire::Tallies;

/// What one widget was mounted with, and what is worked out once for it,
/// kept for when its pack arrives or is asked for again.
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
    /// The first round's order: the one asked for, or a random one.
    seed: u64,
    /// The widget's name in shared links (its element's id, or its place on
    /// the page); `None` for the standalone and iframe pages' one widget.
    name: Option<String>,
    /// A friend's score from a shared link.
    challenge: Option<Tally>,
    /// Taps on the pre-rendered first screen, kept by embed.js.
    early: EarlyTaps,
    /// embed.js's `table(code)`: a language's words (see words.rs).
    table: Function,
    /// The widget shows the built-in pack (in its language, where it has
    /// it), not one of the blogger's.
    builtin: bool,
    /// The blogger's tally server, if any, and the last tallies it gave.
    stats: Option<Stats>,
    tallies: RefCell<Option<Rc<Tallies>>>,
}

/// The running widget and the props it was last given (none once stopped).
type App = RefCell<Option<(AppHandle<Widget>, WidgetProps)>>;
type Mounted = Rc<App>;

/// Gives the running widget changed props.
fn update(mounted: &Mounted, change: impl FnOnce(&mut WidgetProps)) {
    if let Some((handle, props)) = mounted.borrow_mut().as_mut() {
        change(props);
        handle.update(props.clone());
    }
}

/// A mounted widget: what it holds on the page, all let go by [`Running::stop`].
pub struct Running {
    shadow: ShadowRoot,
    mounted: Mounted,
    /// Its listeners on the window and its frame's height reports (the
    /// standalone and iframe pages' widget), removed when dropped.
    _listeners: Vec<EventListener>,
    _watch: Option<HeightWatch>,
}

impl Running {
    /// Where the widget is drawn (where a panic says it failed).
    pub fn shadow(&self) -> &ShadowRoot {
        &self.shadow
    }

    /// Takes the widget off the page: Yew's app is destroyed (running its
    /// hooks' cleanups), the listeners and observer are removed, and a pack
    /// still on its way finds nothing to update. What the reader saved
    /// stays saved.
    pub fn stop(self) {
        // Taken out first: the app's props hold callbacks that hold
        // `mounted`, a cycle that only this breaks.
        let app = self.mounted.borrow_mut().take();
        if let Some((handle, _)) = app {
            handle.destroy();
        }
        self.shadow.replace_children_with_node_0();
    }
}

/// Whether the widget's first screen is the comparison (a comparison-only
/// widget, or one whose address or early tap chose that tab): then its
/// split-off code (crate::ui::later) is awaited before it takes over from
/// the pre-rendered screen, which stays until then.
pub fn opens_on_compare(host: &Element, source: &OptionSource) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let (spelling, pairs) = source.read(host, &window);
    let (options, _) = Options::from_pairs(spelling, pairs);
    let tab = match source {
        OptionSource::Page => current_tab(&window),
        _ => None,
    }
    .or(early_taps_so_far(host).tab);
    options.view.settle(tab.unwrap_or_default()) == Tab::Compare
}

/// Whether the widget's pack is in the page (a JSON script inside its
/// element), which it reads as it mounts.
pub fn has_inline_pack(host: &Element) -> bool {
    matches!(
        host.query_selector(r#"script[type="application/json"]"#),
        Ok(Some(_))
    )
}

/// Mounts a widget in `host`'s shadow root; `key` names the widget on its
/// page.
pub fn mount(
    host: &Element,
    source: OptionSource,
    key: &str,
    styles: &JsValue,
    table: Function,
    repeated_id: Option<String>,
) -> Option<Running> {
    let window = web_sys::window()?;
    let (spelling, pairs) = source.read(host, &window);
    let (options, mut errors) = Options::from_pairs(spelling, pairs);
    errors.extend(style::set_looks(host, &options.looks, spelling));
    let notices: Vec<AttrValue> = errors
        .iter()
        .map(|e| e.to_string())
        .chain(repeated_id.map(|id| {
            format!(
                "Another widget on this page has the id \"{}\": give each widget its own id, \
                 or they cannot keep their progress apart (this one keeps it under its place \
                 on the page).",
                shortened(&id)
            )
        }))
        .map(AttrValue::from)
        .collect();
    for notice in &notices {
        web_sys::console::warn_1(&format!("role-quiz: {notice}").into());
    }

    let early = early_taps(host);
    if let (Some(tab), OptionSource::Page) = (early.tab, &source) {
        // The page's address names its tab: the tap goes there first.
        let _ = window.location().set_hash(hash_for(tab));
    }
    let refocus = host
        .shadow_root()
        .and_then(|shadow| take_over(host, &shadow));
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(shadow) => shadow,
            Err(_) => {
                let tag = host.tag_name().to_ascii_lowercase();
                web_sys::console::error_1(
                    &format!(
                        "role-quiz: this <{tag}> cannot hold the widget (it takes no shadow root, \
                         or holds a closed one of its own): give it an empty <div>"
                    )
                    .into(),
                );
                return None;
            }
        },
    };
    style::apply(&shadow, styles);
    let root = window.document()?.create_element("div").ok()?;
    let _ = shadow.append_child(&root);

    let page = matches!(source, OptionSource::Page);
    let name = (!page).then(|| key.trim_start_matches('#').to_owned());
    let location = PackLocation::of(host, &options);
    let stats = options
        .stats
        .as_deref()
        .and_then(|base| Stats::new(&window, base));
    let setup = Rc::new(Setup {
        frame: if page { Frame::detect(&window) } else { None },
        seed: options.seed.unwrap_or_else(random_seed),
        challenge: challenge_for(
            &window.location().hash().unwrap_or_default(),
            name.as_deref(),
        ),
        name,
        window: window.clone(),
        host: host.clone(),
        key: key.to_owned(),
        options,
        spelling,
        notices,
        page,
        early,
        table,
        builtin: matches!(location, PackLocation::Builtin),
        stats,
        tallies: RefCell::new(None),
    });
    let mounted: Mounted = Rc::new(RefCell::new(None));
    let initial = location.initial(setup.options.lang);
    // A pack in a language whose words this instance lacks shows that it
    // loads until they are here.
    let lacking = words::lacking(setup.options.lang, &initial);
    let first = match lacking {
        Some(_) => PackState::Loading { url: "".into() },
        None => initial.clone(),
    };
    let props = setup.props(first, &mounted);
    let handle = yew::Renderer::<Widget>::with_root_and_props(root, props.clone()).render();
    *mounted.borrow_mut() = Some((handle, props));
    if lacking.is_some() {
        let (setup, mounted) = (setup.clone(), mounted.clone());
        spawn_local(async move {
            let props = setup.props_in_its_words(initial, &mounted).await;
            update(&mounted, |current| *current = props);
        });
    }
    if let Some(selector) = refocus {
        // Queued after Yew's first render, which runs in a microtask.
        let shadow = shadow.clone();
        spawn_local(async move {
            let control = shadow.query_selector(&selector).ok().flatten();
            if let Some(control) = control.and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
                let _ = control.focus();
            }
        });
    }
    if let PackLocation::Url(url) = location {
        load(setup.clone(), mounted.clone(), url);
    }
    // A friend opened a shared link: the widget that shows their challenge
    // comes into view, wherever it is in the post.
    // After Yew's first render (a microtask): before it the widget may have
    // no height yet, and the page cannot scroll far enough to show it.
    if setup.challenge.is_some() && setup.options.view != Views::Compare {
        let host = host.clone();
        spawn_local(async move { host.scroll_into_view() });
    }
    let mut listeners = Vec::new();
    let mut watch = None;
    if let Some(frame) = &setup.frame {
        watch = Some(frame.report_height(host));
        let weak = Rc::downgrade(&mounted);
        listeners.push(frame.on_challenge(move |hash| {
            if let (Some(score), Some(mounted)) = (challenge_for(&hash, None), weak.upgrade()) {
                update(&mounted, |props| props.embedding.challenge = Some(score));
            }
        }));
    }
    if page {
        listeners.push(follow_hash(&window, Rc::downgrade(&mounted)));
    }
    Some(Running {
        shadow,
        mounted,
        _listeners: listeners,
        _watch: watch,
    })
}

/// Fetches the pack at `url` and shows it, or why it cannot be had.
fn load(setup: Rc<Setup>, mounted: Mounted, url: String) {
    spawn_local(async move {
        let content = fetched(&url, setup.page).await;
        let props = setup.props_in_its_words(content, &mounted).await;
        update(&mounted, |current| *current = props);
    });
}

impl Setup {
    /// [`Setup::props`] once the words of `content`'s language are here
    /// (fetched if this instance lacks them), or known not to come: then
    /// the widget speaks English and its notice says why.
    async fn props_in_its_words(
        self: &Rc<Self>,
        content: PackState,
        mounted: &Mounted,
    ) -> WidgetProps {
        let (notice, content) = match words::lacking(self.options.lang, &content) {
            Some(lang) => {
                let notice = words::fetched(&self.table, lang).await;
                // The language's file brings the built-in pack in it too.
                let content = match self.builtin {
                    true => PackLocation::Builtin.initial(self.options.lang),
                    false => content,
                };
                (notice, content)
            }
            None => (None, content),
        };
        let mut props = self.props(content, mounted);
        props.notices.extend(notice.map(AttrValue::from));
        props
    }

    /// The widget's props for `content`: everything that depends on the
    /// pack (saved progress, events, sharing) is set up once it is there.
    fn props(self: &Rc<Self>, content: PackState, mounted: &Mounted) -> WidgetProps {
        let mut notices = self.notices.clone();
        let content = match content {
            PackState::Ready(pack) if !self.options.links.is_empty() => {
                let (linked, unknown) = pack.with_links(&self.options.links);
                notices.extend(unknown.iter().map(|id| {
                    let ids: Vec<&str> = linked.sources.iter().map(|s| s.id.as_str()).collect();
                    AttrValue::from(format!(
                        "{}: this pack has no source \"{}\"; its sources are {}",
                        self.spelling.spell("sources"),
                        shortened(id),
                        ids.join(", ")
                    ))
                }));
                PackState::Ready(Rc::new(linked))
            }
            content => content,
        };
        let pack = match &content {
            PackState::Ready(pack) => Some(pack.clone()),
            _ => None,
        };
        if let Some(notice) = pack
            .as_ref()
            .and_then(|pack| self.options.length_notice(self.spelling, pack.items.len()))
        {
            notices.push(notice.into());
        }
        let store = pack.as_ref().map(|pack| {
            let path = self.window.location().pathname().unwrap_or_default();
            Store::open(&self.window, &path, &self.key, pack)
        });
        let (saved, best) = match (&store, &pack) {
            (Some(store), Some(pack)) => store.load(pack),
            _ => (None, None),
        };
        // A reader who opens the standalone page at an address that names a
        // seed or a length asks for that round: a saved one that is another
        // is offered on the intro, not resumed over the request. (A blog
        // widget's or a frame's options are the blogger's, not a request.)
        let asked_by_address = self.page && self.frame.is_none();
        let asked_length = self
            .options
            .questions
            .zip(pack.as_ref())
            .map(|(length, pack)| length.count(pack.items.len()));
        let (resume, offer) = match saved {
            Some(saved)
                if asked_by_address && !saved.answers_request(self.options.seed, asked_length) =>
            {
                (None, Some(saved))
            }
            saved => (saved, None),
        };
        let on_retry = {
            let setup = self.clone();
            let mounted = mounted.clone();
            Callback::from(move |()| {
                if let Some(url) = setup.options.pack.clone() {
                    update(&mounted, |props| {
                        props.content = PackState::Loading {
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
                length: self.options.length(),
                seed: self.seed,
            },
            notices,
            embedding: Embedding {
                lang: self.options.lang,
                views: self.options.view,
                tab: if self.page {
                    current_tab(&self.window).unwrap_or_default()
                } else {
                    self.early.tab.unwrap_or_default()
                },
                on_tab_change: self.tab_changer(mounted),
                theme: self.options.theme,
                on_event: pack.as_ref().map_or_else(Callback::noop, |pack| {
                    let announce = announcer(self.host.clone(), pack.clone(), self.frame.clone());
                    self.counted(announce, pack, mounted)
                }),
                resume,
                offer,
                best,
                on_keep: match (store, &pack) {
                    (Some(store), Some(pack)) => store.keeper(pack.clone()),
                    _ => Callback::noop(),
                },
                challenge: self.challenge,
                on_share: pack
                    .as_ref()
                    .map(|_| sharer(self.window.clone(), self.share_page(), self.name.clone())),
                shortcuts: self.options.shortcuts,
                profiles: self.options.profiles,
                early_start: self.early.start,
                tallies: self.tallies.borrow().clone(),
            },
            on_retry,
        }
    }

    /// `announce`, and with a tally server each answer and round told to it
    /// too; its tallies are read as the pack is there and after each round,
    /// for the next.
    fn counted(
        self: &Rc<Self>,
        announce: Callback<WidgetEvent>,
        pack: &Rc<Pack>,
        mounted: &Mounted,
    ) -> Callback<WidgetEvent> {
        let Some(stats) = self.stats.clone() else {
            return announce;
        };
        self.read_tallies(&stats, pack, mounted);
        let (setup, pack, mounted) = (self.clone(), pack.clone(), Rc::downgrade(mounted));
        Callback::from(move |event: WidgetEvent| {
            announce.emit(event.clone());
            stats.tell(&pack, &event);
            if let (WidgetEvent::Complete { .. }, Some(mounted)) = (&event, mounted.upgrade()) {
                setup.read_tallies(&stats, &pack, &mounted);
            }
        })
    }

    /// Reads `pack`'s tallies and gives them to the widget, which shows them
    /// from the next feedback on (never in one already on screen).
    fn read_tallies(self: &Rc<Self>, stats: &Stats, pack: &Rc<Pack>, mounted: &Mounted) {
        let (setup, stats, pack, mounted) = (
            self.clone(),
            stats.clone(),
            pack.clone(),
            Rc::downgrade(mounted),
        );
        spawn_local(async move {
            let Some(tallies) = stats.tallies(&pack).await.map(Rc::new) else {
                return;
            };
            *setup.tallies.borrow_mut() = Some(tallies.clone());
            if let Some(mounted) = mounted.upgrade() {
                update(&mounted, |props| props.embedding.tallies = Some(tallies));
            }
        });
    }

    /// What the widget asks for when the reader wants the other tab: it is
    /// given the tab at once, so focus can follow before the reader's next
    /// key; on the standalone and iframe pages the URL's fragment follows
    /// too (and [`follow_hash`], finding the tab already shown, does
    /// nothing).
    fn tab_changer(&self, mounted: &Mounted) -> Callback<Tab> {
        let mounted: Weak<_> = Rc::downgrade(mounted);
        let window = self.page.then(|| self.window.clone());
        Callback::from(move |tab| {
            if let Some(mounted) = mounted.upgrade() {
                update(&mounted, |props| props.embedding.tab = tab);
            }
            if let Some(window) = &window {
                let _ = window.location().set_hash(hash_for(tab));
            }
        })
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

fn current_tab(window: &Window) -> Option<Tab> {
    tab_from_hash(&window.location().hash().unwrap_or_default())
}

/// Switches tabs when the fragment changes: the back button, or a link to
/// `#compare` elsewhere on the page. Listens while the listener is kept.
fn follow_hash(window: &Window, mounted: Weak<App>) -> EventListener {
    let target = window.clone();
    EventListener::new(window, "hashchange", move |_| {
        let Some(mounted) = mounted.upgrade() else {
            return;
        };
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
}

/// A seed for readers who did not ask for a fixed order. `Math.random` is
/// plenty: the order only has to differ between visits.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
