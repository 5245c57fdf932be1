//! Where the short labels go on the two-circle Venn diagram.
//!
//! Text is measured here, not in the browser, so the layout is a pure function
//! that tests can check for the properties a reader relies on: no label covers
//! another, and every label sits wholly inside its region, clear of the circle
//! edges. Widths come from a per-character table for a common sans-serif font,
//! rounded up, so real text comes out a little narrower than its box.

use crate::order;
use crate::quiz::Choice;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
}

impl Circle {
    /// Half the width of the disk (grown by `grow`) along the line at `y`;
    /// `None` where the line misses it.
    fn half_chord(&self, y: f64, grow: f64) -> Option<f64> {
        let r = self.r + grow;
        let dy = y - self.cy;
        (dy.abs() < r).then(|| (r * r - dy * dy).sqrt())
    }

    /// Half-width available to a box spanning `[y0, y1]` that must stay
    /// inside the disk shrunk by `margin`: the narrower of the chords at the
    /// box's top and bottom edges.
    fn inner(&self, y0: f64, y1: f64, margin: f64) -> Option<f64> {
        let top = self.half_chord(y0, -margin)?;
        let bottom = self.half_chord(y1, -margin)?;
        Some(top.min(bottom))
    }

    /// Half-width a box spanning `[y0, y1]` must keep clear of to stay
    /// outside the disk grown by `margin`: the widest chord over the span.
    /// `None` when no line of the span meets the disk.
    fn outer(&self, y0: f64, y1: f64, margin: f64) -> Option<f64> {
        if (y0..=y1).contains(&self.cy) {
            return Some(self.r + margin);
        }
        let top = self.half_chord(y0, margin).unwrap_or(0.0);
        let bottom = self.half_chord(y1, margin).unwrap_or(0.0);
        let widest = top.max(bottom);
        (widest > 0.0).then_some(widest)
    }
}

/// The drawing, in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    /// The first role's circle; the second role's is on the right.
    pub left: Circle,
    pub right: Circle,
    pub font_size: f64,
    /// A label's box: its text plus padding.
    pub label_height: f64,
    pub label_padding: f64,
    /// Space between rows of labels, and between labels in a row.
    pub row_gap: f64,
    pub gap: f64,
    /// The closest a label may come to a circle's edge.
    pub margin: f64,
}

/// The diagram with labels, for wide screens: about one unit per CSS pixel at
/// its usual size, so 13 units of text stay readable.
pub const WIDE: Geometry = Geometry {
    width: 760.0,
    height: 640.0,
    left: Circle {
        cx: 268.0,
        cy: 308.0,
        r: 260.0,
    },
    right: Circle {
        cx: 492.0,
        cy: 308.0,
        r: 260.0,
    },
    font_size: 13.0,
    label_height: 22.0,
    label_padding: 7.0,
    row_gap: 3.0,
    gap: 8.0,
    margin: 6.0,
};

/// The results' "your answers" diagram: the same drawing with slightly
/// smaller labels, since each also carries a right/wrong icon and a reader
/// may put any ten items in one region.
pub const ANSWERS: Geometry = Geometry {
    font_size: 12.0,
    label_height: 20.0,
    label_padding: 5.0,
    ..WIDE
};

/// The diagram without labels, for narrow screens: counts only. (Its label
/// metrics are the wide one's, unused.)
pub const COMPACT: Geometry = Geometry {
    width: 320.0,
    height: 220.0,
    left: Circle {
        cx: 112.0,
        cy: 104.0,
        r: 96.0,
    },
    right: Circle {
        cx: 208.0,
        cy: 104.0,
        r: 96.0,
    },
    ..WIDE
};

impl Geometry {
    /// The middle of a region along the circles' centre line: where its
    /// count or caption goes.
    pub fn region_x(&self, region: Choice) -> f64 {
        let (l, r) = (self.left, self.right);
        match region {
            Choice::First => ((l.cx - l.r) + (r.cx - r.r)) / 2.0,
            Choice::Both => (l.cx + r.cx) / 2.0,
            Choice::Second => ((l.cx + l.r) + (r.cx + r.r)) / 2.0,
        }
    }

    /// The horizontal span `[min, max]` a box covering `[y0, y1]` may take
    /// in `region`, or `None` if the region has no room at that height.
    fn span(&self, region: Choice, y0: f64, y1: f64) -> Option<(f64, f64)> {
        let (l, r, m) = (self.left, self.right, self.margin);
        let (min, max) = match region {
            Choice::First => {
                let inside = l.inner(y0, y1, m)?;
                let max = match r.outer(y0, y1, m) {
                    Some(clear) => (r.cx - clear).min(l.cx + inside),
                    None => l.cx + inside,
                };
                (l.cx - inside, max)
            }
            Choice::Both => (r.cx - r.inner(y0, y1, m)?, l.cx + l.inner(y0, y1, m)?),
            Choice::Second => {
                let inside = r.inner(y0, y1, m)?;
                let min = match l.outer(y0, y1, m) {
                    Some(clear) => (l.cx + clear).max(r.cx - inside),
                    None => r.cx - inside,
                };
                (min, r.cx + inside)
            }
        };
        (max > min).then_some((min, max))
    }

    /// A label's box width for `text`, with room for a mark's icon.
    pub fn label_width(&self, text: &str, marked: bool) -> f64 {
        let em: f64 = text.chars().map(advance).sum();
        let icon = if marked { self.icon_room() } else { 0.0 };
        (em * self.font_size + 2.0 * self.label_padding + icon).ceil()
    }

    /// The width a mark's icon takes at the start of a label, with its gap.
    pub fn icon_room(&self) -> f64 {
        self.font_size * 1.3
    }
}

/// Advance widths in em, rounded up from DejaVu Sans (the widest of the usual
/// system sans-serifs), so labels never render wider than measured.
fn advance(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '|' => 0.28,
        ' ' | '.' | ',' | ':' | ';' | '!' | 'I' | 'J' => 0.32,
        'f' | 't' | '-' | '/' | '(' | ')' => 0.4,
        'r' => 0.42,
        's' | 'z' | 'c' => 0.56,
        'a' | 'e' | 'o' | 'v' | 'x' | 'y' | 'k' => 0.62,
        'b' | 'd' | 'g' | 'h' | 'n' | 'p' | 'q' | 'u' | '0'..='9' => 0.64,
        'm' => 0.98,
        'w' => 0.82,
        '–' | '—' => 0.82,
        'M' | 'W' | '&' => 1.0,
        'A'..='Z' => 0.8,
        _ => 0.8,
    }
}

/// Whether a label stands for a right or a wrong answer (on the results'
/// "your answers" diagram), or for an item the sources disagree on (on the
/// comparison's). It is drawn as an icon inside the label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Right,
    Wrong,
    Disputed,
}

/// A label to place: which item it names, its text, and any mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub item: usize,
    pub text: String,
    pub mark: Option<Mark>,
}

/// A placed label: its box's top-left corner and size.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub item: usize,
    /// `None` in the band of disputed items below the circles.
    pub region: Option<Choice>,
    pub text: String,
    pub mark: Option<Mark>,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Every label that fits, and per region how many did not (a large pack's
/// labels cannot all fit; its lists still show every item).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub placed: Vec<Placed>,
    /// Indexed by [`Choice::index`].
    pub left_out: [usize; 3],
    /// The band below the drawing for items the sources disagree on (which
    /// belong in no one region): its height, 0 when there are none.
    pub band: f64,
    pub band_left_out: usize,
}

/// The band's caption line, above its labels.
pub const BAND_CAPTION: f64 = 26.0;
/// The most rows of labels the band takes before it counts the rest.
const BAND_ROWS: usize = 3;

/// Places each region's labels in rows: the widest labels first, into the
/// widest rows (nearest the circles' centre line), each row centred in the
/// room it has. Disputed items go in rows of a band below the circles,
/// under a caption, so none of them silently sits in one region.
pub fn layout(geometry: &Geometry, regions: [Vec<Label>; 3], disputed: Vec<Label>) -> Layout {
    let g = geometry;
    let pitch = g.label_height + g.row_gap;
    let centre = g.left.cy;
    // Row offsets from the centre line, nearest first: 0, -1, 1, -2, 2, ...
    let reach = ((g.left.r.max(g.right.r)) / pitch).floor() as i64;
    let mut rows = vec![0];
    for k in 1..=reach {
        rows.extend([-k, k]);
    }

    let mut result = Layout::default();
    for (region, labels) in Choice::ALL.into_iter().zip(regions) {
        let mut waiting = widest_first(g, labels);
        for &k in &rows {
            if waiting.is_empty() {
                break;
            }
            let y0 = centre + k as f64 * pitch - g.label_height / 2.0;
            if let Some(span) = g.span(region, y0, y0 + g.label_height) {
                fill_row(g, &mut waiting, Some(region), span, y0, &mut result.placed);
            }
        }
        result.left_out[region.index()] = waiting.len();
    }
    if !disputed.is_empty() {
        let mut waiting = widest_first(g, disputed);
        let mut rows = 0;
        while rows < BAND_ROWS && !waiting.is_empty() {
            let y0 = g.height + BAND_CAPTION + rows as f64 * pitch;
            let span = (g.margin, g.width - g.margin);
            let before = waiting.len();
            fill_row(g, &mut waiting, None, span, y0, &mut result.placed);
            if waiting.len() == before {
                break;
            }
            rows += 1;
        }
        result.band = BAND_CAPTION + rows as f64 * pitch + g.row_gap;
        result.band_left_out = waiting.len();
    }
    result
}

/// Labels with their widths, widest first, so the long labels get the long
/// rows near the middle (first-fit decreasing packs far better than pack
/// order).
fn widest_first(g: &Geometry, labels: Vec<Label>) -> Vec<(Label, f64)> {
    let mut waiting: Vec<(Label, f64)> = labels
        .into_iter()
        .map(|l| {
            let width = g.label_width(&l.text, l.mark.is_some());
            (l, width)
        })
        .collect();
    order::sort(&mut waiting, |(_, width)| (-order::float(*width), 0, 0));
    waiting
}

/// First fit: takes every waiting label that still fits the row spanning
/// `[min, max]` at `y0`, and places the row centred in it.
fn fill_row(
    g: &Geometry,
    waiting: &mut Vec<(Label, f64)>,
    region: Option<Choice>,
    (min, max): (f64, f64),
    y0: f64,
    placed: &mut Vec<Placed>,
) {
    let mut used = 0.0;
    let mut row = Vec::new();
    waiting.retain(|(label, width)| {
        let extra = if row.is_empty() {
            *width
        } else {
            g.gap + width
        };
        if used + extra <= max - min {
            used += extra;
            row.push((label.clone(), *width));
            false
        } else {
            true
        }
    });
    let mut x = min + (max - min - used) / 2.0;
    for (label, width) in row {
        placed.push(Placed {
            item: label.item,
            region,
            text: label.text,
            mark: label.mark,
            x,
            y: y0,
            width,
            height: g.label_height,
        });
        x += width + g.gap;
    }
}

#[cfg(test)]
#[path = "venn_tests.rs"]
mod tests;
