//! Pieces the entry editors share: new ids, reading a date field, and storing what a form
//! checked. Today's date is the clock's ([`crate::platform::clock::today`]).

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::model::{Dossier, EntryId};

use crate::platform::clock::now_ms;
use crate::session::Session;

/// A fresh random id for a new entry: 16 hex digits from the browser's random source.
pub fn new_entry_id() -> EntryId {
    let mut bytes = [0u8; 8];
    // The browser's crypto source does not fail; should it, the time keeps ids apart.
    if getrandom::getrandom(&mut bytes).is_err() {
        bytes = now_ms().to_le_bytes();
    }
    EntryId(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Stands for a date that a date field could not read; no date parser accepts it.
pub const UNREADABLE_DATE: &str = "unreadable";

/// Whether the date field `id` holds a half-typed or impossible date (31-02-2025). The field
/// then reports an empty value, which must not pass for "no date": the form says the date does
/// not exist instead of quietly dropping it.
pub fn date_field_is_bad(id: &str) -> bool {
    crate::platform::fields::has_bad_input(id)
}

/// The end of a press on a form's save: an entry that passed its checks goes into the dossier
/// through `store` and the form closes; otherwise the problem is shown and the form stays.
pub fn store_checked<T: 'static>(
    session: Session,
    error: RwSignal<Option<Text>>,
    checked: Result<T, Text>,
    store: impl FnOnce(&mut Dossier, T) + 'static,
    close: impl FnOnce(),
) {
    match checked {
        Ok(entry) => {
            error.set(None);
            session.edit(move |d| store(d, entry));
            close();
        }
        Err(problem) => error.set(Some(problem)),
    }
}
