use std::rc::Rc;

use yew::prelude::*;

use super::choice_class;
use super::details::{item_details, ItemDetailsProps};
use super::icons::{check_icon, cross_icon};
use crate::content::{Citation, Pack, View};
use crate::quiz::{Choice, Outcome};

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub pack: Rc<Pack>,
    pub outcome: Outcome,
    /// The last question's feedback leads to the results instead.
    pub last: bool,
    pub on_next: Callback<()>,
    /// Opens the comparison at this item; `None` where the widget has no
    /// comparison view.
    #[prop_or_default]
    pub on_explore: Option<Callback<()>>,
    /// Where focus goes after the reader answers.
    #[prop_or_default]
    pub next_ref: NodeRef,
    /// Shows the "Next" key (N).
    #[prop_or_default]
    pub shortcuts: bool,
}

/// Right or not, why, and where the articles say so.
#[component]
pub fn FeedbackPanel(props: &FeedbackProps) -> Html {
    let pack = &props.pack;
    let correct = props.outcome.is_correct();

    html! {
        <section
            class={classes!("rq-feedback", if correct { "rq-feedback-right" } else { "rq-feedback-wrong" })}
            aria-labelledby="rq-feedback-title"
        >
            <h3 class="rq-feedback-title" id="rq-feedback-title">
                if correct { { check_icon() }{ "Correct" } } else { { cross_icon() }{ "Not quite" } }
            </h3>
            <p class="rq-feedback-answer">{ markup(pack, &verdict(pack, &props.outcome)) }</p>
            { item_details(&ItemDetailsProps { pack: pack.clone(), item: props.outcome.item }) }
            <div class="rq-actions">
                <button
                    type="button"
                    class="rq-button rq-button-primary"
                    ref={props.next_ref.clone()}
                    aria-keyshortcuts={props.shortcuts.then_some("N")}
                    onclick={props.on_next.reform(|_: MouseEvent| ())}
                >
                    { if props.last { "See results" } else { "Next question" } }
                    if props.shortcuts {
                        <kbd class="rq-key" aria-hidden="true">{ "N" }</kbd>
                    }
                </button>
                if let Some(on_explore) = &props.on_explore {
                    <button
                        type="button"
                        class="rq-button rq-button-quiet"
                        onclick={on_explore.reform(|_: MouseEvent| ())}
                    >
                        { "See where this sits in the comparison" }
                    </button>
                }
            </div>
        </section>
    }
}

/// A piece of a sentence about an answer: words, a role's badge, or an
/// article's title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Text(String),
    Badge(Choice),
    Cite(String),
}

/// How the reader's answer stands against the sources, as one sentence that
/// the feedback shows with badges and the status region speaks as text.
///
/// Where the sources disagree, a right answer names the article that backs
/// it and what the other says; a wrong one names every article's answer.
pub(super) fn verdict(pack: &Pack, outcome: &Outcome) -> Vec<Part> {
    let text = |s: &str| Part::Text(s.to_owned());
    let Some(item) = pack.items.get(outcome.item) else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    if !outcome.is_correct() {
        parts.extend([text("You chose "), Part::Badge(outcome.chosen), text(". ")]);
    }
    if let (false, Some(view)) = (item.is_disputed(), item.views.first()) {
        parts.extend([text("The answer is "), Part::Badge(view.answer), text(".")]);
        return parts;
    }
    let (backing, others): (Option<&Citation>, Vec<&View>) = match item.view(outcome.chosen) {
        Some(view) => {
            let backing = view.sources.first();
            parts.push(text("Right, by "));
            parts.extend(backing.map(|c| cite(pack, c, true)).unwrap_or_default());
            parts.push(text(". "));
            let others = item.views.iter().filter(|v| v.answer != view.answer);
            (backing, others.collect())
        }
        None => {
            parts.push(text("The articles disagree: "));
            (None, item.views.iter().collect())
        }
    };
    // Each view is named by an article not named yet where it has one, so
    // the sentence shows the disagreement between articles; where only an
    // article already named says it, its section tells the two apart.
    let mut named: Vec<&str> = backing.iter().map(|c| c.source.as_str()).collect();
    for (i, view) in others.iter().enumerate() {
        if i > 0 {
            parts.push(text("; "));
        }
        let fresh = view
            .sources
            .iter()
            .find(|c| !named.contains(&c.source.as_str()));
        if let Some(citation) = fresh.or(view.sources.first()) {
            parts.extend(cite(pack, citation, fresh.is_none()));
            named.push(&citation.source);
        }
        parts.push(text(" gives this to "));
        parts.extend(to_whom(view.answer));
    }
    parts.push(text("."));
    parts
}

/// The article a citation names, with its section when `section` is set:
/// «The Relationship Between CIOs and CTOs (Knowledge Sharing)».
fn cite(pack: &Pack, citation: &Citation, section: bool) -> Vec<Part> {
    let mut parts = vec![Part::Cite(pack.source_title(citation).to_owned())];
    if section {
        parts.push(Part::Text(format!(" ({})", citation.section)));
    }
    parts
}

/// "the [CTO]", or "[Both] roles".
fn to_whom(answer: Choice) -> [Part; 3] {
    match answer {
        Choice::Both => [
            Part::Text(String::new()),
            Part::Badge(answer),
            Part::Text(" roles".to_owned()),
        ],
        _ => [
            Part::Text("the ".to_owned()),
            Part::Badge(answer),
            Part::Text(String::new()),
        ],
    }
}

/// The sentence with role badges and cited titles.
pub(super) fn markup(pack: &Pack, parts: &[Part]) -> Html {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => html! { { text.clone() } },
            Part::Badge(choice) => html! {
                <span class={classes!("rq-badge", choice_class(*choice))}>
                    { pack.choice_name(*choice).to_owned() }
                </span>
            },
            Part::Cite(title) => html! { <cite>{ title.clone() }</cite> },
        })
        .collect()
}

/// The sentence as plain words, for the status region.
pub(super) fn plain(pack: &Pack, parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.as_str(),
            Part::Badge(choice) => pack.choice_name(*choice),
            Part::Cite(title) => title.as_str(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn say(pack: &Pack, item: usize, chosen: Choice) -> String {
        let outcome = Outcome {
            item,
            chosen,
            accepted: pack.items[item].accepted(),
        };
        plain(pack, &verdict(pack, &outcome))
    }

    fn disputed(pack: &Pack, id: &str) -> usize {
        let i = pack.item_index(id).unwrap();
        assert!(pack.items[i].is_disputed(), "{id}");
        i
    }

    #[test]
    fn a_plain_item_names_the_answer() {
        let pack = content::builtin().unwrap();
        let i = pack.items.iter().position(|i| !i.is_disputed()).unwrap();
        let right = pack.items[i].views[0].answer;
        let wrong = Choice::ALL.into_iter().find(|&c| c != right).unwrap();
        let name = pack.choice_name(right);
        assert_eq!(say(&pack, i, right), format!("The answer is {name}."));
        assert_eq!(
            say(&pack, i, wrong),
            format!(
                "You chose {}. The answer is {name}.",
                pack.choice_name(wrong)
            )
        );
    }

    #[test]
    fn following_either_article_on_a_disputed_item_names_both_articles() {
        let pack = content::builtin().unwrap();
        let vision = disputed(&pack, "technology-vision");
        assert_eq!(
            say(&pack, vision, Choice::First),
            "Right, by The Relationship Between CIOs and CTOs (The Distinction between CIOs and CTOs). \
             CTO vs CIO – Breaking Down the Differences gives this to the CTO."
        );
        assert_eq!(
            say(&pack, vision, Choice::Second),
            "Right, by CTO vs CIO – Breaking Down the Differences (Collaboration and Overlapping Responsibilities). \
             The Relationship Between CIOs and CTOs gives this to the CIO."
        );
        // The other article is named where the other view has one.
        let innovation = disputed(&pack, "driving-innovation");
        assert_eq!(
            say(&pack, innovation, Choice::Both),
            "Right, by The Relationship Between CIOs and CTOs (Innovation and Emerging Technologies). \
             CTO vs CIO – Breaking Down the Differences gives this to the CTO."
        );
        assert_eq!(
            say(&pack, innovation, Choice::Second),
            "Right, by The Relationship Between CIOs and CTOs (The Distinction between CIOs and CTOs). \
             CTO vs CIO – Breaking Down the Differences gives this to Both roles."
        );
        assert_eq!(
            say(&pack, vision, Choice::Both),
            "You chose Both. The articles disagree: The Relationship Between CIOs and CTOs gives this to the CIO; \
             CTO vs CIO – Breaking Down the Differences gives this to the CTO."
        );
        assert_eq!(
            say(&pack, innovation, Choice::First),
            "You chose CIO. The articles disagree: The Relationship Between CIOs and CTOs gives this to the CTO; \
             CTO vs CIO – Breaking Down the Differences gives this to Both roles."
        );
    }
}
