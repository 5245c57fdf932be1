//! Malformed JSON in words a blogger can act on.
//!
//! serde_json says where reading stopped and what it expected there ("expected
//! value", "key must be a string"), which describes the symptom: a trailing
//! comma shows up on the line after it, a comment or a curly quote pasted from
//! a word processor as an unexpected character. This looks at the text around
//! that place and names the cause and its place instead ("line 58: remove the
//! comma after the last item"), the same in every browser; what it cannot
//! explain keeps serde_json's words.

use super::error::{Location, PackError, Problem};

/// The problem of a text serde_json could not read.
pub fn explain(text: &str, error: &serde_json::Error) -> PackError {
    // serde_json appends the place to its message; the location says it.
    let message = error.to_string();
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |end| &message[..end]);
    let at = offset(text, error.line(), error.column());
    let rest = &text[at..];
    let next = rest.trim_start();
    let next_at = at + (rest.len() - next.len());
    let before = text[..at].trim_end();
    // UTF-16 read as UTF-8: its byte-order mark becomes replacement
    // characters and every other byte of ASCII text a NUL.
    let utf16 = text.starts_with('\u{fffd}') || text.contains('\0');
    let (place, problem) = if utf16 {
        (0, Problem::Utf16)
    } else if message == "recursion limit exceeded" {
        (next_at, Problem::TooDeep)
    } else if next.starts_with("//") || next.starts_with("/*") {
        (next_at, Problem::Comment)
    } else if next.starts_with(['\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}']) {
        (next_at, Problem::CurlyQuote)
    } else if next.starts_with([']', '}']) && before.ends_with(',') {
        let last = if next.starts_with(']') {
            "item"
        } else {
            "field"
        };
        (before.len() - 1, Problem::TrailingComma { last })
    } else if text.trim().is_empty() {
        (0, Problem::NoText)
    } else if next.is_empty() {
        (text.trim_end().len(), Problem::CutShort)
    } else if before.is_empty() && !next.starts_with(['{', '[']) {
        (next_at, Problem::NotJson)
    } else if message.starts_with("expected `,` or") {
        (next_at, Problem::MissingComma)
    } else if message == "expected `:`" {
        (next_at, Problem::MissingColon)
    } else {
        (next_at, Problem::Json(message.to_owned()))
    };
    let (line, column) = line_and_column(text, place);
    PackError {
        at: Location::Text { line, column },
        problem,
    }
}

/// The byte offset of serde_json's `line` and `column`.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut at = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a blogger reads for `text`, as serde_json would stop on it.
    fn said(text: &str) -> String {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        explain(text, &error).to_string()
    }

    #[test]
    fn utf16_and_deep_nesting_are_said_in_words_a_blogger_acts_on() {
        // A UTF-16 file read as UTF-8: its mark, then NULs between letters.
        let utf16 = "\u{fffd}\u{fffd}{\0\"\0a\0\"\0:\x001\0}\0";
        assert_eq!(
            said(utf16),
            "line 1, column 1: the file is saved as UTF-16: save it as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")"
        );
        let deep = format!("{{\"a\": {}1{}}}", "[".repeat(200), "]".repeat(200));
        assert!(
            said(&deep).ends_with("lists and objects are nested too deeply here (over 128 levels): no pack needs that many"),
            "{}",
            said(&deep)
        );
    }

    #[test]
    fn a_trailing_comma_is_named_on_its_own_line() {
        assert_eq!(
            said("{\n  \"items\": [\n    1,\n    2,\n  ]\n}"),
            "line 4, column 6: remove the comma after the last item"
        );
        assert_eq!(
            said("{\n  \"a\": 1,\n  \"b\": 2,\n}"),
            "line 3, column 9: remove the comma after the last field"
        );
    }

    #[test]
    fn comments_and_curly_quotes_are_named_for_what_they_are() {
        assert_eq!(
            said("{\n  // the roles\n  \"a\": 1\n}"),
            "line 2, column 3: comments are not allowed in JSON; remove it"
        );
        assert_eq!(
            said("{\n  \"a\": 1, /* old */\n  \"b\": 2\n}"),
            "line 2, column 11: comments are not allowed in JSON; remove it"
        );
        assert_eq!(
            said("{\n  \"a\": \u{201c}text\u{201d}\n}"),
            "line 2, column 8: use straight quotes \" instead of curly ones (\u{201c} \u{201d}), as a word processor writes them"
        );
    }

    #[test]
    fn missing_punctuation_and_cut_off_text_say_what_to_add() {
        assert_eq!(
            said("{\n  \"a\": 1\n  \"b\": 2\n}"),
            "line 3, column 3: a comma is missing before this: fields and list items are separated by commas"
        );
        assert_eq!(
            said("{\n  \"a\" 1\n}"),
            "line 2, column 7: a colon is missing: write \"name\": value"
        );
        assert_eq!(
            said("{\n  \"a\": [1, 2\n"),
            "line 2, column 13: the text ends before the pack does: a closing ] or } is missing"
        );
    }

    #[test]
    fn text_that_is_not_json_at_all_says_so() {
        assert_eq!(
            said("<!doctype html><p>Oops</p>"),
            "line 1, column 1: this is not a JSON pack: a pack starts with {"
        );
        assert_eq!(said("   "), "line 1, column 1: the pack is empty");
        assert_eq!(
            said("{\"a\": 1} x"),
            "line 1, column 10: trailing characters"
        );
    }

    #[test]
    fn places_count_characters_not_bytes() {
        // "é" is two bytes: the comma is still the 9th character.
        assert_eq!(
            said("{\"é\": [1,]}").split(':').next(),
            Some("line 1, column 9")
        );
    }
}
