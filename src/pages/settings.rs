use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;
use crate::platform::storage::Persistence;
use crate::session::Session;

/// Auto-lock, what the browser promises about storage, and what Regie promises.
#[component]
pub fn Settings() -> impl IntoView {
    let session = expect_context::<Session>();
    let persistence = session.persistence;
    let minutes = session
        .dossier
        .with_untracked(|d| d.settings.auto_lock_minutes);
    view! {
        <section data-testid="section-settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{tr(Text::Settings)}</h1>
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
            <h2>{tr(Text::StorageTitle)}</h2>
            <p data-testid="storage-persistence"
                data-persistent=move || match persistence.get() {
                    Some(Persistence::Persistent) => "yes",
                    Some(Persistence::BestEffort) => "no",
                    _ => "unknown",
                }>
                {move || match persistence.get() {
                    Some(Persistence::Persistent) => tr(Text::StoragePersistent)(),
                    Some(Persistence::BestEffort) => tr(Text::StorageNotPersistent)(),
                    _ => tr(Text::StorageUnknown)(),
                }}
            </p>
            <super::MoveToNewPhone/>
            <h2>{tr(Text::PromisesTitle)}</h2>
            <p>{tr(Text::PromisesText)}</p>
        </section>
    }
}
