//! The sums of the money section: the month overview, when an arrangement's next payment
//! falls, and euros written out per language. The schuldenoverzicht (CSV and print) is in
//! [`csv`].
//!
//! Every amount is whole cents. An amount a week, every four weeks, a quarter or a year is
//! turned into a month exactly: the overview counts in twelfths of a cent (a week is 52/12 of a
//! month, four weeks 13/12, a quarter 4/12, a year 1/12) and rounds once, at the end.

pub mod csv;
pub mod forms;
#[cfg(test)]
mod tests;

use crate::catalogue::{FormatText, Lang};
use crate::model::{Amount, Arrangement, Date, EntryId, Money, MoneyLine};

/// Payments due within this many days are on the start screen.
pub const PAYMENT_DAYS: i64 = 7;
/// Arrangements whose last payment is within this many days are on the start screen.
pub const ARRANGEMENT_ENDING_DAYS: i64 = 31;

/// One month, in cents, each figure rounded once from the exact sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthOverview {
    pub income: i64,
    pub costs: i64,
    pub arrangements: i64,
    /// Income minus fixed costs minus arrangements: what is left to live on. Rounded from the
    /// exact difference, so it may differ by a cent from the rounded parts subtracted.
    pub left: i64,
}

/// The exact sums, in twelfths of a cent per month (cents per year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct PerYear {
    income: i128,
    costs: i128,
    arrangements: i128,
}

impl PerYear {
    fn of(money: &Money, today: Date) -> PerYear {
        let sum = |lines: &[MoneyLine]| -> i128 {
            lines
                .iter()
                .map(|line| {
                    i128::from(line.amount.cents) * i128::from(line.how_often.times_a_year())
                })
                .sum()
        };
        PerYear {
            income: sum(&money.income),
            costs: sum(&money.costs),
            arrangements: money
                .arrangements
                .iter()
                .filter(|arrangement| arrangement.is_running(today))
                .map(|arrangement| i128::from(arrangement.monthly.cents) * 12)
                .sum(),
        }
    }

    fn left(self) -> i128 {
        self.income - self.costs - self.arrangements
    }
}

/// `numerator / denominator` rounded to the nearest whole, halves away from zero.
fn round_div(numerator: i128, denominator: i128) -> i64 {
    let half = denominator / 2;
    let rounded = if numerator >= 0 {
        (numerator + half) / denominator
    } else {
        (numerator - half) / denominator
    };
    i64::try_from(rounded).unwrap_or(if rounded < 0 { i64::MIN } else { i64::MAX })
}

/// The month overview on `today`: arrangements that have ended are left out.
pub fn overview(money: &Money, today: Date) -> MonthOverview {
    let year = PerYear::of(money, today);
    MonthOverview {
        income: round_div(year.income, 12),
        costs: round_div(year.costs, 12),
        arrangements: round_div(year.arrangements, 12),
        left: round_div(year.left(), 12),
    }
}

/// What is left to live on over `months` months at today's amounts, rounded once: a
/// weekly €100 is €52.000 over 120 months, not 120 times a rounded month.
pub fn left_over_months(money: &Money, today: Date, months: u32) -> i64 {
    round_div(PerYear::of(money, today).left() * i128::from(months), 12)
}

/// What is still owed on all debts not paid off, in cents, from the amounts now.
pub fn debts_total(money: &Money) -> i64 {
    money
        .debts
        .iter()
        .filter(|debt| debt.status != crate::model::DebtStatus::PaidOff)
        .filter_map(|debt| debt.current.as_ref())
        .map(|amount| amount.cents)
        .sum()
}

/// The arrangements linked to a debt, running on `today`, per month in cents; `None` when
/// none runs.
pub fn monthly_for_debt(money: &Money, debt: &EntryId, today: Date) -> Option<i64> {
    let linked: Vec<&Arrangement> = money
        .arrangements
        .iter()
        .filter(|a| a.debt.as_ref() == Some(debt) && a.is_running(today))
        .collect();
    (!linked.is_empty()).then(|| linked.iter().map(|a| a.monthly.cents).sum())
}

impl Arrangement {
    /// Still paying on `today`: no last payment, or it has not passed.
    pub fn is_running(&self, today: Date) -> bool {
        self.ends.is_none_or(|ends| today <= ends)
    }

    /// The first payment on or after `today`: the next payment date, then the same day each
    /// month (the last day of a shorter month), never after the last payment.
    pub fn next_due(&self, today: Date) -> Option<Date> {
        let first = self.next_payment?;
        let due = if first >= today {
            first
        } else {
            // Months between, then at most one more (a shorter month can hold a day back).
            let months = (i32::from(today.year()) - i32::from(first.year())) * 12
                + i32::from(today.month())
                - i32::from(first.month());
            let mut months = months.max(0);
            loop {
                let due = add_months(first, months)?;
                if due >= today {
                    break due;
                }
                months += 1;
            }
        };
        self.ends.is_none_or(|ends| due <= ends).then_some(due)
    }
}

/// `date` plus `months` calendar months; the day becomes the month's last when it is shorter.
pub fn add_months(date: Date, months: i32) -> Option<Date> {
    let index = i32::from(date.year()) * 12 + i32::from(date.month()) - 1 + months;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let year = u16::try_from(year).ok()?;
    let month = u8::try_from(month).ok()?;
    (1..=date.day())
        .rev()
        .find_map(|day| Date::new(year, month, day).ok())
}

/// Cents in euros the way the language writes them: "€ 1.234,56", "€1,234.56"; a negative
/// amount gets a minus sign first.
pub fn euros(cents: i64, lang: Lang) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let (whole, rest) = (cents / 100, cents % 100);
    let group = FormatText::Group.get(lang);
    let decimal = FormatText::Decimal.get(lang);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(digit);
    }
    let number = format!("{grouped}{decimal}{rest:02}");
    format!("{sign}{}", FormatText::Money.fill(lang, &[&number]))
}

impl Amount {
    /// The amount as the client typed it, with a euro sign in front when they typed none.
    pub fn shown(&self) -> String {
        let typed = self.typed.trim();
        if typed.contains('€') || typed.to_ascii_uppercase().contains("EUR") {
            typed.to_owned()
        } else {
            format!("€ {typed}")
        }
    }
}
