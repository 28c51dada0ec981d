//! The client's answer to a professional's request (`#vraag=<id>.<fingerprint>`, see
//! `docs/requests.md`): the request, held to its link's fingerprint, shown as who asks, what
//! for, how long and which sections (boxes the client may untick); approving makes the share
//! through the share form's own path and seals its link to the request's key.

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{PageText, Text, ViewerText};
use regie_core::model::SectionKey;
use regie_core::request::{self, RequestAnswer, ShareRequest as Asked};
use regie_core::share::ShareLink;
use regie_core::share_choice::ShareChoice;

use crate::components::{BusyButton, ChoiceItem, ChoiceLabel, ChoiceList, ErrorMessage};
use crate::i18n::{tr, I18n};
use crate::platform::location;
use crate::platform::relay::{self, Errand, RelayError};
use crate::session::share::ShareRequest;
use crate::session::Session;

/// The request link in the address bar, if there is one: its id and fingerprint.
pub fn request_in_address() -> Option<(String, String)> {
    request::parse_fragment(&location::fragment())
}

/// Follows the address bar: a request link opened (or pasted) while the dossier is open.
pub fn watch_address(pending: RwSignal<Option<(String, String)>>) {
    pending.set(request_in_address());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(found) = request_in_address() {
            pending.set(Some(found));
        }
    });
    on_cleanup(move || handle.remove());
}

enum Stage {
    Loading,
    Asked(Asked),
    Done(Text, String),
    Failed(Text),
}

/// The request, and the client's answer to it.
#[component]
pub fn RequestReview(id: String, fingerprint: String, on_close: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    // The link did its work: it leaves the address bar (and Back) now.
    location::forget_fragment();
    let stage = RwSignal::new(Stage::Loading);
    let choice = RwSignal::new(session.dossier.with_untracked(ShareChoice::new));
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let id = StoredValue::new(id);
    spawn_local(async move {
        let next = match relay::request_body(&id.get_value()).await {
            Err(RelayError::Gone) => Stage::Failed(Text::ErrRequestGone),
            Err(e) => Stage::Failed(e.text(Errand::Share)),
            Ok(body) => match Asked::verified(&body, &fingerprint) {
                Ok(asked) => {
                    choice.update(|c| {
                        for key in SectionKey::ALL {
                            c.set_section(key, asked.sections.contains(&key));
                        }
                    });
                    Stage::Asked(asked)
                }
                Err(e) => Stage::Failed(e.text()),
            },
        };
        stage.set(next);
    });

    let answer = move |approve: bool| {
        let Stage::Asked(asked) = &*stage.read_untracked() else {
            return;
        };
        if working.get_untracked() {
            return;
        }
        let asked = asked.clone();
        error.set(None);
        working.set(true);
        spawn_local(async move {
            let id = id.get_value();
            let result = if approve {
                approve_request(session, &id, &asked, choice.get_untracked()).await
            } else {
                relay::answer_request(&id, &RequestAnswer::Refused)
                    .await
                    .map(|()| Text::RequestRefusedDone)
                    .map_err(|e| gone_or(e, Errand::Share))
            };
            match result {
                Ok(text) => stage.set(Stage::Done(text, asked.asker())),
                Err(text) => error.set(Some(text)),
            }
            working.set(false);
        });
    };

    view! {
        <section class="request-review" data-testid="request-review" aria-labelledby="request-title">
            <h1 id="request-title">{tr(PageText::RequestReviewTitle)}</h1>
            {move || match &*stage.read() {
                Stage::Loading => view! { <p class="hint">{tr(Text::Loading)}</p> }.into_any(),
                Stage::Failed(text) => {
                    let text = *text;
                    view! {
                        <p class="error" role="alert" data-testid="error">{tr(text)}</p>
                        <button type="button" class="button" on:click=move |_| on_close.run(())>{tr(Text::Back)}</button>
                    }.into_any()
                }
                Stage::Done(text, asker) => {
                    let (text, asker) = (*text, asker.clone());
                    view! {
                        <p role="status" data-testid="request-done">{move || text.fill(lang.get(), &[&asker])}</p>
                        <button type="button" class="button primary" on:click=move |_| on_close.run(())>{tr(Text::SectionShares)}</button>
                    }.into_any()
                }
                Stage::Asked(asked) => asked_view(asked, choice, working, error, answer).into_any(),
            }}
        </section>
    }
}

fn asked_view(
    asked: &Asked,
    choice: RwSignal<ShareChoice>,
    working: RwSignal<bool>,
    error: RwSignal<Option<Text>>,
    answer: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let asker = asked.asker();
    let purpose = asked.purpose.trim().to_owned();
    let minutes = asked.minutes.to_string();
    let items = asked
        .sections
        .iter()
        .map(|&key| {
            ChoiceItem::new(
                key,
                format!("share-section-{key}"),
                ChoiceLabel::Text(key.title()),
            )
        })
        .collect::<Vec<_>>();
    let checked = Callback::new(move |key: SectionKey| choice.with(|c| c.has(key)));
    let toggle = Callback::new(move |(key, on): (SectionKey, bool)| {
        choice.update(|c| c.set_section(key, on));
    });
    view! {
        <p data-testid="request-from"><strong>{move || PageText::RequestFrom.fill(lang.get(), &[&asker])}</strong></p>
        {(!purpose.is_empty()).then(|| view! {
            <p data-testid="request-purpose-shown">{move || ViewerText::PurposeIs.fill(lang.get(), &[&purpose])}</p>
        })}
        <p>{move || PageText::RequestHowLong.fill(lang.get(), &[&minutes])}</p>
        <form on:submit=move |ev| {
            ev.prevent_default();
            answer(true);
        }>
            <fieldset>
                <legend>{tr(PageText::ShareWhat)}</legend>
                <p class="hint">{tr(PageText::RequestChange)}</p>
                <ChoiceList items checked toggle/>
            </fieldset>
            <ErrorMessage error=error/>
            <div class="actions">
                <BusyButton testid="request-approve" label=Text::RequestApprove busy_label=Text::ShareCreating busy=working class="button primary"/>
                <button type="button" class="button" data-testid="request-refuse" disabled=working
                    on:click=move |_| answer(false)>{tr(PageText::RequestRefuse)}</button>
            </div>
        </form>
    }
}

fn gone_or(e: RelayError, errand: Errand) -> Text {
    match e {
        RelayError::Gone => Text::ErrRequestGone,
        e => e.text(errand),
    }
}

/// Makes the share as the share form does, with who asks as its recipient and the request's
/// purpose and duration, then posts its link sealed to the request's key.
async fn approve_request(
    session: Session,
    id: &str,
    asked: &Asked,
    choice: ShareChoice,
) -> Result<Text, Text> {
    let purpose = request::purpose_of(&asked.purpose).map_err(|e| e.text())?;
    let made = session
        .share(ShareRequest {
            recipient: asked.asker(),
            choice,
            minutes: asked.minutes,
            max_opens: None,
            code: None,
            starts_at: None,
            replies: false,
            purpose,
        })
        .await?;
    let share_id = ShareLink::parse(&made.link)
        .map(|l| l.id)
        .map_err(|_| Text::ErrShareRefused)?;
    let sent = match request::seal_answer(asked, &made.link) {
        Ok(sealed) => relay::answer_request(id, &sealed)
            .await
            .map_err(|e| gone_or(e, Errand::Share)),
        Err(e) => Err(e.text()),
    };
    drop(made);
    if let Err(text) = sent {
        // Nobody can receive it now: stop the share at once rather than leave it live.
        let _ = session.revoke_share(share_id).await;
        return Err(text);
    }
    Ok(Text::RequestApproved)
}
