//! What a share holds: the preview (who shares, with whom, until when) and the snapshot of
//! the sections shared, sealed with the share's key.

use serde::{Deserialize, Serialize};

use crate::bundle::{is_bundle, read_bundle, write_bundle, SharedFile};
use crate::model::{Dossier, ModelError, SectionKey, Timestamp};
use crate::signing::sha256;
use crate::sorting::sort_by_key;
use crate::vault::SealError;

use super::*;

/// Why a share could not be opened with the key from the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("the key in the link does not fit this share")]
    WrongKey,
    #[error("the share is damaged")]
    Corrupt,
    #[error("the share was made by a newer version of Regie")]
    UnsupportedVersion,
    /// No signature, a signature that does not fit, or content other than was signed.
    #[error("the share carries no valid signature of the dossier it comes from")]
    NotSigned,
}

/// What the recipient sees before opening: enough to know it is meant for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePreview {
    pub v: u32,
    /// Who the share is for, as the client typed it ("Anna, wijkteam").
    pub recipient: String,
    /// The client's name, if they filled it in.
    pub sharer: String,
    pub sections: Vec<SectionKey>,
    pub created: Timestamp,
    pub expires: Timestamp,
    /// The reply recipient (`age1…`) of a share that allows replies: the viewer seals what
    /// the professional writes back to it. Signed with the rest of the preview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// The log recipient (`age1…`): the viewer seals each opening, reload, print and reply
    /// to it, with who the professional said they are (see [`activity`]). Shares made before
    /// the log have none, and their viewers send nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_to: Option<String>,
    /// What the share is for ("waarvoor"), as the client chose it; shares made before it
    /// existed have none. Signed with the rest of the preview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

/// The shared view itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareSnapshot {
    pub v: u32,
    pub preview: SharePreview,
    /// The dossier with only the chosen sections; the others are empty.
    pub dossier: Dossier,
    /// The documents' bytes, when the documents section is shared (see [`crate::bundle`]).
    #[serde(skip)]
    pub files: Vec<SharedFile>,
}

/// The two age files the relay will hold.
pub struct SealedShare {
    pub preview: Vec<u8>,
    pub content: Vec<u8>,
}

impl SharePreview {
    pub fn new(
        recipient: &str,
        dossier: &Dossier,
        sections: &[SectionKey],
        created: Timestamp,
        expires: Timestamp,
    ) -> SharePreview {
        let mut sections: Vec<SectionKey> = sections.to_vec();
        sort_by_key(&mut sections, |s| {
            SectionKey::ALL.iter().position(|k| k == s)
        });
        sections.dedup();
        SharePreview {
            v: SNAPSHOT_VERSION,
            recipient: recipient.trim().to_owned(),
            sharer: dossier.about.name.trim().to_owned(),
            sections,
            created,
            expires,
            reply_to: None,
            log_to: None,
            purpose: None,
        }
    }
}

/// Seals a snapshot of the chosen sections, and its preview, to the share key.
pub fn seal_share(
    key: &ShareKey,
    preview: &SharePreview,
    terms: &ShareTerms,
    dossier: &Dossier,
) -> Result<SealedShare, SealError> {
    seal_share_with_files(key, preview, terms, dossier, &[])
}

/// Seals a snapshot with the bytes of its documents, signed with the dossier's signing key
/// (a dossier without one cannot share: see [`Dossier::ensure_signing_key`]) together with
/// the share's `terms`, which the upload must then carry as they are. Files are only
/// included when the documents section is shared and the dossier names them; a share without
/// files is plain snapshot JSON, as before.
pub fn seal_share_with_files(
    key: &ShareKey,
    preview: &SharePreview,
    terms: &ShareTerms,
    dossier: &Dossier,
    files: &[SharedFile],
) -> Result<SealedShare, SealError> {
    let signing = dossier.signing.as_ref().ok_or(SealError)?;
    let snapshot = ShareSnapshot {
        v: SNAPSHOT_VERSION,
        preview: preview.clone(),
        dossier: dossier.with_only(&preview.sections),
        files: Vec::new(),
    };
    let files: Vec<SharedFile> = if preview.sections.contains(&SectionKey::Documents) {
        files
            .iter()
            .filter(|f| snapshot.dossier.documents.get(&f.id).is_some())
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let preview_json = serde_json::to_vec(preview).map_err(|_| SealError)?;
    let snapshot_json = serde_json::to_vec(&snapshot).map_err(|_| SealError)?;
    let (content, content_hash) = if files.is_empty() {
        (key.seal(&snapshot_json)?, sha256(&snapshot_json))
    } else {
        let bundle =
            zeroize::Zeroizing::new(write_bundle(&snapshot_json, &files).map_err(|_| SealError)?);
        (key.seal(&bundle)?, sha256(&bundle))
    };
    let envelope_json = signed::sign_envelope(signing, &preview_json, &content_hash, terms)?;
    Ok(SealedShare {
        preview: key.seal(&envelope_json)?,
        content,
    })
}

/// Decrypts a share's content and checks that it is the content the verified preview's
/// signature covers, and that it repeats that preview; nothing is read from it before that.
pub fn open_snapshot(
    key: &ShareKey,
    ciphertext: &[u8],
    signed: &VerifiedPreview,
) -> Result<ShareSnapshot, ShareError> {
    let plain = zeroize::Zeroizing::new(key.open(ciphertext)?);
    if sha256(&plain) != signed.content_hash {
        return Err(ShareError::NotSigned);
    }
    let snapshot = read_snapshot(&plain)?;
    if snapshot.preview != signed.preview {
        return Err(ShareError::NotSigned);
    }
    Ok(snapshot)
}

fn read_snapshot(plain: &[u8]) -> Result<ShareSnapshot, ShareError> {
    let (json, files) = if is_bundle(plain) {
        read_bundle(plain).map_err(|_| ShareError::Corrupt)?
    } else {
        (plain, Vec::new())
    };
    let value: serde_json::Value = serde_json::from_slice(json).map_err(|_| ShareError::Corrupt)?;
    check_version(&value)?;
    let dossier_json = value.get("dossier").ok_or(ShareError::Corrupt)?;
    let bytes = serde_json::to_vec(dossier_json).map_err(|_| ShareError::Corrupt)?;
    let dossier = Dossier::from_json(&bytes).map_err(|e| match e {
        ModelError::UnsupportedVersion(_) => ShareError::UnsupportedVersion,
        _ => ShareError::Corrupt,
    })?;
    let preview: SharePreview =
        serde_json::from_value(value.get("preview").cloned().ok_or(ShareError::Corrupt)?)
            .map_err(|_| ShareError::Corrupt)?;
    Ok(ShareSnapshot {
        v: SNAPSHOT_VERSION,
        preview,
        dossier,
        files,
    })
}

fn check_version(value: &serde_json::Value) -> Result<(), ShareError> {
    match value.get("v").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(SNAPSHOT_VERSION) => Ok(()),
        Some(v) if v > u64::from(SNAPSHOT_VERSION) => Err(ShareError::UnsupportedVersion),
        _ => Err(ShareError::Corrupt),
    }
}

pub(crate) fn read_versioned<T: serde::de::DeserializeOwned>(
    plain: &[u8],
) -> Result<T, ShareError> {
    let value: serde_json::Value =
        serde_json::from_slice(plain).map_err(|_| ShareError::Corrupt)?;
    check_version(&value)?;
    serde_json::from_value(value).map_err(|_| ShareError::Corrupt)
}
