//! Doelen en afspraken: the client's goals and the agreements made to reach them, including
//! what professionals and relatives promised.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, SectionKey, ValidationError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: EntryId,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub created: Option<Date>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
}

impl Goal {
    /// The agreements still to be done.
    pub fn open_agreements(&self) -> impl Iterator<Item = &Agreement> {
        self.agreements
            .iter()
            .filter(|agreement| agreement.status == AgreementStatus::Open)
    }
}

/// Who does what by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: EntryId,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub owner: Owner,
    #[serde(default)]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: AgreementStatus,
}

impl Agreement {
    /// Still open and its due date has passed (the due day itself is not late yet).
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status == AgreementStatus::Open && self.due.is_some_and(|due| due < today)
    }
}

/// Who made the promise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Owner {
    #[default]
    Me,
    /// A relative, friend or neighbour from the client's network.
    Network { name: String },
    Professional {
        name: String,
        #[serde(default)]
        organisation: String,
    },
}

impl Owner {
    pub fn is_me(&self) -> bool {
        matches!(self, Owner::Me)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    #[default]
    Open,
    Done,
    /// No longer pursued; kept so the history shows what was tried.
    Dropped,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goals {
    pub goals: Vec<Goal>,
}

impl Goals {
    /// Open agreements that someone else owns, earliest due first and undated last: what the
    /// client may hold others to.
    pub fn promised_by_others(&self) -> Vec<(&Goal, &Agreement)> {
        let mut promises: Vec<(&Goal, &Agreement)> = self
            .goals
            .iter()
            .flat_map(|goal| {
                goal.open_agreements()
                    .map(move |agreement| (goal, agreement))
            })
            .filter(|(_, agreement)| !agreement.owner.is_me())
            .collect();
        promises.sort_by_key(|(_, agreement)| (agreement.due.is_none(), agreement.due));
        promises
    }

    /// Open agreements whose due date has passed, across all goals.
    pub fn overdue(&self, today: Date) -> Vec<(&Goal, &Agreement)> {
        self.goals
            .iter()
            .flat_map(|goal| {
                goal.agreements
                    .iter()
                    .map(move |agreement| (goal, agreement))
            })
            .filter(|(_, agreement)| agreement.is_overdue(today))
            .collect()
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Goals);
        for goal in &self.goals {
            report.entry(&goal.id);
            report.require(Some(&goal.id), "title", &goal.title);
            for agreement in &goal.agreements {
                let id = Some(&agreement.id);
                report.entry(&agreement.id);
                report.require(id, "what", &agreement.what);
                match &agreement.owner {
                    Owner::Me => {}
                    Owner::Network { name } | Owner::Professional { name, .. } => {
                        report.require(id, "owner.name", name);
                    }
                }
            }
        }
        report.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Problem;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn agreement(id: &str, owner: Owner, due: Option<&str>, status: AgreementStatus) -> Agreement {
        Agreement {
            id: EntryId::new(id),
            what: format!("agreement {id}"),
            owner,
            due: due.map(date),
            status,
        }
    }

    fn professional() -> Owner {
        Owner::Professional {
            name: "Sanne de Vries".into(),
            organisation: "Wijkteam".into(),
        }
    }

    fn sample() -> Goals {
        Goals {
            goals: vec![
                Goal {
                    id: EntryId::new("g1"),
                    title: "Schulden op een rij".into(),
                    description: String::new(),
                    created: Some(date("2024-01-05")),
                    agreements: vec![
                        agreement("a1", Owner::Me, Some("2024-02-01"), AgreementStatus::Open),
                        agreement("a2", professional(), None, AgreementStatus::Open),
                        agreement(
                            "a3",
                            professional(),
                            Some("2024-03-01"),
                            AgreementStatus::Open,
                        ),
                        agreement(
                            "a4",
                            professional(),
                            Some("2024-01-01"),
                            AgreementStatus::Done,
                        ),
                    ],
                },
                Goal {
                    id: EntryId::new("g2"),
                    title: "Werk vinden".into(),
                    description: String::new(),
                    created: None,
                    agreements: vec![agreement(
                        "a5",
                        Owner::Network {
                            name: "Mijn zus".into(),
                        },
                        Some("2024-02-15"),
                        AgreementStatus::Open,
                    )],
                },
            ],
        }
    }

    #[test]
    fn overdue_means_open_and_past_its_due_day() {
        let today = date("2024-02-01");
        let open = agreement("a", Owner::Me, Some("2024-01-31"), AgreementStatus::Open);
        assert!(open.is_overdue(today));
        assert!(!open.is_overdue(date("2024-01-31")));
        let done = agreement("b", Owner::Me, Some("2024-01-31"), AgreementStatus::Done);
        assert!(!done.is_overdue(today));
        let dropped = agreement("c", Owner::Me, Some("2024-01-31"), AgreementStatus::Dropped);
        assert!(!dropped.is_overdue(today));
        let undated = agreement("d", Owner::Me, None, AgreementStatus::Open);
        assert!(!undated.is_overdue(today));
    }

    #[test]
    fn promises_by_others_are_open_and_sorted_by_due_date() {
        let goals = sample();
        let ids: Vec<&str> = goals
            .promised_by_others()
            .iter()
            .map(|(_, a)| a.id.as_str())
            .collect();
        assert_eq!(ids, ["a5", "a3", "a2"]);
        assert_eq!(goals.promised_by_others()[0].0.id.as_str(), "g2");
    }

    #[test]
    fn overdue_lists_across_goals() {
        let goals = sample();
        let ids: Vec<&str> = goals
            .overdue(date("2024-03-02"))
            .iter()
            .map(|(_, a)| a.id.as_str())
            .collect();
        assert_eq!(ids, ["a1", "a3", "a5"]);
    }

    #[test]
    fn owner_and_status_serialize_with_plain_keys() {
        let json = serde_json::to_value(professional()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "professional", "name": "Sanne de Vries", "organisation": "Wijkteam"
            })
        );
        let status = serde_json::to_value(AgreementStatus::Dropped).unwrap();
        assert_eq!(status, serde_json::json!("dropped"));
        let partial: Agreement = serde_json::from_value(serde_json::json!({
            "id": "x", "what": "Bellen", "owner": {"kind": "professional", "name": "Ali"}
        }))
        .unwrap();
        assert_eq!(partial.status, AgreementStatus::Open);
        assert_eq!(
            partial.owner,
            Owner::Professional {
                name: "Ali".into(),
                organisation: "".into()
            }
        );
    }

    #[test]
    fn round_trips_through_json() {
        let goals = sample();
        let json = serde_json::to_vec(&goals).unwrap();
        assert_eq!(serde_json::from_slice::<Goals>(&json).unwrap(), goals);
    }

    #[test]
    fn validation_wants_titles_what_and_owner_names() {
        assert_eq!(sample().validate(), Ok(()));
        let mut goals = sample();
        goals.goals[0].title = " ".into();
        goals.goals[0].agreements[0].what.clear();
        goals.goals[1].agreements[0].owner = Owner::Network {
            name: String::new(),
        };
        goals.goals[1]
            .agreements
            .push(agreement("a1", Owner::Me, None, AgreementStatus::Open));
        let problems: Vec<(String, Problem)> = goals
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.entry.unwrap().0, e.problem))
            .collect();
        assert_eq!(
            problems,
            [
                ("g1".into(), Problem::Required { field: "title" }),
                ("a1".into(), Problem::Required { field: "what" }),
                (
                    "a5".into(),
                    Problem::Required {
                        field: "owner.name"
                    }
                ),
                ("a1".into(), Problem::DuplicateId),
            ]
        );
    }
}
