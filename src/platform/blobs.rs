//! Encrypted document bytes in IndexedDB (never localStorage).
//!
//! Database `regie`, object store `documents`: key = the document's id (a `DocumentRef` id),
//! value = the age ciphertext of the file, encrypted to the dossier key
//! (`OpenVault::seal_bytes`). Nothing readable is ever stored here.
//!
//! Placeholder until the documents work lands: every call reports that storage is unavailable.
#![allow(dead_code)]

use super::storage::StorageError;

/// Stores (or replaces) the ciphertext of one document.
pub async fn put(_id: &str, _ciphertext: &[u8]) -> Result<(), StorageError> {
    Err(StorageError::Unavailable)
}

/// The ciphertext of one document, if stored.
pub async fn get(_id: &str) -> Result<Option<Vec<u8>>, StorageError> {
    Err(StorageError::Unavailable)
}

/// Removes one document's ciphertext (no error if it was not there).
pub async fn delete(_id: &str) -> Result<(), StorageError> {
    Err(StorageError::Unavailable)
}

/// The ids of every stored document.
pub async fn ids() -> Result<Vec<String>, StorageError> {
    Err(StorageError::Unavailable)
}
