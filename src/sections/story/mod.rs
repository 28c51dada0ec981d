//! Mijn verhaal: the story in the client's own words.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
