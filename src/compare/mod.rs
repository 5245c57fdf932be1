//! The comparison of the two roles, as data: which items belong to the first
//! role only, to both, or to the second only, narrowed by the reader's
//! keywords, and where their labels go on a Venn diagram.
//!
//! Everything here is derived from the pack at the moment it is shown, so the
//! lists and the diagram can never disagree with the quiz's answers. Like
//! [`crate::quiz`], it knows nothing about Yew or the DOM.

pub mod venn;

use crate::content::Pack;
use crate::quiz::Choice;

/// The reader's keywords. An item matches when every word occurs in its
/// statement or its short label, ignoring case and accents ("donnees"
/// finds "données", "losung" "Lösung"), as readers of the four languages
/// type them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    words: Vec<String>,
}

impl Filter {
    pub fn new(query: &str) -> Self {
        Self {
            words: query.split_whitespace().map(folded).collect(),
        }
    }

    /// True when the reader typed nothing (but spaces).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn matches(&self, statement: &str, label: &str) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let text = folded(&format!("{statement}\n{label}"));
        self.words.iter().all(|word| text.contains(word.as_str()))
    }
}

/// Unicode lowercase without accents: decomposed (NFD), its combining marks
/// dropped. In the browser, JavaScript's `toLowerCase` and `normalize` do it
/// with tables the browser already has: Rust's would add tens of KB to every
/// reader's download. Both follow the Unicode case mappings and
/// decompositions.
#[cfg(target_arch = "wasm32")]
fn folded(text: &str) -> String {
    thread_local! {
        static MARKS: js_sys::RegExp = js_sys::RegExp::new("\\p{M}", "gu");
    }
    let lower = js_sys::JsString::from(text)
        .to_lower_case()
        .normalize("NFD");
    MARKS
        .with(|marks| lower.replace_by_pattern(marks, ""))
        .into()
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)] // Natively (tests, check-pack) size is no concern.
fn folded(text: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    text.to_lowercase()
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .collect()
}

/// The pack's items split by their answer: `groups[choice.index()]` holds the
/// indices (in pack order) of the items whose one answer is `choice`, and
/// `disputed` those the sources disagree on, which belong to no one group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Groups {
    groups: [Vec<usize>; 3],
    disputed: Vec<usize>,
}

impl Groups {
    /// Every item that matches `filter`, in the group its answer names.
    pub fn of(pack: &Pack, filter: &Filter) -> Self {
        let mut result = Self::default();
        for (i, item) in pack.items.iter().enumerate() {
            if filter.matches(&item.statement, &item.label) {
                match item.accepted().single() {
                    Some(answer) => result.groups[answer.index()].push(i),
                    None => result.disputed.push(i),
                }
            }
        }
        result
    }

    pub fn get(&self, choice: Choice) -> &[usize] {
        &self.groups[choice.index()]
    }

    /// The items the sources disagree on.
    pub fn disputed(&self) -> &[usize] {
        &self.disputed
    }

    /// Which list shows `item`: a region's index, or 3 for the disputed
    /// items. `None` when the filter leaves it out.
    pub fn list_of(&self, item: usize) -> Option<usize> {
        self.groups
            .iter()
            .chain([&self.disputed])
            .position(|list| list.contains(&item))
    }

    /// How many items are shown in all the groups together.
    pub fn len(&self) -> usize {
        self.groups.iter().map(Vec::len).sum::<usize>() + self.disputed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Each group's items as diagram labels, in group order.
    pub fn labels(&self, pack: &Pack) -> [Vec<venn::Label>; 3] {
        Choice::ALL.map(|choice| labels(pack, self.get(choice), None))
    }

    /// The disputed items as diagram labels, marked as such.
    pub fn disputed_labels(&self, pack: &Pack) -> Vec<venn::Label> {
        labels(pack, &self.disputed, Some(venn::Mark::Disputed))
    }
}

fn labels(pack: &Pack, items: &[usize], mark: Option<venn::Mark>) -> Vec<venn::Label> {
    items
        .iter()
        .filter_map(|&item| {
            Some(venn::Label {
                item,
                text: pack.items.get(item)?.label.clone(),
                mark,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn pack() -> Pack {
        content::builtin().unwrap()
    }

    #[test]
    fn every_item_is_in_exactly_one_group_the_one_its_answer_names() {
        let pack = pack();
        let groups = Groups::of(&pack, &Filter::default());
        let mut seen = vec![0; pack.items.len()];
        for choice in Choice::ALL {
            for &i in groups.get(choice) {
                assert_eq!(
                    pack.items[i].accepted().single(),
                    Some(choice),
                    "{}",
                    pack.items[i].id
                );
                seen[i] += 1;
            }
        }
        for &i in groups.disputed() {
            assert!(pack.items[i].is_disputed(), "{}", pack.items[i].id);
            seen[i] += 1;
        }
        assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
        assert!(
            !groups.disputed().is_empty(),
            "the built-in pack has disputes"
        );
        assert_eq!(groups.len(), pack.items.len());
    }

    #[test]
    fn groups_keep_pack_order() {
        let groups = Groups::of(&pack(), &Filter::default());
        for choice in Choice::ALL {
            assert!(groups.get(choice).windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn the_filter_matches_statements_ignoring_case() {
        let pack = pack();
        let groups = Groups::of(&pack, &Filter::new("DATABASES"));
        let ids: Vec<&str> = Choice::ALL
            .iter()
            .flat_map(|&c| groups.get(c))
            .map(|&i| pack.items[i].id.as_str())
            .collect();
        assert_eq!(ids, ["information-systems-upkeep"]);
    }

    #[test]
    fn the_filter_finds_words_in_the_packs_language_case_and_accents_aside() {
        use crate::lang::Lang;
        let found = |lang, query: &str| {
            let pack = content::builtin_in(Some(lang)).unwrap();
            let groups = Groups::of(&pack, &Filter::new(query));
            Choice::ALL
                .iter()
                .flat_map(|&c| groups.get(c))
                .chain(groups.disputed())
                .map(|&i| pack.items[i].id.clone())
                .collect::<Vec<_>>()
        };
        for (lang, words) in [
            (Lang::De, ["Daten", "daten", "DATEN"]),
            (Lang::Fr, ["données", "donnees", "DONNÉES"]),
            (Lang::Es, ["datos", "DATOS", "Datos"]),
        ] {
            let first = found(lang, words[0]);
            assert!(
                first.contains(&"data-strategy".to_owned()),
                "{lang:?}: {first:?}"
            );
            for word in words {
                assert_eq!(found(lang, word), first, "{lang:?} {word}");
            }
        }
        // Accents aside both ways: "Lösung"-like words typed without them,
        // and "tecnologia" for "tecnología".
        assert_eq!(
            found(Lang::De, "ubergreifende"),
            found(Lang::De, "übergreifende")
        );
        assert!(!found(Lang::Es, "tecnologia").is_empty());
        assert_eq!(found(Lang::Es, "tecnologia"), found(Lang::Es, "tecnología"));
        assert!(found(Lang::En, "données").is_empty());
    }

    #[test]
    fn every_word_of_the_filter_must_match() {
        let pack = pack();
        let one = Groups::of(&pack, &Filter::new("data"));
        let two = Groups::of(&pack, &Filter::new("data  strategy"));
        assert!(one.len() > two.len() && !two.is_empty());
        for choice in Choice::ALL {
            for &i in two.get(choice) {
                let text =
                    format!("{} {}", pack.items[i].statement, pack.items[i].label).to_lowercase();
                assert!(text.contains("data") && text.contains("strategy"), "{text}");
            }
        }
    }

    #[test]
    fn the_filter_also_matches_the_short_label() {
        let pack = pack();
        // "BI" is only in the label "Analytics and BI".
        let groups = Groups::of(&pack, &Filter::new("bi"));
        let ids: Vec<&str> = groups
            .get(Choice::First)
            .iter()
            .map(|&i| pack.items[i].id.as_str())
            .collect();
        assert!(ids.contains(&"analytics-and-bi"), "{ids:?}");
    }

    #[test]
    fn a_blank_filter_shows_everything_and_nonsense_shows_nothing() {
        let pack = pack();
        assert!(Filter::new("   ").is_empty());
        assert_eq!(
            Groups::of(&pack, &Filter::new("  ")).len(),
            pack.items.len()
        );
        assert!(Groups::of(&pack, &Filter::new("zebra")).is_empty());
    }

    #[test]
    fn list_of_names_the_list_that_shows_an_item() {
        let pack = pack();
        let groups = Groups::of(&pack, &Filter::default());
        for item in 0..pack.items.len() {
            let list = groups.list_of(item).expect("every item is shown");
            let shown = match Choice::ALL.get(list) {
                Some(&choice) => groups.get(choice),
                None => groups.disputed(),
            };
            assert!(shown.contains(&item), "{item} in list {list}");
        }
        let data = Groups::of(&pack, &Filter::new("data"));
        let filter = Filter::new("data");
        let hidden = (0..pack.items.len())
            .find(|&i| !filter.matches(&pack.items[i].statement, &pack.items[i].label))
            .expect("an item without the word");
        assert_eq!(data.list_of(hidden), None);
    }
}
