//! Where the sealed vault lives in the browser.
//!
//! The sealed vault is one localStorage value. `setItem` replaces a value as a whole or not
//! at all, so a tab killed mid-save leaves the previous sealed copy readable. Only
//! [`SealedVault`] text is ever written: nothing readable reaches the device. Values are
//! stored as plain text, exactly as earlier versions stored them.

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
use regie_core::vault::SealedVault;
use wasm_bindgen::{JsCast, JsValue};

/// The key of the sealed vault.
pub const VAULT_KEY: &str = "regie.vault";
/// The key of the chosen language (not secret).
pub const LANG_KEY: &str = "regie.lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's storage is full.
    Quota,
    /// The browser does not let us store anything (private mode, disabled storage).
    Unavailable,
    /// Anything else the browser refused.
    Failed,
}

/// What is stored, before the passphrase is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    /// The raw text of a sealed vault; read with [`SealedVault::from_text`].
    Vault(String),
}

/// The page's `localStorage` through gloo, once the browser is known to give it:
/// `LocalStorage::raw()` throws when storage is switched off, so the browser is asked first,
/// in a way that answers instead of throwing.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)?;
    Ok(LocalStorage::raw())
}

/// Reads the stored vault text, if any.
pub fn load_vault() -> Result<Stored, StorageError> {
    let storage = local_storage()?;
    match storage
        .get_item(VAULT_KEY)
        .map_err(|_| StorageError::Unavailable)?
    {
        Some(text) => Ok(Stored::Vault(text)),
        None => Ok(Stored::Nothing),
    }
}

/// Replaces the stored vault in one step.
pub fn save_vault(sealed: &SealedVault) -> Result<(), StorageError> {
    set(VAULT_KEY, &sealed.to_text())
}

/// Writes any value as it is (gloo's own `set` would write it as JSON), telling a full
/// quota apart from other refusals.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}

/// Removes a value; one that is not there is as good as removed.
pub fn remove(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Reads a plain, non-secret value.
pub fn get(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok().flatten()
}

/// What a refused write means, from the error's name (as gloo reads a JavaScript error).
pub fn classify(err: JsValue) -> StorageError {
    // Old browsers name a full quota differently but agree on code 22.
    let old_quota_code = err
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.code() == 22);
    match JsError::try_from(err) {
        Ok(e) => refusal(&e.name, old_quota_code),
        Err(_) => StorageError::Failed,
    }
}

/// The kind of refusal, from the name of the browser's error.
fn refusal(name: &str, old_quota_code: bool) -> StorageError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Quota,
        _ if old_quota_code => StorageError::Quota,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Failed,
    }
}

/// Whether the browser promises to keep our data when space runs low.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    Persistent,
    BestEffort,
    Unknown,
}

/// Asks for persistent storage (`navigator.storage.persist()`) and reports the answer.
pub async fn request_persistence() -> Persistence {
    let Some(window) = web_sys::window() else {
        return Persistence::Unknown;
    };
    let manager = window.navigator().storage();
    let Ok(promise) = manager.persist() else {
        return Persistence::Unknown;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(v) if v.as_bool() == Some(true) => Persistence::Persistent,
        Ok(_) => Persistence::BestEffort,
        Err(_) => Persistence::Unknown,
    }
}
