//! The words for what the relay says about a share.

use crate::catalogue::Text;

use super::ShareState;

impl ShareState {
    /// What the relay says about a share, in the client's list.
    pub fn text(self) -> Text {
        match self {
            ShareState::Active => Text::ShareStatusActive,
            ShareState::Expired => Text::ShareStatusExpired,
            ShareState::Revoked => Text::ShareStatusRevoked,
            ShareState::Exhausted => Text::ShareStatusExhausted,
            ShareState::Blocked => Text::ShareStatusBlocked,
        }
    }
}
