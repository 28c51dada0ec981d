//! Where each of the client's shares stands, in one clear sentence: "Nog 45 minuten",
//! "Tot morgen 10:00", "Opgebruikt", "Gestopt om 14:02", "Verlopen", "Geblokkeerd na 5
//! foute codes". Live shares (someone may still read them) come first; ended ones form the
//! history, which the client may clear.

use crate::api::ShareState;
use crate::catalogue::{formats, Counted, Lang, PageText, Text};
use crate::model::{ShareRecord, Timestamp};

/// What the relay answered when asked for a share's log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayAnswer {
    State(ShareState),
    /// The relay no longer knows the share.
    Gone,
    /// No answer (yet): no connection, or the relay is down.
    NoAnswer,
}

/// One share's place in its life, as the client's list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Can be read until `until`.
    Live {
        until: Timestamp,
    },
    /// Not past its end, but the relay could not be asked.
    Unknown {
        until: Timestamp,
    },
    /// A once-only share that was opened: not again, but a viewer may still show it.
    UsedUp,
    /// Stopped by the client (at `at`, when the record knows), or elsewhere.
    Stopped {
        at: Option<Timestamp>,
    },
    Expired,
    /// Ended by the relay after five wrong codes.
    Blocked,
}

/// Below this many minutes left, the list counts minutes; from it, it names the end.
const COUNT_MINUTES_BELOW: i64 = 120;

impl Standing {
    /// Where `record` stands at `now`, from the client's record and the relay's answer.
    pub fn of(record: &ShareRecord, relay: RelayAnswer, now: Timestamp) -> Standing {
        if record.revoked {
            return Standing::Stopped {
                at: record.revoked_at,
            };
        }
        let past = record.expires.0 <= now.0;
        let until = record.expires;
        match relay {
            RelayAnswer::State(ShareState::Revoked) => Standing::Stopped { at: None },
            RelayAnswer::State(ShareState::Blocked) => Standing::Blocked,
            RelayAnswer::State(ShareState::Expired) => Standing::Expired,
            _ if past => Standing::Expired,
            RelayAnswer::State(ShareState::Exhausted) => Standing::UsedUp,
            RelayAnswer::State(ShareState::Active) => Standing::Live { until },
            // The relay forgot it before its time: it was stopped elsewhere.
            RelayAnswer::Gone => Standing::Stopped { at: None },
            RelayAnswer::NoAnswer => Standing::Unknown { until },
        }
    }

    /// The `data-status` value of the list's `share-status`.
    pub fn key(self) -> &'static str {
        match self {
            Standing::Live { .. } | Standing::Unknown { .. } => "active",
            Standing::UsedUp => "exhausted",
            Standing::Stopped { .. } => "revoked",
            Standing::Expired => "expired",
            Standing::Blocked => "blocked",
        }
    }

    /// True while someone may still read the share: it is listed first and can be stopped.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            Standing::Live { .. } | Standing::Unknown { .. } | Standing::UsedUp
        )
    }

    /// True while its link still opens, so its QR code may be shown again: not for a share
    /// that is used up, stopped, past its end or blocked.
    pub fn can_show_again(self) -> bool {
        matches!(self, Standing::Live { .. } | Standing::Unknown { .. })
    }

    /// The one sentence for it. `offset_at` gives the device's minutes east of UTC at a
    /// moment (see [`Timestamp::to_local`]).
    pub fn words(self, now: Timestamp, offset_at: &dyn Fn(i64) -> i32, lang: Lang) -> String {
        match self {
            Standing::Live { until } => time_left_words(now, until, offset_at, lang),
            Standing::Unknown { until } => Text::ShareStandingOffline
                .fill(lang, &[&time_left_words(now, until, offset_at, lang)]),
            Standing::UsedUp => PageText::ShareStandingUsedUp.get(lang).to_owned(),
            Standing::Stopped { at: None } => Text::ShareStatusRevoked.get(lang).to_owned(),
            Standing::Stopped { at: Some(at) } => {
                let local = at.to_local(offset_at(at.0));
                let today = now.to_date(offset_at(now.0));
                match (local, today) {
                    (Some(local), Some(today)) if local.date == today => {
                        PageText::ShareStoppedAt.fill(lang, &[&local.time()])
                    }
                    (Some(local), _) => PageText::ShareStoppedOn.fill(
                        lang,
                        &[&formats::date_short(local.date, lang), &local.time()],
                    ),
                    _ => Text::ShareStatusRevoked.get(lang).to_owned(),
                }
            }
            Standing::Expired => Text::ShareStatusExpired.get(lang).to_owned(),
            Standing::Blocked => Text::ShareStatusBlocked.get(lang).to_owned(),
        }
    }
}

/// "Nog 45 minuten" below two hours; after that the end itself: "Tot 22:50",
/// "Tot morgen 10:00", "Tot 24-11-2026 10:00".
fn time_left_words(
    now: Timestamp,
    until: Timestamp,
    offset_at: &dyn Fn(i64) -> i32,
    lang: Lang,
) -> String {
    let ms = (until.0 - now.0).max(0);
    let minutes = (ms + 59_999) / 60_000;
    if minutes < COUNT_MINUTES_BELOW {
        return Counted::ShareMinutesLeft.count(lang, minutes.max(1).unsigned_abs());
    }
    let (Some(end), Some(today)) = (
        until.to_local(offset_at(until.0)),
        now.to_date(offset_at(now.0)),
    ) else {
        return String::new();
    };
    match today.days_until(end.date) {
        0 => PageText::ShareUntil.fill(lang, &[&end.time()]),
        1 => PageText::ShareUntilTomorrow.fill(lang, &[&end.time()]),
        _ => PageText::ShareUntil.fill(lang, &[&formats::moment(end, lang)]),
    }
}

/// Shares with where each stands, in the list's order.
pub type Listed = Vec<(ShareRecord, Standing)>;

/// The client's shares in the order the list shows them: live ones first, then the
/// history, each newest first (as the records are kept).
pub fn arrange(
    records: &[ShareRecord],
    answer: impl Fn(&ShareRecord) -> RelayAnswer,
    now: Timestamp,
) -> (Listed, Listed) {
    records
        .iter()
        .map(|r| (r.clone(), Standing::of(r, answer(r), now)))
        .partition(|(_, s)| s.is_live())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectionKey;

    const MIN: i64 = 60_000;
    /// 2026-12-02 12:00 UTC; the offset below makes it 13:00 in Amsterdam.
    const NOON: i64 = 1_796_212_800_000;
    const AMSTERDAM: i32 = 60;

    fn record(id: &str, expires: i64) -> ShareRecord {
        ShareRecord {
            id: id.into(),
            revoke_token: "t".into(),
            recipient: "Anna".into(),
            sections: vec![SectionKey::Story],
            created: Timestamp(NOON - 60 * MIN),
            expires: Timestamp(expires),
            max_opens: None,
            revoked: false,
            revoked_at: None,
            code: None,
            starts: None,
            reply_key: None,
            log_key: None,
            decided: Vec::new(),
            link_key: None,
            purpose: None,
        }
    }

    fn words(s: Standing, lang: Lang) -> String {
        s.words(Timestamp(NOON), &|_| AMSTERDAM, lang)
    }

    fn active() -> RelayAnswer {
        RelayAnswer::State(ShareState::Active)
    }

    #[test]
    fn only_a_share_whose_link_still_opens_can_be_shown_again() {
        let now = Timestamp(NOON);
        let live = record("a", NOON + 45 * MIN);
        assert!(Standing::of(&live, active(), now).can_show_again());
        assert!(Standing::of(&live, RelayAnswer::NoAnswer, now).can_show_again());
        for relay in [
            RelayAnswer::State(ShareState::Exhausted),
            RelayAnswer::State(ShareState::Revoked),
            RelayAnswer::State(ShareState::Blocked),
            RelayAnswer::State(ShareState::Expired),
            RelayAnswer::Gone,
        ] {
            assert!(
                !Standing::of(&live, relay, now).can_show_again(),
                "{relay:?}"
            );
        }
        let mut stopped = live.clone();
        stopped.revoked = true;
        assert!(!Standing::of(&stopped, active(), now).can_show_again());
        let past = record("b", NOON - MIN);
        assert!(!Standing::of(&past, active(), now).can_show_again());
    }

    #[test]
    fn a_live_share_counts_minutes_then_names_its_end() {
        let now = Timestamp(NOON);
        let soon = Standing::of(&record("a", NOON + 45 * MIN), active(), now);
        assert_eq!(soon.key(), "active");
        assert_eq!(words(soon, Lang::Nl), "Nog 45 minuten");
        assert_eq!(words(soon, Lang::En), "45 minutes left");
        let one = Standing::of(&record("a", NOON + 30_000), active(), now);
        assert_eq!(words(one, Lang::Nl), "Nog 1 minuut");
        let tonight = Standing::of(&record("a", NOON + (9 * 60 + 50) * MIN), active(), now);
        assert_eq!(words(tonight, Lang::Nl), "Tot 22:50");
        let tomorrow = Standing::of(&record("a", NOON + 21 * 60 * MIN), active(), now);
        assert_eq!(words(tomorrow, Lang::Nl), "Tot morgen 10:00");
        assert_eq!(words(tomorrow, Lang::En), "Until tomorrow 10:00");
        let later = Standing::of(&record("a", NOON + 45 * 60 * MIN), active(), now);
        assert_eq!(words(later, Lang::Nl), "Tot 4-12-2026 10:00");
    }

    #[test]
    fn a_stopped_share_says_when_and_nothing_about_time_left() {
        let now = Timestamp(NOON);
        let mut r = record("a", NOON + 60 * MIN);
        r.revoked = true;
        r.revoked_at = Some(Timestamp(NOON + 62 * MIN - 60 * MIN));
        let s = Standing::of(&r, active(), now);
        assert_eq!(s.key(), "revoked");
        assert!(!s.is_live());
        let nl = words(s, Lang::Nl);
        assert_eq!(nl, "Gestopt om 13:02");
        assert!(!nl.contains("Tot") && !nl.contains("nog"), "{nl}");
        assert_eq!(words(s, Lang::En), "Stopped at 13:02");
        r.revoked_at = Some(Timestamp(NOON - 24 * 60 * MIN));
        assert_eq!(
            words(Standing::of(&r, active(), now), Lang::Nl),
            "Gestopt op 1-12-2026 om 13:00"
        );
        // A record from before the moment was kept, or one stopped elsewhere.
        r.revoked_at = None;
        assert_eq!(words(Standing::of(&r, active(), now), Lang::Nl), "Gestopt");
        let elsewhere = Standing::of(&record("b", NOON + MIN), RelayAnswer::Gone, now);
        assert_eq!(elsewhere, Standing::Stopped { at: None });
        let by_relay = Standing::of(
            &record("b", NOON + MIN),
            RelayAnswer::State(ShareState::Revoked),
            now,
        );
        assert_eq!(by_relay.key(), "revoked");
    }

    #[test]
    fn expired_used_up_and_blocked_each_say_one_thing() {
        let now = Timestamp(NOON);
        let past = record("a", NOON - MIN);
        for answer in [
            active(),
            RelayAnswer::Gone,
            RelayAnswer::NoAnswer,
            RelayAnswer::State(ShareState::Exhausted),
            RelayAnswer::State(ShareState::Expired),
        ] {
            let s = Standing::of(&past, answer, now);
            assert_eq!(
                (s.key(), words(s, Lang::Nl).as_str()),
                ("expired", "Verlopen")
            );
            assert!(!s.is_live());
        }
        let used = Standing::of(
            &record("a", NOON + MIN),
            RelayAnswer::State(ShareState::Exhausted),
            now,
        );
        assert_eq!(used.key(), "exhausted");
        assert!(
            used.is_live(),
            "a viewer may still show it, so it can be stopped"
        );
        assert_eq!(words(used, Lang::Nl), "Opgebruikt");
        let blocked = Standing::of(
            &record("a", NOON + MIN),
            RelayAnswer::State(ShareState::Blocked),
            now,
        );
        assert_eq!(blocked.key(), "blocked");
        assert!(!blocked.is_live());
        assert_eq!(
            words(blocked, Lang::Nl),
            "Geblokkeerd na 5 foute spreekcodes"
        );
        assert_eq!(
            words(blocked, Lang::En),
            "Blocked after 5 wrong spoken codes"
        );
    }

    #[test]
    fn without_an_answer_the_list_says_so_and_keeps_it_stoppable() {
        let s = Standing::of(
            &record("a", NOON + 45 * MIN),
            RelayAnswer::NoAnswer,
            Timestamp(NOON),
        );
        assert_eq!(s.key(), "active");
        assert!(s.is_live());
        assert_eq!(
            words(s, Lang::Nl),
            "Nog 45 minuten (status onbekend: geen verbinding)"
        );
    }

    #[test]
    fn live_shares_come_first_and_ended_ones_form_the_history() {
        let mut stopped = record("stopped", NOON + 60 * MIN);
        stopped.revoked = true;
        let records = vec![
            record("new", NOON + 60 * MIN),
            stopped,
            record("expired", NOON - MIN),
            record("used", NOON + 60 * MIN),
            record("blocked", NOON + 60 * MIN),
            record("old", NOON + 90 * MIN),
        ];
        let (live, history) = arrange(
            &records,
            |r| match r.id.as_str() {
                "used" => RelayAnswer::State(ShareState::Exhausted),
                "blocked" => RelayAnswer::State(ShareState::Blocked),
                _ => active(),
            },
            Timestamp(NOON),
        );
        let ids =
            |v: &[(ShareRecord, Standing)]| v.iter().map(|(r, _)| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&live), ["new", "used", "old"]);
        assert_eq!(ids(&history), ["stopped", "expired", "blocked"]);
    }
}
