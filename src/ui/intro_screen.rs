//! The first screen: what the quiz is, the two roles, and "Start quiz".

use std::rc::Rc;

use yew::prelude::*;

use super::profile::role_profile;
use super::words;
use crate::content::Pack;
use crate::host::Profiles;
use crate::lang::Msg;
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
    let words = props.pack.words();
    let number = |n: usize| words.number(n);
    let questions = words::questions(&words, props.questions);
    html! {
        <section class="rq-screen rq-intro">
            if let Some(friend) = props.challenge {
                <p class="rq-challenge" role="note">
                    <strong>{ words.fill(Msg::Challenge, &[("right", &number(friend.right)), ("total", &number(friend.total))]) }</strong>
                    { words.get(Msg::ChallengeAsk) }
                </p>
            }
            if let Some((at, total)) = props.set_aside {
                <p class="rq-set-aside" role="status">
                    { words.fill(Msg::ResumeLeft, &[("n", &number(at)), ("total", &number(total))]) }{ " " }
                    <button
                        type="button"
                        class="rq-link-button"
                        onclick={props.on_resume.reform(|_: MouseEvent| ())}
                    >
                        { words.get(Msg::Resume) }
                    </button>
                </p>
            }
            <p class="rq-lead">{ props.pack.intro.clone() }</p>
            // The way in comes before the profiles, so it is on the first
            // screen of a phone as of a laptop; the profiles are there for
            // a reader who wants them first.
            <div class="rq-actions">
                <button type="button" class="rq-button rq-button-primary" ref={props.start_ref.clone()} onclick={on_start}>
                    { words.get(Msg::Start) }
                </button>
                <p class="rq-meta">
                    { words.fill(Msg::StartNote, &[("questions", &questions)]) }
                    if let Some(best) = props.best {
                        <span class="rq-best">{ " · " }{ words.fill(Msg::YourBest, &[("right", &number(best.right)), ("total", &number(best.total))]) }</span>
                    }
                </p>
            </div>
            if props.profiles == Profiles::Shown {
                <div class="rq-profiles" aria-label={words.text(Msg::ProfilesLabel)}>
                    { role_profile(&props.pack, Choice::First) }
                    { role_profile(&props.pack, Choice::Second) }
                </div>
            }
        </section>
    }
}
