//! The widget's screens as Yew function components.
//!
//! [`App`] holds the only state, one reducer that delegates every rule to
//! [`crate::quiz`]; each screen is a component that gets what it shows as
//! props and reports clicks through callbacks. Views render pack strings as
//! text, never as HTML, and never compute a score.

mod app;
mod compare;
mod details;
mod feedback;
mod icons;
mod intro;
mod problems;
mod profile;
mod question;
mod results;
mod tabs;
mod venn;
mod widget;

pub use app::{App, AppProps};
pub use compare::{CompareProps, CompareScreen};
pub use feedback::{FeedbackPanel, FeedbackProps};
pub use intro::{IntroProps, IntroScreen};
pub use question::{QuestionProps, QuestionScreen};
pub use results::{ResultsProps, ResultsScreen};
pub use widget::{Content, Widget, WidgetProps};

use crate::progress::Saved;
use crate::quiz::{Choice, Outcome, Results, Tally};

/// The widget's two views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Quiz,
    Compare,
}

/// Which views a widget offers: both behind tabs, or one alone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Views {
    Quiz,
    Compare,
    #[default]
    Both,
}

/// Light or dark colours; `Auto` follows the reader's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// As written in `data-theme` and in the widget's own markup.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the host page hears about: the widget is ready, the reader answered a
/// question, the reader finished a round.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    Ready,
    Answer {
        outcome: Outcome,
        /// 0-based position of the question in the round.
        index: usize,
        total: usize,
    },
    Complete(Results),
}

/// What the widget asks its host to keep for the next visit.
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// The round on screen, or `None` when there is none (the intro).
    Round(Option<Saved>),
    /// A new best score for this pack.
    Best(Tally),
}

/// The reader asked to share their score; the host says how it went.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareRequest {
    pub score: Tally,
    pub reply: yew::Callback<Shared>,
}

/// How sharing went, told to the reader in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The browser's share sheet took it.
    Shared,
    /// The link is on the clipboard.
    Copied,
    /// Neither worked: the reader copies the link by hand.
    Failed { url: String },
}

/// How the widget sits in its host page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedding {
    pub views: Views,
    /// The tab the host asks for (on the standalone page, the URL's `#quiz`
    /// or `#compare`). A change switches tabs.
    pub tab: Tab,
    /// Told when the reader switches tabs, so the host can follow.
    pub on_tab_change: yew::Callback<Tab>,
    pub theme: Theme,
    /// Told of every [`WidgetEvent`].
    pub on_event: yew::Callback<WidgetEvent>,
    /// A round saved on an earlier visit, to pick up again.
    pub resume: Option<Saved>,
    /// The best score on this pack so far.
    pub best: Option<Tally>,
    /// Told what to keep (see [`Progress`]).
    pub on_progress: yew::Callback<Progress>,
    /// A friend's score from a shared link, shown as a challenge.
    pub challenge: Option<Tally>,
    /// Shares a score; `None` where the host cannot.
    pub on_share: Option<yew::Callback<ShareRequest>>,
    /// Keys 1, 2, 3 and N answer and go on (see the README).
    pub shortcuts: bool,
}

impl Views {
    /// The tab to show when `requested` is asked for: a single-view widget
    /// always shows its one view.
    pub fn settle(self, requested: Tab) -> Tab {
        match self {
            Views::Quiz => Tab::Quiz,
            Views::Compare => Tab::Compare,
            Views::Both => requested,
        }
    }
}

/// `text` with its first letter capitalised: "shared work" → "Shared work".
/// Only an ASCII first letter changes: the texts it starts sentences with
/// begin with one ("shared work", "the pack at …", role acronyms), and full
/// Unicode uppercasing would cost the widget an 11 KB table.
fn capitalised(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// The class that gives an answer its role colour, the same on every screen.
fn choice_class(choice: Choice) -> &'static str {
    match choice {
        Choice::First => "rq-first",
        Choice::Both => "rq-both",
        Choice::Second => "rq-second",
    }
}
