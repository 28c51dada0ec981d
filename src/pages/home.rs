use leptos::prelude::*;
use regie_core::catalogue::Text;

use super::dossier::Place;
use crate::i18n::{tr, I18n};
use crate::platform::storage::Persistence;
use crate::session::Session;

/// The first screen after unlocking.
#[component]
pub fn Home() -> impl IntoView {
    let session = expect_context::<Session>();
    let place = expect_context::<RwSignal<Place>>();
    let lang = expect_context::<I18n>().lang;
    let welcome = move || {
        let name = session.dossier.with(|d| d.about.name.trim().to_owned());
        if name.is_empty() {
            Text::HomeWelcomeNoName.get(lang.get()).to_owned()
        } else {
            Text::HomeWelcome.fill(lang.get(), &[&name])
        }
    };
    let card = move |to: Place, title: Text, hint: Text| {
        view! {
            <li>
                <button class="card" on:click=move |_| place.set(to)>
                    <strong>{tr(title)}</strong>
                    <span>{tr(hint)}</span>
                </button>
            </li>
        }
    };
    view! {
        <section data-testid="home">
            <h1>{welcome}</h1>
            <p>{tr(Text::HomeIntro)}</p>
            <Show when=move || session.persistence.get() == Some(Persistence::BestEffort)>
                <p class="warning" data-testid="storage-warning">{tr(Text::StorageNotPersistent)}</p>
            </Show>
            <crate::backup::BackupReminder on_go=move || place.set(Place::Settings)/>
            <ul class="cards">
                {card(Place::About, Text::SectionAbout, Text::HomeAboutHint)}
                {card(Place::Story, Text::SectionStory, Text::HomeStoryHint)}
                {card(Place::Shares, Text::SectionShares, Text::HomeSharesHint)}
            </ul>
        </section>
    }
}
