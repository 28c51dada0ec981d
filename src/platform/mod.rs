//! The only place that touches the browser: storage, the relay, files, tabs, the address
//! bar, timers, the clock, the app's worker, the app's parts, the print dialog, the language
//! list.

pub mod backup_jobs;
pub mod backup_stream;
pub mod blobs;
pub mod broadcast;
pub mod camera;
pub mod card_image;
pub mod clock;
pub mod ed25519;
pub mod fields;
pub mod files;
pub mod focus;
pub mod history;
pub mod kdf;
pub mod lang_file;
pub mod location;
pub mod parts;
pub mod print;
pub mod pwa;
pub mod relay;
pub mod share_sheet;
pub mod speech;
pub mod storage;
pub mod timers;
pub mod view_session;
pub mod worker;
pub mod worker_serve;

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
