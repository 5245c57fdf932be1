use std::rc::Rc;

use yew::prelude::*;

use super::problems::{Notices, PackProblems};
use super::{App, Embedding};
use crate::content::{Pack, PackErrors};
use crate::quiz::RoundOptions;

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// The pack to quiz on, or why there is none.
    pub pack: Result<Rc<Pack>, Rc<PackErrors>>,
    pub round: RoundOptions,
    /// Options the host page got wrong, in words.
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    #[prop_or_default]
    pub embedding: Embedding,
}

/// The widget as mounted on a page: its card, notices for the blogger, and
/// the quiz, or the reasons there cannot be one.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    html! {
        <div class="rq" data-theme={props.embedding.theme.name()}>
            <div class="rq-card">
                <Notices notices={props.notices.clone()} />
                {
                    match &props.pack {
                        Ok(pack) => html! {
                            <App
                                pack={pack.clone()}
                                round={props.round}
                                embedding={props.embedding.clone()}
                            />
                        },
                        Err(errors) => html! { <PackProblems errors={errors.clone()} /> },
                    }
                }
            </div>
        </div>
    }
}
