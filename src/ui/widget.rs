use std::rc::Rc;

use yew::prelude::*;

use super::problems::{
    load_failed, loading, notices, pack_problems, LoadFailedProps, LoadingProps, NoticesProps,
    PackProblemsProps,
};
use super::{App, Embedding};
use crate::content::{Pack, PackErrors};
use crate::quiz::RoundOptions;

/// Where the widget's content stands: the host loads it and says.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// Fetching the pack at `url`.
    Loading {
        url: AttrValue,
    },
    /// The pack at `url` could not be fetched, for `reason`.
    Failed {
        url: AttrValue,
        reason: AttrValue,
    },
    /// The pack (from `origin`: "the built-in pack", "the pack at …") has
    /// problems.
    Invalid {
        origin: AttrValue,
        errors: Rc<PackErrors>,
    },
    Ready(Rc<Pack>),
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub content: Content,
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
                { notices(&NoticesProps { notices: props.notices.clone() }) }
                {
                    match &props.content {
                        // Keyed by the pack: another pack is another quiz, never
                        // an old round read against new items.
                        Content::Ready(pack) => html! {
                            <App
                                key={format!("{}@{}", pack.id, pack.version)}
                                pack={pack.clone()}
                                round={props.round}
                                embedding={props.embedding.clone()}
                            />
                        },
                        Content::Loading { url } => html! { { loading(&LoadingProps { url: url.clone() }) } },
                        Content::Failed { url, reason } => html! {
                            { load_failed(&LoadFailedProps {
                                url: url.clone(),
                                reason: reason.clone(),
                                on_retry: on_retry.clone(),
                            }) }
                        },
                        Content::Invalid { origin, errors } => html! {
                            { pack_problems(&PackProblemsProps {
                                origin: origin.clone(),
                                errors: errors.clone(),
                            }) }
                        },
                    }
                }
            </div>
        </div>
    }
}
