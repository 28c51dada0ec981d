use leptos::prelude::*;
use regie_core::catalogue::Words;

use crate::i18n::tr;

/// A form's submit button that says what is happening while slow work runs, and cannot be
/// pressed twice meanwhile.
#[component]
pub fn BusyButton<K>(
    testid: &'static str,
    label: K,
    busy_label: K,
    #[prop(into)] busy: Signal<bool>,
    #[prop(default = "button primary wide")] class: &'static str,
) -> impl IntoView
where
    K: Words + Send + Sync + 'static,
{
    view! {
        <button class=class type="submit" data-testid=testid disabled=move || busy.get()>
            {move || if busy.get() { tr(busy_label)() } else { tr(label)() }}
        </button>
    }
}
