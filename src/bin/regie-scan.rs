//! The QR decoder for scanning a helper's card with the camera: a part of its own, loaded
//! only when the camera is asked for (see `src/pages/scan.rs`), so neither the first screen
//! nor the dossier's own code carries it.

use wasm_bindgen::prelude::*;

fn main() {}

/// The text of a QR code in a camera frame given as grey values, one byte a pixel.
#[wasm_bindgen]
pub fn decode(grey: Vec<u8>, width: usize, height: usize) -> Option<String> {
    regie_core::recovery::scan::decode_grey(&grey, width, height)
}
