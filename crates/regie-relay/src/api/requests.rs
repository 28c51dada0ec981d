//! The request routes: a professional asks for a share ("vraag"), the client answers. The
//! relay keeps the request's body (a public key and who asks what, never dossier text) and
//! the answer (a refusal, or the share's link sealed to that key) for at most ten minutes;
//! it checks both are what they claim to be, and hands the answer once, to the holder of
//! the request's secret. A request counts no opening of anything. Unknown, answered,
//! expired ids and wrong secrets all get the same 404.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use regie_core::api::{paths, REVOKE_TOKEN_BYTES, SHARE_ID_BYTES};
use regie_core::request::{
    answer_is_well_formed, RequestAnswer, RequestCreated, RequestState, ShareRequest,
    MAX_ANSWER_BYTES, MAX_REQUEST_BYTES, REQUEST_LIFETIME_MS,
};

use super::extract::{Bearer, Id};
use super::guard::{limited, Kind};
use super::{ciphertext, ended};
use crate::error::Failure;
use crate::secrets::{random_token, token_hash};
use crate::store::{NewRequest, Pending};
use crate::AppState;

/// An answer's JSON around its sealed link.
const ANSWER_BODY_BYTES: usize = MAX_ANSWER_BYTES + 64;

pub(super) fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route(
            paths::REQUESTS,
            limited(state, post(create), Kind::Create)
                .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES)),
        )
        .route(paths::REQUEST, limited(state, get(read), Kind::Open))
        .route(
            paths::REQUEST_ANSWER,
            limited(state, post(answer), Kind::Create)
                .layer(DefaultBodyLimit::max(ANSWER_BODY_BYTES)),
        )
        .route(
            paths::REQUEST_STATE,
            limited(state, get(poll), Kind::Manage),
        )
}

/// A body within its cap, or the failure that says why not.
fn body_of(body: Result<Bytes, BytesRejection>) -> Result<Bytes, Failure> {
    body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Failure::TooLarge,
        _ => Failure::Invalid(rejection.body_text()),
    })
}

async fn create(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<RequestCreated>), Failure> {
    let body = body_of(body)?;
    ShareRequest::from_body(&body).map_err(|err| Failure::Invalid(err.to_string()))?;
    let id = random_token::<SHARE_ID_BYTES>()?;
    let secret = random_token::<REVOKE_TOKEN_BYTES>()?;
    let now = state.clock.now_ms();
    let expires_at = now.saturating_add(REQUEST_LIFETIME_MS);
    let request = NewRequest {
        id: id.clone(),
        secret_hash: token_hash(&secret),
        created_at: now,
        expires_at,
        body: body.to_vec(),
    };
    if !state
        .store
        .create_request(request, state.config.max_requests, now)
        .await?
    {
        return Err(Failure::Busy);
    }
    Ok((
        StatusCode::CREATED,
        Json(RequestCreated {
            id,
            secret,
            expires_at,
        }),
    ))
}

/// The body exactly as posted, for the client's app to hold to the link's fingerprint.
async fn read(State(state): State<AppState>, Id(id): Id) -> Result<Response, Failure> {
    let now = state.clock.now_ms();
    match state.store.request_body(&id, now).await? {
        Some(body) => Ok(ciphertext(body)),
        None => Err(Failure::Gone),
    }
}

async fn answer(
    State(state): State<AppState>,
    Id(id): Id,
    body: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, Failure> {
    let body = body_of(body)?;
    let answer: RequestAnswer = serde_json::from_slice(&body)
        .map_err(|_| Failure::Invalid("not an answer to a request".into()))?;
    if !answer_is_well_formed(&answer) {
        return Err(Failure::Invalid(
            "an approval carries one small age file".into(),
        ));
    }
    let kept = match answer {
        RequestAnswer::Approved(sealed) => RequestState::Approved(sealed),
        RequestAnswer::Refused => RequestState::Refused,
    };
    let kept = serde_json::to_vec(&kept).map_err(|_| Failure::Internal)?;
    let now = state.clock.now_ms();
    ended(state.store.answer_request(&id, kept, now).await?)
}

/// Waiting, or the answer, handed out once.
async fn poll(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(secret): Bearer,
) -> Result<Response, Failure> {
    let now = state.clock.now_ms();
    let answer = match state.store.take_request_answer(&id, &secret, now).await? {
        None => return Err(Failure::Gone),
        Some(Pending::Waiting) => serde_json::to_vec(&RequestState::Waiting),
        Some(Pending::Answered(kept)) => Ok(kept),
    }
    .map_err(|_| Failure::Internal)?;
    Response::builder()
        .header("content-type", "application/json")
        .body(axum::body::Body::from(answer))
        .map_err(|_| Failure::Internal)
}
