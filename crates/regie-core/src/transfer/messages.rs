//! The JSON bodies of the transfer routes.

use serde::{Deserialize, Serialize};

use crate::api::ErrorCode;

/// 201 answer to `POST /api/transfers`. The code and the cancel token are shown once: the
/// relay keeps only hashes of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferCreated {
    pub id: String,
    /// Six digits, to be shown on the old phone and typed on the new one.
    pub code: String,
    pub cancel_token: String,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
}

/// `POST /api/transfers/{id}/receive`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiveTransfer {
    pub code: String,
}

/// 403 answer to a wrong code: an [`crate::api::ApiError`] with `error: "wrong_code"` and
/// the number of tries left. At zero the transfer is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongCode {
    pub error: ErrorCode,
    pub tries_left: u32,
}

impl WrongCode {
    pub fn new(tries_left: u32) -> WrongCode {
        WrongCode {
            error: ErrorCode::WrongCode,
            tries_left,
        }
    }
}
