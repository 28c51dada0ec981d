use leptos::prelude::*;
use regie_core::catalogue::{Counted, Lang, PageText, Text, ViewerText};
use regie_core::model::{
    Agreement, AgreementDraft, AgreementStatus, Date, EntryId, Goal, GoalDraft, OwnerKind,
};

use super::card::{goal_head, AgreementCard};
use crate::components::{
    date_field_is_bad, entry_html_id, focus_element, new_entry_id, store_checked, today,
    EntryActions, EntryForm, EntryWords, ReadAloud, Reader, UNREADABLE_DATE,
};
use crate::i18n::{tr, I18n};
use crate::sections::card_parts::Level;
use crate::session::Session;

const GOAL_WORDS: EntryWords = EntryWords {
    edit: Text::GoalFormEdit,
    edit_label: Some(Text::GoalEditLabel),
    delete: Text::GoalDelete,
    delete_label: Some(Text::GoalDeleteLabel),
    confirm: Text::GoalDeleteConfirm,
    yes: Text::DeleteYes,
    no: Text::Keep,
};

const AGREEMENT_WORDS: EntryWords = EntryWords {
    edit: Text::Edit,
    edit_label: Some(Text::GoalAgreementEditLabel),
    delete: Text::Delete,
    delete_label: Some(Text::GoalAgreementDeleteLabel),
    confirm: Text::GoalAgreementDeleteConfirm,
    yes: Text::DeleteYes,
    no: Text::Keep,
};

/// Which form is open; one at a time, so the form's hooks are unique on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Editing {
    Nothing,
    NewGoal,
    Goal(EntryId),
    NewAgreement(EntryId),
    Agreement(EntryId, EntryId),
}

/// The client's goals and agreements, each with edit and delete, and what others promised.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let editing = RwSignal::new(Editing::Nothing);
    let confirming = RwSignal::new(None::<EntryId>);
    let promised_only = RwSignal::new(false);
    let today = today();
    // Brought here by search or the start screen: a goal's card, or an agreement's.
    if let Some(id) = reveal {
        focus_element(entry_html_id(&id));
    }
    let overdue = move || {
        let count = session.dossier.with(|d| d.goals.overdue(today).len());
        (count > 0).then(|| {
            let text = Counted::AgreementsOverdue.count(lang.get(), count as u64);
            view! {
                <p class="overdue-summary" data-testid="goals-overdue" data-count=count.to_string()>
                    <span class="overdue-icon" aria-hidden="true">"!"</span>
                    <strong>{text}</strong>
                </p>
            }
        })
    };
    let goal_ids = move || {
        session.dossier.with(|d| {
            d.goals
                .goals
                .iter()
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let filter_button = move |promised: bool, testid: &'static str, label: Text| {
        view! {
            <button type="button" class="button toggle" data-testid=testid
                aria-pressed=move || (promised_only.get() == promised).to_string()
                on:click=move |_| promised_only.set(promised)>
                {tr(label)}
            </button>
        }
    };
    view! {
        <section data-testid="section-goals" aria-labelledby="goals-title" class="goals">
            <h1 id="goals-title">{tr(Text::SectionGoals)}</h1>
            <p>{tr(PageText::GoalIntro)}</p>
            {overdue}
            <div class="filter" role="group" aria-label=tr(PageText::GoalShow)>
                {filter_button(false, "goals-show-all", Text::GoalShowAll)}
                {filter_button(true, "goals-show-promised", Text::GoalShowPromised)}
            </div>
            <Show when=move || promised_only.get() fallback=move || view! {
                <Show when=move || session.dossier.with(|d| d.goals.goals.is_empty())>
                    <p class="notice" data-testid="goals-empty">{tr(PageText::GoalEmpty)}</p>
                </Show>
                <Show when=move || editing.get() == Editing::NewGoal
                    fallback=move || view! {
                        <button type="button" class="button primary wide" data-testid="goal-add"
                            on:click=move |_| {
                                confirming.set(None);
                                editing.set(Editing::NewGoal);
                            }>
                            {tr(PageText::GoalAdd)}
                        </button>
                    }>
                    <GoalForm existing=None editing/>
                </Show>
                <ul class="goal-list">
                    <For each=goal_ids key=|id| id.clone() let:id>
                        <GoalCard id editing confirming today/>
                    </For>
                </ul>
            }>
                <Promised today/>
            </Show>
        </section>
    }
}

/// Open agreements that others made, earliest due first: what the client may hold them to.
#[component]
fn Promised(today: Date) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let items = move || {
        let lang = lang.get();
        session.dossier.with(|d| {
            let promised = d.promised_by_others();
            if promised.is_empty() {
                return view! {
                    <p class="notice" data-testid="promised-none">{PageText::GoalPromisedNone.get(lang)}</p>
                }
                .into_any();
            }
            let items = promised
                .into_iter()
                .map(|(goal, agreement)| {
                    let for_goal = PageText::GoalForGoal.fill(lang, &[goal.title.trim()]);
                    AgreementCard {
                        for_goal: Some(for_goal),
                        testid: Some("promised-item"),
                        ..AgreementCard::new(agreement, Reader::Client)
                    }
                    .view(lang, Some(today))
                })
                .collect_view();
            view! { <ul class="agreements" data-testid="promised-list">{items}</ul> }.into_any()
        })
    };
    view! {
        <h2>{tr(Text::GoalShowPromised)}</h2>
        <p>{tr(PageText::GoalPromisedIntro)}</p>
        {items}
    }
}

#[component]
fn GoalCard(
    id: EntryId,
    editing: RwSignal<Editing>,
    confirming: RwSignal<Option<EntryId>>,
    today: Date,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let goal = {
        let id = id.clone();
        Memo::new(move |_| session.dossier.with(|d| d.goals.find(&id).cloned()))
    };
    let body = {
        let id = id.clone();
        move || {
            let lang = lang.get();
            let goal = goal.get()?;
            let editing_goal = editing.with(|e| *e == Editing::Goal(id.clone()));
            if editing_goal {
                return Some(view! { <GoalForm existing=Some(goal) editing/> }.into_any());
            }
            Some(goal_body(session, goal, lang, editing, confirming, today))
        }
    };
    view! {
        <li class="goal-card" id=entry_html_id(&id) tabindex="-1" data-testid="goal-item">{body}</li>
    }
}

fn goal_body(
    session: Session,
    goal: Goal,
    lang: Lang,
    editing: RwSignal<Editing>,
    confirming: RwSignal<Option<EntryId>>,
    today: Date,
) -> AnyView {
    let title = goal.title.trim().to_owned();
    let actions = {
        let (edit_id, delete_id) = (goal.id.clone(), goal.id.clone());
        let on_edit = Callback::new(move |()| editing.set(Editing::Goal(edit_id.clone())));
        let on_delete = Callback::new(move |()| {
            let id = delete_id.clone();
            session.edit(move |d| {
                d.goals.remove_goal(&id);
            });
        });
        view! {
            <EntryActions testid="goal" id=goal.id.clone() title=title.clone() words=GOAL_WORDS
                confirming on_edit on_delete/>
        }
    };
    let agreements = if goal.agreements.is_empty() {
        view! { <p class="meta">{PageText::GoalNoAgreements.get(lang)}</p> }.into_any()
    } else {
        let items = goal
            .agreements
            .iter()
            .map(|agreement| {
                let open = editing.with_untracked(|e| {
                    *e == Editing::Agreement(goal.id.clone(), agreement.id.clone())
                });
                if open {
                    view! {
                        <li class="agreement editing">
                            <AgreementForm goal=goal.id.clone() goal_created=goal.created
                                existing=Some(agreement.clone()) editing/>
                        </li>
                    }
                    .into_any()
                } else {
                    agreement_item(session, &goal, agreement, lang, today, editing, confirming)
                }
            })
            .collect_view();
        view! { <ul class="agreements">{items}</ul> }.into_any()
    };
    let adding = editing.with_untracked(|e| *e == Editing::NewAgreement(goal.id.clone()));
    let add = if adding {
        view! { <AgreementForm goal=goal.id.clone() goal_created=goal.created existing=None editing/> }
            .into_any()
    } else {
        let id = goal.id.clone();
        view! {
            <button type="button" class="button" data-testid="agreement-add"
                aria-label=PageText::GoalAgreementAddLabel.fill(lang, &[&title])
                on:click=move |_| {
                    confirming.set(None);
                    editing.set(Editing::NewAgreement(id.clone()));
                }>
                {PageText::GoalAgreementAdd.get(lang)}
            </button>
        }
        .into_any()
    };
    let text_id = format!("{}-text", entry_html_id(&goal.id));
    view! {
        <div class="entry-body" id=text_id.clone()>{goal_head(&goal, lang, Level::H2, "goal-title")}</div>
        <ReadAloud targets=vec![text_id]/>
        {actions}
        <h3>{ViewerText::ViewAgreements.get(lang)}</h3>
        {agreements}
        {add}
    }
    .into_any()
}

fn agreement_item(
    session: Session,
    goal: &Goal,
    agreement: &Agreement,
    lang: Lang,
    today: Date,
    editing: RwSignal<Editing>,
    confirming: RwSignal<Option<EntryId>>,
) -> AnyView {
    let (goal_id, id) = (goal.id.clone(), agreement.id.clone());
    let edit = Editing::Agreement(goal_id.clone(), id.clone());
    let on_edit = Callback::new(move |()| editing.set(edit.clone()));
    let on_delete = {
        let id = id.clone();
        Callback::new(move |()| {
            let (goal_id, id) = (goal_id.clone(), id.clone());
            session.edit(move |d| {
                d.goals.remove_agreement(&goal_id, &id);
            });
        })
    };
    let buttons = view! {
        <EntryActions testid="agreement" id title=agreement.what.trim().to_owned()
            words=AGREEMENT_WORDS confirming on_edit on_delete/>
    }
    .into_any();
    AgreementCard {
        testid: Some("agreement-item"),
        html_id: Some(entry_html_id(&agreement.id)),
        extra: Some(buttons),
        ..AgreementCard::new(agreement, Reader::Client)
    }
    .view(lang, Some(today))
}

#[component]
fn GoalForm(existing: Option<Goal>, editing: RwSignal<Editing>) -> impl IntoView {
    let session = expect_context::<Session>();
    let today = today();
    let draft = RwSignal::new(
        existing
            .as_ref()
            .map(GoalDraft::from_goal)
            .unwrap_or_default(),
    );
    let id = existing
        .as_ref()
        .map(|g| g.id.clone())
        .unwrap_or_else(new_entry_id);
    let heading = if existing.is_some() {
        Text::GoalFormEdit
    } else {
        Text::GoalFormNew
    };
    let error = RwSignal::new(None::<Text>);
    let submit = Callback::new(move |()| {
        if date_field_is_bad("goal-created") {
            draft.update(|d| d.created = UNREADABLE_DATE.into());
        }
        let checked = draft.with_untracked(|d| d.check(id.clone(), today));
        store_checked(
            session,
            error,
            checked.map_err(|problem| problem.text()),
            |d, goal| d.goals.upsert_goal(goal),
            move || editing.set(Editing::Nothing),
        );
    });
    let done = Callback::new(move |()| editing.set(Editing::Nothing));
    view! {
        <EntryForm testid="goal" title=heading editing=None error on_save=submit done
            save=Text::GoalSave>
            <div class="field">
                <label for="goal-title">{tr(PageText::GoalTitle)}</label>
                <input type="text" id="goal-title" data-testid="goal-title" autocomplete="off"
                    prop:value=draft.with_untracked(|d| d.title.clone())
                    on:input=move |ev| draft.update(|d| d.title = event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="goal-description">{tr(PageText::GoalDescription)}</label>
                <textarea id="goal-description" data-testid="goal-description" rows="3"
                    prop:value=draft.with_untracked(|d| d.description.clone())
                    on:input=move |ev| draft.update(|d| d.description = event_target_value(&ev))></textarea>
            </div>
            <div class="field">
                <label for="goal-created">{tr(PageText::GoalCreated)}</label>
                <input type="date" id="goal-created" data-testid="goal-created"
                    max=today.to_string()
                    prop:value=draft.with_untracked(|d| d.created.clone())
                    on:input=move |ev| draft.update(|d| d.created = event_target_value(&ev))/>
            </div>
        </EntryForm>
    }
}

#[component]
fn AgreementForm(
    goal: EntryId,
    goal_created: Option<Date>,
    existing: Option<Agreement>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let draft = RwSignal::new(
        existing
            .as_ref()
            .map(AgreementDraft::from_agreement)
            .unwrap_or_default(),
    );
    let id = existing
        .as_ref()
        .map(|a| a.id.clone())
        .unwrap_or_else(new_entry_id);
    let heading = if existing.is_some() {
        Text::GoalAgreementEditTitle
    } else {
        Text::GoalAgreementNew
    };
    let error = RwSignal::new(None::<Text>);
    let submit = Callback::new(move |()| {
        if date_field_is_bad("agreement-due") {
            draft.update(|d| d.due = UNREADABLE_DATE.into());
        }
        let checked = draft.with_untracked(|d| d.check(id.clone(), goal_created));
        let goal = goal.clone();
        store_checked(
            session,
            error,
            checked.map_err(|problem| problem.text()),
            move |d, agreement| {
                d.goals.upsert_agreement(&goal, agreement);
            },
            move || editing.set(Editing::Nothing),
        );
    });
    let done = Callback::new(move |()| editing.set(Editing::Nothing));
    let owner_choices = OwnerKind::ALL
        .into_iter()
        .map(|kind| {
            let input_id = format!("agreement-owner-{}", kind.key());
            view! {
                <div class="choice">
                    <input type="radio" name="agreement-owner" id=input_id.clone()
                        data-testid=input_id.clone() value=kind.key()
                        prop:checked=move || draft.with(|d| d.owner == kind)
                        on:change=move |_| draft.update(|d| d.owner = kind)/>
                    <label for=input_id>{tr(kind.text())}</label>
                </div>
            }
        })
        .collect_view();
    let status_options = AgreementStatus::ALL
        .into_iter()
        .map(|status| {
            view! {
                <option value=status.key()
                    selected=move || draft.with(|d| d.status == status)>
                    {tr(status.text())}
                </option>
            }
        })
        .collect_view();
    view! {
        <EntryForm testid="agreement" title=heading editing=None error on_save=submit done
            save=Text::GoalAgreementSave>
            <div class="field">
                <label for="agreement-what">{tr(PageText::GoalAgreementWhat)}</label>
                <input type="text" id="agreement-what" data-testid="agreement-what"
                    autocomplete="off"
                    prop:value=draft.with_untracked(|d| d.what.clone())
                    on:input=move |ev| draft.update(|d| d.what = event_target_value(&ev))/>
            </div>
            <fieldset>
                <legend>{tr(PageText::GoalAgreementOwner)}</legend>
                {owner_choices}
            </fieldset>
            <Show when=move || draft.with(|d| d.owner != OwnerKind::Me)>
                <div class="field">
                    <label for="agreement-owner-name">{tr(PageText::GoalOwnerName)}</label>
                    <input type="text" id="agreement-owner-name" data-testid="agreement-owner-name"
                        autocomplete="off"
                        prop:value=draft.with_untracked(|d| d.name.clone())
                        on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev))/>
                </div>
            </Show>
            <Show when=move || draft.with(|d| d.owner == OwnerKind::Professional)>
                <div class="field">
                    <label for="agreement-organisation">{tr(PageText::GoalOwnerOrganisation)}</label>
                    <input type="text" id="agreement-organisation" data-testid="agreement-organisation"
                        autocomplete="off"
                        prop:value=draft.with_untracked(|d| d.organisation.clone())
                        on:input=move |ev| draft.update(|d| d.organisation = event_target_value(&ev))/>
                </div>
            </Show>
            <div class="field">
                <label for="agreement-due">{tr(PageText::GoalAgreementDue)}</label>
                <input type="date" id="agreement-due" data-testid="agreement-due"
                    prop:value=draft.with_untracked(|d| d.due.clone())
                    on:input=move |ev| draft.update(|d| d.due = event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="agreement-status">{tr(PageText::GoalAgreementStatus)}</label>
                <select id="agreement-status" data-testid="agreement-status"
                    on:change=move |ev| {
                        if let Some(status) = AgreementStatus::from_key(&event_target_value(&ev)) {
                            draft.update(|d| d.status = status);
                        }
                    }>
                    {status_options}
                </select>
            </div>
        </EntryForm>
    }
}
