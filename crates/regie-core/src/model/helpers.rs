//! Who holds a recovery card (herstelkaart), since when, and when the client last checked
//! that they still have it. Only first names and dates: the cards themselves are never stored.
//! Lives in the settings, inside the encrypted dossier, and is never part of a share.

use serde::{Deserialize, Serialize};

use super::Date;

/// How long after the cards were made, or last checked, the app asks the client to check
/// that the helpers still have them.
pub const CHECK_AFTER_DAYS: i64 = 365;

/// The longest first name printed on a card.
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helpers {
    /// One first name per card, in the order of the cards (card 1 first).
    pub names: Vec<String>,
    /// How many cards are needed.
    pub threshold: u8,
    /// When these cards were made.
    pub made: Date,
    /// When the client last said the helpers still have their cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Date>,
    /// When the passphrase last changed while these cards were out: a moment to check with
    /// the helpers, as after new cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Date>,
}

/// Why the start screen asks the client to check with the helpers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckReminder {
    /// A year since the cards were made or last checked.
    Yearly,
    /// New cards, or a new passphrase, not checked since.
    AfterChange,
}

impl Helpers {
    pub fn new(names: Vec<String>, threshold: u8, made: Date) -> Helpers {
        Helpers {
            names,
            threshold,
            made,
            checked: None,
            changed: None,
        }
    }

    /// Whether the start screen asks to check with the helpers today, and why: once a year
    /// after the cards were made or last checked, and after new cards or a passphrase
    /// change until the client says the helpers still have their card.
    pub fn reminder(&self, today: Date) -> Option<CheckReminder> {
        if self.check_due(today) {
            return Some(CheckReminder::Yearly);
        }
        let asked = self.changed.map_or(self.made, |c| c.max(self.made));
        match self.checked {
            Some(checked) if checked >= asked => None,
            _ => Some(CheckReminder::AfterChange),
        }
    }

    /// The last day the client knew all was well: the later of made and checked.
    pub fn last_sure(&self) -> Date {
        self.checked.map_or(self.made, |c| c.max(self.made))
    }

    /// True once a year has passed since the cards were made or last checked.
    pub fn check_due(&self, today: Date) -> bool {
        self.last_sure().days_until(today) >= CHECK_AFTER_DAYS
    }
}

/// A typed helper's name, tidied for the card: spaces trimmed and joined, at most
/// [`MAX_NAME_CHARS`] characters. `None` when nothing is left.
pub fn tidy_name(typed: &str) -> Option<String> {
    let joined = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = joined.chars().take(MAX_NAME_CHARS).collect();
    (!name.is_empty()).then_some(name)
}

/// The first names typed for the helpers, tidied, when each is filled in and no two are the
/// same (compared without case): otherwise the problem to show.
pub fn check_names(typed: &[String]) -> Result<Vec<String>, NameProblem> {
    let mut names = Vec::with_capacity(typed.len());
    for t in typed {
        let name = tidy_name(t).ok_or(NameProblem::Missing)?;
        if names
            .iter()
            .any(|n: &String| n.to_lowercase() == name.to_lowercase())
        {
            return Err(NameProblem::Twice);
        }
        names.push(name);
    }
    Ok(names)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Missing,
    Twice,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn check_is_due_a_year_after_the_cards_or_the_last_check() {
        let mut helpers = Helpers::new(vec!["Anna".into(); 3], 2, d(2026, 1, 10));
        assert!(!helpers.check_due(d(2026, 12, 31)));
        assert!(helpers.check_due(d(2027, 1, 10)));
        helpers.checked = Some(d(2027, 1, 12));
        assert!(!helpers.check_due(d(2027, 6, 1)));
        assert!(helpers.check_due(d(2028, 1, 12)));
        // A check older than the cards does not count.
        helpers.checked = Some(d(2025, 1, 1));
        assert_eq!(helpers.last_sure(), d(2026, 1, 10));
    }

    #[test]
    fn the_start_screen_asks_after_new_cards_a_new_passphrase_and_each_year() {
        let mut helpers = Helpers::new(vec!["Anna".into(); 3], 2, d(2026, 1, 10));
        // New cards: asked until the client says the helpers have them.
        assert_eq!(
            helpers.reminder(d(2026, 1, 10)),
            Some(CheckReminder::AfterChange)
        );
        assert_eq!(
            helpers.reminder(d(2026, 3, 1)),
            Some(CheckReminder::AfterChange)
        );
        helpers.checked = Some(d(2026, 3, 1));
        assert_eq!(helpers.reminder(d(2026, 3, 1)), None);
        assert_eq!(helpers.reminder(d(2027, 2, 28)), None);
        // A year after the last check (leap years counted by days).
        assert_eq!(helpers.reminder(d(2027, 3, 1)), Some(CheckReminder::Yearly));
        // A new passphrase after the check asks again, the same day too.
        helpers.changed = Some(d(2026, 6, 5));
        assert_eq!(
            helpers.reminder(d(2026, 6, 5)),
            Some(CheckReminder::AfterChange)
        );
        helpers.checked = Some(d(2026, 6, 5));
        assert_eq!(helpers.reminder(d(2026, 6, 6)), None);
        // A check before a change does not count; nor does a change before the cards.
        helpers.changed = Some(d(2026, 9, 1));
        assert_eq!(
            helpers.reminder(d(2026, 9, 2)),
            Some(CheckReminder::AfterChange)
        );
        let mut fresh = Helpers::new(vec!["Anna".into(); 3], 2, d(2026, 10, 1));
        fresh.changed = Some(d(2026, 9, 1));
        fresh.checked = Some(d(2026, 9, 15));
        assert_eq!(
            fresh.reminder(d(2026, 10, 2)),
            Some(CheckReminder::AfterChange)
        );
        // The yearly ask counts from the cards or the last check, not from a change.
        let mut old = Helpers::new(vec!["Anna".into(); 3], 2, d(2024, 2, 29));
        old.checked = Some(d(2024, 3, 1));
        assert_eq!(old.reminder(d(2025, 2, 28)), None);
        assert_eq!(old.reminder(d(2025, 3, 1)), Some(CheckReminder::Yearly));
    }

    #[test]
    fn names_are_tidied_filled_in_and_different() {
        let typed = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            check_names(&typed(&["  Anna ", "Bram  de Vries", "Chris"])),
            Ok(vec!["Anna".into(), "Bram de Vries".into(), "Chris".into()])
        );
        assert_eq!(
            check_names(&typed(&["Anna", " ", "Chris"])),
            Err(NameProblem::Missing)
        );
        assert_eq!(
            check_names(&typed(&["Anna", "anna", "Chris"])),
            Err(NameProblem::Twice)
        );
        assert_eq!(tidy_name(&"x".repeat(60)).unwrap().chars().count(), 40);
    }

    #[test]
    fn stored_without_a_check_and_read_back() {
        let helpers = Helpers::new(
            vec!["Anna".into(), "Bram".into(), "Chris".into()],
            2,
            d(2026, 3, 4),
        );
        let json = serde_json::to_string(&helpers).unwrap();
        assert!(!json.contains("checked") && !json.contains("changed"));
        assert_eq!(serde_json::from_str::<Helpers>(&json).unwrap(), helpers);
    }
}
