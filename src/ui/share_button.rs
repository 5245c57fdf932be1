//! "Share result": asks the host to share the score and says how it went.
//! A component of its own, as it keeps that answer: the rest of the results
//! screen does not re-render when it comes.

use yew::prelude::*;

use super::words;
use crate::host::{ShareRequest, Shared};
use crate::quiz::Tally;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    pub score: Tally,
    pub on_share: Callback<ShareRequest>,
}

/// The button and, below the row of actions, what became of the share: a
/// thank-you, "link copied", or the link to copy by hand.
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let shared = use_state(|| None::<Shared>);
    let onclick = {
        let share = props.on_share.clone();
        let shared = shared.clone();
        let score = props.score;
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            share.emit(ShareRequest {
                score,
                reply: Callback::from(move |outcome| shared.set(Some(outcome))),
            })
        })
    };
    html! {
        <>
            <button type="button" class="rq-button rq-button-quiet" {onclick}>
                { "Share result" }
            </button>
            <div class="rq-share-status">
                <p role="status">{ words::share_message(shared.as_ref()) }</p>
                if let Some(Shared::Failed { url }) = shared.as_ref() {
                    <input class="rq-share-link" type="text" readonly=true value={url.clone()}
                        aria-label="Link to your result" />
                }
            </div>
        </>
    }
}
