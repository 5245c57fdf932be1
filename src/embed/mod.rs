//! Everything that touches the host page: reading the widget's options,
//! finding where to mount, and starting the Yew app there. The rest of the
//! crate never reaches for `window` or `document`.

mod options;

pub use options::{OptionError, Options, MAX_QUESTIONS};

use std::rc::Rc;

use crate::content;
use crate::quiz::RoundOptions;
use crate::ui::{Widget, WidgetProps};

/// The element the standalone page (`index.html`) mounts the widget in.
pub const STANDALONE_ROOT_ID: &str = "role-quiz";

/// Mounts the widget on the standalone page, configured by the URL's query
/// (`?questions=5&seed=42`).
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
    };
    yew::Renderer::<Widget>::with_root_and_props(root, props).render();
}

/// A seed for readers who did not ask for a fixed order. `Math.random` is
/// plenty: the order only has to differ between visits.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
