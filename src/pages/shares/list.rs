use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::api::{ShareLog, ShareState};
use regie_core::catalogue::{Counted, Text};
use regie_core::model::{ShareRecord, Timestamp};
use regie_core::screen::Screen;
use regie_core::share::time_left;

use crate::components::ErrorMessage;
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment, now_ms};
use crate::platform::relay::RelayError;
use crate::platform::timers::use_interval;
use crate::routes::Navigation;
use crate::session::share::{self as sharing};
use crate::session::Session;

use super::REFRESH;

#[component]
pub(super) fn ShareList() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let tick = RwSignal::new(0u32);
    use_interval(REFRESH, move || tick.update(|t| *t += 1));
    let error = RwSignal::new(None::<Text>);
    let confirm_all = RwSignal::new(false);
    let records = move || session.dossier.with(|d| d.shares.records.clone());
    let revoke_all = move |_| {
        if !confirm_all.get_untracked() {
            confirm_all.set(true);
            return;
        }
        confirm_all.set(false);
        let now = Timestamp(now_ms());
        let ids: Vec<String> = session
            .dossier
            .with_untracked(|d| d.shares.live(now).map(|r| r.id.clone()).collect());
        spawn_local(async move {
            for id in ids {
                if let Err(text) = session.revoke_share(id).await {
                    error.set(Some(text));
                    return;
                }
            }
            tick.update(|t| *t += 1);
        });
    };
    view! {
        <p>{tr(Text::SharesIntro)}</p>
        <button class="button primary wide" data-testid="share-new" on:click=move |_| nav.go(Screen::NewShare)>
            {tr(Text::ShareNew)}
        </button>
        <h2>{tr(Text::SharesListTitle)}</h2>
        <ErrorMessage error=error/>
        <Show when=move || session.dossier.with(|d| d.shares.records.is_empty())>
            <p>{tr(Text::SharesNone)}</p>
        </Show>
        <ul class="share-list">
            <For each=records key=|r| (r.id.clone(), r.revoked) let:record>
                <ShareItem record tick error/>
            </For>
        </ul>
        <Show when=move || session.dossier.with(|d| d.shares.live(Timestamp(now_ms())).next().is_some())>
            <Show when=move || confirm_all.get()>
                <p class="warning" role="alert">{tr(Text::ShareRevokeAllConfirm)}</p>
            </Show>
            <button class="button danger" data-testid="share-revoke-all" on:click=revoke_all>
                {tr(Text::ShareRevokeAll)}
            </button>
        </Show>
    }
}

/// What the list shows for a share, from the relay's log and the client's own record.
fn status_of(
    record: &ShareRecord,
    log: Option<&Result<ShareLog, RelayError>>,
    now: i64,
) -> (&'static str, Text) {
    if record.revoked {
        return ("revoked", Text::ShareStatusRevoked);
    }
    match log {
        Some(Ok(log)) => {
            // A used-up share is over for the client as an expired one is.
            let key = match log.status {
                ShareState::Active => "active",
                ShareState::Expired | ShareState::Exhausted => "expired",
                ShareState::Revoked => "revoked",
                ShareState::Blocked => "blocked",
            };
            (key, log.status.text())
        }
        _ if record.expires.0 <= now => ("expired", Text::ShareStatusExpired),
        // The relay forgot it before its time: it was stopped elsewhere.
        Some(Err(RelayError::Gone)) => ("revoked", Text::ShareStatusRevoked),
        _ => ("active", Text::ShareStatusUnknown),
    }
}

#[component]
fn ShareItem(
    record: ShareRecord,
    tick: RwSignal<u32>,
    error: RwSignal<Option<Text>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let log = {
        let record = record.clone();
        LocalResource::new(move || {
            tick.track();
            let record = record.clone();
            async move { sharing::log(&record).await }
        })
    };
    let status = {
        let record = record.clone();
        Memo::new(move |_| {
            tick.track();
            let now = now_ms();
            log.with(|l| status_of(&record, l.as_ref(), now))
        })
    };
    let status = move || status.get();
    let opens = move || {
        log.with(|l| match l {
            Some(Ok(log)) => log.opens.clone(),
            _ => Vec::new(),
        })
    };
    let opens_text = move || {
        let (lang, opens) = (lang.get(), opens());
        if opens.is_empty() {
            return Text::ShareOpenedNever.get(lang).to_owned();
        }
        let times: Vec<String> = opens.iter().map(|ms| local_moment(*ms, lang)).collect();
        Counted::ShareOpened.fill(lang, opens.len() as u64, &[&times.join(", ")])
    };
    let sections = {
        let sections = record.sections.clone();
        move || {
            sections
                .iter()
                .map(|k| k.title().get(lang.get()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let expires = record.expires;
    let left = move || {
        tick.track();
        time_left(Timestamp(now_ms()), expires)
            .map(|t| t.words(lang.get()))
            .unwrap_or_default()
    };
    // A used-up share still stands while a viewer may hold it open: it can be stopped.
    let used_up =
        move || log.with(|l| matches!(l, Some(Ok(log)) if log.status == ShareState::Exhausted));
    let code = record.code.clone();
    let working = RwSignal::new(false);
    let id = record.id.clone();
    let revoke = move |_| {
        let id = id.clone();
        working.set(true);
        spawn_local(async move {
            match session.revoke_share(id).await {
                Ok(()) => error.set(None),
                Err(text) => error.set(Some(text)),
            }
            working.set(false);
            tick.update(|t| *t += 1);
        });
    };
    let recipient = record.recipient.clone();
    view! {
        <li class="share-item" data-testid="share-item" data-share-id=record.id.clone()>
            <p class="share-head">
                <strong>{move || Text::ShareWith.fill(lang.get(), &[&recipient])}</strong>
            </p>
            <p>{sections}</p>
            <p data-testid="share-status" data-status=move || status().0 class="share-status">
                {move || tr(status().1)()}
                " · "
                {move || {
                    let lang = lang.get();
                    Text::ShareUntil.fill(lang, &[&local_moment(expires.0, lang)])
                }}
                " "
                <span class="hint">{left}</span>
            </p>
            <p data-testid="share-opens" data-count=move || opens().len().to_string()>{opens_text}</p>
            {code.map(|code| view! {
                <p data-testid="share-code-shown">{move || Text::ShareMadeCode.fill(lang.get(), &[&code])}</p>
            })}
            <Show when=move || status().0 == "active" || (!record.revoked && used_up())>
                <button class="button danger" data-testid="share-revoke" on:click=revoke.clone()
                    disabled=move || working.get()>
                    {tr(Text::ShareRevoke)}
                </button>
            </Show>
        </li>
    }
}
