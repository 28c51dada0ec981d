//! Backup version 2: a tar archive inside the age file, written and read a document at a time.
//!
//! `age -d backup.age | tar x` gives a person `dossier.json` and their letters and photos under
//! `documenten/`, each with its own name. `dossier.json` comes first and lists every document
//! that follows (`id`, `file`, `type`, `size`), so a reader checks each document against it as
//! it streams past, and never needs more than one document in memory.
//!
//! [`BackupReader`] also reads every earlier version (the JSON of [`Backup::from_json`]), so a
//! restore has one way in whatever the file's age.

use std::collections::HashSet;
use std::io::{self, Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::backup::{Backup, BackupDocument, BackupError, BACKUP_FORMAT, BACKUP_VERSION};
use crate::model::{
    DocumentRef, Dossier, EntryId, ModelError, Timestamp, MAX_DOCUMENT_BYTES,
    MAX_TOTAL_DOCUMENT_BYTES,
};
use crate::tar::{TarError, TarReader, TarWriter};
pub use crate::vault::{decrypting, encrypting};

/// The first file of the archive.
pub const MANIFEST: &str = "dossier.json";
/// The folder the documents unpack into.
pub const DOCUMENTS_DIR: &str = "documenten";
/// The most `dossier.json` may hold: the dossier's text and thumbnails, far from documents.
pub const MAX_MANIFEST_BYTES: u64 = 32 * 1024 * 1024;
/// The largest backup file a restore opens: all documents at their limit, base64-encoded as
/// in version 1, plus the dossier. Checked on the file's size before anything is read.
pub const MAX_BACKUP_FILE_BYTES: u64 = MAX_TOTAL_DOCUMENT_BYTES / 3 * 4 + MAX_MANIFEST_BYTES;
/// The longest document name in the archive, in characters, before its extension.
const MAX_NAME_CHARS: usize = 80;

/// One document as `dossier.json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Listed {
    id: String,
    /// Its path in the archive: `documenten/<name>`.
    file: String,
    #[serde(rename = "type")]
    mime: String,
    size: u64,
}

/// Writes a version 2 backup: `dossier.json` at once, then each document as it is added.
pub struct ArchiveWriter<W: Write> {
    tar: TarWriter<W>,
    listed: Vec<Listed>,
    next: usize,
    mtime: u64,
}

impl<W: Write> ArchiveWriter<W> {
    /// `documents`: the ids of the documents the caller means to add, in that order. One that
    /// cannot be read after all is left out; the restore then shows it as missing.
    pub fn new(
        out: W,
        created: Timestamp,
        dossier: &Dossier,
        documents: &[EntryId],
    ) -> io::Result<Self> {
        let chosen: Vec<&DocumentRef> = documents
            .iter()
            .filter_map(|id| dossier.documents.files.iter().find(|f| &f.id == id))
            .collect();
        let names = file_names(&chosen);
        let listed: Vec<Listed> = chosen
            .iter()
            .zip(names)
            .map(|(doc, name)| Listed {
                id: doc.id.as_str().to_owned(),
                file: format!("{DOCUMENTS_DIR}/{name}"),
                mime: doc.mime.clone(),
                size: doc.size,
            })
            .collect();
        let manifest = manifest_json(created, dossier, &listed);
        let mtime = u64::try_from(created.0 / 1000).unwrap_or(0);
        let mut tar = TarWriter::new(out);
        tar.append(MANIFEST, mtime, &manifest)?;
        Ok(ArchiveWriter {
            tar,
            listed,
            next: 0,
            mtime,
        })
    }

    /// Adds one document's original bytes. It must be listed, after the one added before,
    /// and have the size the dossier says.
    pub fn add(&mut self, id: &EntryId, data: &[u8]) -> io::Result<()> {
        let refused = |why: &str| io::Error::new(io::ErrorKind::InvalidInput, why.to_owned());
        let position = self.listed[self.next..]
            .iter()
            .position(|l| l.id == id.as_str())
            .ok_or_else(|| refused("not listed, or out of order"))?
            + self.next;
        let listed = &self.listed[position];
        if listed.size != data.len() as u64 {
            return Err(refused("not the size the dossier says"));
        }
        self.tar.append(&listed.file, self.mtime, data)?;
        self.next = position + 1;
        Ok(())
    }

    /// Ends the archive and gives back the output.
    pub fn finish(self) -> io::Result<W> {
        self.tar.finish()
    }
}

fn manifest_json(created: Timestamp, dossier: &Dossier, listed: &[Listed]) -> Zeroizing<Vec<u8>> {
    let dossier: Value = serde_json::from_slice(&dossier.to_json()).expect("a dossier is JSON");
    let mut root = Map::new();
    root.insert("format".into(), Value::from(BACKUP_FORMAT));
    root.insert("version".into(), Value::from(BACKUP_VERSION));
    root.insert("created".into(), Value::from(created.0));
    root.insert("dossier".into(), dossier);
    root.insert(
        "documents".into(),
        serde_json::to_value(listed).expect("JSON"),
    );
    Zeroizing::new(serde_json::to_vec_pretty(&Value::Object(root)).expect("JSON"))
}

/// Names for these documents that every file system takes, unique even where case does not
/// count, each with the extension of its type: "Beschikking Wmo.pdf", "Brief (2).jpg".
pub fn file_names(documents: &[&DocumentRef]) -> Vec<String> {
    let mut taken = HashSet::new();
    documents
        .iter()
        .map(|doc| {
            let extension = extension_of(&doc.mime);
            let mut stem = safe_stem(&doc.name);
            if let Some(ext) = extension {
                let lower = stem.to_lowercase();
                for known in [ext, if ext == "jpg" { "jpeg" } else { ext }] {
                    if let Some(cut) = lower.strip_suffix(&format!(".{known}")) {
                        stem.truncate(cut.len());
                        stem = safe_stem(&stem);
                    }
                }
            }
            let with = |n: usize| {
                let suffix = if n == 1 {
                    String::new()
                } else {
                    format!(" ({n})")
                };
                match extension {
                    Some(ext) => format!("{stem}{suffix}.{ext}"),
                    None => format!("{stem}{suffix}"),
                }
            };
            let mut n = 1;
            while !taken.insert(with(n).to_lowercase()) {
                n += 1;
            }
            with(n)
        })
        .collect()
}

fn extension_of(mime: &str) -> Option<&'static str> {
    match mime {
        "application/pdf" => Some("pdf"),
        "image/jpeg" => Some("jpg"),
        "image/png" => Some("png"),
        "image/webp" => Some("webp"),
        _ => None,
    }
}

/// A name without what Windows, macOS or Linux refuse or treat specially: separators,
/// reserved characters, control characters, leading and trailing dots and spaces, device
/// names. Never empty.
fn safe_stem(name: &str) -> String {
    let short: String = name.chars().take(MAX_NAME_CHARS).collect();
    clean(&short)
}

fn clean(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let trimmed = replaced.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        return "document".into();
    }
    let device = trimmed.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(device.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((device.starts_with("COM") || device.starts_with("LPT"))
            && device.len() == 4
            && device.as_bytes()[3].is_ascii_digit());
    if reserved {
        format!("_{trimmed}")
    } else {
        trimmed.to_owned()
    }
}

/// Whether `path` is a name [`ArchiveWriter`] could have written: one plain file directly
/// under `documenten/`.
fn is_safe_document_path(path: &str) -> bool {
    let Some(name) = path
        .strip_prefix(DOCUMENTS_DIR)
        .and_then(|p| p.strip_prefix('/'))
    else {
        return false;
    };
    // Room for a counter and an extension after the longest stem.
    !name.is_empty() && name.chars().count() <= MAX_NAME_CHARS + 16 && clean(name) == name
}

/// Reads a backup of any version, a document at a time.
pub struct BackupReader<R: Read> {
    created: Option<Timestamp>,
    dossier: Dossier,
    source: Source<R>,
}

enum Source<R: Read> {
    Archive {
        tar: TarReader<io::Chain<Cursor<Vec<u8>>, R>>,
        listed: Vec<Listed>,
        next: usize,
    },
    /// An earlier version, read whole: its documents handed out one by one.
    Whole(std::vec::IntoIter<BackupDocument>),
}

fn damaged(what: &str) -> BackupError {
    BackupError::Damaged(what.to_owned())
}

fn tar_damage(e: TarError) -> BackupError {
    BackupError::Damaged(format!("the archive is damaged: {e}"))
}

impl<R: Read> BackupReader<R> {
    /// Reads the beginning of the plaintext: the whole of an earlier version, or an archive's
    /// `dossier.json`, checked as the dossier of an unlock is.
    pub fn open(mut plain: R) -> Result<Self, BackupError> {
        let mut first = vec![0u8; 512];
        let filled = fill(&mut plain, &mut first).map_err(|_| damaged("it cannot be read"))?;
        first.truncate(filled);
        let first = Zeroizing::new(first);
        let starts_json = first
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|&b| b == b'{');
        if starts_json {
            let mut all = Zeroizing::new(first.to_vec());
            plain
                .take(MAX_BACKUP_FILE_BYTES + 1 - filled as u64)
                .read_to_end(&mut all)
                .map_err(|_| damaged("it cannot be read"))?;
            if all.len() as u64 > MAX_BACKUP_FILE_BYTES {
                return Err(damaged("it is larger than any backup"));
            }
            let backup = Backup::from_json(&all)?;
            return Ok(BackupReader {
                created: backup.created,
                dossier: backup.dossier,
                source: Source::Whole(backup.documents.into_iter()),
            });
        }
        if first.len() < 512 || &first[257..262] != b"ustar" {
            return Err(BackupError::NotADossier);
        }
        let mut tar = TarReader::new(Cursor::new(first.to_vec()).chain(plain));
        let entry = tar
            .next_entry(MAX_MANIFEST_BYTES)
            .map_err(tar_damage)?
            .ok_or_else(|| damaged("the archive is empty"))?;
        if entry.path != MANIFEST {
            return Err(damaged("the archive does not begin with dossier.json"));
        }
        let manifest = Zeroizing::new(tar.read_data(&entry).map_err(tar_damage)?);
        let (created, dossier, listed) = read_manifest(&manifest)?;
        Ok(BackupReader {
            created,
            dossier,
            source: Source::Archive {
                tar,
                listed,
                next: 0,
            },
        })
    }

    pub fn created(&self) -> Option<Timestamp> {
        self.created
    }

    pub fn dossier(&self) -> &Dossier {
        &self.dossier
    }

    /// The next document, checked against the dossier; `None` once all have come. A listed
    /// document that never comes is missing, as in earlier versions.
    pub fn next_document(&mut self) -> Result<Option<BackupDocument>, BackupError> {
        match &mut self.source {
            Source::Whole(documents) => Ok(documents.next()),
            Source::Archive { tar, listed, next } => {
                let Some(entry) = tar.next_entry(MAX_DOCUMENT_BYTES).map_err(tar_damage)? else {
                    return Ok(None);
                };
                let position = listed[*next..]
                    .iter()
                    .position(|l| l.file == entry.path)
                    .ok_or_else(|| {
                        damaged("a file is not in the list of documents, or out of order")
                    })?
                    + *next;
                if listed[position].size != entry.size {
                    return Err(damaged(
                        "a document does not have the size the dossier says",
                    ));
                }
                let data = tar.read_data(&entry).map_err(tar_damage)?;
                *next = position + 1;
                Ok(Some(BackupDocument {
                    id: EntryId::new(listed[position].id.clone()),
                    data,
                }))
            }
        }
    }

    /// Reads the rest to its end, checking every document and keeping none: what a restore
    /// does before it asks to replace anything. Gives the number of documents.
    pub fn check_all(&mut self) -> Result<usize, BackupError> {
        let mut count = 0;
        while self.next_document()?.is_some() {
            count += 1;
        }
        Ok(count)
    }

    /// Reads everything into one [`Backup`]: for tests and small files.
    pub fn read_all(mut self) -> Result<Backup, BackupError> {
        let mut documents = Vec::new();
        while let Some(doc) = self.next_document()? {
            documents.push(doc);
        }
        Ok(Backup {
            created: self.created,
            dossier: self.dossier,
            documents,
        })
    }
}

/// Reads until `buf` is full or the input ends; the number of bytes read.
fn fill(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

type Manifest = (Option<Timestamp>, Dossier, Vec<Listed>);

fn read_manifest(bytes: &[u8]) -> Result<Manifest, BackupError> {
    let value: Value =
        serde_json::from_slice(bytes).map_err(|_| damaged("dossier.json is not JSON"))?;
    let Value::Object(mut root) = value else {
        return Err(BackupError::NotADossier);
    };
    if root.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotADossier);
    }
    match root.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(BACKUP_VERSION) => {}
        Some(v) if v > u64::from(BACKUP_VERSION) => {
            return Err(BackupError::UnsupportedVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ))
        }
        _ => return Err(damaged("an archive says a version that is no archive")),
    }
    let created = match root.get("created") {
        None | Some(Value::Null) => None,
        Some(v) => {
            Some(Timestamp(v.as_i64().ok_or_else(|| {
                damaged("the date of the backup is not valid")
            })?))
        }
    };
    let dossier_value = root
        .remove("dossier")
        .ok_or_else(|| damaged("the dossier is missing"))?;
    let dossier_bytes = Zeroizing::new(serde_json::to_vec(&dossier_value).expect("JSON"));
    drop(dossier_value);
    let dossier = Dossier::from_json(&dossier_bytes).map_err(|e| match e {
        ModelError::UnsupportedVersion(v) => BackupError::UnsupportedVersion(v),
        ModelError::Invalid(message) => BackupError::Damaged(message),
    })?;
    let listed: Vec<Listed> = serde_json::from_value(
        root.remove("documents")
            .ok_or_else(|| damaged("the list of documents is missing"))?,
    )
    .map_err(|_| damaged("the list of documents is not valid"))?;
    let mut ids = HashSet::new();
    let mut files = HashSet::new();
    for entry in &listed {
        let Some(described) = dossier
            .documents
            .files
            .iter()
            .find(|f| f.id.as_str() == entry.id)
        else {
            return Err(damaged("a document does not belong to the dossier"));
        };
        if !ids.insert(entry.id.as_str()) || !files.insert(entry.file.to_lowercase()) {
            return Err(damaged("a document appears twice"));
        }
        if entry.size != described.size {
            return Err(damaged(
                "a document does not have the size the dossier says",
            ));
        }
        if !is_safe_document_path(&entry.file) {
            return Err(damaged("a document has a name that is not allowed"));
        }
    }
    Ok((created, dossier, listed))
}

#[cfg(test)]
#[path = "backup_archive_tests.rs"]
mod tests;
