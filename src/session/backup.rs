//! Export, import and passphrase change as steps on the [`Session`].
//!
//! Every step checks everything before it writes, and writes in an order that leaves the last
//! good dossier readable if the tab dies between two writes: new document bytes first, then
//! the sealed vault in one `localStorage` write, and only then old document bytes are removed.

use leptos::prelude::*;
use regie_core::backup::{self, Backup, BackupDocument};
use regie_core::backup_archive;
use regie_core::catalogue::Text;
use regie_core::model::{new_document_id, Dossier, EntryId, Timestamp};
use regie_core::vault::{OpenVault, UnlockError};
use regie_core::zeroize::Zeroizing;

use crate::platform::backup_stream::{ExportStream, Opener, RestoreStream};
use crate::platform::clock::{now_ms, offset_at, perf_now, record_timing, record_value};
use crate::platform::files::{wasm_memory_bytes, File};
use crate::platform::storage::{self, StorageError};
use crate::platform::{blobs, files, kdf};
use crate::session::{Phase, SaveState, Session};

/// What an export produced, for the message on screen.
pub struct Exported {
    pub file_name: String,
    /// Documents whose bytes could not be read, so they are not in the backup.
    pub missing_documents: usize,
    /// The file itself, for the share sheet.
    pub file: web_sys::Blob,
    /// The recovery copy made beside it while helpers are set up: its name and the file.
    pub copy: Option<(String, web_sys::Blob)>,
}

/// A backup that decrypted and passed every check, waiting for the person to confirm. Its
/// documents are already in the device's store, sealed under the key the restored dossier
/// will have and under ids no stored document uses, so nothing the current dossier lists was
/// touched; only the dossier and the new vault are in memory. [`Session::restore_backup`]
/// puts it in place; [`Session::discard_backup`] removes the staged documents.
pub struct ReadBackup {
    /// The backup's dossier, with its documents' ids as they were staged.
    dossier: Dossier,
    /// The vault the restored dossier will be sealed in: the open dossier's key (or a new one
    /// on the unlock screen), wrapped under the backup's passphrase.
    vault: OpenVault,
    passphrase: Zeroizing<String>,
    /// The ids of the staged documents' bytes.
    staged: Vec<String>,
}

/// The old backup path (version 1: one JSON document, made and read whole), kept selectable
/// for `scripts/measure-backup.mjs`, which compares the two in one run.
const MEASURE_OLD_PATH_KEY: &str = "regie-measure-backup-v1";

fn old_path_chosen() -> bool {
    storage::get(MEASURE_OLD_PATH_KEY).as_deref() == Some("1")
}

impl Session {
    /// Checks a typed passphrase against the vault's wrapped key (or takes the one the dossier
    /// was opened with), then streams the whole dossier, documents included, a document at a
    /// time into one age file under that passphrase and offers it as a download. Records the
    /// date for the reminder.
    pub async fn export_backup(&self, typed: Option<Zeroizing<String>>) -> Result<Exported, Text> {
        let started = perf_now();
        let passphrase = match typed {
            Some(passphrase) => {
                let wrapped = self
                    .vault
                    .with_value(|v| v.as_ref().map(|v| v.wrapped_key().to_vec()))
                    .ok_or(Text::ErrExportFailed)?;
                kdf::decrypt(passphrase.clone(), wrapped)
                    .await
                    .map_err(|e| match e {
                        UnlockError::WrongPassphrase => Text::ErrWrongPassphrase,
                        _ => Text::ErrExportFailed,
                    })?;
                passphrase
            }
            // The passphrase this dossier was opened with: known to be right.
            None => self
                .passphrase
                .with_value(|p| p.clone())
                .ok_or(Text::ErrPassphraseEmpty)?,
        };
        self.flush();
        let now = Timestamp(now_ms());
        let mut dossier = self.dossier.get_untracked();
        backup::mark_backed_up(&mut dossier, now);
        let (file, copy, missing_documents) = if old_path_chosen() {
            let (file, missing) = self.export_whole(passphrase, dossier, now).await?;
            (file, None, missing)
        } else {
            self.export_streamed(passphrase, dossier, now).await?
        };
        let file_name = backup::file_name(now, offset_at(now.0));
        files::download_blob(&file, &file_name).map_err(|_| Text::ErrExportFailed)?;
        let copy = copy.map(|copy| (backup::copy_file_name(now, offset_at(now.0)), copy));
        if let Some((name, copy)) = &copy {
            files::download_blob(copy, name).map_err(|_| Text::ErrExportFailed)?;
        }
        record_timing("backup-export", started);
        record_value("backup-export-bytes", file.size());
        record_value("wasm-memory", wasm_memory_bytes());
        if self.is_unlocked() {
            self.edit(move |d| backup::mark_backed_up(d, now));
        }
        Ok(Exported {
            file_name,
            missing_documents,
            file,
            copy,
        })
    }

    /// Version 2, through the worker: one decrypted document in memory at a time. While
    /// helpers are set up, the same archive also goes into a recovery copy.
    async fn export_streamed(
        &self,
        passphrase: Zeroizing<String>,
        dossier: Dossier,
        now: Timestamp,
    ) -> Result<(web_sys::Blob, Option<web_sys::Blob>, usize), Text> {
        // Only documents the store has are listed; one that then fails to decrypt is left
        // out of the archive and shows as missing after a restore.
        let stored = blobs::ids().await.unwrap_or_default();
        let ids: Vec<EntryId> = dossier
            .documents
            .files
            .iter()
            .filter(|f| stored.iter().any(|id| id == f.id.as_str()))
            .map(|f| f.id.clone())
            .collect();
        let lock = self
            .vault
            .with_value(|v| v.as_ref().and_then(OpenVault::copy_lock))
            .map(|lock| lock.to_text());
        let mut stream = ExportStream::open(passphrase, lock, &dossier, now, &ids).await?;
        let mut added = 0;
        for id in &ids {
            let Ok(Some(sealed)) = blobs::get(id.as_str()).await else {
                continue;
            };
            let opened = self
                .vault
                .with_value(|v| v.as_ref().map(|v| v.open_bytes(&sealed)));
            drop(sealed);
            match opened {
                Some(Ok(data)) => {
                    stream.add(id, Zeroizing::new(data)).await?;
                    added += 1;
                }
                Some(Err(_)) => {}
                None => return Err(Text::ErrExportFailed),
            }
        }
        let made = stream.finish().await?;
        Ok((
            made.backup,
            made.copy,
            dossier.documents.files.len() - added,
        ))
    }

    /// Version 1, whole in memory: the previous release's path, for measuring against.
    async fn export_whole(
        &self,
        passphrase: Zeroizing<String>,
        dossier: Dossier,
        now: Timestamp,
    ) -> Result<(web_sys::Blob, usize), Text> {
        let (documents, missing) = self.read_documents(&dossier).await?;
        let plaintext = Backup {
            created: Some(now),
            dossier,
            documents,
        }
        .to_json();
        let file = kdf::encrypt(passphrase, plaintext.to_vec())
            .await
            .map_err(|_| Text::ErrExportFailed)?;
        drop(plaintext);
        let blob =
            files::blob(&file, "application/octet-stream").map_err(|_| Text::ErrExportFailed)?;
        Ok((blob, missing))
    }

    /// The decrypted bytes of every document the dossier lists; those the store cannot give
    /// are counted, not fatal, so a damaged store never blocks a backup of the rest.
    async fn read_documents(
        &self,
        dossier: &Dossier,
    ) -> Result<(Vec<BackupDocument>, usize), Text> {
        let mut documents = Vec::new();
        let mut missing = 0;
        for file in &dossier.documents.files {
            let sealed = match blobs::get(file.id.as_str()).await {
                Ok(Some(sealed)) => sealed,
                Ok(None) | Err(_) => {
                    missing += 1;
                    continue;
                }
            };
            let opened = self
                .vault
                .with_value(|v| v.as_ref().map(|v| v.open_bytes(&sealed)));
            match opened {
                Some(Ok(data)) => documents.push(BackupDocument {
                    id: file.id.clone(),
                    data,
                }),
                Some(Err(_)) => missing += 1,
                None => return Err(Text::ErrExportFailed),
            }
        }
        Ok((documents, missing))
    }

    /// Records that the backup went to the share sheet and the person picked a place.
    pub fn mark_backup_sent(&self) {
        let now = Timestamp(now_ms());
        if self.is_unlocked() {
            self.edit(move |d| d.settings.last_backup_sent = Some(now));
        }
    }

    /// Changes the passphrase: checks the current one, wraps the same dossier key with the new
    /// one and stores the vault. The dossier itself is not re-encrypted.
    pub async fn change_passphrase(
        &self,
        current: Zeroizing<String>,
        new: Zeroizing<String>,
    ) -> Result<(), Text> {
        let (wrapped, key_text, recovery) = self
            .vault
            .with_value(|v| {
                v.as_ref().map(|v| {
                    (
                        v.wrapped_key().to_vec(),
                        v.key_text(),
                        v.recovery().cloned(),
                    )
                })
            })
            .ok_or(Text::ErrSaveFailed)?;
        kdf::decrypt(current, wrapped).await.map_err(|e| match e {
            UnlockError::WrongPassphrase => Text::ErrCurrentPassphraseWrong,
            _ => Text::ErrSaveFailed,
        })?;
        let remembered = new.clone();
        let rewrapped = kdf::encrypt(new, key_text.to_vec())
            .await
            .map_err(|_| Text::ErrSaveFailed)?;
        // The helpers' cards open the same key, so they keep working.
        let vault = OpenVault::from_key_text(&key_text, rewrapped)
            .map_err(|_| Text::ErrSaveFailed)?
            .with_recovery(recovery);
        if !self.is_unlocked() {
            // Locked meanwhile (another tab, or idle): the stored vault is the other tab's.
            return Err(Text::ErrSaveFailed);
        }
        let sealed = self
            .dossier
            .with_untracked(|d| vault.seal(d))
            .map_err(|_| Text::ErrSaveFailed)?;
        storage::save_vault(&sealed).map_err(super::storage_error_text)?;
        self.vault.set_value(Some(vault));
        self.passphrase.set_value(Some(remembered));
        self.save_state.set(SaveState::Saved);
        // A moment to check with the helpers: the start screen asks until they say yes.
        let today = crate::platform::clock::today();
        self.edit(move |d| {
            if let Some(h) = &mut d.settings.helpers {
                h.changed = Some(today);
            }
        });
        Ok(())
    }
}

impl Session {
    /// Decrypts a backup file with its passphrase and checks all of it, in one pass: each
    /// document is checked against the dossier as it comes, sealed and stored aside under an
    /// id no stored document has. The open dossier is not touched. A file larger than any
    /// backup is refused on its size, before anything is read. On any failure what was
    /// staged is removed again.
    pub async fn stage_backup(
        &self,
        file: File,
        passphrase: Zeroizing<String>,
    ) -> Result<ReadBackup, Text> {
        let started = perf_now();
        if file.size() > backup_archive::MAX_BACKUP_FILE_BYTES as f64 {
            return Err(Text::ErrImportTooLarge);
        }
        // A recovery copy opens with cards, not with a passphrase: say which way to go.
        if files::head(&file, 32)
            .await
            .is_ok_and(|head| regie_core::vault::is_copy(&head))
        {
            return Err(Text::ErrImportIsCopy);
        }
        let (dossier, documents) = if old_path_chosen() {
            let bytes = files::read(&file)
                .await
                .map_err(|_| Text::ErrImportNotAge)?;
            let plaintext = kdf::decrypt(passphrase.clone(), bytes)
                .await
                .map_err(|e| e.backup_text())?;
            let backup = Backup::from_json(&plaintext).map_err(|e| e.text())?;
            (
                backup.dossier,
                DocumentSource::Whole(backup.documents.into_iter()),
            )
        } else {
            let opener = Opener::Passphrase(passphrase.clone());
            let (stream, opened) = RestoreStream::open(&file, opener).await?;
            (opened.dossier, DocumentSource::Stream(stream))
        };
        let vault = self.vault_for_restore(&passphrase, &dossier).await?;
        self.stage(dossier, documents, vault, passphrase, started)
            .await
    }

    /// Stages a backup's documents beside the stored ones (see [`Session::stage_backup`]),
    /// for a backup or a recovery copy: `vault` is what the restored dossier goes into.
    pub(super) async fn stage(
        &self,
        mut dossier: Dossier,
        mut documents: DocumentSource,
        vault: OpenVault,
        passphrase: Zeroizing<String>,
        started: f64,
    ) -> Result<ReadBackup, Text> {
        // Every id the store holds is taken: the open dossier's, and on the unlock screen
        // the stored dossier's, which this tab cannot read.
        let taken = match blobs::ids().await {
            Ok(ids) => ids,
            // Without the list, a document could land on one the stored dossier lists.
            Err(_) if !dossier.documents.files.is_empty() => return Err(Text::ErrImportDocuments),
            Err(_) => Vec::new(),
        };
        let renamed = move_documents_off(&mut dossier, &taken)?;
        let mut staged = Vec::new();
        if let Err(text) = stage_documents(&mut documents, &vault, &renamed, &mut staged).await {
            remove_staged(&staged).await;
            return Err(text);
        }
        record_timing("backup-read", started);
        Ok(ReadBackup {
            dossier,
            vault,
            passphrase,
            staged,
        })
    }

    /// The vault a restored dossier goes into. The dossier key stays the same when a
    /// dossier is open, and so do its helpers' cards if the backup has helpers too; on the
    /// unlock screen it is a new key, which no card opens (settings and the start screen
    /// then say that new cards are needed).
    async fn vault_for_restore(
        &self,
        passphrase: &Zeroizing<String>,
        restored: &Dossier,
    ) -> Result<OpenVault, Text> {
        let (key_text, recovery) = self
            .vault
            .with_value(|v| v.as_ref().map(|v| (v.key_text(), v.recovery().cloned())))
            .unwrap_or_else(|| (OpenVault::new_key_text(), None));
        let recovery = recovery.filter(|_| restored.settings.helpers.is_some());
        let wrapped = kdf::encrypt(passphrase.clone(), key_text.to_vec())
            .await
            .map_err(|_| Text::ErrImportStore)?;
        OpenVault::from_key_text(&key_text, wrapped)
            .map(|v| v.with_recovery(recovery))
            .map_err(|_| Text::ErrImportStore)
    }

    /// Removes what [`Session::stage_backup`] stored, when the person says no.
    pub async fn discard_backup(&self, read: ReadBackup) {
        remove_staged(&read.staged).await;
    }

    /// Reads, checks and restores a backup file in one go: the first screen's restore, where
    /// no dossier is open and so nothing needs confirming.
    pub async fn restore_file(
        &self,
        file: File,
        passphrase: Zeroizing<String>,
    ) -> Result<(), Text> {
        let read = self.stage_backup(file, passphrase).await?;
        self.restore_backup(read).await
    }
}

/// Seals each document as it comes and stores it under its staged id, noting each id in
/// `staged` as soon as its bytes may be in the store. An error is the first failure: a
/// damaged file (found as it is read), or a full or missing store.
async fn stage_documents(
    source: &mut DocumentSource,
    vault: &OpenVault,
    renamed: &[(EntryId, EntryId)],
    staged: &mut Vec<String>,
) -> Result<(), Text> {
    while let Some(doc) = source.next().await? {
        let sealed = vault.seal_bytes(&doc.data);
        drop(Zeroizing::new(doc.data));
        let sealed = sealed.map_err(|_| Text::ErrImportStore)?;
        let id = renamed
            .iter()
            .find(|(old, _)| *old == doc.id)
            .map_or(doc.id, |(_, fresh)| fresh.clone());
        staged.push(id.as_str().to_owned());
        blobs::put(id.as_str(), &sealed)
            .await
            .map_err(|e| match e {
                StorageError::Unavailable => Text::ErrImportDocuments,
                _ => Text::ErrImportStore,
            })?;
    }
    Ok(())
}

impl Session {
    /// Puts a staged backup in place of the current dossier (or of none, on a new device)
    /// and opens it. The backup's passphrase becomes the dossier's. Its documents are
    /// already stored; the vault is one write, and only after it are old documents removed.
    pub async fn restore_backup(&self, read: ReadBackup) -> Result<(), Text> {
        let started = perf_now();
        let ReadBackup {
            mut dossier,
            vault,
            passphrase,
            staged,
        } = read;
        // A backup keeps the words of the dossier it came from. One from before signed shares
        // has none: it takes those of the open dossier, if any, or gets a key of its own.
        if dossier.signing.is_none() {
            dossier.signing = self.dossier.with_untracked(|d| d.signing.clone());
            dossier.ensure_signing_key();
        }
        // 1. The staged documents must all still be there: another tab that opened the
        // dossier meanwhile may have cleared them away as unlisted.
        let stored = blobs::ids().await.map_err(|_| Text::ErrImportDocuments)?;
        if staged.iter().any(|id| !stored.contains(id)) {
            remove_staged(&staged).await;
            return Err(Text::ErrImportDocuments);
        }
        // 2. The vault, in one write: from here on the backup is the dossier.
        let saved = vault
            .seal(&dossier)
            .map_err(|_| Text::ErrImportStore)
            .and_then(|sealed| storage::save_vault(&sealed).map_err(|_| Text::ErrImportStore));
        if let Err(text) = saved {
            remove_staged(&staged).await;
            return Err(text);
        }
        // 3. The session follows, before anything else can save the old dossier.
        self.vault.set_value(Some(vault));
        self.passphrase.set_value(Some(passphrase));
        self.edit_generation.update_value(|g| *g += 1);
        self.dossier.set(dossier.clone());
        self.save_state.set(SaveState::Saved);
        self.stored_problem.set(None);
        self.lock_reason.set(None);
        // Setting the same phase again would rebuild every open screen.
        if self.phase.get_untracked() != Phase::Unlocked {
            self.phase.set(Phase::Unlocked);
        }
        if self.persistence.get_untracked().is_none() {
            let persistence = self.persistence;
            leptos::task::spawn_local(async move {
                persistence.set(Some(storage::request_persistence().await));
            });
        }
        // 4. Old document bytes the restored dossier does not list.
        if let Ok(ids) = blobs::ids().await {
            for id in ids {
                if !dossier.documents.files.iter().any(|f| f.id.as_str() == id) {
                    let _ = blobs::delete(&id).await;
                }
            }
        }
        record_timing("backup-restore", started);
        record_value("wasm-memory", wasm_memory_bytes());
        Ok(())
    }
}

/// Gives each of the dossier's documents whose id is `taken` a fresh id, and says which
/// moved where, so that its bytes are stored under the new one.
fn move_documents_off(
    dossier: &mut Dossier,
    taken: &[String],
) -> Result<Vec<(EntryId, EntryId)>, Text> {
    let mut renamed = Vec::new();
    for file in &mut dossier.documents.files {
        if !taken.iter().any(|id| id == file.id.as_str()) {
            continue;
        }
        let mut random = [0u8; 16];
        getrandom::getrandom(&mut random).map_err(|_| Text::ErrImportStore)?;
        let fresh = new_document_id(random);
        renamed.push((file.id.clone(), fresh.clone()));
        file.id = fresh;
    }
    Ok(renamed)
}

/// Where a restore's documents come from: the file again, or (on the old path) memory.
pub(super) enum DocumentSource {
    Stream(RestoreStream),
    Whole(std::vec::IntoIter<BackupDocument>),
}

impl DocumentSource {
    async fn next(&mut self) -> Result<Option<BackupDocument>, Text> {
        match self {
            DocumentSource::Stream(stream) => stream.next().await,
            DocumentSource::Whole(documents) => Ok(documents.next()),
        }
    }
}

/// Removes document bytes a restore staged. None of them is listed by the stored dossier:
/// each was stored under an id the store did not hold.
async fn remove_staged(staged: &[String]) {
    for id in staged {
        let _ = blobs::delete(id).await;
    }
}
