//! The widget as mounted on a page: its card, notices for the blogger, and
//! the quiz, or why there is none yet. The root the host renders.

use yew::prelude::*;

use super::problems::{load_failed, loading, notices, pack_problems};
use super::App;
use crate::host::{Embedding, PackState};
use crate::quiz::RoundOptions;

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub content: PackState,
    pub round: RoundOptions,
    /// Options the host page got wrong, in words.
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    #[prop_or_default]
    pub embedding: Embedding,
    /// Loads the content again after a failure.
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

/// The widget as mounted on a page: its card, notices for the blogger, and
/// the quiz, or why there is none yet.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    // "Try again" disappears as the pack reloads: focus then goes to the
    // card, and only then (never on an ordinary load).
    let card = use_node_ref();
    let retried = use_mut_ref(|| false);
    {
        let card = card.clone();
        let retried = retried.clone();
        let kind = std::mem::discriminant(&props.content);
        use_effect_with(kind, move |_| {
            if *retried.borrow() {
                if let Some(card) = card.cast::<web_sys::HtmlElement>() {
                    let _ = card.focus();
                }
            }
        });
    }
    let on_retry = {
        let on_retry = props.on_retry.clone();
        Callback::from(move |()| {
            *retried.borrow_mut() = true;
            on_retry.emit(());
        })
    };
    html! {
        <div class="rq" data-theme={props.embedding.theme.name()}>
            <div class="rq-card" tabindex="-1" ref={card}>
                { notices(&props.notices) }
                {
                    match &props.content {
                        // Keyed by the pack: another pack is another quiz, never
                        // an old round read against new items.
                        PackState::Ready(pack) => html! {
                            <App
                                key={format!("{}@{}", pack.id, pack.version)}
                                pack={pack.clone()}
                                round={props.round}
                                embedding={props.embedding.clone()}
                            />
                        },
                        PackState::Loading { url } => loading(url),
                        PackState::Failed { url, reason, retry } => {
                            load_failed(url, reason, retry.then_some(&on_retry))
                        }
                        PackState::Invalid { origin, errors } => pack_problems(origin, errors),
                    }
                }
            </div>
        </div>
    }
}
