//! The share API under `/api`. Handlers check the request, ask the store on its thread and
//! shape the answer; the rules themselves live in the store.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::body::Body;
use axum::body::Bytes;
use axum::extract::{
    ConnectInfo, DefaultBodyLimit, FromRequest, FromRequestParts, Path, Request, State,
};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use regie_core::api::{
    decode_raw_share, is_share_id, CreateShare, DecodedShare, InvalidShare, ShareCreated, ShareLog,
    ShareStatus, RAW_SHARE_TYPE, REVOKE_TOKEN_BYTES, SHARE_ID_BYTES,
};
use sha2::{Digest, Sha256};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::Failure;
use crate::rate_limit::RateLimiter;
use crate::store::{NewShare, ShareStore, StoreError, TokenHash};
use crate::AppState;

/// The routes, to be nested under `/api`.
pub(crate) fn router(state: &AppState) -> Router<AppState> {
    let limited =
        |limiter: &RateLimiter| middleware::from_fn_with_state(limiter.clone(), rate_limit);
    Router::new()
        .route(
            "/shares",
            post(create)
                .layer(DefaultBodyLimit::max(state.max_share_bytes))
                .layer(limited(&state.create_limiter)),
        )
        .route("/shares/{id}", get(status))
        .route(
            "/shares/{id}/open",
            post(open).layer(limited(&state.open_limiter)),
        )
        .route("/shares/{id}/revoke", post(revoke))
        .route("/shares/{id}/log", get(log))
        .merge(crate::transfers::routes(state))
        .fallback(|| async { Failure::Gone })
        // Shares and their logs must never sit in a browser or proxy cache.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Runs before the body is read, so a limited client cannot make the relay buffer 128 MiB.
pub(crate) async fn rate_limit(
    State(limiter): State<RateLimiter>,
    req: Request,
    next: Next,
) -> Response {
    match limiter.check(client_key(&req)) {
        Ok(()) => next.run(req).await,
        Err(wait) => Failure::RateLimited(wait).into_response(),
    }
}

/// The peer address, with IPv6 clients grouped by their /64: one home or phone gets a whole
/// /64, so per-address buckets would be trivial to dodge. A router run without connect info
/// puts everyone in one bucket rather than letting anyone through unlimited.
fn client_key(req: &Request) -> IpAddr {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |ConnectInfo(addr)| {
            addr.ip().to_canonical()
        });
    match ip {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

pub(crate) async fn with_store<T, F>(state: &AppState, work: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&dyn ShareStore) -> Result<T, StoreError> + Send + 'static,
{
    Ok(state.store.run(work).await??)
}

pub(crate) fn random_b64<const N: usize>() -> Result<String, Failure> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|err| {
        tracing::error!(error = %err, "no randomness");
        Failure::Internal
    })?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

pub(crate) fn token_hash(token: &str) -> TokenHash {
    Sha256::digest(token.as_bytes()).into()
}

/// A well-formed share id from the path. Anything else is answered like an unknown share.
pub(crate) struct ShareId(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for ShareId {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Failure> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(id)) if is_share_id(&id) => Ok(ShareId(id)),
            _ => Err(Failure::Gone),
        }
    }
}

/// The digest of the `Authorization: Bearer` revoke token. A missing token is answered like
/// a wrong one.
pub(crate) struct RevokeToken(pub(crate) TokenHash);

impl<S: Send + Sync> FromRequestParts<S> for RevokeToken {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Failure> {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .map(|token| RevokeToken(token_hash(token)))
            .ok_or(Failure::Gone)
    }
}

/// A share comes as raw bytes (`application/octet-stream`, see `raw_share_body`; what the app
/// sends) or as JSON with base64 fields. Either way the body is held to the size limit.
async fn create(
    State(state): State<AppState>,
    request: Request,
) -> Result<(StatusCode, Json<ShareCreated>), Failure> {
    let raw = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.trim_start().starts_with(RAW_SHARE_TYPE));
    let too_large_or_invalid = |status: StatusCode, text: String| {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            Failure::TooLarge
        } else {
            Failure::Invalid(text)
        }
    };
    let decode: Box<dyn FnOnce() -> Result<DecodedShare, InvalidShare> + Send> = if raw {
        let body = Bytes::from_request(request, &state)
            .await
            .map_err(|rejection| too_large_or_invalid(rejection.status(), rejection.body_text()))?;
        Box::new(move || decode_raw_share(&body))
    } else {
        let Json(request) = Json::<CreateShare>::from_request(request, &state)
            .await
            .map_err(|rejection| too_large_or_invalid(rejection.status(), rejection.body_text()))?;
        Box::new(move || request.decode())
    };
    let id = random_b64::<SHARE_ID_BYTES>()?;
    let revoke_token = random_b64::<REVOKE_TOKEN_BYTES>()?;
    let now = state.clock.now_ms();
    let token_hash = token_hash(&revoke_token);

    // Decoding megabytes of base64 (or checking and copying them) is CPU work: off the async
    // threads, and off the store's thread so openings do not queue behind it.
    let decoded = tokio::task::spawn_blocking(decode)
        .await?
        .map_err(|invalid| Failure::Invalid(invalid.to_string()))?;
    let secs = i64::try_from(decoded.expires_in_secs).expect("at most 30 days");
    let expires_at = now.saturating_add(secs * 1000);
    let share = NewShare {
        id: id.clone(),
        token_hash,
        created_at: now,
        expires_at,
        max_opens: decoded.max_opens,
        preview: decoded.preview,
        content: decoded.content,
    };
    with_store(&state, move |store| store.create(share)).await?;

    Ok((
        StatusCode::CREATED,
        Json(ShareCreated {
            id,
            revoke_token,
            expires_at,
        }),
    ))
}

async fn status(
    State(state): State<AppState>,
    ShareId(id): ShareId,
) -> Result<Json<ShareStatus>, Failure> {
    let now = state.clock.now_ms();
    let live = with_store(&state, move |store| store.status(&id, now))
        .await?
        .ok_or(Failure::Gone)?;
    Ok(Json(ShareStatus {
        expires_at: live.expires_at,
        preview: STANDARD.encode(live.preview),
    }))
}

async fn open(State(state): State<AppState>, ShareId(id): ShareId) -> Result<Response, Failure> {
    let now = state.clock.now_ms();
    let content = with_store(&state, move |store| store.open(&id, now))
        .await?
        .ok_or(Failure::Gone)?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        )],
        Body::from(content),
    )
        .into_response())
}

async fn revoke(
    State(state): State<AppState>,
    ShareId(id): ShareId,
    RevokeToken(token): RevokeToken,
) -> Result<StatusCode, Failure> {
    let now = state.clock.now_ms();
    if with_store(&state, move |store| store.revoke(&id, &token, now)).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Failure::Gone)
    }
}

async fn log(
    State(state): State<AppState>,
    ShareId(id): ShareId,
    RevokeToken(token): RevokeToken,
) -> Result<Json<ShareLog>, Failure> {
    let now = state.clock.now_ms();
    with_store(&state, move |store| store.log(&id, &token, now))
        .await?
        .map(Json)
        .ok_or(Failure::Gone)
}
