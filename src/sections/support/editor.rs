use leptos::prelude::*;
use regie_core::catalogue::{PageText, Text};
use regie_core::editing::{
    check_application, check_decision, check_help, default_objection_deadline,
    objection_deadline_to_store, read_date, read_required_date, remove, upsert, Mistake,
};
use regie_core::model::{
    Application, ApplicationStatus, CurrentHelp, Date, Decision, EntryId, Procedure,
};

use super::card::{application_card, decision_card, help_card};
use super::clocks::{clock_facts, ProcedureChoice};
use crate::components::{
    date_input, new_entry_id, report, Choice, EntryForm, EntryList, FormArgs, Input,
};
use crate::i18n::tr;
use crate::sections::card_parts::Level;
use crate::session::Session;

/// The client's help, applications and decisions, each card with edit and delete.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let help = Memo::new(move |_| session.dossier.with(|d| d.support.help.clone()));
    let applications = Memo::new(move |_| session.dossier.with(|d| d.support.applications.clone()));
    let decisions = Memo::new(move |_| session.dossier.with(|d| d.support.decisions.clone()));
    view! {
        <section data-testid="section-support" aria-labelledby="support-title">
            <h1 id="support-title">{tr(Text::SectionSupport)}</h1>
            <p>{tr(PageText::SupportIntro)}</p>
            <EntryList testid="help" heading=Text::ViewCurrentHelp empty=Text::SupportHelpEmpty
                adds=vec![Text::SupportHelpAdd.into()] items=help
                id_of=|h: &CurrentHelp| &h.id title_of=|h: &CurrentHelp| h.what.trim().to_owned()
                card=|x: &CurrentHelp, lang| help_card(x, lang, Level::H3)
                reveal=reveal.clone() form=help_form
                remove=|d, id| {
                    remove(&mut d.support.help, |h| &h.id, id);
                }/>
            <EntryList testid="application" heading=Text::ViewApplications
                empty=Text::SupportApplicationsEmpty adds=vec![Text::SupportApplicationAdd.into()]
                items=applications
                id_of=|a: &Application| &a.id
                title_of=|a: &Application| a.where_.trim().to_owned()
                card=|x: &Application, lang| {
                    let facts = clock_facts(x, lang);
                    view! { {application_card(x, lang, Level::H3)} {facts} }.into_any()
                }
                reveal=reveal.clone() form=application_form
                remove=|d, id| {
                    remove(&mut d.support.applications, |a| &a.id, id);
                }/>
            <EntryList testid="decision" heading=Text::ViewDecisions
                empty=Text::SupportDecisionsEmpty adds=vec![Text::SupportDecisionAdd.into()]
                items=decisions
                id_of=|d: &Decision| &d.id title_of=|d: &Decision| d.what.trim().to_owned()
                card=|x: &Decision, lang| decision_card(x, lang, Level::H3)
                reveal=reveal.clone() form=decision_form
                remove=|d, id| {
                    remove(&mut d.support.decisions, |x| &x.id, id);
                }/>
        </section>
    }
}

// -- current help --

fn help_form(args: FormArgs<CurrentHelp>) -> AnyView {
    view! { <HelpForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn HelpForm(initial: Option<CurrentHelp>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|h| h.what.trim().to_owned());
    let h = initial.unwrap_or_else(|| CurrentHelp {
        id: new_entry_id(),
        what: String::new(),
        provider: String::new(),
        since: None,
        note: String::new(),
    });
    let id = StoredValue::new(h.id);
    let what = RwSignal::new(h.what);
    let provider = RwSignal::new(h.provider);
    let since = RwSignal::new(date_input(h.since));
    let note = RwSignal::new(h.note);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let since = match read_date("since", &since.get_untracked()) {
            Ok(since) => since,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let help = CurrentHelp {
            id: id.get_value(),
            what: what.get_untracked(),
            provider: provider.get_untracked(),
            since,
            note: note.get_untracked(),
        };
        if report(error, check_help(&help)) {
            session.edit(move |d| upsert(&mut d.support.help, |h| &h.id, help));
            done.run(());
        }
    });
    view! {
        <EntryForm testid="help" title=Text::SupportHelpAdd editing=editing error=error
            on_save=save done=done>
            <Input label=Text::HelpWhat testid="help-what" value=what required=true/>
            <Input label=Text::ViewLabelProvider testid="help-provider" value=provider/>
            <Input label=Text::ViewLabelSince testid="help-since" value=since kind="date"/>
            <Input label=Text::ViewLabelNote testid="help-note" value=note multiline=true/>
        </EntryForm>
    }
}

// -- applications and waiting lists --

fn application_form(args: FormArgs<Application>) -> AnyView {
    view! { <ApplicationForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn ApplicationForm(initial: Option<Application>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|a| a.where_.trim().to_owned());
    let a = initial.unwrap_or_else(|| Application {
        id: new_entry_id(),
        where_: String::new(),
        what: String::new(),
        applied_on: None,
        procedure: Procedure::Other,
        status: ApplicationStatus::Applied,
        expected: None,
        note: String::new(),
    });
    let id = StoredValue::new(a.id);
    let where_ = RwSignal::new(a.where_);
    let what = RwSignal::new(a.what);
    let applied_on = RwSignal::new(date_input(a.applied_on));
    let procedure = RwSignal::new(a.procedure.key().to_owned());
    let status = RwSignal::new(a.status.key().to_owned());
    let expected = RwSignal::new(date_input(a.expected));
    let note = RwSignal::new(a.note);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let dates = read_date("applied_on", &applied_on.get_untracked())
            .and_then(|applied| Ok((applied, read_date("expected", &expected.get_untracked())?)));
        let (applied_on, expected) = match dates {
            Ok(dates) => dates,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let chosen = status.get_untracked();
        let application = Application {
            id: id.get_value(),
            where_: where_.get_untracked(),
            what: what.get_untracked(),
            applied_on,
            procedure: Procedure::from_key(&procedure.get_untracked()),
            status: ApplicationStatus::ALL
                .into_iter()
                .find(|s| s.key() == chosen)
                .unwrap_or_default(),
            expected,
            note: note.get_untracked(),
        };
        if report(error, check_application(&application)) {
            session.edit(move |d| upsert(&mut d.support.applications, |a| &a.id, application));
            done.run(());
        }
    });
    let options = ApplicationStatus::ALL
        .into_iter()
        .map(|s| (s.key(), s.text().into()))
        .collect();
    view! {
        <EntryForm testid="application" title=Text::SupportApplicationAdd editing=editing
            error=error on_save=save done=done>
            <Input label=Text::ApplicationWhere testid="application-where" value=where_
                required=true/>
            <Input label=Text::ApplicationWhat testid="application-what" value=what/>
            <Input label=Text::ViewLabelAppliedOn testid="application-applied-on"
                value=applied_on kind="date"/>
            <ProcedureChoice value=procedure/>
            <Choice label=Text::ViewLabelStatus testid="application-status" value=status
                options=options/>
            <Input label=Text::ViewLabelExpected testid="application-expected" value=expected
                kind="date"/>
            <Input label=Text::ViewLabelNote testid="application-note" value=note
                multiline=true/>
        </EntryForm>
    }
}

// -- decisions (beschikkingen) --

fn decision_form(args: FormArgs<Decision>) -> AnyView {
    view! { <DecisionForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn DecisionForm(initial: Option<Decision>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|d| d.what.trim().to_owned());
    let id: EntryId = initial
        .as_ref()
        .map(|d| d.id.clone())
        .unwrap_or_else(new_entry_id);
    let id = StoredValue::new(id);
    let what = RwSignal::new(initial.as_ref().map(|d| d.what.clone()).unwrap_or_default());
    let issuer = RwSignal::new(
        initial
            .as_ref()
            .map(|d| d.issuer.clone())
            .unwrap_or_default(),
    );
    let decided = RwSignal::new(date_input(initial.as_ref().map(|d| d.decision_date)));
    let from = RwSignal::new(date_input(initial.as_ref().and_then(|d| d.valid_from)));
    let until = RwSignal::new(date_input(initial.as_ref().and_then(|d| d.valid_until)));
    // The deadline shown is the one on the letter, or the six weeks worked out for the client.
    let objection = RwSignal::new(date_input(
        initial.as_ref().map(|d| d.objection_deadline_or_default()),
    ));
    let note = RwSignal::new(initial.as_ref().map(|d| d.note.clone()).unwrap_or_default());
    let error = RwSignal::new(None);

    // A new decision date moves a deadline that was empty or worked out from the old date.
    let last_decided = StoredValue::new(Date::parse(&decided.get_untracked()).ok());
    Effect::new(move |_| {
        let now = Date::parse(decided.get().trim()).ok();
        let before = last_decided.get_value();
        if now == before {
            return;
        }
        last_decided.set_value(now);
        let current = objection.get_untracked();
        let was_default = current.trim().is_empty()
            || before
                .is_some_and(|before| current == default_objection_deadline(before).to_string());
        if let (true, Some(now)) = (was_default, now) {
            objection.set(default_objection_deadline(now).to_string());
        }
    });

    let save = Callback::new(move |()| {
        let read = || -> Result<_, Mistake> {
            Ok((
                read_required_date("decision_date", &decided.get_untracked())?,
                read_date("valid_from", &from.get_untracked())?,
                read_date("valid_until", &until.get_untracked())?,
                read_date("objection_deadline", &objection.get_untracked())?,
            ))
        };
        let (decision_date, valid_from, valid_until, objection_deadline) = match read() {
            Ok(dates) => dates,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let decision = Decision {
            id: id.get_value(),
            what: what.get_untracked(),
            issuer: issuer.get_untracked(),
            decision_date,
            valid_from,
            valid_until,
            objection_deadline: objection_deadline_to_store(decision_date, objection_deadline),
            note: note.get_untracked(),
        };
        if report(error, check_decision(&decision)) {
            session.edit(move |d| upsert(&mut d.support.decisions, |x| &x.id, decision));
            done.run(());
        }
    });
    view! {
        <EntryForm testid="decision" title=Text::SupportDecisionAdd editing=editing error=error
            on_save=save done=done>
            <Input label=Text::DecisionWhat testid="decision-what" value=what required=true/>
            <Input label=Text::ViewLabelIssuer testid="decision-issuer" value=issuer/>
            <Input label=Text::ViewLabelDecisionDate testid="decision-date" value=decided
                kind="date" required=true/>
            <Input label=Text::ViewLabelValidFrom testid="decision-valid-from" value=from
                kind="date"/>
            <Input label=Text::ViewLabelValidUntil testid="decision-valid-until" value=until
                kind="date"/>
            <Input label=Text::ViewLabelObjectionDeadline testid="decision-objection"
                value=objection kind="date" hint=Text::DecisionObjectionHint/>
            <Input label=Text::ViewLabelNote testid="decision-note" value=note multiline=true/>
        </EntryForm>
    }
}
