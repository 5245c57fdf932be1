//! The draft kept in the browser's localStorage, so that closing the tab
//! loses nothing. Storage may be blocked, full or hold anything at all: a
//! draft that cannot be read gives a new pack and a word on it (the text is
//! kept aside, under another key, or where there is no room for that,
//! left where it is and offered as a file: never thrown away); one that
//! cannot be written leaves the studio working, and says so.

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use web_sys::Storage;
use yew::prelude::*;

use crate::studio::draft::Draft;

const KEY: &str = "role-quiz-studio:draft";
/// Where an unreadable draft is moved, for whoever wants it back.
const UNREADABLE: &str = "role-quiz-studio:unreadable";

/// What is stored: the draft, in a versioned envelope so that a later
/// studio can tell an old draft from a broken one.
#[derive(Serialize, Deserialize)]
struct Kept {
    studio: u32,
    draft: Draft,
}

/// The draft to start with, and a word for the blogger about it.
#[derive(PartialEq)]
pub struct Restored {
    pub draft: Draft,
    pub notice: Option<String>,
    /// A kept draft that could not be read nor copied aside: it stays in
    /// storage, and nothing is kept over it, until the blogger has it.
    pub unreadable: Option<Rc<str>>,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept from the last visit, or a new pack.
pub fn restore() -> Restored {
    let fresh = |notice: Option<&str>| Restored {
        draft: Draft::blank(),
        notice: notice.map(str::to_owned),
        unreadable: None,
    };
    let Some(storage) = storage() else {
        return fresh(Some(
            "This browser does not let the studio keep your draft: download the pack before you leave.",
        ));
    };
    let Some(text) = storage.get_item(KEY).ok().flatten() else {
        return fresh(None);
    };
    match serde_json::from_str::<Kept>(&text) {
        Ok(kept) => Restored {
            draft: kept.draft,
            notice: Some(
                "Your draft from your last visit is back. \u{201c}New pack\u{201d} starts another."
                    .to_owned(),
            ),
            unreadable: None,
        },
        // Moved aside only once the copy is there: a copy that does not fit
        // (a draft of millions of characters) must not cost the original.
        Err(_) if storage.set_item(UNREADABLE, &text).is_ok() => {
            let _ = storage.remove_item(KEY);
            fresh(Some(
                "The draft kept in this browser could not be read, so this is a new pack.",
            ))
        }
        Err(_) => Restored {
            unreadable: Some(text.into()),
            ..fresh(Some(
                "The draft kept in this browser could not be read, and there is no room to keep a copy of it. Download it before you start: until then, this new pack is not kept.",
            ))
        },
    }
}

/// Lets go of an unreadable draft the blogger has downloaded.
pub fn forget_unreadable() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// How long the draft waits, after a change, to be kept: typing is not
/// slowed by writing megabytes on every key.
const KEEP_AFTER_MS: u32 = 400;

/// Whether the draft is kept, as [`use_keep_draft`] last found.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    Kept,
    /// Storage refused it (full, or over the browser's quota).
    TooLarge,
    /// Kept aside for an unreadable draft the blogger has not taken.
    Paused,
}

/// Keeps `draft` in storage once it has stopped changing for a moment
/// (and not while `paused`), and tells whether it could. The draft the
/// studio opens with is kept at once, and one still waiting when the page
/// goes (the tab closed within the moment) is kept then: a key typed last
/// is never lost to the wait.
#[hook]
pub fn use_keep_draft(draft: &Rc<Draft>, paused: bool) -> Keeping {
    let keeping = use_state_eq(|| Keeping::Kept);
    let waiting = use_mut_ref(|| None::<Rc<Draft>>);
    let opened = use_mut_ref(|| true);
    {
        let (keeping, waiting) = (keeping.clone(), waiting.clone());
        use_effect_with((draft.clone(), paused), move |(draft, paused)| {
            let first = std::mem::replace(&mut *opened.borrow_mut(), false);
            *waiting.borrow_mut() = (!paused).then(|| draft.clone());
            let timer = match (*paused, first) {
                (true, _) => None,
                (false, true) => {
                    waiting.borrow_mut().take();
                    keeping.set(keep(draft));
                    None
                }
                (false, false) => Some(Timeout::new(KEEP_AFTER_MS, move || {
                    if let Some(draft) = waiting.borrow_mut().take() {
                        keeping.set(keep(&draft));
                    }
                })),
            };
            move || drop(timer)
        });
    }
    use_effect_with((), move |()| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "pagehide", move |_| {
                if let Some(draft) = waiting.borrow_mut().take() {
                    keep(&draft);
                }
            })
        });
        move || drop(listener)
    });
    if paused {
        Keeping::Paused
    } else {
        *keeping
    }
}

fn keep(draft: &Draft) -> Keeping {
    let (Some(storage), Ok(text)) = (
        storage(),
        serde_json::to_string(&Kept {
            studio: 1,
            draft: draft.clone(),
        }),
    ) else {
        return Keeping::Kept; // no storage was said when the studio opened
    };
    match storage.set_item(KEY, &text) {
        Ok(()) => Keeping::Kept,
        Err(_) => Keeping::TooLarge,
    }
}
