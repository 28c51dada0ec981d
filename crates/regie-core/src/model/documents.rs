//! Documenten: what the client keeps of letters and decisions. The dossier holds only the
//! description; the encrypted bytes live in the device's storage under the same id.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, Problem, SectionKey, Timestamp, ValidationError};

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
    /// The date on the letter or decision itself, when the client gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// A small JPEG preview of a photo as a `data:` URL, a few kilobytes. It lives inside the
    /// sealed dossier, so the list shows without decrypting any file.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub thumb: String,
}

impl DocumentRef {
    pub fn is_image(&self) -> bool {
        self.mime.starts_with("image/") && is_allowed_mime(&self.mime)
    }
}

pub fn is_allowed_mime(mime: &str) -> bool {
    ALLOWED_MIME_TYPES.contains(&mime)
}

/// The largest thumbnail kept in a [`DocumentRef`], as data-URL text. Bigger ones are dropped:
/// the list then shows the file's kind instead.
pub const MAX_THUMB_CHARS: usize = 24 * 1024;

/// The longest side of a thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 160;

/// What a file really is, read from its first bytes. The type a browser declares comes from
/// the file name, which anyone can change; the bytes cannot lie so easily.
pub fn sniff_mime(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// A thumbnail worth keeping: a small JPEG or PNG data URL, nothing else (it ends up in an
/// `<img src>`, so no other scheme may slip in).
pub fn usable_thumb(thumb: &str) -> bool {
    thumb.len() <= MAX_THUMB_CHARS
        && (thumb.starts_with("data:image/jpeg;base64,")
            || thumb.starts_with("data:image/png;base64,"))
}

/// A name for a new document when the client typed none: the file name without its
/// extension and without any folder.
pub fn title_from_file_name(file_name: &str) -> String {
    let base = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .trim();
    let stem = match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    };
    stem.replace(['_', '-'], " ").trim().to_owned()
}

/// A fresh id for a document from 16 random bytes (the caller brings the randomness).
pub fn new_document_id(random: [u8; 16]) -> EntryId {
    let mut id = String::with_capacity(34);
    id.push_str("d-");
    for byte in random {
        id.push_str(&format!("{byte:02x}"));
    }
    EntryId(id)
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Documents {
    pub files: Vec<DocumentRef>,
}

impl Documents {
    pub fn get(&self, id: &str) -> Option<&DocumentRef> {
        self.files.iter().find(|file| file.id.as_str() == id)
    }

    /// Checks a file once its bytes are read: its real type (from the bytes) must be one we
    /// keep, and the sizes must fit. Returns the type to store.
    pub fn check_file(&self, bytes: &[u8]) -> Result<&'static str, Problem> {
        let mime = sniff_mime(bytes).ok_or(Problem::UnsupportedFileType)?;
        self.check_new(mime, bytes.len() as u64)?;
        Ok(mime)
    }

    /// Adds a document, newest first.
    pub fn add(&mut self, file: DocumentRef) {
        self.files.insert(0, file);
    }

    /// Removes a document; returns it if it was there.
    pub fn remove(&mut self, id: &str) -> Option<DocumentRef> {
        let at = self.files.iter().position(|file| file.id.as_str() == id)?;
        Some(self.files.remove(at))
    }

    /// The stored blobs no document refers to any more: left behind when the app stopped
    /// between storing a file and saving the dossier, or between saving and deleting.
    pub fn orphans<'a>(&self, stored: &'a [String]) -> Vec<&'a str> {
        stored
            .iter()
            .map(String::as_str)
            .filter(|id| self.get(id).is_none())
            .collect()
    }

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
            date: None,
            thumb: String::new(),
        }
    }

    #[test]
    fn the_bytes_tell_the_type() {
        assert_eq!(
            sniff_mime(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some("image/jpeg")
        );
        assert_eq!(
            sniff_mime(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some("image/png")
        );
        assert_eq!(sniff_mime(b"RIFF\x10\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff_mime(b"%PDF-1.7\n%"), Some("application/pdf"));
        for other in [
            &b"Hallo, dit is tekst"[..],
            b"",
            b"\xFF\xD8",
            b"GIF89a",
            b"<svg xmlns=",
            b"RIFF\x10\0\0\0WAVEfmt ",
            b"PK\x03\x04",
            b" %PDF-1.7",
        ] {
            assert_eq!(sniff_mime(other), None, "{other:?}");
        }
    }

    #[test]
    fn a_renamed_text_file_is_refused() {
        // A .txt renamed to .jpg: the browser says image/jpeg, the bytes say otherwise.
        let documents = Documents::default();
        assert_eq!(
            documents.check_file(b"Dit is geen foto"),
            Err(Problem::UnsupportedFileType)
        );
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xDB];
        jpeg.resize(1000, 0);
        assert_eq!(documents.check_file(&jpeg), Ok("image/jpeg"));
    }

    #[test]
    fn check_file_applies_the_limits_to_the_real_size() {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        pdf.resize(MAX_DOCUMENT_BYTES as usize + 1, b' ');
        assert_eq!(
            Documents::default().check_file(&pdf),
            Err(Problem::FileTooLarge {
                size: MAX_DOCUMENT_BYTES + 1
            })
        );
        let full = Documents {
            files: (0..5)
                .map(|i| file(&format!("f{i}"), "application/pdf", 20 * MIB))
                .collect(),
        };
        assert_eq!(
            full.check_file(b"%PDF-1.4 tiny"),
            Err(Problem::DocumentsTooLarge {
                total: 100 * MIB + 13
            })
        );
    }

    #[test]
    fn add_remove_and_orphans() {
        let mut documents = Documents::default();
        documents.add(file("a", "image/png", 1));
        documents.add(file("b", "image/png", 2));
        assert_eq!(documents.files[0].id.as_str(), "b");
        assert_eq!(documents.get("a").map(|f| f.size), Some(1));
        let stored = vec!["a".to_owned(), "b".to_owned(), "x".to_owned()];
        assert_eq!(documents.orphans(&stored), ["x"]);
        assert_eq!(documents.remove("b").map(|f| f.size), Some(2));
        assert_eq!(documents.remove("b"), None);
        assert_eq!(documents.orphans(&stored), ["b", "x"]);
    }

    #[test]
    fn thumbnails_are_small_image_data_urls() {
        assert!(usable_thumb("data:image/jpeg;base64,/9j/4AAQ"));
        assert!(usable_thumb("data:image/png;base64,iVBOR"));
        assert!(!usable_thumb("javascript:alert(1)"));
        assert!(!usable_thumb("https://example.org/a.jpg"));
        assert!(!usable_thumb("data:image/svg+xml;base64,PHN2Zz4="));
        let big = format!("data:image/jpeg;base64,{}", "A".repeat(MAX_THUMB_CHARS));
        assert!(!usable_thumb(&big));
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(title_from_file_name("IMG_2024-03-01.jpg"), "IMG 2024 03 01");
        assert_eq!(
            title_from_file_name("C:\\scans\\brief gemeente.pdf"),
            "brief gemeente"
        );
        assert_eq!(title_from_file_name("/tmp/x/.hidden"), ".hidden");
        assert_eq!(title_from_file_name("zonder-punt"), "zonder punt");
    }

    #[test]
    fn sizes_read_as_the_catalogue_writes_them() {
        use crate::catalogue::{formats::size, Lang};
        assert_eq!(size(5 * MIB + MIB / 4, Lang::Nl), "5,3 MB");
        assert_eq!(size(5 * MIB + MIB / 4, Lang::En), "5.3 MB");
        assert_eq!(size(MAX_TOTAL_DOCUMENT_BYTES, Lang::Nl), "100 MB");
    }

    #[test]
    fn document_ids_are_fresh_and_plain() {
        let id = new_document_id([0xAB; 16]);
        assert_eq!(id.as_str(), format!("d-{}", "ab".repeat(16)));
        assert_ne!(new_document_id([1; 16]), new_document_id([2; 16]));
    }

    #[test]
    fn older_documents_without_date_or_thumbnail_still_read() {
        let json = r#"{"files":[{"id":"a","name":"Brief","mime":"image/png","size":3,"added":5}]}"#;
        let documents: Documents = serde_json::from_str(json).unwrap();
        assert_eq!(documents.files[0].date, None);
        assert_eq!(documents.files[0].thumb, "");
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
