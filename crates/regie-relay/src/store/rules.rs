//! The rules every backend applies alike.

use regie_core::api::{
    ShareState, MAX_ACTIVITY_PER_SHARE, MAX_LOGGED_OPENS, MAX_LOGGED_WRONG_CODES,
    MAX_REPLIES_PER_SHARE, SHARE_CODE_TRIES,
};
use subtle::ConstantTimeEq as _;

use super::{CodeSalt, DailyCharge, Posting, LOG_RETENTION_MS};
use crate::secrets::share_code_hash;

/// The one rule for a share's state. Blocking wins over revocation (it is what ended the
/// share, and the client's list says so), revocation over expiry (the client acted),
/// expiry over exhaustion (the share is over either way).
pub(crate) fn state_of(
    blocked: bool,
    revoked: bool,
    expires_at: i64,
    max_opens: Option<u32>,
    opens: u64,
    now: i64,
) -> ShareState {
    if blocked {
        ShareState::Blocked
    } else if revoked {
        ShareState::Revoked
    } else if now >= expires_at {
        ShareState::Expired
    } else if max_opens.is_some_and(|max| opens >= u64::from(max)) {
        ShareState::Exhausted
    } else {
        ShareState::Active
    }
}

/// A share's spoken code as a backend reads it back: salt, hash and the wrong codes it
/// still takes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StoredCode<'a> {
    pub salt: &'a [u8],
    pub hash: &'a [u8],
    pub tries_left: u32,
}

/// What an opening of a share in `state` comes to, before the backend writes it down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gate {
    Open,
    CodeNeeded {
        tries_left: u32,
    },
    /// The try is used; at zero the backend blocks the share.
    Wrong {
        tries_left: u32,
    },
    NotYet {
        starts_at: i64,
    },
    Gone,
}

/// The one rule for an opening: only an active share opens; before its start nothing is
/// counted and no code tried (so guessing cannot start early); then the code, compared in
/// constant time.
pub(crate) fn gate(
    state: ShareState,
    starts_at: Option<i64>,
    code: Option<StoredCode<'_>>,
    typed: Option<&str>,
    now: i64,
) -> Gate {
    if state != ShareState::Active {
        return Gate::Gone;
    }
    if let Some(starts_at) = starts_at.filter(|at| now < *at) {
        return Gate::NotYet { starts_at };
    }
    let Some(code) = code else {
        return Gate::Open;
    };
    if code.tries_left == 0 {
        return Gate::Gone;
    }
    let Some(typed) = typed else {
        return Gate::CodeNeeded {
            tries_left: code.tries_left,
        };
    };
    let Ok(salt) = CodeSalt::try_from(code.salt) else {
        return Gate::Gone;
    };
    if bool::from(share_code_hash(&salt, typed).ct_eq(code.hash)) {
        Gate::Open
    } else {
        Gate::Wrong {
            tries_left: code.tries_left - 1,
        }
    }
}

/// Whether a share in `state` still hands its content to viewer tokens and takes replies:
/// until it expires or is stopped, used up or not.
pub(crate) fn is_viewable(state: ShareState) -> bool {
    matches!(state, ShareState::Active | ShareState::Exhausted)
}

/// The one rule for a reply, in this order: the share stands and the viewer token fits
/// (else gone), replies are on, and there is room for one more.
pub(crate) fn reply_gate(
    state: ShareState,
    viewer_fits: bool,
    replies_on: bool,
    held: usize,
) -> Option<Posting> {
    if !is_viewable(state) || !viewer_fits {
        Some(Posting::Gone)
    } else if !replies_on {
        Some(Posting::RepliesOff)
    } else if held >= MAX_REPLIES_PER_SHARE {
        Some(Posting::TooMany)
    } else {
        None
    }
}

/// Whether an event for a share's activity log is taken: from the holder of a viewer token,
/// while the share can be viewed (used up is fine), up to [`MAX_ACTIVITY_PER_SHARE`].
pub(crate) fn activity_gate(state: ShareState, viewer_fits: bool, held: usize) -> Option<Posting> {
    if !is_viewable(state) || !viewer_fits {
        Some(Posting::Gone)
    } else if held >= MAX_ACTIVITY_PER_SHARE {
        Some(Posting::TooMany)
    } else {
        None
    }
}

/// Whether the `opens`-th opening (counted from one) goes into the access log. Only the
/// first `MAX_LOGGED_OPENS` do, so a share opened without end cannot grow its log without end.
pub(crate) fn is_logged(opens: u64) -> bool {
    opens <= MAX_LOGGED_OPENS as u64
}

/// The number (from one) under which the wrong code that left `tries_left` goes into the
/// access log, or `None` past [`MAX_LOGGED_WRONG_CODES`]. A share takes at most
/// [`SHARE_CODE_TRIES`] wrong codes, so each is logged once, by its number; nothing of the
/// code itself is.
pub(crate) fn wrong_code_number(tries_left: u32) -> Option<u32> {
    let number = SHARE_CODE_TRIES.checked_sub(tries_left)?;
    (1..=MAX_LOGGED_WRONG_CODES as u32)
        .contains(&number)
        .then_some(number)
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
    fn an_opening_passes_the_start_then_the_code() {
        let salt = [9u8; 16];
        let hash = share_code_hash(&salt, "4821");
        let code = |tries_left| {
            Some(StoredCode {
                salt: &salt,
                hash: &hash,
                tries_left,
            })
        };
        let active = ShareState::Active;
        assert_eq!(gate(active, None, None, None, 0), Gate::Open);
        assert_eq!(gate(active, None, None, Some("1"), 0), Gate::Open);
        assert_eq!(
            gate(active, Some(10), code(5), Some("4821"), 9),
            Gate::NotYet { starts_at: 10 }
        );
        assert_eq!(
            gate(active, Some(10), code(5), Some("4821"), 10),
            Gate::Open
        );
        assert_eq!(
            gate(active, None, code(5), None, 0),
            Gate::CodeNeeded { tries_left: 5 }
        );
        assert_eq!(
            gate(active, None, code(5), Some("4822"), 0),
            Gate::Wrong { tries_left: 4 }
        );
        assert_eq!(
            gate(active, None, code(1), Some("0000"), 0),
            Gate::Wrong { tries_left: 0 }
        );
        assert_eq!(gate(active, None, code(0), Some("4821"), 0), Gate::Gone);
        for state in [
            ShareState::Blocked,
            ShareState::Revoked,
            ShareState::Expired,
            ShareState::Exhausted,
        ] {
            assert_eq!(gate(state, None, code(5), Some("4821"), 0), Gate::Gone);
        }
        let bad_salt = Some(StoredCode {
            salt: &[1],
            hash: &hash,
            tries_left: 5,
        });
        assert_eq!(gate(active, None, bad_salt, Some("4821"), 0), Gate::Gone);
    }

    #[test]
    fn blocking_says_more_than_revoking() {
        assert_eq!(state_of(true, true, 10, None, 0, 0), ShareState::Blocked);
        assert_eq!(state_of(false, true, 10, None, 0, 0), ShareState::Revoked);
        assert_eq!(
            state_of(false, false, 10, Some(1), 1, 0),
            ShareState::Exhausted
        );
        assert_eq!(
            state_of(false, false, 10, Some(1), 1, 10),
            ShareState::Expired
        );
    }

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
