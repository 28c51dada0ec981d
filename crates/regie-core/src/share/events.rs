//! What happened to a share, as the client's list tells it: one line per event the relay
//! logged, in time order: "19:29 foute spreekcode", "19:30 geopend", and, for a share
//! that too many wrong spoken codes blocked, "19:33 geblokkeerd: niemand kan dit nog
//! openen".

use crate::api::{ShareLog, ShareState};
use crate::catalogue::{formats, Lang, Text};
use crate::model::Timestamp;
use crate::sorting::sort_by_key;

/// One kind of logged event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A counted opening.
    Opened,
    /// A spoken code that did not fit: one try used.
    WrongCode,
    /// The last try was used: the share is blocked for good.
    Blocked,
}

/// One line of a share's log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogLine {
    /// Milliseconds since the Unix epoch, by the relay's clock.
    pub at: i64,
    pub event: Event,
}

impl Event {
    /// The `data-event` value of the list's `log-entry`.
    pub fn key(self) -> &'static str {
        match self {
            Event::Opened => "opened",
            Event::WrongCode => "wrong-code",
            Event::Blocked => "blocked",
        }
    }

    fn text(self) -> Text {
        match self {
            Event::Opened => Text::ShareLogOpened,
            Event::WrongCode => Text::ShareLogWrongCode,
            Event::Blocked => Text::ShareLogBlocked,
        }
    }
}

/// The lines of `log`, oldest first. At the same moment an opening comes before a wrong
/// code; the block, when the wrong codes caused it, comes last, at the last wrong code.
pub fn lines(log: &ShareLog) -> Vec<LogLine> {
    let line = |event| move |&at: &i64| LogLine { at, event };
    let mut lines: Vec<LogLine> = log
        .opens
        .iter()
        .map(line(Event::Opened))
        .chain(log.wrong_codes.iter().map(line(Event::WrongCode)))
        .collect();
    sort_by_key(&mut lines, |line| line.at);
    if log.status == ShareState::Blocked {
        if let Some(&at) = log.wrong_codes.iter().max() {
            lines.push(LogLine {
                at,
                event: Event::Blocked,
            });
        }
    }
    lines
}

impl LogLine {
    /// The line in words: the time today ("19:30 geopend"), with the date on another day
    /// ("22-11-2026 19:30 geopend"). `offset_at` gives the device's minutes east of UTC at
    /// a moment (see [`Timestamp::to_local`]).
    pub fn words(self, now: Timestamp, offset_at: &dyn Fn(i64) -> i32, lang: Lang) -> String {
        let at = Timestamp(self.at).to_local(offset_at(self.at));
        let today = now.to_date(offset_at(now.0));
        let when = match (at, today) {
            (Some(at), Some(today)) => formats::moment_near(at, today, lang),
            _ => String::new(),
        };
        self.event.text().fill(lang, &[&when])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 22 November 2026, 18:30 UTC: 19:30 in Amsterdam (UTC+1 in winter).
    const AT: i64 = 1_795_372_200_000;
    const MIN: i64 = 60_000;
    const CET: &dyn Fn(i64) -> i32 = &|_| 60;

    fn log(status: ShareState, opens: Vec<i64>, wrong_codes: Vec<i64>) -> ShareLog {
        ShareLog {
            status,
            expires_at: AT + 60 * MIN,
            max_opens: None,
            opens,
            starts_at: None,
            wrong_codes,
        }
    }

    fn said(log: &ShareLog, now: i64, lang: Lang) -> Vec<String> {
        lines(log)
            .into_iter()
            .map(|line| line.words(Timestamp(now), CET, lang))
            .collect()
    }

    #[test]
    fn openings_and_wrong_codes_read_in_time_order() {
        let log = log(
            ShareState::Active,
            vec![AT, AT + MIN],
            vec![AT - MIN, AT + MIN],
        );
        assert_eq!(
            said(&log, AT, Lang::Nl),
            [
                "19:29 foute spreekcode",
                "19:30 geopend",
                "19:31 geopend",
                "19:31 foute spreekcode"
            ]
        );
        assert_eq!(
            said(&log, AT, Lang::En),
            [
                "19:29 wrong spoken code",
                "19:30 opened",
                "19:31 opened",
                "19:31 wrong spoken code"
            ]
        );
        let keys: Vec<&str> = lines(&log).iter().map(|l| l.event.key()).collect();
        assert_eq!(keys, ["wrong-code", "opened", "opened", "wrong-code"]);
    }

    #[test]
    fn another_day_brings_its_date() {
        let log = log(ShareState::Expired, vec![AT], vec![]);
        assert_eq!(
            said(&log, AT + 24 * 60 * MIN, Lang::Nl),
            ["22-11-2026 19:30 geopend"]
        );
    }

    #[test]
    fn a_blocked_share_says_so_after_its_last_wrong_code() {
        let wrong: Vec<i64> = (0..5).map(|i| AT + i * MIN).collect();
        let log = log(ShareState::Blocked, vec![], wrong);
        let said = said(&log, AT, Lang::Nl);
        assert_eq!(said.len(), 6);
        assert_eq!(said[4], "19:34 foute spreekcode");
        assert_eq!(said[5], "19:34 geblokkeerd: niemand kan dit nog openen");
        assert_eq!(lines(&log).last().map(|l| l.event), Some(Event::Blocked));
    }

    #[test]
    fn nothing_logged_says_nothing_and_an_older_relay_adds_no_block() {
        assert!(lines(&log(ShareState::Active, vec![], vec![])).is_empty());
        // An older relay sends no wrong codes: the status alone tells of the block.
        assert!(lines(&log(ShareState::Blocked, vec![], vec![])).is_empty());
        // A share that was stopped after a wrong code was not blocked by it.
        let stopped = log(ShareState::Revoked, vec![], vec![AT]);
        assert_eq!(said(&stopped, AT, Lang::En), ["19:30 wrong spoken code"]);
    }
}
