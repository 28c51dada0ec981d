use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::zeroize::Zeroizing;

use crate::components::{BusyButton, ErrorMessage};
use crate::i18n::tr;
use crate::pages::after_next_paint;
use crate::session::Session;

/// Opening the stored dossier with the passphrase.
#[component]
pub fn Unlock() -> impl IntoView {
    let session = expect_context::<Session>();
    crate::kdf::warm_up();
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(session.stored_problem.get_untracked());

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        if passphrase.get_untracked().is_empty() {
            error.set(Some(Text::ErrPassphraseEmpty));
            return;
        }
        error.set(None);
        working.set(true);
        after_next_paint(move || {
            let typed = Zeroizing::new(passphrase.get_untracked());
            passphrase.set(String::new());
            leptos::task::spawn_local(async move {
                if let Err(text) = session.unlock(typed).await {
                    error.set(Some(text));
                    working.set(false);
                }
            });
        });
    };

    view! {
        <main class="page narrow" aria-busy=move || working.get().to_string()>
            <h1>{tr(Text::UnlockTitle)}</h1>
            <Show when=move || session.lock_reason.get().is_some()>
                <p class="notice" role="status">
                    {move || session.lock_reason.get().map(|t| tr(t)())}
                </p>
            </Show>
            <p>{tr(Text::UnlockIntro)}</p>
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <div class="field">
                    <label for="passphrase">{tr(Text::Passphrase)}</label>
                    <input id="passphrase" data-testid="passphrase" type="password"
                        autocomplete="current-password" prop:value=passphrase
                        on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                </div>
                <ErrorMessage error=error/>
                <BusyButton testid="unlock" label=Text::Unlock busy_label=Text::Unlocking busy=working/>
            </form>
        </main>
    }
}
