//! Dates, moments, days from today and file sizes as each language writes them. Pure
//! functions: the caller brings today's date and the UTC offset, the core reads no clock.
//!
//! | what            | Dutch                | English              |
//! |-----------------|----------------------|----------------------|
//! | long date       | 22 november 2026     | 22 November 2026     |
//! | short date      | 22-11-2026, 5-3-2026 | 22 Nov 2026          |
//! | moment          | 22-11-2026 14:05     | 22 Nov 2026 14:05    |
//! | date and time   | 22-11-2026 om 14:05  | 22 Nov 2026 at 14:05 |
//! | size            | 1,5 MB, 340 kB       | 1.5 MB, 340 kB       |
//!
//! The short Dutch date has no leading zeros, as people write it by hand.

use super::{Counted, FormatText, Lang, Text, ViewerText};
use crate::model::{Date, LocalMoment};

const MONTHS: [FormatText; 12] = {
    use FormatText::*;
    [
        Month1, Month2, Month3, Month4, Month5, Month6, Month7, Month8, Month9, Month10, Month11,
        Month12,
    ]
};
const MONTHS_SHORT: [FormatText; 12] = {
    use FormatText::*;
    [
        MonthShort1,
        MonthShort2,
        MonthShort3,
        MonthShort4,
        MonthShort5,
        MonthShort6,
        MonthShort7,
        MonthShort8,
        MonthShort9,
        MonthShort10,
        MonthShort11,
        MonthShort12,
    ]
};

fn month_index(month: u8) -> usize {
    usize::from(month.clamp(1, 12)) - 1
}

/// "november" / "November" (1 is January), as written after a day's number.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    MONTHS[month_index(month)].get(lang)
}

pub fn month_short(month: u8, lang: Lang) -> &'static str {
    MONTHS_SHORT[month_index(month)].get(lang)
}

/// A date in the language's pattern: `{d}` day, `{m}` month number, `{month}` month name,
/// `{mon}` short month name, `{y}` year.
fn dated(pattern: FormatText, date: Date, lang: Lang) -> String {
    pattern
        .get(lang)
        .replace("{d}", &date.day().to_string())
        .replace("{month}", month_name(date.month(), lang))
        .replace("{mon}", month_short(date.month(), lang))
        .replace("{m}", &date.month().to_string())
        .replace("{y}", &date.year().to_string())
}

pub fn date_long(date: Date, lang: Lang) -> String {
    dated(FormatText::DateLong, date, lang)
}

pub fn date_short(date: Date, lang: Lang) -> String {
    dated(FormatText::DateShort, date, lang)
}

pub fn date_at_time(date: Date, time: &str, lang: Lang) -> String {
    ViewerText::ViewDateAtTime.fill(lang, &[&date_short(date, lang), time])
}

/// A moment something happened: "22-11-2026 14:05" / "22 Nov 2026 14:05".
pub fn moment(at: LocalMoment, lang: Lang) -> String {
    format!("{} {}", date_short(at.date, lang), at.time())
}

/// A moment as a list of recent events shows it: only the time when it was `today`.
pub fn moment_near(at: LocalMoment, today: Date, lang: Lang) -> String {
    if at.date == today {
        at.time()
    } else {
        moment(at, lang)
    }
}

/// Days from today in words: "vandaag", "morgen", "gisteren", "over 5 dagen",
/// "3 dagen geleden".
pub fn days_from_today(days: i64, lang: Lang) -> String {
    match days {
        0 => Text::WhenToday.get(lang).to_owned(),
        1 => Text::WhenTomorrow.get(lang).to_owned(),
        -1 => Text::WhenYesterday.get(lang).to_owned(),
        d if d > 1 => Counted::InDays.count(lang, d.unsigned_abs()),
        d => Counted::DaysAgo.count(lang, d.unsigned_abs()),
    }
}

const KIB: u64 = 1024;
const MIB: u64 = 1024 * 1024;
const GIB: u64 = 1024 * 1024 * 1024;

/// A file or storage size, one spelling for client and professional: "999 B", "340 kB",
/// "1,5 MB", "20 MB", "2,4 GB" (English "1.5 MB"). Multiples of 1024, like the limits the
/// app states ("20 MB per file" is 20 × 1024 × 1024 bytes), so a file at the limit reads as
/// the limit. Kilobytes round up, so a small file never reads "0 kB"; megabytes and
/// gigabytes have one decimal below 10.
pub fn size(bytes: u64, lang: Lang) -> String {
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let kib = bytes.div_ceil(KIB);
    if kib < 1000 {
        return format!("{kib} kB");
    }
    let tenths = |unit: u64| (u128::from(bytes) * 10 + u128::from(unit / 2)) / u128::from(unit);
    let (tenths, unit) = match tenths(MIB) {
        mb if mb < 10_000 => (mb, "MB"),
        _ => (tenths(GIB), "GB"),
    };
    if tenths >= 100 {
        return format!("{} {unit}", (tenths + 5) / 10);
    }
    let comma = FormatText::Decimal.get(lang);
    format!("{}{comma}{} {unit}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timestamp;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn dates_in_both_languages() {
        let d = date("2026-11-22");
        assert_eq!(date_long(d, Lang::Nl), "22 november 2026");
        assert_eq!(date_long(d, Lang::En), "22 November 2026");
        assert_eq!(date_short(d, Lang::Nl), "22-11-2026");
        assert_eq!(date_short(d, Lang::En), "22 Nov 2026");
        assert_eq!(date_short(date("2026-03-05"), Lang::Nl), "5-3-2026");
        assert_eq!(date_long(date("2026-03-05"), Lang::Nl), "5 maart 2026");
        assert_eq!(date_short(date("2026-03-05"), Lang::En), "5 Mar 2026");
        assert_eq!(date_at_time(d, "14:05", Lang::Nl), "22-11-2026 om 14:05");
        assert_eq!(date_at_time(d, "14:05", Lang::En), "22 Nov 2026 at 14:05");
    }

    #[test]
    fn dutch_months_are_never_english() {
        for month in 1..=12 {
            let (nl, en) = (month_name(month, Lang::Nl), month_name(month, Lang::En));
            assert_eq!(nl, nl.to_lowercase(), "Dutch months have no capital");
            assert!(en.starts_with(|c: char| c.is_uppercase()));
            let english = |m| (month_name(m, Lang::En), month_short(m, Lang::En));
            assert!(
                (1..=12)
                    .all(|m| english(m).0 != nl && english(m).1 != month_short(month, Lang::Nl)),
                "{nl} is English"
            );
            assert!(month_name(month, Lang::En).starts_with(month_short(month, Lang::En)));
        }
        assert_eq!(month_name(3, Lang::Nl), "maart");
        assert_eq!(month_name(5, Lang::Nl), "mei");
        assert_eq!(month_name(10, Lang::Nl), "oktober");
        assert_eq!(month_short(3, Lang::Nl), "mrt");
        assert_eq!(month_short(10, Lang::Nl), "okt");
        assert_eq!(month_short(5, Lang::En), "May");
    }

    #[test]
    fn moments_show_the_time_alone_on_their_own_day() {
        // 2026-11-22T13:05Z is 14:05 in Amsterdam (winter time).
        let at = Timestamp(1_795_352_700_000).to_local(60).unwrap();
        assert_eq!(moment(at, Lang::Nl), "22-11-2026 14:05");
        assert_eq!(moment(at, Lang::En), "22 Nov 2026 14:05");
        assert_eq!(moment_near(at, date("2026-11-22"), Lang::Nl), "14:05");
        assert_eq!(
            moment_near(at, date("2026-11-23"), Lang::Nl),
            "22-11-2026 14:05"
        );
    }

    #[test]
    fn a_past_moment_keeps_its_day_across_the_clock_change() {
        // Opened at 2026-03-28T23:30Z: 00:30 on the 29th in Amsterdam, winter time (+60).
        // Read in summer with summer's +120 it would say 01:30; with the offset of that
        // moment it says what the clock on the wall said.
        let opened = Timestamp(1_774_746_000_000 - 90 * 60_000);
        let today = date("2026-06-01");
        assert_eq!(
            moment_near(opened.to_local(60).unwrap(), today, Lang::Nl),
            "29-3-2026 00:30"
        );
        // 22:30Z the evening before is still the 28th on the wall.
        let evening = Timestamp(1_774_746_000_000 - 150 * 60_000);
        assert_eq!(
            moment(evening.to_local(60).unwrap(), Lang::Nl),
            "28-3-2026 23:30"
        );
        assert_ne!(
            moment(evening.to_local(120).unwrap(), Lang::Nl),
            "28-3-2026 23:30",
            "today's offset would move it to the next day"
        );
    }

    #[test]
    fn days_from_today_in_words() {
        let cases = [
            (0, "vandaag", "today"),
            (1, "morgen", "tomorrow"),
            (-1, "gisteren", "yesterday"),
            (2, "over 2 dagen", "in 2 days"),
            (12, "over 12 dagen", "in 12 days"),
            (-3, "3 dagen geleden", "3 days ago"),
        ];
        for (days, nl, en) in cases {
            assert_eq!(days_from_today(days, Lang::Nl), nl);
            assert_eq!(days_from_today(days, Lang::En), en);
        }
    }

    #[test]
    fn sizes_round_the_way_people_read_them() {
        let cases = [
            (0, "0 B", "0 B"),
            (999, "999 B", "999 B"),
            (1000, "1 kB", "1 kB"),
            (1024, "1 kB", "1 kB"),
            (1500, "2 kB", "2 kB"),
            (340 * KIB, "340 kB", "340 kB"),
            (999 * KIB, "999 kB", "999 kB"),
            (999 * KIB + 1, "1,0 MB", "1.0 MB"),
            (MIB + MIB / 2, "1,5 MB", "1.5 MB"),
            (5 * MIB + MIB / 4, "5,3 MB", "5.3 MB"),
            (10 * MIB - 1, "10 MB", "10 MB"),
            (20 * MIB, "20 MB", "20 MB"),
            (100 * MIB, "100 MB", "100 MB"),
            (999 * MIB, "999 MB", "999 MB"),
            (1000 * MIB, "1,0 GB", "1.0 GB"),
            (GIB + GIB / 2, "1,5 GB", "1.5 GB"),
            (64 * GIB, "64 GB", "64 GB"),
        ];
        for (bytes, nl, en) in cases {
            assert_eq!(size(bytes, Lang::Nl), nl, "{bytes} bytes");
            assert_eq!(size(bytes, Lang::En), en, "{bytes} bytes");
        }
        assert!(size(u64::MAX, Lang::Nl).ends_with(" GB"));
        assert_eq!(
            size(crate::model::MAX_DOCUMENT_BYTES, Lang::Nl),
            "20 MB",
            "the limit reads as the catalogue states it"
        );
    }
}
