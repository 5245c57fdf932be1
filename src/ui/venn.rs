use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

use super::choice_class;
use crate::compare::venn::{Geometry, Layout, COMPACT, WIDE};
use crate::compare::Groups;
use crate::content::Pack;
use crate::quiz::Choice;

#[derive(Properties, PartialEq)]
pub struct VennProps {
    pub pack: Rc<Pack>,
    pub groups: Rc<Groups>,
    /// Where the labels go on the wide drawing.
    pub layout: Rc<Layout>,
    pub highlight: Option<usize>,
    /// The item under the pointer or keyboard focus, or `None` when it leaves.
    pub on_highlight: Callback<Option<usize>>,
    /// The reader asked to read an item (click, Enter or Space on its label).
    pub on_pick: Callback<usize>,
}

/// The two roles as overlapping circles, with how many responsibilities each
/// region holds. Wide containers also show every item's label in its region;
/// narrow ones show the counts alone. The lists next to it carry the same
/// information in text.
#[component]
pub fn VennDiagram(props: &VennProps) -> Html {
    let pack = &props.pack;
    let region_name = |choice: Choice| match choice {
        Choice::Both => "Both".to_owned(),
        other => format!("{} only", pack.choice_name(other)),
    };
    let counts = Choice::ALL.map(|c| props.groups.get(c).len());
    let description = format!(
        "Two overlapping circles, {first} and {second}. {} responsibilities belong to the {first} only, {} to both and {} to the {second} only. The lists below name each one.",
        counts[0],
        counts[1],
        counts[2],
        first = pack.roles[0].short,
        second = pack.roles[1].short,
    );
    let title = format!(
        "Who owns what: {}, both, or {}",
        pack.roles[0].short, pack.roles[1].short
    );

    html! {
        <figure class="rq-venn">
            <svg
                class="rq-venn-wide"
                viewBox={view_box(&WIDE)}
                role="group"
                aria-labelledby="rq-venn-title"
                aria-describedby="rq-venn-desc"
            >
                <title id="rq-venn-title">{ title.clone() }</title>
                <desc id="rq-venn-desc">{ description.clone() }</desc>
                <Circles geometry={WIDE} />
                <RoleNames pack={pack.clone()} geometry={WIDE} />
                <Labels
                    pack={pack.clone()}
                    layout={props.layout.clone()}
                    highlight={props.highlight}
                    on_highlight={props.on_highlight.clone()}
                    on_pick={props.on_pick.clone()}
                />
                { for Choice::ALL.into_iter().map(|c| {
                    let x = fmt(WIDE.region_x(c));
                    let base = WIDE.left.cy + WIDE.left.r;
                    let left_out = props.layout.left_out[c.index()];
                    html! {
                        <g class={classes!("rq-venn-region", choice_class(c))} data-region={region_slug(c)}>
                            <text class="rq-venn-count" x={x.clone()} y={fmt(base + 30.0)}>{ counts[c.index()] }</text>
                            <text class="rq-venn-caption" x={x.clone()} y={fmt(base + 48.0)}>{ region_name(c) }</text>
                            if left_out > 0 {
                                <text class="rq-venn-more" x={x} y={fmt(base + 64.0)}>
                                    { format!("+{left_out} more in the list") }
                                </text>
                            }
                        </g>
                    }
                }) }
            </svg>
            <svg
                class="rq-venn-compact"
                viewBox={view_box(&COMPACT)}
                role="img"
                aria-labelledby="rq-venn-compact-title rq-venn-compact-desc"
            >
                <title id="rq-venn-compact-title">{ title }</title>
                <desc id="rq-venn-compact-desc">{ description }</desc>
                <Circles geometry={COMPACT} />
                <RoleNames pack={pack.clone()} geometry={COMPACT} />
                { for Choice::ALL.into_iter().map(|c| {
                    let x = fmt(COMPACT.region_x(c));
                    let cy = COMPACT.left.cy;
                    html! {
                        <g class={classes!("rq-venn-region", choice_class(c))} data-region={region_slug(c)}>
                            <text class="rq-venn-count" x={x.clone()} y={fmt(cy + 2.0)}>{ counts[c.index()] }</text>
                            <text class="rq-venn-caption" x={x} y={fmt(cy + 22.0)}>{ region_name(c) }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

/// A stable name for a region, for styling and tests: `first`, `both`, `second`.
fn region_slug(choice: Choice) -> &'static str {
    match choice {
        Choice::First => "first",
        Choice::Both => "both",
        Choice::Second => "second",
    }
}

/// A coordinate as SVG text. Whole units are precise enough for the drawing,
/// and formatting integers keeps Rust's float printing out of the wasm.
fn fmt(v: f64) -> String {
    (v.round() as i64).to_string()
}

fn view_box(g: &Geometry) -> String {
    format!("0 0 {} {}", fmt(g.width), fmt(g.height))
}

#[derive(Properties, PartialEq)]
struct GeometryProps {
    geometry: Geometry,
}

/// Both circles, the lens where they overlap in the shared colour, and the
/// two outlines on top.
#[component]
fn Circles(props: &GeometryProps) -> Html {
    let g = &props.geometry;
    let (l, r) = (g.left, g.right);
    // The lens runs between the circles' two crossing points.
    let mid = (l.cx + r.cx) / 2.0;
    let half = (l.r * l.r - ((r.cx - l.cx) / 2.0).powi(2)).max(0.0).sqrt();
    let lens = format!(
        "M{mid},{top} A{rl},{rl} 0 0 1 {mid},{bottom} A{rr},{rr} 0 0 1 {mid},{top} Z",
        mid = fmt(mid),
        top = fmt(l.cy - half),
        bottom = fmt(l.cy + half),
        rl = fmt(l.r),
        rr = fmt(r.r),
    );
    html! {
        <g class="rq-venn-shapes" aria-hidden="true">
            <circle class="rq-venn-circle rq-first" cx={fmt(l.cx)} cy={fmt(l.cy)} r={fmt(l.r)} />
            <circle class="rq-venn-circle rq-second" cx={fmt(r.cx)} cy={fmt(r.cy)} r={fmt(r.r)} />
            <path class="rq-venn-lens rq-both" d={lens} />
            <circle class="rq-venn-outline rq-first" cx={fmt(l.cx)} cy={fmt(l.cy)} r={fmt(l.r)} />
            <circle class="rq-venn-outline rq-second" cx={fmt(r.cx)} cy={fmt(r.cy)} r={fmt(r.r)} />
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct RoleNamesProps {
    pack: Rc<Pack>,
    geometry: Geometry,
}

/// Each circle's role name, in the corner beside it.
#[component]
fn RoleNames(props: &RoleNamesProps) -> Html {
    let g = &props.geometry;
    html! {
        <g class="rq-venn-roles">
            <text class="rq-venn-role rq-first" x="4" y="20">{ props.pack.roles[0].short.clone() }</text>
            <text class="rq-venn-role rq-second rq-venn-role-end" x={fmt(g.width - 4.0)} y="20">
                { props.pack.roles[1].short.clone() }
            </text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct LabelsProps {
    pack: Rc<Pack>,
    layout: Rc<Layout>,
    highlight: Option<usize>,
    on_highlight: Callback<Option<usize>>,
    on_pick: Callback<usize>,
}

/// The items' labels: one tab stop for all of them (the arrow keys move
/// between them), so a keyboard reader is not made to step through dozens.
#[component]
fn Labels(props: &LabelsProps) -> Html {
    let group = use_node_ref();
    // Reading order: region by region, top to bottom, left to right.
    let order: Vec<usize> = {
        let mut order: Vec<usize> = (0..props.layout.placed.len()).collect();
        let placed = &props.layout.placed;
        order.sort_by(|&a, &b| {
            let (a, b) = (&placed[a], &placed[b]);
            (a.region, a.y, a.x)
                .partial_cmp(&(b.region, b.y, b.x))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        order
    };
    let active = use_state(|| 0usize);
    let active_item = order
        .get((*active).min(order.len().saturating_sub(1)))
        .map(|&i| props.layout.placed[i].item);

    let onkeydown = {
        let group = group.clone();
        let active = active.clone();
        let order_len = order.len();
        let on_pick = props.on_pick.clone();
        let item_at = {
            let order = order.clone();
            let layout = props.layout.clone();
            move |pos: usize| layout.placed[order[pos]].item
        };
        Callback::from(move |e: KeyboardEvent| {
            if order_len == 0 {
                return;
            }
            let current = (*active).min(order_len - 1);
            let target = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (current + 1) % order_len,
                "ArrowLeft" | "ArrowUp" => (current + order_len - 1) % order_len,
                "Home" => 0,
                "End" => order_len - 1,
                "Enter" | " " => {
                    e.prevent_default();
                    on_pick.emit(item_at(current));
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            active.set(target);
            focus_label(&group, target);
        })
    };

    html! {
        <g class="rq-venn-labels" ref={group} {onkeydown}>
            { for order.iter().enumerate().map(|(position, &i)| {
                let p = &props.layout.placed[i];
                let item = p.item;
                let id = props.pack.items.get(item).map_or("", |it| it.id.as_str()).to_owned();
                let name = format!("{}: {}", p.text, match p.region {
                    Choice::Both => "both".to_owned(),
                    c => format!("{} only", props.pack.choice_name(c)),
                });
                let on_highlight = props.on_highlight.clone();
                let enter = on_highlight.reform(move |_: MouseEvent| Some(item));
                let leave = on_highlight.reform(|_: MouseEvent| None);
                let focus = {
                    let active = active.clone();
                    on_highlight.reform(move |_: FocusEvent| {
                        active.set(position);
                        Some(item)
                    })
                };
                let blur = on_highlight.reform(|_: FocusEvent| None);
                html! {
                    <g
                        class={classes!(
                            "rq-venn-label",
                            choice_class(p.region),
                            (props.highlight == Some(item)).then_some("rq-highlighted"),
                        )}
                        data-item={id}
                        role="button"
                        aria-label={name}
                        tabindex={if active_item == Some(item) { "0" } else { "-1" }}
                        onmouseenter={enter}
                        onmouseleave={leave}
                        onfocus={focus}
                        onblur={blur}
                        onclick={props.on_pick.reform(move |_: MouseEvent| item)}
                    >
                        <rect
                            x={fmt(p.x)} y={fmt(p.y)}
                            width={fmt(p.width)} height={fmt(p.height)}
                            rx="6"
                        />
                        <text
                            x={fmt(p.x + p.width / 2.0)}
                            y={fmt(p.y + p.height / 2.0)}
                            font-size={fmt(WIDE.font_size)}
                        >
                            { p.text.clone() }
                        </text>
                    </g>
                }
            }) }
        </g>
    }
}

/// Focuses the label at `position` in reading order (the order they are
/// rendered in).
fn focus_label(group: &NodeRef, position: usize) {
    let label = group
        .cast::<Element>()
        .and_then(|g| g.children().item(position as u32))
        .and_then(|label| label.dyn_into::<SvgElement>().ok());
    if let Some(label) = label {
        let _ = label.focus();
    }
}
