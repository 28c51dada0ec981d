use std::future::Future;

use leptos::prelude::*;
use regie_core::catalogue::{FirstText, Words};
use regie_core::vault::check_passphrase_form;
use regie_core::zeroize::Zeroizing;

use super::unlock::hand_over;
use crate::components::{BusyButton, ErrorMessage, PassphraseField};
use crate::i18n::tr;

/// The first visit: choose a passphrase, understand that it cannot be recovered.
///
/// The page only asks; `create` does the work. The first screen (before the dossier's code
/// has loaded) and the open app each pass their own.
#[component]
pub fn FirstRun<F, Fut, E>(
    /// Makes the dossier with the passphrase, which has passed the rule already.
    create: F,
    /// A problem found with what is stored, shown before anything is typed.
    problem: Option<E>,
    /// "Voorlezen" for the introduction and the warning (`first-run-intro`,
    /// `first-run-warning`): the first screen's caller passes a button that asks the second
    /// part, the open app its own reader, so the first screen carries no reading code.
    #[prop(into)]
    read_aloud: ViewFn,
    /// Below the form: restoring a backup instead.
    children: Children,
) -> impl IntoView
where
    F: Fn(Zeroizing<String>) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<(), E>> + 'static,
    // The first screen's texts, or (in the open app) the main table's.
    E: Words + From<FirstText> + Send + Sync + 'static,
{
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let working = RwSignal::new(false);
    let error = RwSignal::new(problem);

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        let (p, c) = (passphrase.get_untracked(), confirmation.get_untracked());
        if let Err(problem) = check_passphrase_form(&p, &c) {
            error.set(Some(problem.text().into()));
            return;
        }
        hand_over(passphrase, Some(confirmation), error, working, create);
    };

    view! {
        <main class="page narrow" aria-busy=move || working.get().to_string()>
            <h1>{tr(FirstText::FirstRunTitle)}</h1>
            <p id="first-run-intro">{tr(FirstText::FirstRunIntro)}</p>
            {read_aloud.run()}
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <PassphraseField label=FirstText::NewPassphrase name="new-passphrase" value=passphrase
                    autocomplete="new-password" shown=show rule="passphrase-rule"/>
                <PassphraseField label=FirstText::ConfirmPassphrase name="confirm-passphrase"
                    value=confirmation autocomplete="new-password" shown=show/>
                <div class="warning" role="note" id="first-run-warning">
                    <strong>{tr(FirstText::ForgetWarningTitle)}": "</strong>
                    {tr(FirstText::ForgetWarning)}
                </div>
                <ErrorMessage error=error/>
                <BusyButton testid="create-dossier" label=FirstText::CreateDossier busy_label=FirstText::Creating busy=working/>
            </form>
            {children()}
        </main>
    }
}
