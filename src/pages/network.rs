use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The network section's editor.
#[component]
pub fn Network() -> impl IntoView {
    view! {
        <section data-testid="section-network" aria-labelledby="network-title">
            <h1 id="network-title">{tr(Text::SectionNetwork)}</h1>
        </section>
    }
}
