//! The transfer API, nested under `/api` beside the shares: a dossier moving to a new phone.
//! The relay holds the sealed package for at most ten minutes, releases it once to whoever
//! types the right code, and forgets it after too many wrong codes. Unknown, received,
//! cancelled, expired and void transfers all get the same 404.

use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, JsonRejection};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use regie_core::api::{is_age_file, REVOKE_TOKEN_BYTES, SHARE_ID_BYTES};
use regie_core::transfer::{
    code_from_random, ReceiveTransfer, TransferCreated, WrongCode, MAX_CODE_TRIES,
};

use crate::error::Failure;
use crate::shares::{random_b64, rate_limit, token_hash, with_store, RevokeToken, ShareId};
use crate::store::{code_hash, CodeSalt, NewTransfer, Release};
use crate::AppState;

/// The routes, merged into the share API's router (which adds `no-store` and the 404).
pub(crate) fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route(
            "/transfers",
            post(create)
                .layer(DefaultBodyLimit::max(state.max_share_bytes))
                .layer(middleware::from_fn_with_state(
                    state.create_limiter.clone(),
                    rate_limit,
                )),
        )
        .route(
            "/transfers/{id}/receive",
            post(receive).layer(middleware::from_fn_with_state(
                state.open_limiter.clone(),
                rate_limit,
            )),
        )
        .route("/transfers/{id}/cancel", post(cancel))
}

fn random_bytes<const N: usize>() -> Result<[u8; N], Failure> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|err| {
        tracing::error!(error = %err, "no randomness");
        Failure::Internal
    })?;
    Ok(bytes)
}

fn new_code() -> Result<String, Failure> {
    loop {
        if let Some(code) = code_from_random(u32::from_le_bytes(random_bytes::<4>()?)) {
            return Ok(code);
        }
    }
}

async fn create(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<TransferCreated>), Failure> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Failure::TooLarge
        } else {
            Failure::Invalid(rejection.body_text())
        }
    })?;
    if !is_age_file(&body) {
        return Err(Failure::Invalid("the body is not an age file".into()));
    }
    let id = random_b64::<SHARE_ID_BYTES>()?;
    let cancel_token = random_b64::<REVOKE_TOKEN_BYTES>()?;
    let code = new_code()?;
    let code_salt: CodeSalt = random_bytes()?;
    let now = state.clock.now_ms();
    let lifetime = i64::try_from(state.transfer_lifetime.as_millis()).unwrap_or(i64::MAX);
    let expires_at = now.saturating_add(lifetime);
    let transfer = NewTransfer {
        id: id.clone(),
        code_salt,
        code_hash: code_hash(&code_salt, &code),
        cancel_hash: token_hash(&cancel_token),
        created_at: now,
        expires_at,
        tries: MAX_CODE_TRIES,
        content: body.to_vec(),
    };
    with_store(&state, move |store| store.create_transfer(transfer)).await?;
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
    ShareId(id): ShareId,
    body: Result<Json<ReceiveTransfer>, JsonRejection>,
) -> Result<Response, Failure> {
    let Json(ReceiveTransfer { code }) =
        body.map_err(|rejection| Failure::Invalid(rejection.body_text()))?;
    let now = state.clock.now_ms();
    match with_store(&state, move |store| store.receive_transfer(&id, &code, now)).await? {
        Release::Content(content) => Ok((
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            )],
            Body::from(content),
        )
            .into_response()),
        Release::WrongCode { tries_left } => {
            Ok((StatusCode::FORBIDDEN, Json(WrongCode::new(tries_left))).into_response())
        }
        Release::Gone => Err(Failure::Gone),
    }
}

async fn cancel(
    State(state): State<AppState>,
    ShareId(id): ShareId,
    RevokeToken(token): RevokeToken,
) -> Result<StatusCode, Failure> {
    let now = state.clock.now_ms();
    if with_store(&state, move |store| store.cancel_transfer(&id, &token, now)).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Failure::Gone)
    }
}
