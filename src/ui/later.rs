//! The screens a reader needs only after their first answers: the
//! comparison and the results. In the widget's build (feature `split`)
//! their code is cut out of the first wasm module into a module of its own
//! (scripts/post-build.mjs runs wasm-split-cli at the function marked
//! below), which each widget fetches in the background once its first
//! screen is up. So a reader's first feedback waits only for the code it
//! needs (docs/performance.md, "The split wasm").
//!
//! Until the module is there, [`use_later`] says so and the app shows what
//! the reader already had, pressed (see [`super::App`]); a failed fetch is
//! tried again, and said, but never loses the round. Elsewhere (native
//! tests and pre-rendering, the browser tests, the studio) the screens are
//! simply linked in and ready from the start.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::{CompareProps, CompareScreen, ResultsProps, ResultsScreen};

/// The split-off screens, as functions the first module calls once their
/// module is in.
#[derive(Clone, Copy)]
pub struct Later {
    pub compare: fn(&CompareProps) -> Html,
    pub results: fn(&ResultsProps) -> Html,
}

impl PartialEq for Later {
    fn eq(&self, _: &Self) -> bool {
        // There is only ever one.
        true
    }
}

/// Where the split-off screens are for this widget.
#[derive(Clone, Copy, PartialEq)]
pub enum LaterState {
    Ready(Later),
    /// Asked for; `failed` once a fetch has failed (it is being tried again).
    Waiting {
        failed: bool,
    },
}

impl LaterState {
    pub fn ready(self) -> Option<Later> {
        match self {
            LaterState::Ready(later) => Some(later),
            LaterState::Waiting { .. } => None,
        }
    }
}

fn compare(props: &CompareProps) -> Html {
    html! { <CompareScreen ..props.clone() /> }
}

fn results(props: &ResultsProps) -> Html {
    html! { <ResultsScreen ..props.clone() /> }
}

/// The split point: everything only this function reaches goes into the
/// module `later`. A failed fetch comes back as an error, not a panic
/// (which would abort the widget).
#[cfg(all(feature = "split", target_arch = "wasm32"))]
#[wasm_split_helpers::wasm_split(later, fallible)]
fn split_off() -> Result<Later, wasm_split_helpers::SplitLoaderError> {
    Ok(Later { compare, results })
}

thread_local! {
    // Each widget runs its own instance of the code, so this is per widget.
    static LOADED: Cell<Option<Later>> = const { Cell::new(None) };
}

/// The screens, if they are here already.
pub fn ready() -> Option<Later> {
    if cfg!(all(feature = "split", target_arch = "wasm32")) {
        LOADED.get()
    } else {
        Some(Later { compare, results })
    }
}

/// Fetches the module (once; a failed fetch may be tried again).
pub async fn load() -> Result<Later, ()> {
    if let Some(later) = ready() {
        return Ok(later);
    }
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    {
        let later = split_off().await.map_err(|_| ())?;
        LOADED.set(Some(later));
        Ok(later)
    }
    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
    unreachable!("the screens are linked in")
}

/// The split-off screens for a component: asked for after its first render
/// (the reader's first screen is up by then), and tried again after a
/// failure, a little later each time.
#[hook]
pub fn use_later() -> LaterState {
    let state = use_state(|| match ready() {
        Some(later) => LaterState::Ready(later),
        None => LaterState::Waiting { failed: false },
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            // A widget taken off the page stops asking.
            let mounted = Rc::new(Cell::new(true));
            if ready().is_none() {
                let mounted = mounted.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let mut wait = 1_000;
                    while mounted.get() {
                        if let Ok(later) = load().await {
                            state.set(LaterState::Ready(later));
                            return;
                        }
                        state.set(LaterState::Waiting { failed: true });
                        pause(wait).await;
                        wait = (wait * 2).min(30_000);
                    }
                });
            }
            move || mounted.set(false)
        });
    }
    *state
}

/// Waits `ms` milliseconds (the browser's timer; gloo's future timers would
/// bring a crate of their own).
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
