//! The summary at the top of a shared view: what a professional with thirty minutes reads
//! first. Worked out from the shared dossier (only what was shared is in it) and the date of
//! today, which the caller passes in.

use crate::attention::DECISION_ENDING_DAYS;
use crate::model::{
    Agreement, Contact, Date, Decision, Domain, DomainScore, Dossier, Goal, SectionKey,
};
use crate::sorting::sort_by_key;

/// What the summary lists; each part is empty when the share holds nothing for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary<'a> {
    /// Open agreements, late ones first, then by due date; those without a date last.
    pub open_agreements: Vec<(&'a Goal, &'a Agreement)>,
    /// How many of them are late.
    pub late: usize,
    /// Decisions in force that end within [`DECISION_ENDING_DAYS`], soonest first.
    pub decisions_ending: Vec<&'a Decision>,
    /// The person to call first.
    pub first_contact: Option<&'a Contact>,
    /// The newest score of each life domain (by anyone), in the domains' own order.
    pub latest_scores: Vec<&'a DomainScore>,
}

impl<'a> Summary<'a> {
    pub fn of(dossier: &'a Dossier, today: Date) -> Summary<'a> {
        let mut open_agreements: Vec<(&Goal, &Agreement)> = dossier
            .goals
            .goals
            .iter()
            .flat_map(|goal| goal.open_agreements().map(move |a| (goal, a)))
            .collect();
        sort_by_key(&mut open_agreements, |(_, a)| {
            (!a.is_overdue(today), a.due.is_none(), a.due)
        });
        let late = open_agreements
            .iter()
            .filter(|(_, a)| a.is_overdue(today))
            .count();
        let mut decisions_ending: Vec<&Decision> = dossier
            .support
            .decisions
            .iter()
            .filter(|d| {
                d.is_valid_on(today)
                    && d.valid_until
                        .is_some_and(|until| today.days_until(until) <= DECISION_ENDING_DAYS)
            })
            .collect();
        sort_by_key(&mut decisions_ending, |d| d.valid_until);
        let first_contact = dossier.network.contacts.iter().find(|c| c.first_contact);
        let latest_scores = Domain::ALL
            .iter()
            .filter_map(|domain| {
                dossier
                    .domains
                    .scores
                    .iter()
                    .filter(|s| s.domain == *domain)
                    .max_by_key(|s| s.date)
            })
            .collect();
        Summary {
            open_agreements,
            late,
            decisions_ending,
            first_contact,
            latest_scores,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.open_agreements.is_empty()
            && self.decisions_ending.is_empty()
            && self.first_contact.is_none()
            && self.latest_scores.is_empty()
    }
}

/// The sections of a share in the order the view shows them, for its table of contents:
/// each with the anchor its heading carries.
pub fn contents(sections: &[SectionKey]) -> Vec<(SectionKey, String)> {
    SectionKey::ALL
        .iter()
        .filter(|key| sections.contains(key))
        .map(|key| (*key, anchor(*key)))
        .collect()
}

/// The id of a section's heading in the shared view.
pub fn anchor(key: SectionKey) -> String {
    format!("view-section-{}-title", key.key())
}

#[cfg(test)]
mod tests;
