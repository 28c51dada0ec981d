//! The screens' parts: making a backup, restoring one, changing the passphrase, what the
//! browser says about storage, and the reminder on the home screen.

use leptos::prelude::*;
use regie_core::backup;
use regie_core::catalogue::{formats, Counted, FirstText, PageText, RecoveryText, Text, Words};
use regie_core::model::Timestamp;
use regie_core::vault::check_new_passphrase;
use regie_core::zeroize::Zeroizing;

use crate::components::{BusyButton, ErrorMessage, PassphraseField};
use crate::i18n::{tr, I18n};
use crate::pages::after_next_paint;
use crate::platform::clock::now_ms;
use crate::platform::files;
use crate::platform::files::File;
use crate::platform::share_sheet::{self, ShareRefused};
use crate::platform::storage::Persistence;
use crate::session::{ReadBackup, Session};

/// The backup, restore, passphrase and storage parts of the settings page.
#[component]
pub fn BackupSettings() -> impl IntoView {
    view! {
        <ExportBackup/>
        <ImportBackup confirm_first=true/>
        <ChangePassphrase/>
        <StorageHealth/>
    }
}

/// The first-run screen's way back for a wiped or new browser, and the unlock screen's for a
/// forgotten passphrase.
#[component]
pub fn RestoreFromBackup(
    #[prop(default = FirstText::FirstRunRestoreTitle)] title: FirstText,
) -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <div class="restore-first-run">
            <ImportBackup confirm_first=false title/>
            <button type="button" class="button link" data-testid="restore-with-cards"
                on:click=move |_| session.restoring_copy.set(true)>
                {tr(FirstText::RestoreWithCards)}
            </button>
        </div>
    }
}

#[component]
fn ExportBackup() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let done = RwSignal::new(None::<(String, usize)>);
    // The file just made, for the share sheet, where this browser can share it.
    let shareable = StoredValue::new_local(None::<files::File>);
    let can_send = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let sent = RwSignal::new(None::<Text>);
    // The recovery copy made beside the backup, while helpers are set up: its name, and the
    // file to download again (a browser may hold back a second download).
    let copy = RwSignal::new(None::<String>);
    let copy_file = StoredValue::new_local(None::<web_sys::Blob>);

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        done.set(None);
        sent.set(None);
        can_send.set(false);
        shareable.set_value(None);
        copy.set(None);
        copy_file.set_value(None);
        let known = session.passphrase.with_value(Option::is_some);
        if !known && passphrase.get_untracked().is_empty() {
            error.set(Some(Text::ErrPassphraseEmpty));
            return;
        }
        error.set(None);
        working.set(true);
        after_next_paint(move || {
            let typed =
                Some(Zeroizing::new(passphrase.get_untracked())).filter(|typed| !typed.is_empty());
            passphrase.set(String::new());
            leptos::task::spawn_local(async move {
                match session.export_backup(typed).await {
                    Ok(exported) => {
                        let file = share_sheet::backup_file(&exported.file, &exported.file_name)
                            .filter(share_sheet::can_share_file);
                        can_send.set(file.is_some());
                        shareable.set_value(file);
                        if let Some((name, file)) = exported.copy {
                            copy.set(Some(name));
                            copy_file.set_value(Some(file));
                        }
                        done.set(Some((exported.file_name, exported.missing_documents)))
                    }
                    Err(text) => error.set(Some(text)),
                }
                working.set(false);
            });
        });
    };
    // A separate tap: the share sheet opens only on a fresh gesture, and making the backup
    // can take longer than the browser waits.
    let send = move |_| {
        let Some(file) = shareable.get_value() else {
            return;
        };
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        sent.set(None);
        // Read here: the task below runs outside the component, where there is no context.
        let title = PageText::BackupShareTitle.get(lang.get_untracked());
        leptos::task::spawn_local(async move {
            match share_sheet::share_file(&file, title).await {
                Ok(()) => {
                    session.mark_backup_sent();
                    sent.set(Some(Text::BackupShared));
                }
                Err(ShareRefused::Cancelled) => {}
                Err(ShareRefused::Failed) => sent.set(Some(Text::BackupShareFailed)),
            }
            sending.set(false);
        });
    };
    view! {
        <section aria-labelledby="backup-title">
            <h2 id="backup-title">{tr(PageText::BackupTitle)}</h2>
            <p>{tr(PageText::BackupIntro)}</p>
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                // Asked only when the dossier was not opened with a passphrase in this tab.
                <Show when=move || !session.passphrase.with_value(Option::is_some)>
                    <PassphraseField label=Text::BackupPassphraseLabel name="backup-passphrase"
                        value=passphrase autocomplete="current-password"/>
                </Show>
                <ErrorMessage error=error/>
                <BusyButton testid="backup-export" label=Text::BackupExport
                    busy_label=Text::BackupExporting busy=working/>
            </form>
            <div role="status">
                {move || done.get().map(|(name, missing)| view! {
                    <p class="notice" data-testid="backup-done">
                        {PageText::BackupDownloadedPhone.fill(lang.get(), &[&name])}
                    </p>
                    {copy.get().map(|name| view! {
                        <p class="notice" data-testid="backup-copy-done">
                            {RecoveryText::CopyDownloaded.fill(lang.get(), &[&name])}
                        </p>
                        <button type="button" class="button secondary" data-testid="backup-copy-again"
                            on:click=move |_| {
                                if let (Some(file), Some(name)) = (copy_file.get_value(), copy.get_untracked()) {
                                    let _ = files::download_blob(&file, &name);
                                }
                            }>
                            {tr(RecoveryText::CopyDownloadAgain)}
                        </button>
                    })}
                    {(missing > 0).then(|| view! {
                        <p class="warning" data-testid="backup-missing">
                            {Counted::DocumentsNotInBackup.count(lang.get(), missing as u64)}
                        </p>
                    })}
                })}
            </div>
            <Show when=move || can_send.get()>
                <div class="backup-send" data-testid="backup-send">
                    <h3>{tr(PageText::BackupSendTitle)}</h3>
                    <p>{tr(PageText::BackupShareIntro)}</p>
                    <button class="button primary wide" type="button" data-testid="backup-share"
                        disabled=move || sending.get() on:click=send>
                        {tr(PageText::BackupShareButton)}
                    </button>
                </div>
            </Show>
            <div role="status">
                {move || sent.get().map(|text| view! {
                    <p class=if text == Text::BackupShared { "notice" } else { "warning" }
                        data-testid="backup-shared">{tr(text)}</p>
                })}
            </div>
        </section>
    }
}

/// The restore form: a backup file and its passphrase. Shared by the first screen (before
/// the dossier's code has loaded) and the open app; each passes what pressing it does, and
/// `children` for what follows the form.
#[component]
pub fn ImportForm<E>(
    title: FirstText,
    file_input: NodeRef<leptos::html::Input>,
    passphrase: RwSignal<String>,
    /// The first screen's texts, or (in the open app) the main table's.
    error: RwSignal<Option<E>>,
    #[prop(into)] working: Signal<bool>,
    /// A file was chosen: earlier messages no longer apply.
    on_change: impl Fn() + 'static,
    on_submit: impl Fn() + 'static,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView
where
    E: Words + Send + Sync + 'static,
{
    view! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{tr(title)}</h2>
            <p id="import-intro">{tr(FirstText::ImportIntro)}</p>
            <form on:submit=move |ev| { ev.prevent_default(); on_submit(); }>
                <div class="field">
                    <label for="backup-import">{tr(FirstText::ImportFileLabel)}</label>
                    <input id="backup-import" data-testid="backup-import" type="file"
                        class="file" accept=".age,application/octet-stream"
                        aria-describedby="import-intro" node_ref=file_input
                        on:change=move |_| on_change()/>
                </div>
                <PassphraseField label=FirstText::ImportPassphraseLabel name="import-passphrase"
                    value=passphrase autocomplete="off"/>
                <ErrorMessage error=error/>
                <BusyButton testid="import-start" label=FirstText::ImportButton busy_label=FirstText::Importing
                    busy=working class="button wide"/>
            </form>
            {children.map(|children| children())}
        </section>
    }
}

/// The start of a press on the restore button: nothing while a restore runs; then either
/// the chosen file (and `working` turns on), or the message that says what is missing.
pub fn begin_import<E>(
    file_input: NodeRef<leptos::html::Input>,
    passphrase: RwSignal<String>,
    error: RwSignal<Option<E>>,
    working: RwSignal<bool>,
) -> Option<File>
where
    E: From<FirstText> + Send + Sync + 'static,
{
    if working.get_untracked() {
        return None;
    }
    let file = file_input
        .get_untracked()
        .and_then(|input| files::picked(&input));
    let problem = match &file {
        None => Some(FirstText::ErrImportNoFile),
        Some(_) if passphrase.get_untracked().is_empty() => Some(FirstText::ErrPassphraseEmpty),
        Some(_) => None,
    };
    error.set(problem.map(E::from));
    working.set(problem.is_none());
    file.filter(|_| problem.is_none())
}

#[component]
fn ImportBackup(
    /// Ask before replacing the dossier that is open.
    confirm_first: bool,
    #[prop(default = FirstText::ImportTitle)] title: FirstText,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let file_input = NodeRef::<leptos::html::Input>::new();
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let outcome = RwSignal::new(None::<Text>);
    let waiting = StoredValue::new(None::<ReadBackup>);
    let asking = RwSignal::new(false);
    // The question appears below the form: move focus there, so a screen reader reads it and
    // a keyboard reaches the answers at once.
    let question = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if asking.get() {
            if let Some(element) = question.get() {
                let _ = element.focus();
            }
        }
    });

    // A backup the person said no to: its staged documents go again.
    let discard = move |read: Option<ReadBackup>| {
        if let Some(read) = read {
            leptos::task::spawn_local(async move { session.discard_backup(read).await });
        }
    };
    on_cleanup(move || discard(waiting.try_update_value(Option::take).flatten()));
    let restore = move |read: ReadBackup| {
        working.set(true);
        leptos::task::spawn_local(async move {
            match session.restore_backup(read).await {
                Ok(()) => {
                    outcome.set(Some(Text::ImportDone));
                    if let Some(input) = file_input.get_untracked() {
                        input.set_value("");
                    }
                }
                Err(text) => error.set(Some(text)),
            }
            working.set(false);
        });
    };
    let submit = move || {
        if working.get_untracked() {
            return;
        }
        outcome.set(None);
        asking.set(false);
        discard(waiting.try_update_value(Option::take).flatten());
        let Some(file) = begin_import(file_input, passphrase, error, working) else {
            return;
        };
        after_next_paint(move || {
            let typed = Zeroizing::new(passphrase.get_untracked());
            leptos::task::spawn_local(async move {
                let read = session.stage_backup(file, typed).await;
                match read {
                    Ok(read) => {
                        passphrase.set(String::new());
                        if confirm_first && session.is_unlocked() {
                            waiting.set_value(Some(read));
                            asking.set(true);
                            working.set(false);
                        } else {
                            restore(read);
                        }
                    }
                    Err(text) => {
                        error.set(Some(text));
                        working.set(false);
                    }
                }
            });
        });
    };
    let confirm = move |_| {
        asking.set(false);
        if let Some(read) = waiting.try_update_value(Option::take).flatten() {
            restore(read);
        }
    };
    let cancel = move |_| {
        asking.set(false);
        discard(waiting.try_update_value(Option::take).flatten());
        outcome.set(Some(Text::ImportCancelled));
    };
    let changed = move || {
        error.set(None);
        outcome.set(None);
    };

    view! {
        <ImportForm title file_input passphrase error working on_change=changed on_submit=submit>
            <Show when=move || asking.get()>
                <div class="warning confirm" role="alertdialog" aria-labelledby="import-confirm-text"
                    data-testid="import-confirm-box" tabindex="-1" node_ref=question>
                    <p id="import-confirm-text">{tr(Text::ImportConfirm)}</p>
                    <div class="actions">
                        <button class="button primary" type="button" data-testid="import-confirm"
                            on:click=confirm>{tr(Text::ImportConfirmYes)}</button>
                        <button class="button" type="button" data-testid="import-cancel"
                            on:click=cancel>{tr(Text::ImportConfirmNo)}</button>
                    </div>
                </div>
            </Show>
            <div role="status">
                {move || outcome.get().map(|text| view! {
                    <p class="notice" data-testid="import-done">{tr(text)}</p>
                })}
            </div>
        </ImportForm>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let session = expect_context::<Session>();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let done = RwSignal::new(false);

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        done.set(false);
        if current.get_untracked().is_empty() {
            error.set(Some(Text::ErrPassphraseEmpty));
            return;
        }
        if let Err(problem) =
            check_new_passphrase(&new.get_untracked(), &confirmation.get_untracked())
        {
            error.set(Some(problem.text().into()));
            return;
        }
        error.set(None);
        working.set(true);
        after_next_paint(move || {
            let old = Zeroizing::new(current.get_untracked());
            let fresh = Zeroizing::new(new.get_untracked());
            leptos::task::spawn_local(async move {
                match session.change_passphrase(old, fresh).await {
                    Ok(()) => {
                        current.set(String::new());
                        new.set(String::new());
                        confirmation.set(String::new());
                        done.set(true);
                    }
                    Err(text) => error.set(Some(text)),
                }
                working.set(false);
            });
        });
    };
    view! {
        <section aria-labelledby="passphrase-title">
            <h2 id="passphrase-title">{tr(Text::ChangePassphrase)}</h2>
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <PassphraseField label=Text::CurrentPassphrase name="current-passphrase"
                    value=current autocomplete="current-password"/>
                <PassphraseField label=Text::NewPassphraseChange name="change-new-passphrase"
                    value=new autocomplete="new-password" rule="change-passphrase-rule"/>
                <PassphraseField label=Text::ConfirmPassphrase name="change-confirm-passphrase"
                    value=confirmation autocomplete="new-password"/>
                <ErrorMessage error=error/>
                <BusyButton testid="change-passphrase" label=Text::ChangePassphrase
                    busy_label=Text::ChangingPassphrase busy=working class="button wide"/>
            </form>
            <div role="status">
                <Show when=move || done.get()>
                    <p class="notice" data-testid="passphrase-changed">{tr(Text::PassphraseChanged)}</p>
                </Show>
            </div>
        </section>
    }
}

#[component]
fn StorageHealth() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let persistence = session.persistence;
    let estimate = LocalResource::new(files::storage_estimate);
    view! {
        <section aria-labelledby="storage-title">
            <h2 id="storage-title">{tr(Text::StorageTitle)}</h2>
            <p data-testid="storage-persistence"
                class=move || match persistence.get() {
                    Some(Persistence::Persistent) => "notice",
                    _ => "warning",
                }
                data-persistent=move || match persistence.get() {
                    Some(Persistence::Persistent) => "yes",
                    Some(Persistence::BestEffort) => "no",
                    _ => "unknown",
                }>
                {move || match persistence.get() {
                    Some(Persistence::Persistent) => tr(Text::StoragePersistent)(),
                    Some(Persistence::BestEffort) => tr(Text::StorageNotPersistent)(),
                    _ => tr(Text::StorageUnknown)(),
                }}
            </p>
            <p data-testid="storage-usage">
                {move || match estimate.get() {
                    Some(Some((used, quota))) => Text::StorageUsed.fill(
                        lang.get(),
                        &[
                            &formats::size(used as u64, lang.get()),
                            &formats::size((quota - used).max(0.0) as u64, lang.get()),
                        ],
                    ),
                    Some(None) => tr(Text::StorageUsageUnknown)().to_owned(),
                    None => String::new(),
                }}
            </p>
        </section>
    }
}

/// "Last backup N days ago" (or never) on the home screen, and a nudge after large changes.
#[component]
pub fn BackupReminder(
    /// Takes the person to the backup part of the settings.
    #[prop(into)]
    on_go: Callback<()>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let reminder = Memo::new(move |_| {
        session
            .dossier
            .with(|d| backup::reminder(d, Timestamp(now_ms())))
    });
    let said = move || match reminder.get().days_ago {
        None => tr(PageText::ReminderNever)().to_owned(),
        Some(0) => tr(PageText::ReminderToday)().to_owned(),
        Some(1) => tr(PageText::ReminderYesterday)().to_owned(),
        Some(days) => PageText::ReminderDaysAgo.fill(lang.get(), &[&days.to_string()]),
    };
    // Only where a backup can be sent from here does "never sent" mean something.
    let can_send = share_sheet::can_share_files();
    let sent_days = Memo::new(move |_| {
        session.dossier.with(|d| {
            d.settings
                .last_backup
                .map(|_| backup::days_since(d.settings.last_backup_sent, Timestamp(now_ms())))
        })
    });
    let sent_said = move || match sent_days.get() {
        None => None,
        Some(None) if can_send => Some(tr(PageText::ReminderNeverSent)().to_owned()),
        Some(None) => None,
        Some(Some(0)) => Some(tr(PageText::ReminderSentToday)().to_owned()),
        Some(Some(1)) => Some(tr(PageText::ReminderSentYesterday)().to_owned()),
        Some(Some(days)) => {
            Some(PageText::ReminderSentDaysAgo.fill(lang.get(), &[&days.to_string()]))
        }
    };
    view! {
        <div class=move || if reminder.get().nudge { "backup-reminder warning" } else { "backup-reminder notice" }
            data-testid="backup-reminder"
            data-days=move || reminder.get().days_ago.map_or("never".to_owned(), |d| d.to_string())
            data-nudge=move || reminder.get().nudge.to_string()>
            <p>{said}</p>
            {move || sent_said().map(|text| view! {
                <p data-testid="backup-sent"
                    data-days=move || sent_days.get().flatten().map_or("never".to_owned(), |d| d.to_string())>
                    {text}
                </p>
            })}
            <Show when=move || reminder.get().nudge>
                <p data-testid="backup-nudge">
                    {move || if reminder.get().days_ago.is_none() {
                        tr(PageText::ReminderNudgeNever)()
                    } else {
                        tr(PageText::ReminderNudge)()
                    }}
                </p>
            </Show>
            <button class="button" type="button" data-testid="backup-reminder-go"
                on:click=move |_| on_go.run(())>
                {tr(PageText::ReminderGoToBackup)}
            </button>
        </div>
    }
}
