//! Nothing a pack, an option, a stored value or a URL fragment holds can make
//! the widget panic, and the quiz keeps its rules whatever the reader does.
//! Property tests over generated input; the pack test is this project's
//! stand-in for a cargo-fuzz target (cargo-fuzz needs a nightly toolchain,
//! and this one is stable).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use proptest::prelude::*;
use role_quiz::content::{self, Pack, Reading, Who, BUILTIN_JSON};
use role_quiz::embed::{shared_result, tab_from_hash, Options, Spelling};
use role_quiz::quiz::{Accepted, Choice, Insight, Length, Phase, Round, RoundOptions};
use role_quiz::saved::{self, Saved};
use role_quiz::ui::words::{self, Part};
use serde_json::{json, Value};

fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        Just(Choice::First),
        Just(Choice::Both),
        Just(Choice::Second)
    ]
}

/// What an item accepts: mostly one answer, sometimes two where the sources
/// disagree.
fn accepted() -> impl Strategy<Value = Accepted> {
    prop_oneof![
        3 => choice().prop_map(Accepted::only),
        1 => (choice(), choice()).prop_map(|(a, b)| Accepted::of([a, b])),
    ]
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::String),
        Just(json!("cio")),
        Just(json!("both")),
        Just(json!("")),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::hash_map("[a-z]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One change to a pack's JSON, at a place picked by `at` (a fraction).
#[derive(Clone, Debug)]
enum Mutation {
    Replace(f64, Value),
    Remove(f64),
    Duplicate(f64),
    Insert(f64, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0, json_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        (0.0..1.0).prop_map(Mutation::Remove),
        (0.0..1.0).prop_map(Mutation::Duplicate),
        (0.0..1.0, "[a-z]{1,8}", json_value()).prop_map(|(at, k, v)| Mutation::Insert(at, k, v)),
    ]
}

/// Every place in a JSON tree, as a path of keys and indices.
fn places(value: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(path.clone());
    match value {
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(json!(i));
                places(v, path, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                path.push(json!(k));
                places(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |v, key| match key {
        Value::String(k) => &mut v[k.as_str()],
        Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

fn mutate(pack: &mut Value, m: &Mutation) {
    let mut all = Vec::new();
    places(pack, &mut Vec::new(), &mut all);
    let pick = |at: f64| all[((at * all.len() as f64) as usize).min(all.len() - 1)].clone();
    match m {
        Mutation::Replace(at, v) => *at_mut(pack, &pick(*at)) = v.clone(),
        Mutation::Remove(at) => {
            let path = pick(*at);
            if let Some((last, parent)) = path.split_last() {
                match (at_mut(pack, parent), last) {
                    (Value::Object(map), Value::String(k)) => {
                        map.remove(k);
                    }
                    (Value::Array(items), Value::Number(i)) => {
                        items.remove(i.as_u64().unwrap() as usize);
                    }
                    _ => {}
                }
            }
        }
        Mutation::Duplicate(at) => {
            if let Value::Array(items) = at_mut(pack, &pick(*at)) {
                if let Some(first) = items.first().cloned() {
                    items.push(first);
                }
            }
        }
        Mutation::Insert(at, key, v) => {
            if let Value::Object(map) = at_mut(pack, &pick(*at)) {
                map.insert(key.clone(), v.clone());
            }
        }
    }
}

/// What every pack that validates must be.
fn assert_sound(pack: &Pack) {
    assert!(pack.items.len() >= content::MIN_ITEMS);
    let ids: HashSet<&str> = pack.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), pack.items.len());
    for item in &pack.items {
        assert!(!item.statement.trim().is_empty() && !item.views.is_empty());
        let accepted = item.accepted();
        assert_eq!(
            accepted.choices().count(),
            item.views.len(),
            "one answer per view"
        );
        assert!(accepted.choices().count() < 3, "some answer must be wrong");
        for view in &item.views {
            assert!(!view.sources.is_empty());
        }
        for c in item.citations() {
            let source = pack
                .sources
                .iter()
                .find(|s| s.id == c.source)
                .expect("cited source");
            assert!(source.sections.contains(&c.section));
        }
    }
    assert_eq!(pack.verdicts.first().map(|v| v.from), Some(0));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// The fuzz test: the built-in pack changed at random, a few times over.
    #[test]
    fn a_changed_pack_is_read_or_refused_never_a_panic(changes in prop::collection::vec(mutation(), 1..5)) {
        let mut pack: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        for change in &changes {
            mutate(&mut pack, change);
        }
        match Pack::from_json(&pack.to_string()) {
            Ok(pack) => assert_sound(&pack),
            Err(errors) => prop_assert!(!errors.0.is_empty()),
        }
    }
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused(text in ".{0,200}") {
        let _ = Pack::from_json(&text);
    }

    #[test]
    fn any_json_is_read_or_refused(value in json_value()) {
        if let Ok(pack) = Pack::from_json(&value.to_string()) {
            assert_sound(&pack);
        }
    }

    #[test]
    fn a_round_keeps_its_rules_whatever_the_reader_does(
        key in prop::collection::vec(accepted(), 0..40),
        length in prop_oneof![Just(Length::All), (0usize..60).prop_map(Length::Items)],
        seed in any::<u64>(),
        actions in prop::collection::vec(prop::option::of(choice()), 0..120),
    ) {
        let mut round = Round::new(&key, RoundOptions { length, seed });
        prop_assert_eq!(round.len(), length.count(key.len()));
        for action in actions {
            let before = round.answered();
            match action {
                Some(c) => {
                    let took = round.answer(c).is_some();
                    prop_assert_eq!(round.answered(), before + usize::from(took));
                }
                None => {
                    round.advance();
                }
            }
            prop_assert!(round.answered() <= round.len());
            prop_assert!(round.score() <= round.answered());
            prop_assert!(round.number() <= round.len().max(1));
            let results = round.results();
            prop_assert_eq!(results.score.total, round.answered());
            prop_assert_eq!(results.misses().len(), round.answered() - round.score());
            let matrix = results.confusion();
            prop_assert_eq!(
                matrix.iter().flatten().sum::<usize>() + results.disputed.total,
                round.answered()
            );
            match results.insight() {
                Insight::NoMisses => prop_assert_eq!(round.score(), round.answered()),
                Insight::OneMiss { chosen, accepted } => {
                    prop_assert_eq!(round.answered() - round.score(), 1);
                    prop_assert!(!accepted.contains(chosen));
                }
                Insight::MixUp { count, misses, .. }
                | Insight::OverChosen { count, misses, .. }
                | Insight::OftenMissed { count, misses, .. } => {
                    prop_assert!(count >= 2 && count * 2 >= misses);
                    prop_assert_eq!(misses, round.answered() - round.score());
                }
                Insight::Scattered { misses } => prop_assert_eq!(misses, round.answered() - round.score()),
            }
            if round.phase() == Phase::Finished {
                prop_assert_eq!(round.answered(), round.len());
            }
        }
    }

    #[test]
    fn every_answer_is_the_only_one_of_its_share_of_any_round_the_pack_can_fill(
        key in prop::collection::vec(accepted(), 0..60),
        n in 0usize..40,
        seed in any::<u64>(),
    ) {
        let round = Round::new(&key, RoundOptions { length: Length::Items(n), seed });
        let n = n.min(key.len());
        prop_assert_eq!(round.len(), n);
        let share = if n >= 3 { (n / 4).max(1) } else { 0 };
        for c in Choice::ALL {
            let in_pack = key.iter().filter(|a| a.single() == Some(c)).count();
            let in_round = round.questions().iter().filter(|q| q.accepted.single() == Some(c)).count();
            prop_assert!(in_round >= share.min(in_pack), "{:?}: {} of {}", c, in_round, n);
        }
        let others = key.iter().filter(|a| !a.is_disputed()).count();
        let disputed = round.questions().iter().filter(|q| q.accepted.is_disputed()).count();
        prop_assert!(disputed <= n.div_ceil(4).max(n.saturating_sub(others)));
    }

    #[test]
    fn a_saved_round_survives_or_is_refused(text in ".{0,300}", saved_seed in any::<u64>()) {
        let pack = content::builtin().unwrap();
        let _ = saved::load_round(&pack, &text);
        let _ = saved::load_best(&text);
        // A real save with its text cut anywhere is refused or read whole.
        let round = Round::new(&pack.answer_key(), RoundOptions::new(saved_seed));
        let good = saved::save_round(&pack, &Saved { round, retry: false, seed: Some(saved_seed) });
        let cut = good.len() * (text.len() % 10) / 10;
        if let Ok(back) = saved::load_round(&pack, &good[..cut]) {
            prop_assert!(!back.round.is_empty());
        }
    }

    #[test]
    fn any_fragment_or_option_is_read_or_ignored(
        text in ".{0,40}",
        pairs in prop::collection::vec(("[a-z]{1,10}", ".{0,20}"), 0..8),
    ) {
        let _ = tab_from_hash(&text);
        if let Some(challenge) = shared_result(&text) {
            let score = challenge.score;
            prop_assert!(score.right <= score.total && score.total > 0);
        }
        let shared = format!("#rq-result={text}");
        if let Some(challenge) = shared_result(&shared) {
            let score = challenge.score;
            prop_assert!(score.right <= score.total && score.total <= 1000);
        }
        let named = pairs.iter().map(|(n, v)| {
            let n = ["view", "questions", "seed", "pack", "theme"][n.len() % 5].to_owned();
            (n, v.clone())
        });
        let (options, errors) = Options::from_pairs(Spelling::Attribute, named);
        prop_assert!(errors.len() <= pairs.len());
        if let Length::Items(n) = options.length() {
            prop_assert!((1..=1000).contains(&n));
        }
    }
}

/// A runaway text: long, and with what a hostile pack puts in (markup,
/// quotes, line breaks, characters outside the BMP).
fn runaway() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just("x"),
            Just("<!--<script>"),
            Just("\"\\\n"),
            Just("é𝄞"),
            Just("$&")
        ],
        1_000usize..40_000,
    )
        .prop_map(|(piece, times)| piece.repeat(times))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The hostile layer's native half: however long or odd an id, a key or
    /// a value of a pack or an option, what the blogger reads is bounded:
    /// at most MAX_LISTED problems and a count, each a line of a page, not
    /// the pack again.
    #[test]
    fn a_report_on_a_hostile_pack_stays_a_page(
        text in runaway(),
        at in 0usize..6,
        copies in 1usize..300,
    ) {
        let mut pack: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        match at {
            0 => pack["id"] = json!(text),
            1 => pack["ui"] = json!({ text.clone(): "x" }),
            2 => pack[text.as_str()] = json!(1),
            3 => pack["items"][0]["sources"][0]["section"] = json!(text),
            4 => {
                let item = pack["items"][0].clone();
                let items = pack["items"].as_array_mut().unwrap();
                for n in 0..copies {
                    let mut copy = item.clone();
                    copy["id"] = json!(format!("{text}{n}"));
                    copy[text.as_str()] = json!(n);
                    items.push(copy);
                }
            }
            _ => pack["roles"][0]["id"] = json!(text),
        }
        let Err(errors) = Pack::from_json(&pack.to_string()) else {
            return Ok(());
        };
        prop_assert!(errors.0.len() <= content::MAX_LISTED + 1);
        // No more of the runaway text than its first 40 characters, in any
        // line (the longest lines list what a field may be instead).
        let run: String = text.chars().take(41).collect();
        for error in &errors.0 {
            let line = error.to_string();
            prop_assert!(!line.contains(&run), "{}", line.chars().take(200).collect::<String>());
            prop_assert!(line.chars().count() <= 2_500);
        }
    }

    #[test]
    fn a_notice_on_a_hostile_option_stays_a_line(text in runaway(), name in 0usize..5) {
        let name = ["view", "questions", "seed", "theme", "lang"][name];
        let (_, errors) = Options::from_pairs(Spelling::Attribute, [(name, text.as_str())]);
        let run: String = text.chars().take(41).collect();
        for error in errors {
            prop_assert!(!error.to_string().contains(&run));
            prop_assert!(error.to_string().chars().count() <= 200);
        }
    }
}

/// A disputed item's views: each answer with the (article, section) pairs
/// that cite it.
type Views = Vec<(Choice, Vec<(usize, usize)>)>;

/// A disputed item's views, generated: two answers, each cited by one to
/// four (article, section) pairs out of three articles of three sections.
fn disputed_views() -> impl Strategy<Value = Views> {
    let cites = || prop::collection::vec((0usize..3, 0usize..3), 1..5);
    (0usize..3, 1usize..3, cites(), cites()).prop_map(|(first, step, a, b)| {
        let first = Choice::ALL[first];
        let second = Choice::ALL[(first.index() + step) % 3];
        vec![(first, a), (second, b)]
    })
}

/// The built-in pack with three articles, its first items made the
/// disputed `items`, every other item cited from the first article.
fn pack_with(items: &[Views]) -> Option<Pack> {
    let answer = |c: Choice| ["cio", "both", "cto"][c.index()];
    let cite = |(a, s): &(usize, usize)| json!({"source": format!("a{a}"), "section": format!("Section {s}")});
    let mut pack: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    pack["sources"] = (0..3)
        .map(|a| {
            json!({
                "id": format!("a{a}"),
                "title": format!("Article {a}"),
                "sections": (0..3).map(|s| format!("Section {s}")).collect::<Vec<_>>(),
            })
        })
        .collect();
    for (i, item) in pack["items"].as_array_mut()?.iter_mut().enumerate() {
        let item = item.as_object_mut()?;
        let kept = item
            .remove("answer")
            .or_else(|| item.get("views").map(|v| v[0]["answer"].clone()))?;
        item.remove("views");
        item.remove("sources");
        match items.get(i) {
            Some(views) => item.insert(
                "views".into(),
                views
                    .iter()
                    .map(|(c, cites)| json!({"answer": answer(*c), "sources": cites.iter().map(cite).collect::<Vec<_>>()}))
                    .collect(),
            ),
            None => {
                item.insert("answer".into(), kept);
                item.insert("sources".into(), json!([cite(&(0, 0))]))
            }
        };
    }
    Pack::from_json(&pack.to_string()).ok()
}

proptest! {
    /// The feedback on an item where two answers count is derived from its
    /// citations: it names an article with an answer only where one of that
    /// article's citations gives it, leaves out no article that gives one,
    /// says "in one section ... in another" only of separate sections, and
    /// "the articles disagree" only where no two articles share an answer.
    #[test]
    fn the_reading_of_a_disputed_item_is_true_to_its_citations(
        items in prop::collection::vec(disputed_views(), 1..6),
    ) {
        let pack = pack_with(&items).expect("a valid pack");
        for item in pack.items.iter().filter(|i| i.is_disputed()) {
            let gives = |source: &str, c: Choice| {
                item.view(c).is_some_and(|v| v.sources.iter().any(|s| s.source == source))
            };
            let sections = |source: &str, c: Choice| -> Vec<&str> {
                item.view(c).map_or(Vec::new(), |v| {
                    v.sources.iter().filter(|s| s.source == source).map(|s| s.section.as_str()).collect()
                })
            };
            let cited: Vec<&str> = pack
                .sources
                .iter()
                .map(|s| s.id.as_str())
                .filter(|&id| item.citations().any(|c| c.source == id))
                .collect();
            let reading = Reading::of(&pack, item);
            let mut said: Vec<(&str, Choice)> = Vec::new();
            for clause in reading.clauses() {
                let named: Vec<&str> = match clause.who {
                    Who::One(source) => vec![source.id.as_str()],
                    Who::Every(n) => {
                        prop_assert!(n >= 2 && n == cited.len());
                        cited.clone()
                    }
                };
                prop_assert!(!clause.answers.is_empty() && clause.answers.len() <= 2);
                for &source in &named {
                    for &c in &clause.answers {
                        prop_assert!(gives(source, c), "{} named for {:?}", source, c);
                        said.push((source, c));
                    }
                    if let [a, b] = clause.answers[..] {
                        let (a, b) = (sections(source, a), sections(source, b));
                        let shared = a.iter().any(|s| b.contains(s));
                        prop_assert_eq!(clause.apart, !shared, "{}", source);
                    }
                }
            }
            for view in &item.views {
                for c in &view.sources {
                    prop_assert!(said.contains(&(c.source.as_str(), view.answer)), "{} left out", c.source);
                }
            }
            if reading.disagree() {
                for c in Choice::ALL {
                    prop_assert!(cited.iter().filter(|&&s| gives(s, c)).count() <= 1);
                }
            }
            // The sentence shows every article named and every answer given.
            let sentence = words::reading(&pack, item);
            let badges = sentence.iter().filter(|p| matches!(p, Part::Badge(_))).count();
            let titles: Vec<&str> = sentence
                .iter()
                .filter_map(|p| match p { Part::Cite(t) => Some(t.as_str()), _ => None })
                .collect();
            let clauses = reading.clauses();
            prop_assert_eq!(badges, clauses.iter().map(|c| c.answers.len()).sum::<usize>());
            let ones: Vec<&str> = clauses
                .iter()
                .filter_map(|c| match c.who { Who::One(s) => Some(s.title.as_str()), Who::Every(_) => None })
                .collect();
            prop_assert_eq!(titles, ones);
        }
    }
}
