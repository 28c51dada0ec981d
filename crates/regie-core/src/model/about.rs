//! Over mij: who the client is and how they want to be met.

use serde::{Deserialize, Serialize};

use super::Date;

/// Every field is optional: a client may start a dossier with nothing but their story.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct About {
    pub name: String,
    pub date_of_birth: Option<Date>,
    pub phone: String,
    pub email: String,
    pub address: String,
    /// Languages the client speaks or prefers, in their own words.
    pub languages: String,
    /// "How I like to be approached."
    pub approach: String,
    /// "What matters to me."
    pub what_matters: String,
}
