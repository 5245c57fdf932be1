//! A small JSON reader and writer: all the widget needs (content packs,
//! saved progress, event details), and no more.
//!
//! It exists for size: serde_json, with its float parsing and formatting
//! tables, cost every reader over 20 KB of download. Numbers are kept as
//! written and read back only as whole numbers, which is all a pack or a save
//! holds. Errors say where, by line and column, in serde_json's words.

use std::fmt;

/// A JSON value. Objects keep their members in order; a key written twice
/// takes the last value, as in `JSON.parse`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number as written, e.g. `42`, `-1.5e3`.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Text that is not JSON: what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} at line {line} column {column}")]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

/// Deeper nesting than any pack needs is refused, so no input can exhaust
/// the stack.
const MAX_DEPTH: usize = 64;

impl Json {
    pub fn parse(text: &str) -> Result<Json, SyntaxError> {
        let mut parser = Parser { text, at: 0 };
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.at < text.len() {
            return Err(parser.error("trailing characters"));
        }
        Ok(value)
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A number that is a whole number from 0 to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// An object's members, each key once (the last value of a repeated key).
    pub fn members(&self) -> Option<Vec<(&str, &Json)>> {
        let Json::Object(members) = self else {
            return None;
        };
        let mut unique: Vec<(&str, &Json)> = Vec::with_capacity(members.len());
        for (key, value) in members {
            match unique.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = value,
                None => unique.push((key, value)),
            }
        }
        Some(unique)
    }

    /// What the value is, in words: "text", "a list", …
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    /// An object from `(key, value)` pairs.
    pub fn object<K: Into<String>>(members: impl IntoIterator<Item = (K, Json)>) -> Json {
        Json::Object(members.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

impl From<&str> for Json {
    fn from(text: &str) -> Json {
        Json::String(text.to_owned())
    }
}

impl From<String> for Json {
    fn from(text: String) -> Json {
        Json::String(text)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}

impl From<usize> for Json {
    fn from(n: usize) -> Json {
        Json::Number(n.to_string())
    }
}

/// Compact JSON text.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            Json::Number(n) => f.write_str(n),
            Json::String(s) => write_string(f, s),
            Json::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, key)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str("\"")?;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let escape = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        f.write_str(&text[start..i])?;
        if escape.is_empty() {
            write!(f, "\\u{:04x}", c as u32)?;
        } else {
            f.write_str(escape)?;
        }
        start = i + c.len_utf8();
    }
    f.write_str(&text[start..])?;
    f.write_str("\"")
}

struct Parser<'t> {
    text: &'t str,
    /// Byte offset of the next character.
    at: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        SyntaxError {
            message,
            line,
            // Like serde_json: the column of the offending character, 1-based.
            column: column + 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.word(),
        }
    }

    fn word(&mut self) -> Result<Json, SyntaxError> {
        for (word, value) in [
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
            ("null", Json::Null),
        ] {
            if self.text[self.at..].starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.error("expected value"))
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        self.eat(b'-');
        let digits = |p: &mut Self| {
            let from = p.at;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.at += 1;
            }
            p.at > from
        };
        if !digits(self) {
            return Err(self.error("invalid number"));
        }
        if self.eat(b'.') && !digits(self) {
            return Err(self.error("invalid number"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Json::Number(self.text[start..self.at].to_owned()))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(end) = rest.find(|c: char| c == '"' || c == '\\' || (c as u32) < 0x20) else {
                self.at = self.text.len();
                return Err(self.error("EOF while parsing a string"));
            };
            out.push_str(&rest[..end]);
            self.at += end;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                _ => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    /// The character an escape (after its backslash) stands for.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) {
                    // A surrogate pair: the low half must follow.
                    if !(self.eat(b'\\') && self.eat(b'u')) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
                } else {
                    char::from_u32(high).ok_or_else(|| self.error("invalid unicode code point"))?
                }
            }
            _ => {
                self.at -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.error("invalid escape"));
        };
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid escape"))
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error(if self.peek().is_none() {
                    "EOF while parsing a list"
                } else {
                    "expected `,` or `]`"
                }));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.eat(b'}') {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            if !self.eat(b':') {
                return Err(self.error(if self.peek().is_none() {
                    "EOF while parsing an object"
                } else {
                    "expected `:`"
                }));
            }
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_space();
            if self.eat(b'}') {
                return Ok(Json::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.error(if self.peek().is_none() {
                    "EOF while parsing an object"
                } else {
                    "expected `,` or `}`"
                }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Json::parse(text).unwrap_err().to_string()
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value =
            Json::parse(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "e": ""} "#)
                .unwrap();
        assert_eq!(value.get("a").unwrap().as_array().unwrap().len(), 5);
        assert_eq!(
            value.get("a").unwrap().as_array().unwrap()[0].as_u64(),
            Some(1)
        );
        assert_eq!(
            value.get("a").unwrap().as_array().unwrap()[1],
            Json::Number("-2.5e3".into())
        );
        assert_eq!(
            value.get("b").unwrap().get("c").unwrap().as_str(),
            Some("d")
        );
        assert_eq!(value.get("e").unwrap().as_str(), Some(""));
        assert_eq!(value.get("f"), None);
    }

    #[test]
    fn only_whole_numbers_read_as_whole_numbers() {
        for (text, n) in [
            ("0", Some(0)),
            ("42", Some(42)),
            ("-1", None),
            ("1.5", None),
            ("1e3", None),
            ("18446744073709551616", None),
        ] {
            assert_eq!(Json::parse(text).unwrap().as_u64(), n, "{text}");
        }
    }

    #[test]
    fn escapes_read_and_write_back() {
        let text =
            r#""quote \" backslash \\ slash \/ tab \t nl \n é \u00e9 \ud83d\ude00 nul \u0000""#;
        let value = Json::parse(text).unwrap();
        assert_eq!(
            value.as_str(),
            Some("quote \" backslash \\ slash / tab \t nl \n é é 😀 nul \u{0}")
        );
        assert_eq!(Json::parse(&value.to_string()).unwrap(), value);
        assert_eq!(Json::from("a\"b\u{1}").to_string(), r#""a\"b\u0001""#);
    }

    #[test]
    fn a_repeated_key_takes_the_last_value() {
        let value = Json::parse(r#"{"a": 1, "a": 2}"#).unwrap();
        assert_eq!(value.get("a").unwrap().as_u64(), Some(2));
        assert_eq!(value.members().unwrap(), [("a", &Json::Number("2".into()))]);
    }

    #[test]
    fn writes_compact_json_that_reads_back() {
        let value = Json::object([
            ("n", Json::from(3usize)),
            ("s", Json::from("x")),
            ("b", Json::from(true)),
            ("l", Json::Array(vec![Json::Null, Json::object::<&str>([])])),
        ]);
        assert_eq!(
            value.to_string(),
            r#"{"n":3,"s":"x","b":true,"l":[null,{}]}"#
        );
        assert_eq!(Json::parse(&value.to_string()).unwrap(), value);
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        assert_eq!(
            err("{\n  \"schema\": 1,\n  \"id\" \"x\"\n}"),
            "expected `:` at line 3 column 8"
        );
        assert_eq!(
            err("{\n  \"schema\": 1,\n  oops\n}"),
            "key must be a string at line 3 column 3"
        );
        assert_eq!(err("<!doctype html>"), "expected value at line 1 column 1");
        assert_eq!(err(""), "EOF while parsing a value at line 1 column 1");
        assert_eq!(err("[1, 2"), "EOF while parsing a list at line 1 column 6");
        assert_eq!(err("[1 2]"), "expected `,` or `]` at line 1 column 4");
        assert_eq!(
            err(r#"{"a": 1 "b": 2}"#),
            "expected `,` or `}` at line 1 column 9"
        );
        assert_eq!(
            err(r#""abc"#),
            "EOF while parsing a string at line 1 column 5"
        );
        assert_eq!(
            err("\"a\nb\""),
            "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"
        );
        assert_eq!(err(r#""\x""#), "invalid escape at line 1 column 3");
        assert_eq!(err("1 2"), "trailing characters at line 1 column 3");
        assert_eq!(err("-"), "invalid number at line 1 column 2");
    }

    #[test]
    fn nesting_deeper_than_any_pack_is_refused_not_a_stack_overflow() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(err(&deep).starts_with("recursion limit exceeded"));
        let fine = format!("{}{}", "[".repeat(60), "]".repeat(60));
        assert!(Json::parse(&fine).is_ok());
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(err("[\"é\", x]"), "expected value at line 1 column 7");
    }
}
