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
    /// The downloaded file, uploaded into the role-quiz folder beside
    /// embed.js: its address follows the folder's, and reads the same from
    /// a post and from embed.html (an address relative to the post would
    /// not, in an iframe).
    Kit,
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

/// The file the studio's download gives the pack: its id's.
pub fn file_name(pack: &Draft) -> String {
    format!("{}.json", pack.id.or("pack"))
}

/// JSON for inside a `<script>` element: `<` written as `\u003c`, so that no
/// text of the pack (`</script>`, `<!--`, `<script`) can end the element or
/// put the HTML parser into a state that swallows the rest of the post. JSON
/// reads the escape back as the same character.
pub fn json_in_html(json: &str) -> String {
    json.replace('<', "\\u003c")
}

impl Snippet {
    /// Where the role-quiz files are, ending in `/`.
    fn base(&self) -> String {
        let mut base = self.base.trim().to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        base
    }

    /// The address the snippet gives for the pack, when it is a file.
    pub fn pack_url(&self, pack: &Draft) -> String {
        match &self.pack {
            PackPlace::Url(url) => url.trim().to_owned(),
            PackPlace::Kit | PackPlace::Inline => format!("{}{}", self.base(), file_name(pack)),
        }
    }

    /// The snippet for `pack` (the completed draft).
    pub fn html(&self, pack: &Draft) -> String {
        let base = self.base();
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
                if *pack_place != PackPlace::Inline {
                    query_parts.push(format!("pack={}", query(&self.pack_url(pack))));
                }
                query_parts.extend(options.iter().map(|(n, v)| format!("{n}={}", query(v))));
                let src = if query_parts.is_empty() {
                    format!("{base}embed.html")
                } else {
                    format!("{base}embed.html?{}", query_parts.join("&"))
                };
                format!(
                    "<iframe data-role-quiz-frame title=\"{title}\" loading=\"lazy\"\n        style=\"width: 100%; height: 900px; border: 0\"\n        src=\"{src}\"></iframe>\n<script src=\"{host}\" async></script>",
                    title = attribute(pack.title.as_str()),
                    src = attribute(&src),
                    host = attribute(&format!("{base}host.js")),
                )
            }
            (Embed::Script, pack_place) => {
                let mut attributes = String::from("data-role-quiz");
                if *pack_place != PackPlace::Inline {
                    attributes.push_str(&format!(
                        " data-pack=\"{}\"",
                        attribute(&self.pack_url(pack))
                    ));
                }
                for (name, value) in &options {
                    attributes.push_str(&format!(" data-{name}=\"{}\"", attribute(value)));
                }
                let inside = match pack_place {
                    PackPlace::Inline => format!(
                        "\n  <script type=\"application/json\">{}</script>\n",
                        json_in_html(&serde_json::to_string(pack).unwrap_or_default())
                    ),
                    PackPlace::Kit | PackPlace::Url(_) => String::new(),
                };
                format!(
                    "<div {attributes}>{inside}</div>\n<script type=\"module\" src=\"{}\"></script>",
                    attribute(&format!("{base}embed.js"))
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
            title: Text::new("A & B </script> <!--<script>"),
            ..Draft::default()
        }
    }

    #[test]
    fn the_script_snippet_carries_the_pack_inline_or_by_address() {
        let inline = Snippet::default().html(&pack());
        let json = inline
            .strip_prefix("<div data-role-quiz>\n  <script type=\"application/json\">")
            .and_then(|rest| rest.split_once("</script>\n</div>"))
            .map(|(json, _)| json)
            .unwrap_or_else(|| panic!("no inline pack where expected: {inline}"));
        // No `<` at all inside: `</script` would end the element, `<!--<script`
        // would swallow the post up to its next `</script>`.
        assert!(!json.contains('<'), "{json}");
        let back: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back["title"], "A & B </script> <!--<script>");
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
            frame.contains("title=\"A &amp; B &lt;/script> &lt;!--&lt;script>\""),
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

    #[test]
    fn a_pack_file_in_the_kit_is_named_as_downloaded_and_addressed_from_the_kit() {
        let mut draft = pack();
        draft.id = Text::new("ceo-or-coo");
        for embed in [Embed::Script, Embed::Frame] {
            let snippet = Snippet {
                embed,
                pack: PackPlace::Kit,
                base: "https://blog.example/rq".to_owned(),
                ..Snippet::default()
            };
            assert_eq!(
                snippet.pack_url(&draft),
                "https://blog.example/rq/ceo-or-coo.json"
            );
            let html = snippet.html(&draft);
            assert!(
                html.contains("https://blog.example/rq/ceo-or-coo.json"),
                "{html}"
            );
        }
        // An address of the blogger's own is kept as written.
        let own = Snippet {
            pack: PackPlace::Url(" /packs/q.json ".to_owned()),
            ..Snippet::default()
        };
        assert_eq!(own.pack_url(&draft), "/packs/q.json");
    }

    #[test]
    fn the_files_address_is_escaped_in_the_snippet() {
        for embed in [Embed::Script, Embed::Frame] {
            let html = Snippet {
                embed,
                base: "/a\"><img src=x onerror=alert(1)>/".to_owned(),
                ..Snippet::default()
            }
            .html(&pack());
            assert!(!html.contains("<img"), "{html}");
        }
    }
}
