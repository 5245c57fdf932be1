//! The Yew adapter: the widget's screens as function components, kept thin.
//!
//! - [`state`]: the one state, its actions and reducer (tested natively);
//!   every rule is delegated to [`crate::quiz`].
//! - [`hooks`]: the effects that reach outside (focus, keeping progress,
//!   host events, shortcuts), each with its protocol.
//! - [`words`]: which of the catalogue's messages ([`crate::lang`]) each case
//!   says, with its slots filled from the pack.
//! - [`Widget`] (the root the host renders) and [`App`] (routing), then one
//!   file per screen. Parts that keep state are components
//!   ([`YourAnswers`](your_answers), `ShareButton`, `CompareLists`, `Tabs`,
//!   the diagram's labels); parts that keep none are plain functions.
//!
//! Views render pack strings as text, never as HTML, and never compute a
//! score. What the widget and its host page tell each other is in
//! [`crate::host`].

mod app;
mod compare_lists;
mod compare_screen;
mod details;
mod feedback_panel;
mod hooks;
mod icons;
mod intro_screen;
pub mod later;
mod problems;
mod profile;
mod question_screen;
mod readers;
mod results_screen;
mod share_button;
pub mod state;
mod tabs;
mod venn_diagram;
mod widget;
pub mod words;
mod your_answers;

pub use app::{App, AppProps};
pub use compare_lists::{StillLists, StillListsProps};
pub use compare_screen::{CompareProps, CompareScreen};
pub use feedback_panel::{FeedbackPanel, FeedbackProps};
pub use intro_screen::{IntroProps, IntroScreen};
pub use question_screen::{QuestionProps, QuestionScreen};
pub use results_screen::{ResultsProps, ResultsScreen};
pub use widget::{Widget, WidgetProps};

use crate::quiz::Choice;

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
