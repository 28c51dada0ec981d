//! Backups as streams, in the app's worker (see [`super::worker`]): a document at a time through age's
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

use std::cell::RefCell;
use std::io::{self, BufReader, Cursor, Read, Write};
use std::rc::Rc;

use js_sys::{Array, Object, Reflect, Uint8Array};
use regie_core::backup::{BackupDocument, BackupError};
use regie_core::backup_archive::{self, ArchiveWriter, BackupReader};
use regie_core::catalogue::Text;
use regie_core::model::{Dossier, EntryId, Timestamp};
use regie_core::vault::{self, DossierKey, UnlockError};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::{JsCast, JsValue};

use super::files::{self, File};
use super::worker::{self, set};

/// How much of the backup file one `FileReaderSync` call reads.
const SLICE_BYTES: usize = 1024 * 1024;

// ---- the jobs: the same code in the worker and on the page ----

/// Why a step failed, as a short code that crosses to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
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

    fn from_code(code: &str) -> Failure {
        Failure::ALL
            .into_iter()
            .find(|f| f.code() == code)
            .unwrap_or(Failure::Failed)
    }

    /// What a restore says about it.
    fn restore_text(self) -> Text {
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
type Chunks = (Vec<u8>, Vec<u8>);
type RestoreJob = BackupReader<Box<dyn Read>>;

thread_local! {
    static EXPORT: RefCell<Option<ExportJob>> = const { RefCell::new(None) };
    static RESTORE: RefCell<Option<RestoreJob>> = const { RefCell::new(None) };
}

fn export_open(
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

fn export_add(id: &EntryId, data: &[u8]) -> Result<Chunks, Failure> {
    EXPORT.with(|job| {
        let mut job = job.borrow_mut();
        let (writer, sink, copy_sink) = job.as_mut().ok_or(Failure::Failed)?;
        writer.add(id, data).map_err(|_| Failure::Failed)?;
        Ok((sink.take(), copy_sink.take()))
    })
}

fn export_finish() -> Result<Chunks, Failure> {
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
    fn put(&self, message: &Object) {
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
fn restore_open(
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

fn restore_next() -> Result<Option<BackupDocument>, Failure> {
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

// ---- the page's side ----

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
