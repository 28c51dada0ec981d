//! Encrypted document bytes in IndexedDB (never localStorage).
//!
//! Database `regie`, object store `documents`: key = the document's id (a `DocumentRef` id),
//! value = the age ciphertext of the file, encrypted to the dossier key
//! (`OpenVault::seal_bytes`), stored as a `Uint8Array`. Nothing readable is ever stored here.
//!
//! Each call opens the database, runs one transaction and closes it again: a write counts as
//! done only when its transaction has completed, so a tab killed mid-write leaves either the
//! old value or the new one, never half of it.

use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::storage::StorageError;

/// The database's name.
pub const DATABASE: &str = "regie";
/// The object store of document ciphertext.
pub const STORE: &str = "documents";
const VERSION: u32 = 1;

/// Stores (or replaces) the ciphertext of one document.
pub async fn put(id: &str, ciphertext: &[u8]) -> Result<(), StorageError> {
    let db = open().await?;
    let outcome = async {
        let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
        let value = Uint8Array::from(ciphertext);
        store
            .put_with_key(&value, &JsValue::from_str(id))
            .map_err(|e| classify(&e))?;
        completed(&tx).await
    }
    .await;
    outcome
}

/// The ciphertext of one document, if stored.
pub async fn get(id: &str) -> Result<Option<Vec<u8>>, StorageError> {
    let db = open().await?;
    let outcome = async {
        let (_tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
        let request = store
            .get(&JsValue::from_str(id))
            .map_err(|e| classify(&e))?;
        let value = settled(&request).await?;
        bytes_of(value).await
    }
    .await;
    outcome
}

/// Removes one document's ciphertext (no error if it was not there).
pub async fn delete(id: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let outcome = async {
        let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
        store
            .delete(&JsValue::from_str(id))
            .map_err(|e| classify(&e))?;
        completed(&tx).await
    }
    .await;
    outcome
}

/// The ids of every stored document.
pub async fn ids() -> Result<Vec<String>, StorageError> {
    let db = open().await?;
    let outcome = async {
        let (_tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
        let request = store.get_all_keys().map_err(|e| classify(&e))?;
        let keys = settled(&request).await?;
        Ok(Array::from(&keys)
            .iter()
            .filter_map(|key| key.as_string())
            .collect())
    }
    .await;
    outcome
}

/// An open database; closed when dropped (after its transactions finish).
struct Connection {
    db: IdbDatabase,
    _on_version_change: Closure<dyn FnMut(web_sys::Event)>,
}

impl std::ops::Deref for Connection {
    type Target = IdbDatabase;

    fn deref(&self) -> &IdbDatabase {
        &self.db
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.db.set_onversionchange(None);
        self.db.close();
    }
}

async fn open() -> Result<Connection, StorageError> {
    let factory = web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .indexed_db()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| StorageError::Unavailable)?;
    // Runs before success when the database is new (or older): make the store.
    let upgrade_request = request.clone();
    let on_upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        if let Ok(result) = upgrade_request.result() {
            let db: IdbDatabase = result.unchecked_into();
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let result = settled(&request).await;
    request.set_onupgradeneeded(None);
    drop(on_upgrade);
    let db: IdbDatabase = result
        .map_err(|e| match e {
            StorageError::Quota => StorageError::Quota,
            _ => StorageError::Unavailable,
        })?
        .unchecked_into();
    // Another tab with a newer version of the app wants to upgrade: step aside.
    let closing = db.clone();
    let on_version_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| closing.close());
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    Ok(Connection {
        db,
        _on_version_change: on_version_change,
    })
}

fn transaction(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), StorageError> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| classify(&e))?;
    let store = tx.object_store(STORE).map_err(|e| classify(&e))?;
    Ok((tx, store))
}

/// A promise and the two functions that settle it.
fn deferred() -> (Promise, Function, Function) {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.expect("Promise runs its executor at once");
    (promise, resolve, reject)
}

/// The result of a request once it succeeds; its error as a [`StorageError`] otherwise.
async fn settled(request: &IdbRequest) -> Result<JsValue, StorageError> {
    let (promise, resolve, reject) = deferred();
    let on_success = {
        let request = request.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let value = request.result().unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::UNDEFINED, &value);
        })
    };
    let on_error = {
        let request = request.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            // Handled here: the failure must not also abort the page's other work.
            event.prevent_default();
            let error = request
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::UNDEFINED, &error);
        })
    };
    request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
    request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let outcome = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    outcome.map_err(|e| classify(&e))
}

/// Waits until a write transaction is committed, or reports why it was not.
async fn completed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let (promise, resolve, reject) = deferred();
    let on_complete = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    });
    // A failed request aborts the transaction; the abort carries the reason (a full disk
    // shows up here, at commit, as QuotaExceededError).
    let on_abort = {
        let tx = tx.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let error = tx.error().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::UNDEFINED, &error);
        })
    };
    tx.set_oncomplete(Some(on_complete.as_ref().unchecked_ref()));
    tx.set_onabort(Some(on_abort.as_ref().unchecked_ref()));
    let outcome = JsFuture::from(promise).await;
    tx.set_oncomplete(None);
    tx.set_onabort(None);
    outcome.map(|_| ()).map_err(|e| classify(&e))
}

/// The bytes of a stored value: a typed array or buffer as we store them, or a `Blob` (as a
/// restore from elsewhere may have stored them).
async fn bytes_of(value: JsValue) -> Result<Option<Vec<u8>>, StorageError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(array) = value.dyn_ref::<Uint8Array>() {
        return Ok(Some(array.to_vec()));
    }
    if value.is_instance_of::<js_sys::ArrayBuffer>() {
        return Ok(Some(Uint8Array::new(&value).to_vec()));
    }
    if let Some(blob) = value.dyn_ref::<web_sys::Blob>() {
        let buffer = JsFuture::from(blob.array_buffer())
            .await
            .map_err(|_| StorageError::Failed)?;
        return Ok(Some(Uint8Array::new(&buffer).to_vec()));
    }
    Err(StorageError::Failed)
}

fn classify(err: &JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::Quota,
        Some(e) if e.name() == "SecurityError" || e.name() == "InvalidStateError" => {
            StorageError::Unavailable
        }
        _ => StorageError::Failed,
    }
}
