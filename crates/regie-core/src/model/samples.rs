//! Entries the core's tests build over and over, made in one place so a new field is added once.

use super::{Date, Domain, DomainScore, EntryId, Score, ScoredBy};

/// A score with no note, from a date written as `YYYY-MM-DD`.
pub(crate) fn score(id: &str, domain: Domain, value: u8, date: &str, by: ScoredBy) -> DomainScore {
    DomainScore {
        id: EntryId::new(id),
        domain,
        score: Score::new(value).unwrap(),
        note: String::new(),
        date: Date::parse(date).unwrap(),
        scored_by: by,
    }
}

pub(crate) fn professional(name: &str) -> ScoredBy {
    ScoredBy::Professional { name: name.into() }
}
