//! The backup jobs, a document at a time through age's streaming writer and reader, so no
//! backup is ever whole in memory: the same code runs in the app's worker (see
//! [`super::worker`]), which answers the page's messages with [`serve_one`], and on the page
//! where no worker runs. The page's side is [`super::backup_stream`].
//!
//! Export: a job opens with the dossier, takes one decrypted document per message, and gives
//! back the ciphertext made so far. Restore: in the worker the chosen `File` is read in slices
//! with `FileReaderSync`, so a `std::io::Read` sits over it, and each step gives one checked
//! document.

use std::cell::RefCell;
use std::io::{self, BufReader, Read, Write};
use std::rc::Rc;

use js_sys::{Array, Object, Reflect, Uint8Array};
use regie_core::backup::{BackupDocument, BackupError};
use regie_core::backup_archive::{self, ArchiveWriter, BackupReader};
use regie_core::catalogue::Text;
use regie_core::model::{Dossier, EntryId, Timestamp};
use regie_core::vault::{self, DossierKey, UnlockError};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::{JsCast, JsValue};

use super::files::File;
use super::worker::set;

/// How much of the backup file one `FileReaderSync` call reads.
const SLICE_BYTES: usize = 1024 * 1024;

/// Why a step failed, as a short code that crosses to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    WrongPassphrase,
    TooMuchWork,
    NotAge,
    NotADossier,
    Newer,
    Damaged,
    /// Writing failed, or a step came without its job.
    Failed,
}

impl Failure {
    const ALL: [Failure; 7] = [
        Failure::WrongPassphrase,
        Failure::TooMuchWork,
        Failure::NotAge,
        Failure::NotADossier,
        Failure::Newer,
        Failure::Damaged,
        Failure::Failed,
    ];

    fn code(self) -> &'static str {
        match self {
            Failure::WrongPassphrase => "wrong",
            Failure::TooMuchWork => "work",
            Failure::NotAge => "corrupt",
            Failure::NotADossier => "not-dossier",
            Failure::Newer => "newer",
            Failure::Damaged => "damaged",
            Failure::Failed => "failed",
        }
    }

    pub(super) fn from_code(code: &str) -> Failure {
        Failure::ALL
            .into_iter()
            .find(|f| f.code() == code)
            .unwrap_or(Failure::Failed)
    }

    /// What a restore says about it.
    pub(super) fn restore_text(self) -> Text {
        match self {
            Failure::WrongPassphrase => Text::ErrImportWrongPassphrase,
            Failure::TooMuchWork => Text::ErrImportTooMuchWork,
            Failure::NotAge => Text::ErrImportNotAge,
            Failure::NotADossier => Text::ErrImportNotDossier,
            Failure::Newer => Text::ErrImportNewer,
            Failure::Damaged | Failure::Failed => Text::ErrImportDamaged,
        }
    }
}

impl From<UnlockError> for Failure {
    fn from(e: UnlockError) -> Failure {
        match e {
            UnlockError::WrongPassphrase => Failure::WrongPassphrase,
            UnlockError::TooMuchWork => Failure::TooMuchWork,
            _ => Failure::NotAge,
        }
    }
}

impl From<BackupError> for Failure {
    fn from(e: BackupError) -> Failure {
        match e {
            BackupError::NotADossier => Failure::NotADossier,
            BackupError::UnsupportedVersion(_) => Failure::Newer,
            BackupError::Damaged(_) => Failure::Damaged,
        }
    }
}

/// Ciphertext that age has written and the page has not collected yet.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Sink {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

/// The archive goes once through both encryptors: the backup's (the passphrase) and, while
/// helpers are set up, the recovery copy's (see [`vault::CopyLock`]).
struct Tee {
    backup: age::stream::StreamWriter<Sink>,
    copy: Option<age::stream::StreamWriter<Sink>>,
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.backup.write_all(buf)?;
        if let Some(copy) = &mut self.copy {
            copy.write_all(buf)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.backup.flush()?;
        if let Some(copy) = &mut self.copy {
            copy.flush()?;
        }
        Ok(())
    }
}

/// The writer, the backup's sink and the copy's.
type ExportJob = (ArchiveWriter<Tee>, Sink, Sink);
/// What one export step made: the backup's next bytes and the copy's.
pub(super) type Chunks = (Vec<u8>, Vec<u8>);
type RestoreJob = BackupReader<Box<dyn Read>>;

thread_local! {
    static EXPORT: RefCell<Option<ExportJob>> = const { RefCell::new(None) };
    static RESTORE: RefCell<Option<RestoreJob>> = const { RefCell::new(None) };
}

pub(super) fn export_open(
    passphrase: Zeroizing<String>,
    lock: Option<&str>,
    dossier_json: &[u8],
    created: Timestamp,
    ids: &[EntryId],
) -> Result<Chunks, Failure> {
    let dossier = Dossier::from_json(dossier_json).map_err(|_| Failure::Failed)?;
    let (sink, copy_sink) = (Sink::default(), Sink::default());
    let secret = vault::passphrase(passphrase);
    let backup = backup_archive::encrypting(sink.clone(), &secret).map_err(|_| Failure::Failed)?;
    let copy = match lock {
        Some(lock) => {
            let lock = vault::CopyLock::from_text(lock).map_err(|_| Failure::Failed)?;
            Some(vault::copy_encrypting(copy_sink.clone(), &lock).map_err(|_| Failure::Failed)?)
        }
        None => None,
    };
    let tee = Tee { backup, copy };
    let writer = ArchiveWriter::new(tee, created, &dossier, ids).map_err(|_| Failure::Failed)?;
    EXPORT.with(|job| *job.borrow_mut() = Some((writer, sink.clone(), copy_sink.clone())));
    Ok((sink.take(), copy_sink.take()))
}

pub(super) fn export_add(id: &EntryId, data: &[u8]) -> Result<Chunks, Failure> {
    EXPORT.with(|job| {
        let mut job = job.borrow_mut();
        let (writer, sink, copy_sink) = job.as_mut().ok_or(Failure::Failed)?;
        writer.add(id, data).map_err(|_| Failure::Failed)?;
        Ok((sink.take(), copy_sink.take()))
    })
}

pub(super) fn export_finish() -> Result<Chunks, Failure> {
    let (writer, sink, copy_sink) = EXPORT
        .with(|job| job.borrow_mut().take())
        .ok_or(Failure::Failed)?;
    let tee = writer.finish().map_err(|_| Failure::Failed)?;
    tee.backup.finish().map_err(|_| Failure::Failed)?;
    if let Some(copy) = tee.copy {
        copy.finish().map_err(|_| Failure::Failed)?;
    }
    Ok((sink.take(), copy_sink.take()))
}

/// What opens a file being restored: a backup's passphrase, or for a recovery copy the
/// dossier key that the helpers' cards gave (its secret text).
pub enum Opener {
    Passphrase(Zeroizing<String>),
    Copy(Zeroizing<Vec<u8>>),
}

impl Opener {
    /// Into a worker message: `pass` or `key`.
    pub(super) fn put(&self, message: &Object) {
        match self {
            Opener::Passphrase(p) => set(message, "pass", &p.as_str().into()),
            Opener::Copy(key) => set(
                message,
                "key",
                &String::from_utf8_lossy(key).as_ref().into(),
            ),
        }
    }

    /// Out of a worker message.
    fn take(request: &JsValue) -> Opener {
        let get = |key: &str| {
            Reflect::get(request, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        match get("key") {
            Some(key) => Opener::Copy(Zeroizing::new(key.into_bytes())),
            None => Opener::Passphrase(Zeroizing::new(get("pass").unwrap_or_default())),
        }
    }
}

/// What the beginning of a backup says.
pub struct Opened {
    pub dossier: Dossier,
    pub created: Option<Timestamp>,
}

/// Opens `source`; with `keep`, the job stays for [`restore_next`], else every document is
/// read and checked now and the job ends.
pub(super) fn restore_open(
    mut source: Box<dyn Read>,
    opener: Opener,
    keep: bool,
) -> Result<(Vec<u8>, Option<Timestamp>), Failure> {
    RESTORE.with(|job| *job.borrow_mut() = None);
    let plain: Box<dyn Read> = match opener {
        Opener::Passphrase(passphrase) => {
            let secret = vault::passphrase(passphrase);
            Box::new(backup_archive::decrypting(source, &secret)?)
        }
        Opener::Copy(key_text) => {
            vault::read_copy_head(&mut source).map_err(|e| match e {
                vault::CopyError::Newer => Failure::Newer,
                vault::CopyError::NotACopy => Failure::NotAge,
                vault::CopyError::Damaged => Failure::Damaged,
            })?;
            let key = DossierKey::from_secret_text(&key_text).map_err(|_| Failure::Failed)?;
            Box::new(vault::copy_decrypting(source, &key)?)
        }
    };
    let mut reader: RestoreJob = BackupReader::open(plain)?;
    if !keep {
        reader.check_all()?;
    }
    let opened = (reader.dossier().to_json(), reader.created());
    if keep {
        RESTORE.with(|job| *job.borrow_mut() = Some(reader));
    }
    Ok(opened)
}

pub(super) fn restore_next() -> Result<Option<BackupDocument>, Failure> {
    RESTORE.with(|job| {
        let mut job = job.borrow_mut();
        let reader = job.as_mut().ok_or(Failure::Failed)?;
        match reader.next_document() {
            Ok(Some(doc)) => Ok(Some(doc)),
            Ok(None) => {
                *job = None;
                Ok(None)
            }
            Err(e) => {
                *job = None;
                Err(e.into())
            }
        }
    })
}

/// A `Read` over a `File` in a worker, a slice at a time.
struct FileSource {
    file: File,
    reader: web_sys::FileReaderSync,
    at: f64,
}

impl Read for FileSource {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let size = self.file.size();
        if self.at >= size || buf.is_empty() {
            return Ok(0);
        }
        let end = (self.at + buf.len().min(SLICE_BYTES) as f64).min(size);
        let failed = |_| io::Error::other("the file cannot be read");
        let slice = self
            .file
            .slice_with_f64_and_f64(self.at, end)
            .map_err(failed)?;
        let buffer = self.reader.read_as_array_buffer(&slice).map_err(failed)?;
        let bytes = Uint8Array::new(&buffer);
        let n = bytes.length() as usize;
        if n == 0 {
            return Err(io::Error::other("the file changed while it was read"));
        }
        bytes.copy_to(&mut buf[..n]);
        self.at += n as f64;
        Ok(n)
    }
}

// ---- the worker's side ----

/// Answers one backup step in the worker; `None` when `op` is not a backup step.
pub fn serve_one(op: &str, request: &JsValue) -> Option<(Object, Array)> {
    let get = |key: &str| Reflect::get(request, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let bytes = |key: &str| {
        get(key)
            .dyn_ref::<Uint8Array>()
            .map(Uint8Array::to_vec)
            .unwrap_or_default()
    };
    let pass = || Zeroizing::new(get("pass").as_string().unwrap_or_default());
    let reply = Object::new();
    let transfer = Array::new();
    let give = |data: Vec<u8>, key: &str| {
        let out = Uint8Array::from(data.as_slice());
        drop(Zeroizing::new(data));
        transfer.push(&out.buffer());
        set(&reply, key, &out);
    };
    let give_both = |(backup, copy): Chunks| {
        give(backup, "ok");
        give(copy, "copy");
    };
    let outcome: Result<(), Failure> = match op {
        "backup-export-open" => {
            let ids: Vec<EntryId> = Array::from(&get("ids"))
                .iter()
                .filter_map(|v| v.as_string())
                .map(EntryId::new)
                .collect();
            let created = Timestamp(get("created").as_f64().unwrap_or(0.0) as i64);
            let dossier = Zeroizing::new(bytes("dossier"));
            let lock = get("lock").as_string();
            export_open(pass(), lock.as_deref(), &dossier, created, &ids).map(give_both)
        }
        "backup-export-add" => {
            let id = EntryId::new(get("doc").as_string().unwrap_or_default());
            let data = Zeroizing::new(bytes("data"));
            export_add(&id, &data).map(give_both)
        }
        "backup-export-finish" => export_finish().map(give_both),
        "backup-restore-open" => {
            let file: Option<File> = get("file").dyn_into().ok();
            match (file, web_sys::FileReaderSync::new()) {
                (Some(file), Ok(reader)) => {
                    let source = BufReader::with_capacity(
                        SLICE_BYTES,
                        FileSource {
                            file,
                            reader,
                            at: 0.0,
                        },
                    );
                    let keep = get("keep").is_truthy();
                    restore_open(Box::new(source), Opener::take(request), keep).map(
                        |(dossier, created)| {
                            let created =
                                created.map_or(JsValue::NULL, |t| JsValue::from(t.0 as f64));
                            set(&reply, "created", &created);
                            give(dossier, "ok");
                        },
                    )
                }
                _ => Err(Failure::Failed),
            }
        }
        "backup-restore-next" => restore_next().map(|doc| match doc {
            Some(doc) => {
                set(&reply, "doc", &doc.id.as_str().into());
                give(doc.data, "ok");
            }
            None => set(&reply, "done", &JsValue::TRUE),
        }),
        _ => return None,
    };
    if let Err(failure) = outcome {
        set(&reply, "err", &failure.code().into());
    }
    Some((reply, transfer))
}
