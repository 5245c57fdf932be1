//! The widget's options as a host page states them: `data-*` attributes on
//! the host element, the query of the standalone and iframe pages
//! (`?questions=5&seed=42`), or the object given to `RoleQuiz.mount`. Read
//! without touching the DOM so the rules are tested natively.
//!
//! A wrong value never stops the widget: it is reported as an [`OptionError`]
//! (shown in the widget and logged) and the default is used instead.

use super::look::{Look, LOOKS};
use crate::content::{is_link, shortened};
use crate::host::{Profiles, Theme, Views};
use crate::lang::Lang;
use crate::quiz::Length;

/// The largest round a reader can ask for by number; `all` is the way to ask
/// for a whole pack, however large.
pub const MAX_QUESTIONS: usize = 1000;

/// Every setting's name, as used in a query or a script; attributes add
/// `data-`. The theming options' names are in [`LOOKS`]; [`names`] gives
/// both.
pub const NAMES: [&str; 10] = [
    "view",
    "questions",
    "seed",
    "pack",
    "theme",
    "shortcuts",
    "profiles",
    "lang",
    "sources",
    "stats",
];

/// Every option's name: the settings, then the theming options.
pub fn names() -> impl Iterator<Item = &'static str> {
    NAMES
        .into_iter()
        .chain(LOOKS.iter().map(|(name, _, _)| *name))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub view: Views,
    /// The round's length as the blogger wrote it; `None` when they did not,
    /// and the default (10, or every item of a smaller pack) applies.
    pub questions: Option<Length>,
    /// Fixes the order of questions; `None` means a random order.
    pub seed: Option<u64>,
    /// Where to fetch a custom content pack from; `None` for the built-in one.
    pub pack: Option<String>,
    pub theme: Theme,
    /// Keys 1, 2, 3 and N answer and go on, while focus is in the widget.
    pub shortcuts: bool,
    /// The quiz's intro shows the two roles' profiles.
    pub profiles: Profiles,
    /// The language of the widget's words, over the pack's; `None`: the
    /// pack's.
    pub lang: Option<Lang>,
    /// Theming values to set on the widget's element, one per option named.
    pub looks: Vec<Look>,
    /// The address of each source (by its id in the pack), so that its
    /// citations link to it: `relationship=https://… differences=https://…`.
    pub links: Vec<(String, String)>,
    /// The blogger's tally server (`https://stats.blog.example`): how
    /// other readers answered; `None`: no tallies, nothing sent.
    pub stats: Option<String>,
}

impl Options {
    /// How many questions a round asks.
    pub fn length(&self) -> Length {
        self.questions.unwrap_or(Length::DEFAULT)
    }

    /// A word for the blogger when the round they asked for is longer than
    /// their pack: said only for a length they wrote, as it is then asked
    /// of every item (the default adapts without a word).
    pub fn length_notice(&self, spelling: Spelling, available: usize) -> Option<String> {
        match self.questions {
            Some(Length::Items(n)) if n > available => Some(format!(
                "{}: asks for {n} questions, but the pack has {available} items; asking all {available}",
                spelling.spell("questions")
            )),
            _ => None,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Self {
            view: Views::Both,
            questions: None,
            seed: None,
            pack: None,
            theme: Theme::Auto,
            shortcuts: true,
            profiles: Profiles::Shown,
            lang: None,
            looks: Vec::new(),
            links: Vec::new(),
            stats: None,
        }
    }
}

/// Where the options were written, so a message names the option the way
/// the blogger wrote it (`data-view` on an element, `view` in a URL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    Attribute,
    Query,
}

impl Spelling {
    pub fn spell(self, name: &str) -> String {
        match self {
            Spelling::Attribute => format!("data-{name}"),
            Spelling::Query => name.to_owned(),
        }
    }
}

/// An option whose value was not understood, and what was used instead.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{name}: expected {expected}, found {found:?}; using {fallback}")]
pub struct OptionError {
    pub name: String,
    pub found: String,
    pub expected: &'static str,
    pub fallback: &'static str,
}

impl Options {
    /// Reads the options among `(name, value)` pairs, later pairs winning.
    /// Names the widget does not know are left alone: on a host page they
    /// belong to someone else.
    pub fn from_pairs<N, V>(
        spelling: Spelling,
        pairs: impl IntoIterator<Item = (N, V)>,
    ) -> (Options, Vec<OptionError>)
    where
        N: AsRef<str>,
        V: AsRef<str>,
    {
        let mut options = Options::default();
        let mut errors = Vec::new();
        for (name, value) in pairs {
            let (name, value) = (name.as_ref(), value.as_ref().trim());
            let problem = match name {
                "view" => parse_view(value).map(|v| options.view = v).err(),
                "questions" => parse_questions(value)
                    .map(|q| options.questions = Some(q))
                    .err(),
                "seed" => parse_seed(value).map(|s| options.seed = Some(s)).err(),
                "pack" => parse_pack(value).map(|p| options.pack = p).err(),
                "theme" => parse_theme(value).map(|t| options.theme = t).err(),
                "lang" => Lang::parse(value)
                    .map(|lang| options.lang = Some(lang))
                    .ok_or(("\"en\", \"de\", \"fr\" or \"es\"", "the pack's language"))
                    .err(),
                "shortcuts" => parse_switch(value).map(|on| options.shortcuts = on).err(),
                "sources" => parse_links(value).map(|links| options.links = links).err(),
                "stats" => parse_stats(value).map(|url| options.stats = url).err(),
                "profiles" => parse_switch(value)
                    .map(|on| {
                        options.profiles = if on {
                            Profiles::Shown
                        } else {
                            Profiles::Hidden
                        }
                    })
                    .err(),
                _ => match Look::parse(name, value) {
                    Some(Ok(look)) => {
                        options.looks.retain(|l| l.name != look.name);
                        options.looks.push(look);
                        None
                    }
                    Some(Err(kind)) => Some((kind.expected(), kind.fallback())),
                    None => None,
                },
            };
            if let Some((expected, fallback)) = problem {
                errors.push(OptionError {
                    name: spelling.spell(name),
                    // A runaway attribute is not repeated whole in the notice.
                    found: shortened(value).into_owned(),
                    expected,
                    fallback,
                });
            }
        }
        (options, errors)
    }
}

/// What a parser says of a value it cannot use: what it expected, and what
/// is used instead.
type Rejection = (&'static str, &'static str);

fn parse_view(value: &str) -> Result<Views, Rejection> {
    match value {
        "quiz" => Ok(Views::Quiz),
        "compare" => Ok(Views::Compare),
        "both" => Ok(Views::Both),
        _ => Err(("\"quiz\", \"compare\" or \"both\"", "both")),
    }
}

fn parse_questions(value: &str) -> Result<Length, Rejection> {
    if value.eq_ignore_ascii_case("all") {
        return Ok(Length::All);
    }
    match value.parse::<usize>() {
        Ok(n) if (1..=MAX_QUESTIONS).contains(&n) => Ok(Length::Items(n)),
        _ => Err(("a number from 1 to 1000, or \"all\"", "10")),
    }
}

/// Any integer that fits 64 bits; negative ones are as good a seed as any.
fn parse_seed(value: &str) -> Result<u64, Rejection> {
    value
        .parse::<u64>()
        .ok()
        .or_else(|| value.parse::<i64>().ok().map(|n| n as u64))
        .ok_or(("a whole number such as 42", "a random order"))
}

/// An `http(s)` URL or a relative one; an empty value means the built-in
/// pack. Other schemes (`javascript:`, `data:`, `file:`) are refused.
fn parse_pack(value: &str) -> Result<Option<String>, Rejection> {
    if value.is_empty() {
        return Ok(None);
    }
    let scheme = value
        .split_once(':')
        .map(|(scheme, _)| scheme)
        .filter(|s| !s.is_empty() && !s.contains(['/', '?', '#']));
    match scheme.map(str::to_ascii_lowercase).as_deref() {
        None | Some("http") | Some("https") => Ok(Some(value.to_owned())),
        Some(_) => Err(("an http(s) or relative URL", "the built-in pack")),
    }
}

/// `id=address` pairs, apart by spaces (or line breaks): an address has
/// none of its own. Each address must be one readers may follow.
fn parse_links(value: &str) -> Result<Vec<(String, String)>, Rejection> {
    value
        .split_whitespace()
        .map(|pair| match pair.split_once('=') {
            Some((id, url)) if !id.is_empty() && is_link(url) => {
                Ok((id.to_owned(), url.to_owned()))
            }
            _ => Err((
                "source=address pairs apart by spaces, each address http(s):// or /…",
                "the pack's own links",
            )),
        })
        .collect()
}

/// The address of a role-quiz-stats server: absolute, http(s), without
/// the trailing slash; empty for none.
fn parse_stats(value: &str) -> Result<Option<String>, Rejection> {
    if value.is_empty() {
        return Ok(None);
    }
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty() && !rest.starts_with('/') && !value.contains(['?', '#', ' ']) =>
        {
            Ok(Some(value.trim_end_matches('/').to_owned()))
        }
        _ => Err((
            "the http(s) address of your role-quiz-stats server",
            "no reader statistics",
        )),
    }
}

fn parse_switch(value: &str) -> Result<bool, Rejection> {
    match value {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(("\"on\" or \"off\"", "on")),
    }
}

fn parse_theme(value: &str) -> Result<Theme, Rejection> {
    match value {
        "auto" => Ok(Theme::Auto),
        "light" => Ok(Theme::Light),
        "dark" => Ok(Theme::Dark),
        _ => Err(("\"auto\", \"light\" or \"dark\"", "auto")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
        let (options, errors) = Options::from_pairs(Spelling::Attribute, pairs.iter().copied());
        (options, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn no_options_means_both_views_ten_random_questions_built_in_pack_auto_theme() {
        let (options, errors) = read(&[]);
        assert!(errors.is_empty());
        assert_eq!(
            options,
            Options {
                view: Views::Both,
                questions: None,
                seed: None,
                pack: None,
                theme: Theme::Auto,
                shortcuts: true,
                profiles: Profiles::Shown,
                lang: None,
                looks: Vec::new(),
                links: Vec::new(),
                stats: None,
            }
        );
    }

    #[test]
    fn stats_names_the_tally_server_by_its_http_address() {
        for (value, expected) in [
            (
                "https://stats.blog.example",
                Some("https://stats.blog.example"),
            ),
            (
                "https://blog.example/stats/",
                Some("https://blog.example/stats"),
            ),
            ("http://127.0.0.1:8090", Some("http://127.0.0.1:8090")),
            ("", None),
        ] {
            let (options, errors) = read(&[("stats", value)]);
            assert!(errors.is_empty(), "{value}: {errors:?}");
            assert_eq!(options.stats.as_deref(), expected);
        }
        for wrong in [
            "stats.blog.example",
            "/stats",
            "javascript:alert(1)",
            "https://",
            "https:///x",
            "https://x.example/?a",
        ] {
            let (options, errors) = read(&[("stats", wrong)]);
            assert_eq!(options.stats, None, "{wrong}");
            assert_eq!(
                errors,
                [format!("data-stats: expected the http(s) address of your role-quiz-stats server, found {wrong:?}; using no reader statistics")]
            );
        }
    }

    #[test]
    fn sources_map_each_source_id_to_an_address_readers_may_follow() {
        let (options, errors) = read(&[(
            "sources",
            " relationship=https://blog.example/a?x=1  differences=/posts/b\n",
        )]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            options.links,
            [
                (
                    "relationship".to_owned(),
                    "https://blog.example/a?x=1".to_owned()
                ),
                ("differences".to_owned(), "/posts/b".to_owned()),
            ]
        );
        for wrong in [
            "relationship=javascript:alert(1)",
            "relationship",
            "=https://x.example",
            "a=https://x.example b=//evil.example",
            "a=/\\evil.example",
        ] {
            let (options, errors) = read(&[("sources", wrong)]);
            assert!(options.links.is_empty(), "{wrong}");
            assert_eq!(errors.len(), 1, "{wrong}");
            assert!(
                errors[0].starts_with("data-sources: expected source=address pairs"),
                "{}",
                errors[0]
            );
        }
    }

    #[test]
    fn every_option_is_read() {
        let (options, errors) = read(&[
            ("view", "compare"),
            ("questions", "all"),
            ("seed", "7"),
            ("pack", "packs/cto-cfo.json"),
            ("theme", "dark"),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(options.view, Views::Compare);
        assert_eq!(options.length(), Length::All);
        assert_eq!(options.seed, Some(7));
        assert_eq!(options.pack.as_deref(), Some("packs/cto-cfo.json"));
        assert_eq!(options.theme, Theme::Dark);
    }

    #[test]
    fn questions_take_a_number_or_all() {
        assert_eq!(read(&[("questions", "5")]).0.length(), Length::Items(5));
        assert_eq!(read(&[("questions", " ALL ")]).0.length(), Length::All);
        assert_eq!(
            read(&[("questions", "1000")]).0.length(),
            Length::Items(1000)
        );
    }

    #[test]
    fn a_bad_question_count_is_reported_and_the_default_used() {
        for bad in ["0", "-3", "ten", "", "1001", "2.5"] {
            let (options, errors) = read(&[("questions", bad)]);
            assert_eq!(options.length(), Length::Items(10), "{bad:?}");
            assert_eq!(
                errors,
                [format!(
                    "data-questions: expected a number from 1 to 1000, or \"all\", found {bad:?}; using 10"
                )]
            );
        }
    }

    #[test]
    fn a_language_is_read_from_its_code_and_a_wrong_one_is_named() {
        assert_eq!(read(&[("lang", "de-CH")]).0.lang, Some(Lang::De));
        let (options, errors) = read(&[("lang", "klingon")]);
        assert_eq!(options.lang, None);
        assert_eq!(
            errors,
            [
                r#"data-lang: expected "en", "de", "fr" or "es", found "klingon"; using the pack's language"#
            ]
        );
    }

    #[test]
    fn a_bad_view_or_theme_names_the_accepted_values() {
        let (options, errors) = read(&[("view", "quizz"), ("theme", "pink")]);
        assert_eq!(options.view, Views::Both);
        assert_eq!(options.theme, Theme::Auto);
        assert_eq!(
            errors,
            [
                r#"data-view: expected "quiz", "compare" or "both", found "quizz"; using both"#,
                r#"data-theme: expected "auto", "light" or "dark", found "pink"; using auto"#,
            ]
        );
    }

    #[test]
    fn theming_options_are_read_and_a_misshapen_one_named() {
        let (options, errors) = read(&[
            ("accent", "b33c1a"),
            ("font", "Georgia,serif"),
            ("accent", "teal"),
            ("radius", "round"),
        ]);
        let set: Vec<_> = options
            .looks
            .iter()
            .map(|l| (l.property, l.value.as_str()))
            .collect();
        assert_eq!(
            set,
            [("--rq-font", "Georgia,serif"), ("--rq-accent", "teal")]
        );
        assert_eq!(
            errors,
            [
                r#"data-radius: expected a length such as 8px or 0.5em, found "round"; using the built-in corners"#
            ]
        );
    }

    #[test]
    fn the_intro_shows_the_profiles_unless_turned_off() {
        assert_eq!(read(&[]).0.profiles, Profiles::Shown);
        assert_eq!(read(&[("profiles", "off")]).0.profiles, Profiles::Hidden);
        let (options, errors) = read(&[("profiles", "hide")]);
        assert_eq!(options.profiles, Profiles::Shown);
        assert_eq!(
            errors,
            [r#"data-profiles: expected "on" or "off", found "hide"; using on"#]
        );
    }

    #[test]
    fn shortcuts_are_on_unless_turned_off() {
        assert!(read(&[]).0.shortcuts);
        assert!(!read(&[("shortcuts", "off")]).0.shortcuts);
        let (options, errors) = read(&[("shortcuts", "no")]);
        assert!(options.shortcuts);
        assert_eq!(
            errors,
            [r#"data-shortcuts: expected "on" or "off", found "no"; using on"#]
        );
    }

    #[test]
    fn seeds_are_whole_numbers_of_either_sign() {
        assert_eq!(read(&[("seed", "42")]).0.seed, Some(42));
        assert_eq!(read(&[("seed", "-1")]).0.seed, Some(u64::MAX));
        let (options, errors) = read(&[("seed", "4x2")]);
        assert_eq!(options.seed, None);
        assert_eq!(
            errors,
            ["data-seed: expected a whole number such as 42, found \"4x2\"; using a random order"]
        );
    }

    #[test]
    fn packs_come_over_http_or_from_a_relative_url() {
        for good in [
            "https://example.org/p.json",
            "HTTP://example.org/p.json",
            "/packs/p.json",
            "p.json?v=2",
            "packs/a:b.json",
        ] {
            assert_eq!(read(&[("pack", good)]).0.pack.as_deref(), Some(good));
        }
        assert_eq!(read(&[("pack", "  ")]).0.pack, None);
        for bad in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
        ] {
            let (options, errors) = read(&[("pack", bad)]);
            assert_eq!(options.pack, None, "{bad}");
            assert_eq!(
                errors,
                [format!(
                    "data-pack: expected an http(s) or relative URL, found {bad:?}; using the built-in pack"
                )]
            );
        }
    }

    #[test]
    fn query_spelling_names_options_without_data() {
        let (_, errors) = Options::from_pairs(Spelling::Query, [("view", "nope")]);
        assert!(errors[0].to_string().starts_with("view: expected"));
    }

    #[test]
    fn other_names_belong_to_the_host_page() {
        let (options, errors) = read(&[("utm_source", "mail"), ("seed", "7")]);
        assert_eq!(options.seed, Some(7));
        assert!(errors.is_empty());
    }

    #[test]
    fn later_values_win() {
        assert_eq!(read(&[("seed", "1"), ("seed", "2")]).0.seed, Some(2));
    }

    #[test]
    fn a_small_pack_adapts_silently_unless_the_blogger_asked_for_more() {
        let (default, _) = read(&[]);
        assert_eq!(default.length(), Length::Items(10));
        assert_eq!(
            default.length_notice(Spelling::Attribute, 6),
            None,
            "nothing was written"
        );
        let (asked, _) = read(&[("questions", "12")]);
        assert_eq!(
            asked.length_notice(Spelling::Attribute, 6).as_deref(),
            Some("data-questions: asks for 12 questions, but the pack has 6 items; asking all 6")
        );
        assert_eq!(
            asked.length_notice(Spelling::Query, 6).as_deref(),
            Some("questions: asks for 12 questions, but the pack has 6 items; asking all 6")
        );
        assert_eq!(
            asked.length_notice(Spelling::Attribute, 12),
            None,
            "exactly enough"
        );
        let (all, _) = read(&[("questions", "all")]);
        assert_eq!(all.length_notice(Spelling::Attribute, 3), None);
    }
}
