//! The transfer routes: a dossier moving to a new phone. The relay holds the sealed package
//! for at most ten minutes, releases it once to whoever types the right code, and forgets
//! it after too many wrong codes. Unknown, received, cancelled, expired and void transfers
//! all get the same 404.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use regie_core::api::{paths, AgeShape, REVOKE_TOKEN_BYTES, SHARE_ID_BYTES};
use regie_core::transfer::{
    code_from_random, ReceiveTransfer, TransferCreated, WrongCode, MAX_CODE_TRIES,
};

use super::extract::{Bearer, Client, Id};
use super::guard::{limited, Kind};
use super::upload::Upload;
use super::{ciphertext, ended};
use crate::error::Failure;
use crate::secrets::{code_hash, random_bytes, random_token, token_hash, CodeSalt};
use crate::store::{NewTransfer, Release};
use crate::AppState;

pub(super) fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route(
            paths::TRANSFER_RECEIVE,
            limited(state, post(receive), Kind::Open),
        )
        .route(
            paths::TRANSFER_CANCEL,
            limited(state, post(cancel), Kind::Manage),
        )
}

pub(super) fn upload_routes(state: &AppState) -> Router<AppState> {
    Router::new().route(paths::TRANSFERS, limited(state, post(create), Kind::Create))
}

fn new_code() -> Result<String, Failure> {
    loop {
        if let Some(code) = code_from_random(u32::from_le_bytes(random_bytes::<4>()?)) {
            return Ok(code);
        }
    }
}

/// A transfer package lives ten minutes and is taken in one piece; it is held to the same
/// upload slots, size, rate and daily quota as a share.
async fn create(
    State(state): State<AppState>,
    Client(client): Client,
    request: Request,
) -> Result<(StatusCode, Json<TransferCreated>), Failure> {
    let (parts, body) = request.into_parts();
    let mut upload = Upload::start(&state, client, &parts.headers, body).await?;
    // Checked as it arrives, so a body that is no age file is refused at its first bad bytes.
    let not_age = |_| Failure::Invalid("the body is not an age file".into());
    let mut shape = AgeShape::default();
    let mut body = Vec::with_capacity(upload.len as usize);
    while let Some(bytes) = upload.next().await? {
        shape.feed(&bytes).map_err(not_age)?;
        body.extend_from_slice(&bytes);
    }
    shape.finish().map_err(not_age)?;
    let id = random_token::<SHARE_ID_BYTES>()?;
    let cancel_token = random_token::<REVOKE_TOKEN_BYTES>()?;
    let code = new_code()?;
    let code_salt: CodeSalt = random_bytes()?;
    let now = state.clock.now_ms();
    let lifetime = i64::try_from(state.config.transfer_lifetime.as_millis()).unwrap_or(i64::MAX);
    let expires_at = now.saturating_add(lifetime);
    let transfer = NewTransfer {
        id: id.clone(),
        code_salt,
        code_hash: code_hash(&code_salt, &code),
        cancel_hash: token_hash(&cancel_token),
        created_at: now,
        expires_at,
        tries: MAX_CODE_TRIES,
        content: body,
    };
    state.store.create_transfer(transfer).await?;
    Ok((
        StatusCode::CREATED,
        Json(TransferCreated {
            id,
            code,
            cancel_token,
            expires_at,
        }),
    ))
}

async fn receive(
    State(state): State<AppState>,
    Id(id): Id,
    body: Result<Json<ReceiveTransfer>, JsonRejection>,
) -> Result<Response, Failure> {
    let Json(ReceiveTransfer { code }) =
        body.map_err(|rejection| Failure::Invalid(rejection.body_text()))?;
    let now = state.clock.now_ms();
    match state.store.receive_transfer(&id, &code, now).await? {
        Release::Content(content) => Ok(ciphertext(content)),
        Release::WrongCode { tries_left } => {
            Ok((StatusCode::FORBIDDEN, Json(WrongCode::new(tries_left))).into_response())
        }
        Release::Gone => Err(Failure::Gone),
    }
}

async fn cancel(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(token): Bearer,
) -> Result<StatusCode, Failure> {
    let now = state.clock.now_ms();
    ended(state.store.cancel_transfer(&id, &token, now).await?)
}
