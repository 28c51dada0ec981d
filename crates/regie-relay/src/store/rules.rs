//! The rules every backend applies alike.

use regie_core::api::{ShareState, MAX_LOGGED_OPENS};

use super::{DailyCharge, LOG_RETENTION_MS};

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

/// Whether the `opens`-th opening (counted from one) goes into the access log. Only the
/// first `MAX_LOGGED_OPENS` do, so a share opened without end cannot grow its log without end.
pub(crate) fn is_logged(opens: u64) -> bool {
    opens <= MAX_LOGGED_OPENS as u64
}

/// Whether a client that uploaded `used` bytes today may upload `bytes` more under `limit`.
/// A backend that adds in the database asks first with `used` zero, so one upload over the
/// whole limit never reaches it.
pub(crate) fn fits_daily_limit(used: u64, bytes: u64, limit: u64) -> bool {
    used.checked_add(bytes).is_some_and(|total| total <= limit)
}

impl DailyCharge {
    /// Whether this charge fits on top of `used` bytes already charged that day.
    pub(crate) fn fits(&self, used: u64) -> bool {
        fits_daily_limit(used, self.bytes, self.limit)
    }
}

/// Rows past this point are treated as already purged.
pub(crate) fn is_past_retention(expires_at: i64, now: i64) -> bool {
    now >= expires_at.saturating_add(LOG_RETENTION_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_keeps_the_first_opens_only() {
        let cap = MAX_LOGGED_OPENS as u64;
        assert!(is_logged(1));
        assert!(is_logged(cap));
        assert!(!is_logged(cap + 1));
    }

    #[test]
    fn the_daily_limit_is_reached_not_passed() {
        assert!(fits_daily_limit(0, 10, 10));
        assert!(fits_daily_limit(4, 6, 10));
        assert!(!fits_daily_limit(4, 7, 10));
        assert!(!fits_daily_limit(0, 11, 10));
        assert!(!fits_daily_limit(u64::MAX, 1, u64::MAX));
    }
}
