use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{PageText, Text, ViewerText};
use regie_core::model::{Domain, SectionKey, Timestamp};
use regie_core::screen::Screen;
use regie_core::share::ShareDuration;
use regie_core::share_choice::{Preset, ShareChoice};
use regie_core::share_gate;
use regie_core::share_steps::ShareStep;

use crate::components::{BusyButton, ChoiceItem, ChoiceLabel, ChoiceList, ErrorMessage, Reader};
use crate::i18n::{tr, I18n};
use crate::platform::clock::{now_ms, offset_at};
use crate::routes::Navigation;
use crate::session::share::{self as sharing, ShareRequest};
use crate::session::Session;

use super::preview::{SharePreview, ShareSummary};
use super::JustMade;

#[component]
pub(super) fn ShareForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let just_made = expect_context::<JustMade>().0;
    let choice = RwSignal::new(session.dossier.with_untracked(ShareChoice::new));
    let preset = RwSignal::new(Preset::Custom);
    let recipient = RwSignal::new(String::new());
    let max_opens = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let starts = RwSignal::new(String::new());
    let replies = RwSignal::new(false);
    let purpose = RwSignal::new(String::new());
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
        let purpose = match regie_core::request::purpose_of(&purpose.get_untracked()) {
            Ok(purpose) => purpose,
            Err(e) => {
                error.set(Some(e.text()));
                return;
            }
        };
        let request = ShareRequest {
            recipient: recipient.get_untracked(),
            choice: choice.get_untracked(),
            minutes: minutes.get_untracked(),
            max_opens,
            code,
            starts_at,
            replies: replies.get_untracked(),
            purpose,
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

    // Sections: a preset ticks them; any box the client changes makes the choice her own.
    let sections = session.dossier.with_untracked(|d| {
        SectionKey::ALL
            .into_iter()
            .map(|key| {
                ChoiceItem::new(
                    key,
                    format!("share-section-{key}"),
                    ChoiceLabel::Text(key.title()),
                )
                .hint(d.is_section_empty(key).then_some(Text::ShareEmptySection))
            })
            .collect::<Vec<_>>()
    });
    let section_checked = Callback::new(move |key: SectionKey| choice.with(|c| c.has(key)));
    let section_toggle = Callback::new(move |(key, on): (SectionKey, bool)| {
        choice.update(|c| c.set_section(key, on));
        preset.set(Preset::Custom);
    });

    // Life domains, in the client's own words, each shared unless she leaves it out.
    let domains = session.dossier.with_untracked(|d| {
        d.domains
            .shown()
            .into_iter()
            .map(|domain| {
                let scored = d.domains.scores.iter().any(|s| s.domain == domain);
                ChoiceItem::new(
                    domain,
                    format!("share-domain-{domain}"),
                    ChoiceLabel::Text(domain.name(Reader::Client)),
                )
                .hint((!scored).then_some(Text::ShareDomainNoScore))
            })
            .collect::<Vec<_>>()
    });
    let domain_checked = Callback::new(move |domain: Domain| choice.with(|c| c.has_domain(domain)));
    let domain_toggle = Callback::new(move |(domain, on): (Domain, bool)| {
        choice.update(|c| c.set_domain(domain, on));
    });

    // Documents one by one, under the name the client gave them.
    let document_ids = session.dossier.with_untracked(|d| {
        d.documents
            .files
            .iter()
            .map(|f| (f.id.clone(), f.name.trim().to_owned()))
            .collect::<Vec<_>>()
    });
    let has_documents = !document_ids.is_empty();
    let documents = document_ids
        .iter()
        .enumerate()
        .map(|(at, (id, name))| {
            ChoiceItem::new(
                at,
                format!("share-document-{id}"),
                ChoiceLabel::Plain(name.clone()),
            )
        })
        .collect::<Vec<_>>();
    let document_ids = StoredValue::new(document_ids);
    let document_checked = Callback::new(move |at: usize| {
        document_ids.with_value(|ids| choice.with(|c| c.has_document(&ids[at].0)))
    });
    let document_toggle = Callback::new(move |(at, on): (usize, bool)| {
        document_ids.with_value(|ids| choice.update(|c| c.set_document(&ids[at].0, on)));
    });

    // The steps: who, what (and which details), how long; each keeps what was chosen.
    let step = RwSignal::new(ShareStep::Who);
    let details = move || {
        choice
            .with(|c| c.has(SectionKey::Domains) || (has_documents && c.has(SectionKey::Documents)))
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    let go = move |to: ShareStep| {
        step.set(to);
        error.set(None);
        // A new page: start at its top, with the reader's focus on its question.
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    let next = move || {
        // The purpose is on the first step: a wrong one is said there, not two steps on.
        if let Err(e) = regie_core::request::purpose_of(&purpose.get_untracked()) {
            error.set(Some(e.text()));
            return;
        }
        if let Some(to) = step.get_untracked().next(details()) {
            go(to);
        }
    };
    let back = move |_| match step.get_untracked().back(details()) {
        Some(to) => go(to),
        None => nav.go(Screen::Shares),
    };
    let on = move |s: ShareStep| move || step.get() != s;
    let lang = expect_context::<I18n>().lang;
    let title = move || {
        let at = step.get();
        let of = PageText::ShareStepOf.fill(
            lang.get(),
            &[&at.number().to_string(), &ShareStep::COUNT.to_string()],
        );
        format!("{of}: {}", at.title().get(lang.get()))
    };

    view! {
        <form class="share-form" on:submit=move |ev| {
            ev.prevent_default();
            // Enter on an earlier step goes on; only the last step makes the share.
            if step.get_untracked() == ShareStep::HowLong { submit() } else { next() }
        }>
            <h2 class="step" data-testid="share-step" tabindex="-1" node_ref=heading
                data-step=move || step.get().number()>{title}</h2>
            <div hidden=on(ShareStep::Who)>
                <div class="field">
                    <label for="share-preset">{tr(PageText::SharePresetLabel)}</label>
                    <select id="share-preset" data-testid="share-preset" aria-describedby="share-preset-hint"
                        on:change=move |ev| {
                            if let Some(p) = Preset::from_key(&event_target_value(&ev)) {
                                preset.set(p);
                                choice.update(|c| c.apply_preset(p));
                            }
                        }>
                        {Preset::ALL.into_iter().map(|p| view! {
                            <option value=p.key() selected=move || preset.get() == p>{tr(p.text())}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="share-preset-hint">{tr(PageText::SharePresetHint)}</p>
                </div>
                // On the first step, beside the kind of professional: the last one is full.
                <PurposeField value=purpose testid="share-purpose"/>
            </div>
            <div hidden=on(ShareStep::What)>
                <fieldset>
                    <legend>{tr(PageText::ShareWhat)}</legend>
                    <ChoiceList items=sections checked=section_checked toggle=section_toggle/>
                </fieldset>
            </div>
            <div hidden=on(ShareStep::Details)>
                <p class="hint">{tr(PageText::ShareDetailsIntro)}</p>
                <Show when=move || choice.with(|c| c.has(SectionKey::Domains))>
                    <fieldset data-testid="share-domains">
                        <legend>{tr(PageText::ShareDomainsWhich)}</legend>
                        <ChoiceList items=domains.clone() checked=domain_checked toggle=domain_toggle/>
                    </fieldset>
                </Show>
                <Show when=move || has_documents && choice.with(|c| c.has(SectionKey::Documents))>
                    <fieldset data-testid="share-documents">
                        <legend>{tr(PageText::ShareDocumentsWhich)}</legend>
                        <ChoiceList items=documents.clone() checked=document_checked toggle=document_toggle/>
                    </fieldset>
                </Show>
            </div>
            <div hidden=on(ShareStep::HowLong)>
                <div class="field">
                    <label for="share-duration">{tr(PageText::ShareDurationLabel)}</label>
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
                    <label for="share-recipient">{tr(PageText::ShareRecipient)}</label>
                    <input id="share-recipient" data-testid="share-recipient" type="text"
                        autocomplete="off" placeholder=tr(PageText::ShareRecipientHint)
                        prop:value=recipient on:input=move |ev| recipient.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="share-code">{tr(PageText::ShareCodeLabel)}</label>
                    <p class="hint" id="share-code-hint">{tr(PageText::ShareCodeHint)}</p>
                    <input id="share-code" data-testid="share-code" type="text" inputmode="numeric"
                        autocomplete="off" maxlength="6" aria-describedby="share-code-hint"
                        prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
                    <button type="button" class="button" data-testid="share-code-suggest"
                        on:click=move |_| {
                            if let Some(new) = share_gate::random_code() {
                                code.set(new);
                            }
                        }>
                        {tr(PageText::ShareCodeSuggest)}
                    </button>
                </div>
                <div class="field">
                    <label for="share-starts">{tr(PageText::ShareStartsLabel)}</label>
                    <p class="hint" id="share-starts-hint">{tr(PageText::ShareStartsHint)}</p>
                    <input id="share-starts" data-testid="share-starts" type="datetime-local"
                        aria-describedby="share-starts-hint" prop:value=starts
                        on:input=move |ev| starts.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="share-max-opens">{tr(PageText::ShareMaxOpens)}</label>
                    <input id="share-max-opens" data-testid="share-max-opens" type="number" min="1"
                        max="1000" inputmode="numeric" prop:value=max_opens
                        on:input=move |ev| max_opens.set(event_target_value(&ev))/>
                </div>
                <ul class="plain">
                    <li class="check">
                        <input type="checkbox" id="share-allow-replies" data-testid="share-allow-replies"
                            prop:checked=replies
                            on:change=move |ev| replies.set(event_target_checked(&ev))/>
                        <label for="share-allow-replies">
                            {tr(PageText::ShareAllowReplies)}" "
                            <span class="hint">{tr(PageText::ShareAllowRepliesHint)}</span>
                        </label>
                    </li>
                </ul>
                <ShareSummary choice recipient/>
                <SharePreview choice/>
                <p class="hint">{tr(PageText::ShareOfflineNote)}</p>
            </div>
            <ErrorMessage error=error/>
            <div class="actions">
                <Show when=move || step.get() == ShareStep::HowLong
                    fallback=move || view! {
                        <button type="button" class="button primary" data-testid="share-next"
                            on:click=move |_| next()>
                            {tr(PageText::ShareNext)}
                        </button>
                    }>
                    <BusyButton testid="share-create" label=Text::ShareCreate busy_label=Text::ShareCreating busy=working class="button primary"/>
                </Show>
                <button type="button" class="button" data-testid="share-back" on:click=back>
                    {tr(Text::Back)}
                </button>
            </div>
        </form>
    }
}

/// "Waarvoor": a few purposes to choose from, or the person's own words.
#[component]
pub(crate) fn PurposeField(value: RwSignal<String>, testid: &'static str) -> impl IntoView {
    let list = format!("{testid}-choices");
    let hint = format!("{testid}-hint");
    view! {
        <div class="field">
            <label for=testid>{tr(ViewerText::PurposeLabel)}</label>
            <p class="hint" id=hint.clone()>{tr(ViewerText::PurposeHint)}</p>
            <input id=testid data-testid=testid type="text" autocomplete="off" maxlength="80"
                list=list.clone() aria-describedby=hint prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))/>
            <datalist id=list>
                {regie_core::request::PURPOSE_PRESETS.into_iter().map(|p| view! {
                    <option value=tr(p)></option>
                }).collect_view()}
            </datalist>
        </div>
    }
}
