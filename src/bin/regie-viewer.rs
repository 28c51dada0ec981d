//! The share viewer page (`/v`), first part: its own small binary, so a professional's phone
//! soon shows what was shared; the part that opens and shows it (`regie-viewer-content`)
//! loads meanwhile.
fn main() {
    console_error_panic_hook::set_once();
    // The professional's browser language first (none for Dutch), so the first paint is in it.
    wasm_bindgen_futures::spawn_local(async {
        regie::prepare_language(false).await;
        leptos::mount::mount_to_body(regie::ViewerApp);
    });
}
