//! Over mij: who the client is and how they like to be approached.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
