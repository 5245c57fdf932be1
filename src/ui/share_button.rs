//! "Share result": asks the host to share the score and says how it went.
//! A component of its own, as it keeps that answer: the rest of the results
//! screen does not re-render when it comes.

use yew::prelude::*;

use std::rc::Rc;

use super::words;
use crate::content::Pack;
use crate::host::{ShareRequest, Shared};
use crate::lang::Msg;
use crate::quiz::Tally;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    pub score: Tally,
    pub on_share: Callback<ShareRequest>,
    /// For the share's words and the button's.
    pub pack: Rc<Pack>,
}

/// The button and, below the row of actions, what became of the share: a
/// thank-you, "link copied", or the link to copy by hand.
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let shared = use_state(|| None::<Shared>);
    let words = props.pack.words();
    let onclick = {
        let text = words.fill(
            Msg::ShareText,
            &[
                ("right", &words.number(props.score.right)),
                ("total", &words.number(props.score.total)),
                ("title", &props.pack.title),
            ],
        );
        let share = props.on_share.clone();
        let shared = shared.clone();
        let score = props.score;
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            share.emit(ShareRequest {
                score,
                text: text.clone(),
                reply: Callback::from(move |outcome| shared.set(Some(outcome))),
            })
        })
    };
    html! {
        <>
            <button type="button" class="rq-button rq-button-quiet" {onclick}>
                { words.get(Msg::Share) }
            </button>
            <div class="rq-share-status">
                <p role="status">{ words::share_message(&words, shared.as_ref()) }</p>
                if let Some(Shared::Failed { url }) = shared.as_ref() {
                    <input class="rq-share-link" type="text" readonly=true value={url.clone()}
                        aria-label={words.text(Msg::ShareLinkLabel)} />
                }
            </div>
        </>
    }
}
