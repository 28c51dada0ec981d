//! Files going in and out of the browser for backups, and what the browser says about space.

use wasm_bindgen::JsCast;

/// The browser refused a file operation; it says no more than that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrowserRefused;

/// Offers `bytes` as a download named `name`, through a `blob:` URL that is revoked at once
/// after the click (the browser keeps the file it started to save).
pub fn download(bytes: &[u8], name: &str) -> Result<(), BrowserRefused> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| BrowserRefused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| BrowserRefused)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(BrowserRefused)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| BrowserRefused)?
        .dyn_into()
        .map_err(|_| BrowserRefused)?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = document.body().ok_or(BrowserRefused)?;
    let _ = body.append_child(&anchor);
    anchor.click();
    anchor.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The bytes of the first file chosen in a file input, if any.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
) -> Option<Result<Vec<u8>, BrowserRefused>> {
    let file = input.files()?.get(0)?;
    let promise = file.array_buffer();
    Some(
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
            .map_err(|_| BrowserRefused),
    )
}

/// Bytes this origin uses and may still use (`navigator.storage.estimate()`), when the
/// browser says.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.estimate().ok()?;
    let estimate = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let read = |name: &str| {
        js_sys::Reflect::get(&estimate, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some((read("usage")?, read("quota")?))
}

/// The size of the app's WebAssembly memory in bytes. It only grows, so after a step it is
/// that step's peak: the measurement scripts read it.
pub fn wasm_memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    js_sys::ArrayBuffer::from(memory.buffer()).byte_length() as f64
}
