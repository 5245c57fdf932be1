//! Renders, at build time, what a reader sees before the widget's code has
//! arrived: the standalone and iframe pages' first screen (the built-in
//! pack's intro with both profiles, "Start quiz" and the tabs), rendered by
//! the very components the browser runs, with Yew's SSR. The post-build hook
//! (scripts/post-build.mjs) puts it in the pages as the widget's declarative
//! shadow root, which the widget replaces in place when it mounts; and for a
//! reader without JavaScript it adds the comparison as plain lists.
//!
//! Prints a JSON object: `widget` (the first screen's markup), `lists` (the
//! comparison's lists, every one open) and `css` (the widget's stylesheet).

use std::rc::Rc;

use role_quiz::content;
use role_quiz::embed::WIDGET_CSS;
use role_quiz::host::{Embedding, PackState, Profiles, Tab, Theme, Views};
use role_quiz::quiz::RoundOptions;
use role_quiz::ui::{StillLists, StillListsProps, Widget, WidgetProps};
use yew::{Callback, LocalServerRenderer};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pack = match content::builtin() {
        Ok(pack) => Rc::new(pack),
        Err(errors) => {
            eprintln!("prerender: the built-in pack does not load: {errors}");
            std::process::exit(1);
        }
    };
    // The props a page's widget mounts with when its URL asks for nothing:
    // both views, the quiz tab, the default options (see embed::Options).
    let props = WidgetProps {
        content: PackState::Ready(pack.clone()),
        round: RoundOptions::new(0),
        notices: Vec::new(),
        embedding: Embedding {
            views: Views::Both,
            tab: Tab::Quiz,
            theme: Theme::Auto,
            shortcuts: true,
            profiles: Profiles::Shown,
            ..Embedding::default()
        },
        on_retry: Callback::noop(),
    };
    let widget = LocalServerRenderer::<Widget>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    let lists = LocalServerRenderer::<StillLists>::with_props(StillListsProps { pack })
        .hydratable(false)
        .render()
        .await;
    let out = serde_json::json!({ "widget": widget, "lists": lists, "css": WIDGET_CSS });
    println!("{out}");
}
