//! Hulp en aanvragen: current help, applications and decisions.

mod card;
mod editor;

pub(super) use card::card;
pub(super) use editor::Editor;
