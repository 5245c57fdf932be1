//! Bundles the widget's stylesheets (`styles/`, one per screen) into two
//! minified sheets: `OUT_DIR/widget-first.css` (`embed::FIRST_CSS`), what a
//! widget can show before its code has arrived, and `widget-later.css`
//! (`embed::LATER_CSS`: the feedback and the results, which only the code
//! shows). The prerender binary hands the first to the post-build hook,
//! which puts it in embed.js (one constructed sheet adopted by every
//! widget's shadow root: no extra request, and nothing a host page's
//! Content-Security-Policy has to allow for inline styles), and both inline
//! in the pre-rendered pages, whose comparison lists for readers without
//! JavaScript use the feedback's notes and sources. The wasm carries the
//! later sheet: embed.js, which every reader needs before the first paint,
//! stays small.
//!
//! It also writes the built-in pack (`content/cio-cto.json`, and its
//! translations `cio-cto.de.json` and the like) without its white space into
//! `OUT_DIR`, through serde_json: the file
//! stays readable for the people who edit it, the wasm carries only what
//! parses, and a pack that is not JSON stops the build.

use std::{env, fs, path::Path};

/// In cascade order, tokens and shared pieces first; the later sheet comes
/// after the first one.
const FIRST: [&str; 7] = [
    "base", "intro", "question", "notices", "tabs", "compare", "venn",
];
const LATER: [&str; 2] = ["feedback", "results"];

fn main() {
    // The widget's wasm keeps the linker's relocations, which wasm-split-cli
    // needs to cut it (scripts/post-build.mjs; the shipped modules carry
    // none). Only that binary: the studio's wasm would ship them.
    if env::var("TARGET").as_deref() == Ok("wasm32-unknown-unknown") {
        println!("cargo:rustc-link-arg-bin=role-quiz=--emit-relocs");
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (sheets, file) in [
        (&FIRST[..], "widget-first.css"),
        (&LATER[..], "widget-later.css"),
    ] {
        let mut css = String::new();
        for name in sheets {
            let path = format!("styles/{name}.css");
            println!("cargo:rerun-if-changed={path}");
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
            css.push_str(&minify(&text));
        }
        let out = Path::new(&out_dir).join(file);
        fs::write(&out, css).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    }

    for name in ["cio-cto", "cio-cto.de", "cio-cto.fr", "cio-cto.es"] {
        let pack = format!("content/{name}.json");
        println!("cargo:rerun-if-changed={pack}");
        let text = fs::read_to_string(&pack).unwrap_or_else(|e| panic!("reading {pack}: {e}"));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("reading {pack}: {e}"));
        let out = Path::new(&out_dir).join(format!("{name}.json"));
        fs::write(&out, value.to_string())
            .unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    }
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
