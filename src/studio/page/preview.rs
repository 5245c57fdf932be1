//! The real widget, beside the form: the same components readers get, in
//! their own shadow root with the widget's stylesheet, at a phone's or a
//! laptop's width and in a chosen theme.
//!
//! It follows the draft a moment after typing stops (a pack that changes
//! is a new quiz, which starts again from its intro), and keeps the last
//! pack without problems on screen while the draft has some.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::{Element, HtmlElement, HtmlSelectElement, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

use crate::content::Pack;
use crate::embed::WIDGET_CSS;
use crate::host::{Embedding, PackState, Tab, Theme};
use crate::quiz::RoundOptions;
use crate::ui::Widget;

/// How long typing must pause before the preview follows, in ms.
const SETTLE_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The draft as a pack, when it has no problem.
    pub pack: Option<Rc<Pack>>,
    /// Changes when the whole draft is swapped: the last good version of
    /// the draft before is no preview of this one.
    pub swaps: u32,
}

/// The pack on screen, and how many came before it: each is a new quiz,
/// keyed apart.
#[derive(Default, PartialEq)]
struct Shown {
    count: u32,
    pack: Option<Rc<Pack>>,
}

impl Reducible for Shown {
    /// A pack to show, or `None` to show none until the next.
    type Action = Option<Rc<Pack>>;

    fn reduce(self: Rc<Self>, pack: Self::Action) -> Rc<Self> {
        if pack == self.pack {
            return self;
        }
        Rc::new(Shown {
            count: self.count + 1,
            pack,
        })
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Width {
    Phone,
    Laptop,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let width = use_state(|| Width::Laptop);
    let theme = use_state(|| Theme::Auto);
    let tab = use_state(|| Tab::Quiz);
    let shown = use_reducer(Shown::default);
    {
        let shown = shown.dispatcher();
        use_effect_with(props.pack.clone(), move |pack| {
            let pack = pack.clone();
            let timer =
                pack.map(|pack| Timeout::new(SETTLE_MS, move || shown.dispatch(Some(pack))));
            move || drop(timer)
        });
    }
    {
        let shown = shown.dispatcher();
        use_effect_with(props.swaps, move |_| shown.dispatch(None));
    }
    let host = use_node_ref();
    let root = use_state(|| None::<Element>);
    {
        let host = host.clone();
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(host) = host.cast::<HtmlElement>() {
                root.set(shadow_root(&host));
            }
        });
    }
    let widget = match (&*root, &shown.pack) {
        (Some(root), Some(pack)) => {
            let embedding = Embedding {
                tab: *tab,
                on_tab_change: {
                    let tab = tab.clone();
                    Callback::from(move |t| tab.set(t))
                },
                theme: *theme,
                ..Embedding::default()
            };
            create_portal(
                html! {
                    <Widget key={shown.count} content={PackState::Ready(pack.clone())}
                        round={RoundOptions::new(u64::from(shown.count))} {embedding} />
                },
                root.clone(),
            )
        }
        _ => Html::default(),
    };
    let stale = props.pack.is_none() && shown.pack.is_some();
    let on_width = {
        let width = width.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            width.set(if value == "phone" {
                Width::Phone
            } else {
                Width::Laptop
            });
        })
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            theme.set(
                match e
                    .target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .as_str()
                {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => Theme::Auto,
                },
            )
        })
    };
    html! {
        <section class="st-preview" aria-labelledby="preview-title" id="preview">
            <div class="st-preview-bar">
                <h2 id="preview-title">{ "Preview" }</h2>
                <label>{ "Width " }
                    <select onchange={on_width}>
                        <option value="laptop" selected={*width == Width::Laptop}>{ "Laptop" }</option>
                        <option value="phone" selected={*width == Width::Phone}>{ "Phone (390 px)" }</option>
                    </select>
                </label>
                <label>{ "Theme " }
                    <select onchange={on_theme}>
                        <option value="auto" selected={*theme == Theme::Auto}>{ "As the reader's system" }</option>
                        <option value="light" selected={*theme == Theme::Light}>{ "Light" }</option>
                        <option value="dark" selected={*theme == Theme::Dark}>{ "Dark" }</option>
                    </select>
                </label>
            </div>
            if stale {
                <p class="st-hint" role="status">{ "The preview shows your last version without problems." }</p>
            }
            if shown.pack.is_none() {
                <p class="st-waiting">
                    { "The quiz appears here as soon as the pack has its two roles, a source and three items, with nothing left to fill in." }
                </p>
            }
            <div class={classes!("st-frame", (*width == Width::Phone).then_some("st-phone"))}>
                <div class="st-widget" ref={host} data-role-quiz-mounted="">{ widget }</div>
            </div>
        </section>
    }
}

/// The preview's shadow root, styled as the widget's, and the element in it
/// the widget is drawn into.
fn shadow_root(host: &HtmlElement) -> Option<Element> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    let document = web_sys::window()?.document()?;
    // Adopted, as embed.js does: a page under a strict style-src (README's
    // policy) refuses a <style> element.
    match web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(WIDGET_CSS).is_ok())
    {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            let style = document.create_element("style").ok()?;
            style.set_text_content(Some(WIDGET_CSS));
            shadow.append_child(&style).ok()?;
        }
    }
    let root = document.create_element("div").ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
}
