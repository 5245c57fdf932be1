//! The contract between the widget and the page it lives in: what the host
//! tells the widget (the pack as it stands, the tab, the theme, a saved
//! round) and what the widget tells the host (events, what to keep, a tab
//! the reader chose, a score to share).
//!
//! It sits apart from both sides so that neither reaches into the other:
//! `embed` fills these in from the page, `ui` renders them, and the types
//! carry no rule of the quiz.

use std::rc::Rc;

use yew::{AttrValue, Callback};

use crate::content::{Pack, PackErrors};
use crate::lang::Lang;
use crate::quiz::{Choice, Outcome, Results, Tally};
use crate::saved::Saved;
use role_quiz_stats::wire::Tallies;

/// Where the widget's pack stands: the host loads it and says.
#[derive(Clone, Debug, PartialEq)]
pub enum PackState {
    /// Fetching the pack at `url`.
    Loading {
        url: AttrValue,
    },
    /// The pack at `url` could not be fetched, for `reason`; `retry` when
    /// asking again may help (a timeout, a network or server failure);
    /// `refused` when the page would not ask (the reason says what to do).
    Failed {
        url: AttrValue,
        reason: AttrValue,
        retry: bool,
        refused: bool,
    },
    /// The pack (from `origin`: "the built-in pack", "the pack at …") has
    /// problems.
    Invalid {
        origin: AttrValue,
        errors: Rc<PackErrors>,
    },
    Ready(Rc<Pack>),
}

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
        /// The round asks again the items the reader missed.
        retry: bool,
    },
    Complete {
        results: Results,
        /// The round asked again the items the reader missed.
        retry: bool,
    },
}

/// What the widget asks its host to keep for the next visit.
#[derive(Clone, Debug, PartialEq)]
pub enum Keep {
    /// The round on screen, or `None` when there is none (the intro).
    Round(Option<Saved>),
    /// A new best score for this pack.
    Best(Tally),
}

/// The reader asked to share their score; the host says how it went.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareRequest {
    pub score: Tally,
    /// What the share says with the link, in the widget's language.
    pub text: String,
    pub reply: Callback<Shared>,
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

/// Whether the quiz's intro shows the two roles' profiles. A post that
/// already shows them (in a comparison widget, say) leaves them out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Profiles {
    #[default]
    Shown,
    Hidden,
}

/// How the widget sits in its host page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedding {
    pub views: Views,
    /// The tab on screen. The host owns it (on the standalone page it is the
    /// URL's `#quiz` or `#compare`): the widget shows it and asks for
    /// another through `on_tab_change`.
    pub tab: Tab,
    /// Told when the reader (or a button) asks for another tab; the host
    /// switches by giving the widget a new `tab`.
    pub on_tab_change: Callback<Tab>,
    pub theme: Theme,
    /// Told of every [`WidgetEvent`].
    pub on_event: Callback<WidgetEvent>,
    /// A round saved on an earlier visit, to pick up again.
    pub resume: Option<Saved>,
    /// A round saved on an earlier visit that the page's address did not
    /// ask for (another seed or length): offered on the intro, not resumed.
    pub offer: Option<Saved>,
    /// The best score on this pack so far.
    pub best: Option<Tally>,
    /// Told what to keep (see [`Keep`]).
    pub on_keep: Callback<Keep>,
    /// A friend's score from a shared link, shown as a challenge.
    pub challenge: Option<Tally>,
    /// Shares a score; `None` where the host cannot.
    pub on_share: Option<Callback<ShareRequest>>,
    /// Keys 1, 2, 3 and N answer and go on (see the README).
    pub shortcuts: bool,
    pub profiles: Profiles,
    /// The reader pressed "Start quiz" on the pre-rendered first screen
    /// before the code had arrived: the round starts as the widget mounts.
    pub early_start: Option<EarlyStart>,
    /// The language the page asked for (`data-lang`), over the pack's.
    pub lang: Option<Lang>,
    /// How other readers answered this pack, where the blogger runs a tally
    /// server and it has answered (`None` until then, and without one).
    pub tallies: Option<Rc<Tallies>>,
}

/// "Start quiz" pressed on the pre-rendered first screen before the widget's
/// code had arrived, and what the reader did next, all kept by embed.js.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarlyStart {
    /// The question embed.js showed at once (an index into the pack's
    /// items): the round opens on it.
    pub first: Option<usize>,
    /// The answer the reader tapped on that question meanwhile.
    pub answer: Option<Choice>,
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
