use leptos::prelude::*;
use regie_core::catalogue::{loaded, PageText, Text};

use crate::components::CheckWordsBox;
use crate::i18n::{tr, I18n};
use crate::pages::BackupSettings;
use crate::session::Session;

/// Backups first (browser storage can be wiped), then the passphrase, storage, auto-lock, and
/// what Regie promises.
#[component]
pub fn Settings() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = expect_context::<I18n>();
    let minutes = session
        .dossier
        .with_untracked(|d| d.settings.auto_lock_minutes);
    view! {
        <section data-testid="section-settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{tr(Text::Settings)}</h1>
            <BackupSettings/>
            <h2>{tr(Text::AutoLockTitle)}</h2>
            <div class="field">
                <label for="auto-lock">{tr(Text::AutoLockLabel)}</label>
                <input id="auto-lock" data-testid="auto-lock-minutes" type="number" min="1"
                    max="60" inputmode="numeric" aria-describedby="auto-lock-hint"
                    prop:value=minutes.to_string()
                    on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).trim().parse::<u16>() {
                            let m = m.clamp(1, 60);
                            session.edit(move |d| d.settings.auto_lock_minutes = m);
                        }
                    }/>
                <p class="hint" id="auto-lock-hint">{tr(Text::AutoLockHint)}</p>
            </div>
            <h2>{tr(Text::Language)}</h2>
            <p>{tr(PageText::LanguageHint)}</p>
            <Show when=move || !loaded::is_reviewed(i18n.lang.get())>
                <p class="hint" data-testid="lang-not-reviewed">{tr(PageText::LanguageNotReviewed)}</p>
            </Show>
            <super::HelpersSettings/>
            <super::MoveToNewPhone/>
            {session.dossier.with_untracked(|d| d.signer()).map(|signer| view! {
                <CheckWordsBox words=signer.check_words() testid="share-check-words"
                    hint=Text::CheckWordsClient heading=true/>
            })}
            <h2>{tr(Text::PlanTitle)}</h2>
            <super::plan::PlanLink/>
            <h2>{tr(PageText::PromisesTitle)}</h2>
            <p>{tr(PageText::PromisesText)}</p>
        </section>
    }
}
