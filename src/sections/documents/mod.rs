//! Documenten: photos and PDFs of letters and decisions.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
