use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The goals section's editor.
#[component]
pub fn Goals() -> impl IntoView {
    view! {
        <section data-testid="section-goals" aria-labelledby="goals-title">
            <h1 id="goals-title">{tr(Text::SectionGoals)}</h1>
        </section>
    }
}
