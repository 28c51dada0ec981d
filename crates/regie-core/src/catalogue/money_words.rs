//! The words for the values of the money section: how often, and where a debt stands.

use super::Text;
use crate::model::{DebtStatus, Frequency};

impl Frequency {
    /// "per maand", "per 4 weken".
    pub fn text(self) -> Text {
        match self {
            Frequency::Week => Text::MoneyFreqWeek,
            Frequency::FourWeeks => Text::MoneyFreqFourWeeks,
            Frequency::Month => Text::MoneyFreqMonth,
            Frequency::Quarter => Text::MoneyFreqQuarter,
            Frequency::Year => Text::MoneyFreqYear,
        }
    }
}

impl DebtStatus {
    /// "Open", "Betalingsregeling", "Bij deurwaarder", "In schuldhulp", "Afgelost".
    pub fn text(self) -> Text {
        match self {
            DebtStatus::Open => Text::MoneyDebtOpen,
            DebtStatus::Arrangement => Text::MoneyDebtArrangement,
            DebtStatus::Bailiff => Text::MoneyDebtBailiff,
            DebtStatus::DebtHelp => Text::MoneyDebtDebtHelp,
            DebtStatus::PaidOff => Text::MoneyDebtPaidOff,
        }
    }
}
