//! Hulp en aanvragen: the help the client gets now, what they applied for, and the decisions
//! (beschikkingen) with their validity and objection deadline.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::workdays::term_end;
use super::{Date, EntryId, Problem, SectionKey, ValidationError};
use crate::sorting::sort_by_key;

/// The objection period of the Algemene wet bestuursrecht (art. 6:7): six weeks.
pub const OBJECTION_PERIOD_DAYS: i32 = 42;

/// The last day to object: six weeks from the day after the decision was made known
/// (Awb art. 6:7 and 6:8), moved to the next working day by the Algemene termijnenwet.
pub fn objection_deadline(made_known: Date) -> Date {
    term_end(made_known, OBJECTION_PERIOD_DAYS)
}

/// Which legal procedure an application is, so the law's deadlines can be worked out from
/// the day it started (see `crate::deadlines`). Earlier dossiers have none: `Other`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    /// A melding under the Wmo 2015: the municipality investigates first.
    WmoReport,
    /// An aanvraag under the Wmo 2015, after the investigation.
    WmoApplication,
    /// A request for debt help (Wet gemeentelijke schuldhulpverlening).
    DebtHelp,
    /// Debt help while eviction, being cut off from energy or water, or losing the health
    /// insurance threatens.
    DebtHelpThreat,
    /// An application for bijstand (Participatiewet).
    SocialAssistance,
    #[default]
    Other,
}

impl Procedure {
    /// In the order the form offers them.
    pub const ALL: [Procedure; 6] = [
        Procedure::WmoReport,
        Procedure::WmoApplication,
        Procedure::DebtHelp,
        Procedure::DebtHelpThreat,
        Procedure::SocialAssistance,
        Procedure::Other,
    ];

    /// The stored name, also the form's option value.
    pub fn key(self) -> &'static str {
        match self {
            Procedure::WmoReport => "wmo_report",
            Procedure::WmoApplication => "wmo_application",
            Procedure::DebtHelp => "debt_help",
            Procedure::DebtHelpThreat => "debt_help_threat",
            Procedure::SocialAssistance => "social_assistance",
            Procedure::Other => "other",
        }
    }

    /// The procedure named `key`; anything else is `Other`.
    pub fn from_key(key: &str) -> Procedure {
        Procedure::ALL
            .into_iter()
            .find(|procedure| procedure.key() == key)
            .unwrap_or_default()
    }

    pub fn is_other(&self) -> bool {
        *self == Procedure::Other
    }
}

/// Help the client receives now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentHelp {
    pub id: EntryId,
    /// "Schuldhulpverlening", "ambulante begeleiding".
    #[serde(default)]
    pub what: String,
    /// The organisation or person giving it.
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub since: Option<Date>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    #[default]
    Applied,
    WaitingList,
    Granted,
    Refused,
    Withdrawn,
}

impl ApplicationStatus {
    /// Still waiting for an answer or a place.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Applied | ApplicationStatus::WaitingList
        )
    }
}

/// An application or a place on a waiting list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub id: EntryId,
    /// The organisation applied to; `where` is a Rust keyword, the JSON key is `where`.
    #[serde(rename = "where", default)]
    pub where_: String,
    #[serde(default)]
    pub what: String,
    /// The day it started: the melding, the aanvraag, the request for debt help.
    #[serde(default)]
    pub applied_on: Option<Date>,
    /// Which legal procedure, for its deadlines; absent in earlier dossiers.
    #[serde(default, skip_serializing_if = "Procedure::is_other")]
    pub procedure: Procedure,
    #[serde(default)]
    pub status: ApplicationStatus,
    /// When an answer or a place is expected.
    #[serde(default)]
    pub expected: Option<Date>,
    #[serde(default)]
    pub note: String,
}

/// A beschikking: a formal decision by a municipality, insurer or agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: EntryId,
    #[serde(default)]
    pub what: String,
    /// Who decided: "Gemeente Utrecht", "CAK".
    #[serde(default)]
    pub issuer: String,
    pub decision_date: Date,
    #[serde(default)]
    pub valid_from: Option<Date>,
    #[serde(default)]
    pub valid_until: Option<Date>,
    /// As printed on the letter; when absent the legal default applies.
    #[serde(default)]
    pub objection_deadline: Option<Date>,
    #[serde(default)]
    pub note: String,
}

impl Decision {
    /// The deadline on the letter, or the legal six weeks from the decision date (taken as
    /// the day it was made known), moved past a weekend or holiday.
    pub fn objection_deadline_or_default(&self) -> Date {
        self.objection_deadline
            .unwrap_or_else(|| objection_deadline(self.decision_date))
    }

    /// Objection is still possible today (the deadline day included).
    pub fn objection_open(&self, today: Date) -> bool {
        today <= self.objection_deadline_or_default()
    }

    /// In force on `today`; an open end means no limit on that side.
    pub fn is_valid_on(&self, today: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= today)
            && self.valid_until.is_none_or(|until| today <= until)
    }

    /// Days from `today` to the last valid day, negative once it has passed.
    pub fn days_until_expiry(&self, today: Date) -> Option<i64> {
        self.valid_until.map(|until| today.days_until(until))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Support {
    pub help: Vec<CurrentHelp>,
    pub applications: Vec<Application>,
    pub decisions: Vec<Decision>,
}

impl Support {
    /// Decisions in force today that end within `days` days, soonest first: time to ask for
    /// a renewal, which often takes longer than people expect.
    pub fn decisions_to_renew(&self, today: Date, days: i64) -> Vec<&Decision> {
        let mut due: Vec<&Decision> = self
            .decisions
            .iter()
            .filter(|decision| decision.is_valid_on(today))
            .filter(|decision| {
                decision
                    .days_until_expiry(today)
                    .is_some_and(|left| left <= days)
            })
            .collect();
        sort_by_key(&mut due, |decision| decision.valid_until);
        due
    }

    pub fn pending_applications(&self) -> impl Iterator<Item = &Application> {
        self.applications
            .iter()
            .filter(|application| application.status.is_pending())
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Support);
        for help in &self.help {
            report.entry(&help.id);
            report.require(Some(&help.id), "what", &help.what);
        }
        for application in &self.applications {
            report.entry(&application.id);
            report.require(Some(&application.id), "where", &application.where_);
            if let (Some(applied), Some(expected)) = (application.applied_on, application.expected)
            {
                if expected < applied {
                    let problem = Problem::EndsBeforeStart {
                        start: "applied_on",
                        end: "expected",
                    };
                    report.problem(Some(&application.id), problem);
                }
            }
        }
        for decision in &self.decisions {
            let id = Some(&decision.id);
            report.entry(&decision.id);
            report.require(id, "what", &decision.what);
            if let (Some(from), Some(until)) = (decision.valid_from, decision.valid_until) {
                if until < from {
                    let problem = Problem::EndsBeforeStart {
                        start: "valid_from",
                        end: "valid_until",
                    };
                    report.problem(id, problem);
                }
            }
            if decision
                .objection_deadline
                .is_some_and(|deadline| deadline < decision.decision_date)
            {
                let problem = Problem::EndsBeforeStart {
                    start: "decision_date",
                    end: "objection_deadline",
                };
                report.problem(id, problem);
            }
        }
        report.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn decision(id: &str, from: Option<&str>, until: Option<&str>) -> Decision {
        Decision {
            id: EntryId::new(id),
            what: "Huishoudelijke hulp (Wmo)".into(),
            issuer: "Gemeente Utrecht".into(),
            decision_date: date("2024-01-10"),
            valid_from: from.map(date),
            valid_until: until.map(date),
            objection_deadline: None,
            note: String::new(),
        }
    }

    #[test]
    fn objection_deadline_defaults_to_six_weeks() {
        let mut wmo = decision("d", None, None);
        assert_eq!(wmo.objection_deadline_or_default(), date("2024-02-21"));
        assert!(wmo.objection_open(date("2024-02-21")));
        assert!(!wmo.objection_open(date("2024-02-22")));
        wmo.objection_deadline = Some(date("2024-03-01"));
        assert_eq!(wmo.objection_deadline_or_default(), date("2024-03-01"));
    }

    #[test]
    fn validity_is_inclusive_and_open_ended() {
        let bounded = decision("d", Some("2024-02-01"), Some("2024-12-31"));
        assert!(!bounded.is_valid_on(date("2024-01-31")));
        assert!(bounded.is_valid_on(date("2024-02-01")));
        assert!(bounded.is_valid_on(date("2024-12-31")));
        assert!(!bounded.is_valid_on(date("2025-01-01")));
        assert_eq!(bounded.days_until_expiry(date("2024-12-01")), Some(30));
        assert!(decision("e", None, None).is_valid_on(date("2199-01-01")));
    }

    #[test]
    fn renewals_are_soonest_first() {
        let support = Support {
            decisions: vec![
                decision("late", None, Some("2024-06-30")),
                decision("soon", None, Some("2024-04-30")),
                decision("far", None, Some("2025-06-30")),
                decision("gone", None, Some("2024-03-01")),
                decision("open", None, None),
            ],
            ..Support::default()
        };
        let ids: Vec<&str> = support
            .decisions_to_renew(date("2024-04-01"), 90)
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(ids, ["soon", "late"]);
    }

    #[test]
    fn end_before_start_is_refused() {
        let mut support = Support {
            decisions: vec![decision("d", Some("2024-05-01"), Some("2024-04-30"))],
            ..Support::default()
        };
        let errors = support.validate().unwrap_err();
        assert_eq!(
            errors[0].problem,
            Problem::EndsBeforeStart {
                start: "valid_from",
                end: "valid_until"
            }
        );
        support.decisions[0].valid_until = Some(date("2024-05-01"));
        assert_eq!(support.validate(), Ok(()));
        support.decisions[0].objection_deadline = Some(date("2024-01-09"));
        let errors = support.validate().unwrap_err();
        assert_eq!(
            errors[0].problem,
            Problem::EndsBeforeStart {
                start: "decision_date",
                end: "objection_deadline"
            }
        );
    }

    #[test]
    fn required_fields_per_kind() {
        let support = Support {
            help: vec![CurrentHelp {
                id: EntryId::new("h"),
                what: String::new(),
                provider: "Buurtteam".into(),
                since: None,
                note: String::new(),
            }],
            applications: vec![
                serde_json::from_str(r#"{"id":"a","what":"Beschermd wonen"}"#).unwrap(),
            ],
            decisions: vec![Decision {
                what: " ".into(),
                ..decision("d", None, None)
            }],
        };
        let problems: Vec<Problem> = crate::model::validation::problems_of(support.validate());
        assert_eq!(
            problems,
            [
                Problem::Required { field: "what" },
                Problem::Required { field: "where" },
                Problem::Required { field: "what" },
            ]
        );
    }

    #[test]
    fn round_trips_with_where_as_the_key() {
        let support = Support {
            help: vec![],
            applications: vec![Application {
                id: EntryId::new("a"),
                where_: "Woningnet".into(),
                what: "Urgentie".into(),
                applied_on: Some(date("2023-11-01")),
                procedure: Procedure::Other,
                status: ApplicationStatus::WaitingList,
                expected: None,
                note: String::new(),
            }],
            decisions: vec![decision("d", Some("2024-02-01"), Some("2024-12-31"))],
        };
        let json = serde_json::to_value(&support).unwrap();
        assert_eq!(json["applications"][0]["where"], "Woningnet");
        assert_eq!(json["applications"][0]["status"], "waiting_list");
        assert_eq!(serde_json::from_value::<Support>(json).unwrap(), support);
        assert_eq!(support.pending_applications().count(), 1);
    }
}
