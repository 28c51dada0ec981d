//! The money section read-only: each income, cost, debt and arrangement as a card, the month
//! overview, and the whole section as a professional sees it through a share. Amounts show
//! as the client typed them; only sums are written out by the app.

use leptos::prelude::*;
use regie_core::catalogue::{Lang, MoneyText, Phrase, Text};
use regie_core::model::{Arrangement, Date, Debt, Money, MoneyLine};
use regie_core::money::{debts_total, euros, overview};

use crate::sections::card_parts::{group, groups, titled, Level, Value};
use crate::sections::Now;

/// Everything in the section, for a share: the overview first, then each list.
pub(crate) fn card(
    money: &Money,
    documents: &[(String, String)],
    lang: Lang,
    now: Now,
) -> Option<AnyView> {
    let today = now.today.unwrap_or(Date::MAX);
    let entry = |card: AnyView| view! { <li class="view-entry">{card}</li> }.into_any();
    let lines = |lines: &[MoneyLine]| -> Vec<AnyView> {
        lines
            .iter()
            .map(|line| entry(line_card(line, lang, Level::H4)))
            .collect()
    };
    let debts = money
        .debts
        .iter()
        .map(|debt| {
            let document = document_title(documents, debt);
            view! {
                <li class="view-entry" data-status=debt.status.key()>
                    {debt_card(debt, document, lang, Level::H4)}
                </li>
            }
            .into_any()
        })
        .collect();
    let arrangements = money
        .arrangements
        .iter()
        .map(|a| entry(arrangement_card(a, money, lang, Level::H4, today)))
        .collect();
    let lists = groups([
        group(lang, MoneyText::Income, "income", lines(&money.income)),
        group(lang, MoneyText::Costs, "costs", lines(&money.costs)),
        group(lang, MoneyText::Debts, "debts", debts),
        group(lang, MoneyText::Arrangements, "arrangements", arrangements),
    ]);
    Some(view! { {overview_view(money, lang, today, Level::H3, true)} {lists} }.into_any())
}

/// The title of the document a debt points to, when it is in `documents` (id, title).
pub(crate) fn document_title(documents: &[(String, String)], debt: &Debt) -> Option<String> {
    let id = debt.document.as_ref()?;
    documents
        .iter()
        .find(|(doc, _)| doc == id.as_str())
        .map(|(_, title)| title.clone())
}

/// "€ 85,50 per week": the amount as typed and how often.
fn amount_words(line: &MoneyLine, lang: Lang) -> String {
    format!(
        "{} {}",
        line.amount.shown(),
        line.how_often.text().get(lang)
    )
}

pub(crate) fn line_card(line: &MoneyLine, lang: Lang, level: Level) -> AnyView {
    titled::<Phrase>(
        level,
        &line.what,
        lang,
        vec![
            (
                MoneyText::LabelAmount.into(),
                Value::Plain(amount_words(line, lang)),
            ),
            (Text::ViewLabelNote.into(), Value::multiline(&line.note)),
        ],
    )
}

pub(crate) fn debt_card(
    debt: &Debt,
    document: Option<String>,
    lang: Lang,
    level: Level,
) -> AnyView {
    let amount = |amount: &Option<regie_core::model::Amount>| {
        Value::Plain(amount.as_ref().map(|a| a.shown()).unwrap_or_default())
    };
    titled::<Phrase>(
        level,
        &debt.creditor,
        lang,
        vec![
            (
                MoneyText::LabelReference.into(),
                Value::plain(&debt.reference),
            ),
            (MoneyText::LabelOriginal.into(), amount(&debt.original)),
            (MoneyText::LabelCurrent.into(), amount(&debt.current)),
            (Text::ViewLabelSince.into(), Value::Date(debt.since)),
            (
                Text::ViewLabelStatus.into(),
                Value::Plain(debt.status.text().get(lang).to_owned()),
            ),
            (
                MoneyText::LabelDocument.into(),
                Value::Plain(document.unwrap_or_default()),
            ),
            (Text::ViewLabelNote.into(), Value::multiline(&debt.note)),
        ],
    )
}

/// An arrangement, named by whom it pays; the next payment as it falls from `today`.
pub(crate) fn arrangement_card(
    arrangement: &Arrangement,
    money: &Money,
    lang: Lang,
    level: Level,
    today: Date,
) -> AnyView {
    let monthly = format!(
        "{} {}",
        arrangement.monthly.shown(),
        MoneyText::FreqMonth.get(lang)
    );
    titled::<Phrase>(
        level,
        money.creditor_of(arrangement),
        lang,
        vec![
            (MoneyText::LabelMonthly.into(), Value::Plain(monthly)),
            (
                MoneyText::LabelNextPayment.into(),
                Value::Date(arrangement.next_due(today)),
            ),
            (MoneyText::LabelEnds.into(), Value::Date(arrangement.ends)),
            (
                Text::ViewLabelNote.into(),
                Value::multiline(&arrangement.note),
            ),
        ],
    )
}

/// The month overview: income, fixed costs, arrangements and what is left to live on, and
/// what is still owed.
/// `hooked` puts the test hooks on it: the printed copy has none, so each hook is once on
/// the page.
pub(crate) fn overview_view(
    money: &Money,
    lang: Lang,
    today: Date,
    level: Level,
    hooked: bool,
) -> AnyView {
    let month = overview(money, today);
    let hook = move |hook: &'static str| hooked.then_some(hook);
    let row = move |label: MoneyText, cents: i64, name: &'static str| {
        view! {
            <div class="pair">
                <dt>{label.get(lang)}</dt>
                <dd data-testid=hook(name)>{euros(cents, lang)}</dd>
            </div>
        }
    };
    let short = (month.left < 0).then(|| {
        view! { <p class="warning" data-testid=hook("money-short")>{MoneyText::OverviewShort.get(lang)}</p> }
    });
    let owed = debts_total(money);
    let owed = (owed > 0).then(|| {
        let words = MoneyText::DebtsTotal.fill(lang, &[&euros(owed, lang)]);
        view! { <p class="money-owed" data-testid=hook("money-owed")>{words}</p> }
    });
    let heading = MoneyText::Overview.get(lang).to_owned();
    view! {
        <div class="money-overview card" data-testid=hook("money-overview")>
            {crate::sections::card_parts::heading(level, "money-overview-title", heading)}
            <dl class="details">
                {row(MoneyText::Income, month.income, "money-overview-income")}
                {row(MoneyText::Costs, -month.costs, "money-overview-costs")}
                {row(MoneyText::Arrangements, -month.arrangements, "money-overview-arrangements")}
                <div class="pair money-left">
                    <dt>{MoneyText::OverviewLeft.get(lang)}</dt>
                    <dd data-testid=hook("money-overview-left")>{euros(month.left, lang)}</dd>
                </div>
            </dl>
            {short}
            {owed}
            <p class="hint">{MoneyText::OverviewHow.get(lang)}</p>
        </div>
    }
    .into_any()
}
