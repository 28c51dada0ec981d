use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The journal section's editor.
#[component]
pub fn Journal() -> impl IntoView {
    view! {
        <section data-testid="section-journal" aria-labelledby="journal-title">
            <h1 id="journal-title">{tr(Text::SectionJournal)}</h1>
        </section>
    }
}
