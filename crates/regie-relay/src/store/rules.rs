//! The rules every backend applies alike.

use regie_core::api::ShareState;

use super::LOG_RETENTION_MS;

/// The one rule for a share's state. Revocation wins over expiry (the client acted), expiry
/// over exhaustion (the share is over either way).
pub(crate) fn state_of(
    revoked: bool,
    expires_at: i64,
    max_opens: Option<u32>,
    opens: u64,
    now: i64,
) -> ShareState {
    if revoked {
        ShareState::Revoked
    } else if now >= expires_at {
        ShareState::Expired
    } else if max_opens.is_some_and(|max| opens >= u64::from(max)) {
        ShareState::Exhausted
    } else {
        ShareState::Active
    }
}

/// Rows past this point are treated as already purged.
pub(crate) fn is_past_retention(expires_at: i64, now: i64) -> bool {
    now >= expires_at.saturating_add(LOG_RETENTION_MS)
}
