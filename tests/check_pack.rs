//! `check-pack`, run as a blogger runs it: exit codes, and the widget's own
//! messages for every problem.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use role_quiz::content::Pack;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-pack"))
        .args(args)
        .output()
        .expect("check-pack runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A file in the test's own temporary folder.
fn write(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("check-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn valid_packs_pass_with_a_summary() {
    let (code, out, _) = run(&["content/cio-cto.json", "content/cto-cfo.example.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("content/cio-cto.json: ok: \"CIO or CTO?\", 33 items on the CIO and the CTO (6 where two answers count)"),
        "{out}"
    );
    assert!(out.contains("content/cto-cfo.example.json: ok:"));
}

#[test]
fn an_invalid_pack_fails_with_the_widgets_own_messages() {
    let text = std::fs::read_to_string("content/cto-cfo.example.json")
        .unwrap()
        .replace("\"answer\": \"cfo\"", "\"answer\": \"ceo\"")
        .replace("\"label\": \"Cash flow\",", "");
    let path = write("broken.json", &text);
    let expected: Vec<String> = Pack::from_json(&text)
        .unwrap_err()
        .0
        .iter()
        .map(|e| format!("  {e}"))
        .collect();
    assert_eq!(expected.len(), 3, "{expected:?}");

    let (code, out, _) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], format!("{}: 3 problems:", path.display()));
    assert_eq!(
        lines[1..],
        expected.iter().map(String::as_str).collect::<Vec<_>>()[..]
    );
}

#[test]
fn text_that_is_not_json_is_located() {
    let path = write("not-json.json", "{\n  \"schema\": 1,\n  oops\n}");
    let (code, out, _) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("  line 3, column 3: key must be a string"),
        "{out}"
    );
}

#[test]
fn a_missing_file_or_no_file_is_a_usage_error() {
    let (code, _, err) = run(&["/no/such/pack.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/pack.json: cannot be read"));
    let (code, _, err) = run(&[]);
    assert_eq!(code, 2);
    assert!(err.starts_with("usage: check-pack"));
}
