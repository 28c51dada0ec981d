//! The forms of the money section: an income or fixed cost, a debt, an arrangement. Each
//! reads what was typed through the core's rules and stores nothing until it is right.

use leptos::prelude::*;
use regie_core::catalogue::{MoneyText, Phrase, Text};
use regie_core::editing::{read_date, upsert, Mistake};
use regie_core::model::{Arrangement, Debt, DebtStatus, EntryId, Frequency, MoneyLine};
use regie_core::money::forms::{
    check_arrangement, check_debt, check_line, read_amount, read_optional_amount,
};

use super::editor::document_titles;
use crate::components::{date_input, new_entry_id, report, Choice, EntryForm, FormArgs, Input};
use crate::i18n::{tr, I18n};
use crate::session::Session;

pub(super) fn income_form(args: FormArgs<MoneyLine>) -> AnyView {
    view! { <LineForm initial=args.initial done=args.done cost=false/> }.into_any()
}

pub(super) fn cost_form(args: FormArgs<MoneyLine>) -> AnyView {
    view! { <LineForm initial=args.initial done=args.done cost=true/> }.into_any()
}

/// One income (`cost` false) or fixed cost: what, how much, how often.
#[component]
fn LineForm(initial: Option<MoneyLine>, done: Callback<()>, cost: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|l| l.what.trim().to_owned());
    let id = StoredValue::new(initial.as_ref().map_or_else(new_entry_id, |l| l.id.clone()));
    let what = RwSignal::new(initial.as_ref().map(|l| l.what.clone()).unwrap_or_default());
    let amount = RwSignal::new(
        initial
            .as_ref()
            .map(|l| l.amount.typed.clone())
            .unwrap_or_default(),
    );
    let how_often = RwSignal::new(
        initial
            .as_ref()
            .map_or(Frequency::Month, |l| l.how_often)
            .key()
            .to_owned(),
    );
    let note = RwSignal::new(initial.as_ref().map(|l| l.note.clone()).unwrap_or_default());
    let error = RwSignal::new(None);
    let testid = if cost { "cost" } else { "income" };
    let save = Callback::new(move |()| {
        if what.get_untracked().trim().is_empty() {
            return error.set(Some(Mistake::Required("what").text()));
        }
        let amount = match read_amount("amount", &amount.get_untracked()) {
            Ok(amount) => amount,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let chosen = how_often.get_untracked();
        let line = MoneyLine {
            id: id.get_value(),
            what: what.get_untracked(),
            amount,
            how_often: Frequency::ALL
                .into_iter()
                .find(|f| f.key() == chosen)
                .unwrap_or_default(),
            note: note.get_untracked(),
        };
        if report(error, check_line(&line)) {
            session.edit(move |d| {
                let list = if cost {
                    &mut d.money.costs
                } else {
                    &mut d.money.income
                };
                upsert(list, |l| &l.id, line);
            });
            done.run(());
        }
    });
    let options = Frequency::ALL.map(|f| (f.key(), f.text().into())).to_vec();
    let (title, what_label) = if cost {
        (MoneyText::CostAdd, MoneyText::LabelCostWhat)
    } else {
        (MoneyText::IncomeAdd, MoneyText::LabelIncomeWhat)
    };
    let (what_id, amount_id, often_id, note_id) = if cost {
        ("cost-what", "cost-amount", "cost-how-often", "cost-note")
    } else {
        (
            "income-what",
            "income-amount",
            "income-how-often",
            "income-note",
        )
    };
    view! {
        <EntryForm testid=testid title=title editing=editing error=error on_save=save done=done>
            <Input label=what_label testid=what_id value=what required=true/>
            <Input label=MoneyText::LabelAmount testid=amount_id value=amount required=true/>
            <Choice label=MoneyText::LabelHowOften testid=often_id value=how_often
                options=options/>
            <Input label=Text::ViewLabelNote testid=note_id value=note multiline=true/>
        </EntryForm>
    }
}

pub(super) fn debt_form(args: FormArgs<Debt>) -> AnyView {
    view! { <DebtForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn DebtForm(initial: Option<Debt>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|d| d.creditor.trim().to_owned());
    let d = initial.unwrap_or_else(|| Debt {
        id: new_entry_id(),
        creditor: String::new(),
        reference: String::new(),
        original: None,
        current: None,
        since: None,
        status: DebtStatus::Open,
        document: None,
        note: String::new(),
    });
    let typed = |a: &Option<regie_core::model::Amount>| {
        a.as_ref().map(|a| a.typed.clone()).unwrap_or_default()
    };
    let id = StoredValue::new(d.id);
    let creditor = RwSignal::new(d.creditor);
    let reference = RwSignal::new(d.reference);
    let original = RwSignal::new(typed(&d.original));
    let current = RwSignal::new(typed(&d.current));
    let since = RwSignal::new(date_input(d.since));
    let status = RwSignal::new(d.status.key().to_owned());
    let document = RwSignal::new(d.document.map(|id| id.to_string()).unwrap_or_default());
    let note = RwSignal::new(d.note);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let read = || -> Result<_, Mistake> {
            Ok((
                read_optional_amount("original", &original.get_untracked())?,
                read_optional_amount("current", &current.get_untracked())?,
                read_date("since", &since.get_untracked())?,
            ))
        };
        let (original, current, since) = match read() {
            Ok(read) => read,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let chosen = status.get_untracked();
        let document = document.get_untracked();
        let debt = Debt {
            id: id.get_value(),
            creditor: creditor.get_untracked(),
            reference: reference.get_untracked(),
            original,
            current,
            since,
            status: DebtStatus::ALL
                .into_iter()
                .find(|s| s.key() == chosen)
                .unwrap_or_default(),
            document: (!document.is_empty()).then(|| EntryId::new(document)),
            note: note.get_untracked(),
        };
        if report(error, check_debt(&debt)) {
            session.edit(move |d| upsert(&mut d.money.debts, |x| &x.id, debt));
            done.run(());
        }
    });
    let statuses = DebtStatus::ALL.map(|s| (s.key(), s.text().into())).to_vec();
    let documents = document_titles(session);
    view! {
        <EntryForm testid="debt" title=MoneyText::DebtAdd editing=editing error=error
            on_save=save done=done>
            <Input label=MoneyText::LabelCreditor testid="debt-creditor" value=creditor
                required=true hint=MoneyText::CreditorHint/>
            <Input label=MoneyText::LabelReference testid="debt-reference" value=reference
                hint=MoneyText::ReferenceHint/>
            <Input label=MoneyText::LabelOriginal testid="debt-original" value=original/>
            <Input label=MoneyText::LabelCurrent testid="debt-current" value=current/>
            <Input label=Text::ViewLabelSince testid="debt-since" value=since kind="date"/>
            <Choice label=Text::ViewLabelStatus testid="debt-status" value=status
                options=statuses/>
            <LinkChoice label=MoneyText::LabelDocument testid="debt-document" value=document
                none=MoneyText::NoDocument options=documents/>
            <Input label=Text::ViewLabelNote testid="debt-note" value=note multiline=true/>
        </EntryForm>
    }
}

pub(super) fn arrangement_form(args: FormArgs<Arrangement>) -> AnyView {
    view! { <ArrangementForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn ArrangementForm(initial: Option<Arrangement>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|a| {
        session
            .dossier
            .with_untracked(|d| d.money.creditor_of(a).to_owned())
    });
    let id = StoredValue::new(initial.as_ref().map_or_else(new_entry_id, |a| a.id.clone()));
    let debt = RwSignal::new(
        initial
            .as_ref()
            .and_then(|a| a.debt.as_ref())
            .map(|id| id.to_string())
            .unwrap_or_default(),
    );
    let creditor = RwSignal::new(
        initial
            .as_ref()
            .map(|a| a.creditor.clone())
            .unwrap_or_default(),
    );
    let monthly = RwSignal::new(
        initial
            .as_ref()
            .map(|a| a.monthly.typed.clone())
            .unwrap_or_default(),
    );
    let next = RwSignal::new(date_input(initial.as_ref().and_then(|a| a.next_payment)));
    let ends = RwSignal::new(date_input(initial.as_ref().and_then(|a| a.ends)));
    let note = RwSignal::new(initial.as_ref().map(|a| a.note.clone()).unwrap_or_default());
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let read = || -> Result<_, Mistake> {
            Ok((
                read_amount("monthly", &monthly.get_untracked())?,
                read_date("next_payment", &next.get_untracked())?,
                read_date("ends", &ends.get_untracked())?,
            ))
        };
        let (monthly, next_payment, ends) = match read() {
            Ok(read) => read,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let debt = debt.get_untracked();
        let arrangement = Arrangement {
            id: id.get_value(),
            debt: (!debt.is_empty()).then(|| EntryId::new(debt)),
            creditor: creditor.get_untracked(),
            monthly,
            next_payment,
            ends,
            note: note.get_untracked(),
        };
        let checked = session
            .dossier
            .with_untracked(|d| check_arrangement(&arrangement, &d.money));
        if report(error, checked) {
            session.edit(move |d| upsert(&mut d.money.arrangements, |x| &x.id, arrangement));
            done.run(());
        }
    });
    let debts = session.dossier.with_untracked(|d| {
        d.money
            .debts
            .iter()
            .map(|debt| (debt.id.to_string(), debt.creditor.trim().to_owned()))
            .collect::<Vec<_>>()
    });
    view! {
        <EntryForm testid="arrangement" title=MoneyText::ArrangementAdd editing=editing
            error=error on_save=save done=done>
            <LinkChoice label=MoneyText::LabelDebt testid="arrangement-debt" value=debt
                none=MoneyText::NoDebt options=debts/>
            <Input label=MoneyText::LabelCreditor testid="arrangement-creditor" value=creditor
                hint=MoneyText::CreditorHint/>
            <Input label=MoneyText::LabelMonthly testid="arrangement-monthly" value=monthly
                required=true/>
            <Input label=MoneyText::LabelNextPayment testid="arrangement-next" value=next
                kind="date"/>
            <Input label=MoneyText::LabelEnds testid="arrangement-ends" value=ends kind="date"/>
            <Input label=Text::ViewLabelNote testid="arrangement-note" value=note
                multiline=true/>
        </EntryForm>
    }
}

/// A choice of one entry of the dossier by its name, or none; the value is the entry's id.
#[component]
fn LinkChoice(
    #[prop(into)] label: Phrase,
    testid: &'static str,
    value: RwSignal<String>,
    #[prop(into)] none: Phrase,
    options: Vec<(String, String)>,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let id = format!("f-{testid}");
    let options = options
        .into_iter()
        .map(|(key, name)| {
            let selected = key.clone();
            view! {
                <option value=key selected=move || value.get() == selected>{name}</option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <select id=id data-testid=testid
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.get().is_empty()>
                    {move || none.get(lang.get())}
                </option>
                {options}
            </select>
        </div>
    }
}
