//! Inside an iframe (the `embed.html` page). A parent page cannot see how
//! tall the widget is, so the frame tells it: `{type: "rolequiz:resize",
//! height}` whenever the height changes, and again whenever the parent asks
//! with `{type: "rolequiz:measure"}` (host.js does, when a frame that was
//! hidden is shown). Widget events go to the parent as `{type, detail}`.
//!
//! Messages go to any origin: the frame cannot know where it is embedded, and
//! they carry nothing but quiz progress.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, ResizeObserver, Window};

#[derive(Clone)]
pub struct Frame {
    window: Window,
    parent: Window,
}

impl Frame {
    /// `Some` when this page runs inside a frame.
    pub fn detect(window: &Window) -> Option<Frame> {
        let parent = window.parent().ok().flatten()?;
        if Object::is(&parent, window) {
            return None;
        }
        Some(Frame {
            window: window.clone(),
            parent,
        })
    }

    /// Posts `{type, ...fields}` to the parent page.
    pub fn post(&self, kind: &str, fields: &[(&str, JsValue)]) {
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &kind.into());
        for (name, value) in fields {
            let _ = Reflect::set(&message, &(*name).into(), value);
        }
        let _ = self.parent.post_message(&message, "*");
    }

    /// Reports `host`'s height now, on every change, and on request, for as
    /// long as the returned watch is kept.
    #[must_use = "the reports stop when the watch is dropped"]
    pub fn report_height(&self, host: &Element) -> HeightWatch {
        let last = Rc::new(Cell::new(-1.0));
        let report = {
            let frame = self.clone();
            let host = host.clone();
            move |force: bool| {
                let height = frame.content_height(&host);
                if force || height != last.get() {
                    last.set(height);
                    frame.post("rolequiz:resize", &[("height", height.into())]);
                }
            }
        };

        let on_resize = {
            let report = report.clone();
            Closure::<dyn FnMut()>::new(move || report(false))
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(host);
        }

        let parent = self.parent.clone();
        let on_request = report.clone();
        let on_message = EventListener::new(&self.window, "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            let from_parent = event.source().is_some_and(|s| Object::is(&s, &parent));
            let kind = Reflect::get(&event.data(), &"type".into()).ok();
            if from_parent
                && kind.and_then(|k| k.as_string()).as_deref() == Some("rolequiz:measure")
            {
                on_request(true);
            }
        });
        report(true);
        HeightWatch {
            observer,
            _on_resize: on_resize,
            _on_message: on_message,
        }
    }

    /// Calls `show` with the fragment of the page around the frame when
    /// host.js hands it in (`{type: "rolequiz:challenge", hash}`): a friend's
    /// challenge is in that page's address, which the frame cannot read.
    /// Listens for as long as the returned listener is kept.
    #[must_use = "the listening stops when the listener is dropped"]
    pub fn on_challenge(&self, show: impl Fn(String) + 'static) -> EventListener {
        let parent = self.parent.clone();
        EventListener::new(&self.window, "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            let from_parent = event.source().is_some_and(|s| Object::is(&s, &parent));
            let field = |name: &str| {
                Reflect::get(&event.data(), &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            if from_parent && field("type").as_deref() == Some("rolequiz:challenge") {
                if let Some(hash) = field("hash") {
                    show(hash);
                }
            }
        })
    }

    /// The height the frame needs: down to the bottom of the widget.
    fn content_height(&self, host: &Element) -> f64 {
        let scrolled = self.window.scroll_y().unwrap_or(0.0);
        (host.get_bounding_client_rect().bottom() + scrolled).ceil()
    }
}

/// What keeps the frame's height reported: dropped with its widget, it
/// stops observing and listening.
pub struct HeightWatch {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_message: EventListener,
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
