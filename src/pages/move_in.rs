//! Dossier ontvangen: the new phone's side of a move, shown instead of first run or unlock
//! when the app is opened with a moving link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::Text;
use regie_core::transfer::{KeptAside, MoveLink, MovePackage};
use regie_core::zeroize::Zeroizing;

use crate::components::{BusyButton, ErrorMessage, PassphraseField};
use crate::i18n::{tr, I18n};
use crate::session::transfer::{self as moving, ReceiveProblem};
use crate::session::{Phase, Session};

/// Asks the code, fetches and opens the package, and stores it in place of what this phone
/// held. A dossier already here is replaced only with its own passphrase, and waits aside
/// until the received one has been unlocked once. `active` turns false when the page is
/// done, either way.
#[component]
pub fn ReceiveDossier(active: RwSignal<bool>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let address = moving::link_in_address().unwrap_or_default();
    let parsed = MoveLink::parse(&address);
    let link_problem = parsed.as_ref().err().map(|e| e.text());
    let link = StoredValue::new(parsed.ok());
    let existing = moving::has_stored_dossier();
    let code = RwSignal::new(String::new());
    // The passphrase of the dossier already here: without it nothing is replaced.
    let current = RwSignal::new(String::new());
    let checked = StoredValue::new(!existing);
    let working = RwSignal::new(false);
    let problem = RwSignal::new(link_problem.map(ReceiveProblem::Plain));
    // A package that arrived but could not be stored yet: the relay gave it out once, so it
    // is kept in memory for another try rather than lost.
    let arrived = StoredValue::new(None::<MovePackage>);
    let finished = Memo::new(move |_| problem.get().is_some_and(|p| p.is_final()));

    let done = move |received: bool| {
        moving::forget_address_key();
        if received {
            session.stored_problem.set(None);
            session.lock_reason.set(Some(if existing {
                Text::ReceivedKeptOld
            } else {
                Text::ReceivedNotice
            }));
            session.phase.set(Phase::Locked);
        }
        active.set(false);
    };

    let store = move |package: MovePackage| async move {
        match moving::store(&package).await {
            Ok(()) => done(true),
            Err(text) => {
                arrived.set_value(Some(package));
                problem.set(Some(ReceiveProblem::Plain(text)));
                working.set(false);
            }
        }
    };

    let submit = move || {
        if working.get_untracked() || finished.get_untracked() {
            return;
        }
        if !checked.get_value() && current.with_untracked(String::is_empty) {
            problem.set(Some(ReceiveProblem::Plain(
                Text::ErrReceivePassphraseNeeded,
            )));
            return;
        }
        problem.set(None);
        working.set(true);
        spawn_local(async move {
            // Checked by really unlocking the dossier here, before the code is spent.
            if !checked.get_value() {
                let typed = Zeroizing::new(current.get_untracked());
                if let Err(text) = moving::check_passphrase(typed).await {
                    problem.set(Some(ReceiveProblem::Plain(text)));
                    working.set(false);
                    return;
                }
                checked.set_value(true);
                current.set(String::new());
            }
            if let Some(package) = arrived.try_update_value(Option::take).flatten() {
                store(package).await;
                return;
            }
            let typed = code.get_untracked();
            match moving::fetch(link, &typed).await {
                Ok(package) => {
                    // The key has done its work.
                    link.set_value(None);
                    store(package).await;
                }
                Err(p) => {
                    if p.is_final() {
                        link.set_value(None);
                        moving::forget_address_key();
                    }
                    problem.set(Some(p));
                    working.set(false);
                }
            }
        });
    };

    let message = move || problem.get().map(|p| p.words(lang.get()));

    view! {
        <main class="page narrow" aria-busy=move || working.get().to_string()
            data-testid="move-in">
            <h1>{tr(Text::ReceiveTitle)}</h1>
            <Show when=move || link_problem.is_none() && !finished.get()>
                <p>{tr(Text::ReceiveIntro)}</p>
                <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <div class="field">
                        <label for="move-code-input">{tr(Text::ReceiveCodeLabel)}</label>
                        <input id="move-code-input" data-testid="move-code-input" class="code-input"
                            type="text" inputmode="numeric" autocomplete="one-time-code"
                            maxlength="11" prop:value=code
                            on:input=move |ev| code.set(event_target_value(&ev))/>
                    </div>
                    {existing.then(|| view! {
                        <div class="warning" role="note" data-testid="move-keeps-old">
                            <p>{tr(Text::ReceiveKeepsOld)}</p>
                            <Show when=move || !checked.get_value() || working.get()>
                                <PassphraseField label=Text::ReceiveCurrentPassphrase
                                    name="move-current-passphrase" value=current
                                    autocomplete="current-password"/>
                            </Show>
                        </div>
                    })}
                    <Show when=move || problem.get().is_some()>
                        <p class="error" role="alert" data-testid="error">{message}</p>
                    </Show>
                    <BusyButton testid="move-receive" label=Text::ReceiveButton
                        busy_label=Text::Receiving busy=working/>
                </form>
            </Show>
            <Show when=move || link_problem.is_some() || finished.get()>
                <p class="error" role="alert" data-testid="error">{message}</p>
            </Show>
            <button class="button wide" type="button" data-testid="move-not-now"
                on:click=move |_| done(false)>
                {move || if link_problem.is_some() || finished.get() {
                    tr(Text::Back)()
                } else {
                    tr(Text::ReceiveNotNow)()
                }}
            </button>
        </main>
    }
}

/// Beside the unlock screen while a received dossier waits for its first unlock: the way
/// back to the dossier that was kept aside for it.
#[component]
pub fn KeptAsideNote() -> impl IntoView {
    let session = expect_context::<Session>();
    let waiting = RwSignal::new(moving::kept_aside() == KeptAside::AwaitingFirstUnlock);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let back = move |_| {
        working.set(true);
        spawn_local(async move {
            match moving::go_back().await {
                Ok(()) => {
                    waiting.set(false);
                    session.lock_reason.set(Some(Text::ReceiveWentBack));
                }
                Err(text) => error.set(Some(text)),
            }
            working.set(false);
        });
    };
    view! {
        <Show when=move || waiting.get()>
            <aside class="page narrow" aria-label=move || tr(Text::ReceiveGoBack)()>
                <ErrorMessage error=error/>
                <button class="button wide" type="button" data-testid="move-go-back"
                    on:click=back disabled=move || working.get()>
                    {tr(Text::ReceiveGoBack)}
                </button>
            </aside>
        </Show>
    }
}
