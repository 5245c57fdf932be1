//! The widget as mounted on a page: its card, notices for the blogger, and
//! the quiz, or why there is none yet. The root the host renders.

use std::rc::Rc;

use yew::prelude::*;

use super::problems::{load_failed, loading, notices, pack_problems};
use super::App;
use crate::host::{Embedding, PackState};
use crate::lang::Words;
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
    // The page's language wins over the pack's; before there is a pack,
    // the page's is all there is.
    let asked = props.embedding.lang;
    let pack = use_memo((props.content.clone(), asked), |(content, asked)| {
        match (content, asked) {
            (PackState::Ready(pack), Some(lang)) if pack.lang != *lang => {
                Some(Rc::new(pack.with_lang(*lang)))
            }
            (PackState::Ready(pack), _) => Some(pack.clone()),
            _ => None,
        }
    });
    let lang = pack
        .as_ref()
        .as_ref()
        .map_or(asked.unwrap_or_default(), |p| p.lang);
    let words = Words::new(lang, &[]);
    html! {
        <div class="rq" data-theme={props.embedding.theme.name()} lang={lang.code()}>
            <div class="rq-card" tabindex="-1" ref={card}>
                { notices(&props.notices) }
                {
                    match (&props.content, pack.as_ref()) {
                        // Keyed by the pack: another pack is another quiz, never
                        // an old round read against new items.
                        (_, Some(pack)) => html! {
                            <App
                                key={format!("{}@{}", pack.id, pack.version)}
                                pack={pack.clone()}
                                round={props.round}
                                embedding={props.embedding.clone()}
                            />
                        },
                        (PackState::Loading { url }, None) => loading(&words, url),
                        (PackState::Failed { url, reason, retry, refused }, None) => {
                            load_failed(&words, url, reason, retry.then_some(&on_retry), !refused)
                        }
                        (PackState::Invalid { origin, errors }, None) => pack_problems(&words, origin, errors),
                        (PackState::Ready(_), None) => Html::default(),
                    }
                }
            </div>
        </div>
    }
}
