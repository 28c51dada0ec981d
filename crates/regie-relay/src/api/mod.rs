//! The API under `/api`: shares and transfers side by side, on the plumbing in this module
//! (extractors, guards, streamed bodies), each of them knowing nothing of the other. Every
//! path comes from `regie_core::api::paths`, which the app uses too.

mod extract;
mod guard;
mod reading;
mod requests;
mod shares;
mod transfers;
mod upload;

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::Response;
use axum::Router;
use regie_core::api::paths;
use tower_http::set_header::SetResponseHeaderLayer;

pub use extract::client_addr;
pub(crate) use guard::request_timeout;
pub use guard::Kind;
pub use reading::Readers;

use crate::error::Failure;
use crate::AppState;

/// Every API route, with its guards: the request timeout (uploads have their own), a rate
/// limit per kind of request, and for requests that change something, the cross-site check.
pub(crate) fn router(state: &AppState) -> Router<AppState> {
    let timed = shares::routes(state)
        .merge(transfers::routes(state))
        .merge(requests::routes(state))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::request_timeout,
        ));
    timed
        .merge(shares::upload_routes(state).merge(transfers::upload_routes(state)))
        // Anything else under /api is an unknown share, never the app's page.
        .route(
            &format!("{}/{{*rest}}", paths::API),
            axum::routing::any(|| async { Failure::Gone }),
        )
        .layer(middleware::from_fn(guard::same_origin))
        // Shares and their logs must never sit in a browser or proxy cache.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// The answer to a holder who ends what they made (a share revoked, a transfer cancelled):
/// done, or gone, which never says whether the id or the token was wrong.
pub(crate) fn ended(done: bool) -> Result<StatusCode, Failure> {
    if done {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Failure::Gone)
    }
}

/// Ciphertext as a download that no browser will render or hand to another site.
pub(crate) fn ciphertext(content: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(content));
    ciphertext_headers(response.headers_mut());
    response
}

/// The headers of every answer that is ciphertext.
pub(crate) fn ciphertext_headers(headers: &mut HeaderMap) {
    for (name, value) in [
        (header::CONTENT_TYPE, "application/octet-stream"),
        (header::CONTENT_DISPOSITION, "attachment"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
}
