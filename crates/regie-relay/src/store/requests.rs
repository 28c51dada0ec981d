//! Requests for a share ("vraag"): what the store keeps of one, and the rules every backend
//! follows. The body (the professional's public key, name, organisation, role, purpose,
//! sections and duration) and the answer (a refusal, or the share's link sealed to that
//! key) are opaque bytes here; the routes check them. Nothing of a request outlives its
//! answer being read, or its expiry.

use super::TokenHash;

/// A request as it arrives: `secret_hash` is the SHA-256 of the secret the professional's
/// page asks for the answer with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    pub id: String,
    pub secret_hash: TokenHash,
    pub created_at: i64,
    pub expires_at: i64,
    pub body: Vec<u8>,
}

/// What the professional's page learns when it asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// No answer yet.
    Waiting,
    /// The client's answer; the request is deleted as it is handed out.
    Answered(Vec<u8>),
}

/// An answer given just before the request's end can still be fetched this long after it.
pub const ANSWER_GRACE_MS: i64 = 2 * 60 * 1000;

/// The end of a request answered at `now`: its own end, or a little later.
pub(crate) fn answered_expiry(expires_at: i64, now: i64) -> i64 {
    expires_at.max(now.saturating_add(ANSWER_GRACE_MS))
}
