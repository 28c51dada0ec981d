//! How long a share runs, and the time left as the viewer and the client see it.

use crate::catalogue::ViewerText;

use crate::model::Timestamp;

/// The durations a client can pick, in the order they are offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareDuration {
    HalfHour,
    Hour,
    FourHours,
    RestOfToday,
    Week,
    Month,
}

impl ShareDuration {
    pub const ALL: [ShareDuration; 6] = [
        ShareDuration::HalfHour,
        ShareDuration::Hour,
        ShareDuration::FourHours,
        ShareDuration::RestOfToday,
        ShareDuration::Week,
        ShareDuration::Month,
    ];

    /// Minutes from `now` until the share ends. "Rest of today" ends at local midnight
    /// (`utc_offset_minutes` east of UTC), and lasts at least the relay's minimum.
    pub fn minutes(self, now: Timestamp, utc_offset_minutes: i32) -> u32 {
        match self {
            ShareDuration::HalfHour => 30,
            ShareDuration::Hour => 60,
            ShareDuration::FourHours => 240,
            ShareDuration::Week => 7 * 24 * 60,
            ShareDuration::Month => 30 * 24 * 60,
            ShareDuration::RestOfToday => {
                let local = now.0 + i64::from(utc_offset_minutes) * 60_000;
                let left_ms = 86_400_000 - local.rem_euclid(86_400_000);
                (left_ms / 60_000).max(1) as u32
            }
        }
    }
}

/// How long a share still runs, rounded the way people say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLeft {
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

/// `None` once `until` has passed.
pub fn time_left(now: Timestamp, until: Timestamp) -> Option<TimeLeft> {
    let ms = until.0 - now.0;
    if ms <= 0 {
        return None;
    }
    let minutes = (ms + 59_999) / 60_000;
    Some(if minutes < 120 {
        TimeLeft::Minutes(minutes)
    } else if minutes < 48 * 60 {
        TimeLeft::Hours(minutes / 60)
    } else {
        TimeLeft::Days(minutes / (24 * 60))
    })
}

/// How long before its end an open share warns the person reading it.
pub const ENDING_WARNING_MS: i64 = 5 * 60_000;

/// What the viewer's banner counts down: the share list's minutes, hours or days, and the
/// last minute in seconds. `None` once `until` has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    Left(TimeLeft),
    Seconds(i64),
}

impl Countdown {
    pub fn of(now: Timestamp, until: Timestamp) -> Option<Countdown> {
        let ms = until.0 - now.0;
        if ms > 0 && ms <= 60_000 {
            Some(Countdown::Seconds((ms + 999) / 1000))
        } else {
            time_left(now, until).map(Countdown::Left)
        }
    }

    /// The countdown in words: "nog 12 min", "nog 3 uur", "nog 40 seconden".
    pub fn words(self, lang: crate::catalogue::Lang) -> String {
        use crate::catalogue::Counted;
        let (counted, n) = match self {
            Countdown::Left(TimeLeft::Minutes(n)) => (Counted::MinutesLeft, n),
            Countdown::Left(TimeLeft::Hours(n)) => (Counted::HoursLeft, n),
            Countdown::Left(TimeLeft::Days(n)) => (Counted::DaysLeft, n),
            Countdown::Seconds(n) => (Counted::ViewSecondsLeft, n),
        };
        counted.count(lang, n as u64)
    }

    /// The warning within [`ENDING_WARNING_MS`] of the end, in whole minutes so that it
    /// changes (and a screen reader repeats it) once a minute: "Let op: over 5 minuten is
    /// deze gedeelde informatie weg."
    pub fn warning(
        now: Timestamp,
        until: Timestamp,
        lang: crate::catalogue::Lang,
    ) -> Option<String> {
        use crate::catalogue::Counted;
        let ms = until.0 - now.0;
        (ms > 0 && ms <= ENDING_WARNING_MS).then(|| {
            let minutes = Counted::ViewEndingIn.count(lang, ((ms + 59_999) / 60_000) as u64);
            ViewerText::ViewEnding.fill(lang, &[&minutes])
        })
    }
}
