//! The personal plan ("persoonlijk plan", Wmo 2015 art. 2.3.2): what the dossier says, put in
//! the order and under the headings a Wmo consultant expects, for the client to print.
//!
//! A plan is read from the dossier and never stored: the client picks its parts each time,
//! and paper leaves the encryption behind, so nothing goes in unless they chose it.

use crate::catalogue::{formats, Lang, PageText, Text};
use crate::model::{
    Agreement, Application, Contact, ContactKind, CurrentHelp, Date, Decision, Dossier, Goal, Owner,
};
use crate::sorting::sort_by_key;

/// A part of the plan, in the order of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanPart {
    /// Wie ben ik: Over mij.
    About,
    /// Mijn situatie per leefgebied: the latest scores, the legend and the chart.
    Situation,
    /// Wat wil ik bereiken: the goals.
    Goals,
    /// Wat doe ik zelf: the open agreements the client does.
    OwnPart,
    /// Wat doet mijn netwerk: the people around the client and what they promised.
    Network,
    /// Welke hulp heb ik nodig: help today and what professionals promised.
    Support,
    /// Lopende aanvragen en beschikkingen.
    Applications,
    /// Mijn verhaal, in the client's own words.
    Story,
}

impl PlanPart {
    pub const ALL: [PlanPart; 8] = [
        PlanPart::About,
        PlanPart::Situation,
        PlanPart::Goals,
        PlanPart::OwnPart,
        PlanPart::Network,
        PlanPart::Support,
        PlanPart::Applications,
        PlanPart::Story,
    ];

    /// Its stable name, for the choice's `plan-section-<key>` hook.
    pub fn key(self) -> &'static str {
        match self {
            PlanPart::About => "about",
            PlanPart::Situation => "domains",
            PlanPart::Goals => "goals",
            PlanPart::OwnPart => "own",
            PlanPart::Network => "network",
            PlanPart::Support => "support",
            PlanPart::Applications => "applications",
            PlanPart::Story => "story",
        }
    }

    pub fn from_key(key: &str) -> Option<PlanPart> {
        PlanPart::ALL.into_iter().find(|part| part.key() == key)
    }

    /// The heading on paper, as a question the client answers.
    pub fn heading(self) -> Text {
        match self {
            PlanPart::About => Text::PlanPartAbout,
            PlanPart::Situation => Text::PlanPartSituation,
            PlanPart::Goals => Text::PlanPartGoals,
            PlanPart::OwnPart => Text::PlanPartOwn,
            PlanPart::Network => Text::PlanPartNetwork,
            PlanPart::Support => Text::PlanPartSupport,
            PlanPart::Applications => Text::PlanPartApplications,
            PlanPart::Story => Text::PlanPartStory,
        }
    }
}

/// The plan of one dossier on one day.
#[derive(Debug, Clone, Copy)]
pub struct Plan<'a> {
    pub dossier: &'a Dossier,
    pub today: Date,
}

impl<'a> Plan<'a> {
    pub fn new(dossier: &'a Dossier, today: Date) -> Plan<'a> {
        Plan { dossier, today }
    }

    /// Whether the dossier holds anything for `part` today.
    pub fn has(&self, part: PlanPart) -> bool {
        let d = self.dossier;
        match part {
            PlanPart::About => d.about != Default::default(),
            PlanPart::Situation => !d.domains.scores.is_empty(),
            PlanPart::Goals => d.goals.goals.iter().any(|g| !g.title.trim().is_empty()),
            PlanPart::OwnPart => !self.own_steps().is_empty(),
            PlanPart::Network => {
                !self.network_people().is_empty() || !self.network_steps().is_empty()
            }
            PlanPart::Support => {
                !d.support.help.is_empty() || !self.professional_steps().is_empty()
            }
            PlanPart::Applications => {
                !self.running_applications().is_empty() || !self.running_decisions().is_empty()
            }
            PlanPart::Story => !d.story.text.trim().is_empty(),
        }
    }

    /// What is ticked when the plan opens: every part that has something in it.
    pub fn default_choice(&self) -> Vec<PlanPart> {
        PlanPart::ALL
            .into_iter()
            .filter(|part| self.has(*part))
            .collect()
    }

    /// The parts that go on paper: those chosen that have something in them, in the plan's
    /// order whatever the order of choosing.
    pub fn parts(&self, chosen: &[PlanPart]) -> Vec<PlanPart> {
        PlanPart::ALL
            .into_iter()
            .filter(|part| chosen.contains(part) && self.has(*part))
            .collect()
    }

    /// "Persoonlijk plan van Kees", or just "Persoonlijk plan" before a name is filled in.
    pub fn title(&self, lang: Lang) -> String {
        match self.dossier.about.name.trim() {
            "" => Text::PlanTitle.get(lang).to_owned(),
            name => PageText::PlanTitleOf.fill(lang, &[name]),
        }
    }

    /// "Stand van 2 december 2026": the day the plan was made, since paper does not update.
    pub fn as_of(&self, lang: Lang) -> String {
        PageText::PlanAsOf.fill(lang, &[&formats::date_long(self.today, lang)])
    }

    /// Open agreements the client does, soonest first.
    pub fn own_steps(&self) -> Vec<(&'a Goal, &'a Agreement)> {
        self.open_steps(|owner| matches!(owner, Owner::Me))
    }

    /// Open agreements relatives, friends and neighbours made, soonest first.
    pub fn network_steps(&self) -> Vec<(&'a Goal, &'a Agreement)> {
        self.open_steps(|owner| matches!(owner, Owner::Network { .. }))
    }

    /// Open agreements professionals made, soonest first.
    pub fn professional_steps(&self) -> Vec<(&'a Goal, &'a Agreement)> {
        self.open_steps(|owner| matches!(owner, Owner::Professional { .. }))
    }

    /// The people in the network, the first contact on top; organisations are help, not
    /// network, and go with the help the client has.
    pub fn network_people(&self) -> Vec<&'a Contact> {
        let mut people: Vec<&Contact> = self
            .dossier
            .network
            .contacts
            .iter()
            .filter(|contact| contact.kind == ContactKind::Person)
            .collect();
        sort_by_key(&mut people, |contact| !contact.first_contact);
        people
    }

    /// The help the client has today.
    pub fn current_help(&self) -> &'a [CurrentHelp] {
        &self.dossier.support.help
    }

    /// Applications still waiting for an answer or a place.
    pub fn running_applications(&self) -> Vec<&'a Application> {
        self.dossier.support.pending_applications().collect()
    }

    /// Decisions that have not ended, or whose objection period is still open, earliest
    /// end first and open-ended last.
    pub fn running_decisions(&self) -> Vec<&'a Decision> {
        let today = self.today;
        let mut decisions: Vec<&Decision> = self
            .dossier
            .support
            .decisions
            .iter()
            .filter(|d| d.valid_until.is_none_or(|until| today <= until) || d.objection_open(today))
            .collect();
        sort_by_key(&mut decisions, |d| (d.valid_until.is_none(), d.valid_until));
        decisions
    }

    fn open_steps(&self, whose: impl Fn(&Owner) -> bool) -> Vec<(&'a Goal, &'a Agreement)> {
        let mut steps: Vec<(&Goal, &Agreement)> = self
            .dossier
            .goals
            .goals
            .iter()
            .flat_map(|goal| goal.open_agreements().map(move |a| (goal, a)))
            .filter(|(_, agreement)| whose(&agreement.owner))
            .collect();
        sort_by_key(&mut steps, |(_, agreement)| {
            (agreement.due.is_none(), agreement.due)
        });
        steps
    }
}

#[cfg(test)]
mod tests;
