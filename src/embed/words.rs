//! A widget's words in its language. The widget's wasm carries English
//! only; German, French and Spanish are files beside embed.js (see
//! lang/tables.rs), which embed.js fetches once a page. It hands this
//! instance the one a widget asks for in its options before the widget
//! mounts ([`add`]); one a pack asks for is fetched here once the pack is
//! read ([`fetched`]), the widget showing that it loads meanwhile. Words
//! that cannot be had leave the widget in English, with a notice.

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::translated;
use crate::host::PackState;
use crate::lang::{self, Lang};

/// The language a widget with `content` speaks, if this instance lacks its
/// words: the options' language, else the pack's.
pub fn lacking(asked: Option<Lang>, content: &PackState) -> Option<Lang> {
    let PackState::Ready(pack) = content else {
        return None;
    };
    let lang = asked.unwrap_or(pack.lang);
    (!lang.has_words()).then_some(lang)
}

/// Gives this instance `code`'s words, and the built-in pack in that
/// language, from their file; false (and the widget fetches it again, to
/// say why) if they do not fit.
pub fn add(code: &str, json: &str) -> bool {
    Lang::parse(code).is_some_and(|lang| given(lang, json).is_ok())
}

/// What of a language's file this instance could not use.
enum Lacking {
    /// The file itself: the widget speaks English.
    Words(String),
    /// Its built-in pack: the widget speaks the language, the pack English.
    Pack(String),
}

/// Reads a language's file into this instance: its words, then its pack.
fn given(lang: Lang, json: &str) -> Result<(), Lacking> {
    let pack = lang::add_table(lang, json).map_err(|e| Lacking::Words(e.to_string()))?;
    match pack {
        Some(pack) => translated::add(lang, &pack).map_err(|e| Lacking::Pack(e.to_string())),
        None => Ok(()),
    }
}

/// Fetches `lang`'s words through embed.js's `table(code)`, which answers a
/// promise of the file's text. Where they cannot be had the widget speaks
/// English, and says why in a notice for the blogger (also logged).
pub async fn fetched(table: &Function, lang: Lang) -> Option<String> {
    let code = lang.code();
    let text = match table.call1(&JsValue::NULL, &code.into()) {
        Ok(promise) => match promise.dyn_into::<Promise>() {
            Ok(promise) => JsFuture::from(promise).await,
            Err(other) => Err(other),
        },
        Err(error) => Err(error),
    };
    let outcome = match text.map(|text| text.as_string()) {
        Ok(Some(text)) => given(lang, &text),
        Ok(None) => Err(Lacking::Words("it is not text".to_owned())),
        Err(error) => Err(Lacking::Words(js_sys::Error::from(error).message().into())),
    };
    let notice = match outcome.err()? {
        Lacking::Words(reason) => format!(
            "The widget's words in \"{code}\" could not be loaded ({reason}), so it speaks English. \
             Upload every file of the kit beside embed.js."
        ),
        Lacking::Pack(reason) => format!(
            "The built-in quiz in \"{code}\" could not be read ({reason}), so its texts are English. \
             Upload every file of the kit beside embed.js, all from one build."
        ),
    };
    web_sys::console::warn_1(&format!("role-quiz: {notice}").into());
    Some(notice)
}
