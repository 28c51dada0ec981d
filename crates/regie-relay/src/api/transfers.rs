//! The transfer routes: a dossier moving to a new phone. The relay holds the sealed package
//! (counted against its quota like a share) for at most ten minutes, releases it once to whoever types the right code, and forgets
//! it after too many wrong codes. Unknown, received, cancelled, expired and void transfers
//! all get the same 404.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use regie_core::api::{paths, REVOKE_TOKEN_BYTES, SHARE_ID_BYTES};
use regie_core::transfer::{
    code_from_random, ReceiveTransfer, TransferCreated, WrongCode, MAX_CODE_TRIES,
};

use super::extract::{Bearer, Client, Id};
use super::guard::{limited, Kind};
use super::upload::{ChunksOf, Upload};
use super::{ciphertext, ended};
use crate::error::Failure;
use crate::secrets::{code_hash, random_bytes, random_token, token_hash, CodeSalt};
use crate::store::{NewTransfer, Release, UPLOAD_GRACE_MS};
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

/// A transfer package lives ten minutes and is received in one piece; it is held to the
/// same upload slots, size, rate, daily allowance and quota as a share, and streamed to the
/// store in chunks as it arrives, checked piece by piece. Nothing is received before the
/// whole of it passed.
async fn create(
    State(state): State<AppState>,
    Client(client): Client,
    request: Request,
) -> Result<(StatusCode, Json<TransferCreated>), Failure> {
    let (parts, body) = request.into_parts();
    let mut upload = Upload::start(&state, client, &parts.headers, body).await?;
    let id = random_token::<SHARE_ID_BYTES>()?;
    let cancel_token = random_token::<REVOKE_TOKEN_BYTES>()?;
    let code = new_code()?;
    let code_salt: CodeSalt = random_bytes()?;
    let now = state.clock.now_ms();
    let transfer = NewTransfer {
        id: id.clone(),
        code_salt,
        code_hash: code_hash(&code_salt, &code),
        cancel_hash: token_hash(&cancel_token),
        created_at: now,
        // Until it is finished: the purge drops an upload abandoned for this long.
        expires_at: now.saturating_add(UPLOAD_GRACE_MS),
        tries: MAX_CODE_TRIES,
        content_bytes: upload.len,
    };
    state
        .store
        .begin_transfer(transfer, state.config.quota_bytes)
        .await?;
    let package = upload
        .store_age_file(&*state.store, ChunksOf::Move(&id), Vec::new())
        .await;
    let stored = match package {
        Ok(()) => {
            // The ten minutes count from the moment the package is all there.
            let lifetime =
                i64::try_from(state.config.transfer_lifetime.as_millis()).unwrap_or(i64::MAX);
            let expires_at = state.clock.now_ms().saturating_add(lifetime);
            match state.store.finish_transfer(&id, expires_at).await? {
                true => Ok(expires_at),
                false => Err(Failure::TimedOut),
            }
        }
        Err(failure) => Err(failure),
    };
    let expires_at = match stored {
        Ok(expires_at) => expires_at,
        Err(failure) => {
            if let Err(err) = state.store.discard_transfer(&id).await {
                tracing::error!(error = %err, "a failed move was not discarded; the purge will");
            }
            return Err(failure);
        }
    };
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
