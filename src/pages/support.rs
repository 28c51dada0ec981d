use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The support section's editor.
#[component]
pub fn Support() -> impl IntoView {
    view! {
        <section data-testid="section-support" aria-labelledby="support-title">
            <h1 id="support-title">{tr(Text::SectionSupport)}</h1>
        </section>
    }
}
