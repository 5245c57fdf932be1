//! The standalone page's URL fragment names the tab: `#quiz` or `#compare`,
//! so a blogger can link straight to the comparison and the back button
//! moves between tabs.

use crate::ui::Tab;

/// The tab a fragment names; no fragment at all means the first tab (the back
/// button returns there). `None` for any other fragment, which belongs to the
/// host page.
pub fn tab_from_hash(hash: &str) -> Option<Tab> {
    match hash.strip_prefix('#').unwrap_or(hash) {
        "" | "quiz" => Some(Tab::Quiz),
        "compare" => Some(Tab::Compare),
        _ => None,
    }
}

pub fn hash_for(tab: Tab) -> &'static str {
    match tab {
        Tab::Quiz => "#quiz",
        Tab::Compare => "#compare",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_tabs_and_others_are_left_alone() {
        assert_eq!(tab_from_hash("#compare"), Some(Tab::Compare));
        assert_eq!(tab_from_hash("#quiz"), Some(Tab::Quiz));
        assert_eq!(
            tab_from_hash(""),
            Some(Tab::Quiz),
            "no fragment: the first tab"
        );
        assert_eq!(tab_from_hash("#"), Some(Tab::Quiz));
        assert_eq!(tab_from_hash("#Compare"), None);
        assert_eq!(tab_from_hash("#section-2"), None);
    }

    #[test]
    fn every_tab_round_trips_through_its_fragment() {
        for tab in [Tab::Quiz, Tab::Compare] {
            assert_eq!(tab_from_hash(hash_for(tab)), Some(tab));
        }
    }
}
