//! Leefgebieden: scores per life domain over time.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
