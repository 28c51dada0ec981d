//! Dagboek: notes and appointments on one timeline.

mod calendar;
mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
