//! The share viewer page (`/v`): its own binary, so a professional's phone gets none of the
//! client's app. Its first part soon shows what was shared; the part that opens and shows it
//! (`regie::pages::viewer_part`, split off this module by the build) loads meanwhile.
fn main() {
    console_error_panic_hook::set_once();
    // The professional's browser language first (none for Dutch), so the first paint is in it.
    wasm_bindgen_futures::spawn_local(async {
        regie::prepare_language(false).await;
        leptos::mount::mount_to_body(regie::ViewerApp);
    });
}
