//! "Meer": what the bottom bar has no room for.

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::screen::Screen;

use super::contents::ScreenLink;
use crate::i18n::tr;

#[component]
pub fn More() -> impl IntoView {
    let item = |to: Screen, testid: &str, title: Text, hint: Text| {
        view! {
            <li>
                <ScreenLink to testid=testid.to_owned() class="card">
                    <strong>{tr(title)}</strong>
                    <span>{tr(hint)}</span>
                </ScreenLink>
            </li>
        }
    };
    view! {
        <section data-testid="section-more" aria-labelledby="more-title">
            <h1 id="more-title">{tr(Text::NavMore)}</h1>
            <ul class="cards">
                {item(Screen::Search, "nav-search", Text::Search, Text::SearchIntro)}
                {item(Screen::Settings, "nav-settings", Text::Settings, Text::MoreSettingsHint)}
            </ul>
        </section>
    }
}
