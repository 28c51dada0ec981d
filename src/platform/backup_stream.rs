//! Backups as streams, in the app's worker (see [`super::worker`]) with the jobs of
//! [`super::backup_jobs`]: a document at a time through age's
//! streaming writer and reader, so no backup is ever whole in memory.
//!
//! Export: the page opens a job with the dossier, hands over one decrypted document per
//! message, and gets back the ciphertext made so far, which it appends to a `Blob` (Chromium
//! keeps a blob's bytes outside the JavaScript heap). Restore: the worker reads the chosen
//! `File` in slices with `FileReaderSync`, so a `std::io::Read` sits over it, and hands the
//! page one checked document per message.
//!
//! Each reply is one step, so the page asks for the next step only when it is done with the
//! last: that is the back-pressure. Where the worker cannot run, the same jobs run on the page
//! (a restore then reads the file whole first).

use std::io::Cursor;

use js_sys::{Array, Object, Reflect, Uint8Array};
use regie_core::backup::BackupDocument;
use regie_core::catalogue::Text;
use regie_core::model::{Dossier, EntryId, Timestamp};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::{JsCast, JsValue};

use super::backup_jobs::{
    export_add, export_finish, export_open, restore_next, restore_open, Chunks, Failure,
};
pub use super::backup_jobs::{Opened, Opener};
use super::files::{self, File};
use super::worker::{self, set};

/// The worker's reply: its `ok` bytes, or the failure it names.
fn reply_bytes(reply: &JsValue) -> Result<Option<Vec<u8>>, Failure> {
    reply_field(reply, "ok")
}

fn reply_field(reply: &JsValue, key: &str) -> Result<Option<Vec<u8>>, Failure> {
    if let Some(code) = Reflect::get(reply, &"err".into())
        .ok()
        .and_then(|v| v.as_string())
    {
        return Err(Failure::from_code(&code));
    }
    Ok(Reflect::get(reply, &key.into())
        .ok()
        .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec()))
}

/// An export step's reply: the backup's bytes and the copy's.
fn reply_chunks(reply: &JsValue) -> Result<Chunks, Text> {
    let backup = reply_field(reply, "ok").ok().flatten();
    let copy = reply_field(reply, "copy")
        .ok()
        .flatten()
        .unwrap_or_default();
    backup.map(|b| (b, copy)).ok_or(Text::ErrExportFailed)
}

/// A backup being written; its ciphertext so far is in a `Blob`, and the recovery copy's in
/// another while helpers are set up.
pub struct ExportStream {
    in_worker: bool,
    file: web_sys::Blob,
    copy: Option<web_sys::Blob>,
}

/// A finished export: the backup, and the recovery copy when one was asked for.
pub struct Exported {
    pub backup: web_sys::Blob,
    pub copy: Option<web_sys::Blob>,
}

impl ExportStream {
    /// Starts a backup of `dossier` made at `created` that will hold the documents `ids`, in
    /// that order (see [`ArchiveWriter::new`]), and with `lock` (see [`vault::CopyLock`]) a
    /// recovery copy of the same archive beside it. Runs scrypt once.
    pub async fn open(
        passphrase: Zeroizing<String>,
        lock: Option<String>,
        dossier: &Dossier,
        created: Timestamp,
        ids: &[EntryId],
    ) -> Result<ExportStream, Text> {
        let json = Zeroizing::new(dossier.to_json());
        let mut stream = ExportStream {
            in_worker: worker::available(),
            file: files::blob(&[], "application/octet-stream")
                .map_err(|_| Text::ErrExportFailed)?,
            copy: match lock {
                Some(_) => Some(
                    files::blob(&[], "application/octet-stream")
                        .map_err(|_| Text::ErrExportFailed)?,
                ),
                None => None,
            },
        };
        let mut chunk = None;
        if stream.in_worker {
            let message = Object::new();
            let bytes = Uint8Array::from(json.as_slice());
            set(&message, "pass", &passphrase.as_str().into());
            set(&message, "dossier", &bytes);
            set(&message, "created", &JsValue::from(created.0 as f64));
            if let Some(lock) = &lock {
                set(&message, "lock", &lock.as_str().into());
            }
            let list: Array = ids.iter().map(|id| JsValue::from(id.as_str())).collect();
            set(&message, "ids", &list);
            match worker::call("backup-export-open", message, Array::of1(&bytes.buffer())).await {
                Some(reply) => chunk = Some(reply_chunks(&reply)?),
                // The worker could not start after all: the page does the work.
                None => stream.in_worker = false,
            }
        }
        let chunk = match chunk {
            Some(chunk) => chunk,
            None => export_open(passphrase, lock.as_deref(), &json, created, ids)
                .map_err(|_| Text::ErrExportFailed)?,
        };
        stream.append(chunk)?;
        Ok(stream)
    }

    /// Adds one document's original bytes.
    pub async fn add(&mut self, id: &EntryId, data: Zeroizing<Vec<u8>>) -> Result<(), Text> {
        let chunk = if self.in_worker {
            let message = Object::new();
            let bytes = Uint8Array::from(data.as_slice());
            drop(data);
            set(&message, "doc", &id.as_str().into());
            set(&message, "data", &bytes);
            self.ask("backup-export-add", message, Array::of1(&bytes.buffer()))
                .await?
        } else {
            export_add(id, &data).map_err(|_| Text::ErrExportFailed)?
        };
        self.append(chunk)
    }

    /// Ends the backup: the whole file, as a `Blob`, and the recovery copy.
    pub async fn finish(mut self) -> Result<Exported, Text> {
        let chunk = if self.in_worker {
            self.ask("backup-export-finish", Object::new(), Array::new())
                .await?
        } else {
            export_finish().map_err(|_| Text::ErrExportFailed)?
        };
        self.append(chunk)?;
        Ok(Exported {
            backup: self.file,
            copy: self.copy,
        })
    }

    async fn ask(&self, op: &str, message: Object, transfer: Array) -> Result<Chunks, Text> {
        let reply = worker::call(op, message, transfer)
            .await
            .ok_or(Text::ErrExportFailed)?;
        reply_chunks(&reply)
    }

    /// The blobs so far and these chunks, as new blobs: the browser joins them in its own
    /// storage, and the chunks' memory is free again.
    fn append(&mut self, (backup, copy): Chunks) -> Result<(), Text> {
        joined(&mut self.file, &backup)?;
        if let Some(file) = &mut self.copy {
            joined(file, &copy)?;
        }
        Ok(())
    }
}

/// `file` followed by `chunk`, in place of `file`.
fn joined(file: &mut web_sys::Blob, chunk: &[u8]) -> Result<(), Text> {
    if chunk.is_empty() {
        return Ok(());
    }
    let parts = Array::of2(file, &Uint8Array::from(chunk));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    *file = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| Text::ErrExportFailed)?;
    Ok(())
}

/// A backup file being read, a document at a time.
pub struct RestoreStream {
    in_worker: bool,
}

impl RestoreStream {
    /// Reads and checks all of `file` (every document against its dossier) and keeps
    /// nothing but the dossier: the check before a restore asks anything.
    pub async fn check(file: &File, passphrase: Zeroizing<String>) -> Result<Opened, Text> {
        Self::start(file, Opener::Passphrase(passphrase), false)
            .await
            .map(|(_, opened)| opened)
    }

    /// Opens `file` for [`RestoreStream::next`].
    pub async fn open(file: &File, opener: Opener) -> Result<(RestoreStream, Opened), Text> {
        Self::start(file, opener, true).await
    }

    async fn start(
        file: &File,
        opener: Opener,
        keep: bool,
    ) -> Result<(RestoreStream, Opened), Text> {
        let mut in_worker = worker::available();
        let mut opened = None;
        if in_worker {
            let message = Object::new();
            opener.put(&message);
            set(&message, "file", file);
            set(&message, "keep", &JsValue::from_bool(keep));
            match worker::call("backup-restore-open", message, Array::new()).await {
                Some(reply) => {
                    let json = reply_bytes(&reply)
                        .map_err(Failure::restore_text)?
                        .ok_or(Text::ErrImportDamaged)?;
                    let created = Reflect::get(&reply, &"created".into())
                        .ok()
                        .and_then(|v| v.as_f64())
                        .map(|ms| Timestamp(ms as i64));
                    opened = Some((json, created));
                }
                // The worker could not start after all: the page does the work.
                None => in_worker = false,
            }
        }
        let (json, created) = match opened {
            Some(opened) => opened,
            None => {
                let bytes = files::read(file).await.map_err(|_| Text::ErrImportNotAge)?;
                restore_open(Box::new(Cursor::new(bytes)), opener, keep)
                    .map_err(Failure::restore_text)?
            }
        };
        let json = Zeroizing::new(json);
        let dossier = Dossier::from_json(&json).map_err(|_| Text::ErrImportDamaged)?;
        Ok((RestoreStream { in_worker }, Opened { dossier, created }))
    }

    /// The next checked document, or `None` after the last.
    pub async fn next(&mut self) -> Result<Option<BackupDocument>, Text> {
        if !self.in_worker {
            return restore_next().map_err(Failure::restore_text);
        }
        let reply = worker::call("backup-restore-next", Object::new(), Array::new())
            .await
            .ok_or(Text::ErrImportDamaged)?;
        let data = reply_bytes(&reply).map_err(Failure::restore_text)?;
        let id = Reflect::get(&reply, &"doc".into())
            .ok()
            .and_then(|v| v.as_string());
        match (id, data) {
            (Some(id), Some(data)) => Ok(Some(BackupDocument {
                id: EntryId::new(id),
                data,
            })),
            _ => Ok(None),
        }
    }
}
