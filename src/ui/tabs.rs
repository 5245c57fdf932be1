//! The tab list between the quiz and the comparison (the ARIA tabs pattern).

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::host::Tab;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub current: Tab,
    pub on_select: Callback<Tab>,
    /// The tabs' names, in [`TABS`]' order: "Quiz", "Compare roles".
    pub names: [AttrValue; 2],
    /// The tab list's name for screen readers: "Views".
    pub label: AttrValue,
    /// A tab chosen whose panel's code is still on its way: it shows
    /// pressed, the current panel stays ([`super::later`]).
    #[prop_or_default]
    pub pending: Option<Tab>,
}

const TABS: [(Tab, &str); 2] = [(Tab::Quiz, "quiz"), (Tab::Compare, "compare")];

/// The id of a tab's panel, for `aria-controls` and the panel itself.
pub fn panel_id(tab: Tab) -> &'static str {
    match tab {
        Tab::Quiz => "rq-panel-quiz",
        Tab::Compare => "rq-panel-compare",
    }
}

pub fn tab_id(tab: Tab) -> &'static str {
    match tab {
        Tab::Quiz => "rq-tab-quiz",
        Tab::Compare => "rq-tab-compare",
    }
}

/// "Quiz" and "Compare roles", following the ARIA tabs pattern: one tab stop,
/// arrow keys (and Home/End) move between tabs and select them.
#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let refs = [use_node_ref(), use_node_ref()];
    let onkeydown = {
        let refs = refs.clone();
        let on_select = props.on_select.clone();
        let current = props.current;
        Callback::from(move |e: KeyboardEvent| {
            let position = TABS.iter().position(|(t, ..)| *t == current).unwrap_or(0);
            let target = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (position + 1) % TABS.len(),
                "ArrowLeft" | "ArrowUp" => (position + TABS.len() - 1) % TABS.len(),
                "Home" => 0,
                "End" => TABS.len() - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(TABS[target].0);
            if let Some(tab) = refs[target].cast::<HtmlElement>() {
                let _ = tab.focus();
            }
        })
    };
    html! {
        <div class="rq-tabs" role="tablist" aria-label={props.label.clone()} {onkeydown}>
            { for TABS.iter().zip(&refs).zip(&props.names).map(|(((tab, name), node), label)| {
                let selected = *tab == props.current;
                let tab = *tab;
                html! {
                    <button
                        type="button"
                        role="tab"
                        class={classes!("rq-tab", (props.pending == Some(tab)).then_some("rq-pressed"))}
                        aria-busy={(props.pending == Some(tab)).then_some("true")}
                        id={tab_id(tab)}
                        data-tab={*name}
                        aria-selected={selected.to_string()}
                        aria-controls={panel_id(tab)}
                        tabindex={if selected { "0" } else { "-1" }}
                        ref={node.clone()}
                        onclick={props.on_select.reform(move |_: MouseEvent| tab)}
                    >
                        { label.clone() }
                    </button>
                }
            }) }
        </div>
    }
}
