//! The client's app, second part: the sections, sealing, sharing, backups. The first part
//! (`src/main.rs`) loads it while the first screen is up and calls these entry points; an
//! error is the index of a catalogue text.

use regie::dossier_part;
use regie::platform::parts::error_code as code;
use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    // The same module runs the app's worker (see `regie::platform::worker`): there it only
    // answers the page's messages.
    if regie::platform::worker::in_worker() {
        regie::platform::worker_serve::serve();
        return;
    }
    dossier_part::start();
}

#[wasm_bindgen]
pub async fn create(passphrase: String) -> Result<(), JsValue> {
    dossier_part::create(passphrase).await.map_err(code)
}

#[wasm_bindgen]
pub async fn unlock(passphrase: String) -> Result<(), JsValue> {
    dossier_part::unlock(passphrase).await.map_err(code)
}

#[wasm_bindgen]
pub async fn restore(file: web_sys::File, passphrase: String) -> Result<(), JsValue> {
    dossier_part::restore(file, passphrase).await.map_err(code)
}

#[wasm_bindgen]
pub async fn recover() {
    dossier_part::recover();
}

/// Reads the first screen's help aloud (see `regie::gate::ReadAloudLater`).
#[wasm_bindgen]
pub async fn read_aloud(targets: String, host: String) {
    dossier_part::read_aloud(targets, host).await;
}

#[wasm_bindgen]
pub async fn restore_copy() {
    dossier_part::restore_copy();
}

#[wasm_bindgen]
pub async fn mount() {
    regie::prepare_language(true).await;
    dossier_part::mount();
}
