use leptos::prelude::*;
use regie_core::catalogue::{Lang, PageText, Text};
use regie_core::editing::{check_journal_entry, read_required_date, read_time, remove, upsert};
use regie_core::model::{EntryId, JournalEntry, JournalKind};

use super::calendar::calendar_button;
use super::card::{entry_card, upcoming};
use crate::components::{
    date_input, new_entry_id, report, today, Check, Choice, EntryForm, EntryList, FormArgs, Input,
};
use crate::i18n::tr;
use crate::sections::card_parts::accepted_from;
use crate::session::Session;

/// How many entries the journal shows at first; more on request.
const PAGE: usize = 30;

/// The client's timeline, newest first, each card with edit and delete.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let timeline = Memo::new(move |_| {
        session.dossier.with(|d| {
            d.journal
                .timeline()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section data-testid="section-journal" aria-labelledby="journal-title">
            <h1 id="journal-title">{tr(Text::SectionJournal)}</h1>
            <p>{tr(PageText::JournalIntro)}</p>
            <EntryList testid="journal" heading=Text::JournalTimeline empty=Text::JournalEmpty
                adds=vec![Text::JournalAddNote.into(), Text::JournalAddAppointment.into()]
                items=timeline page_size=PAGE
                id_of=|e: &JournalEntry| &e.id title_of=entry_title
                card=journal_card form=journal_form reveal
                remove=|d, id| {
                    remove(&mut d.journal.entries, |e| &e.id, id);
                }/>
        </section>
    }
}

fn entry_title(entry: &JournalEntry) -> String {
    let title = entry.title.trim();
    if !title.is_empty() {
        return title.to_owned();
    }
    match &entry.kind {
        JournalKind::Appointment { with_whom, .. } if !with_whom.trim().is_empty() => {
            with_whom.trim().to_owned()
        }
        _ => entry.text.trim().chars().take(40).collect(),
    }
}

fn journal_card(entry: &JournalEntry, lang: Lang) -> AnyView {
    let today = Some(today());
    view! {
        <div class="journal-card" data-kind=entry.kind.key()
            data-upcoming=upcoming(entry, today).is_some().to_string()
            data-private=entry.private.to_string()>
            {entry.private.then(|| view! {
                <p class="private-label" data-testid="journal-private-label">
                    <span class="badge private">{Text::JournalPrivate.get(lang)}</span>
                </p>
            })}
            {entry_card(entry, lang, today)}
            {accepted_from(&entry.id, lang)}
            {calendar_button(entry, lang, entry_title(entry))}
        </div>
    }
    .into_any()
}

fn journal_form(args: FormArgs<JournalEntry>) -> AnyView {
    view! { <JournalForm initial=args.initial variant=args.variant done=args.done/> }.into_any()
}

#[component]
fn JournalForm(initial: Option<JournalEntry>, variant: usize, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(entry_title);
    let e = initial.unwrap_or_else(|| JournalEntry {
        id: new_entry_id(),
        kind: if variant == 1 {
            JournalKind::Appointment {
                with_whom: String::new(),
                place: String::new(),
            }
        } else {
            JournalKind::Note
        },
        date: today(),
        time: None,
        title: String::new(),
        text: String::new(),
        private: false,
    });
    let (kind_key, with_whom, place) = match &e.kind {
        JournalKind::Note => ("note", String::new(), String::new()),
        JournalKind::Appointment { with_whom, place } => {
            ("appointment", with_whom.clone(), place.clone())
        }
    };
    let id = StoredValue::new(e.id);
    let kind = RwSignal::new(kind_key.to_owned());
    let date = RwSignal::new(date_input(Some(e.date)));
    let time = RwSignal::new(e.time.unwrap_or_default());
    let title = RwSignal::new(e.title);
    let with_whom = RwSignal::new(with_whom);
    let place = RwSignal::new(place);
    let text = RwSignal::new(e.text);
    let private = RwSignal::new(e.private);
    let error = RwSignal::new(None);
    let is_appointment = move || kind.get() == "appointment";
    let save = Callback::new(move |()| {
        let date = match read_required_date("date", &date.get_untracked()) {
            Ok(date) => date,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let time = match read_time(&time.get_untracked()) {
            Ok(time) => time,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let kind = if kind.get_untracked() == "appointment" {
            JournalKind::Appointment {
                with_whom: with_whom.get_untracked(),
                place: place.get_untracked(),
            }
        } else {
            JournalKind::Note
        };
        let entry = JournalEntry {
            id: id.get_value(),
            kind,
            date,
            time,
            title: title.get_untracked(),
            text: text.get_untracked(),
            private: private.get_untracked(),
        };
        if report(error, check_journal_entry(&entry)) {
            session.edit(move |d| upsert(&mut d.journal.entries, |e| &e.id, entry));
            done.run(());
        }
    });
    let form_title = if variant == 1 {
        Text::JournalAddAppointment
    } else {
        Text::JournalAddNote
    };
    view! {
        <EntryForm testid="journal" title=form_title editing=editing error=error on_save=save
            done=done>
            <Choice label=Text::JournalKindLabel testid="journal-kind" value=kind
                options=vec![("note", Text::ViewJournalNote.into()),
                    ("appointment", Text::ViewJournalAppointment.into())]/>
            <Input label=Text::DateLabel testid="journal-date" value=date kind="date"
                required=true/>
            <Input label=Text::JournalTime testid="journal-time" value=time kind="time"/>
            <Input label=Text::JournalTitle testid="journal-title" value=title/>
            <Show when=is_appointment>
                <Input label=Text::ViewLabelWithWhom testid="journal-with-whom" value=with_whom/>
                <Input label=Text::ViewLabelPlace testid="journal-place" value=place/>
            </Show>
            <Input label=Text::JournalText testid="journal-text" value=text multiline=true/>
            <Check label=Text::JournalPrivate testid="journal-private" value=private
                hint=Text::JournalPrivateHint/>
        </EntryForm>
    }
}
