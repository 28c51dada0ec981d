//! The client's money section: the month overview, four lists with add, edit and delete,
//! and the schuldenoverzicht as a CSV download and on paper.

use leptos::prelude::*;
use regie_core::catalogue::{MoneyText, Text};
use regie_core::editing::remove;
use regie_core::model::{Arrangement, Debt, EntryId, MoneyLine};
use regie_core::money::csv::debts_csv;

use super::card::{arrangement_card, debt_card, document_title, line_card, overview_view};
use super::forms::{arrangement_form, cost_form, debt_form, income_form};
use super::sheet::sheet;
use crate::components::{today, EntryList, ErrorMessage};
use crate::i18n::{tr, I18n};
use crate::platform::files::download_blob;
use crate::platform::print;
use crate::platform::share_sheet::text_file;
use crate::sections::card_parts::Level;
use crate::session::Session;

/// The documents of the dossier as (id, title), for a debt's link to its letter.
pub(super) fn document_titles(session: Session) -> Vec<(String, String)> {
    session.dossier.with_untracked(|d| {
        d.documents
            .files
            .iter()
            .map(|file| (file.id.to_string(), file.name.trim().to_owned()))
            .collect()
    })
}

/// An arrangement's creditor, its own or its debt's.
fn creditor_of(arrangement: &Arrangement) -> String {
    expect_context::<Session>()
        .dossier
        .with_untracked(|d| d.money.creditor_of(arrangement).to_owned())
}

#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let income = Memo::new(move |_| session.dossier.with(|d| d.money.income.clone()));
    let costs = Memo::new(move |_| session.dossier.with(|d| d.money.costs.clone()));
    let debts = Memo::new(move |_| session.dossier.with(|d| d.money.debts.clone()));
    let arrangements = Memo::new(move |_| session.dossier.with(|d| d.money.arrangements.clone()));
    let day = today();
    let overview = move || {
        let lang = lang.get();
        session
            .dossier
            .with(|d| overview_view(&d.money, lang, day, Level::H2, true))
    };
    let paper = move || {
        let lang = lang.get();
        session
            .dossier
            .with(|d| sheet(&d.money, &d.about.name, lang, day))
    };
    view! {
        <section data-testid="section-money" aria-labelledby="money-title">
            <div class="money-screen">
                <h1 id="money-title">{tr(Text::SectionMoney)}</h1>
                <p>{tr(MoneyText::Intro)}</p>
                {overview}
                <EntryList testid="income" heading=MoneyText::Income
                    empty=MoneyText::IncomeEmpty adds=vec![MoneyText::IncomeAdd.into()] items=income
                    id_of=|l: &MoneyLine| &l.id title_of=|l: &MoneyLine| l.what.trim().to_owned()
                    card=|x: &MoneyLine, lang| line_card(x, lang, Level::H3)
                    reveal=reveal.clone() form=income_form
                    remove=|d, id| {
                        remove(&mut d.money.income, |l| &l.id, id);
                    }/>
                <EntryList testid="cost" heading=MoneyText::Costs
                    empty=MoneyText::CostsEmpty adds=vec![MoneyText::CostAdd.into()] items=costs
                    id_of=|l: &MoneyLine| &l.id title_of=|l: &MoneyLine| l.what.trim().to_owned()
                    card=|x: &MoneyLine, lang| line_card(x, lang, Level::H3)
                    reveal=reveal.clone() form=cost_form
                    remove=|d, id| {
                        remove(&mut d.money.costs, |l| &l.id, id);
                    }/>
                <EntryList testid="debt" heading=MoneyText::Debts
                    empty=MoneyText::DebtsEmpty adds=vec![MoneyText::DebtAdd.into()] items=debts
                    id_of=|x: &Debt| &x.id title_of=|x: &Debt| x.creditor.trim().to_owned()
                    card=|x: &Debt, lang| {
                        let titles = document_titles(expect_context::<Session>());
                        debt_card(x, document_title(&titles, x), lang, Level::H3)
                    }
                    reveal=reveal.clone() form=debt_form
                    remove=|d, id| {
                        remove(&mut d.money.debts, |x| &x.id, id);
                        // An arrangement keeps its creditor when its debt goes.
                        for a in &mut d.money.arrangements {
                            if a.debt.as_ref() == Some(id) {
                                let creditor = a.creditor.trim().to_owned();
                                a.debt = None;
                                a.creditor = creditor;
                            }
                        }
                    }/>
                <EntryList testid="arrangement" heading=MoneyText::Arrangements
                    empty=MoneyText::ArrangementsEmpty adds=vec![MoneyText::ArrangementAdd.into()]
                    items=arrangements
                    id_of=|x: &Arrangement| &x.id title_of=creditor_of
                    card=|x: &Arrangement, lang| {
                        let session = expect_context::<Session>();
                        session.dossier.with_untracked(|d| {
                            arrangement_card(x, &d.money, lang, Level::H3, today())
                        })
                    }
                    reveal=reveal form=arrangement_form
                    remove=|d, id| {
                        remove(&mut d.money.arrangements, |x| &x.id, id);
                    }/>
                <Export/>
            </div>
            {paper}
        </section>
    }
}

/// The schuldenoverzicht: download as CSV, or print (A4; the print stylesheet leaves only
/// the sheet on paper).
#[component]
fn Export() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<Text>);
    let download = move |_| {
        let lang = lang.get_untracked();
        error.set(None);
        let csv = session
            .dossier
            .with_untracked(|d| debts_csv(&d.money, lang, today()));
        let name = MoneyText::CsvFileName.get(lang);
        let saved = text_file(&csv, name, "text/csv;charset=utf-8")
            .and_then(|file| download_blob(&file, name).ok());
        match saved {
            Some(()) => status.set(Some(MoneyText::CsvSaved.fill(lang, &[name]))),
            None => {
                status.set(None);
                error.set(Some(Text::MoneyCsvFailed));
            }
        }
    };
    let print = move |_| {
        status.set(None);
        error.set((!print::print_page()).then_some(Text::PlanPrintFailed));
    };
    view! {
        <div class="money-export card">
            <h2>{tr(MoneyText::PrintTitle)}</h2>
            <p class="hint">{tr(MoneyText::ExportHint)}</p>
            <button type="button" class="button wide" data-testid="money-export-csv"
                on:click=download>
                {tr(MoneyText::ExportCsv)}
            </button>
            <button type="button" class="button wide" data-testid="money-print" on:click=print>
                {tr(MoneyText::Print)}
            </button>
            <p class="hint" role="status" data-testid="money-export-status">{move || status.get()}</p>
            <ErrorMessage error=error/>
        </div>
    }
}
