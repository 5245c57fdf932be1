//! The lines a blogger pastes into a post to show their pack: a `<div>` and
//! embed.js's `<script>`, or an iframe of embed.html and host.js.

use super::draft::Draft;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Embed {
    /// `<div data-role-quiz>` and the `<script>`.
    Script,
    /// `<iframe data-role-quiz-frame>` and host.js.
    Frame,
}

/// Where the reader's browser gets the pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackPlace {
    /// Inside the snippet (script embedding only): no file to upload.
    Inline,
    /// A file the blogger uploads, at this address.
    Url(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub embed: Embed,
    pub pack: PackPlace,
    /// Where the role-quiz files are on the blogger's site, ending in `/`.
    pub base: String,
    /// `both`, `quiz` or `compare`.
    pub view: String,
    /// `auto`, `light` or `dark`.
    pub theme: String,
}

impl Default for Snippet {
    fn default() -> Self {
        Snippet {
            embed: Embed::Script,
            pack: PackPlace::Inline,
            base: "/role-quiz/".to_owned(),
            view: "both".to_owned(),
            theme: "auto".to_owned(),
        }
    }
}

/// `text` safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `text` as a URL query value.
fn query(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

impl Snippet {
    /// The snippet for `pack` (the completed draft).
    pub fn html(&self, pack: &Draft) -> String {
        let mut base = self.base.trim().to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        let options: Vec<(&str, &str)> = [("view", &self.view), ("theme", &self.theme)]
            .into_iter()
            .filter(|(name, value)| {
                let default = if *name == "view" { "both" } else { "auto" };
                value.as_str() != default
            })
            .map(|(name, value)| (name, value.as_str()))
            .collect();
        match (&self.embed, &self.pack) {
            (Embed::Frame, pack_place) => {
                let mut query_parts: Vec<String> = Vec::new();
                if let PackPlace::Url(url) = pack_place {
                    query_parts.push(format!("pack={}", query(url.trim())));
                }
                query_parts.extend(options.iter().map(|(n, v)| format!("{n}={}", query(v))));
                let src = if query_parts.is_empty() {
                    format!("{base}embed.html")
                } else {
                    format!("{base}embed.html?{}", query_parts.join("&"))
                };
                format!(
                    "<iframe data-role-quiz-frame title=\"{title}\" loading=\"lazy\"\n        style=\"width: 100%; height: 900px; border: 0\"\n        src=\"{src}\"></iframe>\n<script src=\"{base}host.js\" async></script>",
                    title = attribute(pack.title.as_str()),
                    src = attribute(&src),
                )
            }
            (Embed::Script, pack_place) => {
                let mut attributes = String::from("data-role-quiz");
                if let PackPlace::Url(url) = pack_place {
                    attributes.push_str(&format!(" data-pack=\"{}\"", attribute(url.trim())));
                }
                for (name, value) in &options {
                    attributes.push_str(&format!(" data-{name}=\"{}\"", attribute(value)));
                }
                let inside = match pack_place {
                    // `</` would end the script element early.
                    PackPlace::Inline => format!(
                        "\n  <script type=\"application/json\">{}</script>\n",
                        serde_json::to_string(pack)
                            .unwrap_or_default()
                            .replace("</", "<\\/")
                    ),
                    PackPlace::Url(_) => String::new(),
                };
                format!(
                    "<div {attributes}>{inside}</div>\n<script type=\"module\" src=\"{base}embed.js\"></script>"
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::draft::Text;

    fn pack() -> Draft {
        Draft {
            title: Text::new("A & B </script>"),
            ..Draft::default()
        }
    }

    #[test]
    fn the_script_snippet_carries_the_pack_inline_or_by_address() {
        let inline = Snippet::default().html(&pack());
        assert!(
            inline.starts_with("<div data-role-quiz>\n  <script type=\"application/json\">{"),
            "{inline}"
        );
        assert!(
            inline.contains("<\\/script>"),
            "a </ inside would end the script: {inline}"
        );
        assert!(inline.ends_with("<script type=\"module\" src=\"/role-quiz/embed.js\"></script>"));
        let by_url = Snippet {
            pack: PackPlace::Url("/packs/my pack.json".to_owned()),
            view: "quiz".to_owned(),
            base: "https://blog.example/rq".to_owned(),
            ..Snippet::default()
        }
        .html(&pack());
        assert_eq!(
            by_url,
            "<div data-role-quiz data-pack=\"/packs/my pack.json\" data-view=\"quiz\"></div>\n<script type=\"module\" src=\"https://blog.example/rq/embed.js\"></script>"
        );
    }

    #[test]
    fn the_frame_snippet_names_the_pack_in_its_query() {
        let frame = Snippet {
            embed: Embed::Frame,
            pack: PackPlace::Url("/packs/my pack.json".to_owned()),
            theme: "dark".to_owned(),
            ..Snippet::default()
        }
        .html(&pack());
        assert!(
            frame.contains("title=\"A &amp; B &lt;/script>\""),
            "{frame}"
        );
        assert!(
            frame.contains(
                "src=\"/role-quiz/embed.html?pack=/packs/my%20pack.json&amp;theme=dark\""
            ),
            "{frame}"
        );
        assert!(frame.ends_with("<script src=\"/role-quiz/host.js\" async></script>"));
    }
}
