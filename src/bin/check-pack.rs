//! `cargo run --bin check-pack -- my-pack.json`: checks content packs exactly
//! as the widget does, so a blogger can fix a pack before publishing it.
//!
//! Prints every problem of every pack, one a line, in the widget's words.
//! Exits 0 when all packs are valid, 1 when one is not, 2 when a file
//! cannot be read or no file is given.

use std::process::ExitCode;

use role_quiz::content::Pack;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: check-pack PACK.json [MORE.json ...]");
        return ExitCode::from(2);
    }
    let mut status = 0;
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: cannot be read: {error}");
                status = 2;
                continue;
            }
        };
        match Pack::from_json(&text) {
            Ok(pack) => {
                let disputed = pack.items.iter().filter(|i| i.is_disputed()).count();
                println!(
                    "{path}: ok: \"{}\", {} items on the {} and the {}{}",
                    pack.title,
                    pack.items.len(),
                    pack.roles[0].short,
                    pack.roles[1].short,
                    match disputed {
                        0 => String::new(),
                        n => format!(" ({n} where two answers count)"),
                    }
                )
            }
            Err(errors) => {
                let count = errors.0.len();
                println!(
                    "{path}: {count} problem{}:",
                    if count == 1 { "" } else { "s" }
                );
                for error in &errors.0 {
                    println!("  {error}");
                }
                status = status.max(1);
            }
        }
    }
    ExitCode::from(status)
}
