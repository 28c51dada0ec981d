use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The health section's editor.
#[component]
pub fn Health() -> impl IntoView {
    view! {
        <section data-testid="section-health" aria-labelledby="health-title">
            <h1 id="health-title">{tr(Text::SectionHealth)}</h1>
        </section>
    }
}
