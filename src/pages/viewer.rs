use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::api::{ShareStatus, SHARES_PATH};
use regie_core::bundle::SharedFile;
use regie_core::catalogue::Text;
use regie_core::model::Dossier;
use regie_core::share::{
    open_preview, open_snapshot, LinkError, ShareError, ShareLink, SharePreview, VIEW_PATH,
};

use crate::components::{section_title, SectionView, SharedFiles};
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment, now_ms, perf_now, record_timing};
use crate::platform::http::{self, HttpError};

/// How often an open view asks the relay whether the share still stands.
const LIVENESS: Duration = Duration::from_secs(10);

#[derive(Clone)]
enum State {
    Checking,
    /// The share exists; the recipient has not opened it yet.
    Ready(Arc<SharePreview>),
    Opening(Arc<SharePreview>),
    /// The files travel with the dossier: they are wiped together.
    Open(Arc<SharePreview>, Arc<Dossier>, Arc<Vec<SharedFile>>),
    /// Expired, revoked, used up or unknown: the content is wiped.
    Gone,
    Failed(Text),
}

fn link_error_text(e: LinkError) -> Text {
    match e {
        LinkError::Empty => Text::ErrLinkEmpty,
        LinkError::UnknownVersion => Text::ErrLinkNewer,
        LinkError::Malformed | LinkError::BadId | LinkError::BadKey => Text::ErrLinkBroken,
    }
}

fn share_error_text(e: ShareError) -> Text {
    match e {
        ShareError::WrongKey => Text::ErrLinkWrongKey,
        ShareError::Corrupt => Text::ErrLinkBroken,
        ShareError::UnsupportedVersion => Text::ErrLinkNewer,
    }
}

fn http_error_state(e: HttpError) -> State {
    match e {
        HttpError::Gone => State::Gone,
        HttpError::Offline => State::Failed(Text::ErrViewOffline),
        _ => State::Failed(Text::ErrLinkBroken),
    }
}

/// The page a share link opens: no account, nothing stored, read-only, gone when the share is.
#[component]
pub fn Viewer() -> impl IntoView {
    let state = RwSignal::new(State::Checking);
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    // The key lives here, in memory only, until the share is opened.
    let link = StoredValue::new_local(None::<ShareLink>);
    let share_id = StoredValue::new(String::new());
    let expires_at = StoredValue::new(0i64);

    match ShareLink::parse(&hash) {
        Err(e) => state.set(State::Failed(link_error_text(e))),
        Ok(parsed) => {
            share_id.set_value(parsed.id.clone());
            link.set_value(Some(parsed));
            spawn_local(async move {
                let path = format!("{SHARES_PATH}/{}", share_id.get_value());
                let status: Result<ShareStatus, _> =
                    http::json::<(), _>("GET", &path, None, None).await;
                let next = match status {
                    Err(e) => http_error_state(e),
                    Ok(status) => {
                        expires_at.set_value(status.expires_at);
                        let preview =
                            B64.decode(status.preview.as_bytes())
                                .ok()
                                .and_then(|bytes| {
                                    link.with_value(|l| {
                                        l.as_ref().map(|l| open_preview(&l.key, &bytes))
                                    })
                                });
                        match preview {
                            Some(Ok(p)) => State::Ready(Arc::new(p)),
                            Some(Err(e)) => State::Failed(share_error_text(e)),
                            None => State::Failed(Text::ErrLinkBroken),
                        }
                    }
                };
                state.set(next);
            });
        }
    }

    let wipe = move || {
        link.set_value(None);
        state.set(State::Gone);
    };

    // Local timer: the view empties itself at expiry even without a network.
    let expiry_check = set_interval_with_handle(
        move || {
            let at = expires_at.get_value();
            if at > 0 && now_ms() >= at && !matches!(state.get_untracked(), State::Gone) {
                wipe();
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    // Relay check: revocation shows within seconds.
    let liveness = set_interval_with_handle(
        move || {
            if !matches!(state.get_untracked(), State::Open(..) | State::Ready(_)) {
                return;
            }
            spawn_local(async move {
                let path = format!("{SHARES_PATH}/{}", share_id.get_value());
                if let Err(HttpError::Gone) =
                    http::json::<(), ShareStatus>("GET", &path, None, None).await
                {
                    wipe();
                }
            });
        },
        LIVENESS,
    )
    .ok();
    on_cleanup(move || {
        for handle in [expiry_check, liveness].into_iter().flatten() {
            handle.clear();
        }
    });

    let open = move |_| {
        let State::Ready(preview) = state.get_untracked() else {
            return;
        };
        state.set(State::Opening(preview.clone()));
        let started = perf_now();
        spawn_local(async move {
            let path = format!("{SHARES_PATH}/{}/open", share_id.get_value());
            let next = match http::fetch_bytes("POST", &path).await {
                Err(e) => http_error_state(e),
                Ok(bytes) => {
                    match link.with_value(|l| l.as_ref().map(|l| open_snapshot(&l.key, &bytes))) {
                        Some(Ok(snapshot)) => State::Open(
                            Arc::new(snapshot.preview),
                            Arc::new(snapshot.dossier),
                            Arc::new(snapshot.files),
                        ),
                        Some(Err(e)) => State::Failed(share_error_text(e)),
                        None => State::Gone,
                    }
                }
            };
            if matches!(next, State::Open(..)) {
                // The key leaves the address bar (and the history) once it has done its work.
                link.set_value(None);
                if let Some(w) = web_sys::window() {
                    if let Ok(history) = w.history() {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(VIEW_PATH),
                        );
                    }
                }
            }
            state.set(next);
            record_timing("view-open", started);
        });
    };

    view! {
        <main class="page viewer" aria-live="polite">
            {move || match state.get() {
                State::Checking => view! { <p class="hint">{tr(Text::Loading)}</p> }.into_any(),
                State::Ready(p) => view! { <Preview preview=p on_open=open working=false/> }.into_any(),
                State::Opening(p) => view! { <Preview preview=p on_open=open working=true/> }.into_any(),
                State::Open(p, d, f) => view! { <Opened preview=p dossier=d files=f/> }.into_any(),
                State::Gone => view! {
                    <div data-testid="view-gone" class="gone">
                        <h1>{tr(Text::ViewTitle)}</h1>
                        <p>{tr(Text::ViewGone)}</p>
                        <p>{tr(Text::ViewGoneHint)}</p>
                    </div>
                }.into_any(),
                State::Failed(text) => view! {
                    <div>
                        <h1>{tr(Text::ViewTitle)}</h1>
                        <p class="error" role="alert" data-testid="error">{tr(text)}</p>
                    </div>
                }.into_any(),
            }}
        </main>
    }
}

#[component]
fn Preview(
    preview: Arc<SharePreview>,
    on_open: impl Fn(leptos::ev::MouseEvent) + 'static,
    working: bool,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let p = preview.clone();
    let who = move || {
        if p.sharer.is_empty() {
            Text::ViewSharedByUnnamed.fill(lang.get(), &[&p.recipient])
        } else {
            Text::ViewSharedBy.fill(lang.get(), &[&p.sharer, &p.recipient])
        }
    };
    let p = preview.clone();
    let sections = move || {
        let names: Vec<&str> = p
            .sections
            .iter()
            .map(|k| section_title(*k).get(lang.get()))
            .collect();
        Text::ViewSections.fill(lang.get(), &[&names.join(", ")])
    };
    let until = local_moment(preview.expires.0);
    view! {
        <h1>{tr(Text::ViewTitle)}</h1>
        <p>{who}</p>
        <p>{sections}</p>
        <p data-testid="view-expires"><strong>{move || Text::ViewValidUntil.fill(lang.get(), &[&until])}</strong></p>
        <p>{tr(Text::ViewOpenExplain)}</p>
        <button class="button primary wide" data-testid="view-open" on:click=on_open disabled=working>
            {move || if working { tr(Text::ViewOpening)() } else { tr(Text::ViewOpen)() }}
        </button>
    }
}

#[component]
fn Opened(
    preview: Arc<SharePreview>,
    dossier: Arc<Dossier>,
    files: Arc<Vec<SharedFile>>,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    provide_context(SharedFiles(files));
    let until = local_moment(preview.expires.0);
    let recipient = preview.recipient.clone();
    let sharer = preview.sharer.clone();
    view! {
        <div data-testid="view">
            <div class="readonly-banner" role="note" data-testid="view-expires">
                {move || Text::ViewReadOnly.fill(lang.get(), &[&recipient, &until])}
            </div>
            <h1>{tr(Text::ViewTitle)} {(!sharer.is_empty()).then(|| format!(": {sharer}"))}</h1>
            <p class="hint">{tr(Text::ViewWipeNote)}</p>
            {preview.sections.iter().map(|key| {
                view! { <SectionView dossier=dossier.clone() key=*key/> }
            }).collect_view()}
        </div>
    }
}
