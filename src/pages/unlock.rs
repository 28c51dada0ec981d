use std::future::Future;

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::zeroize::Zeroizing;

use crate::components::{BusyButton, ErrorMessage};
use crate::i18n::tr;
use crate::pages::after_next_paint;

/// Opening the stored dossier with the passphrase. The page only asks; `unlock` does the
/// work (see [`crate::pages::FirstRun`]).
#[component]
pub fn Unlock<F, Fut>(
    unlock: F,
    /// A problem found with what is stored, shown before anything is typed.
    problem: Option<Text>,
    /// Why the dossier was locked, when the person did not do it themselves.
    #[prop(into)]
    reason: Signal<Option<Text>>,
) -> impl IntoView
where
    F: Fn(Zeroizing<String>) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<(), Text>> + 'static,
{
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(problem);

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
                if let Err(text) = unlock(typed).await {
                    error.set(Some(text));
                    working.set(false);
                }
            });
        });
    };

    view! {
        <main class="page narrow" aria-busy=move || working.get().to_string()>
            <h1>{tr(Text::UnlockTitle)}</h1>
            <Show when=move || reason.get().is_some()>
                <p class="notice" role="status">
                    {move || reason.get().map(|t| tr(t)())}
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
