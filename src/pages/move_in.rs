//! Dossier ontvangen: the new phone's side of a move, shown instead of first run or unlock
//! when the app is opened with a moving link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::words::code_tries_left_words;
use regie_core::catalogue::Text;
use regie_core::transfer::{MoveLink, MovePackage};

use crate::components::BusyButton;
use crate::i18n::{tr, I18n};
use crate::moving::{self, ReceiveProblem};
use crate::session::{Phase, Session};

/// Asks the code, fetches and opens the package, and stores it in place of what this phone
/// held (after asking). `active` turns false when the page is done, either way.
#[component]
pub fn ReceiveDossier(active: RwSignal<bool>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let address = moving::link_in_address().unwrap_or_default();
    let parsed = MoveLink::parse(&address);
    let link_problem = parsed.as_ref().err().map(|e| moving::link_error_text(*e));
    let link = StoredValue::new(parsed.ok());
    let existing = moving::has_stored_dossier();
    let code = RwSignal::new(String::new());
    let confirmed = RwSignal::new(false);
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
            session.lock_reason.set(Some(Text::ReceivedNotice));
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
        if existing && !confirmed.get_untracked() {
            problem.set(Some(ReceiveProblem::Plain(Text::ErrReceiveConfirm)));
            return;
        }
        problem.set(None);
        working.set(true);
        spawn_local(async move {
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

    let message = move || {
        problem.get().map(|p| match p {
            ReceiveProblem::WrongCode(n) => code_tries_left_words(n, lang.get()),
            p => p.text().get(lang.get()).to_owned(),
        })
    };

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
                        <div class="warning" role="note">
                            <p>{tr(Text::ReceiveReplaceWarning)}</p>
                            <div class="check">
                                <input id="move-replace" data-testid="move-replace" type="checkbox"
                                    prop:checked=confirmed
                                    on:change=move |ev| confirmed.set(event_target_checked(&ev))/>
                                <label for="move-replace">{tr(Text::ReceiveReplaceConfirm)}</label>
                            </div>
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
