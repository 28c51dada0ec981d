use std::future::Future;

use leptos::prelude::*;
use regie_core::catalogue::{FirstText, Words};
use regie_core::zeroize::Zeroizing;

use crate::components::{BusyButton, ErrorMessage, PassphraseField};
use crate::i18n::tr;
use crate::pages::after_next_paint;

/// Opening the stored dossier with the passphrase. The page only asks; `unlock` does the
/// work (see [`crate::pages::FirstRun`]).
#[component]
pub fn Unlock<F, Fut, E>(
    unlock: F,
    /// A problem found with what is stored, shown before anything is typed (also when it is
    /// found a moment later).
    #[prop(into)]
    problem: Signal<Option<E>>,
    /// Why the dossier was locked, when the person did not do it themselves.
    #[prop(into)]
    reason: Signal<Option<E>>,
    /// "Open with recovery cards": shows the helpers' way in.
    recover: Callback<()>,
    /// "Voorlezen" for the help under "Wachtzin vergeten?" (`forgot-passphrase-text`), as on
    /// the first-run screen (see [`crate::pages::FirstRun`]).
    #[prop(into)]
    read_aloud: ViewFn,
    /// Inside "Wachtzin vergeten?": the form that restores a backup in place of the stored
    /// dossier, shown once the person has read that it replaces this one.
    children: Children,
) -> impl IntoView
where
    F: Fn(Zeroizing<String>) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<(), E>> + 'static,
    // The first screen's texts, or (in the open app) the main table's.
    E: Words + From<FirstText> + Send + Sync + 'static,
{
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(problem.get_untracked());
    Effect::new(move || {
        if let Some(found) = problem.get() {
            error.set(Some(found));
        }
    });

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        if passphrase.get_untracked().is_empty() {
            error.set(Some(FirstText::ErrPassphraseEmpty.into()));
            return;
        }
        hand_over(passphrase, None, error, working, unlock);
    };

    view! {
        <main class="page narrow" aria-busy=move || working.get().to_string()>
            <h1>{tr(FirstText::UnlockTitle)}</h1>
            <Show when=move || reason.get().is_some()>
                <p class="notice" role="status">
                    {move || reason.get().map(|t| tr(t)())}
                </p>
            </Show>
            <p>{tr(FirstText::UnlockIntro)}</p>
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <PassphraseField label=FirstText::Passphrase name="passphrase" value=passphrase
                    autocomplete="current-password"/>
                <ErrorMessage error=error/>
                <BusyButton testid="unlock" label=FirstText::Unlock busy_label=FirstText::Unlocking busy=working/>
            </form>
            <ForgotPassphrase restore=children recover read_aloud/>
        </main>
    }
}

/// "Wachtzin vergeten?": what can and cannot be done, plainly, and the way back through a
/// backup. The restore form stays hidden until the person asks for it, right under the
/// sentence that says it replaces the dossier on this phone.
#[component]
fn ForgotPassphrase(restore: Children, recover: Callback<()>, read_aloud: ViewFn) -> impl IntoView {
    let restoring = RwSignal::new(false);
    let restore = restore();
    view! {
        <details class="forgot" data-testid="forgot-passphrase">
            <summary data-testid="forgot-passphrase-open">{tr(FirstText::ForgotTitle)}</summary>
            <div data-testid="forgot-passphrase-text" id="forgot-passphrase-text">
                <p>{tr(FirstText::ForgotNobody)}</p>
                <p>{tr(FirstText::ForgotTryAgain)}</p>
                <p>{tr(FirstText::RecoverOffer)}</p>
                <button type="button" class="button wide" data-testid="recover-start"
                    on:click=move |_| recover.run(())>
                    {tr(FirstText::RecoverStart)}
                </button>
                <p>{tr(FirstText::ForgotBackup)}</p>
                <p>{tr(FirstText::ForgotNoBackup)}</p>
            </div>
            {read_aloud.run()}
            <Show when=move || !restoring.get()>
                <button type="button" class="button wide" data-testid="unlock-restore"
                    on:click=move |_| restoring.set(true)>
                    {tr(FirstText::ForgotRestoreStart)}
                </button>
            </Show>
            <div hidden=move || !restoring.get()>
                <p class="warning" role="note" data-testid="unlock-restore-warning">
                    {tr(FirstText::ForgotRestoreReplaces)}
                </p>
                {restore}
            </div>
        </details>
    }
}

/// Hands the typed passphrase to `open` once the busy state has painted (deriving the key
/// blocks the page), emptying the fields first so it lives on only in the copy that is
/// wiped after use. On success the page is replaced; a failure is shown and the form opens
/// again with what was typed back in both fields, so a long passphrase need not be typed
/// again.
pub(crate) fn hand_over<F, Fut, E>(
    passphrase: RwSignal<String>,
    confirmation: Option<RwSignal<String>>,
    error: RwSignal<Option<E>>,
    working: RwSignal<bool>,
    open: F,
) where
    F: FnOnce(Zeroizing<String>) -> Fut + 'static,
    Fut: Future<Output = Result<(), E>> + 'static,
    E: Words + Send + Sync + 'static,
{
    error.set(None);
    working.set(true);
    after_next_paint(move || {
        let typed = Zeroizing::new(passphrase.get_untracked());
        passphrase.set(String::new());
        if let Some(confirmation) = confirmation {
            confirmation.set(String::new());
        }
        leptos::task::spawn_local(async move {
            let kept = Zeroizing::new(typed.to_string());
            if let Err(text) = open(typed).await {
                passphrase.try_set(kept.to_string());
                if let Some(confirmation) = confirmation {
                    confirmation.try_set(kept.to_string());
                }
                error.set(Some(text));
                working.set(false);
            }
        });
    });
}
