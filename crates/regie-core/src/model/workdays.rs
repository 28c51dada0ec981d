//! The Dutch legal calendar: which days count as working days, and how a legal term ends.
//!
//! The Algemene termijnenwet (Atw) moves the end of a term set by law that falls on a
//! Saturday, a Sunday or a general holiday to the next day that is none of these (art. 1),
//! and lengthens a term of three days or more until it holds two such days (art. 2). Its
//! general holidays (art. 3): Nieuwjaarsdag, Goede Vrijdag (lid 2), Tweede Paasdag,
//! Hemelvaartsdag, Tweede Pinksterdag, Koningsdag, 5 mei (every year) and both Christmas
//! days. Days the Crown adds by decree (art. 3 lid 3) are not known in advance and are not
//! counted. See `docs/deadlines.md`.
//!
//! Everything here is a calendar date: no clock, no time zone, so a daylight-saving change
//! cannot move a deadline.

use super::Date;

/// The day of the week, Monday 0 to Sunday 6.
pub fn weekday(date: Date) -> u8 {
    // 1970-01-01 was a Thursday (3).
    (date.days_since_epoch() + 3).rem_euclid(7) as u8
}

/// Easter Sunday of `year` (Gregorian calendar; the "anonymous" algorithm of Meeus).
pub fn easter_sunday(year: u16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // Month 3 or 4 and day 1 to 31 by construction.
    Date::new(year, month as u8, day as u8).ok()
}

/// The day the King's (before 2014 the Queen's) birthday is kept: 27 April, or Saturday
/// 26 April when the 27th is a Sunday; before 2014 30 April, or the 29th when that is a
/// Sunday.
pub fn kings_day(year: u16) -> Option<Date> {
    let day = if year >= 2014 { 27 } else { 30 };
    let date = Date::new(year, 4, day).ok()?;
    Some(if weekday(date) == 6 {
        date.add_days(-1)
    } else {
        date
    })
}

/// A general holiday of the Atw (art. 3 lid 1 and 2).
pub fn is_general_holiday(date: Date) -> bool {
    let fixed = matches!(
        (date.month(), date.day()),
        (1, 1) | (5, 5) | (12, 25) | (12, 26)
    );
    if fixed || kings_day(date.year()) == Some(date) {
        return true;
    }
    let Some(easter) = easter_sunday(date.year()) else {
        return false;
    };
    // Goede Vrijdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag.
    [-2, 1, 39, 50].contains(&easter.days_until(date))
}

/// Not a Saturday, a Sunday or a general holiday.
pub fn is_working_day(date: Date) -> bool {
    weekday(date) < 5 && !is_general_holiday(date)
}

/// The next working day from `date` on (`date` itself when it is one); held at [`Date::MAX`].
fn this_or_next_working_day(mut date: Date) -> Date {
    while !is_working_day(date) && date < Date::MAX {
        date = date.add_days(1);
    }
    date
}

/// The last day of a legal term of `days` days that starts the day after `start` (the day
/// of the event itself does not count), under the Atw: at least two working days in a term
/// of three days or more (art. 2), and never ending on a day that is not a working day
/// (art. 1).
pub fn term_end(start: Date, days: i32) -> Date {
    let mut end = start.add_days(days);
    if days >= 3 {
        let mut working = (1..=days)
            .filter(|&n| is_working_day(start.add_days(n)))
            .count();
        while working < 2 && end < Date::MAX {
            end = end.add_days(1);
            if is_working_day(end) {
                working += 1;
            }
        }
    }
    this_or_next_working_day(end)
}

/// The `n`th working day after `start` (the day itself does not count).
pub fn after_working_days(start: Date, n: u32) -> Date {
    let mut date = start;
    let mut counted = 0;
    while counted < n && date < Date::MAX {
        date = date.add_days(1);
        if is_working_day(date) {
            counted += 1;
        }
    }
    date
}
