//! The law's clocks: the deadlines that start when a client reports a need, applies for
//! something or asks for debt help, worked out from the day it started.
//!
//! Every rule names its article (see `docs/deadlines.md`); terms in days or weeks end under
//! the Algemene termijnenwet ([`crate::model::workdays`]). The date of today is passed in,
//! so every rule is tested without a clock.

use crate::model::workdays::{after_working_days, term_end};
use crate::model::{objection_deadline, Application, Date, EntryId, Procedure, Support};
use crate::sorting::sort_by_key;

/// One legal deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Wmo 2015 art. 2.3.2 lid 1: the investigation after a melding, within six weeks.
    WmoInvestigation,
    /// Wmo 2015 art. 2.3.2 lid 2: the client may hand in a personal plan within seven days
    /// of the melding.
    WmoPersonalPlan,
    /// Wmo 2015 art. 2.3.5 lid 1: the decision on an aanvraag, within two weeks.
    WmoDecision,
    /// Wgs art. 4a lid 1: a first talk within four weeks of the request for debt help.
    DebtFirstTalk,
    /// Wgs art. 4a lid 2: within three working days when eviction, being cut off from
    /// energy or water, or losing the health insurance threatens.
    DebtFirstTalkThreat,
    /// Awb art. 4:13 lid 2 (the Participatiewet sets no term): a decision on bijstand
    /// within eight weeks.
    AssistanceDecision,
    /// Awb art. 6:7 and 6:8: objection within six weeks from the day after the decision
    /// was made known.
    Objection,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::WmoInvestigation,
        Rule::WmoPersonalPlan,
        Rule::WmoDecision,
        Rule::DebtFirstTalk,
        Rule::DebtFirstTalkThreat,
        Rule::AssistanceDecision,
        Rule::Objection,
    ];

    /// A stable name, for tests and styling.
    pub fn key(self) -> &'static str {
        match self {
            Rule::WmoInvestigation => "wmo_investigation",
            Rule::WmoPersonalPlan => "wmo_personal_plan",
            Rule::WmoDecision => "wmo_decision",
            Rule::DebtFirstTalk => "debt_first_talk",
            Rule::DebtFirstTalkThreat => "debt_first_talk_threat",
            Rule::AssistanceDecision => "assistance_decision",
            Rule::Objection => "objection",
        }
    }

    /// The article it comes from, as a lawyer cites it (the same in every language).
    pub fn article(self) -> &'static str {
        match self {
            Rule::WmoInvestigation => "Wmo 2015, art. 2.3.2 lid 1",
            Rule::WmoPersonalPlan => "Wmo 2015, art. 2.3.2 lid 2",
            Rule::WmoDecision => "Wmo 2015, art. 2.3.5 lid 1",
            Rule::DebtFirstTalk => "Wgs, art. 4a lid 1",
            Rule::DebtFirstTalkThreat => "Wgs, art. 4a lid 2",
            Rule::AssistanceDecision => "Awb, art. 4:13 lid 2",
            Rule::Objection => "Awb, art. 6:7 en 6:8",
        }
    }

    /// The last day of the term that starts with the event on `start`.
    pub fn due(self, start: Date) -> Date {
        match self {
            Rule::WmoInvestigation => term_end(start, 42),
            Rule::WmoPersonalPlan => term_end(start, 7),
            Rule::WmoDecision => term_end(start, 14),
            Rule::DebtFirstTalk => term_end(start, 28),
            Rule::DebtFirstTalkThreat => after_working_days(start, 3),
            Rule::AssistanceDecision => term_end(start, 56),
            Rule::Objection => objection_deadline(start),
        }
    }

    /// Whether the client can do something once the deadline has passed (remind, put the
    /// municipality in default, complain). The personal plan's seven days are the client's
    /// own chance: once over, its clock goes.
    pub fn matters_after(self) -> bool {
        !matches!(self, Rule::WmoPersonalPlan | Rule::Objection)
    }
}

impl Procedure {
    /// The deadlines that start with this procedure, in the order they are shown.
    pub fn rules(self) -> &'static [Rule] {
        match self {
            Procedure::WmoReport => &[Rule::WmoPersonalPlan, Rule::WmoInvestigation],
            Procedure::WmoApplication => &[Rule::WmoDecision],
            Procedure::DebtHelp => &[Rule::DebtFirstTalk],
            Procedure::DebtHelpThreat => &[Rule::DebtFirstTalkThreat],
            Procedure::SocialAssistance => &[Rule::AssistanceDecision],
            Procedure::Other => &[],
        }
    }

    /// Each deadline with its last day, for an application that started on `start`.
    pub fn deadlines(self, start: Date) -> Vec<(Rule, Date)> {
        self.rules()
            .iter()
            .map(|&rule| (rule, rule.due(start)))
            .collect()
    }
}

/// A deadline counting down on the start screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    pub rule: Rule,
    /// The application it belongs to.
    pub entry: EntryId,
    /// Where the client applied, in their own words (trimmed).
    pub title: String,
    /// The last day of the term.
    pub due: Date,
    /// Days from today to `due`: 0 on the last day, negative once it has passed.
    pub days: i64,
}

impl Clock {
    pub fn passed(&self) -> bool {
        self.days < 0
    }
}

/// Every deadline of one application, from the day it started (none without that day).
pub fn application_clocks(application: &Application, today: Date) -> Vec<Clock> {
    let Some(start) = application.applied_on else {
        return Vec::new();
    };
    application
        .procedure
        .deadlines(start)
        .into_iter()
        .map(|(rule, due)| Clock {
            rule,
            entry: application.id.clone(),
            title: application.where_.trim().to_owned(),
            due,
            days: today.days_until(due),
        })
        .collect()
}

/// The clocks of every application still waiting for an answer that says its procedure and
/// the day it started: each deadline still running, and each one passed that the client can
/// act on. Soonest first.
pub fn clocks(support: &Support, today: Date) -> Vec<Clock> {
    let mut clocks: Vec<Clock> = support
        .pending_applications()
        .flat_map(|application| application_clocks(application, today))
        .filter(|clock| !clock.passed() || clock.rule.matters_after())
        .collect();
    sort_by_key(&mut clocks, |clock| clock.due);
    clocks
}

mod words;

#[cfg(test)]
#[path = "deadlines_tests.rs"]
mod tests;
