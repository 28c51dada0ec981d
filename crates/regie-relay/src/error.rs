//! Every way an API request can fail, and the one place that turns each into an answer.

use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use regie_core::api::{ApiError, ErrorCode};

use crate::secrets::NoRandomness;
use crate::store::StoreError;

#[derive(Debug)]
pub enum Failure {
    /// Unknown, expired, revoked, used up, malformed id or wrong token: one answer for all,
    /// so nobody learns whether a share ever existed.
    Gone,
    Invalid(String),
    /// An upload without a `Content-Length`: its size must be known before it is accepted.
    LengthRequired,
    TooLarge,
    RateLimited(Duration),
    /// The client's address uploaded its day's worth.
    ClientQuotaFull,
    /// The relay holds all the ciphertext its operator allows.
    QuotaFull,
    CrossSite,
    Busy,
    TimedOut,
    Internal,
    /// 403: the client did not allow replies to this share.
    RepliesOff,
    /// 409: the share holds as many replies as it may.
    TooManyReplies,
    /// 409: an upload named a share id that is (or was) in use.
    IdTaken,
    /// 409: the share's activity log holds as many events as it may.
    LogFull,
}

impl Failure {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            Failure::Gone => (StatusCode::NOT_FOUND, ErrorCode::Gone),
            Failure::Invalid(_) => (StatusCode::BAD_REQUEST, ErrorCode::Invalid),
            Failure::LengthRequired => (StatusCode::LENGTH_REQUIRED, ErrorCode::Invalid),
            Failure::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::TooLarge),
            Failure::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited),
            Failure::ClientQuotaFull => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::ClientQuotaFull),
            Failure::QuotaFull => (StatusCode::INSUFFICIENT_STORAGE, ErrorCode::QuotaFull),
            Failure::CrossSite => (StatusCode::FORBIDDEN, ErrorCode::CrossSite),
            Failure::Busy => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Busy),
            Failure::TimedOut => (StatusCode::REQUEST_TIMEOUT, ErrorCode::TimedOut),
            Failure::Internal => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
            Failure::RepliesOff => (StatusCode::FORBIDDEN, ErrorCode::RepliesOff),
            Failure::TooManyReplies => (StatusCode::CONFLICT, ErrorCode::TooManyReplies),
            Failure::IdTaken => (StatusCode::CONFLICT, ErrorCode::IdTaken),
            Failure::LogFull => (StatusCode::CONFLICT, ErrorCode::LogFull),
        }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let retry_after = match &self {
            Failure::RateLimited(wait) => Some(wait.as_secs() + u64::from(wait.subsec_nanos() > 0)),
            Failure::Busy => Some(1),
            _ => None,
        };
        let body = match self {
            Failure::Invalid(detail) => ApiError::with_detail(code, detail),
            _ => ApiError::new(code),
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        if matches!(status, StatusCode::REQUEST_TIMEOUT) {
            // The rest of a cut-off body is not worth reading.
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

impl From<StoreError> for Failure {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::QuotaFull => Failure::QuotaFull,
            StoreError::Busy => Failure::Busy,
            other => {
                tracing::error!(error = %other, "share store failed");
                Failure::Internal
            }
        }
    }
}

impl From<NoRandomness> for Failure {
    fn from(err: NoRandomness) -> Self {
        tracing::error!(error = %err, "cannot make a secret");
        Failure::Internal
    }
}
