//! The address bar: the origin links are made on, and the fragment that carries a share's
//! or a move's key, which is taken out again once it has been read.

use wasm_bindgen::JsValue;

/// `https://host:port` of the page, for links to it; empty when the browser does not say.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The fragment of the address, with its `#`; empty when there is none.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Takes the fragment out of the address bar and the current history entry, so a key in it
/// is neither bookmarked nor synced.
pub fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_else(|_| "/".into()),
        location.search().unwrap_or_default()
    );
    replace_entry(&path);
}

/// The current history entry becomes `path`, with nothing of the old address kept.
pub fn replace_entry(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(path));
    }
}
