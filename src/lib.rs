//! Regie in the browser: the client's own dossier, sealed on the device.
//!
//! Components render and wire events; the rules live in `regie-core`.

// A binary built with one page's parts only (scripts/build.sh) leaves the other page's
// entry points unused; tests and checks build both.
#![cfg_attr(not(all(feature = "app", feature = "viewer")), allow(unused))]

use leptos::prelude::*;
use regie_core::catalogue::Lang;

mod components;
mod dossier_part;
mod gate;
mod i18n;
mod pages;
pub mod platform;
mod pwa;
mod routes;
mod sections;
mod session;

pub use pages::{open_share, resume_share, verify_envelope};

use i18n::{tr, I18n};
use regie_core::catalogue::{FirstText, Text};
use session::transfer as moving;
use session::{Phase, Session};

/// The client's first screen (first run or unlock), shown by the app's small first part
/// while the rest loads; see [`gate`].
#[component]
pub fn FirstScreen() -> impl IntoView {
    provide_language(true);
    let gate = gate::Gate::new();
    let stored = RwSignal::new(gate::stored_phase());
    // The screen changes with the phase only: a problem found later shows on it as it is.
    let phase = Memo::new(move |_| stored.with(|(phase, _)| *phase));
    let problem = Signal::derive(move || stored.with(|(_, problem)| *problem));
    // Opened with a moving link: the receiving page belongs to the second part.
    let moving = RwSignal::new(moving::link_in_address().is_some());
    let load_error = RwSignal::new(None::<FirstText>);
    let show_now = move || {
        moving.set(true);
        leptos::task::spawn_local(async move {
            if let Err(text) = gate.show().await {
                load_error.set(Some(text));
            }
        });
    };
    let part_loaded = gate::fetch_ahead();
    gate::follow_other_tabs(stored, part_loaded);
    Effect::new(move || {
        if part_loaded.get() {
            gate::check_stored(stored);
        }
    });
    if moving.get_untracked() {
        show_now();
    }
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // Once the second part shows the app, it follows the address itself.
        let ours = !gate.handed_over.get_untracked() && !moving.get_untracked();
        if ours && moving::link_in_address().is_some() {
            show_now();
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <Show when=move || !gate.handed_over.get()>
            <div class="app">
                <header class="topbar">
                    <span class="brand">{tr(FirstText::AppName)}</span>
                    <LanguageSelect/>
                </header>
                // The service worker registers once the rest of the app is here: its
                // precaching then finds the files in the HTTP cache instead of downloading
                // them a second time beside the page's own download. Nothing to save yet,
                // so a new version may take over at once.
                <Show when=move || part_loaded.get()>
                    <pwa::UpdateBanner save=|| true/>
                </Show>
                <WithStatement>
                    {move || match phase.get() {
                        _ if moving.get() => view! {
                            <main class="page narrow" aria-busy=move || load_error.get().is_none().to_string()>
                                <h1>{tr(FirstText::Loading)}</h1>
                                <components::ErrorMessage error=load_error/>
                                <Show when=move || load_error.get().is_some()>
                                    <button class="button primary wide" on:click=move |_| {
                                        load_error.set(None);
                                        show_now();
                                    }>{tr(FirstText::TryAgain)}</button>
                                </Show>
                            </main>
                        }.into_any(),
                        Phase::FirstRun => view! {
                            <pages::FirstRun create=move |p| gate.create(p)
                                problem=stored.get_untracked().1
                                read_aloud=|| view! {
                                    <gate::ReadAloudLater targets="first-run-intro first-run-warning"
                                        host="first-run-reader"/>
                                }>
                                <gate::Restore gate/>
                            </pages::FirstRun>
                        }.into_any(),
                        _ => view! {
                            <pages::Unlock unlock=move |p| gate.unlock(p) problem reason=None
                                recover=Callback::new(move |()| gate.recover(stored))
                                read_aloud=|| view! {
                                    <gate::ReadAloudLater targets="forgot-passphrase-text"
                                        host="unlock-reader"/>
                                }>
                                <gate::Restore gate title=FirstText::ImportTitle/>
                            </pages::Unlock>
                        }.into_any(),
                    }}
                </WithStatement>
            </div>
        </Show>
    }
}

/// The page a share link opens, first part: checks the link and shows what was shared. It
/// writes nothing to the device, not even a language choice.
#[component]
pub fn ViewerApp() -> impl IntoView {
    provide_language(false);
    let handed_over = RwSignal::new(false);
    // `/vraag`, the professional's request page, lives in the viewer's second part.
    if platform::history::current_path() == regie_core::api::paths::REQUEST_PAGE {
        return view! {
            <Show when=move || !handed_over.get()>
                <ViewerFrame>
                    <pages::RequestGate handed_over/>
                </ViewerFrame>
            </Show>
        }
        .into_any();
    }
    pages::follow_new_links();
    view! {
        <Show when=move || !handed_over.get()>
            <ViewerFrame>
                <pages::Viewer handed_over/>
            </ViewerFrame>
        </Show>
    }
    .into_any()
}

/// The professional's request page (`/vraag`), mounted by the viewer's second part.
#[component]
pub fn RequestApp() -> impl IntoView {
    provide_language(false);
    view! {
        <ViewerFrame>
            <pages::RequestPage/>
        </ViewerFrame>
    }
}

/// The share viewer's second part: the opened share, shown after the recipient's press.
#[component]
pub fn OpenedViewerApp() -> impl IntoView {
    provide_language(false);
    view! {
        <ViewerFrame>
            <pages::OpenedViewer/>
        </ViewerFrame>
    }
}

#[component]
fn ViewerFrame(children: Children) -> impl IntoView {
    view! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{tr(Text::AppName)}</span>
                <LanguageSelect/>
            </header>
            <WithStatement>{children()}</WithStatement>
        </div>
    }
}

fn provide_language(remember: bool) {
    let i18n = I18n::detect(remember);
    provide_context(i18n);
    // The page's language and direction follow the choice, for screen readers,
    // hyphenation and right-to-left languages.
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("dir", lang.dir());
        }
    });
}

/// The second part's reader for the first screen's help (see [`gate::ReadAloudLater`]): the
/// panel alone, reading at once, in the language chosen on this device.
pub(crate) fn reader_for_first_screen(targets: Vec<String>) -> impl IntoView {
    provide_language(true);
    view! { <components::ReadAloud targets at_once=true/> }
}

/// Before a part shows itself: the chosen language's file in (see [`i18n::prepare`]).
/// `remember`: the client's app, whose choice is kept on the device; not the viewer.
pub async fn prepare_language(remember: bool) {
    i18n::prepare(remember).await;
}

/// The client's app on a session: first run, unlock, or the open dossier. Mounted by the
/// second part, usually just after the first screen created or unlocked the dossier.
#[component]
pub fn ClientApp(session: Session) -> impl IntoView {
    provide_language(true);
    provide_context(session);
    // Opened with a moving link: receive the dossier first.
    let receiving = RwSignal::new(moving::link_in_address().is_some());
    moving::watch_address(session, receiving);
    session::watch_other_tabs(session);
    view! {
        <div class="app">
            // The first stop of the keyboard: past the top bar, straight to the screen.
            <Show when=move || session.phase.get() == Phase::Unlocked && !receiving.get()>
                <a class="skip-link" href="#main" data-testid="skip-link" on:click=|ev| {
                    ev.prevent_default();
                    platform::focus::focus_id("main");
                }>{tr(Text::SkipToContent)}</a>
            </Show>
            <header class="topbar">
                <span class="brand">{tr(Text::AppName)}</span>
                <components::SaveStatus/>
                <LanguageSelect/>
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
            <pwa::UpdateBanner save=move || session.save_pending()/>
            <WithStatement>
                {move || match session.phase.get() {
                    _ if receiving.get() => view! { <pages::ReceiveDossier active=receiving/> }.into_any(),
                    Phase::FirstRun | Phase::Locked if session.restoring_copy.get() => view! {
                        <pages::RestoreCopy/>
                    }.into_any(),
                    Phase::Unlocked if session.restoring_copy.get() => view! { <pages::CopyRestored/> }.into_any(),
                    Phase::FirstRun => view! {
                        <pages::FirstRun create=move |p| async move { session.create(p).await }
                            problem=session.stored_problem.get_untracked()
                            read_aloud=|| view! {
                                <components::ReadAloud
                                    targets=vec!["first-run-intro".into(), "first-run-warning".into()]/>
                            }>
                            <pages::RestoreFromBackup/>
                        </pages::FirstRun>
                    }.into_any(),
                    Phase::Locked if session.recovering.get() => view! { <pages::Recover/> }.into_any(),
                    Phase::Unlocked if session.recovering.get() => view! { <pages::Recovered/> }.into_any(),
                    Phase::Locked => view! {
                        <pages::Unlock unlock=move |p| async move { session.unlock(p).await }
                            recover=Callback::new(move |()| session.recovering.set(true))
                            read_aloud=|| view! {
                                <components::ReadAloud targets=vec!["forgot-passphrase-text".into()]/>
                            }
                            problem=session.stored_problem.get_untracked()
                            reason=session.lock_reason>
                            <pages::RestoreFromBackup title=FirstText::ImportTitle/>
                        </pages::Unlock>
                        <pages::KeptAsideNote/>
                    }.into_any(),
                    Phase::Unlocked => view! { <pages::Dossier/> }.into_any(),
                }}
            </WithStatement>
        </div>
    }
}

/// The language list: each language named in itself, the choice remembered per device (not
/// in the viewer). A language whose file cannot be had says so, and the screen stays as it is.
#[component]
fn LanguageSelect() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <select
            class="lang-select"
            data-testid="lang-select"
            aria-label=tr(FirstText::Language)
            on:change=move |ev| {
                if let Ok(lang) = event_target_value(&ev).parse::<Lang>() {
                    i18n.choose(lang);
                }
            }
        >
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <option
                            value=lang.code()
                            lang=lang.code()
                            dir=lang.dir()
                            selected=move || i18n.lang.get() == lang
                        >
                            {lang.name()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
        <Show when=move || i18n.failed.get().is_some()>
            <p class="lang-failed" role="alert">{tr(FirstText::LanguageFailed)}</p>
        </Show>
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
                {tr(FirstText::A11yLink)}
            </button>
        </footer>
    }
}
