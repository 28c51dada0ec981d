//! Doelen en afspraken: goals, and who does what by when.

mod card;
mod editor;

pub(super) use card::{card, goal_head, AgreementCard};
pub(super) use editor::Editor;
