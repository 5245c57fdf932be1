//! Everything that touches the host page: reading the widget's options,
//! finding where to mount, and starting the Yew app there. The rest of the
//! crate never reaches for `window` or `document`.

mod options;
mod route;

pub use options::{OptionError, Options, MAX_QUESTIONS};
pub use route::{hash_for, tab_from_hash};

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::{AppHandle, Callback};

use crate::content;
use crate::quiz::RoundOptions;
use crate::ui::{Embedding, Tab, Views, Widget, WidgetProps};

/// The element the standalone page (`index.html`) mounts the widget in.
pub const STANDALONE_ROOT_ID: &str = "role-quiz";

/// Mounts the widget on the standalone page, configured by the URL's query
/// (`?questions=5&seed=42`), with its tab following the URL's fragment
/// (`#quiz`, `#compare`).
pub fn start_standalone() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let pairs = web_sys::UrlSearchParams::new_with_str(&search)
        .map(|params| {
            ["questions", "seed"]
                .into_iter()
                .filter_map(|name| params.get(name).map(|value| (name, value)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let (options, errors) = Options::from_pairs(pairs);
    for error in &errors {
        web_sys::console::warn_1(&format!("role-quiz: {error}").into());
    }

    let root = document
        .get_element_by_id(STANDALONE_ROOT_ID)
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else {
        return;
    };
    let props = WidgetProps {
        pack: content::builtin().map(Rc::new).map_err(Rc::new),
        round: RoundOptions {
            length: options.questions,
            seed: options.seed.unwrap_or_else(random_seed),
        },
        notices: errors.iter().map(|e| e.to_string().into()).collect(),
        embedding: Embedding {
            views: Views::Both,
            tab: current_tab(&window).unwrap_or_default(),
            on_tab_change: Callback::from(move |tab| {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_hash(hash_for(tab));
                }
            }),
        },
    };
    let handle = yew::Renderer::<Widget>::with_root_and_props(root, props.clone()).render();
    follow_hash(&window, handle, props);
}

fn current_tab(window: &web_sys::Window) -> Option<Tab> {
    tab_from_hash(&window.location().hash().unwrap_or_default())
}

/// Switches tabs when the fragment changes: the back button, or a link to
/// `#compare` elsewhere on the page. Lives as long as the page.
fn follow_hash(window: &web_sys::Window, handle: AppHandle<Widget>, props: WidgetProps) {
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
