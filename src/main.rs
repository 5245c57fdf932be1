//! The wasm module's entry point, run as soon as the module is instantiated:
//! mount the widgets on the page, nothing else.

fn main() {
    role_quiz::embed::start();
}
