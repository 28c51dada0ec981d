//! The names of the dossier's sections, as shares and the app refer to them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::ModelError;

/// One of the ten sections a client fills in and may share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKey {
    About,
    Story,
    Domains,
    Goals,
    Network,
    Support,
    Money,
    Health,
    Journal,
    Documents,
}

impl SectionKey {
    /// In the order the app lists them.
    pub const ALL: [SectionKey; 10] = [
        SectionKey::About,
        SectionKey::Story,
        SectionKey::Domains,
        SectionKey::Goals,
        SectionKey::Network,
        SectionKey::Support,
        SectionKey::Money,
        SectionKey::Health,
        SectionKey::Journal,
        SectionKey::Documents,
    ];

    /// The key in the dossier's JSON, in share links and in the catalogue.
    pub fn key(self) -> &'static str {
        match self {
            SectionKey::About => "about",
            SectionKey::Story => "story",
            SectionKey::Domains => "domains",
            SectionKey::Goals => "goals",
            SectionKey::Network => "network",
            SectionKey::Support => "support",
            SectionKey::Money => "money",
            SectionKey::Health => "health",
            SectionKey::Journal => "journal",
            SectionKey::Documents => "documents",
        }
    }
}

impl fmt::Display for SectionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for SectionKey {
    type Err = ModelError;

    fn from_str(key: &str) -> Result<SectionKey, ModelError> {
        SectionKey::ALL
            .into_iter()
            .find(|section| section.key() == key)
            .ok_or_else(|| ModelError::Invalid("unknown section".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_from_str_and_serde() {
        for section in SectionKey::ALL {
            assert_eq!(section.key().parse::<SectionKey>(), Ok(section));
            assert_eq!(section.to_string(), section.key());
            let json = serde_json::to_string(&section).unwrap();
            assert_eq!(json, format!("\"{}\"", section.key()));
            assert_eq!(serde_json::from_str::<SectionKey>(&json).unwrap(), section);
        }
    }

    #[test]
    fn unknown_keys_are_refused() {
        for key in ["", "About", "settings", "domain", " about"] {
            assert!(key.parse::<SectionKey>().is_err(), "{key:?}");
        }
    }
}
