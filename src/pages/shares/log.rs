//! A share's log in sentences, for a share with an activity log: "Anna de Boer (wijkteam
//! Oost, consulent) opende om 14:02 en printte om 14:10", one `log-entry` per event; the wrong
//! spoken codes and a block as lines below; and the log as a CSV download.

use std::collections::HashMap;

use leptos::prelude::*;
use regie_core::catalogue::PageText;
use regie_core::model::Timestamp;
use regie_core::share::activity::{self, ActivityEvent, Entry};
use regie_core::share::events::{self, Event};
use regie_core::sorting::sort_by_key;

use crate::i18n::{tr, I18n};
use crate::platform::clock::{now_ms, offset_at};
use crate::platform::files;
use crate::platform::relay::RelayError;

/// The opened events of one share's activity log, with the relay's moment of each.
pub(super) type Events = Vec<(i64, ActivityEvent)>;

type Answer = Result<regie_core::api::ShareLog, RelayError>;

#[component]
pub(super) fn ShareLogSentences(
    id: String,
    answers: RwSignal<HashMap<String, Answer>>,
    activity: RwSignal<HashMap<String, Events>>,
    tick: RwSignal<u32>,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let entries = {
        let id = id.clone();
        Memo::new(move |_| {
            answers.with(|a| match a.get(&id) {
                Some(Ok(log)) => activity.with(|events| {
                    let events = events.get(&id).map(Vec::as_slice).unwrap_or_default();
                    activity::entries(log, events)
                }),
                _ => Vec::new(),
            })
        })
    };
    // Wrong spoken codes and a block stay lines of their own.
    let others = {
        let id = id.clone();
        Memo::new(move |_| {
            answers.with(|a| match a.get(&id) {
                Some(Ok(log)) => events::lines(log)
                    .into_iter()
                    .filter(|line| line.event != Event::Opened)
                    .collect(),
                _ => Vec::new(),
            })
        })
    };
    // Sentences and lines in time order; at the same moment the sentence first.
    let items = move || {
        tick.track();
        let (now, lang) = (Timestamp(now_ms()), lang.get());
        let said = entries.with(|e| activity::sentences(e, now, &offset_at, lang));
        let mut items: Vec<(i64, u8, AnyView)> = said
            .into_iter()
            .map(|sentence| {
                let parts = sentence.parts.iter().enumerate().map(|(i, (part, key))| {
                    let join = if i == 0 { " ".to_owned() } else { sentence.joins[i - 1].clone() };
                    view! { {join}<span data-testid="log-entry" data-event=*key>{part.clone()}</span> }
                });
                let item = view! { <li class="log-sentence">{sentence.who.clone()}{parts.collect_view()}</li> };
                (sentence.at, 0, item.into_any())
            })
            .collect();
        items.extend(others.get().into_iter().map(|line| {
            let words = line.words(now, &offset_at, lang);
            let item =
                view! { <li data-testid="log-entry" data-event=line.event.key()>{words}</li> };
            (line.at, 1, item.into_any())
        }));
        sort_by_key(&mut items, |(at, order, _)| (*at, *order));
        items.into_iter().map(|(_, _, item)| item).collect_view()
    };
    let export = move |_| {
        let csv = entries
            .with_untracked(|e: &Vec<Entry>| activity::csv(e, &offset_at, lang.get_untracked()));
        let day = Timestamp(now_ms())
            .to_date(offset_at(now_ms()))
            .map(|d| d.to_string())
            .unwrap_or_default();
        let _ = files::download(csv.as_bytes(), &format!("regie-log-{day}.csv"));
    };
    view! {
        <ul class="share-log" data-testid="share-log" aria-label=move || PageText::ShareLogTitle.get(lang.get())>
            {items}
        </ul>
        <Show when=move || entries.with(|e| !e.is_empty())>
            <button class="button" type="button" data-testid="share-log-csv" on:click=export>
                {tr(PageText::ActivityCsv)}
            </button>
        </Show>
    }
}
