//! The only place that touches the browser: storage, timers, the clock, the language list.

pub mod blobs;
pub mod clock;
pub mod files;
pub mod focus;
pub mod history;
pub mod http;
pub mod pwa;
pub mod storage;
pub mod timers;

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}
