//! Every way an API request can fail, and the one place that turns each into an answer.

use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use regie_core::api::{ApiError, ErrorCode};

use crate::store::{StoreError, StoreThreadGone};

#[derive(Debug)]
pub enum Failure {
    /// Unknown, expired, revoked, used up, malformed id or wrong token: one answer for all,
    /// so nobody learns whether a share ever existed.
    Gone,
    Invalid(String),
    TooLarge,
    RateLimited(Duration),
    Internal,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::Gone => {
                (StatusCode::NOT_FOUND, Json(ApiError::new(ErrorCode::Gone))).into_response()
            }
            Failure::Invalid(detail) => (
                StatusCode::BAD_REQUEST,
                Json(ApiError::with_detail(ErrorCode::Invalid, detail)),
            )
                .into_response(),
            Failure::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                Json(ApiError::new(ErrorCode::TooLarge)),
            )
                .into_response(),
            Failure::RateLimited(wait) => {
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, HeaderValue::from(secs.max(1)))],
                    Json(ApiError::new(ErrorCode::RateLimited)),
                )
                    .into_response()
            }
            Failure::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(ApiError::new(ErrorCode::Internal)),
            )
                .into_response(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(err: StoreError) -> Self {
        tracing::error!(error = %err, "share store failed");
        Failure::Internal
    }
}

impl From<StoreThreadGone> for Failure {
    fn from(err: StoreThreadGone) -> Self {
        tracing::error!(error = %err, "share store unavailable");
        Failure::Internal
    }
}

impl From<tokio::task::JoinError> for Failure {
    fn from(err: tokio::task::JoinError) -> Self {
        tracing::error!(error = %err, "blocking task failed");
        Failure::Internal
    }
}
