//! The professional's request page (`/vraag`, see `docs/requests.md`): who asks, what for,
//! which sections and how long; then a QR code and a link for the client, and, once the
//! client approves on their phone, the share in the viewer with nothing typed. The key the
//! answer is sealed to lives in this page's memory only.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{PageText, Text};
use regie_core::model::SectionKey;
use regie_core::request::{
    self, RequestCreated, RequestKey, RequestState, ShareRequest as Asked, DURATIONS,
};
use regie_core::share::{qr_inline, qr_svg, VIEW_PATH};

use crate::components::{BusyButton, ChoiceItem, ChoiceLabel, ChoiceList, ErrorMessage};
use crate::i18n::{tr, I18n};
use crate::pages::shares::PurposeField;
use crate::platform::clock::now_ms;
use crate::platform::location;
use crate::platform::relay::{self, Errand, RelayError};

/// While the second part loads: the first part of the viewer page, at `/vraag`, hands the
/// page to it.
#[component]
pub fn RequestGate(handed_over: RwSignal<bool>) -> impl IntoView {
    let error = RwSignal::new(None::<Text>);
    let load = move || {
        error.set(None);
        spawn_local(async move {
            match super::viewer_part::CONTENT.load().await {
                Ok(_) => {
                    handed_over.set(true);
                    let _ = super::viewer_part::CONTENT
                        .call::<Text>("request", Vec::new())
                        .await;
                }
                Err(text) => error.set(Some(text)),
            }
        });
    };
    load();
    view! {
        <main class="page" aria-busy=move || error.get().is_none().to_string()>
            <h1>{tr(Text::Loading)}</h1>
            <ErrorMessage error=error/>
            <Show when=move || error.get().is_some()>
                <button class="button primary" on:click=move |_| load()>{tr(Text::TryAgain)}</button>
            </Show>
        </main>
    }
}

/// How often the page asks whether the client answered.
const POLL: Duration = Duration::from_secs(1);
/// The tab's note of who the professional said they are, for the viewer's fields.
const WHO_KEY: &str = "regie.view.who";
/// The relay keeps an answer given in a request's last moment this much longer.
const ANSWER_GRACE_MS: i64 = 2 * 60 * 1000;

#[derive(Clone)]
enum Stage {
    Form,
    Waiting { link: String, svg: String },
    Arrived,
    Refused,
    Expired,
}

#[component]
pub fn RequestPage() -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let name = RwSignal::new(String::new());
    let org = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let sections = RwSignal::new(Vec::<SectionKey>::new());
    let minutes = RwSignal::new(30u32);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let stage = RwSignal::new(Stage::Form);
    let copied = RwSignal::new(false);

    let create = move || {
        if working.get_untracked() {
            return;
        }
        let key = RequestKey::generate();
        let asked = Asked {
            v: 1,
            key: key.recipient(),
            name: name.get_untracked().trim().to_owned(),
            org: org.get_untracked().trim().to_owned(),
            role: role.get_untracked().trim().to_owned(),
            purpose: purpose.get_untracked().trim().to_owned(),
            // In the dossier's own order.
            sections: sections.with_untracked(|chosen| {
                SectionKey::ALL
                    .into_iter()
                    .filter(|k| chosen.contains(k))
                    .collect()
            }),
            minutes: minutes.get_untracked(),
        };
        let body = match asked.to_body() {
            Ok(body) => body,
            Err(e) => {
                error.set(Some(e.text()));
                return;
            }
        };
        error.set(None);
        working.set(true);
        spawn_local(async move {
            match relay::create_request(&body).await {
                Ok(created) => {
                    let fingerprint = request::fingerprint_of(&body);
                    let link =
                        request::request_link(&location::origin(), &created.id, &fingerprint);
                    let label = PageText::RequestScan.get(lang.get_untracked());
                    let svg = qr_svg(&link)
                        .map(|svg| qr_inline(&svg, "request-qr", label))
                        .unwrap_or_default();
                    stage.set(Stage::Waiting { link, svg });
                    let who = serde_json::json!({
                        "name": asked.name, "org": asked.org, "role": asked.role,
                    });
                    wait_for_answer(key, created, who.to_string(), stage).await;
                }
                Err(e) => error.set(Some(e.text(Errand::Share))),
            }
            working.set(false);
        });
    };

    view! {
        <main class="page request-page" id="main" aria-live="polite">
            <h1>{tr(PageText::RequestPageTitle)}</h1>
            {move || match stage.get() {
                Stage::Form => form_view(
                    [name, org, role, purpose], sections, minutes, working, error, create,
                ).into_any(),
                Stage::Waiting { link, svg } => view! {
                    <p>{tr(PageText::RequestScan)}</p>
                    // Our own SVG from the qrcode crate; no typed text is in it.
                    <div class="qr-frame" inner_html=svg></div>
                    <p class="link" data-testid="request-link" dir="ltr">{link.clone()}</p>
                    <button class="button" data-testid="request-copy" on:click=move |_| {
                        if crate::platform::share_sheet::copy_text(&link) {
                            copied.set(true);
                        }
                    }>{tr(PageText::ShareCopy)}</button>
                    <Show when=move || copied.get()>
                        <p role="status">{tr(PageText::ShareCopied)}</p>
                    </Show>
                    <p role="status" data-testid="request-waiting">{tr(PageText::RequestWaiting)}</p>
                }.into_any(),
                Stage::Arrived => view! {
                    <p role="status" data-testid="request-arrived">{tr(PageText::RequestArrived)}</p>
                }.into_any(),
                Stage::Refused => view! {
                    <p class="notice" role="alert" data-testid="request-refused">{tr(PageText::RequestRefusedPro)}</p>
                    <button class="button primary" data-testid="request-again"
                        on:click=move |_| stage.set(Stage::Form)>{tr(PageText::RequestAgain)}</button>
                }.into_any(),
                Stage::Expired => view! {
                    <p class="notice" role="alert" data-testid="request-expired">{tr(PageText::RequestExpired)}</p>
                    // What was typed is kept: one press to ask again.
                    <button class="button primary" data-testid="request-again"
                        on:click=move |_| stage.set(Stage::Form)>{tr(PageText::RequestAgain)}</button>
                }.into_any(),
            }}
        </main>
    }
}

fn form_view(
    [name, org, role, purpose]: [RwSignal<String>; 4],
    sections: RwSignal<Vec<SectionKey>>,
    minutes: RwSignal<u32>,
    working: RwSignal<bool>,
    error: RwSignal<Option<Text>>,
    create: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let text = |id: &'static str, label: Text, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{tr(label)}</label>
                <input id=id data-testid=id type="text" maxlength="80" autocomplete="off"
                    prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    let items = SectionKey::ALL
        .into_iter()
        .map(|key| {
            ChoiceItem::new(
                key,
                format!("request-section-{key}"),
                ChoiceLabel::Text(key.title()),
            )
        })
        .collect::<Vec<_>>();
    let checked = Callback::new(move |key: SectionKey| sections.with(|s| s.contains(&key)));
    let toggle = Callback::new(move |(key, on): (SectionKey, bool)| {
        sections.update(|s| {
            s.retain(|k| *k != key);
            if on {
                s.push(key);
            }
        });
    });
    let lang = expect_context::<I18n>().lang;
    view! {
        <p>{tr(PageText::RequestPageIntro)}</p>
        <form on:submit=move |ev| {
            ev.prevent_default();
            create();
        }>
            {text("request-name", Text::RequestName, name)}
            {text("request-org", Text::RequestOrg, org)}
            {text("request-role", Text::RequestRole, role)}
            <PurposeField value=purpose testid="request-purpose"/>
            <fieldset>
                <legend>{tr(PageText::RequestSections)}</legend>
                <ChoiceList items checked toggle/>
            </fieldset>
            <div class="field">
                <label for="request-duration">{tr(PageText::RequestDuration)}</label>
                <select id="request-duration" data-testid="request-duration"
                    on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse::<u32>() {
                            minutes.set(m);
                        }
                    }>
                    {DURATIONS.into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || minutes.get() == m>
                            {move || PageText::RequestMinutes.fill(lang.get(), &[&m.to_string()])}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <ErrorMessage error=error/>
            <BusyButton testid="request-create" label=Text::RequestCreate busy_label=Text::Loading busy=working/>
        </form>
    }
}

/// Asks the relay every [`POLL`] until the client answered or the request ended; an
/// approval opens in the viewer, with who asked noted for its fields.
async fn wait_for_answer(
    key: RequestKey,
    created: RequestCreated,
    who: String,
    stage: RwSignal<Stage>,
) {
    // The relay keeps an answer given at the last moment a little longer.
    let until = created.expires_at + ANSWER_GRACE_MS;
    loop {
        sleep(POLL).await;
        if stage.try_get_untracked().is_none() {
            return;
        }
        let next = match relay::request_state(&created.id, &created.secret).await {
            Ok(RequestState::Waiting) | Err(RelayError::Offline | RelayError::RateLimited) => {
                if now_ms() > until {
                    Stage::Expired
                } else {
                    continue;
                }
            }
            Ok(RequestState::Refused) => Stage::Refused,
            Ok(RequestState::Approved(sealed)) => match key.open_answer(&sealed) {
                Ok(link) if is_our_viewer_link(&link) => {
                    open_in_viewer(&link, &who);
                    Stage::Arrived
                }
                _ => Stage::Expired,
            },
            Err(_) => Stage::Expired,
        };
        stage.set(next);
        return;
    }
}

/// Only a link to this relay's own viewer is followed.
fn is_our_viewer_link(link: &str) -> bool {
    let start = format!("{}{VIEW_PATH}#", location::origin());
    link.starts_with(&start) && !link[start.len()..].contains(['#', '/', '?'])
}

fn open_in_viewer(link: &str, who: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.set_item(WHO_KEY, who);
    }
    let _ = window.location().assign(link);
}

async fn sleep(every: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                every.as_millis() as i32,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
