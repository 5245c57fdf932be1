//! A question: its statement and the three answers, marked once answered.

use std::rc::Rc;

use yew::prelude::*;

use super::choice_class;
use super::icons::{check_icon, cross_icon};
use crate::content::Pack;
use crate::lang::Msg;
use crate::quiz::{Choice, Outcome};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub pack: Rc<Pack>,
    /// Index of the item asked about.
    pub item: usize,
    /// 1-based position in the round.
    pub number: usize,
    pub total: usize,
    /// Questions answered so far, for the progress bar.
    pub answered: usize,
    /// Set once the reader has answered: the buttons then show what was
    /// chosen and what was right, and stop taking answers.
    pub outcome: Option<Outcome>,
    pub on_answer: Callback<Choice>,
    /// Drops the round and goes back to the intro.
    #[prop_or_default]
    pub on_start_over: Option<Callback<()>>,
    /// Where focus goes when a new question comes up.
    #[prop_or_default]
    pub statement_ref: NodeRef,
    /// Shows the answers' keys (1, 2, 3).
    #[prop_or_default]
    pub shortcuts: bool,
}

/// One responsibility and the three answers.
#[component]
pub fn QuestionScreen(props: &QuestionProps) -> Html {
    let Some(item) = props.pack.items.get(props.item) else {
        return Html::default();
    };
    let words = props.pack.words();
    let answers = Choice::ALL.map(|choice| {
        let key = (choice.index() + 1).to_string();
        let name = props.pack.choice_name(choice).to_owned();
        let hint = props
            .pack
            .role(choice)
            .map_or_else(|| words.text(Msg::SharedWork), |role| role.title.clone());
        let chosen = props.outcome.is_some_and(|o| o.chosen == choice);
        let right = props.outcome.is_some_and(|o| o.accepted.contains(choice));
        let disputed = props.outcome.is_some_and(|o| o.is_disputed());
        // Where two answers are right, the one the reader tapped says so;
        // the other "Also counts".
        let right_mark = match (disputed, chosen) {
            (true, true) => Msg::MarkYours,
            (true, false) => Msg::MarkArticle,
            (false, _) => Msg::MarkRight,
        };
        let mark = match (right, chosen) {
            (true, _) => html! {
                <span class="rq-answer-mark">{ check_icon() }{ words.get(right_mark) }</span>
            },
            (false, true) => {
                html! { <span class="rq-answer-mark">{ cross_icon() }{ words.get(Msg::MarkYours) }</span> }
            }
            (false, false) => Html::default(),
        };
        let onclick = props.on_answer.reform(move |_: MouseEvent| choice);
        html! {
            <button
                type="button"
                class={classes!(
                    "rq-answer",
                    choice_class(choice),
                    chosen.then_some("rq-chosen"),
                    right.then_some("rq-right"),
                )}
                aria-pressed={chosen.to_string()}
                aria-disabled={props.outcome.is_some().then_some("true")}
                aria-keyshortcuts={props.shortcuts.then(|| key.clone())}
                {onclick}
            >
                if props.shortcuts {
                    <kbd class="rq-key" aria-hidden="true">{ key }</kbd>
                }
                <span class="rq-answer-name">{ name }</span>
                <span class="rq-answer-hint">{ hint }</span>
                { mark }
            </button>
        }
    });

    html! {
        <section class="rq-screen rq-question">
            <div class="rq-progress-row">
                <div class="rq-progress-head">
                    <p class="rq-progress-text">
                        { words.fill(Msg::QuestionOf, &[("n", &words.number(props.number)), ("total", &words.number(props.total))]) }
                    </p>
                    if let Some(on_start_over) = &props.on_start_over {
                        <button
                            type="button"
                            class="rq-link-button"
                            onclick={on_start_over.reform(|_: MouseEvent| ())}
                        >
                            { words.get(Msg::StartOver) }
                        </button>
                    }
                </div>
                <progress
                    class="rq-progress"
                    max={props.total.to_string()}
                    value={props.answered.to_string()}
                    aria-label={words.text(Msg::ProgressLabel)}
                />
            </div>
            <div class="rq-question-body" role="group" aria-labelledby="rq-statement">
                <p class="rq-prompt">{ words.get(Msg::Prompt) }</p>
                <p class="rq-statement" id="rq-statement" tabindex="-1" ref={props.statement_ref.clone()}>
                    { item.statement.clone() }
                </p>
                <div class="rq-answers">{ for answers }</div>
            </div>
        </section>
    }
}
