//! The lists of the dossier's sections: the start screen's, "Mijn dossier", and the short
//! one at the end of every other screen. Each section is one tap away from anywhere.

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::model::SectionKey;
use regie_core::screen::Screen;

use crate::i18n::tr;
use crate::routes::Navigation;

/// What a section holds, in one line under its name.
pub fn section_hint(key: SectionKey) -> Text {
    match key {
        SectionKey::About => Text::HomeAboutHint,
        SectionKey::Story => Text::HomeStoryHint,
        SectionKey::Domains => Text::HomeDomainsHint,
        SectionKey::Goals => Text::HomeGoalsHint,
        SectionKey::Network => Text::HomeNetworkHint,
        SectionKey::Support => Text::HomeSupportHint,
        SectionKey::Money => Text::HomeMoneyHint,
        SectionKey::Health => Text::HomeHealthHint,
        SectionKey::Journal => Text::HomeJournalHint,
        SectionKey::Documents => Text::HomeDocumentsHint,
    }
}

/// The name of a screen, for the tab's title.
pub fn screen_title(screen: Screen) -> Text {
    match screen {
        Screen::Home => Text::Home,
        Screen::Sections => Text::NavDossier,
        Screen::Section(key) => key.title(),
        Screen::Shares | Screen::NewShare | Screen::ShareMade => Text::SectionShares,
        Screen::Search => Text::Search,
        Screen::Settings => Text::Settings,
        Screen::More => Text::NavMore,
        Screen::Plan => Text::PlanTitle,
    }
}

/// A link to a screen that the app follows itself (a new entry for Back) and that a
/// browser can still open in a new tab.
#[component]
pub fn ScreenLink(
    to: Screen,
    testid: String,
    #[prop(into)] class: String,
    children: Children,
) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    view! {
        <a class=class data-testid=testid href=to.path()
            aria-current=move || (nav.screen() == to).then_some("page")
            on:click=move |ev| {
                ev.prevent_default();
                nav.go(to);
            }>
            {children()}
        </a>
    }
}

/// Every section as a link (`nav-<key>`): with its hint as cards, or compact, two to a row.
#[component]
pub fn SectionLinks(#[prop(optional)] compact: bool) -> impl IntoView {
    let items = SectionKey::ALL
        .into_iter()
        .map(|key| {
            let hint = (!compact).then(|| view! { <span>{tr(section_hint(key))}</span> });
            let class = if compact { "section-link" } else { "card" };
            view! {
                <li>
                    <ScreenLink to=Screen::Section(key) testid=format!("nav-{key}") class>
                        <strong>{tr(key.title())}</strong>
                        {hint}
                    </ScreenLink>
                </li>
            }
        })
        .collect_view();
    let class = if compact { "section-links" } else { "cards" };
    view! { <ul class=class>{items}</ul> }
}

/// "Mijn dossier": every section, with what it holds.
#[component]
pub fn Sections() -> impl IntoView {
    view! {
        <section data-testid="section-sections" aria-labelledby="sections-title">
            <h1 id="sections-title">{tr(Text::NavDossier)}</h1>
            <p>{tr(Text::SectionsIntro)}</p>
            <SectionLinks/>
        </section>
    }
}
