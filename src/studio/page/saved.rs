//! The draft kept in the browser's localStorage, so that closing the tab
//! loses nothing. Storage may be blocked, full or hold anything at all: a
//! draft that cannot be read gives a new pack and a word on it (the text is
//! kept aside, under another key, not thrown away); one that cannot be
//! written leaves the studio working as before.

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
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept from the last visit, or a new pack.
pub fn restore() -> Restored {
    let fresh = |notice: Option<&str>| Restored {
        draft: Draft::blank(),
        notice: notice.map(str::to_owned),
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
        },
        Err(_) => {
            let _ = storage.set_item(UNREADABLE, &text);
            let _ = storage.remove_item(KEY);
            fresh(Some(
                "The draft kept in this browser could not be read, so this is a new pack.",
            ))
        }
    }
}

/// Keeps `draft` in storage whenever it changes.
#[hook]
pub fn use_keep_draft(draft: &Draft) {
    use_effect_with(draft.clone(), |draft| {
        if let (Some(storage), Ok(text)) = (
            storage(),
            serde_json::to_string(&Kept {
                studio: 1,
                draft: draft.clone(),
            }),
        ) {
            let _ = storage.set_item(KEY, &text);
        }
    });
}
