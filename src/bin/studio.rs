//! The pack studio's wasm: draws the studio page into `studio.html`'s body.
//! The widget's own wasm (`src/main.rs`) never holds any of it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("studio"));
        if let Some(root) = root {
            yew::Renderer::<role_quiz::studio::page::StudioPage>::with_root(root).render();
        }
    }
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
