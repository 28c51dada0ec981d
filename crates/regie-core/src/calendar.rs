//! An appointment from the Dagboek as an iCalendar file (RFC 5545), for the phone's calendar.
//!
//! The dossier keeps an appointment as a civil date and, if given, a wall-clock time, both
//! meant as Dutch time. The file carries the moment in UTC, converted with the rules of
//! Europe/Amsterdam (CET, UTC+1; CEST, UTC+2 from the last Sunday of March 01:00 UTC to the
//! last Sunday of October 01:00 UTC), so every calendar shows it right on both sides of a
//! daylight-saving change without a time zone database. An appointment without a time becomes
//! an all-day event.
//!
//! Only what the client chose to hand over goes in: the appointment's title, with whom, where
//! and its text. The UID is the entry's own random id, so handing the same appointment over
//! again updates it in the calendar rather than adding a copy.

use crate::catalogue::{Lang, Text};
use crate::model::{is_valid_time, Date, JournalEntry, JournalKind, Timestamp};

/// How long an appointment lasts in the calendar: the dossier keeps no end time.
pub const APPOINTMENT_MINUTES: i64 = 60;

/// The longest content line, in octets, before it is folded (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// One event, as plain text; [`Event::to_ics`] does the escaping and folding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub date: Date,
    /// `"HH:MM"` on the Dutch wall clock; `None` for an all-day event.
    pub time: Option<String>,
    pub summary: String,
    pub location: String,
    pub description: String,
}

/// The event for a Dagboek appointment; `None` for a note.
pub fn appointment_event(entry: &JournalEntry, lang: Lang) -> Option<Event> {
    let JournalKind::Appointment { with_whom, place } = &entry.kind else {
        return None;
    };
    let title = entry.title.trim();
    let with_whom = with_whom.trim();
    let summary = if !title.is_empty() {
        title.to_owned()
    } else if !with_whom.is_empty() {
        Text::CalendarWith.fill(lang, &[with_whom])
    } else {
        Text::ViewJournalAppointment.get(lang).to_owned()
    };
    let mut description = Vec::new();
    if !with_whom.is_empty() && !title.is_empty() {
        description.push(format!(
            "{}: {with_whom}",
            Text::ViewLabelWithWhom.get(lang)
        ));
    }
    let text = entry.text.trim();
    if !text.is_empty() {
        description.push(text.to_owned());
    }
    Some(Event {
        uid: format!("{}@regie", entry.id.0),
        date: entry.date,
        time: entry.time.clone().filter(|time| is_valid_time(time)),
        summary,
        location: place.trim().to_owned(),
        description: description.join("\n"),
    })
}

/// The file name offered for the download: `afspraak-2027-03-28.ics`.
pub fn file_name(event: &Event, lang: Lang) -> String {
    format!("{}-{}.ics", Text::CalendarFileName.get(lang), event.date)
}

impl Event {
    /// The whole file: one VCALENDAR with one VEVENT, CRLF line ends, folded lines.
    /// `now` is the DTSTAMP, the moment the file is made.
    pub fn to_ics(&self, now: Timestamp) -> String {
        let mut lines = vec![
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//Regie//Dagboek//NL".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&self.uid)),
            format!("DTSTAMP:{}", utc_stamp(now.0)),
        ];
        match self.start_ms() {
            Some(start) => {
                lines.push(format!("DTSTART:{}", utc_stamp(start)));
                let end = start + APPOINTMENT_MINUTES * 60_000;
                lines.push(format!("DTEND:{}", utc_stamp(end)));
            }
            None => {
                let next = self.date.checked_add_days(1).unwrap_or(self.date);
                lines.push(format!("DTSTART;VALUE=DATE:{}", compact(self.date)));
                lines.push(format!("DTEND;VALUE=DATE:{}", compact(next)));
            }
        }
        lines.push(format!("SUMMARY:{}", escape(&self.summary)));
        if !self.location.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&self.location)));
        }
        if !self.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&self.description)));
        }
        lines.push("END:VEVENT".to_owned());
        lines.push("END:VCALENDAR".to_owned());
        let mut out = String::new();
        for line in lines {
            out.push_str(&fold(&line));
        }
        out
    }

    /// The start as unix milliseconds, if the event has a time.
    fn start_ms(&self) -> Option<i64> {
        let time = self.time.as_deref()?;
        let hour: i64 = time.get(0..2)?.parse().ok()?;
        let minute: i64 = time.get(3..5)?.parse().ok()?;
        Some(amsterdam_to_utc_ms(self.date, hour * 60 + minute))
    }
}

/// The UTC moment of a wall-clock time in Amsterdam. A time that does not exist (skipped
/// when the clocks go forward) is read with the offset before the change, and a time that
/// happens twice (when they go back) as its first occurrence, as RFC 5545 (3.3.5) says.
pub fn amsterdam_to_utc_ms(date: Date, minute_of_day: i64) -> i64 {
    let local = date.days_since_epoch() * 86_400_000 + minute_of_day * 60_000;
    let year = date.year();
    let summer_starts = last_sunday_one_utc(year, 3);
    let summer_ends = last_sunday_one_utc(year, 10);
    // As summer time, the moment is local minus two hours; it is summer time if that moment
    // falls inside the summer. Before the change in spring, the winter reading holds; a
    // skipped time reads as winter time too (02:30 CET is 03:30 CEST).
    let as_summer = local - 2 * 3_600_000;
    if as_summer >= summer_starts && as_summer < summer_ends {
        as_summer
    } else {
        local - 3_600_000
    }
}

/// 01:00 UTC on the last Sunday of `month` in `year`, in unix milliseconds: when the EU
/// clocks change.
fn last_sunday_one_utc(year: u16, month: u8) -> i64 {
    // March and October both have 31 days.
    let last = Date::new(year, month, 31).map_or(0, Date::days_since_epoch);
    // 1970-01-01 was a Thursday: days since epoch + 4, mod 7, is 0 on a Sunday.
    let back = (last + 4).rem_euclid(7);
    (last - back) * 86_400_000 + 3_600_000
}

/// `20270328T090000Z`.
fn utc_stamp(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let seconds = ms.rem_euclid(86_400_000) / 1000;
    let date = Date::from_days_since_epoch(days).unwrap_or(Date::MIN);
    format!(
        "{}T{:02}{:02}{:02}Z",
        compact(date),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// `20270328`.
fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line end
/// as `\n`, other control characters dropped.
pub fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so that no line is longer than 75 octets (the CRLF not
/// counted), never inside a UTF-8 character nor between a backslash and what it escapes
/// (allowed, but some calendars read it wrong); each continuation starts with one space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        let mut unit = String::from(c);
        if c == '\\' {
            unit.extend(chars.next());
        }
        if used + unit.len() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push_str(&unit);
        used += unit.len();
    }
    out.push_str("\r\n");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "calendar_tests.rs"]
mod tests;
