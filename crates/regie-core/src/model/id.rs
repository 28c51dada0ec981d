//! Entry identifiers.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Names one entry (a score, a goal, a contact...) so the app can edit or remove it.
///
/// The core never invents ids: it has no randomness. The caller makes them (for example from
/// `getrandom`) and passes them in.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(pub String);

impl EntryId {
    pub fn new(id: impl Into<String>) -> EntryId {
        EntryId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for EntryId {
    fn from(id: &str) -> EntryId {
        EntryId(id.to_owned())
    }
}
