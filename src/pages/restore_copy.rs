//! "Terugzetten met herstelkaarten": a wiped or new browser, the passphrase forgotten too.
//! The client picks the recovery copy made beside a backup, types or scans enough helpers'
//! cards, and chooses a new passphrase; the dossier comes back with its documents, and the
//! same cards keep working. Nothing is stored until all of the copy has been read.

use leptos::prelude::*;
use regie_core::catalogue::{RecoveryText, Text};
use regie_core::recovery::{Gathered, Progress};
use regie_core::vault::RecoveryWrap;

use super::recover::{GatherCards, NewPassphrase};
use super::said::SaidMessage;
use crate::i18n::{tr, I18n, Said};
use crate::platform::files::{self, File};
use crate::session::{read_copy, Session};

#[component]
pub fn RestoreCopy() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let said = RwSignal::new(None::<Said>);
    let progress = RwSignal::new(None::<Progress>);
    let gathered = StoredValue::new(None::<Gathered>);
    let copy = StoredValue::new_local(None::<(File, RecoveryWrap)>);
    let plan = RwSignal::new(None::<(usize, usize)>);
    let picked = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_picked(&ev) else {
            return;
        };
        said.set(None);
        leptos::task::spawn_local(async move {
            match read_copy(&file).await {
                Ok(wrap) => {
                    let g = wrap.gathering();
                    let p = wrap.plan();
                    plan.set(Some((p.threshold(), p.helpers())));
                    progress.set(Some(g.progress()));
                    gathered.set_value(Some(g));
                    copy.set_value(Some((file, wrap)));
                }
                Err(s) => {
                    copy.set_value(None);
                    gathered.set_value(None);
                    progress.set(None);
                    plan.set(None);
                    said.set(Some(s));
                }
            }
        });
    };
    let enough = move || progress.get() == Some(Progress::Enough);
    let check = move || {
        let cards = gathered.with_value(|g| g.clone());
        copy.with_value(|c| match (c, cards) {
            (Some((_, wrap)), Some(g)) => wrap.open_key(&g).map(drop).map_err(|e| e.text().into()),
            _ => Err(RecoveryText::ErrCopyNotACopy.into()),
        })
    };
    let finish = move |new| async move {
        let (Some((file, wrap)), Some(g)) = (copy.get_value(), gathered.get_value()) else {
            return Err(Text::ErrImportNoFile);
        };
        session.restore_copy(file, wrap, g, new).await
    };
    view! {
        <main class="page narrow" id="main" data-testid="restore-copy">
            <h1>{tr(Text::RestoreWithCards)}</h1>
            <p id="copy-intro">{tr(RecoveryText::CopyRestoreIntro)}</p>
            <Show when=move || !enough()>
                <div class="field">
                    <label for="copy-import">{tr(RecoveryText::CopyFileLabel)}</label>
                    <input id="copy-import" data-testid="copy-import" type="file" class="file"
                        accept=".age,application/octet-stream" aria-describedby="copy-intro"
                        on:change=picked/>
                </div>
            </Show>
            <Show when=move || progress.get().is_none()>
                <SaidMessage said/>
            </Show>
            {move || plan.get().map(|(need, of)| view! {
                <p data-testid="copy-needed">
                    {RecoveryText::HelpersNeeded.fill(lang.get(), &[&need.to_string(), &of.to_string()])}
                </p>
            })}
            <Show when=move || progress.get().is_some()>
                <GatherCards gathered progress said/>
            </Show>
            <Show when=enough>
                <NewPassphrase check finish label=RecoveryText::CopyFinish/>
            </Show>
            <button type="button" class="button link" data-testid="restore-copy-back"
                on:click=move |_| session.restoring_copy.set(false)>
                {tr(Text::Back)}
            </button>
        </main>
    }
}

/// After restoring a copy with cards: the dossier is open, and the cards still work.
#[component]
pub fn CopyRestored() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <main class="page narrow" id="main" data-testid="copy-restored">
            <h1>{tr(RecoveryText::HelpersTitle)}</h1>
            <p class="notice" role="status">{tr(RecoveryText::CopyRestored)}</p>
            <button type="button" class="button primary wide" data-testid="recover-to-dossier"
                on:click=move |_| session.restoring_copy.set(false)>
                {tr(RecoveryText::RecoverToDossier)}
            </button>
        </main>
    }
}
