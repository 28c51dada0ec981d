use leptos::prelude::*;
use regie_core::catalogue::{formats, Lang, Text};
use regie_core::model::{is_valid_time, Date, Journal, JournalEntry, JournalKind};

use regie_core::reply::ProvenanceMap;

use crate::components::Reader;
use crate::sections::card_parts::{details, non_empty, provenance_line, Value};

/// The timeline, newest first, read-only.
pub(crate) fn card(
    journal: &Journal,
    lang: Lang,
    today: Option<Date>,
    provenance: &ProvenanceMap,
) -> Option<AnyView> {
    let items: Vec<AnyView> = journal
        .timeline()
        .into_iter()
        .map(|entry| {
            view! {
                <li class="view-entry journal-entry" data-kind=entry.kind.key()>
                    {entry_card(entry, lang, today)}
                    {provenance_line(provenance.get(&entry.id), lang, Reader::Viewer)}
                </li>
            }
            .into_any()
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(view! { <ol class="view-list timeline">{items}</ol> }.into_any())
}

/// Whether an appointment is today or still to come, so it stands out from the past.
pub(super) fn upcoming(entry: &JournalEntry, today: Option<Date>) -> Option<Text> {
    let today = today?;
    match entry.kind {
        JournalKind::Appointment { .. } if entry.date == today => Some(Text::JournalToday),
        JournalKind::Appointment { .. } if entry.date > today => Some(Text::JournalUpcoming),
        _ => None,
    }
}

/// One entry: when, its kind, for an appointment with whom and where, its title and text.
pub(super) fn entry_card(entry: &JournalEntry, lang: Lang, today: Option<Date>) -> AnyView {
    let time = entry.time.as_deref().filter(|time| is_valid_time(time));
    let (when, datetime) = match time {
        Some(time) => (
            formats::date_at_time(entry.date, time, lang),
            format!("{}T{time}", entry.date),
        ),
        None => (
            formats::date_short(entry.date, lang),
            entry.date.to_string(),
        ),
    };
    let kind = entry.kind.text();
    let rows = match &entry.kind {
        JournalKind::Note => None,
        JournalKind::Appointment { with_whom, place } => details(
            lang,
            vec![
                (Text::ViewLabelWithWhom, Value::plain(with_whom)),
                (Text::ViewLabelPlace, Value::plain(place)),
            ],
        ),
    };
    let badge = upcoming(entry, today).map(|text| {
        view! { <span class="badge upcoming" data-testid="journal-upcoming">{text.get(lang)}</span> }
    });
    let title = non_empty(&entry.title).map(|title| view! { <h3 class="entry-title">{title}</h3> });
    let text = non_empty(&entry.text).map(|text| view! { <p class="story">{text}</p> });
    view! {
        <p class="meta">
            <span class="kind">{kind.get(lang)}</span>
            " · "
            <time datetime=datetime>{when}</time>
            " "
            {badge}
        </p>
        {title}
        {rows}
        {text}
    }
    .into_any()
}
