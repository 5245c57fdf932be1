//! Getting a widget's pack: where it is (in the page, at a URL, built in),
//! fetching it, and what came of it, as the [`PackState`] the widget shows.
//! Problems are logged for the blogger too.

use std::rc::Rc;

use web_sys::Element;

use super::fetch;
use super::options::Options;
use super::reader;
use crate::content::{self, Pack, PackErrors};
use crate::host::PackState;
use crate::lang::Lang;

/// Where a widget's content pack is.
pub enum PackLocation {
    /// A `<script type="application/json">` inside the host element.
    Inline(String),
    /// `data-pack` (or `pack` in a URL or script): fetched.
    Url(String),
    Builtin,
}

impl PackLocation {
    pub fn of(host: &Element, options: &Options) -> PackLocation {
        let inline = host
            .query_selector(r#"script[type="application/json"]"#)
            .ok()
            .flatten()
            .and_then(|script| script.text_content());
        match (inline, &options.pack) {
            (Some(text), _) => PackLocation::Inline(text),
            (None, Some(url)) => PackLocation::Url(url.clone()),
            (None, None) => PackLocation::Builtin,
        }
    }

    /// The pack as it stands before anything is fetched; the built-in one
    /// in `lang` where this instance has it (see [`content::translated`]).
    pub fn initial(&self, lang: Option<Lang>) -> PackState {
        match self {
            // The reader is here: a widget with a pack in the page waits
            // for it before it mounts (embed/mod.rs).
            PackLocation::Inline(text) => match reader::ready() {
                Some(read) => checked(read(text), "the pack in the page"),
                None => unread("the pack in the page".into(), false),
            },
            PackLocation::Url(url) => PackState::Loading {
                url: url.clone().into(),
            },
            PackLocation::Builtin => checked(content::builtin_in(lang), "the built-in pack"),
        }
    }
}

/// The pack at `url`, or why it cannot be had. Messages name the address
/// as the browser resolved it, which is what a blogger can check. On the
/// standalone and iframe pages (`page`), only from the sites the page
/// allows (see [`fetch::page_allows`]).
pub async fn fetched(url: &str, page: bool) -> PackState {
    let address = fetch::resolved(url);
    // The reader comes while the pack does.
    wasm_bindgen_futures::spawn_local(async {
        let _ = reader::load().await;
    });
    let allowed = if page {
        fetch::page_allows(url)
    } else {
        Ok(())
    };
    let text = match allowed {
        Ok(()) => fetch::text(url).await,
        Err(refused) => Err(refused),
    };
    match text {
        Ok(text) => match reader::load().await {
            Some(read) => checked(read(&text), &format!("the pack at {address}")),
            None => unread(address, true),
        },
        Err(reason) => {
            web_sys::console::error_1(
                &format!("role-quiz: could not load {address}: {reason}").into(),
            );
            PackState::Failed {
                url: address.into(),
                reason: reason.to_string().into(),
                retry: reason.may_pass(),
                refused: matches!(reason, fetch::FetchError::Refused { .. }),
            }
        }
    }
}

/// A pack that could not be read for want of the reader (its part of the
/// code did not arrive); said, and logged.
fn unread(origin: String, retry: bool) -> PackState {
    web_sys::console::error_1(&format!("role-quiz: {origin}: {}", reader::MISSING).into());
    PackState::Failed {
        url: origin.into(),
        reason: reader::MISSING.into(),
        retry,
        refused: false,
    }
}

/// A pack, or its problems (logged for the blogger too).
fn checked(pack: Result<Pack, PackErrors>, origin: &str) -> PackState {
    match pack {
        Ok(pack) => PackState::Ready(Rc::new(pack)),
        Err(errors) => {
            for error in &errors.0 {
                web_sys::console::error_1(&format!("role-quiz: {origin}: {error}").into());
            }
            PackState::Invalid {
                origin: origin.to_owned().into(),
                errors: Rc::new(errors),
            }
        }
    }
}
