//! Files going in and out of the browser: files the person picks, thumbnails drawn on a
//! canvas, `blob:` URLs to show decrypted documents (each revoked by its [`ObjectUrl`] when
//! dropped), backup downloads, and what the browser says about space.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A file the person picked; the browser's own type, handed around unopened.
pub use web_sys::File;

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// The whole content of a picked file.
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, Unreadable> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// A blob of these bytes with this type.
pub fn blob(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = Array::new();
    parts.push(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// A small JPEG of a photo as a `data:` URL, its longest side `side` pixels; `None` when the
/// browser cannot decode the image (then the file is damaged or not really an image).
pub async fn thumbnail(bytes: &[u8], mime: &str, side: u32) -> Option<String> {
    let window = web_sys::window()?;
    let source = blob(bytes, mime).ok()?;
    let promise = window.create_image_bitmap_with_blob(&source).ok()?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let (width, height) = (bitmap.width().max(1), bitmap.height().max(1));
    let scale = f64::from(side) / f64::from(width.max(height));
    let scale = scale.min(1.0);
    let w = ((f64::from(width) * scale).round() as u32).max(1);
    let h = ((f64::from(height) * scale).round() as u32).max(1);
    let canvas: web_sys::HtmlCanvasElement = window
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    // A white ground, so a transparent PNG does not turn black as a JPEG.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(w), f64::from(h))
        .ok()?;
    bitmap.close();
    canvas
        .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(0.7))
        .ok()
}

/// Whether the browser can decode these bytes as an image at all.
pub async fn decodes_as_image(bytes: &[u8], mime: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(source) = blob(bytes, mime) else {
        return false;
    };
    let Ok(promise) = window.create_image_bitmap_with_blob(&source) else {
        return false;
    };
    match JsFuture::from(promise).await {
        Ok(bitmap) => {
            if let Ok(bitmap) = bitmap.dyn_into::<web_sys::ImageBitmap>() {
                bitmap.close();
            }
            true
        }
        Err(_) => false,
    }
}

/// A `blob:` URL for decrypted bytes, revoked when dropped.
pub struct ObjectUrl(String);

impl ObjectUrl {
    pub fn new(bytes: &[u8], mime: &str) -> Option<ObjectUrl> {
        let blob = blob(bytes, mime).ok()?;
        web_sys::Url::create_object_url_with_blob(&blob)
            .ok()
            .map(ObjectUrl)
    }

    pub fn url(&self) -> &str {
        &self.0
    }
}

impl Drop for ObjectUrl {
    fn drop(&mut self) {
        let _ = web_sys::Url::revoke_object_url(&self.0);
    }
}

/// The first file of a file input, if one was picked.
pub fn picked(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
}

/// The file picked in the file input that sent `event`; the input is emptied, so the same
/// file can be picked again after a refusal.
pub fn take_picked(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = picked(&input);
    input.set_value("");
    file
}

/// The first `n` bytes of a picked file, to tell its real type before reading it all.
pub async fn head(file: &web_sys::File, n: i32) -> Result<Vec<u8>, Unreadable> {
    let part = file.slice_with_i32_and_i32(0, n).map_err(|_| Unreadable)?;
    let buffer = JsFuture::from(part.array_buffer())
        .await
        .map_err(|_| Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

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
    download_blob(&blob, name)
}

/// Offers a blob as a download named `name`; its bytes never pass through the page's memory.
pub fn download_blob(blob: &web_sys::Blob, name: &str) -> Result<(), BrowserRefused> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| BrowserRefused)?;
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
