//! The share viewer page (`/v`), first part: its own small binary, so a professional's phone
//! soon shows what was shared; the part that opens and shows it (`regie-viewer-content`)
//! loads meanwhile.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(regie::ViewerApp);
}
