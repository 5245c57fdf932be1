//! The wasm module's start function. It does nothing: embed.js instantiates
//! the module once per widget and calls `role_quiz::embed::mount` for each.

fn main() {}

// The exports embed.js calls live in the library; this keeps them in the
// binary the module is built from.
pub use role_quiz::embed::{crash_for_test, mount};

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
