//! A viewer that stays for the appointment: after the first opening, the tab keeps the link,
//! the viewer token and the signed preview in its `sessionStorage`, so a reload or a tab the
//! phone restored shows the share again (through `POST …/view`, not counted as an opening)
//! without the key in the address bar. `sessionStorage` belongs to this tab alone and ends
//! with it; the viewer clears it as soon as the share ends.
//!
//! Beside it the tab keeps what its screen needs after a reload and nothing more: the kind
//! and moment of each reply it sent (for the share's id), and, once the share ended, only
//! why ([`regie_core::viewer_tab`]). None of it is sent to the relay.

use regie_core::viewer_tab::{self, Ended, SentReply};
use serde::{Deserialize, Serialize};

const KEY: &str = "regie.view";
const SENT: &str = "regie.view.sent";
const ENDED: &str = "regie.view.ended";

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

/// Forgets the opened share (its link, token and preview): another one was opened in this
/// tab. The list of sent replies is kept for its own share only, so it may stay.
pub fn forget_view() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// Forgets everything of the share this tab showed: another link was pasted into it.
pub fn clear() {
    if let Some(storage) = storage() {
        for key in [KEY, SENT, ENDED] {
            let _ = storage.remove_item(key);
        }
    }
}

/// The share ended: its key, token and replies are forgotten, and only why is kept, so that
/// a reload says so.
pub fn end(why: Ended) {
    clear();
    if let Some(storage) = storage() {
        let _ = storage.set_item(ENDED, why.key());
    }
}

/// Why the share this tab showed last has ended, if it did.
pub fn ended() -> Option<Ended> {
    Ended::from_key(&storage()?.get_item(ENDED).ok()??)
}

/// A new link came in: what the tab said about an earlier share no longer applies.
pub fn forget_ended() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(ENDED);
    }
}

/// The replies this tab sent through `share`, oldest first.
pub fn sent_replies(share: &str) -> Vec<SentReply> {
    let kept = storage().and_then(|s| s.get_item(SENT).ok().flatten());
    viewer_tab::sent_replies(kept.as_deref(), share)
}

/// Keeps that `reply` went out through `share`.
pub fn record_sent(share: &str, reply: SentReply) {
    let Some(storage) = storage() else {
        return;
    };
    let kept = storage.get_item(SENT).ok().flatten();
    let _ = storage.set_item(
        SENT,
        &viewer_tab::record_sent(kept.as_deref(), share, reply),
    );
}

/// Where the viewer keeps who the professional said they are, for this tab: the request page
/// writes it there too, before it opens the viewer (`{"name":…,"org":…,"role":…}`).
const WHO: &str = "regie.view.who";

/// Who the professional said they are in this tab; empty when nothing was typed.
pub fn who() -> regie_core::share::activity::Who {
    storage()
        .and_then(|s| s.get_item(WHO).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Remembers who the professional said they are, for this tab only.
pub fn save_who(who: &regie_core::share::activity::Who) {
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(who)) {
        let _ = storage.set_item(WHO, &json);
    }
}
