//! Request and response types shared by the relay and the app, and the relay's paths.
//!
//! The relay only ever sees age ciphertext: `preview` and `content` are binary age files.
//! The relay checks that they *are* age files, as far as that can be told without a key
//! (see [`AgeShape`]), so it cannot be used to park arbitrary data, but it never holds a
//! key that opens them.
//!
//! | route                            | request                        | success              | failure                      |
//! |----------------------------------|--------------------------------|----------------------|------------------------------|
//! | `POST /api/shares`               | raw bytes ([`raw_share_body`]) | 201 [`ShareCreated`] | 400, 403, 411, 413, 429, 503, 507 |
//! | `GET /api/shares/{id}`           | —                              | 200 [`ShareStatus`]  | 404 gone, 429                |
//! | `POST /api/shares/{id}/open`     | [`OpenShare`] JSON, or nothing | 200 content bytes    | 403 [`CodeRefused`] or [`NotYet`], 404 gone, 429 |
//! | `POST /api/shares/{id}/revoke`   | `Authorization: Bearer <t>`    | 204                  | 403, 404 gone, 429           |
//! | `GET /api/shares/{id}/log`       | `Authorization: Bearer <t>`    | 200 [`ShareLog`]     | 404 gone, 429                |
//! | `POST /api/shares/{id}/view`     | `Authorization: Bearer <v>`    | 200 content bytes    | 404 gone, 429                |
//! | `POST /api/shares/{id}/replies`  | `Bearer <v>`, one age file     | 201 [`ReplyPosted`]  | 400, 403 [`ErrorCode::RepliesOff`], 404, 409, 413, 429 |
//! | `GET /api/shares/{id}/replies`   | `Authorization: Bearer <t>`    | 200 [`ReplyList`]    | 404 gone, 429                |
//! | `DELETE /api/shares/{id}/replies/{reply}` | `Authorization: Bearer <t>` | 204      | 404 gone, 429                |
//! | `POST /api/requests`             | [`crate::request::ShareRequest`] JSON | 201 [`crate::request::RequestCreated`] | 400, 413, 429, 503 |
//! | `GET /api/requests/{id}`         | —                              | 200 the body as posted | 404 gone, 429              |
//! | `POST /api/requests/{id}/answer` | [`crate::request::RequestAnswer`] JSON | 204          | 400, 404 gone, 413, 429      |
//! | `GET /api/requests/{id}/state`   | `Authorization: Bearer <r>`    | 200 [`crate::request::RequestState`] | 404 gone, 429 |
//!
//! `<t>` is the revoke token the client got when sharing; `<v>` is a viewer token: every
//! counted opening answers one in the [`VIEWER_TOKEN_HEADER`] header, and with it the viewer
//! can fetch the content again (a reload, a restored tab) without a second opening, and
//! write replies while the share stands.
//!
//! Every failure body is an [`ApiError`]. Unknown, expired, revoked and malformed ids all
//! get the very same 404 body, so the answer tells nobody whether a share ever existed.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

pub use crate::age_shape::{is_age_file, AgeShape, NotAge};

/// Every path of the relay's API, spelled once. Templates (with `{id}`) are what the relay's
/// router matches; [`path_for`] fills one in for a caller.
pub mod paths {
    /// Everything under this prefix is the API; the rest is the app.
    pub const API: &str = "/api";
    pub const SHARES: &str = "/api/shares";
    pub const SHARE: &str = "/api/shares/{id}";
    pub const SHARE_OPEN: &str = "/api/shares/{id}/open";
    pub const SHARE_REVOKE: &str = "/api/shares/{id}/revoke";
    pub const SHARE_LOG: &str = "/api/shares/{id}/log";
    pub const SHARE_VIEW: &str = "/api/shares/{id}/view";
    pub const SHARE_REPLIES: &str = "/api/shares/{id}/replies";
    pub const SHARE_REPLY: &str = "/api/shares/{id}/replies/{reply}";
    pub const SHARE_ACTIVITY: &str = "/api/shares/{id}/activity";
    pub const TRANSFERS: &str = "/api/transfers";
    pub const TRANSFER_RECEIVE: &str = "/api/transfers/{id}/receive";
    pub const TRANSFER_CANCEL: &str = "/api/transfers/{id}/cancel";
    pub const REQUESTS: &str = "/api/requests";
    pub const REQUEST: &str = "/api/requests/{id}";
    pub const REQUEST_ANSWER: &str = "/api/requests/{id}/answer";
    pub const REQUEST_STATE: &str = "/api/requests/{id}/state";
    /// The professional's request page, served as the viewer's page.
    pub const REQUEST_PAGE: &str = "/vraag";
    pub const HEALTH: &str = "/healthz";
}

/// `template` from [`paths`] with its `{id}` filled in.
pub fn path_for(template: &str, id: &str) -> String {
    template.replacen("{id}", id, 1)
}

/// Where the share API lives; the app and the relay build their paths from these.
pub const SHARES_PATH: &str = paths::SHARES;

/// The shortest share the relay accepts: one minute, so a share cannot expire in transit.
pub const MIN_EXPIRES_IN_SECS: u64 = 60;
/// The longest share: 30 days, as promised to clients.
pub const MAX_EXPIRES_IN_SECS: u64 = 30 * 86_400;
/// The highest open limit a share can carry.
pub const MAX_OPENS_LIMIT: u32 = 1_000;
/// The preview holds a recipient label, the sharer and the expiry: a few hundred bytes of
/// plaintext, so anything bigger is not a preview.
pub const MAX_PREVIEW_BYTES: usize = 4 * 1024;
/// A share id is 16 random bytes: guessing one is as hard as guessing a 128-bit key.
pub const SHARE_ID_BYTES: usize = 16;
/// A share id as it appears in paths and links: base64url without padding.
pub const SHARE_ID_LEN: usize = 22;
/// The revoke token is 32 random bytes, base64url without padding.
pub const REVOKE_TOKEN_BYTES: usize = 32;
/// The latest a share may start: 30 days after it was made. Its duration counts from the
/// start, so a share lives at most `MAX_STARTS_IN_SECS + MAX_EXPIRES_IN_SECS`.
pub const MAX_STARTS_IN_SECS: u64 = 30 * 86_400;
/// A spoken code is 4 to 6 digits.
pub const SHARE_CODE_DIGITS: std::ops::RangeInclusive<usize> = 4..=6;
/// Wrong codes that end a share for good. With at most a million codes, this limit, kept
/// by the relay, is what protects the share: not the hash.
pub const SHARE_CODE_TRIES: u32 = 5;

/// The response header of a counted opening that carries the viewer token: 32 random bytes,
/// base64url without padding. The relay keeps only its SHA-256.
pub const VIEWER_TOKEN_HEADER: &str = "regie-viewer-token";
/// The viewer token's length in random bytes.
pub const VIEWER_TOKEN_BYTES: usize = 32;
/// The most viewer tokens a share keeps; later openings still count and get their content,
/// but no token to come back with.
pub const MAX_VIEWERS_PER_SHARE: usize = 64;
/// The largest reply the relay takes: a sealed note, agreement, score or appointment is a
/// few hundred bytes, so 16 KiB leaves room for a long note and none for a file.
pub const MAX_REPLY_BYTES: usize = 16 * 1024;
/// The most replies one share holds at the relay; a deleted reply frees its place.
pub const MAX_REPLIES_PER_SHARE: usize = 50;
/// How long the relay keeps a share's access log and its undecided replies after the share
/// ended: the client can still see who opened it and what came back.
pub const RETENTION_MS: i64 = 30 * 86_400 * 1000;
/// A reply id is 16 random bytes, base64url without padding, like a share id.
pub const REPLY_ID_BYTES: usize = 16;
/// The largest event of a share's activity log the relay takes: one sealed line (who, what,
/// which sections, when) is a few hundred bytes.
pub const MAX_ACTIVITY_BYTES: usize = 2 * 1024;
/// The most events one share's activity log holds at the relay; later ones are refused, so
/// a viewer cannot grow the relay's database without bound.
pub const MAX_ACTIVITY_PER_SHARE: usize = 100;

/// True when `code` is a spoken code: 4 to 6 ASCII digits, nothing else.
pub fn is_share_code(code: &str) -> bool {
    SHARE_CODE_DIGITS.contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// 201 answer to `POST /api/shares`. The revoke token is shown once: the relay keeps only
/// its SHA-256, so the app must store it with the share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareCreated {
    pub id: String,
    pub revoke_token: String,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
}

/// `GET /api/shares/{id}`: the share is still there. Asking does not count as an opening,
/// so link-preview bots may ask freely.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareStatus {
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
    /// Standard base64 of the preview age file.
    pub preview: String,
    /// The share opens only with its spoken code ([`OpenShare::code`]).
    #[serde(default, skip_serializing_if = "is_false")]
    pub code_needed: bool,
    /// Wrong codes it still takes, for a share with a code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// A share for later: it opens from this moment (milliseconds since the Unix epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<i64>,
    /// How often it may be opened in all; absent: no limit. With the start, the end and
    /// `code_needed`, what the viewer compares with the client's signed terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_opens: Option<u32>,
    /// Its openings are used up, but it still stands: a viewer that opened it keeps it
    /// until it expires or is stopped. A stopped, expired, blocked or unknown share is a 404.
    #[serde(default, skip_serializing_if = "is_false")]
    pub used_up: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The body of `POST /api/shares/{id}/open`, for a share with a spoken code. A share
/// without one may be opened with no body at all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenShare {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// 403 to an opening with a wrong or missing code: `wrong_code` with the tries left (at
/// zero the share is gone for good), or `code_needed` when no code came (no try is used).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRefused {
    pub error: ErrorCode,
    #[serde(default)]
    pub tries_left: u32,
}

/// 403 to an opening before the share's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotYet {
    pub error: ErrorCode,
    /// Milliseconds since the Unix epoch.
    pub starts_at: i64,
}

/// 201 answer to `POST /api/shares/{id}/replies`: the relay's id of the reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyPosted {
    pub id: String,
}

/// One reply as the relay holds it: ciphertext the client alone can open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredReply {
    pub id: String,
    /// Milliseconds since the Unix epoch, by the relay's clock.
    pub received_at: i64,
    /// Standard base64 of the reply's age file.
    pub ciphertext: String,
}

/// `GET /api/shares/{id}/replies`, for the client who holds the revoke token: the replies
/// not yet deleted, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyList {
    pub replies: Vec<StoredReply>,
}

/// One event of a share's activity log as the relay holds it: ciphertext that only the
/// client can open (see [`crate::share::activity`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredActivity {
    /// Milliseconds since the Unix epoch, by the relay's clock.
    pub received_at: i64,
    /// Standard base64 of the event's age file.
    pub ciphertext: String,
}

/// `GET /api/shares/{id}/activity`, for the client who holds the revoke token: the events
/// the viewers sent, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityList {
    pub events: Vec<StoredActivity>,
}

/// Where a share is in its life, as the client sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShareState {
    Active,
    Expired,
    /// Revoked by the client, or taken down by the relay's operator.
    Revoked,
    /// Its open limit is used up; it expires later but will not be opened again.
    Exhausted,
    /// Ended for good after [`SHARE_CODE_TRIES`] wrong spoken codes.
    Blocked,
}

/// The most openings a share's log lists; later openings are counted but not listed, so an
/// unlimited share opened by a crowd cannot grow the relay's database without bound.
pub const MAX_LOGGED_OPENS: usize = MAX_OPENS_LIMIT as usize;

/// The most wrong spoken codes a share's log lists: all of them, since the last one blocks
/// the share and no code is tried after that.
pub const MAX_LOGGED_WRONG_CODES: usize = SHARE_CODE_TRIES as usize;

/// `GET /api/shares/{id}/log`, for the client who holds the revoke token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareLog {
    pub status: ShareState,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
    pub max_opens: Option<u32>,
    /// The time of each opening, oldest first, in milliseconds since the Unix epoch; at most
    /// [`MAX_LOGGED_OPENS`].
    pub opens: Vec<i64>,
    /// A share for later: when it starts, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<i64>,
    /// The time of each wrong spoken code, oldest first, in milliseconds since the Unix
    /// epoch; at most [`MAX_LOGGED_WRONG_CODES`]. Nothing of the code tried is kept. An older
    /// relay sends none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong_codes: Vec<i64>,
}

/// What went wrong, as a stable code the app maps to a sentence in its catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Unknown, expired, revoked, used up, or the token does not fit.
    Gone,
    /// The request is malformed: see `detail`.
    Invalid,
    TooLarge,
    RateLimited,
    Internal,
    /// A transfer's code does not fit (see [`crate::transfer::WrongCode`]).
    WrongCode,
    /// 507: the relay holds as much ciphertext as its operator allows; try later.
    QuotaFull,
    /// 429: this address uploaded as much as one address may today.
    ClientQuotaFull,
    /// 403: a browser marked the request as coming from another site.
    CrossSite,
    /// 503: the relay is handling as many uploads (or store calls) as it can; try later.
    Busy,
    /// 408: the request or its body came in too slowly.
    TimedOut,
    /// 403: the share has a spoken code and the opening brought none ([`CodeRefused`]).
    CodeNeeded,
    /// 403: the share starts later ([`NotYet`]).
    NotYet,
    /// 403: the client did not allow replies to this share.
    RepliesOff,
    /// 409: the share holds [`MAX_REPLIES_PER_SHARE`] replies already.
    TooManyReplies,
    /// 409: an upload named a share id that is (or was) in use.
    IdTaken,
    /// 409: the share's activity log holds [`MAX_ACTIVITY_PER_SHARE`] events already.
    LogFull,
}

/// The body of every failing API answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: ErrorCode,
    /// For developers; the app shows its own sentence for `error`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl ApiError {
    pub fn new(error: ErrorCode) -> Self {
        Self {
            error,
            detail: None,
        }
    }

    pub fn with_detail(error: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            error,
            detail: Some(detail.into()),
        }
    }
}

/// Why a share upload was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidShare {
    #[error("expires_in_secs must be between {MIN_EXPIRES_IN_SECS} and {MAX_EXPIRES_IN_SECS}")]
    Expiry,
    #[error("max_opens must be absent or between 1 and {MAX_OPENS_LIMIT}")]
    MaxOpens,
    #[error("{0} is not an age file")]
    NotAge(&'static str),
    #[error("preview is larger than {MAX_PREVIEW_BYTES} bytes")]
    PreviewTooLarge,
    #[error("the body's parts are not framed as raw_share_body makes them, or are cut short")]
    Framing,
    #[error("code must be 4 to 6 digits")]
    Code,
    #[error("starts_in_secs must be at most {MAX_STARTS_IN_SECS}")]
    Start,
    #[error("id must be {SHARE_ID_LEN} base64url characters of {SHARE_ID_BYTES} bytes")]
    Id,
}

/// The `Content-Type` of a share upload: raw bytes, since a share with documents can hold
/// 100 MB.
pub const RAW_SHARE_TYPE: &str = "application/octet-stream";

/// The limits of a `POST /api/shares`, at the head of its body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateShareParams {
    /// The share's id, picked by the app and signed with the share
    /// ([`crate::share::ShareTerms`]); without one the relay picks it (earlier apps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// How long the share runs, counted from its start.
    pub expires_in_secs: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_opens: Option<u32>,
    /// The spoken code (4 to 6 digits). The relay keeps only a salted hash of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A share for later: it starts this many seconds after the upload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_in_secs: Option<u64>,
    /// The client allows the viewer to write replies.
    #[serde(default, skip_serializing_if = "is_false")]
    pub replies: bool,
}

/// The longest params head an upload may carry.
const MAX_PARAMS_BYTES: usize = 1024;

/// The body of a share upload, everything length-prefixed (u32, big-endian) but the last
/// part: the [`CreateShareParams`] as JSON, the preview age file, then the content age file
/// up to the end. The path stays `/api/shares`, so nothing about the share is in the URL.
pub fn raw_share_body(params: &CreateShareParams, preview: &[u8], content: &[u8]) -> Vec<u8> {
    let head = serde_json::to_vec(params).expect("params always serialize");
    let mut body = Vec::with_capacity(8 + head.len() + preview.len() + content.len());
    body.extend_from_slice(&(head.len() as u32).to_be_bytes());
    body.extend_from_slice(&head);
    body.extend_from_slice(&(preview.len() as u32).to_be_bytes());
    body.extend_from_slice(preview);
    body.extend_from_slice(content);
    body
}

/// The head of an upload: its limits and its preview, checked. The content follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareHead {
    /// The id the app picked, checked ([`is_share_id`]); `None`: the relay picks one.
    pub id: Option<String>,
    pub expires_in_secs: u64,
    pub max_opens: Option<u32>,
    /// A checked spoken code.
    pub code: Option<String>,
    /// Zero: the share starts at once.
    pub starts_in_secs: u64,
    /// The viewer may write replies.
    pub replies: bool,
    pub preview: Vec<u8>,
    /// How many bytes of the body the head took.
    pub len: usize,
}

/// The longest head: what [`ShareHead::parse`] may need to buffer before the content.
pub const MAX_HEAD_BYTES: usize = 8 + MAX_PARAMS_BYTES + MAX_PREVIEW_BYTES;

impl ShareHead {
    /// Reads the head from the start of a body; `Ok(None)` while more bytes are needed, so
    /// the relay can parse a body as it streams in.
    pub fn parse(body: &[u8]) -> Result<Option<ShareHead>, InvalidShare> {
        let part = |at: usize, limit: usize, too_large: InvalidShare| {
            let Some(len) = body.get(at..at + 4) else {
                return Ok(None);
            };
            let len = u32::from_be_bytes(len.try_into().expect("4 bytes")) as usize;
            if len > limit {
                return Err(too_large);
            }
            Ok(body.get(at + 4..at + 4 + len))
        };
        let Some(params) = part(0, MAX_PARAMS_BYTES, InvalidShare::Framing)? else {
            return Ok(None);
        };
        let params: CreateShareParams =
            serde_json::from_slice(params).map_err(|_| InvalidShare::Framing)?;
        check_limits(params.expires_in_secs, params.max_opens)?;
        if params.code.as_deref().is_some_and(|c| !is_share_code(c)) {
            return Err(InvalidShare::Code);
        }
        let starts_in_secs = params.starts_in_secs.unwrap_or(0);
        if starts_in_secs > MAX_STARTS_IN_SECS {
            return Err(InvalidShare::Start);
        }
        if params.id.as_deref().is_some_and(|id| !is_share_id(id)) {
            return Err(InvalidShare::Id);
        }
        let at = 4 + params_len(body);
        let Some(preview) = part(at, MAX_PREVIEW_BYTES, InvalidShare::PreviewTooLarge)? else {
            return Ok(None);
        };
        if !is_age_file(preview) {
            return Err(InvalidShare::NotAge("preview"));
        }
        Ok(Some(ShareHead {
            id: params.id,
            expires_in_secs: params.expires_in_secs,
            max_opens: params.max_opens,
            code: params.code,
            starts_in_secs,
            replies: params.replies,
            preview: preview.to_vec(),
            len: at + 4 + preview.len(),
        }))
    }
}

fn params_len(body: &[u8]) -> usize {
    u32::from_be_bytes(body[..4].try_into().expect("checked by the caller")) as usize
}

/// A share upload that passed every check: its head and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedShare {
    pub head: ShareHead,
    pub content: Vec<u8>,
}

/// Reads and checks a whole body made by [`raw_share_body`].
pub fn decode_raw_share(body: &[u8]) -> Result<DecodedShare, InvalidShare> {
    let head = ShareHead::parse(body)?.ok_or(InvalidShare::Framing)?;
    let content = &body[head.len..];
    if !is_age_file(content) {
        return Err(InvalidShare::NotAge("content"));
    }
    Ok(DecodedShare {
        head,
        content: content.to_vec(),
    })
}

fn check_limits(expires_in_secs: u64, max_opens: Option<u32>) -> Result<(), InvalidShare> {
    if !(MIN_EXPIRES_IN_SECS..=MAX_EXPIRES_IN_SECS).contains(&expires_in_secs) {
        return Err(InvalidShare::Expiry);
    }
    if matches!(max_opens, Some(n) if !(1..=MAX_OPENS_LIMIT).contains(&n)) {
        return Err(InvalidShare::MaxOpens);
    }
    Ok(())
}

/// True when `id` has the shape of a share id, so malformed ids never reach storage.
pub fn is_share_id(id: &str) -> bool {
    id.len() == SHARE_ID_LEN
        && URL_SAFE_NO_PAD
            .decode(id)
            .is_ok_and(|b| b.len() == SHARE_ID_BYTES)
}

/// Path of a share's liveness and preview.
pub fn share_path(id: &str) -> String {
    path_for(paths::SHARE, id)
}

/// Path that opens a share (counts as an opening).
pub fn open_path(id: &str) -> String {
    path_for(paths::SHARE_OPEN, id)
}

/// Path that revokes a share (needs the revoke token).
pub fn revoke_path(id: &str) -> String {
    path_for(paths::SHARE_REVOKE, id)
}

/// Path of a share's access log (needs the revoke token).
pub fn log_path(id: &str) -> String {
    path_for(paths::SHARE_LOG, id)
}

/// Path that hands the content again to a viewer token (not counted).
pub fn view_path(id: &str) -> String {
    path_for(paths::SHARE_VIEW, id)
}

/// Path of a share's replies: posted with a viewer token, listed with the revoke token.
pub fn replies_path(id: &str) -> String {
    path_for(paths::SHARE_REPLIES, id)
}

/// Path of a share's activity log: events posted with a viewer token, listed with the
/// revoke token.
pub fn activity_path(id: &str) -> String {
    path_for(paths::SHARE_ACTIVITY, id)
}

/// Path of one reply, deleted with the revoke token once the client decided.
pub fn reply_path(id: &str, reply: &str) -> String {
    path_for(paths::SHARE_REPLY, id).replacen("{reply}", reply, 1)
}

/// True when `id` has the shape of a reply id.
pub fn is_reply_id(id: &str) -> bool {
    is_share_id(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn age_file(plaintext: &[u8]) -> Vec<u8> {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut out = Vec::new();
        let mut writer = encryptor.wrap_output(&mut out).unwrap();
        writer.write_all(plaintext).unwrap();
        writer.finish().unwrap();
        out
    }

    fn params(max_opens: Option<u32>) -> CreateShareParams {
        CreateShareParams {
            expires_in_secs: 3600,
            max_opens,
            ..CreateShareParams::default()
        }
    }

    #[test]
    fn uploads_decode_with_their_limits() {
        let preview = age_file(b"Anna");
        let content = age_file(b"snapshot");
        let body = raw_share_body(&params(Some(2)), &preview, &content);
        let decoded = decode_raw_share(&body).unwrap();
        assert_eq!(decoded.head.max_opens, Some(2));
        assert_eq!(decoded.head.expires_in_secs, 3600);
        assert_eq!((decoded.head.preview, decoded.content), (preview, content));
    }

    #[test]
    fn the_head_parses_as_it_streams_in() {
        let preview = age_file(b"Anna");
        let body = raw_share_body(&params(None), &preview, &age_file(b"snapshot"));
        let whole = ShareHead::parse(&body).unwrap().unwrap();
        let head = serde_json::to_vec(&params(None)).unwrap();
        assert_eq!(whole.len, 8 + head.len() + preview.len());
        for cut in 0..whole.len {
            assert_eq!(ShareHead::parse(&body[..cut]), Ok(None), "{cut}");
        }
        assert_eq!(ShareHead::parse(&body[..whole.len]), Ok(Some(whole)));
    }

    #[test]
    fn limits_are_inclusive() {
        let (preview, content) = (age_file(b"Anna"), age_file(b"snapshot"));
        let body = |expires_in_secs, max_opens| {
            let params = CreateShareParams {
                expires_in_secs,
                max_opens,
                ..CreateShareParams::default()
            };
            decode_raw_share(&raw_share_body(&params, &preview, &content)).map(|_| ())
        };
        for secs in [MIN_EXPIRES_IN_SECS, MAX_EXPIRES_IN_SECS] {
            assert_eq!(body(secs, None), Ok(()), "{secs}");
        }
        for secs in [0, MIN_EXPIRES_IN_SECS - 1, MAX_EXPIRES_IN_SECS + 1] {
            assert_eq!(body(secs, None), Err(InvalidShare::Expiry));
        }
        for opens in [Some(0), Some(MAX_OPENS_LIMIT + 1)] {
            assert_eq!(body(600, opens), Err(InvalidShare::MaxOpens));
        }
        assert_eq!(body(600, Some(MAX_OPENS_LIMIT)), Ok(()));
    }

    #[test]
    fn malformed_bodies_are_refused() {
        let preview = age_file(b"Anna");
        let content = age_file(b"snapshot");
        let body = raw_share_body(&params(Some(2)), &preview, &content);
        let bad = |body: &[u8]| decode_raw_share(body).unwrap_err();
        assert_eq!(bad(&body[..3]), InvalidShare::Framing);
        assert_eq!(bad(&body[..20]), InvalidShare::Framing);
        assert_eq!(bad(&[0xFF; 64]), InvalidShare::Framing);
        assert_eq!(
            bad(&raw_share_body(&params(None), &preview, b"not age")),
            InvalidShare::NotAge("content")
        );
        assert_eq!(
            bad(&raw_share_body(&params(None), b"not age", &content)),
            InvalidShare::NotAge("preview")
        );
        let big = age_file(&[0; MAX_PREVIEW_BYTES]);
        assert_eq!(
            bad(&raw_share_body(&params(None), &big, &content)),
            InvalidShare::PreviewTooLarge
        );
    }

    #[test]
    fn codes_and_starts_are_checked_in_the_head() {
        let (preview, content) = (age_file(b"Anna"), age_file(b"snapshot"));
        let head = |code: Option<&str>, starts_in_secs: Option<u64>| {
            let params = CreateShareParams {
                expires_in_secs: 3600,
                code: code.map(str::to_owned),
                starts_in_secs,
                ..CreateShareParams::default()
            };
            decode_raw_share(&raw_share_body(&params, &preview, &content)).map(|d| d.head)
        };
        for good in ["0000", "12345", "987654"] {
            assert_eq!(head(Some(good), None).unwrap().code.as_deref(), Some(good));
        }
        for bad in ["", "123", "1234567", "12a4", "１２３４", " 1234", "12-34"] {
            assert_eq!(head(Some(bad), None), Err(InvalidShare::Code), "{bad:?}");
        }
        assert_eq!(head(None, None).unwrap().starts_in_secs, 0);
        assert_eq!(
            head(None, Some(MAX_STARTS_IN_SECS)).unwrap().starts_in_secs,
            MAX_STARTS_IN_SECS
        );
        assert_eq!(
            head(None, Some(MAX_STARTS_IN_SECS + 1)),
            Err(InvalidShare::Start)
        );
        // An upload of an earlier app, without the new fields, still parses.
        let old = br#"{"expires_in_secs":600}"#;
        let params: CreateShareParams = serde_json::from_slice(old).unwrap();
        assert_eq!((params.code, params.starts_in_secs), (None, None));
    }

    #[test]
    fn the_new_answers_read_and_old_ones_still_do() {
        let old: ShareStatus =
            serde_json::from_str(r#"{"expires_at":5,"preview":"AA=="}"#).unwrap();
        assert!(!old.code_needed && !old.used_up && old.starts_at.is_none());
        assert_eq!(
            serde_json::to_string(&NotYet {
                error: ErrorCode::NotYet,
                starts_at: 7
            })
            .unwrap(),
            r#"{"error":"not_yet","starts_at":7}"#
        );
        assert_eq!(
            serde_json::to_string(&ShareState::Blocked).unwrap(),
            r#""blocked""#
        );
        let open: OpenShare = serde_json::from_str("{}").unwrap();
        assert_eq!(open.code, None);
    }

    #[test]
    fn a_head_may_name_the_share_id_and_a_malformed_one_is_refused() {
        let (preview, content) = (age_file(b"Anna"), age_file(b"snapshot"));
        let head = |id: Option<&str>| {
            let params = CreateShareParams {
                id: id.map(str::to_owned),
                expires_in_secs: 3600,
                ..CreateShareParams::default()
            };
            decode_raw_share(&raw_share_body(&params, &preview, &content)).map(|d| d.head.id)
        };
        let id = URL_SAFE_NO_PAD.encode([9u8; SHARE_ID_BYTES]);
        assert_eq!(head(Some(&id)), Ok(Some(id.clone())));
        assert_eq!(head(None), Ok(None), "an earlier app's head names none");
        for bad in [
            "",
            "short",
            "AAAAAAAAAAAAAAAAAAAAA+",
            "../../../etc/passwd",
            &id[1..],
        ] {
            assert_eq!(head(Some(bad)), Err(InvalidShare::Id), "{bad:?}");
        }
        // The status answer carries the open limit, and an old one without it still reads.
        let status = ShareStatus {
            expires_at: 5,
            preview: "AA==".into(),
            code_needed: true,
            tries_left: Some(5),
            starts_at: Some(3),
            max_opens: Some(2),
            used_up: false,
        };
        let json = serde_json::to_string(&status).unwrap();
        assert!(json.contains(r#""max_opens":2"#), "{json}");
        assert_eq!(serde_json::from_str::<ShareStatus>(&json).unwrap(), status);
        let old: ShareStatus =
            serde_json::from_str(r#"{"expires_at":5,"preview":"AA=="}"#).unwrap();
        assert_eq!(old.max_opens, None);
        assert_eq!(
            serde_json::to_string(&ApiError::new(ErrorCode::IdTaken)).unwrap(),
            r#"{"error":"id_taken"}"#
        );
    }

    #[test]
    fn share_ids_are_22_base64url_chars() {
        assert!(is_share_id(&URL_SAFE_NO_PAD.encode([7u8; SHARE_ID_BYTES])));
        assert!(!is_share_id("short"));
        assert!(!is_share_id("AAAAAAAAAAAAAAAAAAAAA+"));
        assert!(!is_share_id(&URL_SAFE_NO_PAD.encode([7u8; 17])));
    }

    #[test]
    fn paths_are_filled_from_the_templates() {
        assert_eq!(open_path("abc"), "/api/shares/abc/open");
        assert_eq!(share_path("abc"), format!("{SHARES_PATH}/abc"));
        // The transfer module still spells its own; they must not drift apart.
        assert_eq!(
            crate::transfer::receive_path("abc"),
            path_for(paths::TRANSFER_RECEIVE, "abc")
        );
        assert_eq!(
            crate::transfer::cancel_path("abc"),
            path_for(paths::TRANSFER_CANCEL, "abc")
        );
        assert_eq!(crate::transfer::TRANSFERS_PATH, paths::TRANSFERS);
        assert_eq!(view_path("abc"), "/api/shares/abc/view");
        assert_eq!(replies_path("abc"), "/api/shares/abc/replies");
        assert_eq!(reply_path("abc", "r1"), "/api/shares/abc/replies/r1");
    }

    #[test]
    fn replies_are_off_unless_asked_for_and_old_heads_stay_the_same() {
        let old = CreateShareParams {
            expires_in_secs: 600,
            ..Default::default()
        };
        // A head without replies is byte for byte what an earlier app sent.
        assert_eq!(
            serde_json::to_string(&old).unwrap(),
            r#"{"expires_in_secs":600}"#
        );
        let body = raw_share_body(&old, &age_file(b"p"), &age_file(b"c"));
        assert!(!decode_raw_share(&body).unwrap().head.replies);
        let with = CreateShareParams {
            replies: true,
            ..old
        };
        let body = raw_share_body(&with, &age_file(b"p"), &age_file(b"c"));
        assert!(decode_raw_share(&body).unwrap().head.replies);
    }

    #[test]
    fn wire_format_is_stable() {
        let log = ShareLog {
            status: ShareState::Exhausted,
            expires_at: 5,
            max_opens: None,
            opens: vec![1, 2],
            starts_at: None,
            wrong_codes: Vec::new(),
        };
        assert_eq!(
            serde_json::to_string(&log).unwrap(),
            r#"{"status":"exhausted","expires_at":5,"max_opens":null,"opens":[1,2]}"#
        );
        // An older relay's answer has no wrong codes, and still reads.
        let old: ShareLog = serde_json::from_str(
            r#"{"status":"blocked","expires_at":5,"max_opens":null,"opens":[1]}"#,
        )
        .unwrap();
        assert!(old.wrong_codes.is_empty());
        let tried = ShareLog {
            wrong_codes: vec![3, 4],
            ..log
        };
        assert_eq!(
            serde_json::to_string(&tried).unwrap(),
            r#"{"status":"exhausted","expires_at":5,"max_opens":null,"opens":[1,2],"wrong_codes":[3,4]}"#
        );
        for (code, text) in [
            (ErrorCode::Gone, "gone"),
            (ErrorCode::RateLimited, "rate_limited"),
            (ErrorCode::QuotaFull, "quota_full"),
            (ErrorCode::ClientQuotaFull, "client_quota_full"),
            (ErrorCode::CrossSite, "cross_site"),
            (ErrorCode::Busy, "busy"),
            (ErrorCode::TimedOut, "timed_out"),
            (ErrorCode::CodeNeeded, "code_needed"),
            (ErrorCode::NotYet, "not_yet"),
            (ErrorCode::RepliesOff, "replies_off"),
            (ErrorCode::TooManyReplies, "too_many_replies"),
        ] {
            assert_eq!(
                serde_json::to_string(&ApiError::new(code)).unwrap(),
                format!(r#"{{"error":"{text}"}}"#)
            );
        }
    }
}
