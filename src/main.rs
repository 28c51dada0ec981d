//! The client's app, first part: the first screen, which then loads the rest (see
//! `regie::gate` and `src/bin/regie-dossier.rs`).
fn main() {
    console_error_panic_hook::set_once();
    // The chosen language's file first (none for Dutch), so the first paint is in it.
    wasm_bindgen_futures::spawn_local(async {
        regie::prepare_language(true).await;
        leptos::mount::mount_to_body(regie::FirstScreen);
    });
}
