//! The share routes. Handlers check the request and shape the answer; the rules themselves
//! live in the store.

use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use regie_core::api::{
    is_age_file, is_share_code, paths, ActivityList, CodeRefused, ErrorCode, NotYet, OpenShare,
    ReplyList, ReplyPosted, ShareCreated, ShareHead, ShareLog, ShareStatus, StoredActivity,
    StoredReply, MAX_ACTIVITY_BYTES, MAX_HEAD_BYTES, MAX_REPLY_BYTES, RAW_SHARE_TYPE,
    REPLY_ID_BYTES, REVOKE_TOKEN_BYTES, SHARE_ID_BYTES, VIEWER_TOKEN_BYTES, VIEWER_TOKEN_HEADER,
};

use super::extract::{Bearer, Client, Id, ReplyOf};
use super::guard::{limited, Kind};
use super::upload::{charge, ChunksOf, Upload};
use super::{ended, reading};
use crate::error::Failure;
use crate::secrets::{random_bytes, random_token, share_code_hash, token_hash, CodeSalt};
use crate::store::{CodeLock, NewActivity, NewReply, NewShare, Opening, Posting, StoreError};
use crate::AppState;

pub(super) fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route(paths::SHARE, limited(state, get(status), Kind::Manage))
        .route(
            paths::SHARE_OPEN,
            limited(state, post(open), Kind::Open).layer(DefaultBodyLimit::max(OPEN_BODY_BYTES)),
        )
        .route(
            paths::SHARE_REVOKE,
            limited(state, post(revoke), Kind::Manage),
        )
        .route(paths::SHARE_LOG, limited(state, get(log), Kind::Manage))
        .route(
            paths::SHARE_VIEW,
            // A view reads as much as an opening, and is limited like one.
            limited(state, post(view), Kind::Open).layer(DefaultBodyLimit::max(OPEN_BODY_BYTES)),
        )
        .route(
            paths::SHARE_REPLIES,
            limited(state, post(post_reply), Kind::Reply).merge(limited(
                state,
                get(replies),
                Kind::Manage,
            )),
        )
        .route(
            paths::SHARE_ACTIVITY,
            limited(state, post(post_activity), Kind::Activity).merge(limited(
                state,
                get(activity),
                Kind::Manage,
            )),
        )
        .route(
            paths::SHARE_REPLY,
            limited(state, delete(delete_reply), Kind::Manage),
        )
}

/// An opening's body holds at most a code: anything longer is not one.
const OPEN_BODY_BYTES: usize = 256;

pub(super) fn upload_routes(state: &AppState) -> Router<AppState> {
    Router::new().route(paths::SHARES, limited(state, post(create), Kind::Create))
}

/// A share's body ([`regie_core::api::raw_share_body`]) is read as it arrives: the head
/// first, then the content, checked piece by piece and stored in chunks. Nothing is served
/// before the whole of it passed.
async fn create(
    State(state): State<AppState>,
    Client(client): Client,
    request: Request,
) -> Result<(StatusCode, Json<ShareCreated>), Failure> {
    let (parts, body) = request.into_parts();
    let mut upload = Upload::start(&state, client, &parts.headers, body).await?;

    let mut start = Vec::new();
    let head = loop {
        if let Some(head) = ShareHead::parse(&start).map_err(|e| Failure::Invalid(e.to_string()))? {
            break head;
        }
        if start.len() > MAX_HEAD_BYTES {
            return Err(Failure::Invalid("the head of the body is malformed".into()));
        }
        match upload.next().await? {
            Some(bytes) => start.extend_from_slice(&bytes),
            None => return Err(Failure::Invalid("the body ends before its content".into())),
        }
    };
    let content = start.split_off(head.len);

    // The id the app picked and signed, or (an earlier app) one of the relay's.
    let id = match head.id.clone() {
        Some(id) => id,
        None => random_token::<SHARE_ID_BYTES>()?,
    };
    let revoke_token = random_token::<REVOKE_TOKEN_BYTES>()?;
    let now = state.clock.now_ms();
    let secs = i64::try_from(head.expires_in_secs).expect("at most 30 days");
    let wait = i64::try_from(head.starts_in_secs).expect("at most 30 days");
    // The duration counts from the start.
    let starts_at = (wait > 0).then(|| now.saturating_add(wait * 1000));
    let expires_at = starts_at.unwrap_or(now).saturating_add(secs * 1000);
    let code = match &head.code {
        Some(code) => {
            let salt: CodeSalt = random_bytes()?;
            Some(CodeLock {
                salt,
                hash: share_code_hash(&salt, code),
            })
        }
        None => None,
    };
    let share = NewShare {
        id: id.clone(),
        token_hash: token_hash(&revoke_token),
        created_at: now,
        expires_at,
        max_opens: head.max_opens,
        preview: head.preview,
        content_bytes: upload.len - head.len as u64,
        code,
        starts_at,
        replies: head.replies,
    };
    state
        .store
        .begin_share(share, state.config.quota_bytes)
        .await
        .map_err(|e| match e {
            StoreError::DuplicateId => Failure::IdTaken,
            other => other.into(),
        })?;
    let stored = upload
        .store_age_file(&*state.store, ChunksOf::Share(&id), content)
        .await;
    match stored {
        Ok(()) => state.store.finish_share(&id).await?,
        Err(failure) => {
            if let Err(err) = state.store.discard_share(&id).await {
                tracing::error!(error = %err, "a failed upload was not discarded; the purge will");
            }
            return Err(failure);
        }
    }
    Ok((
        StatusCode::CREATED,
        Json(ShareCreated {
            id,
            revoke_token,
            expires_at,
        }),
    ))
}

async fn status(State(state): State<AppState>, Id(id): Id) -> Result<Json<ShareStatus>, Failure> {
    let now = state.clock.now_ms();
    let live = state.store.status(&id, now).await?.ok_or(Failure::Gone)?;
    Ok(Json(ShareStatus {
        expires_at: live.expires_at,
        preview: STANDARD.encode(live.preview),
        code_needed: live.code_needed,
        tries_left: live.tries_left,
        starts_at: live.starts_at,
        max_opens: live.max_opens,
        used_up: live.used_up,
    }))
}

/// An opening: no body, or an [`OpenShare`] with the spoken code. The code is read from the
/// body only, never from the address. A body that is not one, or a code that cannot be one,
/// is refused before the store sees it, so it costs no try.
async fn open(State(state): State<AppState>, Id(id): Id, body: Bytes) -> Result<Response, Failure> {
    let asked: OpenShare = if body.iter().all(u8::is_ascii_whitespace) {
        OpenShare::default()
    } else {
        serde_json::from_slice(&body)
            .map_err(|_| Failure::Invalid("the body is not an opening".into()))?
    };
    if asked
        .code
        .as_deref()
        .is_some_and(|code| !is_share_code(code))
    {
        return Err(Failure::Invalid("code must be 4 to 6 digits".into()));
    }
    let now = state.clock.now_ms();
    // Minted before the opening, so the store keeps its hash in the same step.
    let viewer = random_token::<VIEWER_TOKEN_BYTES>()?;
    let refused = |error, tries_left| {
        (
            StatusCode::FORBIDDEN,
            Json(CodeRefused { error, tries_left }),
        )
            .into_response()
    };
    // A reader's place first: refused past the bound, the opening is not counted.
    let place = state.readers.take(&id)?;
    let opened = state
        .store
        .open_as(&id, asked.code.as_deref(), Some(&token_hash(&viewer)), now)
        .await?;
    Ok(match opened.opening {
        Opening::Content(content) => {
            let mut response = reading::stream(&state, content, place);
            if opened.viewer_kept {
                let value = HeaderValue::from_str(&viewer).map_err(|_| Failure::Internal)?;
                response.headers_mut().insert(VIEWER_TOKEN_HEADER, value);
            }
            response
        }
        Opening::CodeNeeded { tries_left } => refused(ErrorCode::CodeNeeded, tries_left),
        Opening::WrongCode { tries_left } => refused(ErrorCode::WrongCode, tries_left),
        Opening::NotYet { starts_at } => (
            StatusCode::FORBIDDEN,
            Json(NotYet {
                error: ErrorCode::NotYet,
                starts_at,
            }),
        )
            .into_response(),
        Opening::Gone => return Err(Failure::Gone),
    })
}

async fn revoke(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(token): Bearer,
) -> Result<StatusCode, Failure> {
    let now = state.clock.now_ms();
    ended(state.store.revoke(&id, &token, now).await?)
}

async fn log(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(token): Bearer,
) -> Result<Json<ShareLog>, Failure> {
    let now = state.clock.now_ms();
    state
        .store
        .log(&id, &token, now)
        .await?
        .map(Json)
        .ok_or(Failure::Gone)
}

/// The content again, for a viewer token of a counted opening: not counted, also when the
/// share is used up; gone once it expired or was stopped.
async fn view(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(viewer): Bearer,
) -> Result<Response, Failure> {
    let now = state.clock.now_ms();
    let place = state.readers.take(&id)?;
    let content = state.store.view(&id, &viewer, now).await?;
    Ok(reading::stream(
        &state,
        content.ok_or(Failure::Gone)?,
        place,
    ))
}

/// A viewer's reply: one age file of at most [`MAX_REPLY_BYTES`], read no further than
/// that, charged to the client's allowance of the day and to the relay's quota.
async fn post_reply(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(viewer): Bearer,
    Client(client): Client,
    request: Request,
) -> Result<(StatusCode, Json<ReplyPosted>), Failure> {
    // Before the viewer token is looked up: the check is linear in the body, which is at most
    // MAX_REPLY_BYTES, and age's parser runs at most once, on a header within its limits.
    let bytes = raw_age_body(request, MAX_REPLY_BYTES, "a reply").await?;
    charge(&state, client, bytes.len() as u64).await?;
    let reply = NewReply {
        share: id,
        id: random_token::<REPLY_ID_BYTES>()?,
        received_at: state.clock.now_ms(),
        ciphertext: bytes.to_vec(),
    };
    let reply_id = reply.id.clone();
    match state
        .store
        .post_reply(reply, &viewer, state.config.quota_bytes)
        .await?
    {
        Posting::Posted => Ok((StatusCode::CREATED, Json(ReplyPosted { id: reply_id }))),
        Posting::Gone => Err(Failure::Gone),
        Posting::RepliesOff => Err(Failure::RepliesOff),
        Posting::TooMany => Err(Failure::TooManyReplies),
    }
}

/// The replies, oldest first, for the holder of the revoke token.
async fn replies(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(token): Bearer,
) -> Result<Json<ReplyList>, Failure> {
    let now = state.clock.now_ms();
    let replies = state
        .store
        .replies(&id, &token, now)
        .await?
        .ok_or(Failure::Gone)?;
    Ok(Json(ReplyList {
        replies: replies
            .into_iter()
            .map(|r| StoredReply {
                id: r.id,
                received_at: r.received_at,
                ciphertext: STANDARD.encode(r.ciphertext),
            })
            .collect(),
    }))
}

/// Deletes one reply: 204 for a share the token holds, also when the reply is gone already.
async fn delete_reply(
    State(state): State<AppState>,
    ReplyOf(id, reply): ReplyOf,
    Bearer(token): Bearer,
) -> Result<StatusCode, Failure> {
    let now = state.clock.now_ms();
    ended(state.store.delete_reply(&id, &token, &reply, now).await?)
}

/// An event for the share's activity log from a viewer that opened it: one age file of at
/// most [`MAX_ACTIVITY_BYTES`], read no further than that, charged to the client's allowance
/// of the day. The relay cannot read it: only the client holds the log's key.
async fn post_activity(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(viewer): Bearer,
    Client(client): Client,
    request: Request,
) -> Result<StatusCode, Failure> {
    let bytes = raw_age_body(request, MAX_ACTIVITY_BYTES, "an event").await?;
    charge(&state, client, bytes.len() as u64).await?;
    let event = NewActivity {
        share: id,
        received_at: state.clock.now_ms(),
        ciphertext: bytes.to_vec(),
    };
    match state.store.post_activity(event, &viewer).await? {
        Posting::Posted => Ok(StatusCode::CREATED),
        Posting::TooMany => Err(Failure::LogFull),
        Posting::Gone | Posting::RepliesOff => Err(Failure::Gone),
    }
}

/// The activity log's events, oldest first, for the holder of the revoke token.
async fn activity(
    State(state): State<AppState>,
    Id(id): Id,
    Bearer(token): Bearer,
) -> Result<Json<ActivityList>, Failure> {
    let now = state.clock.now_ms();
    let events = state
        .store
        .activity(&id, &token, now)
        .await?
        .ok_or(Failure::Gone)?;
    Ok(Json(ActivityList {
        events: events
            .into_iter()
            .map(|e| StoredActivity {
                received_at: e.received_at,
                ciphertext: STANDARD.encode(e.ciphertext),
            })
            .collect(),
    }))
}

/// A body that is one age file of at most `max` bytes, sent as [`RAW_SHARE_TYPE`]: read no
/// further than `max`, and checked before any store call.
async fn raw_age_body(request: Request, max: usize, what: &str) -> Result<Bytes, Failure> {
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > max as u64) {
        return Err(Failure::TooLarge);
    }
    let is_raw = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(RAW_SHARE_TYPE));
    if !is_raw {
        return Err(Failure::Invalid(format!(
            "{what} is sent as {RAW_SHARE_TYPE}"
        )));
    }
    let bytes = axum::body::to_bytes(body, max)
        .await
        .map_err(|_| Failure::TooLarge)?;
    if !is_age_file(&bytes) {
        return Err(Failure::Invalid(format!("{what} is one age file")));
    }
    Ok(bytes)
}
