//! The client's app, first part: the first screen, which then loads the rest (see
//! `regie::gate` and `src/bin/regie-dossier.rs`).
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(regie::FirstScreen);
}
