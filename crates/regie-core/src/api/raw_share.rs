//! The upload body of `POST /api/shares`: its parameters, preview and content in one raw
//! body, framed so the relay can check the head before the content streams in.

use serde::{Deserialize, Serialize};

use super::*;

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
