//! A viewer that stays for the appointment: after the first opening, the tab keeps the link,
//! the viewer token and the signed preview in its `sessionStorage`, so a reload or a tab the
//! phone restored shows the share again (through `POST …/view`, not counted as an opening)
//! without the key in the address bar. `sessionStorage` belongs to this tab alone and ends
//! with it; the viewer clears it as soon as the share ends.

use serde::{Deserialize, Serialize};

const KEY: &str = "regie.view";

/// What the tab keeps of an opened share.
#[derive(Serialize, Deserialize)]
pub struct StoredView {
    /// The link's fragment, with the share's key.
    pub link: String,
    pub token: String,
    /// As the relay said, in milliseconds since the Unix epoch.
    pub expires_at: i64,
    /// The signed preview, checked again on every resume.
    pub envelope: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Keeps an opened share for this tab. A browser that keeps nothing simply will not resume.
pub fn save(view: &StoredView) {
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(view)) {
        let _ = storage.set_item(KEY, &json);
    }
}

/// The share this tab opened, if any.
pub fn load() -> Option<StoredView> {
    let json = storage()?.get_item(KEY).ok()??;
    serde_json::from_str(&json).ok()
}

/// Whether this tab opened a share before: the first part asks, the second resumes it.
pub fn present() -> bool {
    storage().is_some_and(|s| s.get_item(KEY).ok().flatten().is_some())
}

/// Forgets the share: it ended, or another link was opened in this tab.
pub fn clear() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
