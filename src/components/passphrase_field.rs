use leptos::prelude::*;
use regie_core::catalogue::{FirstText, Words};

use crate::i18n::tr;

/// A labelled passphrase field with a "show passphrase" toggle; `name` is both its id and its
/// `data-testid`, and the toggle's test id is `<name>-show`.
///
/// The toggle is a real button with `aria-pressed` (its label stays the same, as a toggle's
/// should), and switches the field between `password` and `text`: a person who is not sure
/// what they typed can look, instead of guessing again.
#[component]
pub fn PassphraseField<K>(
    label: K,
    name: &'static str,
    value: RwSignal<String>,
    /// `current-password`, `new-password`, or `off` where a saved passphrase would be wrong.
    autocomplete: &'static str,
    /// Whether what is typed shows; pass one signal to several fields (a passphrase and its
    /// confirmation) so that either toggle shows both.
    #[prop(optional)]
    shown: Option<RwSignal<bool>>,
    /// The id of the passphrase rule written under the field, for one being chosen.
    #[prop(optional)]
    rule: Option<&'static str>,
) -> impl IntoView
where
    K: Words + Send + Sync + 'static,
{
    let shown = shown.unwrap_or_else(|| RwSignal::new(false));
    let kind = move || if shown.get() { "text" } else { "password" };
    let toggle_id = format!("{name}-show");
    view! {
        <div class="field">
            <label for=name>{tr(label)}</label>
            <div class="passphrase-input">
                <input id=name data-testid=name type=kind autocomplete=autocomplete
                    autocapitalize="off" spellcheck="false"
                    aria-describedby=rule prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))/>
                <button type="button" class="button secondary show-passphrase"
                    data-testid=toggle_id aria-controls=name
                    aria-pressed=move || shown.get().to_string()
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {tr(FirstText::ShowPassphrase)}
                </button>
            </div>
            {rule.map(|id| view! { <p class="hint" id=id>{tr(FirstText::PassphraseRule)}</p> })}
        </div>
    }
}
