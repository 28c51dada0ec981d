use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::screen::{Screen, Tab};

use super::contents::{SectionLinks, Sections};
use super::idle::IdleGuard;
use crate::i18n::{tr, I18n};
use crate::routes::Navigation;
use crate::sections::SectionEditor;
use crate::session::Session;

/// The open dossier: the screen of the address bar, the bottom bar, and the guard that
/// locks it when left alone and saves it when the tab goes away.
#[component]
pub fn Dossier() -> impl IntoView {
    let session = expect_context::<Session>();
    // Opened on a professional's request link: its review comes first. Read before the
    // address bar is set to the screen, which drops the fragment.
    let request = RwSignal::new(None::<(String, String)>);
    super::request_review::watch_address(request);
    let nav = Navigation::start();
    provide_context(nav);
    // Going anywhere from the review (the bottom bar, Back) leaves it.
    Effect::new(move |before: Option<crate::routes::Place>| {
        let place = nav.place();
        if before.is_some_and(|b| b != place) {
            request.set(None);
        }
        place
    });
    super::shares::JustMade::provide();
    let listeners = [
        // A hidden tab may be killed without warning: save what is waiting now.
        window_event_listener(leptos::ev::pagehide, move |_| session.flush()),
        window_event_listener(leptos::ev::visibilitychange, move |_| session.flush()),
    ];
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
    });
    // The tab's title names the screen, so the history menu reads as a list of places.
    let lang = expect_context::<I18n>().lang;
    Effect::new(move |_| {
        let title = super::contents::screen_title(nav.screen()).get(lang.get());
        crate::platform::history::set_title(&format!("{title} · Regie"));
    });

    let screen = move || {
        if let Some((id, fingerprint)) = request.get() {
            let on_close = Callback::new(move |()| {
                request.set(None);
                nav.go(Screen::Shares);
            });
            return view! { <super::request_review::RequestReview id fingerprint on_close/> }
                .into_any();
        }
        let place = nav.place();
        match place.screen {
            Screen::Home => view! { <super::home::Home/> }.into_any(),
            Screen::Sections => view! { <Sections/> }.into_any(),
            Screen::Section(key) => view! { <SectionEditor key reveal=place.reveal/> }.into_any(),
            Screen::Shares | Screen::NewShare | Screen::ShareMade => {
                view! { <super::shares::Shares screen=place.screen/> }.into_any()
            }
            Screen::Search => view! { <super::search::Search/> }.into_any(),
            Screen::Settings => view! { <super::settings::Settings/> }.into_any(),
            Screen::More => view! { <super::more::More/> }.into_any(),
            Screen::Plan => view! { <super::plan::PersonalPlan/> }.into_any(),
        }
    };
    let other_sections = move || {
        let screen = nav.screen();
        (!screen.lists_sections()).then(|| {
            view! {
                <nav class="other-sections" aria-labelledby="other-sections-title">
                    <h2 id="other-sections-title">{tr(Text::OtherSections)}</h2>
                    <SectionLinks compact=true/>
                </nav>
            }
        })
    };

    view! {
        <IdleGuard/>
        <main class="page" id="main" tabindex="-1">
            {screen}
            {other_sections}
        </main>
        <BottomBar nav/>
    }
}

/// Four places a thumb reaches on any screen; the one the person is in is marked.
#[component]
fn BottomBar(nav: Navigation) -> impl IntoView {
    let item = move |tab: Tab| {
        let (testid, label) = match tab {
            Tab::Home => ("nav-home", Text::Home),
            Tab::Dossier => ("nav-dossier", Text::NavDossier),
            Tab::Shares => ("nav-shares", Text::SectionShares),
            Tab::More => ("nav-more", Text::NavMore),
        };
        let here = move || nav.screen().tab() == tab;
        view! {
            <li>
                <a class="tab" data-testid=testid href=tab.screen().path()
                    aria-current=move || here().then_some("page")
                    on:click=move |ev| {
                        ev.prevent_default();
                        nav.go(tab.screen());
                    }>
                    <span class="tab-icon" aria-hidden="true">{icon(tab)}</span>
                    <span class="tab-label">{tr(label)}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="bottom-bar" aria-label=tr(Text::NavMain)>
            <ul>{Tab::ALL.into_iter().map(item).collect_view()}</ul>
        </nav>
    }
}

/// Simple line icons, so the bar is recognisable before its words are read.
fn icon(tab: Tab) -> impl IntoView {
    let path = match tab {
        Tab::Home => "M3 11 12 4l9 7M5 10v10h5v-6h4v6h5V10",
        Tab::Dossier => "M4 5h6l2 2h8v12H4zM4 9h16",
        Tab::Shares => "M7 12a3 3 0 1 0 0 .1M17 6a3 3 0 1 0 0 .1M17 18a3 3 0 1 0 0 .1M9.6 10.6l4.8-3M9.6 13.4l4.8 3",
        Tab::More => "M5 12h.01M12 12h.01M19 12h.01",
    };
    view! {
        <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false">
            <path d=path/>
        </svg>
    }
}
