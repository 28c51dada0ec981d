//! The share viewer, second part: opens the share and shows it. The first part
//! (`src/bin/regie-viewer.rs`) loads it while the recipient reads what was shared, and calls
//! these entry points on their press; an error is the index of a catalogue text.

use regie::platform::parts::error_code;
use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    // For the measurement scripts: when the part was ready, from the start of the page load.
    regie::platform::clock::record_timing("viewer-part-ready", 0.0);
}

#[wasm_bindgen]
pub async fn open(
    expires_at: f64,
    link: String,
    signed: String,
    code: Option<String>,
) -> Result<(), JsValue> {
    regie::open_share(expires_at, link, signed, code)
        .await
        .map_err(error_code)
}

/// Shows the share this tab opened before, after a reload, without counting an opening.
#[wasm_bindgen]
pub async fn resume() -> Result<(), JsValue> {
    regie::resume_share().await.map_err(error_code)
}

/// Shows the professional's request page (`/vraag`) in place of the first part.
#[wasm_bindgen]
pub async fn request() {
    regie::prepare_language(false).await;
    leptos::mount::mount_to_body(regie::RequestApp);
}

#[wasm_bindgen]
pub async fn mount() {
    regie::prepare_language(false).await;
    leptos::mount::mount_to_body(regie::OpenedViewerApp);
}

/// Checks a share's signed preview for a first part whose browser cannot.
#[wasm_bindgen]
pub async fn verify(envelope: String) -> Result<(), JsValue> {
    regie::verify_envelope(envelope).map_err(error_code)
}
