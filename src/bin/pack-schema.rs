//! Prints the pack format's JSON Schema, derived from the pack studio's
//! model of the format (`role_quiz::studio::draft`) with the limits the
//! widget's validation uses. The post-build hook writes it to
//! `dist/pack.schema.json`, where editors find it through a pack's
//! `"$schema"` field: cargo run --features prerender --bin pack-schema

fn main() {
    let schema = role_quiz::studio::draft::schema();
    match serde_json::to_string_pretty(&schema) {
        Ok(text) => println!("{text}"),
        Err(error) => {
            eprintln!("pack-schema: {error}");
            std::process::exit(1);
        }
    }
}
