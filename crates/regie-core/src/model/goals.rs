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

impl Goals {
    pub fn find(&self, id: &EntryId) -> Option<&Goal> {
        self.goals.iter().find(|g| &g.id == id)
    }

    /// Adds `goal`, or replaces the title, description and date of the goal with its id,
    /// keeping that goal's agreements.
    pub fn upsert_goal(&mut self, goal: Goal) {
        match self.goals.iter_mut().find(|g| g.id == goal.id) {
            Some(existing) => {
                existing.title = goal.title;
                existing.description = goal.description;
                existing.created = goal.created;
            }
            None => self.goals.push(goal),
        }
    }

    /// Removes a goal with its agreements; `false` when there was none.
    pub fn remove_goal(&mut self, id: &EntryId) -> bool {
        let before = self.goals.len();
        self.goals.retain(|g| &g.id != id);
        self.goals.len() != before
    }

    /// Adds or replaces an agreement of one goal; `false` when the goal is gone.
    pub fn upsert_agreement(&mut self, goal: &EntryId, agreement: Agreement) -> bool {
        let Some(goal) = self.goals.iter_mut().find(|g| &g.id == goal) else {
            return false;
        };
        match goal.agreements.iter_mut().find(|a| a.id == agreement.id) {
            Some(existing) => *existing = agreement,
            None => goal.agreements.push(agreement),
        }
        true
    }

    /// Removes an agreement from a goal; `false` when there was none.
    pub fn remove_agreement(&mut self, goal: &EntryId, agreement: &EntryId) -> bool {
        let Some(goal) = self.goals.iter_mut().find(|g| &g.id == goal) else {
            return false;
        };
        let before = goal.agreements.len();
        goal.agreements.retain(|a| &a.id != agreement);
        goal.agreements.len() != before
    }
}

/// Why a goal or agreement form cannot be kept yet. Each has its own sentence in the
/// catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalProblem {
    TitleMissing,
    /// The start date of the goal is not a real date.
    CreatedInvalid,
    /// A goal is set today or earlier, not in the future.
    CreatedInFuture,
    WhatMissing,
    /// Someone else does it, but their name is empty.
    OwnerNameMissing,
    /// The due date is not a real date.
    DueInvalid,
    /// The due date lies before the goal was set.
    DueBeforeGoal,
}

/// What the goal form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalDraft {
    pub title: String,
    pub description: String,
    /// `YYYY-MM-DD` or empty.
    pub created: String,
}

impl GoalDraft {
    pub fn from_goal(goal: &Goal) -> GoalDraft {
        GoalDraft {
            title: goal.title.clone(),
            description: goal.description.clone(),
            created: goal.created.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// A goal without agreements (an edit keeps the old ones: see [`Goals::upsert_goal`]).
    pub fn check(&self, id: EntryId, today: Date) -> Result<Goal, GoalProblem> {
        if self.title.trim().is_empty() {
            return Err(GoalProblem::TitleMissing);
        }
        let created = optional_date(&self.created).map_err(|_| GoalProblem::CreatedInvalid)?;
        if created.is_some_and(|created| created > today) {
            return Err(GoalProblem::CreatedInFuture);
        }
        Ok(Goal {
            id,
            title: self.title.clone(),
            description: self.description.clone(),
            created,
            agreements: Vec::new(),
        })
    }
}

/// Who an agreement's owner is, as the form offers it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum OwnerKind {
    #[default]
    Me,
    Network,
    Professional,
}

impl OwnerKind {
    pub const ALL: [OwnerKind; 3] = [OwnerKind::Me, OwnerKind::Network, OwnerKind::Professional];

    pub fn key(self) -> &'static str {
        match self {
            OwnerKind::Me => "me",
            OwnerKind::Network => "network",
            OwnerKind::Professional => "professional",
        }
    }

    pub fn from_key(key: &str) -> Option<OwnerKind> {
        OwnerKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

impl AgreementStatus {
    pub const ALL: [AgreementStatus; 3] = [
        AgreementStatus::Open,
        AgreementStatus::Done,
        AgreementStatus::Dropped,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AgreementStatus::Open => "open",
            AgreementStatus::Done => "done",
            AgreementStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<AgreementStatus> {
        AgreementStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the agreement form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreementDraft {
    pub what: String,
    pub owner: OwnerKind,
    pub name: String,
    pub organisation: String,
    /// `YYYY-MM-DD` or empty.
    pub due: String,
    pub status: AgreementStatus,
}

impl AgreementDraft {
    pub fn from_agreement(agreement: &Agreement) -> AgreementDraft {
        let (owner, name, organisation) = match &agreement.owner {
            Owner::Me => (OwnerKind::Me, String::new(), String::new()),
            Owner::Network { name } => (OwnerKind::Network, name.clone(), String::new()),
            Owner::Professional { name, organisation } => {
                (OwnerKind::Professional, name.clone(), organisation.clone())
            }
        };
        AgreementDraft {
            what: agreement.what.clone(),
            owner,
            name,
            organisation,
            due: agreement.due.map(|d| d.to_string()).unwrap_or_default(),
            status: agreement.status,
        }
    }

    /// The agreement, or the first problem with it. `goal_created` is the goal's own date: a
    /// due date before it is a slip of the finger. A due date in the past is allowed, as an
    /// agreement may be written down late; it then shows as overdue while open.
    pub fn check(&self, id: EntryId, goal_created: Option<Date>) -> Result<Agreement, GoalProblem> {
        if self.what.trim().is_empty() {
            return Err(GoalProblem::WhatMissing);
        }
        let name = self.name.trim().to_owned();
        let owner = match self.owner {
            OwnerKind::Me => Owner::Me,
            _ if name.is_empty() => return Err(GoalProblem::OwnerNameMissing),
            OwnerKind::Network => Owner::Network { name },
            OwnerKind::Professional => Owner::Professional {
                name,
                organisation: self.organisation.trim().to_owned(),
            },
        };
        let due = optional_date(&self.due).map_err(|_| GoalProblem::DueInvalid)?;
        if let (Some(due), Some(created)) = (due, goal_created) {
            if due < created {
                return Err(GoalProblem::DueBeforeGoal);
            }
        }
        Ok(Agreement {
            id,
            what: self.what.clone(),
            owner,
            due,
            status: self.status,
        })
    }
}

fn optional_date(text: &str) -> Result<Option<Date>, crate::model::ModelError> {
    match text.trim() {
        "" => Ok(None),
        text => Date::parse(text).map(Some),
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

    #[test]
    fn goal_drafts_check_title_and_date() {
        let today = date("2024-06-01");
        let ok = GoalDraft {
            title: "<img src=x onerror=alert(1)>".into(),
            description: "d".into(),
            created: "2024-06-01".into(),
        };
        let goal = ok.check(EntryId::new("g"), today).unwrap();
        assert_eq!(goal.title, "<img src=x onerror=alert(1)>");
        assert_eq!(GoalDraft::from_goal(&goal), ok);
        let with = |title: &str, created: &str| GoalDraft {
            title: title.into(),
            description: String::new(),
            created: created.into(),
        };
        assert_eq!(
            with("  ", "").check(EntryId::new("g"), today),
            Err(GoalProblem::TitleMissing)
        );
        assert_eq!(
            with("t", "2024-02-30").check(EntryId::new("g"), today),
            Err(GoalProblem::CreatedInvalid)
        );
        assert_eq!(
            with("t", "2024-06-02").check(EntryId::new("g"), today),
            Err(GoalProblem::CreatedInFuture)
        );
        assert_eq!(
            with("t", "")
                .check(EntryId::new("g"), today)
                .unwrap()
                .created,
            None
        );
    }

    #[test]
    fn agreement_drafts_check_what_owner_and_due_date() {
        let draft = |what: &str, owner: OwnerKind, name: &str, due: &str| AgreementDraft {
            what: what.into(),
            owner,
            name: name.into(),
            organisation: " Wijkteam ".into(),
            due: due.into(),
            status: AgreementStatus::Open,
        };
        let created = Some(date("2024-03-01"));
        let id = || EntryId::new("a");
        let made = draft("Bellen", OwnerKind::Professional, " Ali ", "2024-03-01")
            .check(id(), created)
            .unwrap();
        assert_eq!(
            made.owner,
            Owner::Professional {
                name: "Ali".into(),
                organisation: "Wijkteam".into()
            }
        );
        let back = AgreementDraft::from_agreement(&made);
        assert_eq!(
            (back.owner, back.due.as_str()),
            (OwnerKind::Professional, "2024-03-01")
        );
        assert_eq!(
            draft("x", OwnerKind::Me, "ignored", "")
                .check(id(), created)
                .unwrap()
                .owner,
            Owner::Me
        );
        assert_eq!(
            draft(" ", OwnerKind::Me, "", "").check(id(), created),
            Err(GoalProblem::WhatMissing)
        );
        for kind in [OwnerKind::Network, OwnerKind::Professional] {
            assert_eq!(
                draft("x", kind, "  ", "").check(id(), created),
                Err(GoalProblem::OwnerNameMissing)
            );
        }
        assert_eq!(
            draft("x", OwnerKind::Me, "", "2023-02-29").check(id(), created),
            Err(GoalProblem::DueInvalid)
        );
        assert_eq!(
            draft("x", OwnerKind::Me, "", "2024-02-29").check(id(), created),
            Err(GoalProblem::DueBeforeGoal)
        );
        // Without a goal date any real due date will do, also one long past.
        assert!(draft("x", OwnerKind::Me, "", "1990-01-01")
            .check(id(), None)
            .is_ok());
    }

    #[test]
    fn keys_of_owner_kinds_and_statuses_round_trip() {
        for kind in OwnerKind::ALL {
            assert_eq!(OwnerKind::from_key(kind.key()), Some(kind));
        }
        for status in AgreementStatus::ALL {
            assert_eq!(AgreementStatus::from_key(status.key()), Some(status));
            assert_eq!(
                serde_json::to_value(status).unwrap(),
                serde_json::json!(status.key())
            );
        }
        assert_eq!(OwnerKind::from_key("boss"), None);
    }

    #[test]
    fn goals_and_agreements_are_added_edited_and_removed() {
        let mut goals = sample();
        let g1 = EntryId::new("g1");
        goals.upsert_goal(Goal {
            id: g1.clone(),
            title: "Nieuw".into(),
            description: "x".into(),
            created: None,
            agreements: Vec::new(),
        });
        let goal = goals.find(&g1).unwrap();
        assert_eq!(goal.title, "Nieuw");
        assert_eq!(
            goal.agreements.len(),
            4,
            "editing a goal keeps its agreements"
        );
        let mut changed = goal.agreements[0].clone();
        changed.status = AgreementStatus::Done;
        assert!(goals.upsert_agreement(&g1, changed));
        assert_eq!(
            goals.find(&g1).unwrap().agreements[0].status,
            AgreementStatus::Done
        );
        assert!(goals.upsert_agreement(
            &g1,
            agreement("new", Owner::Me, None, AgreementStatus::Open)
        ));
        assert_eq!(goals.find(&g1).unwrap().agreements.len(), 5);
        assert!(!goals.upsert_agreement(
            &EntryId::new("nope"),
            agreement("z", Owner::Me, None, AgreementStatus::Open)
        ));
        assert!(goals.remove_agreement(&g1, &EntryId::new("new")));
        assert!(!goals.remove_agreement(&g1, &EntryId::new("new")));
        assert!(goals.remove_goal(&g1));
        assert!(!goals.remove_goal(&g1));
        assert_eq!(goals.goals.len(), 1);
    }
}
