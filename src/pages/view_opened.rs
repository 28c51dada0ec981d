//! The share once opened, in the viewer's second part (`content`): its entry points
//! ([`open_share`], [`resume_share`], [`verify_envelope`]) and the read-only view that shows
//! it until it expires or is revoked. The first part (`super::viewer`) checks the link and
//! shows the preview.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use regie_core::bundle::SharedFile;
use regie_core::catalogue::{Text, ViewerText};
use regie_core::model::Dossier;
use regie_core::model::Timestamp;
use regie_core::share::activity::Action;
use regie_core::share::bound::wipe_at;
use regie_core::share::{
    open_snapshot, read_signed_preview, Countdown, ShareLink, SharePreview, VerifiedPreview,
};
use regie_core::signing::CheckWords;
use regie_core::viewer_tab::Ended;

use crate::components::{keep_whole, CheckWordsBox, SharedFiles};
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment_dated, now_ms, perf_now, record_timing};
use crate::platform::relay::{self, RelayError};
use crate::platform::timers::use_interval;
use crate::platform::view_session::{self, StoredView};
use crate::sections::SectionCard;

use super::view_activity;
use super::view_reply::{ReplyBox, ReplyChannel};
use super::view_summary::{AsOf, PrintedAsOf, ViewContents, ViewSummary};
use super::view_tab::GoneView;
use super::viewer::{http_error_text, watch_share};

/// What the second part shows: the opened share, until it expires or is revoked.
struct OpenedShare {
    id: String,
    /// As the relay said, in milliseconds since the Unix epoch.
    expires_at: i64,
    preview: Arc<SharePreview>,
    dossier: Arc<Dossier>,
    files: Arc<Vec<SharedFile>>,
    /// The words of the dossier that signed it.
    words: CheckWords,
    /// The viewer token this tab holds: for a reload, and for writing back.
    token: Option<String>,
}

thread_local! {
    static OPENED: std::cell::RefCell<Option<OpenedShare>> = const { std::cell::RefCell::new(None) };
}

/// The second part's check of a preview envelope, for a browser without Ed25519 in Web
/// Crypto: the core's strict Ed25519.
pub fn verify_envelope(envelope: String) -> Result<(), Text> {
    read_signed_preview(envelope.as_bytes())
        .map(drop)
        .map_err(|e| e.text())
}

/// The second part's entry point: counts an opening at the relay, fetches and decrypts the
/// share with the key of `link` (the fragment the first part read and took out of the
/// address bar), sending the spoken `code` if the share has one. `expires_at` is the
/// relay's, as the first part read it; `signed` the share's signed preview, which the first
/// part verified: it is checked again here, and the content must be what it signed.
pub async fn open_share(
    expires_at: f64,
    link: String,
    signed: String,
    code: Option<String>,
) -> Result<(), Text> {
    let started = perf_now();
    let fragment = link;
    let link = ShareLink::parse(&fragment).map_err(|e| e.text())?;
    let checked = read_signed_preview(signed.as_bytes()).map_err(|e| e.text())?;
    let expires_at = wipe_at(&checked, expires_at as i64).0 as f64;
    let opened = relay::open_share(&link.id, code)
        .await
        .map_err(http_error_text)?;
    let snapshot = open_snapshot(&link.key, &opened.bytes, &checked).map_err(|e| e.text())?;
    // Another share this tab opened before is forgotten; this one is kept for a reload.
    view_session::forget_view();
    if let Some(token) = &opened.viewer_token {
        view_session::save(&StoredView {
            link: fragment,
            token: token.clone(),
            expires_at: expires_at as i64,
            envelope: signed,
        });
    }
    view_activity::start(&link.id, opened.viewer_token.as_deref(), &snapshot.preview);
    view_activity::send(Action::Opened);
    keep_opened(
        link.id,
        expires_at as i64,
        snapshot,
        &checked,
        opened.viewer_token,
    );
    record_timing("view-open", started);
    Ok(())
}

/// The second part's entry point after a reload: shows the share this tab opened again, with
/// its viewer token, without counting an opening. The signed preview is checked again, and
/// the content must still be what it signed. A share that ended is forgotten.
pub async fn resume_share() -> Result<(), Text> {
    let started = perf_now();
    let stored = view_session::load().ok_or(Text::ViewLinkRead)?;
    // The relay says only "gone"; this tab knows the end, and so why.
    let gone = |ends: i64| {
        let why = Ended::judge(Timestamp(now_ms()), Timestamp(ends));
        view_session::end(why);
        why.text()
    };
    let link = ShareLink::parse(&stored.link).map_err(|e| e.text())?;
    let checked = read_signed_preview(stored.envelope.as_bytes()).map_err(|e| e.text())?;
    // Never later than the signed end, also for a tab that stored the relay's.
    let expires_at = wipe_at(&checked, stored.expires_at).0;
    if expires_at <= now_ms() {
        return Err(gone(expires_at));
    }
    let bytes = match relay::view_share(&link.id, &stored.token).await {
        Ok(bytes) => bytes,
        Err(RelayError::Gone) => return Err(gone(expires_at)),
        Err(e) => return Err(http_error_text(e)),
    };
    let snapshot = open_snapshot(&link.key, &bytes, &checked).map_err(|e| e.text())?;
    view_activity::start(&link.id, Some(&stored.token), &snapshot.preview);
    view_activity::send(Action::Resumed);
    keep_opened(link.id, expires_at, snapshot, &checked, Some(stored.token));
    record_timing("view-resume", started);
    Ok(())
}

/// Hands an opened share to the second part's view.
fn keep_opened(
    id: String,
    expires_at: i64,
    snapshot: regie_core::share::ShareSnapshot,
    checked: &VerifiedPreview,
    token: Option<String>,
) {
    OPENED.with(|opened| {
        *opened.borrow_mut() = Some(OpenedShare {
            id,
            expires_at,
            preview: Arc::new(snapshot.preview),
            dossier: Arc::new(snapshot.dossier),
            files: Arc::new(snapshot.files),
            words: checked.check_words(),
            token,
        })
    });
}

/// The second part's view of the opened share (empty when nothing was opened).
#[component]
pub fn OpenedViewer() -> impl IntoView {
    let opened = OPENED.with(|opened| opened.borrow_mut().take());
    let Some(opened) = opened else {
        return view! { <main class="page viewer"><GoneView ended=None/></main> }.into_any();
    };
    // Set when the share ended, with why.
    let gone = RwSignal::new(None::<Ended>);
    let reply = ReplyChannel::new(&opened.id, opened.token, &opened.preview);
    let share_id = StoredValue::new(opened.id);
    let expires_at = StoredValue::new(opened.expires_at);
    // The decrypted share lives in the view; wiping drops it.
    let words = opened.words;
    let content = StoredValue::new(Some((opened.preview, opened.dossier, opened.files)));
    let live = move || gone.try_with_untracked(Option::is_none) == Some(true);
    watch_share(share_id, expires_at, live, move || {
        let ends = Timestamp(expires_at.try_get_value().unwrap_or(0));
        let why = Ended::judge(Timestamp(now_ms()), ends);
        content.try_set_value(None);
        gone.try_set(Some(why));
        view_session::end(why);
    });
    view! {
        <main class="page viewer" aria-live="polite">
            {move || match (gone.get(), content.get_value()) {
                (None, Some((p, d, f))) => view! { <Opened preview=p dossier=d files=f words reply=reply.clone()/> }.into_any(),
                (ended, _) => view! { <GoneView ended/> }.into_any(),
            }}
        </main>
    }
    .into_any()
}

#[component]
fn Opened(
    preview: Arc<SharePreview>,
    dossier: Arc<Dossier>,
    files: Arc<Vec<SharedFile>>,
    words: CheckWords,
    reply: Option<ReplyChannel>,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    provide_context(SharedFiles(files));
    let expires = preview.expires.0;
    let recipient = preview.recipient.clone();
    let sharer = preview.sharer.clone();
    // The banner counts down, and warns before the end so there is time to print.
    let clock = RwSignal::new(now_ms());
    use_interval(Duration::from_secs(1), move || {
        clock.try_set(now_ms());
    });
    let left = move || Countdown::of(Timestamp(clock.get()), Timestamp(expires));
    // A memo, so the alert is rendered again only when its words change.
    let warning = Memo::new(move |_| {
        Countdown::warning(Timestamp(clock.get()), Timestamp(expires), lang.get())
    });
    view! {
        <div data-testid="view">
            <div class="readonly-banner" role="note" data-testid="view-expires">
                {move || {
                    // The end moment never breaks inside ("6-/12-2026") on a narrow screen.
                    let lang = lang.get();
                    let end = local_moment_dated(expires, lang);
                    keep_whole(ViewerText::ViewReadOnly.fill(lang, &[&recipient, &end]), &end)
                }}
                {move || left().map(|left| view! {
                    <span class="view-countdown">" · "</span><span class="view-countdown" data-testid="view-countdown">{left.words(lang.get())}</span>
                })}
            </div>
            {move || warning.get().map(|text| view! {
                <p class="notice ending" role="alert" data-testid="view-ending"><strong>{text}</strong></p>
            })}
            <h1>{tr(ViewerText::ViewTitle)} {(!sharer.is_empty()).then(|| format!(": {sharer}"))}</h1>
            <AsOf preview=preview.clone()/>
            <p class="hint">{tr(ViewerText::ViewWipeNote)}</p>
            <CheckWordsBox words testid="view-check-words" hint=Text::CheckWordsViewer/>
            <div class="view-layout">
                <ViewContents sections=preview.sections.clone()/>
                <div class="view-body">
                    <ViewSummary dossier=dossier.clone()/>
                    {preview.sections.iter().map(|key| {
                        view! {
                            <div class="view-part">
                                <PrintedAsOf preview=preview.clone()/>
                                <SectionCard dossier=dossier.clone() key=*key/>
                            </div>
                        }
                    }).collect_view()}
                    {reply.map(|channel| view! { <ReplyBox channel preview=preview.clone() dossier=dossier.clone()/> })}
                </div>
            </div>
        </div>
    }
}
