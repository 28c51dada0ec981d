//! What can be wrong with a dossier that its types alone cannot rule out.
//!
//! A problem names where it is and what is wrong, never the text the client typed: the app
//! turns it into a sentence from the catalogue, and logs may show it without leaking anything.

use std::collections::HashSet;
use std::fmt;

use super::{EntryId, SectionKey};

/// Where a problem sits: a section, or the settings (which are never shared).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Section(SectionKey),
    Settings,
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Section(section) => f.write_str(section.key()),
            Part::Settings => f.write_str("settings"),
        }
    }
}

/// One thing wrong with the dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub part: Part,
    /// The entry at fault, when the problem belongs to one entry.
    pub entry: Option<EntryId>,
    pub problem: Problem,
}

impl ValidationError {
    /// The section at fault, or `None` for the settings.
    pub fn section(&self) -> Option<SectionKey> {
        match self.part {
            Part::Section(section) => Some(section),
            Part::Settings => None,
        }
    }
}

impl fmt::Display for ValidationError {
    // Leaves the entry id out: the part and the problem are what a person can act on.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.part, self.problem)
    }
}

/// What is wrong. Field names are the JSON keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A field that must be filled in is empty (or only spaces).
    Required { field: &'static str },
    /// Two entries of the section share an id, so the app could edit the wrong one.
    DuplicateId,
    /// More than one contact is marked as the first contact.
    SeveralFirstContacts,
    /// A period or deadline ends before it starts.
    EndsBeforeStart {
        start: &'static str,
        end: &'static str,
    },
    /// A time of day that is not `HH:MM` on a 24-hour clock.
    BadTime,
    /// A document that is not a JPEG, PNG, WebP image or a PDF.
    UnsupportedFileType,
    /// One document over [`super::MAX_DOCUMENT_BYTES`].
    FileTooLarge { size: u64 },
    /// All documents together over [`super::MAX_TOTAL_DOCUMENT_BYTES`].
    DocumentsTooLarge { total: u64 },
    /// An amount whose typed text does not say its number of cents.
    BadAmount { field: &'static str },
    /// The auto-lock delay is outside what the settings offer.
    AutoLockOutOfRange { minutes: u16 },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Required { field } => write!(f, "{field} must be filled in"),
            Problem::DuplicateId => f.write_str("two entries have the same id"),
            Problem::SeveralFirstContacts => f.write_str("more than one first contact"),
            Problem::EndsBeforeStart { start, end } => write!(f, "{end} is before {start}"),
            Problem::BadTime => f.write_str("time must be written as HH:MM"),
            Problem::BadAmount { field } => write!(f, "{field} is not a readable amount"),
            Problem::UnsupportedFileType => {
                f.write_str("only JPEG, PNG and WebP images and PDF files can be kept")
            }
            Problem::FileTooLarge { size } => write!(
                f,
                "a document of {size} bytes is larger than the {} bytes allowed",
                super::MAX_DOCUMENT_BYTES
            ),
            Problem::DocumentsTooLarge { total } => write!(
                f,
                "all documents together take {total} bytes, more than the {} bytes allowed",
                super::MAX_TOTAL_DOCUMENT_BYTES
            ),
            Problem::AutoLockOutOfRange { minutes } => write!(
                f,
                "auto-lock after {minutes} minutes is outside {}..={}",
                super::Settings::AUTO_LOCK_MINUTES.start(),
                super::Settings::AUTO_LOCK_MINUTES.end()
            ),
        }
    }
}

/// Gathers the problems of one part, so every section checks itself the same way.
pub(crate) struct Report {
    part: Part,
    errors: Vec<ValidationError>,
    seen_ids: HashSet<EntryId>,
}

impl Report {
    pub(crate) fn new(part: Part) -> Report {
        Report {
            part,
            errors: Vec::new(),
            seen_ids: HashSet::new(),
        }
    }

    pub(crate) fn for_section(section: SectionKey) -> Report {
        Report::new(Part::Section(section))
    }

    pub(crate) fn problem(&mut self, entry: Option<&EntryId>, problem: Problem) {
        self.errors.push(ValidationError {
            part: self.part,
            entry: entry.cloned(),
            problem,
        });
    }

    /// Checks that `value` holds more than white space.
    pub(crate) fn require(&mut self, entry: Option<&EntryId>, field: &'static str, value: &str) {
        if value.trim().is_empty() {
            self.problem(entry, Problem::Required { field });
        }
    }

    /// Checks that the id is filled in and not used before in this part.
    pub(crate) fn entry(&mut self, id: &EntryId) {
        if id.0.trim().is_empty() {
            self.problem(Some(id), Problem::Required { field: "id" });
        } else if !self.seen_ids.insert(id.clone()) {
            self.problem(Some(id), Problem::DuplicateId);
        }
    }

    pub(crate) fn finish(self) -> Result<(), Vec<ValidationError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// The problems a failed validation reports, in order (for tests).
#[cfg(test)]
pub(crate) fn problems_of(result: Result<(), Vec<ValidationError>>) -> Vec<Problem> {
    result.unwrap_err().into_iter().map(|e| e.problem).collect()
}
