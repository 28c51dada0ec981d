//! Every failure body: a stable code the app maps to a sentence in its catalogue.

use serde::{Deserialize, Serialize};

/// What went wrong, as a stable code the app maps to a sentence in its catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Unknown, expired, revoked, used up, or the token does not fit.
    Gone,
    /// The request is malformed: see `detail`.
    Invalid,
    TooLarge,
    RateLimited,
    Internal,
    /// A transfer's code does not fit (see [`crate::transfer::WrongCode`]).
    WrongCode,
    /// 507: the relay holds as much ciphertext as its operator allows; try later.
    QuotaFull,
    /// 429: this address uploaded as much as one address may today.
    ClientQuotaFull,
    /// 403: a browser marked the request as coming from another site.
    CrossSite,
    /// 503: the relay is handling as many uploads (or store calls) as it can; try later.
    Busy,
    /// 408: the request or its body came in too slowly.
    TimedOut,
    /// 403: the share has a spoken code and the opening brought none ([`CodeRefused`]).
    CodeNeeded,
    /// 403: the share starts later ([`NotYet`]).
    NotYet,
    /// 403: the client did not allow replies to this share.
    RepliesOff,
    /// 409: the share holds [`MAX_REPLIES_PER_SHARE`] replies already.
    TooManyReplies,
    /// 409: an upload named a share id that is (or was) in use.
    IdTaken,
    /// 409: the share's activity log holds [`MAX_ACTIVITY_PER_SHARE`] events already.
    LogFull,
}

/// The body of every failing API answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: ErrorCode,
    /// For developers; the app shows its own sentence for `error`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl ApiError {
    pub fn new(error: ErrorCode) -> Self {
        Self {
            error,
            detail: None,
        }
    }

    pub fn with_detail(error: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            error,
            detail: Some(detail.into()),
        }
    }
}
