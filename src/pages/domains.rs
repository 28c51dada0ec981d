use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The domains section's editor.
#[component]
pub fn Domains() -> impl IntoView {
    view! {
        <section data-testid="section-domains" aria-labelledby="domains-title">
            <h1 id="domains-title">{tr(Text::SectionDomains)}</h1>
        </section>
    }
}
