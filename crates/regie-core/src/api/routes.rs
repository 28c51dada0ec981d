//! Ids and the paths built from them.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::*;

/// True when `id` has the shape of a share id, so malformed ids never reach storage.
pub fn is_share_id(id: &str) -> bool {
    id.len() == SHARE_ID_LEN
        && URL_SAFE_NO_PAD
            .decode(id)
            .is_ok_and(|b| b.len() == SHARE_ID_BYTES)
}

/// Path of a share's liveness and preview.
pub fn share_path(id: &str) -> String {
    path_for(paths::SHARE, id)
}

/// Path that opens a share (counts as an opening).
pub fn open_path(id: &str) -> String {
    path_for(paths::SHARE_OPEN, id)
}

/// Path that revokes a share (needs the revoke token).
pub fn revoke_path(id: &str) -> String {
    path_for(paths::SHARE_REVOKE, id)
}

/// Path of a share's access log (needs the revoke token).
pub fn log_path(id: &str) -> String {
    path_for(paths::SHARE_LOG, id)
}

/// Path that hands the content again to a viewer token (not counted).
pub fn view_path(id: &str) -> String {
    path_for(paths::SHARE_VIEW, id)
}

/// Path of a share's replies: posted with a viewer token, listed with the revoke token.
pub fn replies_path(id: &str) -> String {
    path_for(paths::SHARE_REPLIES, id)
}

/// Path of a share's activity log: events posted with a viewer token, listed with the
/// revoke token.
pub fn activity_path(id: &str) -> String {
    path_for(paths::SHARE_ACTIVITY, id)
}

/// Path of one reply, deleted with the revoke token once the client decided.
pub fn reply_path(id: &str, reply: &str) -> String {
    path_for(paths::SHARE_REPLY, id).replacen("{reply}", reply, 1)
}

/// True when `id` has the shape of a reply id.
pub fn is_reply_id(id: &str) -> bool {
    is_share_id(id)
}
