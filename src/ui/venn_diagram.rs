//! The two-circle Venn diagram of the comparison and of the results: the
//! drawing and its labels, placed by [`crate::compare::venn::layout`].

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

use super::choice_class;
use super::words::region_name;
use crate::compare::venn::{Geometry, Layout, Mark, BAND_CAPTION, COMPACT};
use crate::content::Pack;
use crate::lang::Msg;
use crate::order;
use crate::quiz::Choice;

/// A Venn diagram to draw: what it shows and how the reader may use it.
pub struct Diagram {
    pub pack: Rc<Pack>,
    /// Makes the diagram's element ids unique within the widget (the
    /// comparison and the results each have one).
    pub id: &'static str,
    pub title: AttrValue,
    /// The same information in words, for screen readers.
    pub description: AttrValue,
    /// How many items each region holds, by [`Choice::index`].
    pub counts: [usize; 3],
    /// How many items the sources disagree on: the wide drawing shows them
    /// in a band below the circles, the narrow one counts them there.
    pub disputed: usize,
    /// What each region means: "CIO only", or "You said CIO".
    pub captions: [AttrValue; 3],
    /// Shorter captions for the narrow drawing, where the regions are small;
    /// the long ones when not given.
    pub short_captions: Option<[AttrValue; 3]>,
    /// The wide drawing's measures: the layout was made for them.
    pub geometry: Geometry,
    /// Where the labels go on the wide drawing.
    pub layout: Rc<Layout>,
    /// Labels the reader can step through and pick (the comparison); when
    /// false, the diagram is an image and its list carries the details.
    pub interactive: bool,
    pub highlight: Option<usize>,
    /// The item under the pointer or keyboard focus, or `None` when it leaves.
    pub on_highlight: Callback<Option<usize>>,
    /// The reader asked to read an item (click, Enter or Space on its label).
    pub on_pick: Callback<usize>,
}

impl Diagram {
    /// The two roles as overlapping circles, with how many items each
    /// region holds. Wide containers also show every item's label in its
    /// region; narrow ones show the counts alone. A list next to it carries
    /// the same information in text.
    pub fn view(&self) -> Html {
        let props = self;
        let pack = &props.pack;
        let ids = |part: &str| format!("rq-{}-{part}", props.id);
        let (title_id, desc_id) = (ids("title"), ids("desc"));
        let (compact_title, compact_desc) = (ids("compact-title"), ids("compact-desc"));
        let counts = props.counts;
        let caption = |c: Choice| props.captions[c.index()].clone();
        let short_caption =
            |c: Choice| props.short_captions.as_ref().unwrap_or(&props.captions)[c.index()].clone();
        let wide = props.geometry;
        let band = props.layout.band;
        let wide_band = match props.layout.band_left_out {
            _ if band == 0.0 => 0.0,
            0 => band,
            _ => band + 20.0,
        };
        // The narrow drawing's line for the disputed items, below its captions.
        let compact_band = if props.disputed > 0 { 22.0 } else { 0.0 };

        html! {
            <figure class="rq-venn">
                <svg
                    class="rq-venn-wide"
                    viewBox={view_box(&wide, wide_band)}
                    role={if props.interactive { "group" } else { "img" }}
                    aria-labelledby={if props.interactive { title_id.clone() } else { format!("{title_id} {desc_id}") }}
                    aria-describedby={props.interactive.then(|| desc_id.clone())}
                >
                    <title id={title_id}>{ props.title.clone() }</title>
                    <desc id={desc_id}>{ props.description.clone() }</desc>
                    { circles(&wide) }
                    { role_names(pack, &wide) }
                    if band > 0.0 {
                        <g class="rq-venn-region rq-disputed" data-region="disputed">
                            <rect
                                class="rq-venn-band"
                                x="0" y={fmt(wide.height)}
                                width={fmt(wide.width)} height={fmt(wide_band)}
                                rx="10"
                            />
                            <text class="rq-venn-caption" x={fmt(wide.width / 2.0)} y={fmt(wide.height + BAND_CAPTION - 9.0)}>
                                { format!("{} ({})", pack.words().get(Msg::DisputedGroup), pack.words().number(props.disputed)) }
                            </text>
                            if props.layout.band_left_out > 0 {
                                <text class="rq-venn-more" x={fmt(wide.width / 2.0)} y={fmt(wide.height + band + 14.0)}>
                                    { pack.words().fill(Msg::MoreInList, &[("n", &pack.words().number(props.layout.band_left_out))]) }
                                </text>
                            }
                        </g>
                    }
                    <Labels
                        pack={pack.clone()}
                        geometry={wide}
                        layout={props.layout.clone()}
                        interactive={props.interactive}
                        highlight={props.highlight}
                        on_highlight={props.on_highlight.clone()}
                        on_pick={props.on_pick.clone()}
                    />
                    { for Choice::ALL.into_iter().map(|c| {
                        let x = fmt(wide.region_x(c));
                        let base = wide.left.cy + wide.left.r;
                        let left_out = props.layout.left_out[c.index()];
                        html! {
                            <g class={classes!("rq-venn-region", choice_class(c))} data-region={region_slug(c)}>
                                <text class="rq-venn-count" x={x.clone()} y={fmt(base + 30.0)}>{ counts[c.index()] }</text>
                                <text class="rq-venn-caption" x={x.clone()} y={fmt(base + 48.0)}>{ caption(c) }</text>
                                if left_out > 0 {
                                    <text class="rq-venn-more" x={x} y={fmt(base + 64.0)}>
                                        { pack.words().fill(Msg::MoreInList, &[("n", &pack.words().number(left_out))]) }
                                    </text>
                                }
                            </g>
                        }
                    }) }
                </svg>
                <svg
                    class="rq-venn-compact"
                    viewBox={view_box(&COMPACT, compact_band)}
                    role="img"
                    aria-labelledby={format!("{compact_title} {compact_desc}")}
                >
                    <title id={compact_title}>{ props.title.clone() }</title>
                    <desc id={compact_desc}>{ props.description.clone() }</desc>
                    { circles(&COMPACT) }
                    { role_names(pack, &COMPACT) }
                    { for Choice::ALL.into_iter().map(|c| {
                        let x = fmt(COMPACT.region_x(c));
                        let cy = COMPACT.left.cy;
                        html! {
                            <g class={classes!("rq-venn-region", choice_class(c))} data-region={region_slug(c)}>
                                <text class="rq-venn-count" x={x.clone()} y={fmt(cy + 2.0)}>{ counts[c.index()] }</text>
                                <text class="rq-venn-caption" x={x} y={fmt(cy + 22.0)}>{ short_caption(c) }</text>
                            </g>
                        }
                    }) }
                    if props.disputed > 0 {
                        <g class="rq-venn-region rq-disputed" data-region="disputed">
                            <text class="rq-venn-caption" x={fmt(COMPACT.width / 2.0)} y={fmt(COMPACT.height + 14.0)}>
                                { pack.words().count((Msg::DisputedCompactOne, Msg::DisputedCompactOther), props.disputed, &[]) }
                            </text>
                        </g>
                    }
                </svg>
            </figure>
        }
    }
}

/// The same marks as the feedback's icons, drawn inside labels.
const CHECK_PATH: &str = "M5 12.5l4.5 4.5L19 7.5";
const CROSS_PATH: &str = "M7 7l10 10M17 7L7 17";
/// "≠": the articles do not give the same answer.
const UNEQUAL_PATH: &str = "M5 9.5h14M5 14.5h14M15 5L9 19";

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

/// The drawing, and below it a band `extra` units high (0 for none).
fn view_box(g: &Geometry, extra: f64) -> String {
    format!("0 0 {} {}", fmt(g.width), fmt(g.height + extra))
}

/// Both circles, the lens where they overlap in the shared colour, and the
/// two outlines on top.
fn circles(g: &Geometry) -> Html {
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

/// Each circle's role name, in the corner beside it.
fn role_names(pack: &Pack, g: &Geometry) -> Html {
    html! {
        <g class="rq-venn-roles">
            <text class="rq-venn-role rq-first" x="4" y="20">{ pack.roles[0].short.clone() }</text>
            <text class="rq-venn-role rq-second rq-venn-role-end" x={fmt(g.width - 4.0)} y="20">
                { pack.roles[1].short.clone() }
            </text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct LabelsProps {
    pack: Rc<Pack>,
    geometry: Geometry,
    layout: Rc<Layout>,
    interactive: bool,
    highlight: Option<usize>,
    on_highlight: Callback<Option<usize>>,
    on_pick: Callback<usize>,
}

/// The items' labels. Interactive ones are one tab stop for all of them (the
/// arrow keys move between them), so a keyboard reader is not made to step
/// through dozens.
#[component]
fn Labels(props: &LabelsProps) -> Html {
    let g = props.geometry;
    let group = use_node_ref();
    // Reading order: region by region, top to bottom, left to right.
    let placed = &props.layout.placed;
    let order = order::by_key(placed.len(), |i| {
        let p = &placed[i];
        (
            p.region.map_or(3, |r| r as i64),
            order::float(p.y),
            order::float(p.x),
        )
    });
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
        <g class="rq-venn-labels" ref={group} onkeydown={props.interactive.then_some(onkeydown)}>
            { for order.iter().enumerate().map(|(position, &i)| {
                let p = &props.layout.placed[i];
                let item = p.item;
                let id = props.pack.items.get(item).map_or("", |it| it.id.as_str()).to_owned();
                let name = format!("{}: {}", p.text, region_name(&props.pack, p.region));
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
                let marked = p.mark.is_some();
                let icon_x = p.x + g.label_padding;
                let icon_y = p.y + (p.height - g.font_size) / 2.0;
                let text_x = p.x + (p.width + if marked { g.icon_room() } else { 0.0 }) / 2.0;
                html! {
                    <g
                        class={classes!(
                            "rq-venn-label",
                            p.region.map_or("rq-disputed", choice_class),
                            p.mark.map(|m| match m {
                                Mark::Right => "rq-right",
                                Mark::Wrong => "rq-wrong",
                                Mark::Disputed => "rq-disputed-mark",
                            }),
                            (props.highlight == Some(item)).then_some("rq-highlighted"),
                        )}
                        data-item={id}
                        role={props.interactive.then_some("button")}
                        aria-label={props.interactive.then_some(name)}
                        tabindex={props.interactive.then_some(if active_item == Some(item) { "0" } else { "-1" })}
                        onmouseenter={enter}
                        onmouseleave={leave}
                        onfocus={props.interactive.then_some(focus)}
                        onblur={props.interactive.then_some(blur)}
                        onclick={props.interactive.then(|| props.on_pick.reform(move |_: MouseEvent| item))}
                    >
                        <rect
                            x={fmt(p.x)} y={fmt(p.y)}
                            width={fmt(p.width)} height={fmt(p.height)}
                            rx="6"
                        />
                        if let Some(mark) = p.mark {
                            <svg
                                class="rq-venn-mark"
                                x={fmt(icon_x)} y={fmt(icon_y)}
                                width={fmt(g.font_size)} height={fmt(g.font_size)}
                                viewBox="0 0 24 24"
                            >
                                <path d={match mark {
                                    Mark::Right => CHECK_PATH,
                                    Mark::Wrong => CROSS_PATH,
                                    Mark::Disputed => UNEQUAL_PATH,
                                }} />
                            </svg>
                        }
                        <text
                            x={fmt(text_x)}
                            y={fmt(p.y + p.height / 2.0)}
                            font-size={fmt(g.font_size)}
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
