//! Showing a [`Said`]: a sentence from either table of texts.

use leptos::prelude::*;

use crate::i18n::{I18n, Said};

/// A refusal or failure, announced to screen readers (as `ErrorMessage`).
#[component]
pub fn SaidMessage(#[prop(into)] said: Signal<Option<Said>>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    view! {
        <Show when=move || said.with(Option::is_some)>
            <p class="error" role="alert" data-testid="error">
                {move || said.with(|s| s.as_ref().map(|s| s.say(lang.get())))}
            </p>
        </Show>
    }
}
