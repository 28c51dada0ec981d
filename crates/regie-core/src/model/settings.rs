//! The client's choices for the app itself. Never part of a share.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use super::validation::{Part, Report};
use super::{Helpers, Problem, Timestamp, ValidationError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Lock the open dossier after this many idle minutes: a phone left on a waiting-room
    /// chair should not stay open for long.
    pub auto_lock_minutes: u16,
    /// When the client last saved a backup, so the app can remind them; browser storage can
    /// be wiped without warning.
    pub last_backup: Option<Timestamp>,
    /// The dossier's size at the last backup, so the app can tell a large change since then
    /// (see `backup::reminder`).
    pub last_backup_bytes: Option<u64>,
    /// When a backup was last handed to the phone's share sheet (mail, a cloud drive, a
    /// chat): the last time one is known to have left the phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_backup_sent: Option<Timestamp>,
    /// Who holds a recovery card, when helpers are set up (see `recovery`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub helpers: Option<Helpers>,
}

impl Settings {
    pub const AUTO_LOCK_MINUTES: RangeInclusive<u16> = 1..=60;
    pub const DEFAULT_AUTO_LOCK_MINUTES: u16 = 5;

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::new(Part::Settings);
        if !Self::AUTO_LOCK_MINUTES.contains(&self.auto_lock_minutes) {
            report.problem(
                None,
                Problem::AutoLockOutOfRange {
                    minutes: self.auto_lock_minutes,
                },
            );
        }
        report.finish()
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            auto_lock_minutes: Self::DEFAULT_AUTO_LOCK_MINUTES,
            last_backup: None,
            last_backup_bytes: None,
            last_backup_sent: None,
            helpers: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_to_five_minutes_and_fills_in_missing_fields() {
        assert_eq!(Settings::default().auto_lock_minutes, 5);
        let settings: Settings = serde_json::from_str(r#"{"last_backup": 1700000000000}"#).unwrap();
        assert_eq!(settings.auto_lock_minutes, 5);
        assert_eq!(settings.last_backup, Some(Timestamp(1_700_000_000_000)));
        assert_eq!(
            serde_json::from_str::<Settings>("{}").unwrap(),
            Settings::default()
        );
    }

    #[test]
    fn auto_lock_between_one_and_sixty_minutes() {
        for minutes in [1, 5, 60] {
            assert_eq!(
                Settings {
                    auto_lock_minutes: minutes,
                    ..Settings::default()
                }
                .validate(),
                Ok(())
            );
        }
        for minutes in [0, 61, u16::MAX] {
            let errors = Settings {
                auto_lock_minutes: minutes,
                ..Settings::default()
            }
            .validate()
            .unwrap_err();
            assert_eq!(errors[0].problem, Problem::AutoLockOutOfRange { minutes });
            assert_eq!(errors[0].part, Part::Settings);
            assert_eq!(errors[0].section(), None);
        }
    }
}
