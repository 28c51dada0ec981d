//! Dagboek: notes and appointments on one timeline.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
