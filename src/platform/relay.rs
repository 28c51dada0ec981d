//! The share relay, one function per route, on the paths spelled in `regie_core::api` and
//! `regie_core::transfer`. Only ciphertext, ids and tokens travel; keys never do. Every
//! refusal is a [`RelayError`], and [`RelayError::text`] is the one place that says it in
//! words.

use regie_core::api::paths;
use regie_core::api::{
    activity_path, log_path, open_path, replies_path, reply_path, revoke_path, share_path,
    view_path, ActivityList, ApiError, ErrorCode, NotYet, OpenShare, ReplyList, ReplyPosted,
    ShareCreated, ShareLog, ShareStatus, RAW_SHARE_TYPE, SHARES_PATH, VIEWER_TOKEN_HEADER,
};
use regie_core::catalogue::Text;
use regie_core::request::{RequestAnswer, RequestCreated, RequestState};
use regie_core::transfer::{
    cancel_path, receive_path, ReceiveTransfer, TransferCreated, WrongCode, TRANSFERS_PATH,
};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What a call to the relay can come to, in the terms the app explains to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayError {
    /// No answer at all: no network, or the relay is down.
    Offline,
    /// The share or transfer is unknown, expired, revoked or used up.
    Gone,
    TooLarge,
    /// Too many requests, or this address uploaded its share of the day (429).
    RateLimited,
    /// The relay holds all the ciphertext it may (507).
    Full,
    /// A transfer's or share's code did not fit; this many tries are left.
    WrongCode(u32),
    /// The share has a spoken code and none was sent.
    CodeNeeded,
    /// The share opens later, at this moment (milliseconds since the Unix epoch).
    NotYet(i64),
    /// The share holds as many replies as it may (409).
    RepliesFull,
    /// Anything else the relay refused, a cross-site request (403) among them.
    Refused,
}

/// What the person was doing when the relay said no: the same refusal reads differently
/// while sharing than while opening a share someone else made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Errand {
    Share,
    Revoke,
    View,
    Move,
    Receive,
    CancelMove,
    /// A professional writing back through a share.
    Reply,
}

impl RelayError {
    /// The sentence for this refusal during `errand`.
    pub fn text(self, errand: Errand) -> Text {
        match (self, errand) {
            (RelayError::Full, _) => Text::ErrRelayFull,
            (RelayError::RateLimited, _) => Text::ErrShareBusy,
            (RelayError::Offline, Errand::Share) => Text::ErrShareOffline,
            (RelayError::Offline, Errand::Revoke) => Text::ErrRevokeOffline,
            (RelayError::Offline, Errand::View) => Text::ErrViewOffline,
            (RelayError::Offline, Errand::Move) => Text::ErrMoveOffline,
            (RelayError::Offline, Errand::Receive) => Text::ErrReceiveOffline,
            (RelayError::Offline, Errand::CancelMove) => Text::ErrMoveCancelOffline,
            (RelayError::Offline, Errand::Reply) => Text::ErrReplyOffline,
            (RelayError::Gone, Errand::Reply) => Text::ErrReplyEnded,
            (RelayError::TooLarge, Errand::Reply) => Text::ErrReplyTooLong,
            (RelayError::RepliesFull, _) => Text::ErrRepliesFull,
            (_, Errand::Reply) => Text::ErrReplyRefused,
            (RelayError::Gone, Errand::View) => Text::ViewGone,
            (RelayError::Gone, Errand::Receive) => Text::ErrMoveGone,
            // The fifth wrong code ended the share.
            (RelayError::WrongCode(0), Errand::View) => Text::ViewGone,
            (RelayError::WrongCode(_), Errand::View) => Text::ErrViewCodeWrong,
            (RelayError::CodeNeeded, Errand::View) => Text::ErrViewCodeShape,
            (RelayError::NotYet(_), Errand::View) => Text::ViewNotYet,
            (RelayError::WrongCode(0), _) => Text::ErrMoveVoid,
            (RelayError::TooLarge, Errand::Share) => Text::ErrShareTooLarge,
            (RelayError::TooLarge, Errand::Move) => Text::ErrMoveTooLarge,
            (_, Errand::View) => Text::ErrLinkBroken,
            _ => Text::ErrShareRefused,
        }
    }

    /// Reads a refusal from its status and body.
    pub fn from_answer(status: u16, body: &[u8]) -> RelayError {
        if let Ok(wrong) = serde_json::from_slice::<WrongCode>(body) {
            match wrong.error {
                ErrorCode::WrongCode => return RelayError::WrongCode(wrong.tries_left),
                ErrorCode::CodeNeeded => return RelayError::CodeNeeded,
                _ => {}
            }
        }
        if let Ok(later) = serde_json::from_slice::<NotYet>(body) {
            if later.error == ErrorCode::NotYet {
                return RelayError::NotYet(later.starts_at);
            }
        }
        let code = serde_json::from_slice::<ApiError>(body)
            .ok()
            .map(|e| e.error);
        match (status, code) {
            (507, _) => RelayError::Full,
            (404, _) | (_, Some(ErrorCode::Gone)) => RelayError::Gone,
            // The share id the app picked is in use: nothing to do but share again.
            (_, Some(ErrorCode::IdTaken)) => RelayError::Refused,
            (409, _) | (_, Some(ErrorCode::TooManyReplies)) => RelayError::RepliesFull,
            (413, _) | (_, Some(ErrorCode::TooLarge)) => RelayError::TooLarge,
            (429, _) | (_, Some(ErrorCode::RateLimited)) => RelayError::RateLimited,
            // A proxy in front of a relay that is down answers 502/503/504.
            (502..=504, _) => RelayError::Offline,
            _ => RelayError::Refused,
        }
    }
}

/// `POST /api/shares` with the raw upload ([`regie_core::api::raw_share_body`]).
pub async fn create_share(body: Vec<u8>) -> Result<ShareCreated, RelayError> {
    let answer = call("POST", SHARES_PATH, Some((RAW_SHARE_TYPE, &body)), None).await?;
    json(&answer)
}

/// `GET /api/shares/{id}`: whether the share still stands, and its sealed preview. Asking
/// does not count as an opening.
pub async fn share_status(id: &str) -> Result<ShareStatus, RelayError> {
    json(&call("GET", &share_path(id), None, None).await?)
}

/// A counted opening: the sealed content, and the viewer token to come back with (none when
/// the share has handed out all it keeps).
pub struct Opened {
    pub bytes: Vec<u8>,
    pub viewer_token: Option<String>,
}

/// `POST /api/shares/{id}/open`: the sealed content; counts as an opening. A spoken code
/// travels in the body, never in the address.
pub async fn open_share(id: &str, code: Option<String>) -> Result<Opened, RelayError> {
    let body = match code {
        None => None,
        Some(code) => Some(
            serde_json::to_vec(&OpenShare { code: Some(code) }).map_err(|_| RelayError::Refused)?,
        ),
    };
    let body = body.as_deref().map(|b| ("application/json", b));
    let (bytes, headers) = fetch("POST", &open_path(id), body, None).await?;
    let viewer_token = headers.get(VIEWER_TOKEN_HEADER).ok().flatten();
    Ok(Opened {
        bytes,
        viewer_token,
    })
}

/// `POST /api/shares/{id}/view` with the viewer token: the sealed content again, for a
/// reload or a restored tab. Not counted as an opening.
pub async fn view_share(id: &str, viewer_token: &str) -> Result<Vec<u8>, RelayError> {
    call("POST", &view_path(id), None, Some(viewer_token)).await
}

/// `POST /api/shares/{id}/replies` with the viewer token and one sealed reply.
pub async fn send_reply(
    id: &str,
    viewer_token: &str,
    sealed: &[u8],
) -> Result<ReplyPosted, RelayError> {
    let body = Some(("application/octet-stream", sealed));
    json(&call("POST", &replies_path(id), body, Some(viewer_token)).await?)
}

/// `POST /api/shares/{id}/activity` with the viewer token and one sealed event.
pub async fn send_activity(id: &str, viewer_token: &str, sealed: &[u8]) -> Result<(), RelayError> {
    let body = Some(("application/octet-stream", sealed));
    call("POST", &activity_path(id), body, Some(viewer_token))
        .await
        .map(drop)
}

/// `GET /api/shares/{id}/activity` with the revoke token: the sealed events of its log.
pub async fn fetch_activity(id: &str, token: &str) -> Result<ActivityList, RelayError> {
    json(&call("GET", &activity_path(id), None, Some(token)).await?)
}

/// `GET /api/shares/{id}/replies` with the revoke token: the sealed replies waiting.
pub async fn fetch_replies(id: &str, token: &str) -> Result<ReplyList, RelayError> {
    json(&call("GET", &replies_path(id), None, Some(token)).await?)
}

/// `DELETE /api/shares/{id}/replies/{reply}` with the revoke token, once the client decided.
pub async fn delete_reply(id: &str, reply: &str, token: &str) -> Result<(), RelayError> {
    call("DELETE", &reply_path(id, reply), None, Some(token))
        .await
        .map(drop)
}

/// `POST /api/shares/{id}/revoke` with the revoke token.
pub async fn revoke_share(id: &str, token: &str) -> Result<(), RelayError> {
    call("POST", &revoke_path(id), None, Some(token))
        .await
        .map(drop)
}

/// `GET /api/shares/{id}/log` with the revoke token: status and openings.
pub async fn share_log(id: &str, token: &str) -> Result<ShareLog, RelayError> {
    json(&call("GET", &log_path(id), None, Some(token)).await?)
}

/// `POST /api/transfers` with a sealed moving package.
pub async fn create_transfer(sealed: &[u8]) -> Result<TransferCreated, RelayError> {
    let answer = call(
        "POST",
        TRANSFERS_PATH,
        Some(("application/octet-stream", sealed)),
        None,
    )
    .await?;
    json(&answer)
}

/// `POST /api/transfers/{id}/receive` with the typed code: the sealed package, which the
/// relay then deletes.
pub async fn receive_transfer(id: &str, code: String) -> Result<Vec<u8>, RelayError> {
    let body = serde_json::to_vec(&ReceiveTransfer { code }).map_err(|_| RelayError::Refused)?;
    call(
        "POST",
        &receive_path(id),
        Some(("application/json", &body)),
        None,
    )
    .await
}

/// `POST /api/transfers/{id}/cancel` with the cancel token.
pub async fn cancel_transfer(id: &str, token: &str) -> Result<(), RelayError> {
    call("POST", &cancel_path(id), None, Some(token))
        .await
        .map(drop)
}

/// `POST /api/requests`: a professional's request body ([`regie_core::request`]).
pub async fn create_request(body: &[u8]) -> Result<RequestCreated, RelayError> {
    let answer = call(
        "POST",
        paths::REQUESTS,
        Some(("application/json", body)),
        None,
    )
    .await?;
    json(&answer)
}

/// `GET /api/requests/{id}`: the request's body exactly as posted, for the client's app to
/// hold to its link's fingerprint.
pub async fn request_body(id: &str) -> Result<Vec<u8>, RelayError> {
    call("GET", &paths::REQUEST.replace("{id}", id), None, None).await
}

/// `POST /api/requests/{id}/answer`: the client's approval (sealed) or refusal.
pub async fn answer_request(id: &str, answer: &RequestAnswer) -> Result<(), RelayError> {
    let body = serde_json::to_vec(answer).map_err(|_| RelayError::Refused)?;
    let path = paths::REQUEST_ANSWER.replace("{id}", id);
    call("POST", &path, Some(("application/json", &body)), None)
        .await
        .map(drop)
}

/// `GET /api/requests/{id}/state` with the request's secret.
pub async fn request_state(id: &str, secret: &str) -> Result<RequestState, RelayError> {
    let path = paths::REQUEST_STATE.replace("{id}", id);
    json(&call("GET", &path, None, Some(secret)).await?)
}

fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, RelayError> {
    serde_json::from_slice(body).map_err(|_| RelayError::Refused)
}

/// One request with no cookies, no referrer and no cache, and the bearer token when there
/// is one. Answers the body of a success, or the refusal.
async fn call(
    method: &str,
    path: &str,
    body: Option<(&str, &[u8])>,
    bearer: Option<&str>,
) -> Result<Vec<u8>, RelayError> {
    fetch(method, path, body, bearer)
        .await
        .map(|(bytes, _)| bytes)
}

/// [`call`], with the answer's headers.
async fn fetch(
    method: &str,
    path: &str,
    body: Option<(&str, &[u8])>,
    bearer: Option<&str>,
) -> Result<(Vec<u8>, web_sys::Headers), RelayError> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    // Cookies and referrers have no business with shares.
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(|_| RelayError::Refused)?;
    if let Some(token) = bearer {
        headers
            .set("Authorization", &format!("Bearer {token}"))
            .map_err(|_| RelayError::Refused)?;
    }
    if let Some((content_type, bytes)) = body {
        headers
            .set("Content-Type", content_type)
            .map_err(|_| RelayError::Refused)?;
        init.set_body(&JsValue::from(js_sys::Uint8Array::from(bytes)));
    }
    init.set_headers(&headers);
    let request =
        web_sys::Request::new_with_str_and_init(path, &init).map_err(|_| RelayError::Refused)?;
    let window = web_sys::window().ok_or(RelayError::Offline)?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| RelayError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| RelayError::Refused)?;
    let status = response.status();
    let promise = response.array_buffer().map_err(|_| RelayError::Refused)?;
    let buffer = JsFuture::from(promise)
        .await
        .map_err(|_| RelayError::Offline)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if response.ok() {
        Ok((bytes, response.headers()))
    } else {
        Err(RelayError::from_answer(status, &bytes))
    }
}
