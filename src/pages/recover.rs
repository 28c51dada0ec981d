//! "Wachtzin vergeten?" with helpers: gathering their cards (typed or scanned), then a new
//! passphrase. A card that is refused is told in a sentence and changes nothing; the stored
//! dossier changes only when the new passphrase is saved.

use leptos::prelude::*;
use regie_core::catalogue::{RecoveryText, Text};
use regie_core::recovery::{Card, Gathered, Progress};
use regie_core::vault::check_passphrase_form;
use regie_core::zeroize::Zeroizing;

use super::said::SaidMessage;
use super::unlock::hand_over;
use crate::components::PassphraseField;
use crate::i18n::{tr, I18n, Said};
use crate::session::Session;

#[component]
pub fn Recover() -> impl IntoView {
    let session = expect_context::<Session>();
    let start = session.start_gathering();
    let said = RwSignal::new(None::<Said>);
    let progress = RwSignal::new(None::<Progress>);
    let gathered = StoredValue::new(None::<Gathered>);
    match start {
        Ok(g) => {
            progress.set(Some(g.progress()));
            gathered.set_value(Some(g));
        }
        Err(text) => said.set(Some(text)),
    }
    let enough = move || progress.get() == Some(Progress::Enough);
    let back = move |_| session.recovering.set(false);
    let check = move || {
        gathered.with_value(|g| match g {
            Some(g) => session.check_cards(g),
            None => Err(RecoveryText::ErrRecoverNoHelpers.into()),
        })
    };
    let finish = move |new| async move {
        let Some(g) = gathered.with_value(|g| g.clone()) else {
            return Err(Text::ErrCorrupt);
        };
        session.recover(&g, new).await
    };
    view! {
        <main class="page narrow" id="main">
            <h1>{tr(Text::RecoverStart)}</h1>
            <p>{tr(RecoveryText::RecoverIntro)}</p>
            <GatherCards gathered progress said/>
            <Show when=enough>
                <NewPassphrase check finish label=RecoveryText::RecoverFinish/>
            </Show>
            <button type="button" class="button link" data-testid="recover-back" on:click=back>
                {tr(Text::Back)}
            </button>
        </main>
    }
}

/// One card at a time, typed or scanned, each checked at once: a refused card is told in a
/// sentence and nothing gathered is lost. Shared by recovering and by restoring a copy.
#[component]
pub fn GatherCards(
    gathered: StoredValue<Option<Gathered>>,
    progress: RwSignal<Option<Progress>>,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let typed = RwSignal::new(String::new());
    let add = move |text: String| {
        let outcome = match Card::read(&text) {
            Err(problem) => {
                let (text, values) = problem.said();
                Err(Said::Recovery(text, values))
            }
            Ok(card) => gathered
                .try_update_value(|g| g.as_mut().map(|g| g.add(card)))
                .flatten()
                .ok_or(Said::from(RecoveryText::ErrRecoverNoHelpers))
                .and_then(|r| r.map_err(|p| p.text().into())),
        };
        match outcome {
            Ok(p) => {
                said.set(None);
                typed.set(String::new());
                progress.set(Some(p));
            }
            Err(s) => said.set(Some(s)),
        }
    };
    let have = move || match progress.get() {
        Some(Progress::NeedMore { have, need }) => Some((have, need)),
        _ => None,
    };
    let enough = move || progress.get() == Some(Progress::Enough);
    view! {
        <Show when=move || !enough() && progress.get().is_some()>
            <form on:submit=move |ev| { ev.prevent_default(); add(typed.get_untracked()); }>
                <div class="field">
                    <label for="recover-words">{tr(RecoveryText::RecoverWordsLabel)}</label>
                    <textarea id="recover-words" data-testid="recover-words" rows="4"
                        autocomplete="off" autocapitalize="none" spellcheck="false"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="button primary wide" data-testid="recover-add">
                    {tr(RecoveryText::RecoverAdd)}
                </button>
            </form>
            <super::scan::ScanCard read=add/>
        </Show>
        <SaidMessage said/>
        <p role="status" data-testid="recover-progress">
            {move || have().filter(|(h, _)| *h > 0).map(|(h, n)| {
                RecoveryText::RecoverHave.fill(lang.get(), &[&h.to_string(), &n.to_string()])
            })}
            {move || enough().then(|| tr(RecoveryText::RecoverEnough)())}
        </p>
    }
}

/// The new passphrase once enough cards are in: `check` says whether the cards open what
/// they are for (no slow KDF), `finish` does the work with the new passphrase.
#[component]
pub fn NewPassphrase<C, F, Fut>(check: C, finish: F, label: RecoveryText) -> impl IntoView
where
    C: Fn() -> Result<(), Said> + Copy + 'static,
    F: Fn(Zeroizing<String>) -> Fut + Copy + 'static,
    Fut: std::future::Future<Output = Result<(), Text>> + 'static,
{
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let refused = RwSignal::new(None::<Said>);
    let submit = move || {
        if working.get_untracked() {
            return;
        }
        let (p, c) = (passphrase.get_untracked(), confirmation.get_untracked());
        if let Err(problem) = check_passphrase_form(&p, &c) {
            error.set(Some(problem.text().into()));
            return;
        }
        refused.set(check().err());
        if refused.with_untracked(Option::is_some) {
            return;
        }
        hand_over(passphrase, Some(confirmation), error, working, finish);
    };
    view! {
        <form on:submit=move |ev| { ev.prevent_default(); submit(); }
            aria-busy=move || working.get().to_string()>
            <PassphraseField label=Text::NewPassphrase name="new-passphrase" value=passphrase
                autocomplete="new-password" shown=show rule="passphrase-rule"/>
            <PassphraseField label=Text::ConfirmPassphrase name="confirm-passphrase"
                value=confirmation autocomplete="new-password" shown=show/>
            <crate::components::ErrorMessage error=error/>
            <SaidMessage said=refused/>
            <button class="button primary wide" type="submit" data-testid="recover-finish"
                disabled=move || working.get()>
                {move || if working.get() { tr(Text::Unlocking)() } else { tr(label)() }}
            </button>
        </form>
    }
}

/// After recovering: the dossier is open with the new passphrase; the new cards, to print.
#[component]
pub fn Recovered() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <main class="page narrow" id="main" data-testid="recovered">
            <h1>{tr(RecoveryText::HelpersTitle)}</h1>
            <p class="notice" role="status">{tr(RecoveryText::RecoverDone)}</p>
            <super::helpers::HelperCards/>
            <button type="button" class="button primary wide" data-testid="recover-to-dossier"
                on:click=move |_| {
                    session.fresh_cards.set(None);
                    session.recovering.set(false);
                }>
                {tr(RecoveryText::RecoverToDossier)}
            </button>
        </main>
    }
}
