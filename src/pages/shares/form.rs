use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::Text;
use regie_core::model::{SectionKey, Timestamp};
use regie_core::screen::Screen;
use regie_core::share::ShareDuration;
use regie_core::share_gate;

use crate::components::{BusyButton, ErrorMessage};
use crate::i18n::tr;
use crate::platform::clock::{now_ms, offset_at};
use crate::routes::Navigation;
use crate::session::share::{self as sharing, ShareRequest};
use crate::session::Session;

use super::JustMade;

#[component]
pub(super) fn ShareForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let just_made = expect_context::<JustMade>().0;
    let chosen = RwSignal::new(Vec::<SectionKey>::new());
    let recipient = RwSignal::new(String::new());
    let max_opens = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let starts = RwSignal::new(String::new());
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
        let code = match share_gate::check_code(&code.get_untracked()) {
            Ok(code) => code,
            Err(text) => {
                error.set(Some(text));
                return;
            }
        };
        let starts_at = match starts.get_untracked().trim() {
            "" => None,
            text => match share_gate::parse_local_moment(text) {
                // The offset of the start's own day, not today's.
                Some(at) => {
                    let guess = share_gate::local_to_utc_ms(at, offset_at(now_ms()));
                    Some(share_gate::local_to_utc_ms(at, offset_at(guess)))
                }
                None => {
                    error.set(Some(Text::ErrShareStartsBad));
                    return;
                }
            },
        };
        let request = ShareRequest {
            recipient: recipient.get_untracked(),
            sections: chosen.get_untracked(),
            minutes: minutes.get_untracked(),
            max_opens,
            code,
            starts_at,
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
            <div class="field">
                <label for="share-starts">{tr(Text::ShareStartsLabel)}</label>
                <p class="hint" id="share-starts-hint">{tr(Text::ShareStartsHint)}</p>
                <input id="share-starts" data-testid="share-starts" type="datetime-local"
                    aria-describedby="share-starts-hint" prop:value=starts
                    on:input=move |ev| starts.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="share-code">{tr(Text::ShareCodeLabel)}</label>
                <p class="hint" id="share-code-hint">{tr(Text::ShareCodeHint)}</p>
                <input id="share-code" data-testid="share-code" type="text" inputmode="numeric"
                    autocomplete="off" maxlength="6" aria-describedby="share-code-hint"
                    prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
                <button type="button" class="button" data-testid="share-code-suggest"
                    on:click=move |_| {
                        if let Some(new) = share_gate::random_code() {
                            code.set(new);
                        }
                    }>
                    {tr(Text::ShareCodeSuggest)}
                </button>
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
