//! The words for the values of the money section: how often, and where a debt stands.

use super::MoneyText;
use crate::model::{DebtStatus, Frequency};

impl Frequency {
    /// "per maand", "per 4 weken".
    pub fn text(self) -> MoneyText {
        match self {
            Frequency::Week => MoneyText::FreqWeek,
            Frequency::FourWeeks => MoneyText::FreqFourWeeks,
            Frequency::Month => MoneyText::FreqMonth,
            Frequency::Quarter => MoneyText::FreqQuarter,
            Frequency::Year => MoneyText::FreqYear,
        }
    }
}

impl DebtStatus {
    /// "Open", "Betalingsregeling", "Bij deurwaarder", "In schuldhulp", "Afgelost".
    pub fn text(self) -> MoneyText {
        match self {
            DebtStatus::Open => MoneyText::DebtOpen,
            DebtStatus::Arrangement => MoneyText::DebtArrangement,
            DebtStatus::Bailiff => MoneyText::DebtBailiff,
            DebtStatus::DebtHelp => MoneyText::DebtDebtHelp,
            DebtStatus::PaidOff => MoneyText::DebtPaidOff,
        }
    }
}
