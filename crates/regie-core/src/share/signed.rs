//! The signed envelope that is a share's preview plaintext, and what its signature covers.
//!
//! Version [`SIGNED_PREVIEW_VERSION`] (3) binds the share to what the client chose for it at
//! the relay, its [`ShareTerms`]: the share's id (picked by the app), its start, its open
//! limit and whether it needs a spoken code. Version [`UNBOUND_PREVIEW_VERSION`] (2), from
//! before, covers the preview and the content only; such shares still open until their
//! signed end. Each version signs under a label of its own, so a signature of one can never
//! be read as a signature of the other (a bound share cannot be passed off as an unbound one).

use base64::engine::general_purpose::STANDARD as B64;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::{read_versioned, ShareError, ShareKey, SharePreview, LINK_VERSION};
use crate::api::{is_share_id, SHARE_ID_BYTES};
use crate::model::Timestamp;
use crate::signing::{CheckWords, DossierSigningKey, Signer25519};
use crate::vault::SealError;

/// The format version of the signed envelope this build writes: bound to its [`ShareTerms`].
pub const SIGNED_PREVIEW_VERSION: u32 = 3;
/// The signed envelope of shares made before they were bound to their terms.
pub const UNBOUND_PREVIEW_VERSION: u32 = 2;
/// What every version-2 signature starts with, so it can never be taken for another message.
const SIGNATURE_LABEL_V2: &[u8] = b"regie share signature v1\n";
/// What every version-3 signature starts with.
const SIGNATURE_LABEL_V3: &[u8] = b"regie share signature v2\n";

/// What the client chose for a share at the relay, signed with its preview: the viewer
/// refuses a share whose relay says otherwise (see [`super::bound`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareTerms {
    /// The share's id: 16 random bytes picked by the app, base64url ([`is_share_id`]).
    pub id: String,
    /// A share for later: the moment it opens, by the client's clock. `None`: at once.
    #[serde(default)]
    pub starts: Option<Timestamp>,
    /// How often it may be opened; `None`: no limit.
    #[serde(default)]
    pub max_opens: Option<u32>,
    /// It opens only with a spoken code.
    pub code: bool,
}

impl ShareTerms {
    /// A fresh random share id, from the operating system's (or the browser's) generator.
    pub fn new_id() -> String {
        let mut bytes = [0u8; SHARE_ID_BYTES];
        getrandom::getrandom(&mut bytes).expect("the platform has a random source");
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// The terms as the signature covers them: one line each, in a fixed order. The id has
    /// no line breaks ([`is_share_id`] is checked first), so this reads back one way only.
    fn signed_bytes(&self) -> Vec<u8> {
        let or_none = |v: Option<String>| v.unwrap_or_else(|| "none".to_owned());
        format!(
            "id {}\nstarts {}\nmax_opens {}\ncode {}\n",
            self.id,
            or_none(self.starts.map(|t| t.0.to_string())),
            or_none(self.max_opens.map(|n| n.to_string())),
            if self.code { "yes" } else { "no" },
        )
        .into_bytes()
    }
}

/// What a share's signature is made over: a fixed label, the link version, the preview's
/// exact bytes (length first), the SHA-256 of the content's plaintext and, for a bound share,
/// its terms (length first) under the version-3 label.
pub(crate) fn signed_message(
    preview_json: &[u8],
    content_hash: &[u8; 32],
    terms: Option<&ShareTerms>,
) -> Vec<u8> {
    let label = match terms {
        Some(_) => SIGNATURE_LABEL_V3,
        None => SIGNATURE_LABEL_V2,
    };
    let mut message = Vec::with_capacity(label.len() + preview_json.len() + 160);
    message.extend_from_slice(label);
    message.extend_from_slice(b"link ");
    message.extend_from_slice(LINK_VERSION.as_bytes());
    message.push(b'\n');
    message.extend_from_slice(&(preview_json.len() as u64).to_be_bytes());
    message.extend_from_slice(preview_json);
    message.extend_from_slice(content_hash);
    if let Some(terms) = terms {
        let bytes = terms.signed_bytes();
        message.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
        message.extend_from_slice(&bytes);
    }
    message
}

/// A preview's plaintext: the preview JSON with the signature that vouches for it, for the
/// content and (from version 3) for the share's terms.
#[derive(Serialize, Deserialize)]
struct Envelope {
    v: u32,
    preview: String,
    content: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    share: Option<ShareTerms>,
    signer: String,
    signature: String,
}

/// The signed envelope of a share, version 3: the plaintext of its preview.
pub(super) fn sign_envelope(
    signing: &DossierSigningKey,
    preview_json: &[u8],
    content_hash: &[u8; 32],
    terms: &ShareTerms,
) -> Result<Vec<u8>, SealError> {
    if !is_share_id(&terms.id) {
        return Err(SealError);
    }
    let signature = signing.sign(&signed_message(preview_json, content_hash, Some(terms)));
    let envelope = Envelope {
        v: SIGNED_PREVIEW_VERSION,
        preview: B64.encode(preview_json),
        content: hex(content_hash),
        share: Some(terms.clone()),
        signer: B64.encode(signing.signer().to_bytes()),
        signature: B64.encode(signature),
    };
    serde_json::to_vec(&envelope).map_err(|_| SealError)
}

/// A preview whose signature checked out: what the viewer may show before opening. It reads
/// as the [`SharePreview`] it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedPreview {
    pub preview: SharePreview,
    /// What the client chose at the relay, signed; `None` for a share signed before shares
    /// were bound to their terms (envelope version 2).
    pub terms: Option<ShareTerms>,
    /// The Ed25519 public key of the dossier that signed the share.
    pub signer: [u8; 32],
    pub(super) content_hash: [u8; 32],
    /// The envelope as it came, so the viewer's second part can check it again itself.
    envelope: String,
}

impl std::ops::Deref for VerifiedPreview {
    type Target = SharePreview;

    fn deref(&self) -> &SharePreview {
        &self.preview
    }
}

impl VerifiedPreview {
    /// The words of the dossier that signed the share.
    pub fn check_words(&self) -> CheckWords {
        CheckWords::of(&self.signer)
    }

    /// The signed envelope as text (no key in it, nothing secret beyond the preview itself),
    /// for handing to the viewer's second part, which reads it with [`read_signed_preview`].
    pub fn envelope(&self) -> &str {
        &self.envelope
    }
}

/// Checks a signed preview envelope (the plaintext of a share's preview).
pub fn read_signed_preview(plain: &[u8]) -> Result<VerifiedPreview, ShareError> {
    read_envelope(plain)?.verify()
}

/// A preview envelope read but not yet checked: what it says, and what its signature must
/// cover. [`SignedPreview::verify`] checks it here; a viewer whose browser checks Ed25519
/// itself passes [`SignedPreview::message`], the key and the signature to it and then
/// takes [`SignedPreview::checked_by_platform`].
pub struct SignedPreview {
    preview_json: Vec<u8>,
    content_hash: [u8; 32],
    terms: Option<ShareTerms>,
    signer: [u8; 32],
    signature: Vec<u8>,
    envelope: String,
}

/// Reads a preview envelope (the plaintext of a share's preview) without checking it.
pub fn read_envelope(plain: &[u8]) -> Result<SignedPreview, ShareError> {
    let value: serde_json::Value =
        serde_json::from_slice(plain).map_err(|_| ShareError::Corrupt)?;
    let bound = match value.get("v").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(SIGNED_PREVIEW_VERSION) => true,
        Some(v) if v == u64::from(UNBOUND_PREVIEW_VERSION) => false,
        // A preview on its own: a share from before signing, or one made by hand.
        Some(v) if v == u64::from(super::SNAPSHOT_VERSION) => return Err(ShareError::NotSigned),
        Some(v) if v > u64::from(SIGNED_PREVIEW_VERSION) => {
            return Err(ShareError::UnsupportedVersion)
        }
        _ => return Err(ShareError::Corrupt),
    };
    let envelope: Envelope = serde_json::from_value(value).map_err(|_| ShareError::NotSigned)?;
    // Version 3 carries its terms, version 2 none: neither can pass for the other.
    let terms = match (bound, envelope.share) {
        (true, Some(terms)) if is_share_id(&terms.id) => Some(terms),
        (false, None) => None,
        _ => return Err(ShareError::NotSigned),
    };
    let preview_json = B64
        .decode(envelope.preview.as_bytes())
        .map_err(|_| ShareError::NotSigned)?;
    let content_hash: [u8; 32] = unhex(&envelope.content).ok_or(ShareError::NotSigned)?;
    let signer: [u8; 32] = B64
        .decode(envelope.signer.as_bytes())
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(ShareError::NotSigned)?;
    let signature = B64
        .decode(envelope.signature.as_bytes())
        .map_err(|_| ShareError::NotSigned)?;
    if signature.len() != 64 {
        return Err(ShareError::NotSigned);
    }
    let envelope = String::from_utf8(plain.to_vec()).map_err(|_| ShareError::Corrupt)?;
    Ok(SignedPreview {
        preview_json,
        content_hash,
        terms,
        signer,
        signature,
        envelope,
    })
}

impl SignedPreview {
    /// The bytes the signature must cover.
    pub fn message(&self) -> Vec<u8> {
        signed_message(&self.preview_json, &self.content_hash, self.terms.as_ref())
    }

    /// The signer's Ed25519 public key.
    pub fn signer(&self) -> &[u8; 32] {
        &self.signer
    }

    pub fn signature(&self) -> &[u8] {
        &self.signature
    }

    /// The envelope as it came, for the viewer's second part.
    pub fn envelope(&self) -> &str {
        &self.envelope
    }

    /// Checks the signature here (strict Ed25519, weak keys refused).
    pub fn verify(self) -> Result<VerifiedPreview, ShareError> {
        let signer = Signer25519::from_bytes(&self.signer).ok_or(ShareError::NotSigned)?;
        if !signer.verify(&self.message(), &self.signature) {
            return Err(ShareError::NotSigned);
        }
        self.checked_by_platform()
    }

    /// The preview, once the browser's own Ed25519 found the signature good over
    /// [`SignedPreview::message`]; the viewer's second part checks it again with
    /// [`read_signed_preview`] before it opens anything.
    pub fn checked_by_platform(self) -> Result<VerifiedPreview, ShareError> {
        let preview: SharePreview = read_versioned(&self.preview_json)?;
        Ok(VerifiedPreview {
            preview,
            terms: self.terms,
            signer: self.signer,
            content_hash: self.content_hash,
            envelope: self.envelope,
        })
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn unhex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Decrypts a share's preview and checks its signature.
pub fn open_preview(key: &ShareKey, ciphertext: &[u8]) -> Result<VerifiedPreview, ShareError> {
    open_envelope(key, ciphertext)?.verify()
}

/// Decrypts a share's preview and reads its envelope, not yet checked.
pub fn open_envelope(key: &ShareKey, ciphertext: &[u8]) -> Result<SignedPreview, ShareError> {
    read_envelope(&key.open(ciphertext)?)
}

#[cfg(test)]
#[path = "signed_tests.rs"]
mod tests;
