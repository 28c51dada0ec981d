//! The browser's history: each screen's address, and what Back and Forward do.
//!
//! A small module on `history.pushState` and `popstate` instead of a router crate: the app
//! has a flat list of screens (`regie_core::screen`), and the router's machinery would add
//! to the wasm that a cheap phone downloads.

use wasm_bindgen::JsValue;

/// The entry's marker in `history.state`: set on every entry the app itself made or
/// adopted, so a freshly loaded page can tell it from one the app has been on before.
const OURS: &str = "regie";

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

/// The path of the address bar (without query or fragment).
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// True once the app has marked the current entry; false on an entry the browser just
/// loaded (a first visit, a reload, a bookmark).
pub fn entry_is_ours() -> bool {
    history()
        .and_then(|h| h.state().ok())
        .and_then(|state| state.as_string())
        .is_some_and(|state| state == OURS)
}

/// A new entry for `path`, after the current one: Back returns to where one was.
pub fn push(path: &str) {
    if let Some(history) = history() {
        let _ = history.push_state_with_url(&JsValue::from_str(OURS), "", Some(path));
    }
}

/// The current entry becomes `path`, without a new one for Back.
pub fn replace(path: &str) {
    if let Some(history) = history() {
        let _ = history.replace_state_with_url(&JsValue::from_str(OURS), "", Some(path));
    }
}

/// Names the page for the tab list and the history menu ("Doelen · Regie").
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}
