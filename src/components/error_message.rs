use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::I18n;

/// A failure explained in a plain sentence, announced to screen readers.
#[component]
pub fn ErrorMessage(#[prop(into)] error: Signal<Option<Text>>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    view! {
        <Show when=move || error.get().is_some()>
            <p class="error" role="alert" data-testid="error">
                {move || error.get().map(|t| t.get(lang.get()))}
            </p>
        </Show>
    }
}
