use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::search::{search, MAX_RESULTS};

use crate::i18n::{tr, I18n};
use crate::routes::Navigation;
use crate::session::Session;

/// Search across every section.
#[component]
pub fn Search() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let query = RwSignal::new(String::new());
    let hits = Memo::new(move |_| {
        let query = query.get();
        session.dossier.with(|d| search(d, &query))
    });
    let count = move || {
        let lang = lang.get();
        let found = hits.with(Vec::len);
        if query.with(|q| q.trim().is_empty()) {
            String::new()
        } else if found == 0 {
            Text::SearchNone.get(lang).to_owned()
        } else if found >= MAX_RESULTS {
            Text::SearchMore.fill(lang, &[&MAX_RESULTS.to_string()])
        } else {
            Text::SearchCount.fill(lang, &[&found.to_string()])
        }
    };
    let results = move || {
        let lang = lang.get();
        hits.get()
            .into_iter()
            .map(|hit| {
                let section = hit.section.title().get(lang);
                let title = hit.title.clone();
                let has_title = !title.is_empty();
                let excerpt = (hit.excerpt != hit.title).then(|| hit.excerpt.clone());
                let (key, entry) = (hit.section, hit.entry.clone());
                view! {
                    <li>
                        <button class="card result" data-testid="search-result"
                            data-section=key.key()
                            on:click=move |_| nav.reveal(key, entry.clone())>
                            <span class="result-section">{section}</span>
                            {has_title.then(|| view! { <strong>{title}</strong> })}
                            {excerpt.map(|text| view! { <span class="excerpt">{text}</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section data-testid="section-search" aria-labelledby="search-title">
            <h1 id="search-title">{tr(Text::Search)}</h1>
            <p>{tr(Text::SearchIntro)}</p>
            <form role="search" class="field" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">{tr(Text::SearchLabel)}</label>
                <input id="search-input" type="search" data-testid="search-input"
                    autocomplete="off" bind:value=query/>
            </form>
            <p class="hint" role="status" data-testid="search-count">{count}</p>
            <ul class="cards results" data-testid="search-results">{results}</ul>
        </section>
    }
}
