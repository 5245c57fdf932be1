//! Bundles the widget's stylesheets (`styles/`, one per screen) into one
//! minified sheet in `OUT_DIR/widget.css` (`embed::WIDGET_CSS`). The
//! prerender binary hands it to the post-build hook, which puts it in
//! embed.js (one constructed sheet adopted by every widget's shadow root:
//! no extra request, and nothing a host page's Content-Security-Policy has
//! to allow for inline styles) and inline in the pre-rendered pages.
//!
//! It also writes the built-in pack (`content/cio-cto.json`) without its
//! white space into `OUT_DIR/cio-cto.json`, through serde_json: the file
//! stays readable for the people who edit it, the wasm carries only what
//! parses, and a pack that is not JSON stops the build.

use std::{env, fs, path::Path};

/// In cascade order: tokens and shared pieces first.
const SHEETS: [&str; 9] = [
    "base", "intro", "question", "feedback", "results", "notices", "tabs", "compare", "venn",
];

fn main() {
    let mut css = String::new();
    for name in SHEETS {
        let path = format!("styles/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        css.push_str(&minify(&text));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    fs::write(&out, css).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));

    let pack = "content/cio-cto.json";
    println!("cargo:rerun-if-changed={pack}");
    let text = fs::read_to_string(pack).unwrap_or_else(|e| panic!("reading {pack}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("reading {pack}: {e}"));
    let out = out.with_file_name("cio-cto.json");
    fs::write(&out, value.to_string()).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// Drops comments and the white space CSS does not need. Deliberately
/// simple: it leaves quoted strings alone and never touches `:` (where a
/// space can matter in selectors).
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '{' | '}' | ';' | ',' => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
                pending_space = false;
            }
            _ => {
                let after_punctuation = out.ends_with(['{', '}', ';', ',']) || out.is_empty();
                if pending_space && !after_punctuation {
                    out.push(' ');
                }
                pending_space = false;
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out
}
