//! Gezondheid: conditions, medication, allergies and care providers.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
