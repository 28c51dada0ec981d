use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::api::{ShareLog, ShareState};
use regie_core::catalogue::{Counted, Text};
use regie_core::model::{SectionKey, ShareRecord, Timestamp};
use regie_core::screen::Screen;
use regie_core::share::{qr_inline, time_left, ShareDuration};

use crate::components::{BusyButton, ErrorMessage};
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment, now_ms, offset_at};
use crate::platform::relay::RelayError;
use crate::platform::share_sheet;
use crate::platform::timers::use_interval;
use crate::routes::Navigation;
use crate::session::share::{self as sharing, MadeShare, ShareRequest};
use crate::session::Session;

/// The QR code's hook for tests: it sits on the `<svg>` itself.
const QR_TESTID: &str = "share-qr";

/// How often the list asks the relay for openings and status.
const REFRESH: Duration = Duration::from_secs(10);

/// The share just made, whose link and QR code live in memory only: kept while the person
/// is in the app, gone with a reload.
#[derive(Clone, Copy)]
pub struct JustMade(RwSignal<Option<MadeShare>>);

impl JustMade {
    pub fn provide() {
        provide_context(JustMade(RwSignal::new(None)));
    }
}

/// Delen: make a share, see every share with its openings, and stop them.
#[component]
pub fn Shares(screen: Screen) -> impl IntoView {
    let just_made = expect_context::<JustMade>().0;
    // Said before the person fills in the form, and kept up to date as the network comes
    // and goes.
    let online = crate::platform::pwa::online();
    view! {
        <section data-testid="section-shares" aria-labelledby="shares-title">
            <h1 id="shares-title">{tr(Text::SectionShares)}</h1>
            <div role="status">
                <Show when=move || !online.get()>
                    <p class="warning" data-testid="share-offline">{tr(Text::ShareNeedsConnection)}</p>
                </Show>
            </div>
            {match (screen, just_made.get_untracked()) {
                (Screen::NewShare, _) => view! { <ShareForm/> }.into_any(),
                (Screen::ShareMade, Some(made)) => view! { <ShareMade made/> }.into_any(),
                _ => view! { <ShareList/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ShareForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let just_made = expect_context::<JustMade>().0;
    let chosen = RwSignal::new(Vec::<SectionKey>::new());
    let recipient = RwSignal::new(String::new());
    let max_opens = RwSignal::new(String::new());
    let now = Timestamp(now_ms());
    let offset = offset_at(now.0);
    let minutes = RwSignal::new(ShareDuration::Hour.minutes(now, offset));
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        let max = max_opens.get_untracked();
        let max_opens = match max.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    error.set(Some(Text::ErrShareMaxOpens));
                    return;
                }
            },
        };
        let request = ShareRequest {
            recipient: recipient.get_untracked(),
            sections: chosen.get_untracked(),
            minutes: minutes.get_untracked(),
            max_opens,
        };
        if let Err(text) = sharing::check(&request) {
            error.set(Some(text));
            return;
        }
        error.set(None);
        working.set(true);
        spawn_local(async move {
            match session.share(request).await {
                Ok(made) => {
                    just_made.set(Some(made));
                    // The form is sent: Back from the new share goes to the list, not to it.
                    nav.replace(Screen::ShareMade);
                }
                Err(text) => {
                    error.set(Some(text));
                    working.set(false);
                }
            }
        });
    };

    let section_choice = move |key: SectionKey| {
        let id = format!("share-section-{key}");
        let empty = session.dossier.with_untracked(|d| d.is_section_empty(key));
        view! {
            <li class="check">
                <input type="checkbox" id=id.clone() data-testid=id.clone()
                    prop:checked=move || chosen.with(|c| c.contains(&key))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        chosen.update(|c| {
                            c.retain(|k| *k != key);
                            if on {
                                c.push(key);
                            }
                        });
                    }/>
                <label for=id>
                    {tr(key.title())}
                    {empty.then(|| view! { " " <span class="hint">{tr(Text::ShareEmptySection)}</span> })}
                </label>
            </li>
        }
    };

    view! {
        <form class="share-form" on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <fieldset>
                <legend>{tr(Text::ShareWhat)}</legend>
                <ul class="plain">{SectionKey::ALL.into_iter().map(section_choice).collect_view()}</ul>
            </fieldset>
            <div class="field">
                <label for="share-recipient">{tr(Text::ShareRecipient)}</label>
                <input id="share-recipient" data-testid="share-recipient" type="text"
                    autocomplete="off" placeholder=tr(Text::ShareRecipientHint)
                    prop:value=recipient on:input=move |ev| recipient.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="share-duration">{tr(Text::ShareDurationLabel)}</label>
                <select id="share-duration" data-testid="share-duration"
                    on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse::<u32>() {
                            minutes.set(m);
                        }
                    }>
                    {ShareDuration::ALL.into_iter().map(|d| {
                        let m = d.minutes(now, offset);
                        view! {
                            <option value=m.to_string() selected=move || minutes.get() == m>
                                {tr(d.text())}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="share-max-opens">{tr(Text::ShareMaxOpens)}</label>
                <input id="share-max-opens" data-testid="share-max-opens" type="number" min="1"
                    max="1000" inputmode="numeric" prop:value=max_opens
                    on:input=move |ev| max_opens.set(event_target_value(&ev))/>
            </div>
            <p class="hint">{tr(Text::ShareOfflineNote)}</p>
            <ErrorMessage error=error/>
            <div class="actions">
                <BusyButton testid="share-create" label=Text::ShareCreate busy_label=Text::ShareCreating busy=working class="button primary"/>
                <button type="button" class="button" data-testid="share-back"
                    on:click=move |_| nav.go(Screen::Shares)>
                    {tr(Text::Back)}
                </button>
            </div>
        </form>
    }
}

#[component]
fn ShareMade(made: MadeShare) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let copied = RwSignal::new(false);
    let svg = qr_inline(
        &made.qr_svg,
        QR_TESTID,
        Text::ShareQrLabel.get(lang.get_untracked()),
    );
    let expires = made.expires;
    let hint = {
        let recipient = made.recipient.clone();
        move || {
            let lang = lang.get();
            Text::ShareReadyHint.fill(lang, &[&recipient, &local_moment(expires, lang)])
        }
    };
    let link = made.link.clone();
    let copy = {
        let link = link.clone();
        move |_| {
            if share_sheet::copy_text(&link) {
                copied.set(true);
            }
        }
    };
    let can_send = share_sheet::can_share();
    let send = {
        let link = link.clone();
        move |_| share_sheet::share_url(&link)
    };
    view! {
        <div class="share-made">
            <h2>{tr(Text::ShareReady)}</h2>
            <p>{hint}</p>
            // Our own SVG from the qrcode crate; no user text is in it.
            <div class="qr-frame" inner_html=svg></div>
            <p><strong>{tr(Text::ShareLinkLabel)}</strong></p>
            <p class="link" data-testid="share-link">{link}</p>
            <div class="actions">
                <button class="button" data-testid="share-copy" on:click=copy>{tr(Text::ShareCopy)}</button>
                {can_send.then(|| view! {
                    <button class="button" data-testid="share-send" on:click=send>{tr(Text::ShareSend)}</button>
                })}
                <button class="button primary" data-testid="share-done" on:click=move |_| nav.replace(Screen::Shares)>
                    {tr(Text::ShareDone)}
                </button>
            </div>
            <Show when=move || copied.get()>
                <p role="status">{tr(Text::ShareCopied)}</p>
            </Show>
        </div>
    }
}

#[component]
fn ShareList() -> impl IntoView {
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
            <Show when=move || status().0 == "active">
                <button class="button danger" data-testid="share-revoke" on:click=revoke.clone()
                    disabled=move || working.get()>
                    {tr(Text::ShareRevoke)}
                </button>
            </Show>
        </li>
    }
}
