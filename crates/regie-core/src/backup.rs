//! The backup file: the whole dossier, documents included, as one JSON document that the app
//! encrypts with the dossier passphrase into a standard age file (what `age -p` makes).
//!
//! Reader and writer live together here. The plaintext format is documented for people in
//! the project's `docs/backup.md`; in short:
//!
//! ```json
//! { "format": "regie-backup", "version": 1, "created": 1763812800000,
//!   "dossier": { "schema": 1, ... },
//!   "documents": [ { "id": "d1", "data": "<base64 of the original file>" } ] }
//! ```
//!
//! The reader also takes a bare dossier (the JSON that [`Dossier::to_json`] makes, which is
//! what a person may encrypt with `age -p` outside Regie): that is export version 0. Older
//! versions are brought up to the current one step by step in [`migrate`], like the dossier's
//! own schema, before serde reads the typed form.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::model::{Dossier, EntryId, ModelError, Timestamp};

/// The export version this build writes: a tar archive (see [`crate::backup_archive`]).
pub const BACKUP_VERSION: u32 = 2;
/// The last version whose plaintext is one JSON document. Earlier JSON versions are brought
/// up to it in [`migrate`]; raise it only together with a step there.
pub const JSON_BACKUP_VERSION: u32 = 1;
/// The `format` field that marks a Regie backup.
pub const BACKUP_FORMAT: &str = "regie-backup";

/// The bytes of one document, decrypted: a backup must open without the device it came from.
#[derive(Clone, PartialEq, Eq)]
pub struct BackupDocument {
    pub id: EntryId,
    pub data: Vec<u8>,
}

impl std::fmt::Debug for BackupDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupDocument")
            .field("id", &self.id)
            .field("bytes", &self.data.len())
            .finish()
    }
}

/// Everything a backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// When the backup was made; unknown for a bare dossier made outside Regie.
    pub created: Option<Timestamp>,
    pub dossier: Dossier,
    /// One entry per document whose bytes were found, in the dossier's order.
    pub documents: Vec<BackupDocument>,
}

/// Why a decrypted file cannot be restored. The current dossier is never touched by any of
/// these: the caller checks everything before it writes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// The file decrypted, but what is inside is not a Regie dossier or backup.
    #[error("the file holds something other than a Regie dossier")]
    NotADossier,
    /// Made by a newer Regie: a newer export version, or a newer dossier schema inside.
    #[error("the backup was made by a newer version of Regie (version {0})")]
    UnsupportedVersion(u32),
    /// It is a Regie backup, but a part of it is broken; the message never quotes the client.
    #[error("the backup is damaged: {0}")]
    Damaged(String),
}

impl Backup {
    /// The plaintext of a backup file. Zeroized on drop: it is the whole dossier.
    pub fn to_json(&self) -> Zeroizing<Vec<u8>> {
        let dossier: Value =
            serde_json::from_slice(&self.dossier.to_json()).expect("a dossier is JSON");
        let documents: Vec<Value> = self
            .documents
            .iter()
            .map(|doc| {
                let mut entry = Map::new();
                entry.insert("id".into(), Value::from(doc.id.as_str()));
                entry.insert("data".into(), Value::from(B64.encode(&doc.data)));
                Value::Object(entry)
            })
            .collect();
        let mut root = Map::new();
        root.insert("format".into(), Value::from(BACKUP_FORMAT));
        root.insert("version".into(), Value::from(JSON_BACKUP_VERSION));
        root.insert(
            "created".into(),
            self.created.map_or(Value::Null, |t| Value::from(t.0)),
        );
        root.insert("dossier".into(), dossier);
        root.insert("documents".into(), Value::Array(documents));
        Zeroizing::new(serde_json::to_vec(&Value::Object(root)).expect("JSON always serializes"))
    }

    /// Reads the plaintext of a backup of any version this build knows, or a bare dossier.
    /// Whatever comes back is a valid dossier whose every document entry belongs to it.
    pub fn from_json(bytes: &[u8]) -> Result<Backup, BackupError> {
        let value: Value = serde_json::from_slice(bytes).map_err(|_| BackupError::NotADossier)?;
        let version = version_of(&value)?;
        let value = migrate(value, version)?;
        let Value::Object(mut root) = value else {
            return Err(BackupError::NotADossier);
        };
        let created = match root.get("created") {
            None | Some(Value::Null) => None,
            Some(v) => Some(Timestamp(v.as_i64().ok_or_else(|| {
                BackupError::Damaged("the date of the backup is not valid".into())
            })?)),
        };
        let dossier_value = root
            .remove("dossier")
            .ok_or_else(|| BackupError::Damaged("the dossier is missing".into()))?;
        let dossier_bytes = Zeroizing::new(serde_json::to_vec(&dossier_value).expect("JSON"));
        drop(dossier_value);
        let dossier = Dossier::from_json(&dossier_bytes).map_err(|e| match e {
            ModelError::UnsupportedVersion(v) => BackupError::UnsupportedVersion(v),
            ModelError::Invalid(message) if version == 0 => {
                // A bare JSON file that is not a dossier at all.
                let _ = message;
                BackupError::NotADossier
            }
            ModelError::Invalid(message) => BackupError::Damaged(message),
        })?;
        let documents = read_documents(root.remove("documents"), &dossier)?;
        Ok(Backup {
            created,
            dossier,
            documents,
        })
    }
}

fn read_documents(
    value: Option<Value>,
    dossier: &Dossier,
) -> Result<Vec<BackupDocument>, BackupError> {
    let damaged = |what: &str| BackupError::Damaged(what.to_owned());
    let entries = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(entries)) => entries,
        Some(_) => return Err(damaged("the list of documents is not valid")),
    };
    let mut documents = Vec::with_capacity(entries.len());
    for entry in entries {
        let id = entry
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| damaged("a document has no id"))?;
        let data = entry
            .get("data")
            .and_then(Value::as_str)
            .ok_or_else(|| damaged("a document has no content"))?;
        let Some(described) = dossier.documents.files.iter().find(|f| f.id.as_str() == id) else {
            return Err(damaged("a document does not belong to the dossier"));
        };
        if documents
            .iter()
            .any(|d: &BackupDocument| d.id.as_str() == id)
        {
            return Err(damaged("a document appears twice"));
        }
        let data = B64
            .decode(data.as_bytes())
            .map_err(|_| damaged("a document's content is not valid"))?;
        if data.len() as u64 != described.size {
            return Err(damaged(
                "a document does not have the size the dossier says",
            ));
        }
        documents.push(BackupDocument {
            id: described.id.clone(),
            data,
        });
    }
    Ok(documents)
}

/// The export version a JSON value says it has: 0 for a bare dossier.
fn version_of(value: &Value) -> Result<u32, BackupError> {
    let Some(object) = value.as_object() else {
        return Err(BackupError::NotADossier);
    };
    match object.get("format") {
        Some(Value::String(format)) if format == BACKUP_FORMAT => {
            match object.get("version").and_then(Value::as_u64) {
                Some(0) | None => Err(BackupError::Damaged(
                    "the backup does not say which version it is".into(),
                )),
                Some(n) => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
            }
        }
        Some(_) => Err(BackupError::NotADossier),
        None if object.contains_key("schema") => Ok(0),
        None => Err(BackupError::NotADossier),
    }
}

/// Upgrades a JSON backup of export version `from` to [`JSON_BACKUP_VERSION`], one version at
/// a time. Versions from [`BACKUP_VERSION`] on are archives, never JSON.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, BackupError> {
    if from > BACKUP_VERSION {
        return Err(BackupError::UnsupportedVersion(from));
    }
    if from > JSON_BACKUP_VERSION {
        return Err(BackupError::Damaged(
            "a backup of this version is an archive, not JSON".into(),
        ));
    }
    for version in from..JSON_BACKUP_VERSION {
        value = step(value, version)?;
        value["version"] = Value::from(version + 1);
    }
    Ok(value)
}

/// One step, from `version` to `version + 1`. A step never changes once it has shipped.
fn step(value: Value, version: u32) -> Result<Value, BackupError> {
    match version {
        // Version 0, a bare dossier, becomes a backup without documents or date. Its
        // documents' bytes were never in the file: their entries stay, and show as missing.
        0 => {
            let mut root = Map::new();
            root.insert("format".into(), Value::from(BACKUP_FORMAT));
            root.insert("created".into(), Value::Null);
            root.insert("dossier".into(), value);
            root.insert("documents".into(), Value::Array(Vec::new()));
            Ok(Value::Object(root))
        }
        other => Err(BackupError::Damaged(format!(
            "there is no way to upgrade backup version {other}"
        ))),
    }
}

/// The file name a backup made at `now` is offered under: `regie-backup-2026-11-22.age`.
pub fn file_name(now: Timestamp, utc_offset_minutes: i32) -> String {
    match now.to_date(utc_offset_minutes) {
        Some(date) => format!("regie-backup-{date}.age"),
        None => "regie-backup.age".into(),
    }
}

/// The file name of the recovery copy made beside that backup (see
/// [`crate::vault::CopyLock`]): `regie-herstelkopie-2026-11-22.age`, in every language, so a
/// helper and a client see the same name.
pub fn copy_file_name(now: Timestamp, utc_offset_minutes: i32) -> String {
    match now.to_date(utc_offset_minutes) {
        Some(date) => format!("regie-herstelkopie-{date}.age"),
        None => "regie-herstelkopie.age".into(),
    }
}

/// How much the dossier may change after a backup before the app suggests a new one: about
/// a page of text, or a document.
pub const NUDGE_AFTER_CHANGED_BYTES: u64 = 2_000;
/// How old a backup may get before the app suggests a new one when anything changed.
pub const NUDGE_AFTER_DAYS: i64 = 14;

/// What the home screen says about backups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminder {
    /// Whole days since the last backup; `None`: never.
    pub days_ago: Option<i64>,
    /// Whether to ask for a new backup now.
    pub nudge: bool,
}

/// The reminder for `dossier` at `now`. "Changed" is measured as the difference in size of
/// the dossier's JSON since the last backup (kept in the settings when a backup is made):
/// cheap, and large when a lot was written, removed, or a document was added.
pub fn reminder(dossier: &Dossier, now: Timestamp) -> Reminder {
    let settings = &dossier.settings;
    let Some(last) = settings.last_backup else {
        let empty = dossier
            == &Dossier {
                settings: dossier.settings.clone(),
                signing: dossier.signing.clone(),
                ..Dossier::new()
            };
        return Reminder {
            days_ago: None,
            nudge: !empty,
        };
    };
    let days_ago = days_since(Some(last), now).unwrap_or(0);
    let size = size_for_reminder(dossier);
    let changed = settings
        .last_backup_bytes
        .map_or(u64::MAX, |before| size.abs_diff(before));
    let nudge =
        changed >= NUDGE_AFTER_CHANGED_BYTES || (days_ago >= NUDGE_AFTER_DAYS && changed > 0);
    Reminder {
        days_ago: Some(days_ago),
        nudge,
    }
}

/// Whole days from `then` to `now`, never negative; `None` when there is no `then`.
pub fn days_since(then: Option<Timestamp>, now: Timestamp) -> Option<i64> {
    then.map(|then| (now.0 - then.0).max(0) / 86_400_000)
}

/// The size the reminder compares: the dossier's JSON without its settings (which the backup
/// itself changes) and its signing key (made once, on the first unlock after an update) plus
/// the documents' sizes.
pub fn size_for_reminder(dossier: &Dossier) -> u64 {
    let without_settings = Dossier {
        settings: Default::default(),
        signing: None,
        ..dossier.clone()
    };
    (without_settings.to_json().len() as u64).saturating_add(dossier.documents.total_bytes())
}

/// Records a backup made at `now` in the dossier's settings, for the reminder.
pub fn mark_backed_up(dossier: &mut Dossier, now: Timestamp) {
    dossier.settings.last_backup = Some(now);
    dossier.settings.last_backup_bytes = Some(size_for_reminder(dossier));
}

mod words;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocumentRef;
    use crate::vault::{decrypt_with_passphrase, encrypt_with_passphrase, UnlockError};
    use age::secrecy::SecretString;

    const FIXTURE_V1: &[u8] = include_bytes!("../tests/data/backup-v1.json");
    const FIXTURE_DOSSIER: &[u8] = include_bytes!("../tests/data/dossier-v1.json");
    /// `dossier-v1.json` encrypted with the Go `age -p` (not by Regie), passphrase "fiets regen
    /// koffie tuin": a bare dossier, export version 0.
    const FIXTURE_AGE: &[u8] = include_bytes!("../tests/data/dossier-v1-age-p.age");
    const FIXTURE_PASSPHRASE: &str = "fiets regen koffie tuin";

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    fn sample() -> Backup {
        let mut dossier = Dossier::from_json(FIXTURE_DOSSIER).unwrap();
        let pdf: Vec<u8> = (0..70_000u32).map(|i| (i % 253) as u8).collect();
        let photo = vec![0xffu8, 0xd8, 0xff, 0xe0, 0, 0x10];
        dossier.documents.files = vec![
            DocumentRef {
                id: EntryId::new("doc-pdf"),
                name: "Beschikking Wmo".into(),
                mime: "application/pdf".into(),
                size: pdf.len() as u64,
                added: Timestamp(1_763_000_000_000),
                note: String::new(),
                date: None,
                thumb: String::new(),
            },
            DocumentRef {
                id: EntryId::new("doc-photo"),
                name: "Brief gemeente".into(),
                mime: "image/jpeg".into(),
                size: photo.len() as u64,
                added: Timestamp(1_763_000_000_000),
                note: "foto".into(),
                date: None,
                thumb: String::new(),
            },
        ];
        Backup {
            created: Some(Timestamp(1_763_812_800_000)),
            dossier,
            documents: vec![
                BackupDocument {
                    id: EntryId::new("doc-pdf"),
                    data: pdf,
                },
                BackupDocument {
                    id: EntryId::new("doc-photo"),
                    data: photo,
                },
            ],
        }
    }

    #[test]
    fn round_trip_with_documents() {
        let backup = sample();
        let json = backup.to_json();
        assert_eq!(Backup::from_json(&json).unwrap(), backup);
    }

    #[test]
    fn round_trip_through_age_with_the_passphrase() {
        let backup = sample();
        let file = encrypt_with_passphrase(&backup.to_json(), &pass("lange wachtzin")).unwrap();
        assert!(file.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        let plain = decrypt_with_passphrase(&file, &pass("lange wachtzin")).unwrap();
        assert_eq!(Backup::from_json(&plain).unwrap(), backup);
    }

    #[test]
    fn the_plaintext_is_the_documented_shape() {
        let json: Value = serde_json::from_slice(&sample().to_json()).unwrap();
        assert_eq!(json["format"], "regie-backup");
        assert_eq!(json["version"], 1);
        assert_eq!(json["created"], 1_763_812_800_000i64);
        assert_eq!(json["dossier"]["schema"], 1);
        assert_eq!(json["documents"][1]["id"], "doc-photo");
        assert_eq!(json["documents"][1]["data"], "/9j/4AAQ");
    }

    #[test]
    fn the_published_v1_fixture_reads() {
        let backup = Backup::from_json(FIXTURE_V1).unwrap();
        assert_eq!(backup.created, Some(Timestamp(1_763_812_800_000)));
        assert_eq!(backup.dossier.about.name, "Samira Bakker");
        assert_eq!(backup.documents.len(), 1);
        assert_eq!(backup.documents[0].data, b"%PDF-1.4 voorbeeld\n");
    }

    #[test]
    fn a_file_made_with_age_outside_regie_reads() {
        let plain = decrypt_with_passphrase(FIXTURE_AGE, &pass(FIXTURE_PASSPHRASE)).unwrap();
        let backup = Backup::from_json(&plain).unwrap();
        assert_eq!(backup.dossier, Dossier::from_json(FIXTURE_DOSSIER).unwrap());
        assert_eq!(backup.created, None);
        assert!(backup.documents.is_empty());
    }

    #[test]
    fn a_bare_dossier_is_version_0_and_migrates() {
        let backup = Backup::from_json(FIXTURE_DOSSIER).unwrap();
        assert_eq!(backup.dossier, Dossier::from_json(FIXTURE_DOSSIER).unwrap());
        let migrated = migrate(serde_json::from_slice(FIXTURE_DOSSIER).unwrap(), 0).unwrap();
        assert_eq!(migrated["format"], "regie-backup");
        assert_eq!(migrated["version"], JSON_BACKUP_VERSION);
        assert_eq!(migrated["documents"], Value::Array(Vec::new()));
    }

    #[test]
    fn newer_versions_are_refused_as_newer() {
        let mut json: Value = serde_json::from_slice(FIXTURE_V1).unwrap();
        json["version"] = Value::from(3);
        assert_eq!(
            Backup::from_json(&serde_json::to_vec(&json).unwrap()),
            Err(BackupError::UnsupportedVersion(3))
        );
        // Version 2 is an archive: as JSON it can only be damaged.
        json["version"] = Value::from(2);
        assert!(matches!(
            Backup::from_json(&serde_json::to_vec(&json).unwrap()),
            Err(BackupError::Damaged(_))
        ));
        let mut json: Value = serde_json::from_slice(FIXTURE_V1).unwrap();
        json["dossier"]["schema"] = Value::from(9);
        assert_eq!(
            Backup::from_json(&serde_json::to_vec(&json).unwrap()),
            Err(BackupError::UnsupportedVersion(9))
        );
        assert_eq!(
            Backup::from_json(br#"{"schema": 5}"#),
            Err(BackupError::UnsupportedVersion(5))
        );
    }

    #[test]
    fn json_that_is_not_a_dossier_is_said_so() {
        for text in [
            &b""[..],
            b"null",
            b"[1,2]",
            b"{}",
            b"{\"name\": \"Samira\"}",
            b"{\"format\": \"something-else\", \"version\": 1}",
            b"hallo",
            b"\xff\xfe",
        ] {
            assert_eq!(
                Backup::from_json(text),
                Err(BackupError::NotADossier),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn damaged_backups_are_refused_without_quoting_the_client() {
        let base: Value = serde_json::from_slice(&sample().to_json()).unwrap();
        let cases: Vec<fn(&mut Value)> = vec![
            |v| v["documents"][0]["data"] = Value::from("***"),
            |v| v["documents"][0]["id"] = Value::from("unknown"),
            |v| v["documents"][1]["id"] = Value::from("doc-pdf"),
            |v| v["documents"][1]["data"] = Value::from("AAAA"),
            |v| v["documents"] = Value::from("x"),
            |v| v["created"] = Value::from("gisteren"),
            |v| v["dossier"]["settings"]["auto_lock_minutes"] = Value::from(0),
            |v| {
                v.as_object_mut().unwrap().remove("dossier");
            },
            |v| v["version"] = Value::from(0),
        ];
        for (i, change) in cases.iter().enumerate() {
            let mut json = base.clone();
            change(&mut json);
            match Backup::from_json(&serde_json::to_vec(&json).unwrap()) {
                Err(BackupError::Damaged(message)) => {
                    assert!(!message.contains("Samira"), "case {i}: {message}");
                }
                other => panic!("case {i}: {other:?}"),
            }
        }
    }

    #[test]
    fn wrong_passphrase_truncation_and_flips_never_give_a_dossier() {
        let file = encrypt_with_passphrase(&sample().to_json(), &pass("lange wachtzin")).unwrap();
        assert_eq!(
            decrypt_with_passphrase(&file, &pass("andere wachtzin")).unwrap_err(),
            UnlockError::WrongPassphrase
        );
        for cut in [0, 10, 60, file.len() / 2, file.len() - 1] {
            assert!(decrypt_with_passphrase(&file[..cut], &pass("lange wachtzin")).is_err());
        }
        for i in (0..file.len()).step_by(file.len() / 40) {
            let mut bad = file.clone();
            bad[i] ^= 0x04;
            let result = decrypt_with_passphrase(&bad, &pass("lange wachtzin"));
            assert!(
                result.is_err() || Backup::from_json(&result.unwrap()).is_err(),
                "flip at {i} went unnoticed"
            );
        }
        assert_eq!(
            decrypt_with_passphrase(b"{\"schema\":1}", &pass("lange wachtzin")).unwrap_err(),
            UnlockError::Corrupt
        );
    }

    #[test]
    fn file_name_is_dated() {
        assert_eq!(
            file_name(Timestamp(1_763_812_800_000), 60),
            "regie-backup-2025-11-22.age"
        );
        assert_eq!(file_name(Timestamp(i64::MAX), 0), "regie-backup.age");
        assert_eq!(
            copy_file_name(Timestamp(1_763_812_800_000), 60),
            "regie-herstelkopie-2025-11-22.age"
        );
    }

    #[test]
    fn reminder_says_never_and_nudges_once_something_is_written() {
        let now = Timestamp(1_763_812_800_000);
        let empty = Dossier::new();
        assert_eq!(
            reminder(&empty, now),
            Reminder {
                days_ago: None,
                nudge: false
            }
        );
        let mut written = Dossier::new();
        written.story.text = "Mijn verhaal".into();
        assert_eq!(
            reminder(&written, now),
            Reminder {
                days_ago: None,
                nudge: true
            }
        );
    }

    #[test]
    fn reminder_counts_days_and_nudges_after_large_changes() {
        const DAY: i64 = 86_400_000;
        let then = Timestamp(1_763_812_800_000);
        let mut dossier = Dossier::new();
        dossier.story.text = "begin".into();
        mark_backed_up(&mut dossier, then);
        let r = reminder(&dossier, Timestamp(then.0 + 3 * DAY + 5));
        assert_eq!(
            r,
            Reminder {
                days_ago: Some(3),
                nudge: false
            }
        );
        // Old but unchanged: no nudge.
        assert!(!reminder(&dossier, Timestamp(then.0 + 40 * DAY)).nudge);
        // A small change: only after two weeks.
        dossier.story.text.push_str(" en nog wat");
        assert!(!reminder(&dossier, Timestamp(then.0 + DAY)).nudge);
        assert!(reminder(&dossier, Timestamp(then.0 + NUDGE_AFTER_DAYS * DAY)).nudge);
        // A page of new text: at once.
        dossier
            .story
            .text
            .push_str(&"x".repeat(NUDGE_AFTER_CHANGED_BYTES as usize));
        assert!(reminder(&dossier, Timestamp(then.0 + DAY)).nudge);
        // A clock set back never gives negative days.
        assert_eq!(
            reminder(&dossier, Timestamp(then.0 - DAY)).days_ago,
            Some(0)
        );
    }
}
