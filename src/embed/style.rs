//! The widget's stylesheet, in two parts (see build.rs). The first is not
//! in the wasm: embed.js carries it (src/embed/loader.js, filled in by the
//! post-build hook), so a widget's placeholder is styled before the code
//! arrives, and hands every widget on the page one shared constructed
//! sheet, or the text where the browser cannot construct sheets. The later
//! one (the feedback's and the results' styles, which nothing shows before
//! the code) comes with the code, which adds it as the widget mounts.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

use super::look::Look;
use super::options::{OptionError, Spelling};

/// The sheets under `styles/`, bundled and minified by build.rs: the first
/// part, which the post-build hook puts in embed.js, and the later one.
pub const FIRST_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget-first.css"));
pub const LATER_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget-later.css"));
/// Both parts, in cascade order: the studio's preview and the pre-rendered
/// pages use the whole sheet.
pub const WIDGET_CSS: &str = concat!(
    include_str!(concat!(env!("OUT_DIR"), "/widget-first.css")),
    include_str!(concat!(env!("OUT_DIR"), "/widget-later.css"))
);

/// Styles a widget's shadow root with what embed.js gave and the later
/// sheet: both are adopted (which a strict `style-src` allows), or in older
/// browsers the texts go in `<style>` elements.
pub fn apply(root: &ShadowRoot, styles: &JsValue) {
    let later = CssStyleSheet::new()
        .ok()
        .filter(|later| later.replace_sync(LATER_CSS).is_ok());
    match (styles.dyn_ref::<CssStyleSheet>(), later) {
        (Some(first), Some(later)) => {
            root.set_adopted_style_sheets(&js_sys::Array::of2(first, &later));
        }
        (Some(first), None) => {
            root.set_adopted_style_sheets(&js_sys::Array::of1(first));
            append_style(root, LATER_CSS);
        }
        (None, _) => {
            append_style(root, &styles.as_string().unwrap_or_default());
            append_style(root, LATER_CSS);
        }
    }
}

fn append_style(root: &ShadowRoot, text: &str) {
    let style = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("style").ok());
    if let Some(style) = style {
        style.set_text_content(Some(text));
        let _ = root.append_child(&style);
    }
}

/// Sets the theming options on the widget's element, where the styles read
/// them, and names each value the browser does not accept as its kind (a
/// misspelt colour would otherwise fall back without a word).
pub fn set_looks(host: &Element, looks: &[Look], spelling: Spelling) -> Vec<OptionError> {
    let Some(style) = host.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return Vec::new();
    };
    let mut refused = Vec::new();
    for look in looks {
        if web_sys::css::supports_with_value(look.kind.property(), &look.value).unwrap_or(false) {
            let _ = style.set_property(look.property, &look.value);
        } else {
            refused.push(OptionError {
                name: spelling.spell(look.name),
                found: crate::content::shortened(&look.value).into_owned(),
                expected: look.kind.expected(),
                fallback: look.kind.fallback(),
            });
        }
    }
    refused
}

#[cfg(test)]
mod tests {
    use super::WIDGET_CSS;

    #[test]
    fn the_bundle_holds_every_screen_minified() {
        for selector in [
            ":host{",
            ".rq{",
            ".rq-profiles",
            ".rq-answer",
            ".rq-feedback",
            ".rq-score",
            ".rq-notice",
            ".rq-tab",
            ".rq-group",
            ".rq-venn-label",
        ] {
            assert!(WIDGET_CSS.contains(selector), "{selector} missing");
        }
        assert!(!WIDGET_CSS.contains("/*"), "comments are stripped");
        assert!(!WIDGET_CSS.contains('\n'), "new lines are stripped");
        assert!(!WIDGET_CSS.contains(";}"), "last semicolons are dropped");
        assert_eq!(
            WIDGET_CSS.matches('{').count(),
            WIDGET_CSS.matches('}').count()
        );
    }

    #[test]
    fn what_shows_before_the_code_is_styled_by_the_first_part_alone() {
        use super::{FIRST_CSS, LATER_CSS};
        // The first screens, the comparison's placeholder, the question
        // embed.js shows, the loading card and a pressed button.
        for selector in [
            ".rq{",
            ".rq-profiles",
            ".rq-tab{",
            ".rq-group{",
            ".rq-venn-label",
            ".rq-statement",
            ".rq-answer{",
            ".rq-loading",
            ".rq-answer.rq-pressed::after",
            ".rq-notice{",
        ] {
            assert!(FIRST_CSS.contains(selector), "{selector}");
        }
        // The feedback and the results only the code shows.
        for selector in [
            ".rq-feedback-title",
            ".rq-score-value",
            ".rq-note .rq-icon",
            ".rq-missed-item",
        ] {
            assert!(LATER_CSS.contains(selector), "{selector}");
            assert!(!FIRST_CSS.contains(selector), "{selector}");
        }
        assert_eq!(WIDGET_CSS, format!("{FIRST_CSS}{LATER_CSS}"));
    }

    #[test]
    fn minifying_keeps_what_matters() {
        // A descendant combinator before a pseudo-class must keep its space.
        assert!(
            WIDGET_CSS.contains(".rq *,.rq *::before"),
            "{}",
            &WIDGET_CSS[..200]
        );
        assert!(
            WIDGET_CSS.contains("@container (max-width:")
                || WIDGET_CSS.contains("@container (max-width: ")
        );
    }
}
