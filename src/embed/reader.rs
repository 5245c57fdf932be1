//! The pack reader: JSON, lenient reading, validation and its messages.
//! A widget with the built-in pack in English never needs it (the pack is
//! compiled in as data, `content/data.rs`); a custom pack, a page's inline
//! pack and the built-in pack in another language (its language's file
//! carries it as JSON) do. So in the widget's build (feature `split`) the
//! reader is a part of the wasm of its own, fetched by the widgets that
//! need it, and a reader's first feedback on the built-in pack never waits
//! for it (docs/performance.md, "The split wasm"). Elsewhere it is linked in.

use std::cell::Cell;

use crate::content::{Pack, PackErrors};

/// Reads and validates a pack's JSON ([`Pack::from_json`]).
pub type Read = fn(&str) -> Result<Pack, PackErrors>;

fn read(text: &str) -> Result<Pack, PackErrors> {
    Pack::from_json(text)
}

/// The split point: everything only the reader reaches goes into the
/// module `reader`. A failed fetch comes back as an error, not a panic.
#[cfg(all(feature = "split", target_arch = "wasm32"))]
#[wasm_split_helpers::wasm_split(reader, fallible)]
fn split_off() -> Result<Read, wasm_split_helpers::SplitLoaderError> {
    Ok(read)
}

thread_local! {
    // Per widget, as each runs its own instance of the code.
    static LOADED: Cell<Option<Read>> = const { Cell::new(None) };
}

/// The reader, if it is here already.
pub fn ready() -> Option<Read> {
    if cfg!(all(feature = "split", target_arch = "wasm32")) {
        LOADED.get()
    } else {
        Some(read)
    }
}

/// Fetches the reader (once; a failed fetch may be tried again): `None`
/// if it cannot be had.
pub async fn load() -> Option<Read> {
    if let Some(read) = ready() {
        return Some(read);
    }
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    {
        let read = split_off().await.ok()?;
        LOADED.set(Some(read));
        Some(read)
    }
    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
    unreachable!("the reader is linked in")
}

/// What a widget says when its pack could not be read for want of the
/// reader (its part of the code did not arrive).
pub const MISSING: &str =
    "the widget's pack reader could not be loaded (is every file of the role-quiz folder uploaded?)";
