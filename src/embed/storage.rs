//! The reader's progress in the browser's localStorage.
//!
//! Storage can be missing, blocked (private windows, an iframe whose page
//! blocks third-party storage), full, or hold anything at all. None of that
//! is the reader's problem: the widget then simply remembers nothing. This
//! uses web-sys directly because gloo-storage's `LocalStorage` throws when
//! storage is blocked.

use web_sys::{Storage, Window};
use yew::Callback;

use crate::content::Pack;
use crate::host::Keep;
use crate::quiz::Tally;
use crate::saved::{self, Saved};

#[derive(Clone)]
pub struct Store {
    storage: Option<Storage>,
    round_key: String,
    best_key: String,
}

impl Store {
    /// The store for one widget: `page` and `widget` name where it is.
    pub fn open(window: &Window, page: &str, widget: &str, pack: &Pack) -> Store {
        Store {
            // Err (blocked) and None (absent) alike mean no persistence.
            storage: window.local_storage().ok().flatten(),
            round_key: saved::round_key(page, widget, pack),
            best_key: saved::best_key(pack),
        }
    }

    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) {
        if let Some(storage) = &self.storage {
            // A full store loses this save; the round goes on.
            let _ = storage.set_item(key, value);
        }
    }

    fn remove(&self, key: &str) {
        if let Some(storage) = &self.storage {
            let _ = storage.remove_item(key);
        }
    }

    /// The saved round and best score. A saved round that no longer fits
    /// (corrupt, another pack version, unknown items) is dropped silently.
    pub fn load(&self, pack: &Pack) -> (Option<Saved>, Option<Tally>) {
        let round = self.get(&self.round_key).and_then(|text| {
            let loaded = saved::load_round(pack, &text).ok();
            if loaded.is_none() {
                self.remove(&self.round_key);
            }
            loaded
        });
        let best = self
            .get(&self.best_key)
            .and_then(|text| saved::load_best(&text));
        (round, best)
    }

    /// Keeps what the widget reports.
    pub fn keeper(self, pack: std::rc::Rc<Pack>) -> Callback<Keep> {
        Callback::from(move |progress| match progress {
            Keep::Round(Some(saved)) => {
                self.set(&self.round_key, &saved::save_round(&pack, &saved))
            }
            Keep::Round(None) => self.remove(&self.round_key),
            Keep::Best(best) => self.set(&self.best_key, &saved::save_best(best)),
        })
    }
}
