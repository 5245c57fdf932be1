//! The widget's stylesheet. It is not in the wasm: embed.js carries it
//! (src/embed/loader.js, filled in by the post-build hook), so a widget's
//! placeholder is styled before the code arrives, and hands every widget on
//! the page one shared constructed sheet, or the text where the browser
//! cannot construct sheets.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

use super::look::Look;
use super::options::{OptionError, Spelling};

/// Every widget stylesheet under `styles/`, bundled and minified by build.rs:
/// what the post-build hook puts in embed.js and the pre-rendered pages.
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Styles a widget's shadow root with what embed.js gave: the shared sheet
/// is adopted (which a strict `style-src` allows), or in older browsers the
/// text goes in a `<style>` element.
pub fn apply(root: &ShadowRoot, styles: &JsValue) {
    if let Some(sheet) = styles.dyn_ref::<CssStyleSheet>() {
        root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    } else if let Some(text) = styles.as_string() {
        let style = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("style").ok());
        if let Some(style) = style {
            style.set_text_content(Some(&text));
            let _ = root.append_child(&style);
        }
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
                found: look.value.clone(),
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
