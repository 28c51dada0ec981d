//! "Kaart delen of bewaren": one helper's card as a picture (PNG) for the phone's share
//! sheet, or a download where the browser has none. The picture holds what the printed card
//! holds. Part of the dossier's own code (the second part), as the cards are.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use regie_core::catalogue::{formats, PageText, RecoveryText};
use regie_core::model::Date;
use regie_core::recovery::card_sheet::{file_name, Part, Style};

use super::said::SaidMessage;
use crate::i18n::{tr, I18n, Said};
use crate::platform::card_image::card_png;
use crate::platform::files::download_blob;
use crate::platform::share_sheet::{can_share_file, share_file, ShareRefused};
use crate::session::PrintedCard;

/// The button under a card, what it did (saved to downloads), or why it did not.
#[component]
pub fn CardFile(card: PrintedCard, client: Signal<String>, made: Date) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let failed = RwSignal::new(None::<Said>);
    let saved = RwSignal::new(false);
    let sharing = RwSignal::new(false);
    let card = StoredValue::new(card);
    // Each card on the page has its own hint, so each needs its own id.
    static SHOWN: AtomicUsize = AtomicUsize::new(0);
    let hint = format!(
        "helper-card-file-hint-{}",
        SHOWN.fetch_add(1, Ordering::Relaxed)
    );
    let press = move |_| {
        if sharing.get_untracked() {
            return;
        }
        failed.set(None);
        saved.set(false);
        let lang = lang.get_untracked();
        let client = client.get_untracked();
        let file = card.with_value(|card| {
            let threshold = card.threshold.to_string();
            let for_line = RecoveryText::CardFor.fill(lang, &[&card.name, &client]);
            let date_line = PageText::MadeOn.fill(lang, &[&formats::date_long(made, lang)]);
            let needed = RecoveryText::CardNeeded.fill(lang, &[&threshold]);
            let what_to_do = RecoveryText::CardWhatToDo.fill(lang, &[&client]);
            let parts = [
                Part::Text(Style::Title, RecoveryText::CardTitle.get(lang)),
                Part::Text(Style::Body, &for_line),
                Part::Text(Style::Body, &date_line),
                Part::Text(Style::Strong, &needed),
                Part::Text(Style::Body, &what_to_do),
                Part::Qr(&card.words),
                Part::Text(Style::Body, RecoveryText::CardWords.get(lang)),
                Part::Text(Style::Words, &card.words),
            ];
            card_png(
                &parts,
                &file_name(RecoveryText::CardFileName.get(lang), &card.name),
            )
        });
        let Some(file) = file else {
            failed.set(Some(RecoveryText::CardFileFailed.into()));
            return;
        };
        if can_share_file(&file) {
            sharing.set(true);
            let title = RecoveryText::CardTitle.get(lang);
            leptos::task::spawn_local(async move {
                match share_file(&file, title).await {
                    Ok(()) | Err(ShareRefused::Cancelled) => {}
                    Err(ShareRefused::Failed) => {
                        failed.set(Some(RecoveryText::CardFileFailed.into()))
                    }
                }
                sharing.set(false);
            });
        } else if download_blob(&file, &file.name()).is_ok() {
            saved.set(true);
        } else {
            failed.set(Some(RecoveryText::CardFileFailed.into()));
        }
    };
    view! {
        <div class="helper-card-file">
            <button type="button" class="button secondary" data-testid="helper-card-file"
                aria-describedby=hint.clone() disabled=move || sharing.get()
                on:click=press>
                {tr(RecoveryText::CardFileButton)}
            </button>
            <p class="hint" id=hint>{tr(RecoveryText::CardFileHint)}</p>
            <Show when=move || saved.get()>
                <p class="notice" role="status" data-testid="helper-card-file-saved">
                    {tr(RecoveryText::CardFileSaved)}
                </p>
            </Show>
            <SaidMessage said=failed/>
        </div>
    }
}
