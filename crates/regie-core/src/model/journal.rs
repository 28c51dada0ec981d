//! Dagboek: notes and appointments on one timeline.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, Problem, SectionKey, ValidationError};
use crate::sorting::sort_by_key;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JournalKind {
    #[default]
    Note,
    Appointment {
        #[serde(default)]
        with_whom: String,
        #[serde(default)]
        place: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: EntryId,
    #[serde(default)]
    pub kind: JournalKind,
    pub date: Date,
    /// `"HH:MM"` on a 24-hour clock, as `<input type="time">` gives it; absent for a whole day.
    #[serde(default)]
    pub time: Option<String>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub text: String,
    /// "Alleen voor mij": the client's own note, never in any share and never on the
    /// personal plan's paper, whatever the client ticks there.
    #[serde(default, skip_serializing_if = "is_false")]
    pub private: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl JournalEntry {
    pub fn is_appointment(&self) -> bool {
        matches!(self.kind, JournalKind::Appointment { .. })
    }

    // Valid times are zero-padded, so comparing the text compares the times.
    fn moment(&self) -> (Date, Option<&str>) {
        (self.date, self.time.as_deref())
    }
}

/// `HH:MM`, hours 00 to 23, minutes 00 to 59.
pub fn is_valid_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes[i].is_ascii_digit();
    if bytes.len() != 5 || bytes[2] != b':' || !(digit(0) && digit(1) && digit(3) && digit(4)) {
        return false;
    }
    let hours = (bytes[0] - b'0') * 10 + (bytes[1] - b'0');
    let minutes = (bytes[3] - b'0') * 10 + (bytes[4] - b'0');
    hours < 24 && minutes < 60
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journal {
    pub entries: Vec<JournalEntry>,
}

impl Journal {
    /// All entries, newest first; within a day, whole-day entries after the timed ones.
    pub fn timeline(&self) -> Vec<&JournalEntry> {
        let mut timeline: Vec<&JournalEntry> = self.entries.iter().collect();
        sort_by_key(&mut timeline, |entry| Reverse(entry.moment()));
        timeline
    }

    /// Appointments from `today` on, soonest first.
    pub fn upcoming(&self, today: Date) -> Vec<&JournalEntry> {
        let mut upcoming: Vec<&JournalEntry> = self
            .entries
            .iter()
            .filter(|entry| entry.is_appointment() && entry.date >= today)
            .collect();
        sort_by_key(&mut upcoming, |entry| entry.moment());
        upcoming
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Journal);
        for entry in &self.entries {
            let id = Some(&entry.id);
            report.entry(&entry.id);
            // A note may be only a title or only text, but not nothing at all; an appointment
            // may also be only who it is with.
            let with_whom = match &entry.kind {
                JournalKind::Appointment { with_whom, .. } => with_whom.trim(),
                JournalKind::Note => "",
            };
            if entry.text.trim().is_empty() && with_whom.is_empty() {
                report.require(id, "title", &entry.title);
            }
            if entry
                .time
                .as_deref()
                .is_some_and(|time| !is_valid_time(time))
            {
                report.problem(id, Problem::BadTime);
            }
        }
        report.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, date: &str, time: Option<&str>, appointment: bool) -> JournalEntry {
        JournalEntry {
            id: EntryId::new(id),
            kind: if appointment {
                JournalKind::Appointment {
                    with_whom: "Sanne".into(),
                    place: "Wijkcentrum".into(),
                }
            } else {
                JournalKind::Note
            },
            date: Date::parse(date).unwrap(),
            time: time.map(String::from),
            title: format!("entry {id}"),
            text: String::new(),
            private: false,
        }
    }

    fn ids(entries: Vec<&JournalEntry>) -> Vec<&str> {
        entries.iter().map(|entry| entry.id.as_str()).collect()
    }

    #[test]
    fn times_are_hh_mm() {
        for good in ["00:00", "09:30", "23:59", "12:05"] {
            assert!(is_valid_time(good), "{good}");
        }
        for bad in [
            "24:00", "12:60", "9:30", "09:3", "0930", "09-30", "09:30:00", "", "ab:cd", "０9:30",
        ] {
            assert!(!is_valid_time(bad), "{bad}");
        }
    }

    #[test]
    fn timeline_is_newest_first() {
        let journal = Journal {
            entries: vec![
                entry("old", "2024-01-01", None, false),
                entry("morning", "2024-02-01", Some("09:00"), true),
                entry("allday", "2024-02-01", None, false),
                entry("afternoon", "2024-02-01", Some("14:30"), false),
            ],
        };
        assert_eq!(
            ids(journal.timeline()),
            ["afternoon", "morning", "allday", "old"]
        );
    }

    #[test]
    fn upcoming_lists_appointments_from_today() {
        let journal = Journal {
            entries: vec![
                entry("past", "2024-01-31", Some("10:00"), true),
                entry("later", "2024-03-01", Some("10:00"), true),
                entry("today", "2024-02-01", Some("08:00"), true),
                entry("note", "2024-02-10", None, false),
            ],
        };
        assert_eq!(
            ids(journal.upcoming(Date::parse("2024-02-01").unwrap())),
            ["today", "later"]
        );
    }

    #[test]
    fn validation_rejects_bad_times_and_empty_entries() {
        let mut bad_time = entry("a", "2024-01-01", Some("25:00"), false);
        bad_time.text = "Gebeld met de woningcorporatie".into();
        let mut empty = entry("b", "2024-01-01", None, false);
        empty.title.clear();
        let journal = Journal {
            entries: vec![bad_time, empty],
        };
        let problems: Vec<Problem> = crate::model::validation::problems_of(journal.validate());
        assert_eq!(
            problems,
            [Problem::BadTime, Problem::Required { field: "title" }]
        );
    }

    #[test]
    fn round_trips_with_a_tagged_kind() {
        let journal = Journal {
            entries: vec![
                entry("a", "2024-01-01", Some("10:15"), true),
                entry("b", "2024-01-02", None, false),
            ],
        };
        let json = serde_json::to_value(&journal).unwrap();
        assert_eq!(json["entries"][0]["kind"]["type"], "appointment");
        assert_eq!(
            json["entries"][1]["kind"],
            serde_json::json!({"type": "note"})
        );
        assert_eq!(serde_json::from_value::<Journal>(json).unwrap(), journal);
    }
}
