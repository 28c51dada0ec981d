//! Is the share the relay holds the one the client signed? The viewer asks before it shows
//! anything: anyone who once opened a share holds its preview and content and could upload
//! them again, under another id, with a longer end, without a limit or without a code. The
//! signed terms ([`ShareTerms`]) name the id and those settings, and the relay's status
//! answer ([`ShareStatus`]) says what it holds; they must agree.
//!
//! The relay counts a share's start and end from its own clock at upload; the app signs them
//! from the phone's. The two may differ by the phone's clock error plus the time between
//! signing and the upload's head reaching the relay, so start and end are compared within
//! [`CLOCK_TOLERANCE_MS`]. Whatever the relay says, the viewer wipes a share at its signed
//! end (`expires`) or at the relay's, whichever comes first: also a share signed before the
//! terms were (which is otherwise taken as it is, see [`super::UNBOUND_PREVIEW_VERSION`]).

use super::VerifiedPreview;
use crate::api::ShareStatus;
use crate::model::Timestamp;

/// How far the relay's start and end may lie from the signed ones: a phone clock up to ten
/// minutes off still shares. An end earlier than the signed one is always fine.
pub const CLOCK_TOLERANCE_MS: i64 = 10 * 60_000;

/// Which of the relay's settings differs from what the client signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unbound {
    #[error("the link's share id is not the one the client signed")]
    Id,
    #[error("the share starts at another time than the client signed")]
    Start,
    #[error("the share's open limit is not the one the client signed")]
    OpenLimit,
    #[error("the share's spoken code is not as the client signed")]
    Code,
    #[error("the share ends later than the client signed")]
    End,
}

/// Checks the relay's settings for the share behind `link_id` against the signed ones, and
/// gives the moment the viewer wipes it: the earlier of the signed and the relay's end.
pub fn check_bound(
    signed: &VerifiedPreview,
    link_id: &str,
    relay: &ShareStatus,
) -> Result<Timestamp, Unbound> {
    if let Some(terms) = &signed.terms {
        if terms.id != link_id {
            return Err(Unbound::Id);
        }
        if terms.code != relay.code_needed {
            return Err(Unbound::Code);
        }
        if terms.max_opens != relay.max_opens {
            return Err(Unbound::OpenLimit);
        }
        let start_agrees = match (terms.starts, relay.starts_at) {
            (None, None) => true,
            (Some(signed), Some(relay)) => near(signed.0, relay),
            _ => false,
        };
        if !start_agrees {
            return Err(Unbound::Start);
        }
        if relay.expires_at > signed.expires.0.saturating_add(CLOCK_TOLERANCE_MS) {
            return Err(Unbound::End);
        }
    }
    Ok(wipe_at(signed, relay.expires_at))
}

/// When a viewer wipes a share whose relay said it ends at `relay_end`: never later than
/// the signed end.
pub fn wipe_at(signed: &VerifiedPreview, relay_end: i64) -> Timestamp {
    Timestamp(relay_end.min(signed.expires.0))
}

fn near(a: i64, b: i64) -> bool {
    a.abs_diff(b) <= CLOCK_TOLERANCE_MS as u64
}

#[cfg(test)]
#[path = "bound_tests.rs"]
mod tests;
