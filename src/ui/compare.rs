use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::choice_class;
use super::details::{item_details, ItemDetailsProps};
use super::profile::{role_profile, RoleProfileProps};
use super::venn::{venn_diagram, VennProps};
use crate::compare::venn::{self, WIDE};
use crate::compare::{Filter, Groups};
use crate::content::Pack;
use crate::quiz::Choice;

/// A request to show one item: where a quiz answer sits in the comparison.
/// The serial changes with every request, so asking for the same item again
/// reveals it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spotlight {
    pub item: usize,
    pub serial: u32,
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub pack: Rc<Pack>,
    #[prop_or_default]
    pub spotlight: Option<Spotlight>,
    /// Takes the reader to the quiz; `None` where the widget has no quiz.
    #[prop_or_default]
    pub on_test: Option<Callback<()>>,
}

/// The two roles side by side: profiles, a Venn diagram of who owns what, and
/// every responsibility listed under "first only", "both" and "second only",
/// all narrowed by the reader's keywords.
#[component]
pub fn CompareScreen(props: &CompareProps) -> Html {
    let pack = props.pack.clone();
    let query = use_state(String::new);
    let hover = use_state(|| None::<usize>);
    let lists = use_node_ref();
    // An item to reveal once it is on screen (after a filter is cleared).
    let pending = use_mut_ref(|| None::<usize>);

    let groups = use_memo((pack.clone(), (*query).clone()), |(pack, query)| {
        Groups::of(pack, &Filter::new(query))
    });
    let layout = use_memo((pack.clone(), groups.clone()), |(pack, groups)| {
        venn::layout(&WIDE, groups.labels(pack), groups.disputed_labels(pack))
    });

    {
        // A spotlight shows its item whatever the reader had typed.
        let query = query.clone();
        let pending = pending.clone();
        use_effect_with(props.spotlight, move |spotlight| {
            if let Some(s) = spotlight {
                query.set(String::new());
                *pending.borrow_mut() = Some(s.item);
            }
        });
    }
    {
        let lists = lists.clone();
        let pending = pending.clone();
        let pack = pack.clone();
        use_effect(move || {
            let item = *pending.borrow();
            if let Some(item) = item {
                if reveal(&lists, &pack, item) {
                    *pending.borrow_mut() = None;
                }
            }
        });
    }

    let highlight = (*hover).or(props.spotlight.map(|s| s.item));
    let on_highlight = {
        let hover = hover.clone();
        Callback::from(move |item: Option<usize>| hover.set(item))
    };
    let on_pick = {
        let lists = lists.clone();
        let pack = pack.clone();
        Callback::from(move |item: usize| {
            reveal(&lists, &pack, item);
        })
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };

    let total = pack.items.len();
    let shown = groups.len();
    let summary = if Filter::new(&query).is_empty() {
        format!("Showing all {total} responsibilities")
    } else if shown == 0 {
        format!("No responsibility matches “{}”", query.trim())
    } else {
        format!("Showing {shown} of {total} responsibilities")
    };

    html! {
        <section class="rq-screen rq-compare">
            <div class="rq-profiles">
                { role_profile(&RoleProfileProps { pack: pack.clone(), role: Choice::First }) }
                { role_profile(&RoleProfileProps { pack: pack.clone(), role: Choice::Second }) }
            </div>
            <div class="rq-filter">
                <label for="rq-filter-input">{ "Filter responsibilities" }</label>
                <input
                    id="rq-filter-input"
                    type="search"
                    placeholder="Try “data” or “security”"
                    autocomplete="off"
                    value={(*query).clone()}
                    {oninput}
                />
                <p class="rq-filter-summary" aria-live="polite">{ summary }</p>
            </div>
            { venn_diagram(&VennProps {
                short_captions: None,
                pack: pack.clone(),
                id: "compare",
                title: diagram_title(&pack),
                description: diagram_description(&pack, &groups),
                counts: Choice::ALL.map(|c| groups.get(c).len()),
                disputed: groups.disputed().len(),
                captions: Choice::ALL.map(|c| AttrValue::from(region_name(&pack, Some(c)))),
                geometry: WIDE,
                layout: layout.clone(),
                interactive: true,
                highlight,
                on_highlight: on_highlight.clone(),
                on_pick,
            }) }
            <div class="rq-groups" ref={lists}>
                { for Choice::ALL.into_iter().map(|choice| group(&GroupProps {
                    pack: pack.clone(),
                    region: Some(choice),
                    items: groups.get(choice).to_vec(),
                    highlight,
                    on_highlight: on_highlight.clone(),
                })) }
                // Shown while the pack has disputed items, even when the
                // filter empties it, so the groups do not jump around.
                if pack.items.iter().any(|i| i.is_disputed()) {
                    { group(&GroupProps {
                        pack: pack.clone(),
                        region: None,
                        items: groups.disputed().to_vec(),
                        highlight,
                        on_highlight: on_highlight.clone(),
                    }) }
                }
            </div>
            if let Some(on_test) = &props.on_test {
                <div class="rq-actions">
                    <button
                        type="button"
                        class="rq-button rq-button-primary"
                        onclick={on_test.reform(|_: MouseEvent| ())}
                    >
                        { "Test yourself" }
                    </button>
                    <p class="rq-meta">{ "Now that you have seen them side by side" }</p>
                </div>
            }
        </section>
    }
}

/// "CIO only", "Both", "CTO only", or for items the sources disagree on
/// (`None`), "Where the articles disagree".
pub(super) fn region_name(pack: &Pack, region: Option<Choice>) -> String {
    match region {
        Some(Choice::Both) => "Both".to_owned(),
        Some(c) => format!("{} only", pack.choice_name(c)),
        None => DISPUTED.to_owned(),
    }
}

pub(super) const DISPUTED: &str = "Where the articles disagree";

fn diagram_title(pack: &Pack) -> AttrValue {
    format!(
        "Who owns what: {}, both, or {}",
        pack.roles[0].short, pack.roles[1].short
    )
    .into()
}

fn diagram_description(pack: &Pack, groups: &Groups) -> AttrValue {
    let disputed = match groups.disputed().len() {
        0 => String::new(),
        1 => " Below them, 1 responsibility the two articles give to different roles.".to_owned(),
        n => format!(" Below them, {n} responsibilities the two articles give to different roles."),
    };
    format!(
        "Two overlapping circles, {first} and {second}. {} responsibilities belong to the {first} only, {} to both and {} to the {second} only.{disputed} The lists below name each one.",
        groups.get(Choice::First).len(),
        groups.get(Choice::Both).len(),
        groups.get(Choice::Second).len(),
        first = pack.roles[0].short,
        second = pack.roles[1].short,
    )
    .into()
}

/// Opens an item's details in the lists and moves focus to it (which also
/// scrolls it into view). False if the item is not in the lists right now.
fn reveal(lists: &NodeRef, pack: &Pack, item: usize) -> bool {
    let Some(id) = pack.items.get(item).map(|i| &i.id) else {
        return false;
    };
    // Item ids are validated to letters, digits and hyphens: safe in a selector.
    let found = lists
        .cast::<Element>()
        .and_then(|root| {
            root.query_selector(&format!("[data-item=\"{id}\"] details"))
                .ok()
        })
        .flatten();
    let Some(details) = found else {
        return false;
    };
    let _ = details.set_attribute("open", "");
    if let Some(summary) = details
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
    true
}

struct GroupProps {
    pack: Rc<Pack>,
    /// `None` for the items the sources disagree on.
    region: Option<Choice>,
    items: Vec<usize>,
    highlight: Option<usize>,
    on_highlight: Callback<Option<usize>>,
}

/// One of the lists: each item by its short label (as on the diagram),
/// opening to the full responsibility, its explanation and its sources. The
/// disputed items' list says first that the articles disagree on them.
fn group(props: &GroupProps) -> Html {
    let pack = &props.pack;
    let heading_id = format!("rq-group-{}", props.region.map_or(3, Choice::index));
    let name = region_name(pack, props.region);
    html! {
        <section
            class={classes!("rq-group", props.region.map_or("rq-disputed", choice_class))}
            aria-labelledby={heading_id.clone()}
        >
            <h3 class="rq-group-title" id={heading_id}>
                <span>{ name }</span>
                <span class="rq-group-count">{ props.items.len() }</span>
            </h3>
            if props.region.is_none() {
                <p class="rq-group-lead">
                    { "The two articles answer these differently, so the quiz accepts either answer. Open one to see what each article says." }
                </p>
            }
            if props.items.is_empty() {
                <p class="rq-empty">{ "Nothing here matches." }</p>
            } else {
                <ul class="rq-group-items">
                    { for props.items.iter().filter_map(|&i| pack.items.get(i).map(|item| (i, item))).map(|(i, item)| {
                        let on = props.on_highlight.clone();
                        html! {
                            <li
                                class={classes!("rq-group-item", (props.highlight == Some(i)).then_some("rq-highlighted"))}
                                data-item={item.id.clone()}
                                onmouseenter={on.reform(move |_: MouseEvent| Some(i))}
                                onmouseleave={on.reform(|_: MouseEvent| None)}
                                onfocusin={on.reform(move |_: FocusEvent| Some(i))}
                                onfocusout={on.reform(|_: FocusEvent| None)}
                            >
                                <details>
                                    <summary>{ item.label.clone() }</summary>
                                    <div class="rq-group-details">
                                        <p class="rq-group-statement">{ item.statement.clone() }</p>
                                        { item_details(&ItemDetailsProps {
                                            pack: pack.clone(),
                                            item: i,
                                        }) }
                                    </div>
                                </details>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
