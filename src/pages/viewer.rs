use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::api::{is_share_code, ShareStatus};
use regie_core::catalogue::{Counted, Text, ViewerText};
use regie_core::share::activity::Who;
use regie_core::share::bound::check_bound;
use regie_core::share::{
    open_envelope, LinkError, ShareLink, SignedPreview, VerifiedPreview, VIEW_PATH,
};
use regie_core::viewer_tab::Ended;

use crate::components::{keep_whole, CheckWordsBox, ErrorMessage};
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment_dated, now_ms};
use crate::platform::parts;
use crate::platform::relay::{self, Errand, RelayError};
use crate::platform::timers::use_interval;
use crate::platform::view_session::{self};
use crate::platform::{ed25519, location};

use super::view_gate::{start_in_words, Gate};
use super::view_tab::GoneView;
use super::viewer_part::CONTENT;

/// How often an open view asks the relay whether the share still stands: stopping a share
/// empties every open viewer within this time. Asking does not count as an opening.
const LIVENESS: Duration = Duration::from_secs(3);

#[derive(Clone)]
enum State {
    Checking,
    /// The share exists and its signature checked out; the recipient has not opened it yet.
    Ready(Arc<VerifiedPreview>),
    Opening(Arc<VerifiedPreview>),
    /// Expired, revoked, used up or unknown: the content is wiped. Why, when this tab knows.
    Gone(Option<Ended>),
    Failed(Text),
}

/// What a failed request means for the viewer; `ViewGone` stands for "the share is gone".
pub(super) fn http_error_text(e: RelayError) -> Text {
    e.text(Errand::View)
}

fn failure_state(text: Text) -> State {
    match text {
        Text::ViewGone => State::Gone(None),
        text => match Ended::from_text(text) {
            Some(why) => State::Gone(Some(why)),
            None => State::Failed(text),
        },
    }
}

/// Wipes the view when the share expires (by the local clock, even without a network) or
/// when the relay says it is gone (revocation shows within seconds). `live` says whether
/// there is anything to watch.
///
/// Returns the timers, for [`stop_watching`] when the page changes hands.
pub(super) fn watch_share(
    share_id: StoredValue<String>,
    expires_at: StoredValue<i64>,
    live: impl Fn() -> bool + Copy + 'static,
    wipe: impl Fn() + Copy + 'static,
) -> [Option<IntervalHandle>; 2] {
    let expiry_check = set_interval_with_handle(
        move || {
            let at = expires_at.try_get_value().unwrap_or(0);
            if at > 0 && now_ms() >= at && live() {
                wipe();
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    let liveness = set_interval_with_handle(
        move || {
            let Some(id) = share_id.try_get_value().filter(|_| live()) else {
                return;
            };
            spawn_local(async move {
                if let Err(RelayError::Gone) = relay::share_status(&id).await {
                    wipe();
                }
            });
        },
        LIVENESS,
    )
    .ok();
    let timers = [expiry_check, liveness];
    on_cleanup(move || stop_watching(timers));
    timers
}

fn stop_watching(timers: [Option<IntervalHandle>; 2]) {
    for handle in timers.into_iter().flatten() {
        handle.clear();
    }
}

/// The page a share link opens: no account, nothing stored, read-only, gone when the share
/// is. This first part checks the link and shows what was shared, by whom, until when; the
/// second part (fetched meanwhile) opens it on the recipient's press.
#[component]
pub fn Viewer(
    /// Set when the second part has taken over the page.
    handed_over: RwSignal<bool>,
) -> impl IntoView {
    let state = RwSignal::new(State::Checking);
    let open_error = RwSignal::new(None::<Text>);
    // The key leaves the address bar (and so the browser's history) the moment it is read,
    // before anything is asked of the relay; from here it lives in this page's memory only.
    let hash = location::fragment();
    if !hash.is_empty() {
        location::replace_entry(VIEW_PATH);
        view_session::forget_ended();
    }
    let share_id = StoredValue::new(String::new());
    let expires_at = StoredValue::new(0i64);
    let fragment = StoredValue::new(hash.clone());
    let gate = Gate::new();
    let lang = expect_context::<I18n>().lang;
    use_interval(Duration::from_secs(1), move || {
        // `try_`: a tick may still come while the page hands over to the second part.
        if gate.starts_at.try_get_untracked().flatten().is_some() {
            gate.clock.try_set(now_ms());
        }
    });

    // A reload, or a tab the phone restored: this tab opened a share before.
    let resume = hash.is_empty() && view_session::present();
    match ShareLink::parse(&hash) {
        // The second part resumes it (below), once the watch is set up.
        Err(LinkError::Empty) if resume => {}
        // Nothing in the address: a reload after the share this tab showed ended, or after
        // the key was taken out before the share was opened.
        Err(LinkError::Empty) => state.set(match view_session::ended() {
            Some(why) => State::Gone(Some(why)),
            None => State::Failed(Text::ViewLinkRead),
        }),
        Err(e) => state.set(State::Failed(e.text())),
        Ok(link) => {
            share_id.set_value(link.id.clone());
            CONTENT.fetch_ahead();
            spawn_local(async move {
                let status: Result<ShareStatus, _> = relay::share_status(&link.id).await;
                let next = match status {
                    Err(e) => failure_state(http_error_text(e)),
                    // Used up before this viewer opened it: nothing left to open.
                    Ok(status) if status.used_up => State::Gone(None),
                    Ok(status) => {
                        gate.read(&status);
                        let preview = match B64
                            .decode(status.preview.as_bytes())
                            .map_err(|_| Text::ErrLinkBroken)
                            .and_then(|bytes| {
                                open_envelope(&link.key, &bytes).map_err(|e| e.text())
                            }) {
                            Ok(signed) => check_signature(signed).await,
                            Err(text) => Err(text),
                        };
                        // The relay must hold the share as the client signed it: its id,
                        // start, open limit, code and end. It is wiped at the signed end.
                        let bound = preview.and_then(|p| {
                            check_bound(&p, &link.id, &status)
                                .map(|wipe| (p, wipe))
                                .map_err(|e| e.text())
                        });
                        match bound {
                            Ok((p, wipe)) => {
                                expires_at.set_value(wipe.0);
                                State::Ready(Arc::new(p))
                            }
                            Err(text) => State::Failed(text),
                        }
                    }
                };
                // The second part gets the link from memory when the recipient opens.
                drop(link);
                state.set(next);
            });
        }
    }

    let live = move || {
        state
            .try_with_untracked(|s| matches!(s, State::Ready(_)))
            .unwrap_or(false)
    };
    let timers = watch_share(share_id, expires_at, live, move || {
        state.try_set(State::Gone(None));
    });
    if resume {
        spawn_local(async move {
            match CONTENT.call("resume", Vec::new()).await {
                Ok(()) => {
                    stop_watching(timers);
                    parts::hand_over(CONTENT, handed_over);
                }
                Err(text) => state.set(failure_state(text)),
            }
        });
    }

    let open = move |_| {
        let State::Ready(preview) = state.get_untracked() else {
            return;
        };
        open_error.set(None);
        gate.code_error.set(None);
        let code = if gate.code_needed.get_untracked() {
            let typed = gate.code.get_untracked().trim().to_owned();
            if !is_share_code(&typed) {
                // Checked here, so a typo never costs one of the five tries.
                open_error.set(Some(Text::ErrViewCodeShape));
                return;
            }
            wasm_bindgen::JsValue::from_str(&typed)
        } else {
            wasm_bindgen::JsValue::UNDEFINED
        };
        state.set(State::Opening(preview.clone()));
        spawn_local(async move {
            let expires = wasm_bindgen::JsValue::from_f64(expires_at.get_value() as f64);
            // The second part checks the signed preview again itself, then the content.
            let link = wasm_bindgen::JsValue::from_str(&fragment.get_value());
            let signed = wasm_bindgen::JsValue::from_str(preview.envelope());
            match CONTENT
                .call("open", vec![expires, link, signed, code])
                .await
            {
                Ok(()) => {
                    // From here the second part watches the share.
                    stop_watching(timers);
                    parts::hand_over(CONTENT, handed_over);
                }
                // Not loaded (no connection): the press can be tried again.
                Err(Text::ErrAppLoad) => {
                    open_error.set(Some(Text::ErrAppLoad));
                    state.set(State::Ready(preview));
                }
                // A wrong code, or a start this device's clock thought had come: ask the
                // relay how things stand (tries left, the start) and offer it again.
                Err(
                    text @ (Text::ErrViewCodeWrong | Text::ViewNotYet | Text::ErrViewCodeShape),
                ) => match relay::share_status(&share_id.get_value()).await {
                    Err(RelayError::Gone) => state.set(State::Gone(None)),
                    Ok(status) => {
                        gate.read(&status);
                        if text == Text::ErrViewCodeWrong {
                            let lang = lang.get_untracked();
                            let left = u64::from(status.tries_left.unwrap_or(0));
                            gate.code_error
                                .set(Some(Counted::ViewCodeTriesLeft.count(lang, left)));
                        } else if text == Text::ErrViewCodeShape {
                            open_error.set(Some(text));
                        }
                        gate.code.set(String::new());
                        state.set(State::Ready(preview));
                    }
                    Err(_) => {
                        open_error.set(Some(text));
                        state.set(State::Ready(preview));
                    }
                },
                Err(text) => state.set(failure_state(text)),
            }
        });
    };

    view! {
        <main class="page viewer" aria-live="polite">
            {move || match state.get() {
                State::Checking => view! { <p class="hint">{tr(Text::Loading)}</p> }.into_any(),
                State::Ready(p) => view! { <Preview preview=p on_open=open working=false error=open_error gate/> }.into_any(),
                State::Opening(p) => view! { <Preview preview=p on_open=open working=true error=open_error gate/> }.into_any(),
                State::Gone(ended) => view! { <GoneView ended/> }.into_any(),
                State::Failed(text) => view! {
                    <div>
                        <h1>{tr(ViewerText::ViewTitle)}</h1>
                        <p class="error" role="alert" data-testid="error">{tr(text)}</p>
                    </div>
                }.into_any(),
            }}
        </main>
    }
}

/// Checks a preview's signature before anything of it shows: with the browser's own
/// Ed25519 where it has one, else with the core's in the second part (fetched ahead anyway).
async fn check_signature(signed: SignedPreview) -> Result<VerifiedPreview, Text> {
    let refused = || regie_core::share::ShareError::NotSigned.text();
    match ed25519::verify(signed.signer(), signed.signature(), &signed.message()).await {
        Some(true) => {}
        Some(false) => return Err(refused()),
        None => {
            let envelope = wasm_bindgen::JsValue::from_str(signed.envelope());
            CONTENT.call::<Text>("verify", vec![envelope]).await?;
        }
    }
    signed.checked_by_platform().map_err(|e| e.text())
}

#[component]
fn Preview(
    preview: Arc<VerifiedPreview>,
    on_open: impl Fn(leptos::ev::MouseEvent) + Copy + Send + Sync + 'static,
    working: bool,
    /// Why the last press did not open it.
    error: RwSignal<Option<Text>>,
    gate: Gate,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let p = preview.clone();
    let who = move || {
        if p.sharer.is_empty() {
            ViewerText::ViewSharedByUnnamed.fill(lang.get(), &[&p.recipient])
        } else {
            ViewerText::ViewSharedBy.fill(lang.get(), &[&p.sharer, &p.recipient])
        }
    };
    let p = preview.clone();
    let sections = move || {
        let names: Vec<&str> = p
            .sections
            .iter()
            .map(|k| k.title().get(lang.get()))
            .collect();
        ViewerText::ViewSections.fill(lang.get(), &[&names.join(", ")])
    };
    let purpose = preview.purpose.clone();
    let expires = preview.expires.0;
    let until = move || {
        let lang = lang.get();
        let end = local_moment_dated(expires, lang);
        keep_whole(ViewerText::ViewValidUntil.fill(lang, &[&end]), &end)
    };
    view! {
        <h1>{tr(ViewerText::ViewTitle)}</h1>
        <p>{who}</p>
        {purpose.map(|p| view! {
            <p data-testid="view-purpose">{move || ViewerText::PurposeIs.fill(lang.get(), &[&p])}</p>
        })}
        <p>{sections}</p>
        <p data-testid="view-expires"><strong>{until}</strong></p>
        <CheckWordsBox words=preview.check_words() testid="view-check-words" hint=Text::CheckWordsViewer/>
        {move || match gate.not_yet() {
            // Before the start: when it opens, and no button.
            Some(at) => view! {
                <p data-testid="view-not-yet" class="notice">
                    <strong>{move || Text::ViewNotYet.fill(lang.get(), &[&start_in_words(at, lang.get())])}</strong>
                </p>
                <p class="hint">{tr(ViewerText::ViewNotYetHint)}</p>
            }.into_any(),
            None => view! {
                {move || gate.code_needed.get().then(|| view! {
                    <div class="field">
                        <label for="view-code">{tr(ViewerText::ViewCodeLabel)}</label>
                        <p class="hint">{tr(ViewerText::ViewCodeExplain)}</p>
                        <input id="view-code" data-testid="view-code" type="text" inputmode="numeric"
                            autocomplete="off" maxlength="6" prop:value=gate.code
                            on:input=move |ev| gate.code.set(event_target_value(&ev))/>
                    </div>
                })}
                <WhoFields/>
                <p>{tr(ViewerText::ViewOpenExplain)}</p>
                <ErrorMessage error=error/>
                {move || gate.code_error.get().map(|text| view! {
                    <p class="error" role="alert" data-testid="error">{text}</p>
                })}
                <button class="button primary wide" data-testid="view-open" on:click=on_open disabled=working>
                    {move || if working { tr(ViewerText::ViewOpening)() } else { tr(ViewerText::ViewOpen)() }}
                </button>
            }.into_any(),
        }}
    }
}

/// Who the professional is, before opening: optional, prefilled from this tab (a request
/// page writes it there too), and kept there as typed. The share's log tells the client.
#[component]
fn WhoFields() -> impl IntoView {
    let who = RwSignal::new(view_session::who());
    let field = |id: &'static str,
                 label: Text,
                 autocomplete: &'static str,
                 part: fn(&mut Who) -> &mut String| {
        let value = move || who.with(|w| part(&mut w.clone()).clone());
        let on_input = move |ev| {
            who.update(|w| *part(w) = event_target_value(&ev));
            who.with_untracked(view_session::save_who);
        };
        view! {
            <div class="field">
                <label for=id>{tr(label)}</label>
                <input id=id data-testid=id type="text" maxlength="80" autocomplete=autocomplete
                    prop:value=value on:input=on_input/>
            </div>
        }
    };
    view! {
        <fieldset class="view-who">
            <legend>{tr(ViewerText::ViewWhoTitle)}</legend>
            <p class="hint">{tr(ViewerText::ViewWhoIntro)}</p>
            {field("view-who-name", Text::RequestName, "name", |w| &mut w.name)}
            {field("view-who-org", Text::RequestOrg, "organization", |w| &mut w.org)}
            {field("view-who-role", Text::RequestRole, "organization-title", |w| &mut w.role)}
        </fieldset>
    }
}
