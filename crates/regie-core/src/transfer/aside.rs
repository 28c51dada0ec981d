//! The dossier a move replaced, kept aside under a prefixed id until the new one is unlocked.

/// Where a received dossier stands against the one it replaces, from what the browser holds:
/// the stored vault text and the previous one kept aside. A moving link never replaces a
/// dossier without that dossier's passphrase, and the replaced dossier (its vault, and each
/// of its documents that the new one would overwrite) is kept aside until the new one has
/// been unlocked once. Every step is one write, so a tab closed between two steps leaves one
/// of these states, each of which opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptAside {
    /// Nothing kept aside: the stored dossier is the only one.
    Nothing,
    /// A move-in stopped before the new vault was written (or a way back stopped before it
    /// finished): the old dossier is still the stored one, and what was kept aside goes back.
    Unfinished,
    /// The received dossier is stored and not unlocked yet; the old one waits aside.
    AwaitingFirstUnlock,
}

impl KeptAside {
    pub fn of(stored: Option<&str>, previous: Option<&str>) -> KeptAside {
        match (stored, previous) {
            (_, None) => KeptAside::Nothing,
            (Some(stored), Some(previous)) if stored != previous => KeptAside::AwaitingFirstUnlock,
            _ => KeptAside::Unfinished,
        }
    }
}

/// Where a document of the old dossier waits while a received one with the same id takes
/// its place.
pub const ASIDE_PREFIX: &str = "previous~";

/// The id under which the old dossier's document `id` waits.
pub fn aside_id(id: &str) -> String {
    format!("{ASIDE_PREFIX}{id}")
}

/// The id a waiting document goes back to, if `stored` is one.
pub fn from_aside(stored: &str) -> Option<&str> {
    stored.strip_prefix(ASIDE_PREFIX)
}
