use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The documents section's editor.
#[component]
pub fn Documents() -> impl IntoView {
    view! {
        <section data-testid="section-documents" aria-labelledby="documents-title">
            <h1 id="documents-title">{tr(Text::SectionDocuments)}</h1>
        </section>
    }
}
