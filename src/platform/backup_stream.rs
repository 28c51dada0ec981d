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
use regie_core::vault::{self, UnlockError};
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

type ExportJob = (ArchiveWriter<age::stream::StreamWriter<Sink>>, Sink);
type RestoreJob = BackupReader<Box<dyn Read>>;

thread_local! {
    static EXPORT: RefCell<Option<ExportJob>> = const { RefCell::new(None) };
    static RESTORE: RefCell<Option<RestoreJob>> = const { RefCell::new(None) };
}

fn export_open(
    passphrase: Zeroizing<String>,
    dossier_json: &[u8],
    created: Timestamp,
    ids: &[EntryId],
) -> Result<Vec<u8>, Failure> {
    let dossier = Dossier::from_json(dossier_json).map_err(|_| Failure::Failed)?;
    let sink = Sink::default();
    let secret = vault::passphrase(passphrase);
    let stream = backup_archive::encrypting(sink.clone(), &secret).map_err(|_| Failure::Failed)?;
    let writer = ArchiveWriter::new(stream, created, &dossier, ids).map_err(|_| Failure::Failed)?;
    EXPORT.with(|job| *job.borrow_mut() = Some((writer, sink.clone())));
    Ok(sink.take())
}

fn export_add(id: &EntryId, data: &[u8]) -> Result<Vec<u8>, Failure> {
    EXPORT.with(|job| {
        let mut job = job.borrow_mut();
        let (writer, sink) = job.as_mut().ok_or(Failure::Failed)?;
        writer.add(id, data).map_err(|_| Failure::Failed)?;
        Ok(sink.take())
    })
}

fn export_finish() -> Result<Vec<u8>, Failure> {
    let (writer, sink) = EXPORT
        .with(|job| job.borrow_mut().take())
        .ok_or(Failure::Failed)?;
    let stream = writer.finish().map_err(|_| Failure::Failed)?;
    stream.finish().map_err(|_| Failure::Failed)?;
    Ok(sink.take())
}

/// What the beginning of a backup says.
pub struct Opened {
    pub dossier: Dossier,
    pub created: Option<Timestamp>,
}

/// Opens `source`; with `keep`, the job stays for [`restore_next`], else every document is
/// read and checked now and the job ends.
fn restore_open(
    source: Box<dyn Read>,
    passphrase: Zeroizing<String>,
    keep: bool,
) -> Result<(Vec<u8>, Option<Timestamp>), Failure> {
    RESTORE.with(|job| *job.borrow_mut() = None);
    let secret = vault::passphrase(passphrase);
    let plain = backup_archive::decrypting(source, &secret)?;
    let mut reader: RestoreJob = BackupReader::open(Box::new(plain) as Box<dyn Read>)?;
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
    let outcome: Result<(), Failure> = match op {
        "backup-export-open" => {
            let ids: Vec<EntryId> = Array::from(&get("ids"))
                .iter()
                .filter_map(|v| v.as_string())
                .map(EntryId::new)
                .collect();
            let created = Timestamp(get("created").as_f64().unwrap_or(0.0) as i64);
            let dossier = Zeroizing::new(bytes("dossier"));
            export_open(pass(), &dossier, created, &ids).map(|chunk| give(chunk, "ok"))
        }
        "backup-export-add" => {
            let id = EntryId::new(get("doc").as_string().unwrap_or_default());
            let data = Zeroizing::new(bytes("data"));
            export_add(&id, &data).map(|chunk| give(chunk, "ok"))
        }
        "backup-export-finish" => export_finish().map(|chunk| give(chunk, "ok")),
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
                    restore_open(Box::new(source), pass(), keep).map(|(dossier, created)| {
                        let created = created.map_or(JsValue::NULL, |t| JsValue::from(t.0 as f64));
                        set(&reply, "created", &created);
                        give(dossier, "ok");
                    })
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
    if let Some(code) = Reflect::get(reply, &"err".into())
        .ok()
        .and_then(|v| v.as_string())
    {
        return Err(Failure::from_code(&code));
    }
    Ok(Reflect::get(reply, &"ok".into())
        .ok()
        .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec()))
}

/// A backup being written; its ciphertext so far is in a `Blob`.
pub struct ExportStream {
    in_worker: bool,
    file: web_sys::Blob,
}

impl ExportStream {
    /// Starts a backup of `dossier` made at `created` that will hold the documents `ids`, in
    /// that order (see [`ArchiveWriter::new`]). Runs scrypt once.
    pub async fn open(
        passphrase: Zeroizing<String>,
        dossier: &Dossier,
        created: Timestamp,
        ids: &[EntryId],
    ) -> Result<ExportStream, Text> {
        let json = Zeroizing::new(dossier.to_json());
        let mut stream = ExportStream {
            in_worker: worker::available(),
            file: files::blob(&[], "application/octet-stream")
                .map_err(|_| Text::ErrExportFailed)?,
        };
        let mut chunk = None;
        if stream.in_worker {
            let message = Object::new();
            let bytes = Uint8Array::from(json.as_slice());
            set(&message, "pass", &passphrase.as_str().into());
            set(&message, "dossier", &bytes);
            set(&message, "created", &JsValue::from(created.0 as f64));
            let list: Array = ids.iter().map(|id| JsValue::from(id.as_str())).collect();
            set(&message, "ids", &list);
            match worker::call("backup-export-open", message, Array::of1(&bytes.buffer())).await {
                Some(reply) => {
                    chunk = Some(
                        reply_bytes(&reply)
                            .ok()
                            .flatten()
                            .ok_or(Text::ErrExportFailed)?,
                    )
                }
                // The worker could not start after all: the page does the work.
                None => stream.in_worker = false,
            }
        }
        let chunk = match chunk {
            Some(chunk) => chunk,
            None => {
                export_open(passphrase, &json, created, ids).map_err(|_| Text::ErrExportFailed)?
            }
        };
        stream.append(&chunk)?;
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
        self.append(&chunk)
    }

    /// Ends the backup: the whole file, as a `Blob`.
    pub async fn finish(mut self) -> Result<web_sys::Blob, Text> {
        let chunk = if self.in_worker {
            self.ask("backup-export-finish", Object::new(), Array::new())
                .await?
        } else {
            export_finish().map_err(|_| Text::ErrExportFailed)?
        };
        self.append(&chunk)?;
        Ok(self.file)
    }

    async fn ask(&self, op: &str, message: Object, transfer: Array) -> Result<Vec<u8>, Text> {
        let reply = worker::call(op, message, transfer)
            .await
            .ok_or(Text::ErrExportFailed)?;
        reply_bytes(&reply)
            .ok()
            .flatten()
            .ok_or(Text::ErrExportFailed)
    }

    /// The blob so far and this chunk, as one new blob: the browser joins them in its own
    /// storage, and the chunk's memory is free again.
    fn append(&mut self, chunk: &[u8]) -> Result<(), Text> {
        if chunk.is_empty() {
            return Ok(());
        }
        let parts = Array::of2(&self.file, &Uint8Array::from(chunk));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/octet-stream");
        self.file = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(|_| Text::ErrExportFailed)?;
        Ok(())
    }
}

/// A backup file being read, a document at a time.
pub struct RestoreStream {
    in_worker: bool,
}

impl RestoreStream {
    /// Reads and checks all of `file` (every document against its dossier) and keeps
    /// nothing but the dossier: the check before a restore asks anything.
    pub async fn check(file: &File, passphrase: Zeroizing<String>) -> Result<Opened, Text> {
        Self::start(file, passphrase, false)
            .await
            .map(|(_, opened)| opened)
    }

    /// Opens `file` for [`RestoreStream::next`].
    pub async fn open(
        file: &File,
        passphrase: Zeroizing<String>,
    ) -> Result<(RestoreStream, Opened), Text> {
        Self::start(file, passphrase, true).await
    }

    async fn start(
        file: &File,
        passphrase: Zeroizing<String>,
        keep: bool,
    ) -> Result<(RestoreStream, Opened), Text> {
        let mut in_worker = worker::available();
        let mut opened = None;
        if in_worker {
            let message = Object::new();
            set(&message, "pass", &passphrase.as_str().into());
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
                restore_open(Box::new(Cursor::new(bytes)), passphrase, keep)
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
