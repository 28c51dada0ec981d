//! Doelen en afspraken: the client's goals and the agreements made to reach them, including
//! what professionals and relatives promised.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, SectionKey, ValidationError};
use crate::sorting::sort_by_key;

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
        sort_by_key(&mut promises, |(_, agreement)| {
            (agreement.due.is_none(), agreement.due)
        });
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

/// The agreements' ids in the order listed, for tests of that order.
#[cfg(test)]
pub(crate) fn agreement_ids<'a>(listed: &[(&Goal, &'a Agreement)]) -> Vec<&'a str> {
    listed.iter().map(|(_, a)| a.id.as_str()).collect()
}

#[cfg(test)]
mod tests;
