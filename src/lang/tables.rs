//! Where each language's table of messages comes from.
//!
//! English is always compiled in: it is the default and every other
//! language's fallback. German, French and Spanish are compiled in where
//! bytes are not a reader's (natively: the build's tools and the tests; and
//! in the pack studio). The widget's wasm leaves them out, 17 KB raw and
//! 5.7 KB brotli that every reader of an English widget would otherwise
//! download (docs/performance.md, "Languages fetched when spoken"): the build
//! writes each as a file beside embed.js ([`to_json`]), and a widget that
//! speaks one is given it ([`add`]) before it shows its words.

use std::cell::RefCell;

use super::catalogue::EN;
use super::{Lang, Msg};

/// A language's messages, in [`Msg::ALL`]'s order.
pub type Table = &'static [(Msg, &'static str)];

/// The tables compiled into this build: all four natively and in the
/// studio, English alone in the widget's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
fn bundled(lang: Lang) -> Option<Table> {
    Some(match lang {
        Lang::En => EN,
        Lang::De => super::de::DE,
        Lang::Fr => super::fr::FR,
        Lang::Es => super::es::ES,
    })
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "studio")))]
fn bundled(lang: Lang) -> Option<Table> {
    (lang == Lang::En).then_some(EN)
}

thread_local! {
    /// Tables given at run time. Each is kept for the page's life, as a
    /// compiled-in one is (at most three, read by every render).
    static ADDED: RefCell<Vec<(Lang, Table)>> = const { RefCell::new(Vec::new()) };
}

/// `lang`'s table, if this build has it or has been given it.
pub fn get(lang: Lang) -> Option<Table> {
    bundled(lang).or_else(|| {
        ADDED.with(|added| {
            added
                .borrow()
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, t)| *t)
        })
    })
}

/// Why a language's file could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("it is not a language file of the widget's ({0})")]
    NotAFile(String),
    #[error("it has {found} messages where this build has {expected}: it belongs to another build of the widget")]
    OtherBuild { expected: usize, found: usize },
}

/// A language's file, as the build writes it: the widget's words, and the
/// built-in pack in that language (its JSON text), which a widget with the
/// built-in pack shows instead of the English one. The file has the
/// first screens and the page's heading too, for embed.js. In the browser
/// embed.js reads the JSON (it needs the screens before the code is here),
/// and the wasm takes the words and the pack from that object: the wasm
/// then has no reader of its own for the file (about 2 KB brotli an
/// English reader would download for nothing; docs/performance.md).
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
#[derive(serde::Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
struct File<T> {
    /// In [`Msg::ALL`]'s order.
    words: Vec<T>,
    pack: Option<T>,
}

/// Gives this build `lang`'s table, the `words` of its language's file in
/// [`Msg::ALL`]'s order, unless they are another build's.
pub fn add(lang: Lang, words: Vec<String>) -> Result<(), TableError> {
    if words.len() != Msg::ALL.len() {
        return Err(TableError::OtherBuild {
            expected: Msg::ALL.len(),
            found: words.len(),
        });
    }
    if get(lang).is_none() {
        let table: Vec<(Msg, &'static str)> = Msg::ALL
            .iter()
            .zip(words)
            .map(|(&msg, text)| (msg, &*Box::leak(text.into_boxed_str())))
            .collect();
        let table: Table = Box::leak(table.into_boxed_slice());
        ADDED.with(|added| added.borrow_mut().push((lang, table)));
    }
    Ok(())
}

/// The file the build writes for `lang`, which [`add`] reads: its words
/// and `pack`, the built-in pack's text in `lang`.
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
pub fn to_json(lang: Lang, pack: Option<&str>) -> String {
    let words: Vec<&str> = bundled(lang)
        .unwrap_or(EN)
        .iter()
        .map(|(_, text)| *text)
        .collect();
    serde_json::to_string(&File { words, pack }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file as the browser reads it: JSON, then its words given to [`add`].
    fn read(json: &str) -> Result<File<String>, TableError> {
        let file: File<String> =
            serde_json::from_str(json).map_err(|e| TableError::NotAFile(e.to_string()))?;
        // Natively every table is compiled in, and `add` checks the words
        // without keeping them.
        add(Lang::De, file.words.clone())?;
        Ok(file)
    }

    #[test]
    fn a_languages_file_reads_back_as_its_table_and_pack() {
        for lang in Lang::ALL {
            let file = read(&to_json(lang, Some("{\"pack\": 1}"))).unwrap();
            let table = get(lang).unwrap();
            assert_eq!(file.words.len(), table.len());
            for ((msg, text), read) in table.iter().zip(&file.words) {
                assert_eq!(text, read, "{lang:?} {}", msg.key());
            }
            assert_eq!(file.pack.as_deref(), Some("{\"pack\": 1}"));
        }
        assert_eq!(read(&to_json(Lang::De, None)).unwrap().pack, None);
    }

    #[test]
    fn another_builds_words_are_refused() {
        for found in [Msg::ALL.len() - 1, Msg::ALL.len() + 1, 0] {
            assert_eq!(
                add(Lang::De, vec!["Quiz".to_owned(); found]),
                Err(TableError::OtherBuild {
                    expected: Msg::ALL.len(),
                    found
                })
            );
        }
    }
}
