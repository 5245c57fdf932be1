use std::rc::Rc;

use yew::prelude::*;

use super::problems::{LoadFailed, Loading, Notices, PackProblems};
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
    html! {
        <div class="rq" data-theme={props.embedding.theme.name()}>
            <div class="rq-card">
                <Notices notices={props.notices.clone()} />
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
                        Content::Loading { url } => html! { <Loading url={url.clone()} /> },
                        Content::Failed { url, reason } => html! {
                            <LoadFailed url={url.clone()} reason={reason.clone()} on_retry={props.on_retry.clone()} />
                        },
                        Content::Invalid { origin, errors } => html! {
                            <PackProblems origin={origin.clone()} errors={errors.clone()} />
                        },
                    }
                }
            </div>
        </div>
    }
}
