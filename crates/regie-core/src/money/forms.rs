//! The rules behind the money section's forms: reading a typed amount, and checking one
//! entry before it is stored (see [`crate::editing`] for the other lists).

use crate::editing::{mistakes, Mistake};
use crate::model::{Amount, AmountError, Arrangement, Debt, Money, MoneyLine};

/// An amount that must be there: empty says so, anything else must read as an amount.
pub fn read_amount(field: &'static str, text: &str) -> Result<Amount, Mistake> {
    match Amount::parse(text) {
        Ok(amount) => Ok(amount),
        Err(AmountError::Empty) if text.trim().is_empty() => Err(Mistake::Required(field)),
        Err(_) => Err(Mistake::BadAmount(field)),
    }
}

/// An amount that may be left empty.
pub fn read_optional_amount(field: &'static str, text: &str) -> Result<Option<Amount>, Mistake> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        read_amount(field, text).map(Some)
    }
}

/// One income or fixed cost.
pub fn check_line(line: &MoneyLine) -> Result<(), Vec<Mistake>> {
    mistakes(
        Money {
            income: vec![line.clone()],
            ..Money::default()
        }
        .validate(),
    )
}

pub fn check_debt(debt: &Debt) -> Result<(), Vec<Mistake>> {
    mistakes(
        Money {
            debts: vec![debt.clone()],
            ..Money::default()
        }
        .validate(),
    )
}

/// One arrangement, with the debts it may be linked to (whose creditor it may take).
pub fn check_arrangement(arrangement: &Arrangement, money: &Money) -> Result<(), Vec<Mistake>> {
    mistakes(
        Money {
            debts: money.debts.clone(),
            arrangements: vec![arrangement.clone()],
            ..Money::default()
        }
        .validate(),
    )
}
