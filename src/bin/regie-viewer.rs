//! The share viewer page (`/v`): its own small binary, so a professional's phone downloads
//! only what reading a share needs.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(regie::ViewerApp);
}
