//! Netwerk: the people and organisations around the client.

mod card;
mod editor;

pub(super) use card::{card, contact_card};
pub(super) use editor::Editor;
