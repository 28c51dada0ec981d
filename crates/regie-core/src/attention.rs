//! What needs the client's attention now: the list on the home screen.
//!
//! Worked out from the dossier and the date of today, which the caller passes in, so every
//! rule is tested without a clock.

use crate::model::{Date, Dossier, EntryId, JournalKind, Owner, SectionKey};
use crate::sorting::sort_by;

/// Appointments from today up to this many days ahead are shown.
pub const APPOINTMENT_DAYS: i64 = 14;
/// Open agreements due within this many days (or already late) are shown.
pub const AGREEMENT_DAYS: i64 = 7;
/// Decisions in force that end within eight weeks: time to ask for a renewal.
pub const DECISION_ENDING_DAYS: i64 = 56;
/// Objection deadlines within two weeks.
pub const OBJECTION_DAYS: i64 = 14;

/// Why an item is on the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttentionKind {
    /// An appointment today or soon.
    Appointment,
    /// An open agreement whose due date has passed.
    AgreementOverdue,
    /// An open agreement due soon.
    AgreementDue,
    /// A decision that ends soon.
    DecisionEnding,
    /// The last day to object to a decision is near.
    ObjectionDeadline,
    /// A payment of an arrangement is due within a week.
    PaymentDue,
    /// A debt is with a bailiff: shown for as long as it is.
    DebtAtBailiff,
    /// An arrangement's last payment is within a month.
    ArrangementEnds,
}

impl AttentionKind {
    /// A stable name for tests and styling.
    pub fn key(self) -> &'static str {
        match self {
            AttentionKind::Appointment => "appointment",
            AttentionKind::AgreementOverdue => "agreement-overdue",
            AttentionKind::AgreementDue => "agreement-due",
            AttentionKind::DecisionEnding => "decision-ending",
            AttentionKind::ObjectionDeadline => "objection-deadline",
            AttentionKind::PaymentDue => "payment-due",
            AttentionKind::DebtAtBailiff => "debt-bailiff",
            AttentionKind::ArrangementEnds => "arrangement-ends",
        }
    }
}

/// One thing to look at, pointing at the entry it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttentionItem {
    pub kind: AttentionKind,
    pub section: SectionKey,
    pub entry: EntryId,
    /// The day it is about: the appointment, the due date, the last valid day, the deadline.
    pub date: Date,
    /// `HH:MM` for an appointment with a time.
    pub time: Option<String>,
    /// What it is, in the client's words (trimmed).
    pub title: String,
    /// With whom, where, or who decided; may be empty.
    pub detail: String,
    /// Days from today to `date`; negative when it has passed.
    pub days: i64,
    /// Who does it, for an agreement: the start screen says whose task is late.
    pub owner: Option<Owner>,
}

/// Everything that needs attention on `today`: late agreements first, then by date (and
/// time), so the most pressing item is on top.
pub fn attention(dossier: &Dossier, today: Date) -> Vec<AttentionItem> {
    let mut items = Vec::new();
    let within = |date: Date, days: i64| (0..=days).contains(&today.days_until(date));

    for entry in &dossier.journal.entries {
        if let JournalKind::Appointment { with_whom, place } = &entry.kind {
            if within(entry.date, APPOINTMENT_DAYS) {
                let title = if entry.title.trim().is_empty() {
                    with_whom.trim()
                } else {
                    entry.title.trim()
                };
                items.push(AttentionItem {
                    kind: AttentionKind::Appointment,
                    section: SectionKey::Journal,
                    entry: entry.id.clone(),
                    date: entry.date,
                    time: entry.time.clone(),
                    title: title.to_owned(),
                    detail: join(&[with_whom, place]),
                    days: today.days_until(entry.date),
                    owner: None,
                });
            }
        }
    }

    for goal in &dossier.goals.goals {
        for agreement in goal.open_agreements() {
            let Some(due) = agreement.due else { continue };
            let kind = if agreement.is_overdue(today) {
                AttentionKind::AgreementOverdue
            } else if within(due, AGREEMENT_DAYS) {
                AttentionKind::AgreementDue
            } else {
                continue;
            };
            items.push(AttentionItem {
                kind,
                section: SectionKey::Goals,
                entry: agreement.id.clone(),
                date: due,
                time: None,
                title: agreement.what.trim().to_owned(),
                detail: goal.title.trim().to_owned(),
                days: today.days_until(due),
                owner: Some(agreement.owner.clone()),
            });
        }
    }

    for decision in &dossier.support.decisions {
        // A decision can need attention twice: it ends, and its objection deadline nears.
        let about = |kind, date| AttentionItem {
            kind,
            section: SectionKey::Support,
            entry: decision.id.clone(),
            date,
            time: None,
            title: decision.what.trim().to_owned(),
            detail: decision.issuer.trim().to_owned(),
            days: today.days_until(date),
            owner: None,
        };
        if let Some(until) = decision.valid_until {
            if decision.is_valid_on(today) && within(until, DECISION_ENDING_DAYS) {
                items.push(about(AttentionKind::DecisionEnding, until));
            }
        }
        let deadline = decision.objection_deadline_or_default();
        if within(deadline, OBJECTION_DAYS) {
            items.push(about(AttentionKind::ObjectionDeadline, deadline));
        }
    }

    money_items(dossier, today, &mut items);

    sort_by(&mut items, |a, b| {
        let late = |item: &AttentionItem| item.kind != AttentionKind::AgreementOverdue;
        (late(a), a.date, a.time.as_deref()).cmp(&(late(b), b.date, b.time.as_deref()))
    });
    items
}

/// Payments due within a week, debts with a bailiff (dated today, so they stay near the top)
/// and arrangements whose last payment is within a month.
fn money_items(dossier: &Dossier, today: Date, items: &mut Vec<AttentionItem>) {
    use crate::model::DebtStatus;
    use crate::money::{ARRANGEMENT_ENDING_DAYS, PAYMENT_DAYS};
    let money = &dossier.money;
    let item = |kind, entry: &EntryId, date: Date, title: &str, detail: String| AttentionItem {
        kind,
        section: SectionKey::Money,
        entry: entry.clone(),
        date,
        time: None,
        title: title.trim().to_owned(),
        detail,
        days: today.days_until(date),
        owner: None,
    };
    for debt in &money.debts {
        if debt.status == DebtStatus::Bailiff {
            let detail = debt.reference.trim().to_owned();
            items.push(item(
                AttentionKind::DebtAtBailiff,
                &debt.id,
                today,
                &debt.creditor,
                detail,
            ));
        }
    }
    for arrangement in &money.arrangements {
        let creditor = money.creditor_of(arrangement);
        let amount = arrangement.monthly.shown();
        if let Some(due) = arrangement.next_due(today) {
            if (0..=PAYMENT_DAYS).contains(&today.days_until(due)) {
                items.push(item(
                    AttentionKind::PaymentDue,
                    &arrangement.id,
                    due,
                    creditor,
                    amount.clone(),
                ));
            }
        }
        if let Some(ends) = arrangement.ends {
            if (0..=ARRANGEMENT_ENDING_DAYS).contains(&today.days_until(ends)) {
                items.push(item(
                    AttentionKind::ArrangementEnds,
                    &arrangement.id,
                    ends,
                    creditor,
                    amount,
                ));
            }
        }
    }
}

fn join(parts: &[&String]) -> String {
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

mod words;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Agreement, AgreementStatus, Decision, Goal, JournalEntry, Owner, OBJECTION_PERIOD_DAYS,
    };

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn appointment(id: &str, on: &str, time: Option<&str>) -> JournalEntry {
        JournalEntry {
            id: EntryId::new(id),
            kind: JournalKind::Appointment {
                with_whom: "Sanne, wijkteam".into(),
                place: " Buurthuis ".into(),
            },
            date: date(on),
            time: time.map(Into::into),
            title: String::new(),
            text: String::new(),
            private: false,
        }
    }

    fn note(id: &str, on: &str) -> JournalEntry {
        JournalEntry {
            id: EntryId::new(id),
            kind: JournalKind::Note,
            date: date(on),
            time: None,
            title: "Notitie".into(),
            text: String::new(),
            private: false,
        }
    }

    fn agreement(id: &str, due: Option<&str>, status: AgreementStatus) -> Agreement {
        Agreement {
            id: EntryId::new(id),
            what: format!("afspraak {id}"),
            owner: Owner::Me,
            due: due.map(date),
            status,
        }
    }

    fn decision(id: &str, decided: &str, until: Option<&str>) -> Decision {
        Decision {
            id: EntryId::new(id),
            what: "Wmo".into(),
            issuer: "Gemeente".into(),
            decision_date: date(decided),
            valid_from: None,
            valid_until: until.map(date),
            objection_deadline: None,
            note: String::new(),
        }
    }

    fn ids(items: &[AttentionItem]) -> Vec<(&str, AttentionKind)> {
        items
            .iter()
            .map(|item| (item.entry.as_str(), item.kind))
            .collect()
    }

    #[test]
    fn an_empty_dossier_needs_nothing() {
        assert!(attention(&Dossier::new(), date("2024-05-01")).is_empty());
    }

    #[test]
    fn appointments_from_today_to_two_weeks_ahead_soonest_first() {
        let mut dossier = Dossier::new();
        dossier.journal.entries = vec![
            appointment("past", "2024-04-30", None),
            appointment("later", "2024-05-15", None),
            appointment("too-far", "2024-05-16", None),
            appointment("today-late", "2024-05-01", Some("15:00")),
            appointment("today-early", "2024-05-01", Some("09:30")),
            note("note", "2024-05-02"),
        ];
        let items = attention(&dossier, date("2024-05-01"));
        assert_eq!(
            ids(&items),
            [
                ("today-early", AttentionKind::Appointment),
                ("today-late", AttentionKind::Appointment),
                ("later", AttentionKind::Appointment),
            ]
        );
        assert_eq!(items[0].section, SectionKey::Journal);
        assert_eq!(items[0].title, "Sanne, wijkteam");
        assert_eq!(items[0].detail, "Sanne, wijkteam, Buurthuis");
        assert_eq!(items[0].time.as_deref(), Some("09:30"));
        assert_eq!(items[2].days, 14);
    }

    #[test]
    fn agreements_overdue_first_then_due_within_a_week() {
        let mut dossier = Dossier::new();
        dossier.goals.goals = vec![Goal {
            id: EntryId::new("g"),
            title: " Schulden ".into(),
            description: String::new(),
            created: None,
            agreements: vec![
                agreement("due-soon", Some("2024-05-08"), AgreementStatus::Open),
                agreement("due-later", Some("2024-05-09"), AgreementStatus::Open),
                agreement("late", Some("2024-04-30"), AgreementStatus::Open),
                agreement("done-late", Some("2024-04-01"), AgreementStatus::Done),
                agreement("undated", None, AgreementStatus::Open),
                agreement("today", Some("2024-05-01"), AgreementStatus::Open),
            ],
        }];
        dossier.journal.entries = vec![appointment("a", "2024-05-02", None)];
        let items = attention(&dossier, date("2024-05-01"));
        assert_eq!(
            ids(&items),
            [
                ("late", AttentionKind::AgreementOverdue),
                ("today", AttentionKind::AgreementDue),
                ("a", AttentionKind::Appointment),
                ("due-soon", AttentionKind::AgreementDue),
            ]
        );
        assert_eq!(items[0].section, SectionKey::Goals);
        assert_eq!(items[0].detail, "Schulden");
        assert_eq!(items[0].days, -1);
    }

    #[test]
    fn decisions_ending_within_eight_weeks_and_objections_within_two() {
        let today = date("2024-05-01");
        let mut dossier = Dossier::new();
        let mut not_yet = decision("not-yet-valid", "2024-01-01", Some("2024-06-01"));
        not_yet.valid_from = Some(date("2024-05-10"));
        let mut letter = decision("letter", "2024-04-01", None);
        letter.objection_deadline = Some(date("2024-05-03"));
        dossier.support.decisions = vec![
            decision("ends-in-8-weeks", "2023-01-01", Some("2024-06-26")),
            decision("ends-later", "2023-01-01", Some("2024-06-27")),
            decision("ended", "2023-01-01", Some("2024-04-30")),
            not_yet,
            // Decided 30 days ago: the default deadline is 12 days away.
            decision("fresh", "2024-04-01", None),
            // Decided 28 days before today's two weeks: deadline today + 14.
            decision("edge", "2024-04-03", None),
            decision("objection-passed", "2024-03-01", None),
            letter,
        ];
        let items = attention(&dossier, today);
        assert_eq!(
            ids(&items),
            [
                ("letter", AttentionKind::ObjectionDeadline),
                ("fresh", AttentionKind::ObjectionDeadline),
                ("edge", AttentionKind::ObjectionDeadline),
                ("ends-in-8-weeks", AttentionKind::DecisionEnding),
            ]
        );
        assert_eq!(
            items[1].date,
            date("2024-04-01").add_days(OBJECTION_PERIOD_DAYS)
        );
        assert_eq!(items[1].days, 12);
        assert!(items.iter().all(|item| item.section == SectionKey::Support));
    }

    #[test]
    fn handles_five_hundred_journal_entries() {
        let mut dossier = Dossier::new();
        let start = date("2023-01-01");
        dossier.journal.entries = (0..500)
            .map(|i| {
                let on = start.add_days(i).to_string();
                if i % 2 == 0 {
                    appointment(&format!("a{i}"), &on, Some("10:00"))
                } else {
                    note(&format!("n{i}"), &on)
                }
            })
            .collect();
        let today = start.add_days(480);
        let items = attention(&dossier, today);
        // Days 480 to 494 hold eight even days (480, 482, ..., 494).
        assert_eq!(items.len(), 8);
        assert!(items.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
