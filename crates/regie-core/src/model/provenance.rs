//! Where an accepted entry came from: the part of the dossier that remembers which entries
//! a professional's reply brought in, and so which ones the client typed herself. The
//! replies themselves (sealing, reading, accepting) live in `crate::reply`, which uses this.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Agreement, DomainScore, EntryId, Owner, Timestamp};

/// Where an accepted entry came from: shown with it in the app and in later shares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// "Anna de Boer, wijkteam Oost".
    pub author: String,
    /// When the share it came through was made.
    pub shared: Timestamp,
    /// When the professional wrote it.
    pub written: Timestamp,
}

/// Accepted replies, by the id of the entry each became.
pub type ProvenanceMap = BTreeMap<EntryId, Provenance>;

/// An entry that may name a professional as its author: an agreement they own, a score they
/// gave.
pub trait NamesProfessional {
    fn entry_id(&self) -> &EntryId;
    fn names_professional(&self) -> bool;
}

impl NamesProfessional for Agreement {
    fn entry_id(&self) -> &EntryId {
        &self.id
    }
    fn names_professional(&self) -> bool {
        matches!(self.owner, Owner::Professional { .. })
    }
}

impl NamesProfessional for DomainScore {
    fn entry_id(&self) -> &EntryId {
        &self.id
    }
    fn names_professional(&self) -> bool {
        !self.scored_by.is_me()
    }
}

/// True when the entry names a professional but did not come from one of their replies: the
/// client typed it herself, and the viewer says so ("ingevuld door de cliënt").
pub fn typed_by_client(provenance: &ProvenanceMap, entry: &impl NamesProfessional) -> bool {
    entry.names_professional() && !provenance.contains_key(entry.entry_id())
}
