//! The results' "Your answers": every answer on a Venn diagram where the
//! reader put it, and the same as a list. A component of its own, as it
//! keeps which item is under the pointer: hovering re-renders this part,
//! not the whole results screen.

use std::rc::Rc;

use yew::prelude::*;

use super::icons::{check_icon, cross_icon};
use super::venn_diagram::Diagram;
use super::words;
use crate::compare::venn::{self, Label, Mark, ANSWERS};
use crate::content::{Item, Pack};
use crate::lang::Msg;
use crate::quiz::{Choice, Outcome, Results};

#[derive(Properties, PartialEq)]
pub struct YourAnswersProps {
    pub pack: Rc<Pack>,
    pub results: Results,
}

#[component]
pub fn YourAnswers(props: &YourAnswersProps) -> Html {
    let hover = use_state(|| None::<usize>);
    let layout = use_memo(
        (props.pack.clone(), props.results.clone()),
        |(pack, results)| venn::layout(&ANSWERS, answer_labels(pack, results), Vec::new()),
    );
    let pack = &props.pack;
    let on_highlight = {
        let hover = hover.clone();
        Callback::from(move |item: Option<usize>| hover.set(item))
    };
    let words = pack.words();
    let (right, wrong) = words::right_and_wrong(&words, props.results.score);
    let mut placed = [0; 3];
    for o in &props.results.outcomes {
        placed[o.chosen.index()] += 1;
    }
    let diagram = Diagram {
        pack: pack.clone(),
        id: "answers",
        title: words.text(Msg::AnswersFigure).into(),
        description: words::answers_description(pack, &props.results, placed).into(),
        counts: placed,
        disputed: 0,
        captions: Choice::ALL.map(|c| words::you_said(pack, c).into()),
        short_captions: Some(Choice::ALL.map(|c| pack.choice_name(c).to_owned().into())),
        geometry: ANSWERS,
        layout,
        interactive: false,
        highlight: *hover,
        on_highlight: on_highlight.clone(),
        on_pick: Callback::noop(),
    };
    html! {
        // Folded: the missed items below teach more, and a phone's reader
        // should not scroll past a diagram to reach them.
        <details class="rq-your-answers">
            <summary class="rq-section-title">
                { words.get(Msg::AnswersTitle) }
                <span class="rq-section-count">
                    { words.fill(Msg::AnswersTally, &[("right", &right), ("wrong", &wrong)]) }
                </span>
            </summary>
            <p class="rq-section-lead">{ words.get(Msg::AnswersLead) }</p>
            { diagram.view() }
            <ol class="rq-answer-list">
                { for answered(pack, &props.results).map(|(o, item)| {
                    let i = o.item;
                    html! {
                        <li
                            class={classes!(
                                if o.is_correct() { "rq-right" } else { "rq-wrong" },
                                (*hover == Some(i)).then_some("rq-highlighted"),
                            )}
                            data-item={item.id.clone()}
                            onmouseenter={on_highlight.reform(move |_: MouseEvent| Some(i))}
                            onmouseleave={on_highlight.reform(|_: MouseEvent| None)}
                        >
                            if o.is_correct() { { check_icon() } } else { { cross_icon() } }
                            <span class="rq-answer-list-mark">{ words.get(if o.is_correct() { Msg::Right } else { Msg::Wrong }) }</span>
                            <span class="rq-answer-list-label">{ item.label.clone() }</span>
                            <span class="rq-answer-list-said">{ words::said(pack, o) }</span>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}

/// Each answer with its pack item.
pub(super) fn answered<'a>(
    pack: &'a Pack,
    results: &'a Results,
) -> impl Iterator<Item = (&'a Outcome, &'a Item)> {
    results
        .outcomes
        .iter()
        .filter_map(|o| pack.items.get(o.item).map(|item| (o, item)))
}

/// Each answer's label in the region the reader chose, marked right or wrong.
fn answer_labels(pack: &Pack, results: &Results) -> [Vec<Label>; 3] {
    let mut regions: [Vec<Label>; 3] = Default::default();
    for (o, item) in answered(pack, results) {
        regions[o.chosen.index()].push(Label {
            item: o.item,
            text: item.label.clone(),
            mark: Some(if o.is_correct() {
                Mark::Right
            } else {
                Mark::Wrong
            }),
        });
    }
    regions
}
