//! The standalone page's entry point: mount the widget, nothing else.

fn main() {
    role_quiz::embed::start_standalone();
}
