//! Geld: what comes in and goes out, the debts and the payment arrangements, as a debt-help
//! intake asks for them. Sums and the month overview are in [`crate::money`].

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Amount, Date, EntryId, Problem, SectionKey, ValidationError};

/// How often an amount comes in or goes out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Week,
    FourWeeks,
    #[default]
    Month,
    Quarter,
    Year,
}

impl Frequency {
    pub const ALL: [Frequency; 5] = [
        Frequency::Week,
        Frequency::FourWeeks,
        Frequency::Month,
        Frequency::Quarter,
        Frequency::Year,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Frequency::Week => "week",
            Frequency::FourWeeks => "four_weeks",
            Frequency::Month => "month",
            Frequency::Quarter => "quarter",
            Frequency::Year => "year",
        }
    }

    /// How many times a year: the month overview works in twelfths of this.
    pub fn times_a_year(self) -> i64 {
        match self {
            Frequency::Week => 52,
            Frequency::FourWeeks => 13,
            Frequency::Month => 12,
            Frequency::Quarter => 4,
            Frequency::Year => 1,
        }
    }
}

/// One income, or one fixed cost: where from or what for, how much, how often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyLine {
    pub id: EntryId,
    /// "Bijstand", "Loon", "Huur", "Zorgverzekering".
    #[serde(default)]
    pub what: String,
    pub amount: Amount,
    #[serde(default)]
    pub how_often: Frequency,
    #[serde(default)]
    pub note: String,
}

/// Where a debt stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DebtStatus {
    #[default]
    Open,
    /// A payment arrangement (betalingsregeling) runs.
    Arrangement,
    /// At a bailiff (bij de deurwaarder).
    Bailiff,
    /// In debt help (in schuldhulp).
    DebtHelp,
    /// Paid off (afgelost).
    PaidOff,
}

impl DebtStatus {
    pub const ALL: [DebtStatus; 5] = [
        DebtStatus::Open,
        DebtStatus::Arrangement,
        DebtStatus::Bailiff,
        DebtStatus::DebtHelp,
        DebtStatus::PaidOff,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DebtStatus::Open => "open",
            DebtStatus::Arrangement => "arrangement",
            DebtStatus::Bailiff => "bailiff",
            DebtStatus::DebtHelp => "debt_help",
            DebtStatus::PaidOff => "paid_off",
        }
    }
}

/// One debt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debt {
    pub id: EntryId,
    /// Who the client owes (de schuldeiser).
    #[serde(default)]
    pub creditor: String,
    /// The creditor's reference or file number (kenmerk, dossiernummer).
    #[serde(default)]
    pub reference: String,
    /// What it was at the start.
    #[serde(default)]
    pub original: Option<Amount>,
    /// What is still owed now.
    #[serde(default)]
    pub current: Option<Amount>,
    #[serde(default)]
    pub since: Option<Date>,
    #[serde(default)]
    pub status: DebtStatus,
    /// A document in the dossier, such as the creditor's letter.
    #[serde(default)]
    pub document: Option<EntryId>,
    #[serde(default)]
    pub note: String,
}

/// A payment arrangement: an amount each month to a creditor, from a date, maybe until one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arrangement {
    pub id: EntryId,
    /// The debt it pays off, when it is in the list.
    #[serde(default)]
    pub debt: Option<EntryId>,
    /// Who is paid; the debt's creditor when it is linked and this is empty.
    #[serde(default)]
    pub creditor: String,
    pub monthly: Amount,
    /// The next payment; later ones follow each month on the same day.
    #[serde(default)]
    pub next_payment: Option<Date>,
    /// The last day of the arrangement.
    #[serde(default)]
    pub ends: Option<Date>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Money {
    pub income: Vec<MoneyLine>,
    pub costs: Vec<MoneyLine>,
    pub debts: Vec<Debt>,
    pub arrangements: Vec<Arrangement>,
}

impl Money {
    /// Whom an arrangement pays: its own creditor, or that of the debt it is linked to.
    pub fn creditor_of<'a>(&'a self, arrangement: &'a Arrangement) -> &'a str {
        let own = arrangement.creditor.trim();
        if !own.is_empty() {
            return own;
        }
        arrangement
            .debt
            .as_ref()
            .and_then(|id| self.debts.iter().find(|debt| &debt.id == id))
            .map(|debt| debt.creditor.trim())
            .unwrap_or("")
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Money);
        for line in self.income.iter().chain(&self.costs) {
            report.entry(&line.id);
            report.require(Some(&line.id), "what", &line.what);
            amount(&mut report, &line.id, "amount", Some(&line.amount));
        }
        for debt in &self.debts {
            report.entry(&debt.id);
            report.require(Some(&debt.id), "creditor", &debt.creditor);
            amount(&mut report, &debt.id, "original", debt.original.as_ref());
            amount(&mut report, &debt.id, "current", debt.current.as_ref());
        }
        for arrangement in &self.arrangements {
            let id = Some(&arrangement.id);
            report.entry(&arrangement.id);
            if self.creditor_of(arrangement).is_empty() {
                report.problem(id, Problem::Required { field: "creditor" });
            }
            amount(
                &mut report,
                &arrangement.id,
                "monthly",
                Some(&arrangement.monthly),
            );
            if let (Some(next), Some(ends)) = (arrangement.next_payment, arrangement.ends) {
                if ends < next {
                    let problem = Problem::EndsBeforeStart {
                        start: "next_payment",
                        end: "ends",
                    };
                    report.problem(id, problem);
                }
            }
        }
        report.finish()
    }
}

fn amount(report: &mut Report, id: &EntryId, field: &'static str, amount: Option<&Amount>) {
    if amount.is_some_and(|amount| !amount.is_consistent()) {
        report.problem(Some(id), Problem::BadAmount { field });
    }
}
