//! The schuldenoverzicht: one row per debt with the columns a debt-help intake asks for,
//! as a CSV file and as rows for the printed page.
//!
//! The CSV follows the language: in Dutch `;` between fields and a decimal comma, as Dutch
//! Excel expects; in English `,` and a decimal point. Both start with a UTF-8 byte order mark
//! (so Excel reads accents) and end lines with CRLF (RFC 4180). A field with the separator, a
//! quote or a line break is quoted; text that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`) gets a `'` in front.

use super::{euros, monthly_for_debt};
use crate::catalogue::{formats, FormatText, Lang, MoneyText};
use crate::model::{Date, Debt, Money};

/// The headings of the columns, in order.
pub const COLUMNS: [MoneyText; 7] = [
    MoneyText::CsvCreditor,
    MoneyText::CsvReference,
    MoneyText::CsvOriginal,
    MoneyText::CsvCurrent,
    MoneyText::CsvSince,
    MoneyText::CsvStatus,
    MoneyText::CsvMonthly,
];

/// One debt on the printed overview: amounts as the client typed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintRow {
    pub creditor: String,
    pub reference: String,
    pub original: String,
    pub current: String,
    pub since: String,
    pub status: String,
    pub monthly: String,
}

/// The rows of the printed schuldenoverzicht, in the order of the list.
pub fn print_rows(money: &Money, lang: Lang, today: Date) -> Vec<PrintRow> {
    money
        .debts
        .iter()
        .map(|debt| PrintRow {
            creditor: debt.creditor.trim().to_owned(),
            reference: debt.reference.trim().to_owned(),
            original: debt
                .original
                .as_ref()
                .map(|a| a.shown())
                .unwrap_or_default(),
            current: debt.current.as_ref().map(|a| a.shown()).unwrap_or_default(),
            since: debt
                .since
                .map(|d| formats::date_short(d, lang))
                .unwrap_or_default(),
            status: debt.status.text().get(lang).to_owned(),
            monthly: monthly_for_debt(money, &debt.id, today)
                .map(|cents| euros(cents, lang))
                .unwrap_or_default(),
        })
        .collect()
}

/// The schuldenoverzicht as a CSV file for a spreadsheet.
pub fn debts_csv(money: &Money, lang: Lang, today: Date) -> String {
    let separator = FormatText::CsvSeparator
        .get(lang)
        .chars()
        .next()
        .unwrap_or(',');
    let mut out = String::from("\u{feff}");
    let headings: Vec<String> = COLUMNS.iter().map(|t| t.get(lang).to_owned()).collect();
    push_row(&mut out, &headings, separator);
    for debt in &money.debts {
        push_row(&mut out, &row(money, debt, lang, today), separator);
    }
    out
}

fn row(money: &Money, debt: &Debt, lang: Lang, today: Date) -> Vec<String> {
    let number = |cents: i64| plain_number(cents, lang);
    vec![
        text_field(&debt.creditor),
        text_field(&debt.reference),
        debt.original
            .as_ref()
            .map(|a| number(a.cents))
            .unwrap_or_default(),
        debt.current
            .as_ref()
            .map(|a| number(a.cents))
            .unwrap_or_default(),
        debt.since.map(|d| date_field(d, lang)).unwrap_or_default(),
        debt.status.text().get(lang).to_owned(),
        monthly_for_debt(money, &debt.id, today)
            .map(number)
            .unwrap_or_default(),
    ]
}

/// "1234,56" (Dutch) or "1234.56": a number a spreadsheet reads, without a euro sign or
/// thousands separators.
pub fn plain_number(cents: i64, lang: Lang) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let decimal = FormatText::Decimal.get(lang);
    format!("{sign}{}{decimal}{:02}", cents / 100, cents % 100)
}

/// "03-02-2026" in Dutch (dd-mm-jjjj), "2026-02-03" (ISO, which every spreadsheet reads) in
/// the other languages.
fn date_field(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{:02}-{:02}-{}", date.day(), date.month(), date.year()),
        _ => date.to_string(),
    }
}

/// The client's text, trimmed, defused for spreadsheets that run formulas.
fn text_field(text: &str) -> String {
    let text = text.trim();
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn push_row(out: &mut String, fields: &[String], separator: char) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        if field.contains([separator, '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
