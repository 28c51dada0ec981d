//! The rules behind the editors of lists (network, support, health, journal): reading what was
//! typed into a form, checking one entry, and putting it in its list.
//!
//! A form is checked as a whole when the person saves it: every mistake is named in plain
//! words from the catalogue, and nothing is stored until the entry keeps every rule.

use crate::catalogue::Text;
use crate::model::{
    Allergy, Application, CareProvider, Condition, Contact, CurrentHelp, Date, Decision, EntryId,
    Health, Journal, JournalEntry, Medication, Network, Problem, Support, ValidationError,
};

/// Something wrong with what was typed into a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mistake {
    /// A field that must be filled in is empty. The field is the JSON key.
    Required(&'static str),
    /// A date that does not exist (such as 30 February) or is not a date at all.
    BadDate(&'static str),
    /// An end date before its start date.
    EndsBeforeStart {
        start: &'static str,
        end: &'static str,
    },
    /// A time that is not `HH:MM`.
    BadTime,
    /// An amount of money that cannot be read. The field is the JSON key.
    BadAmount(&'static str),
    /// Any other rule of the dossier.
    Other,
}

impl Mistake {
    /// The sentence that tells the person what to do.
    pub fn text(self) -> Text {
        match self {
            Mistake::Required("name") => Text::ErrNeedName,
            Mistake::Required("what") => Text::ErrNeedWhat,
            Mistake::Required("where") => Text::ErrNeedWhere,
            Mistake::Required("decision_date") => Text::ErrNeedDecisionDate,
            Mistake::Required("date") => Text::ErrNeedDate,
            Mistake::Required("title") => Text::ErrNeedTitleOrText,
            Mistake::Required("creditor") => Text::ErrNeedCreditor,
            Mistake::Required("amount" | "monthly") => Text::ErrNeedAmount,
            Mistake::Required(_) => Text::ErrNeedField,
            Mistake::BadDate(_) => Text::ErrInvalidDate,
            Mistake::EndsBeforeStart {
                end: "objection_deadline",
                ..
            } => Text::ErrObjectionBeforeDecision,
            Mistake::EndsBeforeStart {
                end: "expected", ..
            } => Text::ErrExpectedBeforeApplied,
            Mistake::EndsBeforeStart { end: "ends", .. } => Text::ErrLastPaymentBeforeNext,
            Mistake::EndsBeforeStart { .. } => Text::ErrEndBeforeStart,
            Mistake::BadTime => Text::ErrBadTime,
            Mistake::BadAmount(_) => Text::ErrBadAmount,
            Mistake::Other => Text::ErrEntryRule,
        }
    }
}

impl From<&Problem> for Mistake {
    fn from(problem: &Problem) -> Mistake {
        match problem {
            Problem::Required { field } => Mistake::Required(field),
            Problem::EndsBeforeStart { start, end } => Mistake::EndsBeforeStart { start, end },
            Problem::BadTime => Mistake::BadTime,
            Problem::BadAmount { field } => Mistake::BadAmount(field),
            _ => Mistake::Other,
        }
    }
}

/// What a date field holds: empty is `None`; anything else must be a real `YYYY-MM-DD` date.
pub fn read_date(field: &'static str, text: &str) -> Result<Option<Date>, Mistake> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text)
        .map(Some)
        .map_err(|_| Mistake::BadDate(field))
}

/// Like [`read_date`], for a date that must be there.
pub fn read_required_date(field: &'static str, text: &str) -> Result<Date, Mistake> {
    read_date(field, text)?.ok_or(Mistake::Required(field))
}

/// What a time field holds: empty is `None`; otherwise `HH:MM`.
pub fn read_time(text: &str) -> Result<Option<String>, Mistake> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else if crate::model::is_valid_time(text) {
        Ok(Some(text.to_owned()))
    } else {
        Err(Mistake::BadTime)
    }
}

/// Six weeks from the day after the decision, past a weekend or holiday: what the form
/// suggests for the objection deadline.
pub fn default_objection_deadline(decision_date: Date) -> Date {
    crate::model::objection_deadline(decision_date)
}

/// What to store for the objection deadline: nothing when it is the legal default, so the
/// dossier keeps saying it was calculated.
pub fn objection_deadline_to_store(decision_date: Date, entered: Option<Date>) -> Option<Date> {
    entered.filter(|&deadline| deadline != default_objection_deadline(decision_date))
}

pub(crate) fn mistakes(result: Result<(), Vec<ValidationError>>) -> Result<(), Vec<Mistake>> {
    result.map_err(|errors| {
        let mut found: Vec<Mistake> = Vec::new();
        for error in &errors {
            let mistake = Mistake::from(&error.problem);
            if !found.contains(&mistake) {
                found.push(mistake);
            }
        }
        found
    })
}

/// The rules of one contact (the rules of the list, applied to a list of one).
pub fn check_contact(contact: &Contact) -> Result<(), Vec<Mistake>> {
    mistakes(
        Network {
            contacts: vec![contact.clone()],
        }
        .validate(),
    )
}

pub fn check_help(help: &CurrentHelp) -> Result<(), Vec<Mistake>> {
    mistakes(
        Support {
            help: vec![help.clone()],
            ..Support::default()
        }
        .validate(),
    )
}

pub fn check_application(application: &Application) -> Result<(), Vec<Mistake>> {
    mistakes(
        Support {
            applications: vec![application.clone()],
            ..Support::default()
        }
        .validate(),
    )
}

pub fn check_decision(decision: &Decision) -> Result<(), Vec<Mistake>> {
    mistakes(
        Support {
            decisions: vec![decision.clone()],
            ..Support::default()
        }
        .validate(),
    )
}

pub fn check_condition(condition: &Condition) -> Result<(), Vec<Mistake>> {
    mistakes(
        Health {
            conditions: vec![condition.clone()],
            ..Health::default()
        }
        .validate(),
    )
}

pub fn check_medication(medication: &Medication) -> Result<(), Vec<Mistake>> {
    mistakes(
        Health {
            medication: vec![medication.clone()],
            ..Health::default()
        }
        .validate(),
    )
}

pub fn check_allergy(allergy: &Allergy) -> Result<(), Vec<Mistake>> {
    mistakes(
        Health {
            allergies: vec![allergy.clone()],
            ..Health::default()
        }
        .validate(),
    )
}

pub fn check_provider(provider: &CareProvider) -> Result<(), Vec<Mistake>> {
    mistakes(
        Health {
            providers: vec![provider.clone()],
            ..Health::default()
        }
        .validate(),
    )
}

pub fn check_journal_entry(entry: &JournalEntry) -> Result<(), Vec<Mistake>> {
    mistakes(
        Journal {
            entries: vec![entry.clone()],
        }
        .validate(),
    )
}

/// Replaces the entry with the same id, or adds it at the end.
pub fn upsert<T>(list: &mut Vec<T>, id_of: impl Fn(&T) -> &EntryId, entry: T) {
    match list.iter().position(|old| id_of(old) == id_of(&entry)) {
        Some(at) => list[at] = entry,
        None => list.push(entry),
    }
}

/// Removes the entry with `id`; true when there was one.
pub fn remove<T>(list: &mut Vec<T>, id_of: impl Fn(&T) -> &EntryId, id: &EntryId) -> bool {
    let before = list.len();
    list.retain(|entry| id_of(entry) != id);
    list.len() != before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;
    use crate::model::{ApplicationStatus, JournalKind};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn contact(name: &str) -> Contact {
        Contact::named(EntryId::new("c"), name)
    }

    #[test]
    fn impossible_and_malformed_dates_are_refused() {
        for bad in [
            "2023-02-29",
            "2024-02-30",
            "2024-13-01",
            "2024-04-31",
            "31-12-2024",
            "morgen",
        ] {
            assert_eq!(
                read_date("since", bad),
                Err(Mistake::BadDate("since")),
                "{bad}"
            );
        }
        assert_eq!(read_date("since", ""), Ok(None));
        assert_eq!(
            read_date("since", " 2024-02-29 "),
            Ok(Some(date("2024-02-29")))
        );
        assert_eq!(
            read_required_date("decision_date", " "),
            Err(Mistake::Required("decision_date"))
        );
        assert_eq!(Mistake::BadDate("since").text(), Text::ErrInvalidDate);
    }

    #[test]
    fn times_must_be_hours_and_minutes() {
        assert_eq!(read_time(""), Ok(None));
        assert_eq!(read_time("09:05"), Ok(Some("09:05".into())));
        for bad in ["24:00", "9:05", "12:60", "noon", "12.30"] {
            assert_eq!(read_time(bad), Err(Mistake::BadTime), "{bad}");
        }
    }

    #[test]
    fn empty_required_fields_are_named() {
        assert_eq!(
            check_contact(&contact(" \n")),
            Err(vec![Mistake::Required("name")])
        );
        assert_eq!(check_contact(&contact("Fatima")), Ok(()));
        let medication = Medication {
            id: EntryId::new("m"),
            name: String::new(),
            dose: "10 mg".into(),
            when: String::new(),
        };
        assert_eq!(
            check_medication(&medication),
            Err(vec![Mistake::Required("name")])
        );
        let help = CurrentHelp {
            id: EntryId::new("h"),
            what: "\t".into(),
            provider: "Wijkteam".into(),
            since: None,
            note: String::new(),
        };
        assert_eq!(check_help(&help), Err(vec![Mistake::Required("what")]));
        let note = JournalEntry {
            id: EntryId::new("j"),
            kind: JournalKind::Note,
            date: date("2024-01-01"),
            time: Some("25:00".into()),
            title: String::new(),
            text: " ".into(),
            private: false,
        };
        assert_eq!(
            check_journal_entry(&note),
            Err(vec![Mistake::Required("title"), Mistake::BadTime])
        );
        assert_eq!(Mistake::Required("title").text(), Text::ErrNeedTitleOrText);
        // An appointment may be only who it is with.
        let appointment = JournalEntry {
            kind: JournalKind::Appointment {
                with_whom: "Huisarts".into(),
                place: String::new(),
            },
            time: Some("09:00".into()),
            ..note
        };
        assert_eq!(check_journal_entry(&appointment), Ok(()));
    }

    #[test]
    fn end_dates_before_start_dates_are_refused() {
        let mut decision = Decision {
            id: EntryId::new("d"),
            what: "Wmo".into(),
            issuer: String::new(),
            decision_date: date("2024-03-01"),
            valid_from: Some(date("2024-04-01")),
            valid_until: Some(date("2024-03-31")),
            objection_deadline: Some(date("2024-02-28")),
            note: String::new(),
        };
        let found = check_decision(&decision).unwrap_err();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].text(), Text::ErrEndBeforeStart);
        assert_eq!(found[1].text(), Text::ErrObjectionBeforeDecision);
        decision.valid_until = Some(date("2024-04-01"));
        decision.objection_deadline = None;
        assert_eq!(check_decision(&decision), Ok(()));

        let mut application = Application {
            id: EntryId::new("a"),
            where_: "Woningnet".into(),
            what: String::new(),
            applied_on: Some(date("2024-03-01")),
            procedure: Default::default(),
            status: ApplicationStatus::WaitingList,
            expected: Some(date("2024-02-01")),
            note: String::new(),
        };
        let found = check_application(&application).unwrap_err();
        assert_eq!(found[0].text(), Text::ErrExpectedBeforeApplied);
        application.expected = Some(date("2024-03-01"));
        assert_eq!(check_application(&application), Ok(()));
    }

    #[test]
    fn objection_deadline_defaults_to_six_weeks_and_stays_default() {
        let decided = date("2024-01-10");
        assert_eq!(default_objection_deadline(decided), date("2024-02-21"));
        assert_eq!(
            objection_deadline_to_store(decided, Some(date("2024-02-21"))),
            None
        );
        assert_eq!(
            objection_deadline_to_store(decided, Some(date("2024-03-01"))),
            Some(date("2024-03-01"))
        );
        assert_eq!(objection_deadline_to_store(decided, None), None);
    }

    #[test]
    fn html_and_script_are_kept_as_typed() {
        let typed = "<img src=x onerror=alert(1)><script>alert('x')</script>";
        let c = contact(typed);
        assert_eq!(check_contact(&c), Ok(()));
        let mut list = vec![];
        upsert(&mut list, |c: &Contact| &c.id, c);
        assert_eq!(list[0].name, typed);
    }

    #[test]
    fn upsert_replaces_or_adds_and_remove_removes() {
        let mut list = vec![contact("Fatima")];
        upsert(&mut list, |c| &c.id, contact("Fatima B."));
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].name, "Fatima B.");
        let mut other = contact("Kees");
        other.id = EntryId::new("k");
        upsert(&mut list, |c| &c.id, other);
        assert_eq!(list.len(), 2);
        assert!(remove(&mut list, |c| &c.id, &EntryId::new("c")));
        assert!(!remove(&mut list, |c| &c.id, &EntryId::new("c")));
        assert_eq!(list[0].name, "Kees");
    }

    #[test]
    fn every_mistake_has_a_sentence_in_both_languages() {
        let all = [
            Mistake::Required("name"),
            Mistake::Required("what"),
            Mistake::Required("where"),
            Mistake::Required("decision_date"),
            Mistake::Required("date"),
            Mistake::Required("title"),
            Mistake::Required("other"),
            Mistake::BadDate("x"),
            Mistake::EndsBeforeStart {
                start: "valid_from",
                end: "valid_until",
            },
            Mistake::BadTime,
            Mistake::Other,
        ];
        for mistake in all {
            for lang in Lang::ALL {
                assert!(!mistake.text().get(lang).is_empty());
            }
        }
    }
}
