//! An amount of money as the client typed it, and the whole cents it stands for.
//!
//! The client types "1.234,56", "12,5", "€ 40" or "40,-"; the dossier keeps that text, to show
//! it back exactly, and the number of cents, to count with. No floating point anywhere.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The largest amount the dossier accepts: 999.999.999,99 euro.
pub const MAX_CENTS: i64 = 99_999_999_999;

/// An amount in euros: the text as typed (trimmed) and its value in cents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Amount {
    pub cents: i64,
    pub typed: String,
}

/// Why a typed amount could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    /// Letters, a minus sign or separators in the wrong places.
    NotAnAmount,
    /// More than two digits after the decimal comma.
    TooManyDecimals,
    TooLarge,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AmountError::Empty => "no amount",
            AmountError::NotAnAmount => "not an amount",
            AmountError::TooManyDecimals => "more than two digits for cents",
            AmountError::TooLarge => "amount too large",
        })
    }
}

impl Amount {
    /// Reads what the client typed. A comma is the decimal separator and a dot groups
    /// thousands ("1.234,56"), as in Dutch; "1,234.56" (both, the last one decides) and
    /// "12.50" (one dot, one or two digits after it) are read the English way too. A euro sign,
    /// "EUR", spaces and a closing ",-" are allowed.
    pub fn parse(text: &str) -> Result<Amount, AmountError> {
        let typed = text.trim();
        Ok(Amount {
            cents: cents_of(typed)?,
            typed: typed.to_owned(),
        })
    }

    /// An amount typed by the program itself (tests, samples): the Dutch form of `cents`.
    pub fn from_cents(cents: i64) -> Amount {
        let typed = format!("{},{:02}", cents / 100, cents % 100);
        Amount { cents, typed }
    }

    /// Whether the typed text still says the number of cents (a hand-edited file may not).
    pub fn is_consistent(&self) -> bool {
        cents_of(self.typed.trim()) == Ok(self.cents)
    }
}

fn cents_of(typed: &str) -> Result<i64, AmountError> {
    let mut text: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .collect();
    for sign in ["€", "EUR", "eur", "Eur"] {
        if let Some(rest) = text.strip_prefix(sign) {
            text = rest.to_owned();
        }
        if let Some(rest) = text.strip_suffix(sign) {
            text = rest.to_owned();
        }
    }
    for whole in [",--", ",-", ".--", ".-"] {
        if let Some(rest) = text.strip_suffix(whole) {
            if !rest.is_empty() {
                text = rest.to_owned();
            }
            break;
        }
    }
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(AmountError::NotAnAmount);
    }
    let (last_comma, last_dot) = (text.rfind(','), text.rfind('.'));
    let dots = text.matches('.').count();
    // Which separator, if any, starts the cents.
    let decimal = match (last_comma, last_dot) {
        (Some(c), Some(d)) => Some(c.max(d)),
        (Some(c), None) => Some(c),
        (None, Some(d)) if dots == 1 && (1..=2).contains(&(text.len() - d - 1)) => Some(d),
        _ => None,
    };
    let (whole, fraction) = match decimal {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text.as_str(), ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotAnAmount);
    }
    if fraction.len() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    if decimal.is_some() && fraction.is_empty() {
        return Err(AmountError::NotAnAmount);
    }
    // "1,234,56": the separator of the cents cannot also group thousands.
    if let Some(at) = decimal {
        if whole.contains(&text[at..at + 1]) {
            return Err(AmountError::NotAnAmount);
        }
    }
    let euros = whole_euros(whole)?;
    let cents = match fraction.len() {
        0 => 0,
        1 => i64::from(fraction.as_bytes()[0] - b'0') * 10,
        _ => fraction
            .parse::<i64>()
            .map_err(|_| AmountError::NotAnAmount)?,
    };
    let total = euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .ok_or(AmountError::TooLarge)?;
    if total > MAX_CENTS {
        return Err(AmountError::TooLarge);
    }
    Ok(total)
}

/// The euros before the decimal separator: digits, or groups of three after a separator.
fn whole_euros(whole: &str) -> Result<i64, AmountError> {
    if whole.is_empty() {
        return Ok(0);
    }
    let separator = whole.chars().find(|c| *c == '.' || *c == ',');
    let digits: String = match separator {
        None => whole.to_owned(),
        Some(sep) => {
            let groups: Vec<&str> = whole.split(sep).collect();
            let first_ok = (1..=3).contains(&groups[0].len());
            let rest_ok = groups[1..].iter().all(|group| group.len() == 3);
            let one_kind = !whole.contains(if sep == '.' { ',' } else { '.' });
            if !(first_ok && rest_ok && one_kind) {
                return Err(AmountError::NotAnAmount);
            }
            groups.concat()
        }
    };
    if digits.len() > 12 {
        return Err(AmountError::TooLarge);
    }
    digits.parse::<i64>().map_err(|_| AmountError::NotAnAmount)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cents(text: &str) -> Result<i64, AmountError> {
        Amount::parse(text).map(|amount| amount.cents)
    }

    #[test]
    fn reads_what_clients_type() {
        for (text, expected) in [
            ("1.234,56", 123_456),
            ("12,5", 1_250),
            ("€ 40", 4_000),
            ("€40,-", 4_000),
            ("40,--", 4_000),
            ("  7  ", 700),
            ("0,99", 99),
            (",50", 50),
            ("12.50", 1_250),
            ("12.5", 1_250),
            ("1.234", 123_400),
            ("1.234.567", 123_456_700),
            ("1,234.56", 123_456),
            ("1 234,56", 123_456),
            ("1\u{a0}234,56 EUR", 123_456),
            ("EUR 3,00", 300),
            ("999.999.999,99", MAX_CENTS),
        ] {
            assert_eq!(cents(text), Ok(expected), "{text:?}");
        }
    }

    #[test]
    fn keeps_the_text_as_typed() {
        let amount = Amount::parse("  € 1.234,56 ").unwrap();
        assert_eq!(amount.typed, "€ 1.234,56");
        assert!(amount.is_consistent());
    }

    #[test]
    fn refuses_what_is_no_amount() {
        for (text, expected) in [
            ("", AmountError::Empty),
            ("€", AmountError::Empty),
            ("-40", AmountError::NotAnAmount),
            ("veertig", AmountError::NotAnAmount),
            ("12,345", AmountError::TooManyDecimals),
            ("1.2.3", AmountError::NotAnAmount),
            ("12,", AmountError::NotAnAmount),
            ("1.23,45.6", AmountError::NotAnAmount),
            ("12.34.56,00", AmountError::NotAnAmount),
            ("1,234,56", AmountError::NotAnAmount),
            ("1e5", AmountError::NotAnAmount),
            ("1.000.000.000,00", AmountError::TooLarge),
            ("99999999999999999999999", AmountError::TooLarge),
        ] {
            assert_eq!(cents(text), Err(expected), "{text:?}");
        }
    }

    #[test]
    fn a_changed_text_is_no_longer_consistent() {
        let mut amount = Amount::parse("40").unwrap();
        amount.cents = 4_001;
        assert!(!amount.is_consistent());
        assert!(Amount::from_cents(123_456).is_consistent());
        assert_eq!(Amount::from_cents(5).typed, "0,05");
    }
}
