//! Handing a link to the rest of the phone: the clipboard and the system's share sheet.

use wasm_bindgen::JsCast;

/// Puts `text` on the clipboard; `false` when this browser has no clipboard to write to.
pub fn copy_text(text: &str) -> bool {
    match web_sys::window() {
        Some(w) => {
            // The promise is left to settle on its own; the button says "copied" at once.
            let _ = w.navigator().clipboard().write_text(text);
            true
        }
        None => false,
    }
}

/// Whether this browser has a share sheet (most phones do, most desktops do not).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system's share sheet with `url`.
pub fn share_url(url: &str) {
    if let Some(w) = web_sys::window() {
        let data = web_sys::ShareData::new();
        data.set_url(url);
        let _ = w.navigator().share_with_data(&data);
    }
}

/// The share sheet did not take the file: the person closed it, or the browser refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareRefused {
    Cancelled,
    Failed,
}

/// The data `navigator.share` and `navigator.canShare` take, with one file.
fn file_data(file: &web_sys::File, title: &str) -> js_sys::Object {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    data
}

/// Whether this browser's share sheet takes this file (`navigator.canShare({files})`):
/// phones mostly do, desktops and headless browsers mostly do not.
pub fn can_share_file(file: &web_sys::File) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match can_share {
        Some(can_share) => can_share
            .call1(&navigator, &file_data(file, ""))
            .map(|v| v.is_truthy())
            .unwrap_or(false),
        None => false,
    }
}

/// Whether files can be shared here at all, tried with a small empty file.
pub fn can_share_files() -> bool {
    let parts = js_sys::Array::new();
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/octet-stream");
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, "regie.age", &options)
        .map(|file| can_share_file(&file))
        .unwrap_or(false)
}

/// Hands `file` to the share sheet; `Ok` once the person picked where it goes.
pub async fn share_file(file: &web_sys::File, title: &str) -> Result<(), ShareRefused> {
    let navigator = web_sys::window()
        .map(|w| w.navigator())
        .ok_or(ShareRefused::Failed)?;
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(ShareRefused::Failed)?;
    let promise: js_sys::Promise = share
        .call1(&navigator, &file_data(file, title))
        .map_err(|_| ShareRefused::Failed)?
        .dyn_into()
        .map_err(|_| ShareRefused::Failed)?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(e) => {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            Err(if name == "AbortError" {
                ShareRefused::Cancelled
            } else {
                ShareRefused::Failed
            })
        }
    }
}

/// The backup blob as a file with its name, for the share sheet.
pub fn backup_file(blob: &web_sys::Blob, name: &str) -> Option<web_sys::File> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/octet-stream");
    web_sys::File::new_with_blob_sequence_and_options(&js_sys::Array::of1(blob), name, &options)
        .ok()
}

/// A text as a file with its name and type (`text/calendar` for an appointment), for the
/// share sheet or a download.
pub fn text_file(text: &str, name: &str, mime: &str) -> Option<web_sys::File> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&text.into());
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}
