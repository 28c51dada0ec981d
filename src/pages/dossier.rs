use std::time::Duration;

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::model::{EntryId, SectionKey};

use crate::i18n::tr;
use crate::platform::clock::now_ms;
use crate::sections::SectionEditor;
use crate::session::Session;

/// Where in the open dossier the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Home,
    About,
    Story,
    Domains,
    Goals,
    Network,
    Support,
    Health,
    Journal,
    Documents,
    Shares,
    Search,
    Settings,
}

/// How long before the auto-lock the person is warned and can stay (WCAG 2.2.1).
const WARN_BEFORE_MS: i64 = 30_000;

/// The open dossier: navigation, the current section, and the guard that locks it when left
/// alone and saves it when the tab goes away.
#[component]
pub fn Dossier() -> impl IntoView {
    let session = expect_context::<Session>();
    let place = RwSignal::new(Place::Home);
    provide_context(place);
    // The entry to reveal in the next section opened (set with the place by a jump).
    let reveal = RwSignal::new(None::<EntryId>);
    provide_context(reveal);

    let last_activity = StoredValue::new(now_ms());
    let warning = RwSignal::new(false);
    let still_here = move || {
        last_activity.set_value(now_ms());
        warning.set(false);
    };
    let listeners = [
        window_event_listener(leptos::ev::keydown, move |_| still_here()),
        window_event_listener(leptos::ev::pointerdown, move |_| still_here()),
        window_event_listener(leptos::ev::input, move |_| still_here()),
        // A hidden tab may be killed without warning: save what is waiting now.
        window_event_listener(leptos::ev::pagehide, move |_| session.flush()),
        window_event_listener(leptos::ev::visibilitychange, move |_| session.flush()),
    ];
    let ticker = set_interval_with_handle(
        move || {
            if !session.is_unlocked() {
                return;
            }
            let minutes = session
                .dossier
                .with_untracked(|d| d.settings.auto_lock_minutes);
            let limit = i64::from(minutes) * 60_000;
            let idle = now_ms() - last_activity.get_value();
            if idle >= limit {
                session.lock(Some(Text::LockedIdle));
            } else if idle >= limit - WARN_BEFORE_MS {
                warning.set(true);
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });

    let nav_item = move |to: Place, testid: &'static str, label: Text| {
        view! {
            <li>
                <button class="nav-item" data-testid=testid
                    aria-current=move || (place.get() == to).then_some("page")
                    on:click=move |_| place.set(to)>
                    {tr(label)}
                </button>
            </li>
        }
    };

    // The warning takes focus, so it is announced and one key press keeps the dossier open;
    // afterwards focus goes back to where the person was.
    let stay_button = NodeRef::<leptos::html::Button>::new();
    let focus_before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        if let Some(button) = stay_button.get() {
            let active = document()
                .active_element()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            focus_before.set_value(active);
            let _ = button.focus();
        }
    });
    // Any key or tap dismisses the warning (even before the button's click arrives).
    Effect::new(move |was_shown: Option<bool>| {
        let shown = warning.get();
        if was_shown == Some(true) && !shown {
            if let Some(element) = focus_before.get_value() {
                let _ = element.focus();
            }
            focus_before.set_value(None);
        }
        shown
    });
    let stay = move |_| still_here();

    view! {
        <Show when=move || warning.get()>
            <div class="banner" role="alertdialog" aria-modal="false"
                aria-labelledby="idle-warning-text" data-testid="idle-warning">
                <p id="idle-warning-text">{tr(Text::IdleWarning)}</p>
                <button class="button primary" data-testid="stay-unlocked" node_ref=stay_button
                    on:click=stay>
                    {tr(Text::StayUnlocked)}
                </button>
            </div>
        </Show>
        <nav class="sections" aria-label=tr(Text::Menu)>
            <ul>
                {nav_item(Place::Home, "nav-home", Text::Home)}
                {nav_item(Place::About, "nav-about", Text::SectionAbout)}
                {nav_item(Place::Story, "nav-story", Text::SectionStory)}
                {nav_item(Place::Domains, "nav-domains", Text::SectionDomains)}
                {nav_item(Place::Goals, "nav-goals", Text::SectionGoals)}
                {nav_item(Place::Network, "nav-network", Text::SectionNetwork)}
                {nav_item(Place::Support, "nav-support", Text::SectionSupport)}
                {nav_item(Place::Health, "nav-health", Text::SectionHealth)}
                {nav_item(Place::Journal, "nav-journal", Text::SectionJournal)}
                {nav_item(Place::Documents, "nav-documents", Text::SectionDocuments)}
                {nav_item(Place::Shares, "nav-shares", Text::SectionShares)}
                {nav_item(Place::Search, "nav-search", Text::Search)}
                {nav_item(Place::Settings, "nav-settings", Text::Settings)}
            </ul>
        </nav>
        <main class="page">
            {move || {
                let section = |key| {
                    let reveal = reveal.try_update_untracked(Option::take).flatten();
                    view! { <SectionEditor key reveal/> }.into_any()
                };
                match place.get() {
                Place::Home => view! { <super::home::Home/> }.into_any(),
                Place::About => section(SectionKey::About),
                Place::Story => section(SectionKey::Story),
                Place::Domains => section(SectionKey::Domains),
                Place::Goals => section(SectionKey::Goals),
                Place::Network => section(SectionKey::Network),
                Place::Support => section(SectionKey::Support),
                Place::Health => section(SectionKey::Health),
                Place::Journal => section(SectionKey::Journal),
                Place::Documents => section(SectionKey::Documents),
                Place::Shares => view! { <super::shares::Shares/> }.into_any(),
                Place::Search => view! { <super::search::Search/> }.into_any(),
                Place::Settings => view! { <super::settings::Settings/> }.into_any(),
            }}}
        </main>
    }
}
