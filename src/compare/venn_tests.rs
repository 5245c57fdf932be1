use super::*;
use crate::compare::{Filter, Groups};
use crate::content;
use crate::quiz::SplitMix64;

const EPS: f64 = 1e-6;

fn corners(p: &Placed) -> [(f64, f64); 4] {
    let (x1, y1) = (p.x + p.width, p.y + p.height);
    [(p.x, p.y), (x1, p.y), (p.x, y1), (x1, y1)]
}

fn inside(c: &Circle, p: &Placed, margin: f64) -> bool {
    corners(p)
        .iter()
        .all(|(x, y)| (x - c.cx).hypot(y - c.cy) <= c.r - margin + EPS)
}

/// The box keeps at least `margin` from the disk: its nearest point to
/// the centre is at least r + margin away.
fn outside(c: &Circle, p: &Placed, margin: f64) -> bool {
    let nx = c.cx.clamp(p.x, p.x + p.width);
    let ny = c.cy.clamp(p.y, p.y + p.height);
    (nx - c.cx).hypot(ny - c.cy) >= c.r + margin - EPS
}

fn overlap(a: &Placed, b: &Placed) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/// The properties a reader relies on, for any layout.
fn assert_sound(g: &Geometry, layout: &Layout) {
    for p in &layout.placed {
        let ok = match p.region {
            Some(Choice::First) => inside(&g.left, p, g.margin) && outside(&g.right, p, g.margin),
            Some(Choice::Both) => inside(&g.left, p, g.margin) && inside(&g.right, p, g.margin),
            Some(Choice::Second) => inside(&g.right, p, g.margin) && outside(&g.left, p, g.margin),
            // The band: below the drawing and its captions, clear of both circles.
            None => {
                p.y >= g.height + BAND_CAPTION - EPS
                    && outside(&g.left, p, g.margin)
                    && outside(&g.right, p, g.margin)
            }
        };
        assert!(ok, "{:?} leaves its region", p);
        assert!(
            p.x >= 0.0 && p.x + p.width <= g.width,
            "{p:?} is off the drawing"
        );
        assert!(
            p.y >= 0.0 && p.y + p.height <= g.height + layout.band,
            "{p:?} is off the drawing"
        );
    }
    for (i, a) in layout.placed.iter().enumerate() {
        for b in &layout.placed[i + 1..] {
            assert!(!overlap(a, b), "{:?} overlaps {:?}", a.text, b.text);
        }
    }
}

#[test]
fn every_builtin_label_fits_inside_its_region_without_overlap() {
    let pack = content::builtin().unwrap();
    let groups = Groups::of(&pack, &Filter::default());
    let layout = layout(&WIDE, groups.labels(&pack), groups.disputed_labels(&pack));
    assert_eq!(layout.left_out, [0, 0, 0], "labels left out");
    assert_eq!(layout.band_left_out, 0, "disputed labels left out");
    assert_eq!(layout.placed.len(), pack.items.len());
    assert!(layout.band > BAND_CAPTION, "the band has a row of labels");
    assert_sound(&WIDE, &layout);
    for p in &layout.placed {
        let item = &pack.items[p.item];
        assert_eq!(
            item.accepted().single(),
            p.region,
            "{} in the wrong region",
            p.text
        );
        assert_eq!(
            item.is_disputed(),
            p.mark == Some(Mark::Disputed),
            "{}",
            p.text
        );
    }
}

#[test]
fn filtered_layouts_stay_sound() {
    let pack = content::builtin().unwrap();
    for query in ["data", "tech", "the", "strategy", "risk"] {
        let groups = Groups::of(&pack, &Filter::new(query));
        let layout = layout(&WIDE, groups.labels(&pack), groups.disputed_labels(&pack));
        assert_eq!(layout.placed.len(), groups.len(), "{query}");
        assert_sound(&WIDE, &layout);
    }
}

#[test]
fn too_many_labels_are_counted_not_crammed() {
    let mut rng = SplitMix64::new(5);
    let regions = Choice::ALL.map(|_| {
        (0..400)
            .map(|item| Label {
                item,
                text: "x".repeat(4 + rng.below(24)),
                mark: None,
            })
            .collect::<Vec<_>>()
    });
    let disputed: Vec<Label> = (0..100)
        .map(|item| Label {
            item,
            text: "y".repeat(4 + rng.below(24)),
            mark: Some(Mark::Disputed),
        })
        .collect();
    let layout = layout(&WIDE, regions, disputed);
    assert_sound(&WIDE, &layout);
    let placed = layout.placed.len();
    assert!(placed > 30, "only {placed} placed");
    let left_out = layout.left_out.iter().sum::<usize>() + layout.band_left_out;
    assert_eq!(placed + left_out, 1300);
    assert!(layout.band_left_out > 0 && layout.band_left_out < 100);
    assert!(layout.band <= BAND_CAPTION + 3.0 * (WIDE.label_height + WIDE.row_gap) + WIDE.row_gap);
}

#[test]
fn a_label_too_wide_for_any_row_is_left_out() {
    let regions = [
        vec![Label {
            item: 0,
            text: "An extremely long label that no region of the diagram could hold".into(),
            mark: None,
        }],
        vec![],
        vec![],
    ];
    let layout = layout(&WIDE, regions, Vec::new());
    assert!(layout.placed.is_empty());
    assert_eq!(layout.left_out, [1, 0, 0]);
    assert_eq!(layout.band, 0.0, "no disputed items, no band");
}

#[test]
fn region_centres_run_left_to_right() {
    for g in [WIDE, COMPACT] {
        let xs = Choice::ALL.map(|c| g.region_x(c));
        assert!(xs[0] < xs[1] && xs[1] < xs[2], "{xs:?}");
        assert!(xs[0] > 0.0 && xs[2] < g.width);
    }
}

#[test]
fn wider_text_measures_wider() {
    let w = |t| WIDE.label_width(t, false);
    assert!(w("Data strategy") < w("Data strategy and more"));
    assert!(w("WWW") > w("iii"));
    assert!(
        WIDE.label_width("Data strategy", true) > w("Data strategy"),
        "room for a mark"
    );
}

/// A round's answers as marked labels in the regions the reader chose.
fn answers(pack: &content::Pack, picks: &[(usize, Choice)]) -> [Vec<Label>; 3] {
    let mut regions: [Vec<Label>; 3] = Default::default();
    for &(item, chosen) in picks {
        let right = pack.items[item].accepted().contains(chosen);
        regions[chosen.index()].push(Label {
            item,
            text: pack.items[item].label.clone(),
            mark: Some(if right { Mark::Right } else { Mark::Wrong }),
        });
    }
    regions
}

#[test]
fn any_ten_answers_fit_even_the_longest_labels_in_one_region() {
    let pack = content::builtin().unwrap();
    let mut by_length: Vec<usize> = (0..pack.items.len()).collect();
    by_length.sort_by_key(|&i| {
        std::cmp::Reverse(ANSWERS.label_width(&pack.items[i].label, true) as i64)
    });
    for region in Choice::ALL {
        let picks: Vec<(usize, Choice)> = by_length[..10].iter().map(|&i| (i, region)).collect();
        let layout = layout(&ANSWERS, answers(&pack, &picks), Vec::new());
        assert_eq!(
            layout.left_out,
            [0, 0, 0],
            "the ten longest labels in {region:?}"
        );
        assert_sound(&ANSWERS, &layout);
    }
    // And a few hundred readers answering at random.
    let mut rng = SplitMix64::new(8);
    for _ in 0..300 {
        let mut items: Vec<usize> = (0..pack.items.len()).collect();
        rng.shuffle(&mut items);
        let picks: Vec<(usize, Choice)> = items[..10]
            .iter()
            .map(|&i| (i, Choice::ALL[rng.below(3)]))
            .collect();
        let layout = layout(&ANSWERS, answers(&pack, &picks), Vec::new());
        assert_eq!(layout.left_out, [0, 0, 0], "{picks:?}");
        assert_sound(&ANSWERS, &layout);
    }
}

#[test]
fn a_whole_pack_of_marked_labels_stays_sound() {
    // The results' diagram after a round of every item, half of them wrong.
    let pack = content::builtin().unwrap();
    let mut regions: [Vec<Label>; 3] = Default::default();
    for (i, item) in pack.items.iter().enumerate() {
        let right = item.views[0].answer;
        let chosen = if i % 2 == 0 {
            right
        } else {
            Choice::ALL[(right.index() + 1) % 3]
        };
        let mark = if item.accepted().contains(chosen) {
            Mark::Right
        } else {
            Mark::Wrong
        };
        regions[chosen.index()].push(Label {
            item: i,
            text: item.label.clone(),
            mark: Some(mark),
        });
    }
    let layout = layout(&WIDE, regions, Vec::new());
    assert_sound(&WIDE, &layout);
    assert_eq!(
        layout.placed.len() + layout.left_out.iter().sum::<usize>(),
        pack.items.len()
    );
}
