//! The schuldenoverzicht on paper: hidden on screen, the only thing the money page prints
//! (see the print stylesheet). One row per debt, amounts as the client typed them, then the
//! month overview.

use leptos::prelude::*;
use regie_core::catalogue::{formats, Lang, MoneyText, PageText, Phrase, Text};
use regie_core::model::{Date, Money};
use regie_core::money::csv::print_rows;
use regie_core::money::{debts_total, euros};

use super::card::overview_view;
use crate::sections::card_parts::Level;

const HEADINGS: [Phrase; 7] = [
    Phrase::Money(MoneyText::LabelCreditor),
    Phrase::Money(MoneyText::LabelReference),
    Phrase::Money(MoneyText::LabelOriginal),
    Phrase::Money(MoneyText::LabelCurrent),
    Phrase::Main(Text::ViewLabelSince),
    Phrase::Main(Text::ViewLabelStatus),
    Phrase::Money(MoneyText::LabelMonthly),
];

pub(crate) fn sheet(money: &Money, name: &str, lang: Lang, today: Date) -> AnyView {
    let headings = HEADINGS
        .iter()
        .map(|text| view! { <th scope="col">{text.get(lang)}</th> })
        .collect_view();
    let rows = print_rows(money, lang, today)
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.creditor}</th>
                    <td class="nowrap">{row.reference}</td>
                    <td class="amount">{row.original}</td>
                    <td class="amount">{row.current}</td>
                    <td class="nowrap">{row.since}</td>
                    <td>{row.status}</td>
                    <td class="amount">{row.monthly}</td>
                </tr>
            }
        })
        .collect_view();
    let name = name.trim();
    let of = (!name.is_empty()).then(|| view! { <p>{MoneyText::PrintFor.fill(lang, &[name])}</p> });
    let made = PageText::MadeOn.fill(lang, &[&formats::date_long(today, lang)]);
    view! {
        <article class="money-sheet" data-testid="money-sheet">
            <h2 class="money-sheet-title">{MoneyText::PrintTitle.get(lang)}</h2>
            {of}
            <p>{made}</p>
            <table class="money-table">
                <thead><tr>{headings}</tr></thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{MoneyText::PrintTotal.get(lang)}</th>
                        <td></td>
                        <td></td>
                        <td class="amount">{euros(debts_total(money), lang)}</td>
                        <td></td>
                        <td></td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
            {overview_view(money, lang, today, Level::H3, false)}
        </article>
    }
    .into_any()
}
