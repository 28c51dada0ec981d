use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// A labelled passphrase field; `name` is both its id and its `data-testid`.
#[component]
pub fn PassphraseField(
    label: Text,
    name: &'static str,
    value: RwSignal<String>,
    /// `current-password`, `new-password`, or `off` where a saved passphrase would be wrong.
    autocomplete: &'static str,
    /// Shows what is typed while true, for a passphrase being chosen.
    #[prop(optional, into)]
    shown: Option<Signal<bool>>,
    /// The id of the passphrase rule written under the field, for one being chosen.
    #[prop(optional)]
    rule: Option<&'static str>,
) -> impl IntoView {
    let kind = move || {
        if shown.is_some_and(|shown| shown.get()) {
            "text"
        } else {
            "password"
        }
    };
    view! {
        <div class="field">
            <label for=name>{tr(label)}</label>
            <input id=name data-testid=name type=kind autocomplete=autocomplete
                aria-describedby=rule prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))/>
            {rule.map(|id| view! { <p class="hint" id=id>{tr(Text::PassphraseRule)}</p> })}
        </div>
    }
}
