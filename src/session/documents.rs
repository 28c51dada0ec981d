//! Documenten on the client's device: the order of writes that keeps them safe, and reading
//! them back one at a time.
//!
//! - Adding: the file is encrypted to the dossier key and stored first; only then does the
//!   dossier name it. A tab killed in between leaves a blob nobody refers to, removed at the
//!   next unlock.
//! - Deleting: the dossier stops naming the file and is saved first; only then is the blob
//!   removed. A tab killed in between again leaves only an orphan.
//! - Unlocking decrypts no document: the list shows the thumbnails kept in the dossier, and a
//!   file is decrypted when the person opens it.

use leptos::prelude::*;
use regie_core::bundle::SharedFile;
use regie_core::catalogue::Text;
use regie_core::model::{
    new_document_id, title_from_file_name, usable_thumb, Date, DocumentRef, EntryId, Timestamp,
    MAX_DOCUMENT_BYTES, THUMB_SIDE,
};
use regie_core::zeroize::Zeroizing;

use crate::platform::blobs;
use crate::platform::clock::{now_ms, perf_now, record_timing};
use crate::platform::files::{self, File};
use crate::platform::storage::{self, StorageError, Stored};
use crate::session::{SaveState, Session};
use regie_core::vault::SealedVault;

/// What the person filled in for a new document.
pub struct NewDocument {
    pub file: File,
    pub name: String,
    pub note: String,
    pub date: Option<Date>,
}

/// A document decrypted for viewing. The bytes are wiped from memory when dropped.
pub struct OpenDocument {
    pub mime: String,
    pub bytes: Zeroizing<Vec<u8>>,
}

fn store_error_text(e: StorageError) -> Text {
    match e {
        StorageError::Quota => Text::ErrDocDiskFull,
        StorageError::Unavailable => Text::ErrDocNoStorage,
        StorageError::Failed => Text::ErrDocSaveFailed,
    }
}

/// The name a picked file suggests for a document.
pub fn suggested_name(file: &File) -> String {
    title_from_file_name(&file.name())
}

impl Session {
    /// Checks, encrypts and stores a new document, then saves the dossier that names it.
    /// On any failure nothing changes: no new entry, no blob left behind.
    pub async fn add_document(&self, new: NewDocument) -> Result<(), Text> {
        let started = perf_now();
        let name = new.name.trim().to_owned();
        if name.is_empty() {
            return Err(Text::ErrDocNoTitle);
        }
        // The declared size first: a 2 GB video is refused before it is read into memory.
        let declared = new.file.size() as u64;
        if declared > MAX_DOCUMENT_BYTES {
            return Err(Text::ErrDocTooLarge);
        }
        let bytes = Zeroizing::new(
            files::read(&new.file)
                .await
                .map_err(|_| Text::ErrDocUnreadable)?,
        );
        let mime = self
            .dossier
            .with_untracked(|d| d.documents.check_file(&bytes))
            .map_err(|p| p.document_text())?;
        let thumb = if mime.starts_with("image/") {
            // A file that claims to be an image but does not decode is damaged.
            let thumb = files::thumbnail(&bytes, mime, THUMB_SIDE)
                .await
                .ok_or(Text::ErrDocUnreadable)?;
            if usable_thumb(&thumb) {
                thumb
            } else {
                String::new()
            }
        } else {
            String::new()
        };
        let sealed = self
            .vault
            .with_value(|vault| vault.as_ref().map(|v| v.seal_bytes(&bytes)))
            .ok_or(Text::ErrDocSaveFailed)?
            .map_err(|_| Text::ErrDocSaveFailed)?;
        let mut random = [0u8; 16];
        getrandom::getrandom(&mut random).map_err(|_| Text::ErrDocSaveFailed)?;
        let id = new_document_id(random);
        blobs::put(id.as_str(), &sealed)
            .await
            .map_err(store_error_text)?;
        drop(sealed);
        if !self.is_unlocked() {
            // Locked while the file was being stored: the dossier cannot name it now.
            let _ = blobs::delete(id.as_str()).await;
            return Err(Text::ErrDocSaveFailed);
        }
        let entry = DocumentRef {
            id: id.clone(),
            name,
            mime: mime.to_owned(),
            size: bytes.len() as u64,
            added: Timestamp(now_ms()),
            note: new.note.trim().to_owned(),
            date: new.date,
            thumb,
        };
        self.edit(|d| d.documents.add(entry));
        self.save_now();
        if let SaveState::Failed(text) = self.save_state.get_untracked() {
            // The dossier could not be saved with the new entry: take it out again, so the
            // stored copy and the screen agree, and remove the blob.
            self.dossier.update(|d| {
                d.documents.remove(id.as_str());
            });
            self.save_now();
            let _ = blobs::delete(id.as_str()).await;
            return Err(match text {
                Text::ErrQuota => Text::ErrDocDiskFull,
                _ => Text::ErrDocSaveFailed,
            });
        }
        record_timing("document-add", started);
        Ok(())
    }

    /// Decrypts one document for viewing.
    pub async fn open_document(&self, id: &str) -> Result<OpenDocument, Text> {
        let started = perf_now();
        let mime = self
            .dossier
            .with_untracked(|d| d.documents.get(id).map(|f| f.mime.clone()))
            .ok_or(Text::ErrDocMissing)?;
        let sealed = blobs::get(id)
            .await
            .map_err(store_error_text)?
            .ok_or(Text::ErrDocMissing)?;
        let bytes = self
            .vault
            .with_value(|vault| vault.as_ref().map(|v| v.open_bytes(&sealed)))
            .ok_or(Text::ErrDocMissing)?
            .map_err(|_| Text::ErrDocDamaged)?;
        record_timing("document-open", started);
        Ok(OpenDocument {
            mime,
            bytes: Zeroizing::new(bytes),
        })
    }

    /// Removes a document: the dossier first, then the blob.
    pub async fn delete_document(&self, id: &str) -> Result<(), Text> {
        let removed = self
            .dossier
            .with_untracked(|d| d.documents.get(id).cloned());
        let Some(removed) = removed else {
            return Ok(());
        };
        self.edit(|d| {
            d.documents.remove(id);
        });
        self.save_now();
        if let SaveState::Failed(_) = self.save_state.get_untracked() {
            // Not saved: put it back, so what is on screen is what is stored.
            self.dossier
                .update(|d| d.documents.files.insert(0, removed));
            self.save_now();
            return Err(Text::ErrDocDeleteFailed);
        }
        // If this fails, the blob is an orphan and goes at the next unlock.
        let _ = blobs::delete(id).await;
        Ok(())
    }

    /// Removes blobs the stored dossier does not name (see the module notes).
    pub async fn clean_orphan_documents(&self) {
        let Ok(stored) = blobs::ids().await else {
            return;
        };
        if !self.is_unlocked() {
            return;
        }
        // Another tab may have saved a dossier that names files this tab has not seen yet
        // (it lets go when this one opens): a file is an orphan only when neither this tab's
        // dossier nor the one stored now names it.
        // When what is stored cannot be read with this tab's key (another tab put a restored
        // or moved dossier in place), nothing is removed.
        let Ok(Stored::Vault(text)) = storage::load_vault() else {
            return;
        };
        let Some(saved) = SealedVault::from_text(&text).ok().and_then(|sealed| {
            self.vault
                .with_value(|v| v.as_ref().and_then(|v| v.open(&sealed).ok()))
        }) else {
            return;
        };
        let orphans: Vec<String> = self.dossier.with_untracked(|d| {
            d.documents
                .orphans(&stored)
                .into_iter()
                .filter(|id| saved.documents.get(id).is_none())
                .map(str::to_owned)
                .collect()
        });
        for id in orphans {
            let _ = blobs::delete(&id).await;
        }
    }

    /// The decrypted bytes of the chosen documents (`ids`), for a share. A file
    /// that is missing or damaged is left out (the share then shows only its description).
    pub async fn documents_for_share(&self, ids: &[EntryId]) -> Vec<SharedFile> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids.iter().map(|id| id.as_str().to_owned()) {
            if let Ok(doc) = self.open_document(&id).await {
                out.push(SharedFile {
                    id,
                    bytes: doc.bytes.to_vec(),
                });
            }
        }
        out
    }
}
