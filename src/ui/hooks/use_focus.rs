//! Focus management: the reader is never left on the page's `<body>`.
//!
//! The reducer names where focus goes after an action that removed what had
//! it ([`Focus`], with a serial so a repeat is a new request). This hook
//! applies the request after the render that put the target on the page:
//! child effects run before the parent's, so the element exists by then. A
//! target inside a panel the host has not shown yet (the reader asked for
//! the other tab; the host switches it a moment later, on the standalone
//! page after the URL changes) stays pending until the tab arrives, and is
//! applied once, never again on a later tab change.
//!
//! Focus never scrolls by itself (`preventScroll`): the browser would bring
//! "Next" into view by pushing the question off the top of a phone's screen,
//! so the reader would read "You chose CIO…" without the question. Instead
//! the page scrolls as little as it must: to show the target, but never so
//! far that the question's statement leaves the top of the window. "Next"
//! sits in a bar that sticks to the window's bottom, so it is on screen as
//! soon as the feedback is: what the page shows after an answer is the
//! feedback's first lines, above that bar.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, FocusOptions, HtmlElement};
use yew::prelude::*;

use crate::host::Tab;
use crate::ui::state::{Focus, FocusRequest};

/// The elements focus can be sent to.
#[derive(Clone, Default, PartialEq)]
pub struct FocusRefs {
    pub statement: NodeRef,
    pub next: NodeRef,
    pub results: NodeRef,
    pub start: NodeRef,
    pub quiz_panel: NodeRef,
    pub compare_panel: NodeRef,
}

impl FocusRefs {
    fn get(&self, to: Focus) -> &NodeRef {
        match to {
            Focus::Statement => &self.statement,
            Focus::Next => &self.next,
            Focus::Results => &self.results,
            Focus::Start => &self.start,
            Focus::Panel(Tab::Quiz) => &self.quiz_panel,
            Focus::Panel(Tab::Compare) => &self.compare_panel,
        }
    }
}

/// Moves focus as `request` asks once its target is on the page and in the
/// panel on screen (`tab`); gives the refs to put on the targets. `later`
/// says whether the split-off screens are here ([`crate::ui::later`]): a
/// target on one of them is focused once it has arrived.
#[hook]
pub fn use_focus(request: Option<FocusRequest>, tab: Tab, later: bool) -> FocusRefs {
    let refs = use_memo((), |_| FocusRefs::default());
    let applied: Rc<RefCell<Option<u32>>> = use_mut_ref(|| None);
    {
        let refs = refs.clone();
        use_effect_with((request, tab, later), move |(request, tab, _)| {
            let Some((to, serial)) = *request else {
                return;
            };
            let waiting = matches!(to, Focus::Panel(panel) if panel != *tab);
            if waiting || *applied.borrow() == Some(serial) {
                return;
            }
            if let Some(element) = refs.get(to).cast::<HtmlElement>() {
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = element.focus_with_options(&options);
                let (shown, bar) = match to {
                    Focus::Next => feedback_start(&element),
                    _ => (None, 0.0),
                };
                let keep = refs.statement.cast::<Element>();
                reveal(shown.as_ref().unwrap_or(&element), keep.as_ref(), bar);
                *applied.borrow_mut() = Some(serial);
            }
        });
    }
    (*refs).clone()
}

/// The room kept between a revealed element and the window's edge, in CSS
/// pixels: enough to see that something is there.
const MARGIN: f64 = 16.0;

/// For "Next" in its sticky bar: the feedback's answer line, to be shown
/// instead, and the bar's height, which covers the window's bottom.
fn feedback_start(next: &Element) -> (Option<Element>, f64) {
    let bar = next
        .closest(".rq-next-bar")
        .ok()
        .flatten()
        .map_or(0.0, |bar| bar.get_bounding_client_rect().height());
    let answer = next
        .closest(".rq-feedback")
        .ok()
        .flatten()
        .and_then(|feedback| {
            feedback
                .query_selector(".rq-feedback-answer")
                .ok()
                .flatten()
        });
    (answer, bar)
}

/// Scrolls the window as little as it takes to show `target` above the
/// bottom `covered` pixels, but never so far down that `keep` (the
/// question's statement, when on screen) goes above the window's top.
fn reveal(target: &Element, keep: Option<&Element>, covered: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default()
        - covered;
    let rect = target.get_bounding_client_rect();
    let delta = if rect.top() < 0.0 {
        rect.top() - MARGIN
    } else if rect.bottom() > height {
        let down = rect.bottom() - height + MARGIN;
        // Down, but the statement stays in view.
        let room = keep.map_or(down, |keep| {
            (keep.get_bounding_client_rect().top() - MARGIN).max(0.0)
        });
        down.min(room).min(rect.top() - MARGIN)
    } else {
        0.0
    };
    if delta != 0.0 {
        window.scroll_by_with_x_and_y(0.0, delta);
    }
}
