//! The theming options a URL can carry: an iframe's host page cannot set CSS
//! custom properties on the widget inside the frame, so `embed.html` takes
//! them from its query (`?accent=b33c1a&font=Georgia,serif`) and sets them
//! on its widget's element. The names map one to one onto the variables of
//! the README's theming table.
//!
//! Read here without the DOM: a value's shape is checked (and a bare hex
//! colour, which cannot start with `#` in a URL's query, gets its `#`). The
//! browser has the last word on whether a colour or font is valid (see
//! [`Look::kind`]).

/// What a theming value is, so the browser can be asked whether it accepts
/// it (`CSS.supports(property, value)`) and a message can say what was
/// expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Colour,
    Font,
    Radius,
}

impl Kind {
    /// A CSS property that takes values of this kind.
    pub fn property(self) -> &'static str {
        match self {
            Kind::Colour => "color",
            Kind::Font => "font-family",
            Kind::Radius => "border-radius",
        }
    }

    pub fn expected(self) -> &'static str {
        match self {
            Kind::Colour => "a CSS colour such as b33c1a or teal",
            Kind::Font => "a font family such as Georgia,serif",
            Kind::Radius => "a length such as 8px or 0.5em",
        }
    }

    pub fn fallback(self) -> &'static str {
        match self {
            Kind::Colour => "the built-in colour",
            Kind::Font => "the built-in font",
            Kind::Radius => "the built-in corners",
        }
    }
}

/// The theming options by name: what they set and what they take.
pub const LOOKS: [(&str, &str, Kind); 8] = [
    ("accent", "--rq-accent", Kind::Colour),
    ("role1", "--rq-role-1", Kind::Colour),
    ("role2", "--rq-role-2", Kind::Colour),
    ("both", "--rq-both", Kind::Colour),
    ("bg", "--rq-bg", Kind::Colour),
    ("text", "--rq-text", Kind::Colour),
    ("font", "--rq-font", Kind::Font),
    ("radius", "--rq-radius", Kind::Radius),
];

/// One theming value to set on the widget's element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Look {
    /// The option's name, as in [`LOOKS`].
    pub name: &'static str,
    /// The CSS custom property it sets.
    pub property: &'static str,
    pub kind: Kind,
    pub value: String,
}

impl Look {
    /// The look option `name` set to `value`; `None` when `name` is not a
    /// look option, `Some(Err(kind))` when the value has the wrong shape.
    pub fn parse(name: &str, value: &str) -> Option<Result<Look, Kind>> {
        let &(name, property, kind) = LOOKS.iter().find(|(n, _, _)| *n == name)?;
        Some(shaped(kind, value.trim()).map(|value| Look {
            name,
            property,
            kind,
            value,
        }))
    }
}

/// `value` if it can be a `kind` at all: no characters that would end a
/// declaration or open a block, nothing that fetches (`url(`), and a bare
/// hex colour given its `#`.
fn shaped(kind: Kind, value: &str) -> Result<String, Kind> {
    let plain = !value.is_empty()
        && value.len() <= 120
        && !value.contains([';', '{', '}', '<', '>', '\\', '!'])
        && !value.to_ascii_lowercase().contains("url(");
    if !plain {
        return Err(kind);
    }
    match kind {
        Kind::Colour if is_bare_hex(value) => Ok(format!("#{value}")),
        Kind::Radius if !value.starts_with(|c: char| c.is_ascii_digit() || c == '.') => Err(kind),
        _ => Ok(value.to_owned()),
    }
}

/// 3, 4, 6 or 8 hex digits, as a colour is written after its `#`. No named
/// colour is made of hex digits alone, so this never shadows one.
fn is_bare_hex(value: &str) -> bool {
    matches!(value.len(), 3 | 4 | 6 | 8) && value.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(name: &str, value: &str) -> Result<String, Kind> {
        Look::parse(name, value)
            .expect("a look option")
            .map(|l| l.value)
    }

    #[test]
    fn every_look_sets_a_variable_the_styles_read() {
        for (name, property, _) in LOOKS {
            assert!(
                crate::embed::WIDGET_CSS.contains(&format!("var({property}")),
                "{name} sets {property}, which no style reads"
            );
        }
    }

    #[test]
    fn a_bare_hex_colour_gets_its_hash() {
        assert_eq!(value("accent", "b33c1a").as_deref(), Ok("#b33c1a"));
        assert_eq!(value("role1", "#abc").as_deref(), Ok("#abc"));
        assert_eq!(value("both", "teal").as_deref(), Ok("teal"));
        assert_eq!(
            value("bg", " rgb(10 20 30 / 50%) ").as_deref(),
            Ok("rgb(10 20 30 / 50%)")
        );
        // Five digits are no hex colour: left for the browser to refuse.
        assert_eq!(value("text", "abcde").as_deref(), Ok("abcde"));
    }

    #[test]
    fn fonts_and_radii_keep_their_value() {
        assert_eq!(
            value("font", "Georgia, \"Times New Roman\", serif").as_deref(),
            Ok("Georgia, \"Times New Roman\", serif")
        );
        assert_eq!(value("radius", "0").as_deref(), Ok("0"));
        assert_eq!(value("radius", "0.5em").as_deref(), Ok("0.5em"));
        assert_eq!(value("radius", "round"), Err(Kind::Radius));
    }

    #[test]
    fn values_that_could_break_out_of_a_declaration_are_refused() {
        for bad in [
            "",
            "red; display: none",
            "red}",
            "url(https://tracker.example/x.png)",
            "red !important",
            "</style>",
        ] {
            assert_eq!(value("accent", bad), Err(Kind::Colour), "{bad:?}");
        }
        assert_eq!(value("font", &"a".repeat(121)), Err(Kind::Font));
    }

    #[test]
    fn other_names_are_not_looks() {
        assert_eq!(Look::parse("view", "quiz"), None);
        assert_eq!(Look::parse("Accent", "red"), None);
    }
}
