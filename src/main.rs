//! The client's app: the first screen, which then loads the rest of the app's code (see
//! `regie::gate` and `regie::platform::parts`). In the app's worker, the worker's part.
fn main() {
    console_error_panic_hook::set_once();
    if regie::platform::worker::in_worker() {
        regie::platform::worker_serve::run();
        return;
    }
    // The chosen language's file first (none for Dutch), so the first paint is in it.
    wasm_bindgen_futures::spawn_local(async {
        regie::prepare_language(true).await;
        leptos::mount::mount_to_body(regie::FirstScreen);
    });
}
