//! The comparison's diagram and lists, which light up together: hovering or
//! focusing an item on one marks it on the other, and a click on a label (or
//! a request from quiz feedback) opens the item in its list. A component of
//! its own, as it keeps that state: hovering re-renders this part, not the
//! profiles and the filter above it.
//!
//! Each list folds under its heading. Where the lists stack in one column
//! (a phone) they start folded, so the comparison is a screen of headings
//! and counts rather than four screens of labels; side by side they start
//! open. That first state is the styles' (the same container query that
//! stacks them), so the markup is the same at every width and a
//! pre-rendered placeholder has the widget's size. A filter, a click on the
//! diagram or a link from quiz feedback unfolds what it shows.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::details::{item_details, markup};
use super::state::Spotlight;
use super::venn_diagram::Diagram;
use super::{choice_class, words};
use crate::compare::venn::{self, WIDE};
use crate::compare::Groups;
use crate::content::Pack;
use crate::lang::Msg;
use crate::quiz::Choice;

#[derive(Properties, PartialEq)]
pub struct CompareListsProps {
    pub pack: Rc<Pack>,
    /// The items that match the filter, by group.
    pub groups: Rc<Groups>,
    /// Whether the reader has typed keywords: then every list unfolds, to
    /// show what matched.
    #[prop_or_default]
    pub filtered: bool,
    #[prop_or_default]
    pub spotlight: Option<Spotlight>,
}

#[component]
pub fn CompareLists(props: &CompareListsProps) -> Html {
    let pack = props.pack.clone();
    let hover = use_state(|| None::<usize>);
    let lists = use_node_ref();
    // An item to reveal once it is on screen (after a filter is cleared or
    // its list unfolded).
    let pending = use_mut_ref(|| None::<usize>);
    let open = use_reducer(Folds::default);
    {
        // Where the styles fold the lists, the buttons say so.
        let open = open.dispatcher();
        let lists = lists.clone();
        use_effect_with((), move |_| open.dispatch(Fold::Stacked(stacked(&lists))));
    }
    {
        let open = open.dispatcher();
        use_effect_with(props.filtered, move |&filtered| {
            if filtered {
                open.dispatch(Fold::All(true));
            }
        });
    }
    let layout = use_memo((pack.clone(), props.groups.clone()), |(pack, groups)| {
        venn::layout(&WIDE, groups.labels(pack), groups.disputed_labels(pack))
    });
    {
        let pending = pending.clone();
        let open = open.dispatcher();
        let groups = props.groups.clone();
        use_effect_with(props.spotlight, move |spotlight| {
            if let Some(s) = spotlight {
                *pending.borrow_mut() = Some(s.item);
                if let Some(list) = groups.list_of(s.item) {
                    open.dispatch(Fold::Open(list));
                }
            }
        });
    }
    {
        let lists = lists.clone();
        let pending = pending.clone();
        let pack = pack.clone();
        use_effect(move || {
            let item = *pending.borrow();
            if item.is_some_and(|item| reveal(&lists, &pack, item)) {
                *pending.borrow_mut() = None;
            }
        });
    }

    let groups = &props.groups;
    let highlight = (*hover).or(props.spotlight.map(|s| s.item));
    let on_highlight = {
        let hover = hover.clone();
        Callback::from(move |item: Option<usize>| hover.set(item))
    };
    let on_pick = {
        let lists = lists.clone();
        let pack = pack.clone();
        let open = open.clone();
        let groups = props.groups.clone();
        let pending = pending.clone();
        Callback::from(move |item: usize| {
            let Some(list) = groups.list_of(item) else {
                return;
            };
            if open.chosen[list] == Some(true) {
                reveal(&lists, &pack, item);
            } else {
                // Revealed once the list has opened.
                *pending.borrow_mut() = Some(item);
                open.dispatch(Fold::Open(list));
            }
        })
    };
    let on_fold = {
        let open = open.dispatcher();
        Callback::from(move |list: usize| open.dispatch(Fold::Toggle(list)))
    };
    let counts = Choice::ALL.map(|c| groups.get(c).len());
    let diagram = Diagram {
        short_captions: None,
        pack: pack.clone(),
        id: "compare",
        title: words::diagram_title(&pack).into(),
        description: words::diagram_description(&pack, counts, groups.disputed().len()).into(),
        counts,
        disputed: groups.disputed().len(),
        captions: Choice::ALL.map(|c| AttrValue::from(words::region_name(&pack, Some(c)))),
        geometry: WIDE,
        layout,
        interactive: true,
        highlight,
        on_highlight: on_highlight.clone(),
        on_pick,
    };
    let list = |region: Option<Choice>, items: &[usize]| {
        let index = region.map_or(3, Choice::index);
        let fold = FoldButton {
            open: open.chosen[index],
            expanded: open.is_open(index),
            on_toggle: on_fold.reform(move |_: MouseEvent| index),
        };
        group(&pack, region, items, Some(fold), highlight, &on_highlight)
    };
    html! {
        <>
            { diagram.view() }
            <div class="rq-groups" ref={lists}>
                { every_list(&pack, groups, list) }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StillListsProps {
    pub pack: Rc<Pack>,
}

/// Every list open, with nothing to press but each entry's own disclosure
/// (a `<details>`, which works without script): the comparison a page shows
/// a reader without JavaScript, pre-rendered at build time.
#[component]
pub fn StillLists(props: &StillListsProps) -> Html {
    let pack = &props.pack;
    let groups = Groups::of(pack, &crate::compare::Filter::default());
    let list = |region: Option<Choice>, items: &[usize]| {
        group(pack, region, items, None, None, &Callback::noop())
    };
    html! {
        <div class="rq-groups">{ every_list(pack, &groups, list) }</div>
    }
}

/// The lists in their order, each drawn by `list`: the three regions', then
/// the disputed items', shown while the pack has any, even when the filter
/// empties it, so the groups do not jump around.
fn every_list(
    pack: &Pack,
    groups: &Groups,
    list: impl Fn(Option<Choice>, &[usize]) -> Html,
) -> Html {
    html! {
        <>
            { for Choice::ALL.into_iter().map(|c| list(Some(c), groups.get(c))) }
            if pack.items.iter().any(|i| i.is_disputed()) {
                { list(None, groups.disputed()) }
            }
        </>
    }
}

/// Whether the lists stand in one column, one above the other, as the
/// styles lay them out on a narrow widget. Read from the layout itself, so
/// the styles' breakpoint is written once.
fn stacked(lists: &NodeRef) -> bool {
    let Some(root) = lists.cast::<Element>() else {
        return false;
    };
    let children = root.children();
    match (children.item(0), children.item(1)) {
        (Some(first), Some(second)) => {
            second.get_bounding_client_rect().top() >= first.get_bounding_client_rect().bottom()
        }
        _ => false,
    }
}

/// Which lists are open: the three regions', then the disputed items'. A
/// list the reader has not opened or folded (`None`) is the styles' to
/// show: open side by side, folded when stacked. A reducer, as the layout's
/// answer and a spotlight's unfolding can come in the same turn.
#[derive(Clone, Copy, Default, PartialEq)]
struct Folds {
    chosen: [Option<bool>; 4],
    /// The lists stand in one column, so the styles fold the unchosen ones.
    stacked: bool,
}

impl Folds {
    fn is_open(&self, list: usize) -> bool {
        self.chosen[list].unwrap_or(!self.stacked)
    }
}

enum Fold {
    Stacked(bool),
    All(bool),
    Open(usize),
    Toggle(usize),
}

impl Reducible for Folds {
    type Action = Fold;

    fn reduce(self: Rc<Self>, action: Fold) -> Rc<Self> {
        let mut next = *self;
        match action {
            Fold::Stacked(stacked) => next.stacked = stacked,
            Fold::All(to) => next.chosen = [Some(to); 4],
            Fold::Open(list) => next.chosen[list] = Some(true),
            Fold::Toggle(list) => next.chosen[list] = Some(!self.is_open(list)),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// A list's fold: the reader's choice if any, whether it shows now, and
/// what its heading's button does.
struct FoldButton {
    open: Option<bool>,
    expanded: bool,
    on_toggle: Callback<MouseEvent>,
}

/// Opens an item's details in the lists and moves focus to it (which also
/// scrolls it into view). False if the item is not in the lists right now,
/// or not on screen.
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
    // Found but folded away by the styles: revealed once its list opens.
    let Some(details) = found.filter(|d| {
        d.dyn_ref::<HtmlElement>()
            .is_some_and(|d| d.offset_parent().is_some())
    }) else {
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

/// One of the lists (`region` `None`: the disputed items): each item by its
/// short label (as on the diagram), opening to the full responsibility, its
/// explanation and its sources. The disputed items' list says first that
/// two answers count for them, and each item what the articles give it to,
/// in the feedback's words.
fn group(
    pack: &Pack,
    region: Option<Choice>,
    items: &[usize],
    fold: Option<FoldButton>,
    highlight: Option<usize>,
    on_highlight: &Callback<Option<usize>>,
) -> Html {
    let index = region.map_or(3, Choice::index);
    let heading_id = format!("rq-group-{index}");
    let body_id = format!("rq-group-body-{index}");
    // The reader's choice, or (`None`) the styles'.
    let chosen = fold.as_ref().map_or(Some(true), |f| f.open);
    let name = html! {
        <>
            <span>{ words::region_name(pack, region) }</span>
            <span class="rq-group-count">{ items.len() }</span>
        </>
    };
    html! {
        <section
            class={classes!("rq-group", region.map_or("rq-disputed", choice_class))}
            aria-labelledby={heading_id.clone()}
        >
            <h3 class="rq-group-title" id={heading_id}>
                if let Some(fold) = fold {
                    <button
                        type="button"
                        class="rq-group-toggle"
                        aria-expanded={fold.expanded.to_string()}
                        aria-controls={body_id.clone()}
                        onclick={fold.on_toggle}
                    >
                        { name }
                    </button>
                } else {
                    <span class="rq-group-toggle">{ name }</span>
                }
            </h3>
            <div
                class={classes!("rq-group-body", chosen.is_none().then_some("rq-fold-auto"))}
                id={body_id}
                hidden={chosen == Some(false)}
            >
                // A list folded by the reader renders nothing: a large
                // pack's lists hold thousands of elements.
                if chosen != Some(false) {
                    { group_body(pack, region, items, highlight, on_highlight) }
                }
            </div>
        </section>
    }
}

/// An open list's items (after a word on the disputed items).
fn group_body(
    pack: &Pack,
    region: Option<Choice>,
    items: &[usize],
    highlight: Option<usize>,
    on_highlight: &Callback<Option<usize>>,
) -> Html {
    html! {
        <>
            if region.is_none() {
                <p class="rq-group-lead">
                    { pack.words().get(Msg::DisputedLead) }
                </p>
            }
            if items.is_empty() {
                <p class="rq-empty">{ pack.words().get(Msg::NothingMatches) }</p>
            } else {
                <ul class="rq-group-items">
                    { for items.iter().filter_map(|&i| pack.items.get(i).map(|item| (i, item))).map(|(i, item)| {
                        let on = on_highlight.clone();
                        html! {
                            <li
                                class={classes!("rq-group-item", (highlight == Some(i)).then_some("rq-highlighted"))}
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
                                        if item.is_disputed() {
                                            <p class="rq-group-reading">{ markup(pack, &words::reading(pack, item)) }</p>
                                        }
                                        { item_details(pack, i) }
                                    </div>
                                </details>
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}
