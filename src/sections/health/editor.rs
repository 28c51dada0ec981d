use leptos::prelude::*;
use regie_core::catalogue::{PageText, Text};
use regie_core::editing::{
    check_allergy, check_condition, check_medication, check_provider, read_date, remove, upsert,
};
use regie_core::model::{Allergy, CareProvider, Condition, EntryId, Medication};

use super::card::{allergy_card, condition_card, medication_card, provider_card};
use crate::components::{date_input, new_entry_id, report, EntryForm, EntryList, FormArgs, Input};
use crate::i18n::tr;
use crate::sections::card_parts::Level;
use crate::session::Session;

/// The client's health lists, each card with edit and delete.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let conditions = Memo::new(move |_| session.dossier.with(|d| d.health.conditions.clone()));
    let medication = Memo::new(move |_| session.dossier.with(|d| d.health.medication.clone()));
    let allergies = Memo::new(move |_| session.dossier.with(|d| d.health.allergies.clone()));
    let providers = Memo::new(move |_| session.dossier.with(|d| d.health.providers.clone()));
    view! {
        <section data-testid="section-health" aria-labelledby="health-title">
            <h1 id="health-title">{tr(Text::SectionHealth)}</h1>
            <p>{tr(PageText::HealthIntro)}</p>
            <EntryList testid="medication" heading=Text::ViewMedication
                empty=Text::HealthMedicationEmpty adds=vec![Text::HealthMedicationAdd.into()]
                items=medication
                id_of=|m: &Medication| &m.id title_of=|m: &Medication| m.name.trim().to_owned()
                card=|x: &Medication, lang| medication_card(x, lang, Level::H3) reveal=reveal.clone()
                form=medication_form
                remove=|d, id| {
                    remove(&mut d.health.medication, |m| &m.id, id);
                }/>
            <EntryList testid="allergy" heading=Text::ViewAllergies
                empty=Text::HealthAllergiesEmpty adds=vec![Text::HealthAllergyAdd.into()]
                items=allergies
                id_of=|a: &Allergy| &a.id title_of=|a: &Allergy| a.name.trim().to_owned()
                card=|x: &Allergy, lang| allergy_card(x, lang, Level::H3) reveal=reveal.clone()
                form=allergy_form
                remove=|d, id| {
                    remove(&mut d.health.allergies, |a| &a.id, id);
                }/>
            <EntryList testid="condition" heading=Text::ViewConditions
                empty=Text::HealthConditionsEmpty adds=vec![Text::HealthConditionAdd.into()]
                items=conditions
                id_of=|c: &Condition| &c.id title_of=|c: &Condition| c.name.trim().to_owned()
                card=|x: &Condition, lang| condition_card(x, lang, Level::H3) reveal=reveal.clone()
                form=condition_form
                remove=|d, id| {
                    remove(&mut d.health.conditions, |c| &c.id, id);
                }/>
            <EntryList testid="provider" heading=Text::ViewCareProviders
                empty=Text::HealthProvidersEmpty adds=vec![Text::HealthProviderAdd.into()]
                items=providers
                id_of=|p: &CareProvider| &p.id
                title_of=|p: &CareProvider| p.name.trim().to_owned()
                card=|x: &CareProvider, lang| provider_card(x, lang, Level::H3) reveal=reveal.clone()
                form=provider_form
                remove=|d, id| {
                    remove(&mut d.health.providers, |p| &p.id, id);
                }/>
        </section>
    }
}

// -- medication --

fn medication_form(args: FormArgs<Medication>) -> AnyView {
    view! { <MedicationForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn MedicationForm(initial: Option<Medication>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|m| m.name.trim().to_owned());
    let m = initial.unwrap_or_else(|| Medication {
        id: new_entry_id(),
        name: String::new(),
        dose: String::new(),
        when: String::new(),
    });
    let id = StoredValue::new(m.id);
    let name = RwSignal::new(m.name);
    let dose = RwSignal::new(m.dose);
    let when = RwSignal::new(m.when);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let medication = Medication {
            id: id.get_value(),
            name: name.get_untracked(),
            dose: dose.get_untracked(),
            when: when.get_untracked(),
        };
        if report(error, check_medication(&medication)) {
            session.edit(move |d| upsert(&mut d.health.medication, |m| &m.id, medication));
            done.run(());
        }
    });
    view! {
        <EntryForm testid="medication" title=Text::HealthMedicationAdd editing=editing
            error=error on_save=save done=done>
            <Input label=Text::MedicationName testid="medication-name" value=name required=true/>
            <Input label=Text::MedicationDose testid="medication-dose" value=dose/>
            <Input label=Text::MedicationWhen testid="medication-when" value=when/>
        </EntryForm>
    }
}

// -- allergies --

fn allergy_form(args: FormArgs<Allergy>) -> AnyView {
    view! { <AllergyForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn AllergyForm(initial: Option<Allergy>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|a| a.name.trim().to_owned());
    let a = initial.unwrap_or_else(|| Allergy {
        id: new_entry_id(),
        name: String::new(),
        reaction: String::new(),
    });
    let id = StoredValue::new(a.id);
    let name = RwSignal::new(a.name);
    let reaction = RwSignal::new(a.reaction);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let allergy = Allergy {
            id: id.get_value(),
            name: name.get_untracked(),
            reaction: reaction.get_untracked(),
        };
        if report(error, check_allergy(&allergy)) {
            session.edit(move |d| upsert(&mut d.health.allergies, |a| &a.id, allergy));
            done.run(());
        }
    });
    view! {
        <EntryForm testid="allergy" title=Text::HealthAllergyAdd editing=editing error=error
            on_save=save done=done>
            <Input label=Text::AllergyName testid="allergy-name" value=name required=true/>
            <Input label=Text::AllergyReaction testid="allergy-reaction" value=reaction/>
        </EntryForm>
    }
}

// -- conditions --

fn condition_form(args: FormArgs<Condition>) -> AnyView {
    view! { <ConditionForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn ConditionForm(initial: Option<Condition>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|c| c.name.trim().to_owned());
    let c = initial.unwrap_or_else(|| Condition {
        id: new_entry_id(),
        name: String::new(),
        since: None,
        note: String::new(),
    });
    let id = StoredValue::new(c.id);
    let name = RwSignal::new(c.name);
    let since = RwSignal::new(date_input(c.since));
    let note = RwSignal::new(c.note);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let since = match read_date("since", &since.get_untracked()) {
            Ok(since) => since,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let condition = Condition {
            id: id.get_value(),
            name: name.get_untracked(),
            since,
            note: note.get_untracked(),
        };
        if report(error, check_condition(&condition)) {
            session.edit(move |d| upsert(&mut d.health.conditions, |c| &c.id, condition));
            done.run(());
        }
    });
    view! {
        <EntryForm testid="condition" title=Text::HealthConditionAdd editing=editing
            error=error on_save=save done=done>
            <Input label=Text::ConditionName testid="condition-name" value=name required=true/>
            <Input label=Text::ViewLabelSince testid="condition-since" value=since kind="date"/>
            <Input label=Text::ViewLabelNote testid="condition-note" value=note multiline=true/>
        </EntryForm>
    }
}

// -- care providers --

fn provider_form(args: FormArgs<CareProvider>) -> AnyView {
    view! { <ProviderForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn ProviderForm(initial: Option<CareProvider>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|p| p.name.trim().to_owned());
    let p = initial.unwrap_or_else(|| CareProvider {
        id: new_entry_id(),
        name: String::new(),
        role: String::new(),
        phone: String::new(),
    });
    let id = StoredValue::new(p.id);
    let name = RwSignal::new(p.name);
    let role = RwSignal::new(p.role);
    let phone = RwSignal::new(p.phone);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let provider = CareProvider {
            id: id.get_value(),
            name: name.get_untracked(),
            role: role.get_untracked(),
            phone: phone.get_untracked(),
        };
        if report(error, check_provider(&provider)) {
            session.edit(move |d| upsert(&mut d.health.providers, |p| &p.id, provider));
            done.run(());
        }
    });
    view! {
        <EntryForm testid="provider" title=Text::HealthProviderAdd editing=editing error=error
            on_save=save done=done>
            <Input label=Text::FieldName testid="provider-name" value=name required=true/>
            <Input label=Text::ProviderRole testid="provider-role" value=role/>
            <Input label=Text::FieldPhone testid="provider-phone" value=phone kind="tel"/>
        </EntryForm>
    }
}
