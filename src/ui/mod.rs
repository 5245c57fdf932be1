//! The widget's screens as Yew function components.
//!
//! [`App`] holds the only state, one reducer that delegates every rule to
//! [`crate::quiz`]; each screen is a component that gets what it shows as
//! props and reports clicks through callbacks. Views render pack strings as
//! text, never as HTML, and never compute a score.

mod app;
mod feedback;
mod icons;
mod intro;
mod problems;
mod profile;
mod question;
mod results;
mod widget;

pub use app::{App, AppProps};
pub use feedback::{FeedbackPanel, FeedbackProps};
pub use intro::{IntroProps, IntroScreen};
pub use question::{QuestionProps, QuestionScreen};
pub use results::{ResultsProps, ResultsScreen};
pub use widget::{Widget, WidgetProps};

use crate::quiz::Choice;

/// The class that gives an answer its role colour, the same on every screen.
fn choice_class(choice: Choice) -> &'static str {
    match choice {
        Choice::First => "rq-first",
        Choice::Both => "rq-both",
        Choice::Second => "rq-second",
    }
}
