//! The first screen: what the quiz is, the two roles, and "Start quiz".

use std::rc::Rc;

use yew::prelude::*;

use super::profile::role_profile;
use super::words;
use crate::content::Pack;
use crate::host::Profiles;
use crate::quiz::{Choice, Tally};

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub pack: Rc<Pack>,
    /// How many questions the round will ask.
    pub questions: usize,
    /// The reader's best score on this pack, from earlier rounds.
    #[prop_or_default]
    pub best: Option<Tally>,
    /// A friend's score from a shared link.
    #[prop_or_default]
    pub challenge: Option<Tally>,
    /// Where focus goes when the reader comes back to the intro.
    #[prop_or_default]
    pub start_ref: NodeRef,
    pub on_start: Callback<()>,
    /// A round "Start over" set aside, as (question number, questions), and
    /// the way back to it.
    #[prop_or_default]
    pub set_aside: Option<(usize, usize)>,
    #[prop_or_default]
    pub on_resume: Callback<()>,
    #[prop_or_default]
    pub profiles: Profiles,
}

/// What the quiz is, the way in, and the two roles side by side.
#[component]
pub fn IntroScreen(props: &IntroProps) -> Html {
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let questions = words::questions(props.questions);
    html! {
        <section class="rq-screen rq-intro">
            if let Some(friend) = props.challenge {
                <p class="rq-challenge" role="note">
                    <strong>{ format!("A friend scored {} / {}", friend.right, friend.total) }</strong>
                    { " — can you beat it?" }
                </p>
            }
            if let Some((number, total)) = props.set_aside {
                <p class="rq-set-aside" role="status">
                    { format!("You left a round at question {number} of {total}. ") }
                    <button
                        type="button"
                        class="rq-link-button"
                        onclick={props.on_resume.reform(|_: MouseEvent| ())}
                    >
                        { "Go back to it" }
                    </button>
                </p>
            }
            <p class="rq-lead">{ props.pack.intro.clone() }</p>
            // The way in comes before the profiles, so it is on the first
            // screen of a phone as of a laptop; the profiles are there for
            // a reader who wants them first.
            <div class="rq-actions">
                <button type="button" class="rq-button rq-button-primary" ref={props.start_ref.clone()} onclick={on_start}>
                    { "Start quiz" }
                </button>
                <p class="rq-meta">
                    { questions }{ ", with an explanation after each" }
                    if let Some(best) = props.best {
                        <span class="rq-best">{ format!(" · Your best: {} / {}", best.right, best.total) }</span>
                    }
                </p>
            </div>
            if props.profiles == Profiles::Shown {
                <div class="rq-profiles" aria-label="The two roles">
                    { role_profile(&props.pack, Choice::First) }
                    { role_profile(&props.pack, Choice::Second) }
                </div>
            }
        </section>
    }
}
