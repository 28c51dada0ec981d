//! Mijn verhaal: the story the client tells once, so they need not tell it again.

use serde::{Deserialize, Serialize};

use super::Timestamp;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Story {
    /// In the client's own words, kept verbatim.
    pub text: String,
    /// When the client last changed the text, so a reader knows how current it is.
    pub updated: Option<Timestamp>,
}
