//! Where a widget's options come from, read into name–value pairs for
//! [`super::options::Options::from_pairs`]: the element's `data-*`
//! attributes, the page's URL, or the object given to `RoleQuiz.mount`.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Window};

use super::options::{names, Spelling};

pub enum OptionSource {
    /// `data-*` attributes on the element: a widget in a blog post.
    Attributes,
    /// The page's URL: the standalone and iframe pages, whose one widget
    /// also follows the URL fragment (`#quiz`, `#compare`) and, in a frame,
    /// reports its height to the parent page.
    Page,
    /// The options object given to `RoleQuiz.mount(element, options)`.
    Script(JsValue),
}

impl OptionSource {
    /// The options as written, and how their names are spelled in messages.
    pub fn read(&self, host: &Element, window: &Window) -> (Spelling, Vec<(&'static str, String)>) {
        match self {
            OptionSource::Attributes => (Spelling::Attribute, attribute_pairs(host)),
            OptionSource::Page => (Spelling::Query, query_pairs(window)),
            OptionSource::Script(options) => (Spelling::Query, script_pairs(options)),
        }
    }
}

fn attribute_pairs(host: &Element) -> Vec<(&'static str, String)> {
    names()
        .filter_map(|name| {
            host.get_attribute(&format!("data-{name}"))
                .map(|v| (name, v))
        })
        .collect()
}

fn query_pairs(window: &Window) -> Vec<(&'static str, String)> {
    let search = window.location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    names()
        .filter_map(|name| params.get(name).map(|v| (name, v)))
        .collect()
}

/// The options object's known fields, as text: `{questions: 5}` reads like
/// `data-questions="5"`, `{shortcuts: false}` like `"false"`. Any other
/// value is named by its type in the message (nothing of it is called: a
/// `toString` may throw, or be missing).
fn script_pairs(options: &JsValue) -> Vec<(&'static str, String)> {
    if !options.is_object() {
        return Vec::new();
    }
    names()
        .filter_map(|name| {
            let value = Reflect::get(options, &name.into()).ok()?;
            if value.is_undefined() || value.is_null() {
                return None;
            }
            let text = value
                .as_string()
                // Numbers as JavaScript writes them (Rust's float
                // formatting would cost the wasm 7 KB).
                .or_else(|| {
                    value.as_f64()?;
                    let number: &js_sys::Number = value.unchecked_ref();
                    number.to_string_with_radix(10).ok().map(String::from)
                })
                .or_else(|| value.as_bool().map(|b| b.to_string()))
                .unwrap_or_else(|| {
                    let kind = value.js_typeof().as_string().unwrap_or_default();
                    format!("(a value of type {kind})")
                });
            Some((name, text))
        })
        .collect()
}
