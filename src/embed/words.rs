//! A widget's words in its language. The widget's wasm carries English
//! only; German, French and Spanish are files beside embed.js (see
//! lang/tables.rs), which embed.js fetches once a page. It hands this
//! instance the one a widget asks for in its options before the widget
//! mounts ([`add`]); one a pack asks for is fetched here once the pack is
//! read ([`fetched`]), the widget showing that it loads meanwhile. Words
//! that cannot be had leave the widget in English, with a notice.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::reader;
use crate::content::translated;
use crate::host::PackState;
use crate::lang::{self, Lang, TableError};

thread_local! {
    /// Language files' packs given before the reader was here: read once
    /// it is ([`read_waiting`]), before the widget mounts.
    static WAITING: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
}

/// Whether a language's pack waits for the reader.
pub fn waiting() -> bool {
    WAITING.with(|w| !w.borrow().is_empty())
}

/// Reads the packs that waited for the reader, now here. One that does
/// not read leaves the widget's content in English, as in [`add`].
pub fn read_waiting() {
    let Some(read) = reader::ready() else {
        return;
    };
    for (lang, pack) in WAITING.with(|w| w.take()) {
        if let Err(error) = translated::add_read(lang, read(&pack)) {
            web_sys::console::warn_1(
                &format!(
                    "role-quiz: the built-in quiz in \"{}\" could not be read ({error})",
                    lang.code()
                )
                .into(),
            );
        }
    }
}

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
/// language, from their file (as embed.js read it); false (and the widget
/// fetches it again, to say why) if they do not fit.
pub fn add(code: &str, file: &JsValue) -> bool {
    Lang::parse(code).is_some_and(|lang| given(lang, file).is_ok())
}

/// What of a language's file this instance could not use.
enum Lacking {
    /// The file itself: the widget speaks English.
    Words(String),
    /// Its built-in pack: the widget speaks the language, the pack English.
    Pack(String),
}

/// Reads a language's file into this instance: its words, then its pack,
/// which waits if the reader is not here yet.
fn given(lang: Lang, file: &JsValue) -> Result<(), Lacking> {
    let words = words_of(file).map_err(|e| Lacking::Words(e.to_string()))?;
    lang::add_table(lang, words).map_err(|e| Lacking::Words(e.to_string()))?;
    let Some(pack) = field(file, "pack").and_then(|pack| pack.as_string()) else {
        return Ok(());
    };
    match reader::ready() {
        Some(read) => {
            translated::add_read(lang, read(&pack)).map_err(|e| Lacking::Pack(e.to_string()))
        }
        None => {
            WAITING.with(|w| w.borrow_mut().push((lang, pack)));
            Ok(())
        }
    }
}

/// The file's `words`: a list of texts.
fn words_of(file: &JsValue) -> Result<Vec<String>, TableError> {
    let not_a_file = |why: &str| TableError::NotAFile(why.to_owned());
    let words = field(file, "words")
        .and_then(|words| words.dyn_into::<Array>().ok())
        .ok_or_else(|| not_a_file("it has no list of words"))?;
    words
        .iter()
        .map(|word| word.as_string())
        .collect::<Option<_>>()
        .ok_or_else(|| not_a_file("its words are not all text"))
}

fn field(file: &JsValue, name: &str) -> Option<JsValue> {
    file.is_object()
        .then(|| Reflect::get(file, &name.into()).ok())
        .flatten()
}

/// Fetches `lang`'s words through embed.js's `table(code)`, which answers a
/// promise of the file, read. Where they cannot be had the widget speaks
/// English, and says why in a notice for the blogger (also logged).
pub async fn fetched(table: &Function, lang: Lang) -> Option<String> {
    let code = lang.code();
    let file = match table.call1(&JsValue::NULL, &code.into()) {
        Ok(promise) => match promise.dyn_into::<Promise>() {
            Ok(promise) => JsFuture::from(promise).await,
            Err(other) => Err(other),
        },
        Err(error) => Err(error),
    };
    // Its pack is read at once: the reader comes first.
    let outcome = match (file, reader::load().await) {
        (Ok(file), Some(_)) => given(lang, &file),
        (Ok(file), None) => given(lang, &file).and(Err(Lacking::Pack(reader::MISSING.into()))),
        (Err(error), _) => Err(Lacking::Words(js_sys::Error::from(error).message().into())),
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
