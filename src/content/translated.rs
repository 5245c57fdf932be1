//! The built-in pack in German, French and Spanish (`content/cio-cto.de.json`
//! and its siblings): the same items, answers and citations as the English
//! pack, its texts in the language, the articles' quotes and titles in their
//! own English.
//!
//! Natively (the build's tools, the tests) they are compiled in. The widget's
//! wasm carries English only: each translation travels in its language's file
//! beside embed.js with the widget's words (see `lang/tables.rs`), fetched
//! only where the language is spoken, and is given here ([`add`]) before a
//! widget in that language mounts.

use std::cell::RefCell;
use std::rc::Rc;

use super::{builtin, Pack, PackErrors};
use crate::lang::Lang;

/// The translations compiled into this build: all three natively, none in
/// the widget's wasm.
#[cfg(not(target_arch = "wasm32"))]
fn bundled(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::De => Some(include_str!(concat!(env!("OUT_DIR"), "/cio-cto.de.json"))),
        Lang::Fr => Some(include_str!(concat!(env!("OUT_DIR"), "/cio-cto.fr.json"))),
        Lang::Es => Some(include_str!(concat!(env!("OUT_DIR"), "/cio-cto.es.json"))),
    }
}

#[cfg(target_arch = "wasm32")]
fn bundled(_: Lang) -> Option<&'static str> {
    None
}

/// The text of the built-in pack in `lang`, as its language's file carries
/// it; `None` for English, which the wasm carries itself.
pub fn text(lang: Lang) -> Option<&'static str> {
    bundled(lang)
}

thread_local! {
    /// Translations given at run time, read once each.
    static GIVEN: RefCell<Vec<(Lang, Rc<Pack>)>> = const { RefCell::new(Vec::new()) };
}

/// Why a language file's pack is not used.
#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    #[error("its pack does not read: {0}")]
    Invalid(PackErrors),
    #[error("its pack is not this build's built-in pack (another id, version, item or answer)")]
    Other,
}

/// Gives this build the built-in pack in `lang`, from its language's file.
/// It must be the built-in pack itself: the same id, version, items and
/// answers, so a round saved in one language goes on in another.
pub fn add(lang: Lang, text: &str) -> Result<(), TranslationError> {
    add_read(lang, Pack::from_json(text))
}

/// [`add`] with the file's pack already read (by the widget's split-off
/// reader, see embed/reader.rs).
pub fn add_read(lang: Lang, read: Result<Pack, PackErrors>) -> Result<(), TranslationError> {
    if given(lang).is_some() {
        return Ok(());
    }
    let pack = read.map_err(TranslationError::Invalid)?;
    let english = builtin().map_err(TranslationError::Invalid)?;
    let ids = |p: &Pack| p.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    let same = pack.id == english.id
        && pack.version == english.version
        && pack.lang == lang
        && ids(&pack) == ids(&english)
        && pack.answer_key() == english.answer_key();
    if !same {
        return Err(TranslationError::Other);
    }
    GIVEN.with(|given| given.borrow_mut().push((lang, Rc::new(pack))));
    Ok(())
}

fn given(lang: Lang) -> Option<Rc<Pack>> {
    GIVEN.with(|given| {
        given
            .borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, p)| p.clone())
    })
}

/// The built-in pack in `lang` where this build has it (compiled in, or
/// given), else in English.
pub fn builtin_in(lang: Option<Lang>) -> Result<Pack, PackErrors> {
    let Some(lang) = lang.filter(|&l| l != Lang::En) else {
        return builtin();
    };
    if let Some(pack) = given(lang) {
        return Ok((*pack).clone());
    }
    match bundled(lang) {
        Some(text) => Pack::from_json(text),
        None => builtin(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_built_in_pack_itself_is_taken_from_a_language_file() {
        let german = text(Lang::De).unwrap();
        // Another language's, another answer, another build's version, or
        // no pack at all: refused.
        assert!(matches!(
            add(Lang::Fr, german),
            Err(TranslationError::Other)
        ));
        let moved = german.replacen("\"answer\":\"cio\"", "\"answer\":\"cto\"", 1);
        assert!(matches!(
            add(Lang::De, &moved),
            Err(TranslationError::Other)
        ));
        let version = format!("\"version\":\"{}\"", builtin().unwrap().version);
        let older = german.replacen(&version, "\"version\":\"0.1.0\"", 1);
        assert_ne!(older, german);
        assert!(matches!(
            add(Lang::De, &older),
            Err(TranslationError::Other)
        ));
        assert!(matches!(
            add(Lang::De, "{}"),
            Err(TranslationError::Invalid(_))
        ));
        assert!(given(Lang::De).is_none());
        // The file's own pack is taken, and then shown.
        add(Lang::De, german).unwrap();
        assert_eq!(given(Lang::De).unwrap().lang, Lang::De);
        assert_eq!(builtin_in(Some(Lang::De)).unwrap().title, "CIO oder CTO?");
    }
}
