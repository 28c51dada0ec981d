use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// A form's submit button that says what is happening while slow work runs, and cannot be
/// pressed twice meanwhile.
#[component]
pub fn BusyButton(
    testid: &'static str,
    label: Text,
    busy_label: Text,
    #[prop(into)] busy: Signal<bool>,
    #[prop(default = "button primary wide")] class: &'static str,
) -> impl IntoView {
    view! {
        <button class=class type="submit" data-testid=testid disabled=move || busy.get()>
            {move || if busy.get() { tr(busy_label)() } else { tr(label)() }}
        </button>
    }
}
