//! Request and response types shared by the relay and the app.
//!
//! The relay only ever sees age ciphertext: `preview` and `content` are binary age files,
//! standard base64 with padding in JSON. The relay checks that they *are* age files (a
//! parseable `age-encryption.org/v1` header) so it cannot be used to park arbitrary data,
//! but it never holds a key that opens them.
//!
//! | route                            | request                      | success                          | failure                 |
//! |----------------------------------|------------------------------|----------------------------------|-------------------------|
//! | `POST /api/shares`               | [`CreateShare`] JSON         | 201 [`ShareCreated`]             | 400, 413, 429           |
//! | `POST /api/shares`               | raw bytes ([`raw_share_body`]) | 201 [`ShareCreated`]           | 400, 413, 429           |
//! | `GET /api/shares/{id}`           | —                            | 200 [`ShareStatus`]              | 404 gone                |
//! | `POST /api/shares/{id}/open`     | —                            | 200 raw content bytes            | 404 gone, 429           |
//! | `POST /api/shares/{id}/revoke`   | `Authorization: Bearer <t>`  | 204                              | 404 gone                |
//! | `GET /api/shares/{id}/log`       | `Authorization: Bearer <t>`  | 200 [`ShareLog`]                 | 404 gone                |
//!
//! Every failure body is an [`ApiError`]. Unknown, expired, revoked and malformed ids all
//! get the very same 404 body, so the answer tells nobody whether a share ever existed.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// Where the share API lives; the app and the relay build their paths from these.
pub const SHARES_PATH: &str = "/api/shares";

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

/// `POST /api/shares`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateShare {
    /// Seconds from now until the relay stops serving the share.
    pub expires_in_secs: u64,
    /// How many times the share may be opened; `None` means until expiry.
    pub max_opens: Option<u32>,
    /// Standard base64 of a small age file: what the viewer shows before opening.
    pub preview: String,
    /// Standard base64 of the age file holding the snapshot.
    pub content: String,
}

/// 201 answer to [`CreateShare`]. The revoke token is shown once: the relay keeps only its
/// SHA-256, so the app must store it with the share.
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
}

/// Where a share is in its life, as the client sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShareState {
    Active,
    Expired,
    Revoked,
    /// Its open limit is used up; it expires later but will not be opened again.
    Exhausted,
}

/// `GET /api/shares/{id}/log`, for the client who holds the revoke token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareLog {
    pub status: ShareState,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
    pub max_opens: Option<u32>,
    /// The time of each opening, oldest first, in milliseconds since the Unix epoch.
    pub opens: Vec<i64>,
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

/// Why a [`CreateShare`] was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidShare {
    #[error("expires_in_secs must be between {MIN_EXPIRES_IN_SECS} and {MAX_EXPIRES_IN_SECS}")]
    Expiry,
    #[error("max_opens must be absent or between 1 and {MAX_OPENS_LIMIT}")]
    MaxOpens,
    #[error("{0} is not standard base64")]
    Base64(&'static str),
    #[error("{0} is not an age file")]
    NotAge(&'static str),
    #[error("preview is larger than {MAX_PREVIEW_BYTES} bytes")]
    PreviewTooLarge,
    #[error("the body's parts are not framed as raw_share_body makes them, or are cut short")]
    Framing,
}

/// The `Content-Type` of a share upload as raw bytes: the way the app sends shares, since a
/// share with documents can hold 100 MB, a third more as base64 JSON.
pub const RAW_SHARE_TYPE: &str = "application/octet-stream";

/// The limits of a raw `POST /api/shares`, at the head of its body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateShareParams {
    pub expires_in_secs: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_opens: Option<u32>,
}

/// The longest params head a raw upload may carry.
const MAX_PARAMS_BYTES: usize = 1024;

/// The body of a raw share upload, everything length-prefixed (u32, big-endian) but the last
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

/// Reads and checks a body made by [`raw_share_body`]: the same limits as [`CreateShare`],
/// and both payloads must be binary age files.
pub fn decode_raw_share(body: &[u8]) -> Result<DecodedShare, InvalidShare> {
    let mut rest = body;
    let mut take = |limit: usize, too_large: InvalidShare| -> Result<&[u8], InvalidShare> {
        let (len, tail) = rest.split_first_chunk::<4>().ok_or(InvalidShare::Framing)?;
        let len = u32::from_be_bytes(*len) as usize;
        if len > limit {
            return Err(too_large);
        }
        if tail.len() < len {
            return Err(InvalidShare::Framing);
        }
        let (part, tail) = tail.split_at(len);
        rest = tail;
        Ok(part)
    };
    let head = take(MAX_PARAMS_BYTES, InvalidShare::Framing)?;
    let params: CreateShareParams =
        serde_json::from_slice(head).map_err(|_| InvalidShare::Framing)?;
    check_limits(params.expires_in_secs, params.max_opens)?;
    let preview = take(MAX_PREVIEW_BYTES, InvalidShare::PreviewTooLarge)?;
    let content = rest;
    if !is_age_file(preview) {
        return Err(InvalidShare::NotAge("preview"));
    }
    if !is_age_file(content) {
        return Err(InvalidShare::NotAge("content"));
    }
    Ok(DecodedShare {
        expires_in_secs: params.expires_in_secs,
        max_opens: params.max_opens,
        preview: preview.to_vec(),
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

/// A [`CreateShare`] that passed every check, with its ciphertexts decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedShare {
    pub expires_in_secs: u64,
    pub max_opens: Option<u32>,
    pub preview: Vec<u8>,
    pub content: Vec<u8>,
}

impl CreateShare {
    /// Checks the limits and that both payloads are binary age files.
    pub fn decode(&self) -> Result<DecodedShare, InvalidShare> {
        check_limits(self.expires_in_secs, self.max_opens)?;
        let preview = decode_age("preview", &self.preview)?;
        if preview.len() > MAX_PREVIEW_BYTES {
            return Err(InvalidShare::PreviewTooLarge);
        }
        let content = decode_age("content", &self.content)?;
        Ok(DecodedShare {
            expires_in_secs: self.expires_in_secs,
            max_opens: self.max_opens,
            preview,
            content,
        })
    }
}

fn decode_age(field: &'static str, b64: &str) -> Result<Vec<u8>, InvalidShare> {
    let bytes = STANDARD
        .decode(b64)
        .map_err(|_| InvalidShare::Base64(field))?;
    if !is_age_file(&bytes) {
        return Err(InvalidShare::NotAge(field));
    }
    Ok(bytes)
}

/// True when `bytes` starts with a well-formed binary age header. Only the header is read;
/// the payload cannot be checked without the key, which is the point.
pub fn is_age_file(bytes: &[u8]) -> bool {
    age::Decryptor::new(bytes).is_ok()
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
    format!("{SHARES_PATH}/{id}")
}

/// Path that opens a share (counts as an opening).
pub fn open_path(id: &str) -> String {
    format!("{SHARES_PATH}/{id}/open")
}

/// Path that revokes a share (needs the revoke token).
pub fn revoke_path(id: &str) -> String {
    format!("{SHARES_PATH}/{id}/revoke")
}

/// Path of a share's access log (needs the revoke token).
pub fn log_path(id: &str) -> String {
    format!("{SHARES_PATH}/{id}/log")
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

    fn request() -> CreateShare {
        CreateShare {
            expires_in_secs: 3600,
            max_opens: Some(1),
            preview: STANDARD.encode(age_file(b"Anna, wijkteam")),
            content: STANDARD.encode(age_file(b"snapshot")),
        }
    }

    #[test]
    fn a_well_formed_request_decodes() {
        let decoded = request().decode().unwrap();
        assert!(is_age_file(&decoded.content));
        assert_eq!(decoded.max_opens, Some(1));
    }

    #[test]
    fn limits_are_inclusive() {
        for secs in [MIN_EXPIRES_IN_SECS, MAX_EXPIRES_IN_SECS] {
            let r = CreateShare {
                expires_in_secs: secs,
                ..request()
            };
            assert!(r.decode().is_ok(), "{secs}");
        }
        for secs in [0, MIN_EXPIRES_IN_SECS - 1, MAX_EXPIRES_IN_SECS + 1] {
            let r = CreateShare {
                expires_in_secs: secs,
                ..request()
            };
            assert_eq!(r.decode(), Err(InvalidShare::Expiry));
        }
        for opens in [Some(0), Some(MAX_OPENS_LIMIT + 1)] {
            let r = CreateShare {
                max_opens: opens,
                ..request()
            };
            assert_eq!(r.decode(), Err(InvalidShare::MaxOpens));
        }
        let r = CreateShare {
            max_opens: None,
            ..request()
        };
        assert!(r.decode().is_ok());
    }

    #[test]
    fn payloads_must_be_base64_age_files() {
        let r = CreateShare {
            content: "not base64!".into(),
            ..request()
        };
        assert_eq!(r.decode(), Err(InvalidShare::Base64("content")));
        let r = CreateShare {
            preview: STANDARD.encode(b"plain text, not age"),
            ..request()
        };
        assert_eq!(r.decode(), Err(InvalidShare::NotAge("preview")));
        let r = CreateShare {
            preview: STANDARD.encode(age_file(&[0u8; MAX_PREVIEW_BYTES])),
            ..request()
        };
        assert_eq!(r.decode(), Err(InvalidShare::PreviewTooLarge));
    }

    #[test]
    fn raw_uploads_carry_the_same_checks() {
        let preview = age_file(b"Anna");
        let content = age_file(b"snapshot");
        let params = CreateShareParams {
            expires_in_secs: 3600,
            max_opens: Some(2),
        };
        let body = raw_share_body(&params, &preview, &content);
        let decoded = decode_raw_share(&body).unwrap();
        assert_eq!(decoded.max_opens, Some(2));
        assert_eq!(decoded.expires_in_secs, 3600);
        assert_eq!(
            (decoded.preview, decoded.content),
            (preview.clone(), content.clone())
        );
        let bad = |body: &[u8]| decode_raw_share(body).unwrap_err();
        assert_eq!(bad(&body[..3]), InvalidShare::Framing);
        assert_eq!(bad(&body[..20]), InvalidShare::Framing);
        assert_eq!(bad(&[0xFF; 64]), InvalidShare::Framing);
        assert_eq!(
            bad(&raw_share_body(&params, &preview, b"not age")),
            InvalidShare::NotAge("content")
        );
        assert_eq!(
            bad(&raw_share_body(&params, b"not age", &content)),
            InvalidShare::NotAge("preview")
        );
        let big = age_file(&[0; MAX_PREVIEW_BYTES]);
        assert_eq!(
            bad(&raw_share_body(&params, &big, &content)),
            InvalidShare::PreviewTooLarge
        );
        let long = CreateShareParams {
            expires_in_secs: MAX_EXPIRES_IN_SECS + 1,
            max_opens: None,
        };
        assert_eq!(
            bad(&raw_share_body(&long, &preview, &content)),
            InvalidShare::Expiry
        );
        let zero = CreateShareParams {
            expires_in_secs: 600,
            max_opens: Some(0),
        };
        assert_eq!(
            bad(&raw_share_body(&zero, &preview, &content)),
            InvalidShare::MaxOpens
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
    fn wire_format_is_stable() {
        let log = ShareLog {
            status: ShareState::Exhausted,
            expires_at: 5,
            max_opens: None,
            opens: vec![1, 2],
        };
        assert_eq!(
            serde_json::to_string(&log).unwrap(),
            r#"{"status":"exhausted","expires_at":5,"max_opens":null,"opens":[1,2]}"#
        );
        assert_eq!(
            serde_json::to_string(&ApiError::new(ErrorCode::Gone)).unwrap(),
            r#"{"error":"gone"}"#
        );
        assert_eq!(
            serde_json::to_string(&ApiError::new(ErrorCode::RateLimited)).unwrap(),
            r#"{"error":"rate_limited"}"#
        );
    }
}
