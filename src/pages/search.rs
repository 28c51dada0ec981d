use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// Search across every section.
#[component]
pub fn Search() -> impl IntoView {
    view! {
        <section data-testid="section-search" aria-labelledby="search-title">
            <h1 id="search-title">{tr(Text::Search)}</h1>
        </section>
    }
}
