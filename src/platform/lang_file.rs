//! A language's file (`/lang/<code>.txt`, packed by the build from
//! `crates/regie-core/locales/`): fetched from the app's own origin when the language is
//! chosen, kept by the service worker for offline use, and installed into the catalogue of
//! this part of the app. Dutch is built in and never fetched.

use regie_core::catalogue::{loaded, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes `lang` ready to show in this part; `false` when its file could not be had (offline
/// before it was ever fetched, or a broken file): the part then keeps the language it shows.
pub async fn load(lang: Lang) -> bool {
    if loaded::is_installed(lang) {
        return true;
    }
    match fetch(lang).await {
        Some(text) => loaded::install(lang, &text).is_ok(),
        None => false,
    }
}

async fn fetch(lang: Lang) -> Option<String> {
    let window = web_sys::window()?;
    let url = format!("/lang/{}.txt", lang.code());
    let response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
