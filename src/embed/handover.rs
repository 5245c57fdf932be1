//! Taking over from a pre-rendered first screen: the page's own
//! (declarative shadow root) or embed.js's placeholder, which shows the
//! widget's first screen and keeps the reader's taps until the code is here.

use web_sys::{Element, ShadowRoot};

use super::route::EarlyTaps;

/// Where embed.js keeps the taps on the pre-rendered first screen.
const EARLY_TAP: &str = "data-role-quiz-early";
/// Marks a host whose shadow root holds a pre-rendered first screen (the
/// page's, or embed.js's placeholder) until the widget takes over.
const PRERENDERED: &str = "data-role-quiz-prerendered";

/// The taps embed.js kept on the pre-rendered first screen, taken off the
/// element so they are acted on once.
pub(super) fn early_taps(host: &Element) -> EarlyTaps {
    let taps = host.get_attribute(EARLY_TAP);
    let _ = host.remove_attribute(EARLY_TAP);
    taps.map(|taps| EarlyTaps::parse(&taps)).unwrap_or_default()
}

/// The taps kept so far, left on the element (for a look before mounting).
pub(super) fn early_taps_so_far(host: &Element) -> EarlyTaps {
    host.get_attribute(EARLY_TAP)
        .map(|taps| EarlyTaps::parse(&taps))
        .unwrap_or_default()
}

/// Empties a shadow root that holds a pre-rendered first screen (the
/// page's declarative one, or embed.js's placeholder) for the widget. Yew
/// renders in a microtask, before the browser paints again, so the reader
/// never sees the card empty. Returns the control focus was on, as a
/// selector: a reader who had tabbed to it keeps their place.
pub(super) fn take_over(host: &Element, shadow: &ShadowRoot) -> Option<String> {
    let refocus = shadow.active_element().and_then(|el| same_control(&el));
    shadow.replace_children_with_node_0();
    let _ = host.remove_attribute(PRERENDERED);
    refocus
}

/// A selector for the control of a freshly rendered widget that matches
/// `focused` on the pre-rendered screen: "Start quiz" or a tab.
fn same_control(focused: &Element) -> Option<String> {
    if let Some(tab) = focused.get_attribute("data-tab") {
        return Some(format!("[data-tab=\"{tab}\"]"));
    }
    let start = ".rq-intro .rq-button-primary";
    focused
        .matches(start)
        .unwrap_or(false)
        .then(|| start.to_owned())
}
