//! A professional's request for a share ("vraag"): the professional's browser makes an age
//! X25519 key in memory and posts the request's body (that key's public half, who asks,
//! what for, which sections and for how long) to the relay. The client opens a link
//! `<origin>/#vraag=<id>.<fingerprint>`: the fingerprint is the SHA-256 of the body's exact
//! bytes, so the client's app refuses a body the relay altered in any way (another key,
//! another name, more sections). Approving seals the share's link to the key
//! ([`seal_answer`]); only the professional's browser opens it ([`open_answer`]).
//!
//! The relay keeps the body and the sealed answer, never a key that opens the answer, for
//! at most [`REQUEST_LIFETIME_MS`].

use std::str::FromStr;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::catalogue::Text;
use crate::model::SectionKey;
use crate::sorting::sort_by;

/// A request waits ten minutes for the client's answer.
pub const REQUEST_LIFETIME_MS: i64 = 10 * 60 * 1000;
/// The largest request body the relay takes: a key, four short texts and a few sections.
pub const MAX_REQUEST_BYTES: usize = 2 * 1024;
/// The largest sealed answer: a share link sealed with age, in base64.
pub const MAX_ANSWER_BYTES: usize = 2 * 1024;
/// The longest name, organisation, role or purpose, in characters.
pub const MAX_FIELD_CHARS: usize = 80;
/// The durations a professional may ask for, in minutes.
pub const DURATIONS: [u32; 4] = [15, 30, 60, 120];
/// The fragment key of a request link.
pub const LINK_KEY: &str = "vraag=";
/// The request's fingerprint in a link: the SHA-256 of its body, base64url.
pub const FINGERPRINT_LEN: usize = 43;

/// What a professional asks for, as posted to the relay and hashed for the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareRequest {
    /// Format version, 1.
    pub v: u32,
    /// The public half of the professional's key (`age1…`): the answer is sealed to it.
    pub key: String,
    pub name: String,
    pub org: String,
    pub role: String,
    /// What for ("waarvoor"): the share's purpose.
    pub purpose: String,
    pub sections: Vec<SectionKey>,
    /// How long the share should last once approved.
    pub minutes: u32,
}

/// Why a request cannot be made or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("the name is empty")]
    NoName,
    #[error("no section is asked for")]
    NoSections,
    #[error("a text is longer than it may be")]
    TooLong,
    #[error("this duration cannot be asked for")]
    Duration,
    #[error("the request is not a request this app can read")]
    Format,
    #[error("the request is larger than a request may be")]
    TooLarge,
    /// The relay answered another body than the one the link names.
    #[error("the request is not the one the link names")]
    Altered,
    #[error("the answer does not open with this key")]
    Undecryptable,
}

impl ShareRequest {
    /// Holds the request to the rules; the relay and the client's app both do.
    pub fn check(&self) -> Result<(), RequestError> {
        if self.v != 1 || age::x25519::Recipient::from_str(&self.key).is_err() {
            return Err(RequestError::Format);
        }
        if self.name.trim().is_empty() {
            return Err(RequestError::NoName);
        }
        let texts = [&self.name, &self.org, &self.role, &self.purpose];
        if texts.iter().any(|t| t.chars().count() > MAX_FIELD_CHARS)
            || texts.iter().any(|t| t.chars().any(char::is_control))
        {
            return Err(RequestError::TooLong);
        }
        if self.sections.is_empty() {
            return Err(RequestError::NoSections);
        }
        let mut seen = self.sections.clone();
        sort_by(&mut seen, Ord::cmp);
        seen.dedup();
        if seen.len() != self.sections.len() {
            return Err(RequestError::Format);
        }
        if !DURATIONS.contains(&self.minutes) {
            return Err(RequestError::Duration);
        }
        Ok(())
    }

    /// The body to post, checked; the link's fingerprint is taken over exactly these bytes.
    pub fn to_body(&self) -> Result<Vec<u8>, RequestError> {
        self.check()?;
        let body = serde_json::to_vec(self).map_err(|_| RequestError::Format)?;
        if body.len() > MAX_REQUEST_BYTES {
            return Err(RequestError::TooLarge);
        }
        Ok(body)
    }

    /// A body as the relay takes it: small, readable and within the rules.
    pub fn from_body(body: &[u8]) -> Result<ShareRequest, RequestError> {
        if body.len() > MAX_REQUEST_BYTES {
            return Err(RequestError::TooLarge);
        }
        let request: ShareRequest =
            serde_json::from_slice(body).map_err(|_| RequestError::Format)?;
        request.check()?;
        Ok(request)
    }

    /// A body as the client's app gets it from the relay, held to the link's fingerprint
    /// first: a body that differs in any byte is refused before it is read.
    pub fn verified(body: &[u8], fingerprint: &str) -> Result<ShareRequest, RequestError> {
        if body.len() > MAX_REQUEST_BYTES {
            return Err(RequestError::TooLarge);
        }
        if !fingerprints_match(&fingerprint_of(body), fingerprint) {
            return Err(RequestError::Altered);
        }
        ShareRequest::from_body(body)
    }
}

impl ShareRequest {
    /// Who asks, as one line for the client's screen and the share's "with": name, role,
    /// organisation, the empty ones left out.
    pub fn asker(&self) -> String {
        [&self.name, &self.role, &self.org]
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl RequestError {
    /// The sentence for this error, for the professional or the client.
    pub fn text(self) -> Text {
        match self {
            RequestError::NoName => Text::ErrRequestName,
            RequestError::NoSections => Text::ErrShareNoSections,
            RequestError::TooLong => Text::ErrPurposeLong,
            RequestError::Altered => Text::ErrRequestAltered,
            RequestError::Duration
            | RequestError::Format
            | RequestError::TooLarge
            | RequestError::Undecryptable => Text::ErrLinkBroken,
        }
    }
}

/// The purposes offered to choose from; the client or professional may type their own.
pub const PURPOSE_PRESETS: [Text; 3] = [Text::PurposeIntake, Text::PurposeKitchen, Text::PurposeGp];

/// A share's purpose as typed or chosen: trimmed, `None` when left empty; at most
/// [`MAX_FIELD_CHARS`] characters and no control characters, like a request's purpose.
pub fn purpose_of(text: &str) -> Result<Option<String>, RequestError> {
    let text = text.trim();
    if text.chars().count() > MAX_FIELD_CHARS || text.chars().any(char::is_control) {
        return Err(RequestError::TooLong);
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// The SHA-256 of a request body, base64url without padding.
pub fn fingerprint_of(body: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(body))
}

/// Compares two fingerprints without stopping at the first difference.
fn fingerprints_match(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The link the client opens: everything after `#` stays in the browser.
pub fn request_link(origin: &str, id: &str, fingerprint: &str) -> String {
    format!(
        "{}/#{LINK_KEY}{id}.{fingerprint}",
        origin.trim_end_matches('/')
    )
}

/// The id and fingerprint of a request link's fragment (with or without `#`), when it is one.
pub fn parse_fragment(fragment: &str) -> Option<(String, String)> {
    let rest = fragment.trim_start_matches('#').strip_prefix(LINK_KEY)?;
    let (id, fingerprint) = rest.split_once('.')?;
    let fits = crate::api::is_share_id(id)
        && fingerprint.len() == FINGERPRINT_LEN
        && URL_SAFE_NO_PAD
            .decode(fingerprint)
            .is_ok_and(|b| b.len() == 32);
    fits.then(|| (id.to_owned(), fingerprint.to_owned()))
}

/// The client's answer to a request, as posted to the relay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RequestAnswer {
    /// The share's link, sealed to the request's key (an age file in base64).
    Approved(String),
    Refused,
}

/// What the professional's page learns when it asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "sealed")]
pub enum RequestState {
    Waiting,
    Approved(String),
    Refused,
}

/// The relay's answer to a new request: its id, the secret the professional's page asks
/// with, and when it ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestCreated {
    pub id: String,
    pub secret: String,
    pub expires_at: i64,
}

/// An answer as the relay takes it: a refusal, or one small age file in base64.
pub fn answer_is_well_formed(answer: &RequestAnswer) -> bool {
    match answer {
        RequestAnswer::Refused => true,
        RequestAnswer::Approved(sealed) => {
            sealed.len() <= MAX_ANSWER_BYTES
                && STANDARD
                    .decode(sealed)
                    .is_ok_and(|bytes| crate::api::is_age_file(&bytes))
        }
    }
}

/// Seals a share link to the request's key, as the client's app approves.
pub fn seal_answer(request: &ShareRequest, link: &str) -> Result<RequestAnswer, RequestError> {
    let recipient =
        age::x25519::Recipient::from_str(&request.key).map_err(|_| RequestError::Format)?;
    let sealed = age::encrypt(&recipient, link.as_bytes()).map_err(|_| RequestError::Format)?;
    let answer = RequestAnswer::Approved(STANDARD.encode(sealed));
    if !answer_is_well_formed(&answer) {
        return Err(RequestError::TooLarge);
    }
    Ok(answer)
}

/// The professional's key, made in the browser and never stored.
pub struct RequestKey(age::x25519::Identity);

impl RequestKey {
    pub fn generate() -> RequestKey {
        RequestKey(age::x25519::Identity::generate())
    }

    /// The public half, for the request's body.
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }

    /// Opens the client's sealed answer: the share link.
    pub fn open_answer(&self, sealed: &str) -> Result<String, RequestError> {
        if sealed.len() > MAX_ANSWER_BYTES {
            return Err(RequestError::TooLarge);
        }
        let bytes = STANDARD
            .decode(sealed)
            .map_err(|_| RequestError::Undecryptable)?;
        let plain = age::decrypt(&self.0, &bytes).map_err(|_| RequestError::Undecryptable)?;
        String::from_utf8(plain).map_err(|_| RequestError::Undecryptable)
    }
}

#[cfg(test)]
#[path = "request_tests.rs"]
mod tests;
