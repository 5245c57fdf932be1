use std::rc::Rc;

use yew::prelude::*;

use super::details::{item_details, ItemDetailsProps};
use super::feedback::{markup, verdict};
use super::icons::{check_icon, cross_icon, info_icon};
use super::venn::{venn_diagram, VennProps};
use super::{capitalised, choice_class};
use super::{ShareRequest, Shared};
use crate::compare::venn::{self, Label, Mark, ANSWERS};
use crate::content::Pack;
use crate::quiz::{self, Choice, Insight, Tally};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub pack: Rc<Pack>,
    pub results: quiz::Results,
    /// The pack's verdict for this score.
    pub verdict: AttrValue,
    /// The round retried missed items (it does not count towards the best).
    #[prop_or_default]
    pub retry: bool,
    /// The best score on this pack, this round included.
    #[prop_or_default]
    pub best: Option<Tally>,
    /// This round set the best score.
    #[prop_or_default]
    pub new_best: bool,
    /// Where focus goes when the round ends.
    #[prop_or_default]
    pub heading_ref: NodeRef,
    #[prop_or_default]
    pub on_retry: Callback<()>,
    pub on_new_round: Callback<()>,
    /// Shows the comparison; `None` where the widget has none.
    #[prop_or_default]
    pub on_compare: Option<Callback<()>>,
    /// Shares the score; `None` where the host cannot.
    #[prop_or_default]
    pub on_share: Option<Callback<ShareRequest>>,
}

/// The end of a round: the score and what it means, the pattern in the
/// misses, every answer placed where the reader put it, and the missed items
/// explained, with ways on: retry the misses, a new round, share, compare.
#[component]
pub fn ResultsScreen(props: &ResultsProps) -> Html {
    let shared = use_state(|| None::<Shared>);
    let hover = use_state(|| None::<usize>);
    let layout = use_memo(
        (props.pack.clone(), props.results.clone()),
        |(pack, results)| venn::layout(&ANSWERS, answer_labels(pack, results), Vec::new()),
    );

    let pack = &props.pack;
    let results = &props.results;
    let score = results.score;
    let misses = results.misses();
    let row = |class: &'static str, name: String, tally: Tally| {
        (tally.total > 0).then(|| {
            html! {
                <li class={class}>
                    <span class="rq-badge">{ name }</span>
                    <span>{ format!("{} of {} right", tally.right, tally.total) }</span>
                </li>
            }
        })
    };
    let breakdown = Choice::ALL
        .iter()
        .filter_map(|&c| {
            row(
                choice_class(c),
                pack.choice_name(c).to_owned(),
                results.tally(c),
            )
        })
        .chain(row("rq-disputed", "Disputed".to_owned(), results.disputed));
    let best = if props.retry {
        Some("Retries of missed items do not count towards your best score.".to_owned())
    } else if props.new_best {
        Some("A new best score!".to_owned())
    } else {
        props
            .best
            .map(|b| format!("Your best: {} / {}", b.right, b.total))
    };
    let share = props.on_share.as_ref().map(|share| {
        let share = share.clone();
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            share.emit(ShareRequest {
                score,
                reply: Callback::from(move |outcome| shared.set(Some(outcome))),
            })
        })
    });
    let on_highlight = {
        let hover = hover.clone();
        Callback::from(move |item: Option<usize>| hover.set(item))
    };
    let mut chosen_counts = [0; 3];
    for o in &results.outcomes {
        chosen_counts[o.chosen.index()] += 1;
    }

    html! {
        <section class="rq-screen rq-results">
            <div class="rq-results-summary">
                <h3 class="rq-results-title" tabindex="-1" ref={props.heading_ref.clone()}>
                    { if props.retry { "Your retry" } else { "Your result" } }
                </h3>
                <p class="rq-score">
                    <span class="rq-score-value">{ score.right }</span>
                    <span class="rq-score-total">{ " / " }{ score.total }</span>
                </p>
                <p class="rq-verdict">{ props.verdict.clone() }</p>
                if let Some(best) = best {
                    <p class={classes!("rq-best", props.new_best.then_some("rq-new-best"))}>{ best }</p>
                }
                <ul class="rq-breakdown" aria-label="Score by answer">{ for breakdown }</ul>
            </div>
            <p class="rq-insight">{ info_icon() }<span>{ insight_text(pack, results.insight()) }</span></p>
            <div class="rq-actions rq-results-actions">
                if !misses.is_empty() {
                    <button
                        type="button"
                        class="rq-button rq-button-primary"
                        onclick={props.on_retry.reform(|_: MouseEvent| ())}
                    >
                        { format!("Retry my mistakes ({})", misses.len()) }
                    </button>
                }
                <button
                    type="button"
                    class={classes!("rq-button", if misses.is_empty() { "rq-button-primary" } else { "rq-button-quiet" })}
                    onclick={props.on_new_round.reform(|_: MouseEvent| ())}
                >
                    { "New round" }
                </button>
                if let Some(share) = share {
                    <button type="button" class="rq-button rq-button-quiet" onclick={share}>
                        { "Share result" }
                    </button>
                }
                if let Some(on_compare) = &props.on_compare {
                    <button
                        type="button"
                        class="rq-button rq-button-quiet"
                        onclick={on_compare.reform(|_: MouseEvent| ())}
                    >
                        { "Compare roles" }
                    </button>
                }
            </div>
            <div class="rq-share-status">
                <p role="status">{ share_message(shared.as_ref()) }</p>
                if let Some(Shared::Failed { url }) = shared.as_ref() {
                    <input class="rq-share-link" type="text" readonly=true value={url.clone()}
                        aria-label="Link to your result" />
                }
            </div>

            <section class="rq-your-answers" aria-labelledby="rq-your-answers-title">
                <h4 class="rq-section-title" id="rq-your-answers-title">{ "Your answers" }</h4>
                <p class="rq-section-lead">{ "Each responsibility where you put it, marked right or wrong." }</p>
                { venn_diagram(&VennProps {
                    pack: pack.clone(),
                    id: "answers",
                    title: "Where you put each responsibility".into(),
                    description: answers_description(pack, results, chosen_counts).into(),
                    counts: chosen_counts,
                    disputed: 0,
                    captions: Choice::ALL.map(|c| you_said(pack, c).into()),
                    short_captions: Some(Choice::ALL.map(|c| pack.choice_name(c).to_owned().into())),
                    geometry: ANSWERS,
                    layout: layout.clone(),
                    interactive: false,
                    highlight: *hover,
                    on_highlight: on_highlight.clone(),
                    on_pick: Callback::noop(),
                }) }
                <ol class="rq-answer-list">
                    { for answered(pack, results).map(|(o, item)| {
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
                                <span class="rq-answer-list-mark">{ if o.is_correct() { "Right" } else { "Wrong" } }</span>
                                <span class="rq-answer-list-label">{ item.label.clone() }</span>
                                <span class="rq-answer-list-said">{ said(pack, o) }</span>
                            </li>
                        }
                    }) }
                </ol>
            </section>

            if !misses.is_empty() {
                <section class="rq-missed" aria-labelledby="rq-missed-title">
                    <h4 class="rq-section-title" id="rq-missed-title">{ "What you missed" }</h4>
                    { for answered(pack, results).filter(|(o, _)| !o.is_correct()).map(|(o, item)| html! {
                        <article class="rq-missed-item" data-item={item.id.clone()}>
                            <h5 class="rq-missed-statement">{ item.statement.clone() }</h5>
                            <p class="rq-missed-answer">{ markup(pack, &verdict(pack, o)) }</p>
                            { item_details(&ItemDetailsProps { pack: pack.clone(), item: o.item }) }
                        </article>
                    }) }
                </section>
            }
        </section>
    }
}

/// Each answer with its pack item.
fn answered<'a>(
    pack: &'a Pack,
    results: &'a quiz::Results,
) -> impl Iterator<Item = (&'a quiz::Outcome, &'a crate::content::Item)> {
    results
        .outcomes
        .iter()
        .filter_map(|o| pack.items.get(o.item).map(|item| (o, item)))
}

/// Each answer's label in the region the reader chose, marked right or wrong.
fn answer_labels(pack: &Pack, results: &quiz::Results) -> [Vec<Label>; 3] {
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

/// The answers diagram in words, for screen readers.
fn answers_description(pack: &Pack, results: &quiz::Results, placed: [usize; 3]) -> String {
    let score = results.score;
    format!(
        "Your {} answers placed where you put them: {} with the {} only, {} with both and {} with the {} only; {} right and {} wrong. The list below names each one.",
        score.total,
        placed[0],
        pack.roles[0].short,
        placed[1],
        placed[2],
        pack.roles[1].short,
        score.right,
        score.total - score.right,
    )
}

/// "you said CTO; it is CIO", or for a disputed item "you said CTO, as one
/// article does" and "you said both; the articles say CIO or CTO".
fn said(pack: &Pack, o: &quiz::Outcome) -> String {
    let chosen = pack.choice_name(o.chosen);
    let accepted: Vec<&str> = o.accepted.choices().map(|c| pack.choice_name(c)).collect();
    match (o.is_correct(), o.is_disputed()) {
        (true, false) => format!("you said {chosen}"),
        (true, true) => format!("you said {chosen}, as one article does"),
        (false, false) => format!("you said {chosen}; it is {}", accepted.join("")),
        (false, true) => format!(
            "you said {chosen}; the articles say {}",
            accepted.join(" or ")
        ),
    }
}

/// "You said CIO", "You said both".
fn you_said(pack: &Pack, choice: Choice) -> String {
    match choice {
        Choice::Both => "You said both".to_owned(),
        c => format!("You said {}", pack.choice_name(c)),
    }
}

fn share_message(shared: Option<&Shared>) -> &'static str {
    match shared {
        None => "",
        Some(Shared::Shared) => "Thanks for sharing!",
        Some(Shared::Copied) => "Link copied: paste it anywhere to challenge a friend.",
        Some(Shared::Failed { .. }) => "Copy this link to share your result:",
    }
}

/// The insight in plain words, with the pack's role names.
pub fn insight_text(pack: &Pack, insight: Insight) -> String {
    let name = |c: Choice| pack.choice_name(c).to_owned();
    let work = |c: Choice| match c {
        Choice::Both => "shared work".to_owned(),
        c => format!("{} work", name(c)),
    };
    // "to the CTO", or "to the CIO alone" when the work was shared.
    let to_whom = |chosen: Choice, answer: Choice| match (chosen, answer) {
        (Choice::Both, _) => "both roles".to_owned(),
        (c, Choice::Both) => format!("the {} alone", name(c)),
        (c, _) => format!("the {}", name(c)),
    };
    match insight {
        Insight::NoMisses => "No misses: you put every responsibility where the articles do.".to_owned(),
        Insight::OneMiss { chosen, accepted } => match accepted.single() {
            Some(answer) => format!(
                "One miss: you gave {} to {}.",
                work(answer),
                to_whom(chosen, answer)
            ),
            None => format!(
                "One miss: you said {} where the articles say {}.",
                name(chosen),
                accepted.choices().map(name).collect::<Vec<_>>().join(" or ")
            ),
        },
        Insight::MixUp {
            confusion: c,
            count,
            misses,
        } => format!(
            "You tend to give {} to {} ({count} of {misses} misses).",
            work(c.answer),
            to_whom(c.chosen, c.answer)
        ),
        Insight::OverChosen {
            chosen: Choice::Both,
            count,
            misses,
        } => format!(
            "You often call work shared when one role owns it ({count} of {misses} misses)."
        ),
        Insight::OverChosen {
            chosen,
            count,
            misses,
        } => format!(
            "You reach for the {} too often ({count} of {misses} misses).",
            name(chosen)
        ),
        Insight::OftenMissed {
            answer: Choice::Both,
            count,
            misses,
        } => format!(
            "Shared work trips you up most ({count} of {misses} misses): look again at where the roles overlap."
        ),
        Insight::OftenMissed {
            answer,
            count,
            misses,
        } => format!("{} trips you up most ({count} of {misses} misses).", capitalised(&work(answer))),
        Insight::Scattered { misses } => {
            format!("Your {misses} misses are spread out: no single mix-up stands out.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::quiz::{Accepted, Confusion};
    use Choice::*;

    fn say(insight: Insight) -> String {
        insight_text(&content::builtin().unwrap(), insight)
    }

    #[test]
    fn the_insight_reads_as_plain_words_with_the_role_names() {
        let mix = |answer, chosen| Insight::MixUp {
            confusion: Confusion { answer, chosen },
            count: 3,
            misses: 4,
        };
        assert_eq!(
            say(mix(First, Second)),
            "You tend to give CIO work to the CTO (3 of 4 misses)."
        );
        assert_eq!(
            say(mix(Both, First)),
            "You tend to give shared work to the CIO alone (3 of 4 misses)."
        );
        assert_eq!(
            say(mix(Second, Both)),
            "You tend to give CTO work to both roles (3 of 4 misses)."
        );
        assert_eq!(
            say(Insight::OneMiss {
                chosen: First,
                accepted: Accepted::only(Second)
            }),
            "One miss: you gave CTO work to the CIO."
        );
        assert_eq!(
            say(Insight::OneMiss {
                chosen: Both,
                accepted: Accepted::of([First, Second])
            }),
            "One miss: you said Both where the articles say CIO or CTO."
        );
        assert_eq!(
            say(Insight::OverChosen {
                chosen: Both,
                count: 7,
                misses: 7
            }),
            "You often call work shared when one role owns it (7 of 7 misses)."
        );
        assert_eq!(
            say(Insight::OverChosen {
                chosen: Second,
                count: 4,
                misses: 6
            }),
            "You reach for the CTO too often (4 of 6 misses)."
        );
        assert_eq!(
            say(Insight::OftenMissed {
                answer: First,
                count: 3,
                misses: 5
            }),
            "CIO work trips you up most (3 of 5 misses)."
        );
        assert!(say(Insight::OftenMissed {
            answer: Both,
            count: 4,
            misses: 4
        })
        .starts_with("Shared work trips"));
        assert_eq!(
            say(Insight::Scattered { misses: 3 }),
            "Your 3 misses are spread out: no single mix-up stands out."
        );
        assert!(say(Insight::NoMisses).starts_with("No misses"));
    }
}
