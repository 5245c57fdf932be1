//! Every word of the widget's own, in English, German, French and Spanish:
//! one message catalogue, keyed, with parameters and plural forms.
//!
//! A pack's texts are the pack's own (one language each); everything the
//! widget says around them comes from here, so a German pack is not framed
//! in English buttons. The language is the pack's `lang`, overridden by the
//! host's `data-lang`; a pack may also reword single messages (`"ui"`).
//! Messages for bloggers (a pack's problems, an option's notice) stay in
//! English, as `check-pack` prints them.
//!
//! Messages are whole sentences with named slots (`{n}`, `{role}`), never
//! pieces glued together, so each language keeps its own word order; counts
//! pick their plural form by the language's rule ([`Lang::is_one`]).

mod catalogue;
// The other languages' tables: compiled in natively and in the studio, a
// file beside embed.js for the widget (see tables.rs).
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
mod de;
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
mod es;
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
mod fr;
mod tables;

pub use catalogue::Msg;
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
pub use tables::to_json as table_json;
pub use tables::{add as add_table, TableError};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The BCP 47 code the widget's root carries in `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// A language from its code, region or case aside: "de", "de-AT", "FR".
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// Whether `n` takes the singular: 1 in English, German and Spanish; 0
    /// and 1 in French (CLDR's cardinal rules, for the whole numbers the
    /// widget counts).
    pub fn is_one(self, n: usize) -> bool {
        match self {
            Lang::Fr => n <= 1,
            _ => n == 1,
        }
    }

    /// `n` as the language writes it: 1,234 / 1.234 / 1 234 (with a narrow
    /// no-break space) / 1234 (Spanish groups from five digits on).
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let separator = match self {
            Lang::En => ",",
            Lang::De => ".",
            Lang::Fr => "\u{202f}",
            Lang::Es if digits.len() <= 4 => return digits,
            Lang::Es => ".",
        };
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }

    /// Whether this build has the language's words (English always; the
    /// others natively, in the studio, or once given: [`add_table`]).
    pub fn has_words(self) -> bool {
        tables::get(self).is_some()
    }

    /// The catalogue of this language, in [`Msg::ALL`]'s order; English's
    /// where this build lacks it.
    fn table(self) -> tables::Table {
        tables::get(self).unwrap_or(catalogue::EN)
    }
}

/// What a widget says: its language, and the pack's rewording of single
/// messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Words<'a> {
    pub lang: Lang,
    pub overrides: &'a [(Msg, String)],
}

impl<'a> Words<'a> {
    pub fn new(lang: Lang, overrides: &'a [(Msg, String)]) -> Self {
        Words { lang, overrides }
    }

    /// A message as it stands, slots and all.
    pub fn get(&self, msg: Msg) -> &'a str {
        if let Some((_, text)) = self.overrides.iter().find(|(m, _)| *m == msg) {
            return text;
        }
        let entry = |table: &'static [(Msg, &'static str)]| {
            table
                .get(msg as usize)
                .filter(|(m, _)| *m == msg)
                .map(|(_, text)| *text)
        };
        entry(self.lang.table())
            .or_else(|| entry(catalogue::EN))
            .unwrap_or_default()
    }

    /// A message with its slots filled: `{name}` becomes the value given
    /// for `name`.
    pub fn fill(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        fill(self.get(msg), args)
    }

    /// A message without slots, owned.
    pub fn text(&self, msg: Msg) -> String {
        self.get(msg).to_owned()
    }

    /// The singular or plural message for `n`, its `{n}` the number as the
    /// language writes it, and its other slots filled.
    pub fn count(&self, (one, other): (Msg, Msg), n: usize, args: &[(&str, &str)]) -> String {
        let number = self.number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(args);
        self.fill(if self.lang.is_one(n) { one } else { other }, &all)
    }

    pub fn number(&self, n: usize) -> String {
        self.lang.number(n)
    }
}

/// A piece of a message: text as written, or a slot by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    Text(&'t str),
    Slot(&'t str),
}

/// `template`'s pieces in order; a `{` that opens no slot is text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Slot(&after[..close]));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// `template` with each `{name}` replaced by its value in `args`; a slot
/// with no value stays as written, so a mistake shows rather than hides.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    for piece in pieces(template) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Slot(name) => match args.iter().find(|(k, _)| *k == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// Slots the code fills beyond the English text's, by message: a language
/// may name the role where English names the work.
const EXTRA_SLOTS: &[(Msg, &[&str])] = &[(Msg::InsightMissed, &["role"])];

impl Msg {
    /// The slots the code fills in this message, which a translation or a
    /// pack's rewording may use.
    pub fn fills(self) -> Vec<&'static str> {
        let extra = EXTRA_SLOTS
            .iter()
            .find(|(m, _)| *m == self)
            .map_or(&[][..], |(_, s)| *s);
        let mut fills = slots(Words::default().get(self));
        for slot in extra {
            if !fills.contains(slot) {
                fills.push(slot);
            }
        }
        fills
    }
}

/// The slots a template names.
pub fn slots(template: &str) -> Vec<&str> {
    let mut slots: Vec<&str> = Vec::new();
    for piece in pieces(template) {
        if let Piece::Slot(name) = piece {
            if !slots.contains(&name) {
                slots.push(name);
            }
        }
    }
    slots
}

#[cfg(test)]
mod tests;
