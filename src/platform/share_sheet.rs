//! Handing a link to the rest of the phone: the clipboard and the system's share sheet.

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
