//! Documenten: what the client keeps of letters and decisions. The dossier holds only the
//! description; the encrypted bytes live in the device's storage under the same id.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{EntryId, Problem, SectionKey, Timestamp, ValidationError};

/// One photo or PDF. Phones make photos of 3 to 8 MB; 20 MiB leaves room for a scanned PDF.
pub const MAX_DOCUMENT_BYTES: u64 = 20 * 1024 * 1024;

/// All documents together: browser storage on a cheap phone is small and can be evicted.
pub const MAX_TOTAL_DOCUMENT_BYTES: u64 = 100 * 1024 * 1024;

/// The types a phone's browser can show without a plug-in; anything else could not be opened
/// by the professional the client shares it with.
pub const ALLOWED_MIME_TYPES: [&str; 4] =
    ["image/jpeg", "image/png", "image/webp", "application/pdf"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    pub id: EntryId,
    /// A name the client recognises: "Beschikking Wmo 2024".
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub mime: String,
    /// Size of the original file in bytes.
    #[serde(default)]
    pub size: u64,
    pub added: Timestamp,
    #[serde(default)]
    pub note: String,
}

impl DocumentRef {
    pub fn is_image(&self) -> bool {
        self.mime.starts_with("image/") && is_allowed_mime(&self.mime)
    }
}

pub fn is_allowed_mime(mime: &str) -> bool {
    ALLOWED_MIME_TYPES.contains(&mime)
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Documents {
    pub files: Vec<DocumentRef>,
}

impl Documents {
    pub fn total_bytes(&self) -> u64 {
        self.files
            .iter()
            .map(|file| file.size)
            .fold(0, u64::saturating_add)
    }

    /// Whether a new file of this type and size may be added, checked before the app reads
    /// and encrypts it.
    pub fn check_new(&self, mime: &str, size: u64) -> Result<(), Problem> {
        if !is_allowed_mime(mime) {
            return Err(Problem::UnsupportedFileType);
        }
        if size > MAX_DOCUMENT_BYTES {
            return Err(Problem::FileTooLarge { size });
        }
        let total = self.total_bytes().saturating_add(size);
        if total > MAX_TOTAL_DOCUMENT_BYTES {
            return Err(Problem::DocumentsTooLarge { total });
        }
        Ok(())
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Documents);
        for file in &self.files {
            let id = Some(&file.id);
            report.entry(&file.id);
            report.require(id, "name", &file.name);
            if !is_allowed_mime(&file.mime) {
                report.problem(id, Problem::UnsupportedFileType);
            }
            if file.size > MAX_DOCUMENT_BYTES {
                report.problem(id, Problem::FileTooLarge { size: file.size });
            }
        }
        let total = self.total_bytes();
        if total > MAX_TOTAL_DOCUMENT_BYTES {
            report.problem(None, Problem::DocumentsTooLarge { total });
        }
        report.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1024 * 1024;

    fn file(id: &str, mime: &str, size: u64) -> DocumentRef {
        DocumentRef {
            id: EntryId::new(id),
            name: format!("Brief {id}"),
            mime: mime.into(),
            size,
            added: Timestamp(1_700_000_000_000),
            note: String::new(),
        }
    }

    #[test]
    fn only_images_and_pdfs() {
        for mime in ALLOWED_MIME_TYPES {
            assert_eq!(
                Documents {
                    files: vec![file("a", mime, 10)]
                }
                .validate(),
                Ok(())
            );
        }
        for mime in [
            "image/gif",
            "text/html",
            "image/svg+xml",
            "IMAGE/PNG",
            "application/pdf ",
            "",
        ] {
            let errors = Documents {
                files: vec![file("a", mime, 10)],
            }
            .validate()
            .unwrap_err();
            assert_eq!(errors[0].problem, Problem::UnsupportedFileType, "{mime:?}");
        }
        assert!(file("a", "image/webp", 1).is_image());
        assert!(!file("a", "application/pdf", 1).is_image());
    }

    #[test]
    fn one_file_at_most_20_mib() {
        let documents = Documents {
            files: vec![file("a", "application/pdf", MAX_DOCUMENT_BYTES)],
        };
        assert_eq!(documents.validate(), Ok(()));
        let documents = Documents {
            files: vec![file("a", "application/pdf", 20 * MIB + 1)],
        };
        let errors = documents.validate().unwrap_err();
        assert_eq!(
            errors[0].problem,
            Problem::FileTooLarge { size: 20 * MIB + 1 }
        );
    }

    #[test]
    fn all_files_at_most_100_mib() {
        let files: Vec<DocumentRef> = (0..5)
            .map(|i| file(&format!("f{i}"), "image/jpeg", 20 * MIB))
            .collect();
        let mut documents = Documents { files };
        assert_eq!(documents.validate(), Ok(()));
        assert_eq!(
            documents.check_new("image/png", 1),
            Err(Problem::DocumentsTooLarge {
                total: 100 * MIB + 1
            })
        );
        documents.files.push(file("f5", "image/jpeg", 1));
        let errors = documents.validate().unwrap_err();
        assert_eq!(
            errors,
            [ValidationError {
                part: crate::model::Part::Section(SectionKey::Documents),
                entry: None,
                problem: Problem::DocumentsTooLarge {
                    total: 100 * MIB + 1
                },
            }]
        );
    }

    #[test]
    fn check_new_mirrors_validation() {
        let documents = Documents::default();
        assert_eq!(documents.check_new("image/jpeg", 3 * MIB), Ok(()));
        assert_eq!(
            documents.check_new("image/gif", 3),
            Err(Problem::UnsupportedFileType)
        );
        assert_eq!(
            documents.check_new("application/pdf", 21 * MIB),
            Err(Problem::FileTooLarge { size: 21 * MIB })
        );
    }

    #[test]
    fn sizes_cannot_overflow() {
        let documents = Documents {
            files: vec![
                file("a", "image/png", u64::MAX),
                file("b", "image/png", u64::MAX),
            ],
        };
        assert_eq!(documents.total_bytes(), u64::MAX);
        assert!(documents.validate().is_err());
    }

    #[test]
    fn round_trips_through_json() {
        let documents = Documents {
            files: vec![file("a", "application/pdf", 123_456)],
        };
        let json = serde_json::to_value(&documents).unwrap();
        assert_eq!(json["files"][0]["added"], 1_700_000_000_000i64);
        assert_eq!(
            serde_json::from_value::<Documents>(json).unwrap(),
            documents
        );
    }
}
