//! The JSON bodies of the share routes: what the relay answers and what it is sent.

use serde::{Deserialize, Serialize};

use super::*;

/// 201 answer to `POST /api/shares`. The revoke token is shown once: the relay keeps only
/// its SHA-256, so the app must store it with the share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareCreated {
    pub id: String,
    pub revoke_token: String,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
}

/// `GET /api/shares/{id}`: the share is still there. Asking does not count as an opening,
/// so link-preview bots may ask freely.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareStatus {
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
    /// Standard base64 of the preview age file.
    pub preview: String,
    /// The share opens only with its spoken code ([`OpenShare::code`]).
    #[serde(default, skip_serializing_if = "is_false")]
    pub code_needed: bool,
    /// Wrong codes it still takes, for a share with a code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// A share for later: it opens from this moment (milliseconds since the Unix epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<i64>,
    /// How often it may be opened in all; absent: no limit. With the start, the end and
    /// `code_needed`, what the viewer compares with the client's signed terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_opens: Option<u32>,
    /// Its openings are used up, but it still stands: a viewer that opened it keeps it
    /// until it expires or is stopped. A stopped, expired, blocked or unknown share is a 404.
    #[serde(default, skip_serializing_if = "is_false")]
    pub used_up: bool,
}
/// The body of `POST /api/shares/{id}/open`, for a share with a spoken code. A share
/// without one may be opened with no body at all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenShare {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// 403 to an opening with a wrong or missing code: `wrong_code` with the tries left (at
/// zero the share is gone for good), or `code_needed` when no code came (no try is used).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRefused {
    pub error: ErrorCode,
    #[serde(default)]
    pub tries_left: u32,
}

/// 403 to an opening before the share's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotYet {
    pub error: ErrorCode,
    /// Milliseconds since the Unix epoch.
    pub starts_at: i64,
}

/// 201 answer to `POST /api/shares/{id}/replies`: the relay's id of the reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyPosted {
    pub id: String,
}

/// One reply as the relay holds it: ciphertext the client alone can open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredReply {
    pub id: String,
    /// Milliseconds since the Unix epoch, by the relay's clock.
    pub received_at: i64,
    /// Standard base64 of the reply's age file.
    pub ciphertext: String,
}

/// `GET /api/shares/{id}/replies`, for the client who holds the revoke token: the replies
/// not yet deleted, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyList {
    pub replies: Vec<StoredReply>,
}

/// One event of a share's activity log as the relay holds it: ciphertext that only the
/// client can open (see [`crate::share::activity`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredActivity {
    /// Milliseconds since the Unix epoch, by the relay's clock.
    pub received_at: i64,
    /// Standard base64 of the event's age file.
    pub ciphertext: String,
}

/// `GET /api/shares/{id}/activity`, for the client who holds the revoke token: the events
/// the viewers sent, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityList {
    pub events: Vec<StoredActivity>,
}

/// Where a share is in its life, as the client sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShareState {
    Active,
    Expired,
    /// Revoked by the client, or taken down by the relay's operator.
    Revoked,
    /// Its open limit is used up; it expires later but will not be opened again.
    Exhausted,
    /// Ended for good after [`SHARE_CODE_TRIES`] wrong spoken codes.
    Blocked,
}

/// `GET /api/shares/{id}/log`, for the client who holds the revoke token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareLog {
    pub status: ShareState,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
    pub max_opens: Option<u32>,
    /// The time of each opening, oldest first, in milliseconds since the Unix epoch; at most
    /// [`MAX_LOGGED_OPENS`].
    pub opens: Vec<i64>,
    /// A share for later: when it starts, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<i64>,
    /// The time of each wrong spoken code, oldest first, in milliseconds since the Unix
    /// epoch; at most [`MAX_LOGGED_WRONG_CODES`]. Nothing of the code tried is kept. An older
    /// relay sends none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong_codes: Vec<i64>,
}
