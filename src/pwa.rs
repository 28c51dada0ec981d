//! The installed app's side of updates: a banner that says a new version is ready, and a
//! button that saves first, then lets the new version take over.

use leptos::prelude::*;
use regie_core::catalogue::FirstText;

use crate::components::ErrorMessage;
use crate::i18n::tr;
use crate::platform::pwa;

/// Registers the service worker for the client's app and shows the update banner when a
/// new version waits. When another tab let a new version take over, this tab saves and
/// reloads too.
#[component]
pub fn UpdateBanner(
    /// Saves whatever waits; `false` when that failed (then the old version stays).
    save: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ready = RwSignal::new(false);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<FirstText>);
    pwa::register(ready, move || {
        save();
        pwa::reload();
    });
    let update = move |_| {
        if working.get_untracked() {
            return;
        }
        // Nothing typed may be lost: save now, and stay on this version if that fails.
        if !save() {
            error.set(Some(FirstText::ErrUpdateNotSaved));
            return;
        }
        error.set(None);
        working.set(true);
        leptos::task::spawn_local(pwa::activate_waiting());
    };
    view! {
        <Show when=move || ready.get()>
            <div class="banner update-banner" role="region" aria-labelledby="update-ready"
                data-testid="update-banner">
                <p id="update-ready" role="status">{tr(FirstText::UpdateReady)}</p>
                <ErrorMessage error=error/>
                <button class="button primary" data-testid="update-now" on:click=update
                    disabled=move || working.get()>
                    {move || if working.get() { tr(FirstText::UpdateWorking)() } else { tr(FirstText::UpdateNow)() }}
                </button>
            </div>
        </Show>
    }
}
