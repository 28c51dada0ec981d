//! Hulp en aanvragen: current help, applications and decisions.

mod card;
mod clocks;
mod editor;

pub(super) use card::{application_card, card, decision_card, help_card};
pub(super) use editor::Editor;
