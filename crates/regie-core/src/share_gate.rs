//! What the client sets on a share beside its content, and the relay enforces: a spoken
//! code (4 to 6 digits, said aloud in the room) and an appointment window (a start later
//! than now). The checks run before anything is sealed or sent, so a typo never reaches the
//! relay.

use crate::api::{is_share_code, MAX_STARTS_IN_SECS};
use crate::catalogue::{formats, Lang, Text};
use crate::model::{Date, LocalMoment};

/// A start this close to now (or just past it, while the form was filled in) means "now".
pub const START_SLACK_MS: i64 = 60_000;

/// The code as typed: empty is no code; otherwise exactly 4 to 6 digits (spaces around it
/// are forgiven).
pub fn check_code(typed: &str) -> Result<Option<String>, Text> {
    match typed.trim() {
        "" => Ok(None),
        code if is_share_code(code) => Ok(Some(code.to_owned())),
        _ => Err(Text::ErrShareCode),
    }
}

/// A suggested code: six digits from `random`, or `None` for the few values that would make
/// some codes likelier than others (draw again).
pub fn suggest_code(random: u32) -> Option<String> {
    crate::transfer::code_from_random(random)
}

/// A fresh random six-digit code for the "suggest one" choice; `None` only when the system
/// has no randomness.
pub fn random_code() -> Option<String> {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::getrandom(&mut bytes).ok()?;
        if let Some(code) = suggest_code(u32::from_le_bytes(bytes)) {
            return Some(code);
        }
    }
}

/// Reads a `datetime-local` value ("2026-12-03T10:00", seconds allowed) as a wall-clock
/// moment.
pub fn parse_local_moment(text: &str) -> Option<LocalMoment> {
    let (date, time) = text.split_once('T')?;
    let date = Date::parse(date).ok()?;
    let time = time.get(..5).filter(|_| matches!(time.len(), 5 | 8))?;
    if time.as_bytes()[2] != b':' {
        return None;
    }
    let number = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u8>().ok())
            .flatten()
    };
    let (hour, minute) = (number(&time[..2])?, number(&time[3..5])?);
    (hour < 24 && minute < 60).then_some(LocalMoment { date, hour, minute })
}

/// The UTC instant of a wall-clock moment for someone `offset_minutes` ahead of UTC.
pub fn local_to_utc_ms(at: LocalMoment, offset_minutes: i32) -> i64 {
    let minutes = i64::from(at.hour) * 60 + i64::from(at.minute) - i64::from(offset_minutes);
    at.date.days_since_epoch() * 86_400_000 + minutes * 60_000
}

/// How long after `now` a share starting at `starts_at` waits: `None` for "at once" (no
/// start, or one within [`START_SLACK_MS`] of now).
pub fn starts_in_secs(starts_at: Option<i64>, now: i64) -> Result<Option<u64>, Text> {
    let Some(at) = starts_at else {
        return Ok(None);
    };
    let wait = at - now;
    if wait < -START_SLACK_MS {
        return Err(Text::ErrShareStartsPast);
    }
    if wait <= START_SLACK_MS {
        return Ok(None);
    }
    // Rounded up, so the share never starts before the minute the client chose.
    let secs = (wait as u64).div_ceil(1000);
    if secs > MAX_STARTS_IN_SECS {
        return Err(Text::ErrShareStartsFar);
    }
    Ok(Some(secs))
}

/// When a share for later opens, as the viewer says it: "morgen 10:00 (3-12-2026)",
/// "vandaag 14:30 (2-12-2026)", or the date and time for a day further off.
pub fn starts_words(at: LocalMoment, today: Date, lang: Lang) -> String {
    let days = at.date.days_since_epoch() - today.days_since_epoch();
    let date = formats::date_short(at.date, lang);
    match days {
        0 | 1 => format!(
            "{} {} ({date})",
            formats::days_from_today(days, lang),
            at.time()
        ),
        _ => format!("{date} {}", at.time()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moment(text: &str) -> LocalMoment {
        parse_local_moment(text).unwrap()
    }

    #[test]
    fn codes_are_four_to_six_digits_or_nothing() {
        assert_eq!(check_code(""), Ok(None));
        assert_eq!(check_code("  "), Ok(None));
        assert_eq!(check_code(" 4821 "), Ok(Some("4821".into())));
        assert_eq!(check_code("482193"), Ok(Some("482193".into())));
        for bad in ["123", "1234567", "12 34", "abcd", "12.4", "٣٣٣٣"] {
            assert_eq!(check_code(bad), Err(Text::ErrShareCode), "{bad:?}");
        }
        let code = suggest_code(123_456_789).unwrap();
        assert_eq!(code, "456789");
        assert_eq!(check_code(&code), Ok(Some(code.clone())));
        assert_eq!(suggest_code(u32::MAX), None);
        let drawn: Vec<String> = (0..3).map(|_| random_code().unwrap()).collect();
        assert!(drawn.iter().all(|c| is_share_code(c) && c.len() == 6));
        assert!(drawn[0] != drawn[1] || drawn[1] != drawn[2], "random");
    }

    #[test]
    fn datetime_local_values_read_as_wall_clock_moments() {
        let at = moment("2026-12-03T10:00");
        assert_eq!(
            (at.date.to_string(), at.hour, at.minute),
            ("2026-12-03".into(), 10, 0)
        );
        assert_eq!(moment("2026-12-03T23:59:30").minute, 59);
        for bad in [
            "",
            "2026-12-03",
            "2026-12-03T24:00",
            "2026-12-03T10:60",
            "2026-12-03T1:00",
            "2026-02-30T10:00",
            "2026-12-03 10:00",
            "2026-12-03T10-00",
            "2026-12-03T10:00:0",
        ] {
            assert_eq!(parse_local_moment(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn wall_clock_and_utc_round_trip_with_the_offset() {
        let at = moment("2026-12-03T10:00");
        // Amsterdam in winter is UTC+1: 10:00 there is 09:00 UTC.
        let ms = local_to_utc_ms(at, 60);
        assert_eq!(ms, 1_796_288_400_000);
        assert_eq!(LocalMoment::from_utc_ms(ms, 60), Some(at));
        assert_eq!(local_to_utc_ms(at, 0) - ms, 3_600_000);
    }

    #[test]
    fn a_start_is_now_later_or_refused() {
        let now = 1_000_000_000_000;
        assert_eq!(starts_in_secs(None, now), Ok(None));
        assert_eq!(starts_in_secs(Some(now + 30_000), now), Ok(None));
        assert_eq!(starts_in_secs(Some(now - 30_000), now), Ok(None));
        assert_eq!(
            starts_in_secs(Some(now - 2 * START_SLACK_MS), now),
            Err(Text::ErrShareStartsPast)
        );
        assert_eq!(
            starts_in_secs(Some(now + 86_400_000), now),
            Ok(Some(86_400))
        );
        let far = now + (MAX_STARTS_IN_SECS as i64 + 10) * 1000;
        assert_eq!(starts_in_secs(Some(far), now), Err(Text::ErrShareStartsFar));
    }

    #[test]
    fn the_start_reads_with_its_day_and_date() {
        let today = Date::parse("2026-12-02").unwrap();
        assert_eq!(
            starts_words(moment("2026-12-03T10:00"), today, Lang::Nl),
            "morgen 10:00 (3-12-2026)"
        );
        assert_eq!(
            starts_words(moment("2026-12-02T14:30"), today, Lang::Nl),
            "vandaag 14:30 (2-12-2026)"
        );
        assert_eq!(
            starts_words(moment("2026-12-09T09:05"), today, Lang::Nl),
            "9-12-2026 09:05"
        );
        assert!(
            starts_words(moment("2026-12-03T10:00"), today, Lang::En).starts_with("tomorrow 10:00")
        );
    }
}
