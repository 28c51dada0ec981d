//! "Zet in je agenda": one appointment handed to the phone's calendar as an `.ics` file,
//! through the share sheet where it takes files, as a download elsewhere.

use leptos::prelude::*;
use regie_core::calendar::{appointment_event, file_name};
use regie_core::catalogue::{Lang, Text};
use regie_core::model::{JournalEntry, Timestamp};

use crate::i18n::tr;
use crate::platform::clock::now_ms;
use crate::platform::files::download_blob;
use crate::platform::share_sheet::{can_share_file, share_file, text_file, ShareRefused};

/// The button and, after a press, one sentence on what happened; nothing for a note.
pub(super) fn calendar_button(entry: &JournalEntry, lang: Lang, title: String) -> Option<AnyView> {
    let event = appointment_event(entry, lang)?;
    let status = RwSignal::new(None::<Text>);
    let busy = RwSignal::new(false);
    let label = Text::CalendarAddLabel.fill(lang, &[&title]);
    let press = move |_| {
        if busy.get_untracked() {
            return;
        }
        status.set(None);
        let name = file_name(&event, lang);
        let text = event.to_ics(Timestamp(now_ms()));
        let Some(file) = text_file(&text, &name, "text/calendar") else {
            return status.set(Some(Text::CalendarFailed));
        };
        if can_share_file(&file) {
            // `share_file` calls `navigator.share` before its first await, inside this tap.
            busy.set(true);
            let title = event.summary.clone();
            leptos::task::spawn_local(async move {
                match share_file(&file, &title).await {
                    Ok(()) | Err(ShareRefused::Cancelled) => {}
                    Err(ShareRefused::Failed) => status.set(Some(Text::CalendarFailed)),
                }
                busy.set(false);
            });
        } else {
            status.set(Some(match download_blob(&file, &name) {
                Ok(()) => Text::CalendarSaved,
                Err(_) => Text::CalendarFailed,
            }));
        }
    };
    Some(
        view! {
            <div class="calendar-add">
                <button type="button" class="button" data-testid="journal-ics"
                    aria-label=label on:click=press>
                    {tr(Text::CalendarAdd)}
                </button>
                <p class="hint" role="status" data-testid="journal-ics-status">
                    {move || status.get().map(|text| text.get(lang))}
                </p>
            </div>
        }
        .into_any(),
    )
}
