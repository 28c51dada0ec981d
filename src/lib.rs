//! Regie in the browser: the client's own dossier, sealed on the device.
//!
//! Components render and wire events; the rules live in `regie-core`.

use leptos::prelude::*;
use regie_core::catalogue::Lang;

mod backup;
mod components;
mod documents;
mod i18n;
pub mod kdf;
mod moving;
mod pages;
pub mod platform;
mod pwa;
mod session;
mod sharing;

use i18n::{tr, I18n};
use regie_core::catalogue::Text;
use session::{Phase, Session};

/// The client's app: first run, unlock, or the open dossier.
#[component]
pub fn App() -> impl IntoView {
    provide_language(true);
    view! { <DossierApp/> }
}

/// The page a share link opens. It writes nothing to the device, not even a language choice.
#[component]
pub fn ViewerApp() -> impl IntoView {
    provide_language(false);
    view! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{tr(Text::AppName)}</span>
                <LanguageSwitch/>
            </header>
            <WithStatement>
                <pages::Viewer/>
            </WithStatement>
        </div>
    }
}

fn provide_language(remember: bool) {
    let i18n = I18n::detect(remember);
    provide_context(i18n);
    // The page language follows the choice, for screen readers and hyphenation.
    Effect::new(move |_| {
        let code = i18n.lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
}

/// First run, unlock, or the open dossier.
#[component]
fn DossierApp() -> impl IntoView {
    let session = Session::start();
    provide_context(session);
    // Opened with a moving link: receive the dossier first.
    let receiving = RwSignal::new(moving::link_in_address().is_some());
    moving::watch_address(session, receiving);
    backup::watch_other_tabs(session);
    view! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{tr(Text::AppName)}</span>
                <components::SaveStatus/>
                <LanguageSwitch/>
                <Show when=move || session.phase.get() == Phase::Unlocked>
                    <button
                        class="button secondary"
                        data-testid="lock"
                        on:click=move |_| {
                            session.lock(None);
                        }
                    >
                        {tr(Text::Lock)}
                    </button>
                </Show>
            </header>
            <pwa::UpdateBanner/>
            <WithStatement>
                {move || match session.phase.get() {
                    _ if receiving.get() => view! { <pages::ReceiveDossier active=receiving/> }.into_any(),
                    Phase::FirstRun => view! { <pages::FirstRun/> }.into_any(),
                    Phase::Locked => view! { <pages::Unlock/> }.into_any(),
                    Phase::Unlocked => view! { <pages::Dossier/> }.into_any(),
                }}
            </WithStatement>
        </div>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let other = move || match i18n.lang.get() {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    view! {
        <button
            class="button link"
            data-testid="language"
            lang=move || other().code()
            aria-label=tr(Text::SwitchLanguageLabel)
            on:click=move |_| i18n.choose(other())
        >
            {tr(Text::SwitchLanguage)}
        </button>
    }
}

/// A screen with a footer link to the accessibility statement. The statement shows in its
/// place while the screen stays as it was (hidden, not closed), so nothing is lost.
#[component]
fn WithStatement(children: Children) -> impl IntoView {
    let open = RwSignal::new(false);
    let link = NodeRef::<leptos::html::Button>::new();
    let back = move |()| {
        open.set(false);
        if let Some(button) = link.get_untracked() {
            let _ = button.focus();
        }
    };
    view! {
        <div class="screen" hidden=move || open.get()>{children()}</div>
        <Show when=move || open.get()>
            <pages::AccessibilityStatement on_back=back/>
        </Show>
        <footer class="footer">
            <button class="button link" data-testid="accessibility-link" node_ref=link
                on:click=move |_| open.set(true)>
                {tr(Text::A11yLink)}
            </button>
        </footer>
    }
}
