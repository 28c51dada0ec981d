//! The key-derivation worker: runs age's scrypt (unlock, create, backups, passphrase changes)
//! off the page's main thread, so the screen never freezes while it works.
fn main() {
    console_error_panic_hook::set_once();
    regie::platform::kdf::serve();
}
