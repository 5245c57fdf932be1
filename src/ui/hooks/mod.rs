//! The effects that connect the widget's state to the world outside it,
//! each a named hook with its protocol in its own file: focus, keeping the
//! round for the next visit, telling the host page what happens, and the
//! keyboard shortcuts.

mod use_focus;
mod use_host_events;
mod use_saving;
mod use_shortcuts;

pub use use_focus::{use_focus, FocusRefs};
pub use use_host_events::use_host_events;
pub use use_saving::use_saving;
pub use use_shortcuts::use_shortcuts;
