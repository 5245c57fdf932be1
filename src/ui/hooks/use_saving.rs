//! Keeping the reader's progress for the next visit.
//!
//! The widget does not touch storage: it tells the host what to keep
//! ([`Keep`]) and the host decides where (see `embed/storage.rs`). What to
//! keep ([`crate::ui::state::State::kept`]: the round on screen, or on the
//! intro a round the page's address did not ask for) is sent whenever it
//! changes, whatever changed it (an answer, "Next", a new round, "Start
//! over", which sends `None`), from this one place; a new best score is
//! sent when it is set.

use yew::prelude::*;

use crate::host::Keep;
use crate::quiz::Tally;
use crate::saved::Saved;

#[hook]
pub fn use_saving(round: Option<Saved>, best: Option<Tally>, on_keep: &Callback<Keep>) {
    {
        let on_keep = on_keep.clone();
        use_effect_with(round, move |round| on_keep.emit(Keep::Round(round.clone())));
    }
    {
        let on_keep = on_keep.clone();
        use_effect_with(best, move |best| {
            if let Some(best) = best {
                on_keep.emit(Keep::Best(*best));
            }
        });
    }
}
