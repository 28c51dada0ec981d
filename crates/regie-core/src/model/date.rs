//! Calendar dates and moments in time, without a clock.
//!
//! The dossier needs dates (a decision's validity, an appointment, a score) but never a time
//! zone database: a `Date` is a plain civil date, and a `Timestamp` is unix milliseconds that
//! the caller reads from its own clock.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::ModelError;

/// A real calendar date between 1900-01-01 and 2200-12-31, stored as `"YYYY-MM-DD"`.
///
/// The range keeps typing mistakes (year 20023, year 23) out of the dossier while covering
/// every date of birth and every deadline a client can meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    pub const MIN_YEAR: u16 = 1900;
    pub const MAX_YEAR: u16 = 2200;
    /// The earliest date the dossier accepts.
    pub const MIN: Date = Date {
        year: Self::MIN_YEAR,
        month: 1,
        day: 1,
    };
    /// The latest date the dossier accepts.
    pub const MAX: Date = Date {
        year: Self::MAX_YEAR,
        month: 12,
        day: 31,
    };

    /// A date, if it exists on the calendar and lies in the accepted range.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, ModelError> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) {
            return Err(ModelError::Invalid(format!(
                "a date must lie between the years {} and {}",
                Self::MIN_YEAR,
                Self::MAX_YEAR
            )));
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(ModelError::Invalid("not a real date".into()));
        }
        Ok(Date { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD`, the form `<input type="date">` gives and the dossier stores.
    pub fn parse(text: &str) -> Result<Date, ModelError> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !well_formed {
            return Err(ModelError::Invalid(
                "a date must be written as YYYY-MM-DD".into(),
            ));
        }
        let number = |range: std::ops::Range<usize>| {
            bytes[range]
                .iter()
                .fold(0u16, |n, b| n * 10 + u16::from(b - b'0'))
        };
        // Two-digit fields are at most 99, so the narrowing cannot lose anything.
        Date::new(number(0..4), number(5..7) as u8, number(8..10) as u8)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        )
    }

    /// The date `days` days after 1970-01-01, if it lies in the accepted range.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        if days < Self::MIN.days_since_epoch() || days > Self::MAX.days_since_epoch() {
            return None;
        }
        let (year, month, day) = civil_from_days(days);
        // In range, so the year fits u16 and the month and day fit u8.
        Some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The date `days` later (earlier when negative), or `None` outside the accepted range.
    pub fn checked_add_days(self, days: i32) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + i64::from(days))
    }

    /// The date `days` later (earlier when negative), held at [`Date::MIN`] or [`Date::MAX`].
    ///
    /// Saturating suits deadlines: a deadline past the year 2200 is as good as none.
    pub fn add_days(self, days: i32) -> Date {
        let target = self.days_since_epoch() + i64::from(days);
        Date::from_days_since_epoch(target).unwrap_or(if days < 0 { Self::MIN } else { Self::MAX })
    }

    /// Days from `self` to `other`: positive when `other` is later.
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = ModelError;

    fn from_str(text: &str) -> Result<Date, ModelError> {
        Date::parse(text)
    }
}

impl TryFrom<String> for Date {
    type Error = ModelError;

    fn try_from(text: String) -> Result<Date, ModelError> {
        Date::parse(&text)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

pub(crate) fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days
// (https://howardhinnant.github.io/date_algorithms.html): exact for the proleptic Gregorian
// calendar, no tables, no loops.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A moment: unix time in milliseconds, as JavaScript's `Date.now()` gives it.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    const MILLIS_PER_DAY: i64 = 86_400_000;

    /// The calendar date at this moment for someone `utc_offset_minutes` ahead of UTC
    /// (+60 or +120 in the Netherlands; JavaScript's `getTimezoneOffset()` with its sign
    /// flipped). `None` outside the accepted date range.
    ///
    /// The offset must be the one in force AT this moment, not today's: a moment from the
    /// other side of a daylight-saving change read with today's offset lands an hour off,
    /// which near midnight is the wrong day. In the browser that offset is
    /// `-new Date(ms).getTimezoneOffset()` for the moment's own `ms`.
    pub fn to_date(self, utc_offset_minutes: i32) -> Option<Date> {
        LocalMoment::from_utc_ms(self.0, utc_offset_minutes).map(|local| local.date)
    }

    /// This moment on the local clock, for the UTC offset in force at this moment (see
    /// [`Timestamp::to_date`]).
    pub fn to_local(self, utc_offset_minutes: i32) -> Option<LocalMoment> {
        LocalMoment::from_utc_ms(self.0, utc_offset_minutes)
    }
}

/// A moment as a clock on the wall showed it: the local date, hour and minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalMoment {
    pub date: Date,
    /// 0 to 23.
    pub hour: u8,
    /// 0 to 59.
    pub minute: u8,
}

impl LocalMoment {
    /// The local moment for `ms` (unix time in milliseconds) for someone
    /// `offset_minutes_at_that_moment` ahead of UTC. The core reads no time zone, so the
    /// caller passes the offset valid at `ms` itself (in the browser
    /// `-new Date(ms).getTimezoneOffset()`); today's offset shifts moments from the other
    /// side of a daylight-saving change by an hour. `None` outside the accepted date range.
    pub fn from_utc_ms(ms: i64, offset_minutes_at_that_moment: i32) -> Option<LocalMoment> {
        let local = ms.checked_add(i64::from(offset_minutes_at_that_moment) * 60_000)?;
        let date = Date::from_days_since_epoch(local.div_euclid(Timestamp::MILLIS_PER_DAY))?;
        let minute_of_day = local.rem_euclid(Timestamp::MILLIS_PER_DAY) / 60_000;
        Some(LocalMoment {
            date,
            hour: u8::try_from(minute_of_day / 60).ok()?,
            minute: u8::try_from(minute_of_day % 60).ok()?,
        })
    }

    /// "14:05".
    pub fn time(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn accepts_real_dates_including_leap_days() {
        assert_eq!(date("2024-02-29").to_string(), "2024-02-29");
        assert_eq!(date("2000-02-29").day(), 29);
        assert_eq!(date("1900-01-01"), Date::MIN);
        assert_eq!(date("2200-12-31"), Date::MAX);
        assert_eq!(date("2023-04-30").month(), 4);
    }

    #[test]
    fn rejects_impossible_dates() {
        for text in [
            "2023-02-29", // not a leap year
            "1900-02-29", // divisible by 100, not by 400
            "2100-02-29",
            "2023-04-31",
            "2023-13-01",
            "2023-00-10",
            "2023-01-00",
            "2023-01-32",
        ] {
            assert!(Date::parse(text).is_err(), "{text} must be rejected");
        }
    }

    #[test]
    fn rejects_years_out_of_range_and_other_forms() {
        for text in [
            "1899-12-31",
            "2201-01-01",
            "0023-01-01",
            "23-01-01",
            "2023-1-1",
            "2023/01/01",
            "01-01-2023",
            " 2023-01-01",
            "2023-01-01 ",
            "2023-01-01T00:00",
            "+023-01-01",
            "２０２３-01-01",
            "",
        ] {
            assert!(Date::parse(text).is_err(), "{text:?} must be rejected");
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(date("2023-12-31") < date("2024-01-01"));
        assert!(date("2024-01-31") < date("2024-02-01"));
        assert!(date("2024-02-01") < date("2024-02-02"));
    }

    #[test]
    fn counts_days_across_months_years_and_leap_days() {
        assert_eq!(date("1970-01-01").days_since_epoch(), 0);
        assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
        assert_eq!(date("2023-02-28").add_days(1), date("2023-03-01"));
        assert_eq!(date("2023-12-31").add_days(1), date("2024-01-01"));
        assert_eq!(date("2024-01-01").add_days(-1), date("2023-12-31"));
        assert_eq!(date("2024-01-01").days_until(date("2025-01-01")), 366);
        assert_eq!(date("2025-01-01").days_until(date("2024-01-01")), -366);
    }

    #[test]
    fn add_days_saturates_and_checked_add_days_refuses() {
        assert_eq!(Date::MAX.add_days(1), Date::MAX);
        assert_eq!(Date::MIN.add_days(-1), Date::MIN);
        assert_eq!(Date::MAX.checked_add_days(1), None);
        assert_eq!(Date::MIN.checked_add_days(i32::MIN), None);
        assert_eq!(Date::MIN.add_days(i32::MAX), Date::MAX);
    }

    #[test]
    fn serializes_as_a_string() {
        let json = serde_json::to_string(&date("2024-03-05")).unwrap();
        assert_eq!(json, "\"2024-03-05\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            date("2024-03-05")
        );
        assert!(serde_json::from_str::<Date>("\"2023-02-29\"").is_err());
        assert!(serde_json::from_str::<Date>("20230101").is_err());
    }

    #[test]
    fn timestamp_gives_the_local_date() {
        // 2024-03-30T23:30:00Z: still the 30th in London, already the 31st in Amsterdam.
        let moment = Timestamp(1_711_841_400_000);
        assert_eq!(moment.to_date(0), Some(date("2024-03-30")));
        assert_eq!(moment.to_date(60), Some(date("2024-03-31")));
        assert_eq!(Timestamp(-1).to_date(0), Some(date("1969-12-31")));
        assert_eq!(Timestamp(i64::MAX).to_date(60), None);
        assert_eq!(serde_json::to_string(&moment).unwrap(), "1711841400000");
    }

    // 2026-03-29 in Amsterdam: clocks go from 02:00 (UTC+1) to 03:00 (UTC+2) at 01:00 UTC.
    const SPRING_2026: i64 = 1_774_746_000_000; // 2026-03-29T01:00:00Z

    #[test]
    fn a_moment_is_read_with_the_offset_of_its_own_day() {
        // 2026-03-28T23:30Z: 00:30 on the 29th in Amsterdam (still winter time, +60).
        let before = LocalMoment::from_utc_ms(SPRING_2026 - 90 * 60_000, 60).unwrap();
        assert_eq!(before.date, date("2026-03-29"));
        assert_eq!(before.time(), "00:30");
        // Read with summer's +120, as the app did when it used today's offset, it is
        // 01:30: the same day here, but shifted by an hour.
        assert_eq!(
            LocalMoment::from_utc_ms(SPRING_2026 - 90 * 60_000, 120)
                .unwrap()
                .time(),
            "01:30"
        );
        // 2026-03-28T22:30Z is 23:30 on the 28th in winter time; summer's offset would make
        // it 00:30 on the 29th: the wrong day.
        let late = Timestamp(SPRING_2026 - 150 * 60_000);
        assert_eq!(late.to_date(60), Some(date("2026-03-28")));
        assert_eq!(late.to_date(120), Some(date("2026-03-29")));
        // Just after the change: 01:30Z is 03:30 summer time.
        let after = Timestamp(SPRING_2026 + 30 * 60_000).to_local(120).unwrap();
        assert_eq!(
            (after.date, after.time()),
            (date("2026-03-29"), "03:30".into())
        );
    }

    #[test]
    fn autumn_change_keeps_the_day_of_each_moment() {
        // 2026-10-25: clocks go back from 03:00 (+120) to 02:00 (+60) at 01:00 UTC.
        let change = 1_792_890_000_000; // 2026-10-25T01:00:00Z
        let evening_before = LocalMoment::from_utc_ms(change - 3 * 3_600_000 - 30 * 60_000, 120);
        // 2026-10-24T21:30Z is 23:30 on the 24th in summer time; winter's +60 gives 22:30.
        assert_eq!(evening_before.unwrap().date, date("2026-10-24"));
        assert_eq!(evening_before.unwrap().time(), "23:30");
        // 2026-10-24T22:30Z in summer time is 00:30 on the 25th; with winter's offset it
        // would read 23:30 on the 24th.
        let past_midnight = Timestamp(change - 2 * 3_600_000 - 30 * 60_000);
        assert_eq!(past_midnight.to_date(120), Some(date("2026-10-25")));
        assert_eq!(past_midnight.to_date(60), Some(date("2026-10-24")));
    }

    #[test]
    fn local_moments_before_the_epoch_and_at_the_edges() {
        let m = LocalMoment::from_utc_ms(-60_000, 0).unwrap();
        assert_eq!((m.date, m.hour, m.minute), (date("1969-12-31"), 23, 59));
        assert_eq!(LocalMoment::from_utc_ms(i64::MAX, 60), None);
        assert_eq!(LocalMoment::from_utc_ms(0, -90).unwrap().time(), "22:30");
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (Date::MIN_YEAR..=Date::MAX_YEAR, 1u8..=12)
            .prop_flat_map(|(year, month)| {
                (Just(year), Just(month), 1..=days_in_month(year, month))
            })
            .prop_map(|(year, month, day)| Date::new(year, month, day).unwrap())
    }

    proptest! {
        #[test]
        fn display_then_parse_is_the_same_date(date in any_date()) {
            let text = date.to_string();
            prop_assert_eq!(text.len(), 10);
            prop_assert_eq!(Date::parse(&text).unwrap(), date);
        }

        #[test]
        fn days_since_epoch_round_trips(date in any_date()) {
            prop_assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), Some(date));
        }

        #[test]
        fn add_days_and_days_until_are_inverse(date in any_date(), days in -120_000i32..120_000) {
            if let Some(later) = date.checked_add_days(days) {
                prop_assert_eq!(date.days_until(later), i64::from(days));
                prop_assert_eq!(later.add_days(-days), date);
                prop_assert_eq!(later > date, days > 0);
            }
        }

        #[test]
        fn next_day_follows_the_calendar(date in any_date()) {
            if let Some(next) = date.checked_add_days(1) {
                let expected = if date.day() < days_in_month(date.year(), date.month()) {
                    Date::new(date.year(), date.month(), date.day() + 1)
                } else if date.month() < 12 {
                    Date::new(date.year(), date.month() + 1, 1)
                } else {
                    Date::new(date.year() + 1, 1, 1)
                };
                prop_assert_eq!(next, expected.unwrap());
            }
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,12}") {
            let _ = Date::parse(&text);
        }
    }
}
