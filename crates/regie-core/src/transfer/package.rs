//! The package a move carries (the vault text and every document's ciphertext), sealed and
//! opened with the transfer's one-time key.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::api::is_age_file;
use crate::share::{ShareError, ShareKey};
use crate::vault::{SealError, SealedVault, UnlockError};

use super::*;

/// One document's stored ciphertext, moved as it is.
#[derive(Clone, PartialEq, Eq)]
pub struct MovedDocument {
    pub id: String,
    pub data: Vec<u8>,
}

impl std::fmt::Debug for MovedDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MovedDocument")
            .field("id", &self.id)
            .field("bytes", &self.data.len())
            .finish()
    }
}

/// Everything a phone stores of a dossier, all of it still sealed.
#[derive(Clone, PartialEq, Eq)]
pub struct MovePackage {
    /// The stored vault text, as [`SealedVault::to_text`] writes it.
    pub vault: String,
    pub documents: Vec<MovedDocument>,
}

impl std::fmt::Debug for MovePackage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MovePackage")
            .field("vault_chars", &self.vault.len())
            .field("documents", &self.documents)
            .finish()
    }
}

/// Why a received package cannot be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("the key in the link does not fit this transfer")]
    WrongKey,
    #[error("the transfer is damaged")]
    Corrupt,
    #[error("the transfer was made by a newer version of Regie")]
    UnsupportedVersion,
}

#[derive(Serialize, Deserialize)]
struct PackageJson {
    format: String,
    v: u32,
    vault: String,
    documents: Vec<DocumentJson>,
}

#[derive(Serialize, Deserialize)]
struct DocumentJson {
    id: String,
    data: String,
}

/// Seals the package to the one-time key.
pub fn seal_package(key: &ShareKey, package: &MovePackage) -> Result<Vec<u8>, SealError> {
    let json = PackageJson {
        format: PACKAGE_FORMAT.into(),
        v: PACKAGE_VERSION,
        vault: package.vault.clone(),
        documents: package
            .documents
            .iter()
            .map(|d| DocumentJson {
                id: d.id.clone(),
                data: B64.encode(&d.data),
            })
            .collect(),
    };
    let bytes = serde_json::to_vec(&json).map_err(|_| SealError)?;
    key.seal(&bytes)
}

/// Opens a received package and checks it is fit to store: a vault this build can read, and
/// documents that are age files under distinct ids. Nothing is stored by this.
pub fn open_package(key: &ShareKey, ciphertext: &[u8]) -> Result<MovePackage, MoveError> {
    let plain = key.open(ciphertext).map_err(|e| match e {
        ShareError::WrongKey => MoveError::WrongKey,
        _ => MoveError::Corrupt,
    })?;
    let value: serde_json::Value =
        serde_json::from_slice(&plain).map_err(|_| MoveError::Corrupt)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PACKAGE_FORMAT) {
        return Err(MoveError::Corrupt);
    }
    match value.get("v").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(PACKAGE_VERSION) => {}
        Some(v) if v > u64::from(PACKAGE_VERSION) => return Err(MoveError::UnsupportedVersion),
        _ => return Err(MoveError::Corrupt),
    }
    let json: PackageJson = serde_json::from_value(value).map_err(|_| MoveError::Corrupt)?;
    SealedVault::from_text(&json.vault).map_err(|e| match e {
        UnlockError::UnsupportedVersion(_) => MoveError::UnsupportedVersion,
        _ => MoveError::Corrupt,
    })?;
    let mut documents = Vec::with_capacity(json.documents.len());
    for doc in json.documents {
        let fits_id = !doc.id.is_empty()
            && doc.id.len() <= MAX_DOCUMENT_ID_LEN
            && !documents.iter().any(|d: &MovedDocument| d.id == doc.id);
        let data = B64.decode(&doc.data).map_err(|_| MoveError::Corrupt)?;
        if !fits_id || !is_age_file(&data) {
            return Err(MoveError::Corrupt);
        }
        documents.push(MovedDocument { id: doc.id, data });
    }
    Ok(MovePackage {
        vault: json.vault,
        documents,
    })
}
