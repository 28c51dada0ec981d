//! Writing back from the viewer: a note, an agreement the professional commits to, a ZRM
//! score or an appointment, sealed in this browser to the share's reply recipient and posted
//! to the relay with this tab's viewer token. The client decides what of it enters her
//! dossier; nothing here changes what is shown.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{PageText, Text, ViewerText};
use regie_core::model::{Dossier, Timestamp};
use regie_core::reply::{score_domains, seal_reply, ReplyDraft, ReplyKind};
use regie_core::share::SharePreview;
use regie_core::viewer_tab::SentReply;

use crate::components::{BusyButton, Reader};
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment, now_ms, perf_now, record_timing};
use crate::platform::relay::{self, Errand};
use crate::platform::view_session;

/// Where replies go: the share, this tab's viewer token and the share's reply recipient.
#[derive(Clone)]
pub struct ReplyChannel {
    share_id: String,
    token: String,
    recipient: String,
}

impl ReplyChannel {
    /// A channel for a share that allows replies and a viewer that holds a token.
    pub fn new(id: &str, token: Option<String>, preview: &SharePreview) -> Option<ReplyChannel> {
        Some(ReplyChannel {
            share_id: id.to_owned(),
            token: token?,
            recipient: preview.reply_to.clone()?,
        })
    }
}

/// The form fields, one signal each.
#[derive(Clone, Copy)]
struct Fields {
    kind: RwSignal<ReplyKind>,
    author: RwSignal<String>,
    text: RwSignal<String>,
    due: RwSignal<String>,
    goal: RwSignal<String>,
    goal_title: RwSignal<String>,
    domain: RwSignal<String>,
    score: RwSignal<String>,
    when: RwSignal<String>,
}

impl Fields {
    fn new(first_goal: String) -> Self {
        Fields {
            kind: RwSignal::new(ReplyKind::Note),
            author: RwSignal::new(String::new()),
            text: RwSignal::new(String::new()),
            due: RwSignal::new(String::new()),
            goal: RwSignal::new(first_goal),
            goal_title: RwSignal::new(String::new()),
            domain: RwSignal::new(String::new()),
            score: RwSignal::new(String::new()),
            when: RwSignal::new(String::new()),
        }
    }

    fn draft(self) -> ReplyDraft {
        ReplyDraft {
            kind: self.kind.get_untracked(),
            author: self.author.get_untracked(),
            text: self.text.get_untracked(),
            due: self.due.get_untracked(),
            goal: self.goal.get_untracked(),
            goal_title: self.goal_title.get_untracked(),
            domain: self.domain.get_untracked(),
            score: self.score.get_untracked(),
            when: self.when.get_untracked(),
        }
    }

    /// After a reply went out: the next starts empty, by the same author.
    fn clear(self) {
        for field in [
            self.text,
            self.due,
            self.goal_title,
            self.domain,
            self.score,
            self.when,
        ] {
            field.set(String::new());
        }
    }
}

/// The "write back" part under the shared sections.
#[component]
pub fn ReplyBox(
    channel: ReplyChannel,
    preview: Arc<SharePreview>,
    dossier: Arc<Dossier>,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let goals: Vec<(String, String)> = dossier
        .goals
        .goals
        .iter()
        .map(|g| (g.id.as_str().to_owned(), g.title.trim().to_owned()))
        .collect();
    let fields = Fields::new(goals.first().map(|g| g.0.clone()).unwrap_or_default());
    let domains = score_domains(&preview.sections);
    let kinds: Vec<ReplyKind> = ReplyKind::ALL
        .into_iter()
        .filter(|k| *k != ReplyKind::Score || !domains.is_empty())
        .collect();
    let open = RwSignal::new(false);
    let working = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<Text>::new());
    // What this tab sent through the share, also before a reload.
    let sent = RwSignal::new(view_session::sent_replies(&channel.share_id));
    let channel = StoredValue::new(channel);
    let checked_against = StoredValue::new(dossier);

    let send = move || {
        if working.get_untracked() {
            return;
        }
        let started = perf_now();
        let checked = checked_against.with_value(|d| fields.draft().check(d, Timestamp(now_ms())));
        let reply = match checked {
            Ok(reply) => reply,
            Err(found) => {
                problems.set(found.into_iter().map(|p| p.text()).collect());
                return;
            }
        };
        let ReplyChannel {
            share_id,
            token,
            recipient,
        } = channel.get_value();
        let Ok(sealed) = seal_reply(&recipient, &reply) else {
            problems.set(vec![Text::ErrReplyTooLong]);
            return;
        };
        problems.set(Vec::new());
        working.set(true);
        spawn_local(async move {
            match relay::send_reply(&share_id, &token, &sealed).await {
                Ok(_) => {
                    record_timing("reply-send", started);
                    super::view_activity::send(regie_core::share::activity::Action::Replied);
                    let went = SentReply {
                        kind: reply.body.kind(),
                        at: Timestamp(now_ms()),
                    };
                    view_session::record_sent(&share_id, went);
                    sent.update(|s| s.push(went));
                    fields.clear();
                    open.set(false);
                }
                Err(e) => problems.set(vec![e.text(Errand::Reply)]),
            }
            working.set(false);
        });
    };

    let kind_is = move |kind: ReplyKind| move || fields.kind.get() == kind;
    let goal_options = StoredValue::new(goals);
    let kinds = StoredValue::new(kinds);
    let domains = StoredValue::new(domains);
    view! {
        <section class="view-section reply-box" data-testid="reply-box" aria-labelledby="reply-title">
            <h2 id="reply-title">{tr(PageText::ReplyTitle)}</h2>
            <p class="hint">{tr(PageText::ReplyIntro)}</p>
            <div role="status">
                {move || sent.get().into_iter().map(|SentReply { kind, at }| view! {
                    <p class="notice" data-testid="reply-sent">
                        {move || {
                            let lang = lang.get();
                            let what = kind.text().get(lang).to_lowercase();
                            PageText::ReplySent.fill(lang, &[&local_moment(at.0, lang), &what])
                        }}
                    </p>
                }).collect_view()}
            </div>
            <Show when=move || !open.get()>
                <button type="button" class="button primary" data-testid="reply-new"
                    on:click=move |_| open.set(true)>
                    {tr(PageText::ReplyNew)}
                </button>
            </Show>
            <Show when=move || open.get()>
                <form class="reply-form" on:submit=move |ev| { ev.prevent_default(); send(); }>
                    <div class="field">
                        <label for="reply-kind">{tr(PageText::ReplyKindLabel)}</label>
                        <select id="reply-kind" data-testid="reply-kind"
                            on:change=move |ev| {
                                if let Some(kind) = ReplyKind::from_key(&event_target_value(&ev)) {
                                    fields.kind.set(kind);
                                    problems.set(Vec::new());
                                }
                            }>
                            {kinds.get_value().into_iter().map(|k| {
                                view! { <option value=k.key() selected=move || fields.kind.get() == k>{tr(k.text())}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="reply-author">{tr(PageText::ReplyAuthorLabel)}</label>
                        <p class="hint" id="reply-author-hint">{tr(PageText::ReplyAuthorHint)}</p>
                        <input id="reply-author" data-testid="reply-author" type="text"
                            autocomplete="off" aria-describedby="reply-author-hint"
                            maxlength="200" prop:value=fields.author
                            on:input=move |ev| fields.author.set(event_target_value(&ev))/>
                    </div>
                    <Show when=kind_is(ReplyKind::Agreement)>
                        <div class="field">
                            <label for="reply-goal">{tr(PageText::ReplyGoalLabel)}</label>
                            <select id="reply-goal" data-testid="reply-goal"
                                on:change=move |ev| fields.goal.set(event_target_value(&ev))>
                                {goal_options.get_value().into_iter().map(|(id, title)| {
                                    let selected = id.clone();
                                    view! { <option value=id selected=move || fields.goal.get() == selected>{title}</option> }
                                }).collect_view()}
                                <option value="" selected=move || fields.goal.get().is_empty()>{tr(PageText::ReplyGoalNew)}</option>
                            </select>
                        </div>
                        <Show when=move || fields.goal.get().is_empty()>
                            <div class="field">
                                <label for="reply-goal-title">{tr(PageText::ReplyGoalTitleLabel)}</label>
                                <input id="reply-goal-title" data-testid="reply-goal-title" type="text"
                                    maxlength="200" prop:value=fields.goal_title
                                    on:input=move |ev| fields.goal_title.set(event_target_value(&ev))/>
                            </div>
                        </Show>
                        <div class="field">
                            <label for="reply-due">{tr(PageText::ReplyDueLabel)}</label>
                            <input id="reply-due" data-testid="reply-due" type="date"
                                prop:value=fields.due
                                on:input=move |ev| fields.due.set(event_target_value(&ev))/>
                        </div>
                    </Show>
                    <Show when=kind_is(ReplyKind::Score)>
                        <div class="field">
                            <label for="reply-domain">{tr(ViewerText::ViewColDomain)}</label>
                            <select id="reply-domain" data-testid="reply-domain"
                                on:change=move |ev| fields.domain.set(event_target_value(&ev))>
                                <option value="" selected=move || fields.domain.get().is_empty()>{tr(PageText::ReplyChoose)}</option>
                                {domains.get_value().into_iter().map(|d| {
                                    view! { <option value=d.key() selected=move || fields.domain.get() == d.key()>{tr(d.name(Reader::Viewer))}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="reply-score">{tr(PageText::ReplyScoreLabel)}</label>
                            <select id="reply-score" data-testid="reply-score"
                                on:change=move |ev| fields.score.set(event_target_value(&ev))>
                                <option value="" selected=move || fields.score.get().is_empty()>{tr(PageText::ReplyChoose)}</option>
                                {regie_core::model::Score::all().map(|s| {
                                    let value = s.get().to_string();
                                    let selected = value.clone();
                                    view! {
                                        <option value=value selected=move || fields.score.get() == selected>
                                            {move || s.words(lang.get(), Reader::Viewer)}
                                        </option>
                                    }
                                }).collect_view()}
                            </select>
                        </div>
                    </Show>
                    <Show when=kind_is(ReplyKind::Appointment)>
                        <div class="field">
                            <label for="reply-when">{tr(PageText::ReplyWhenLabel)}</label>
                            <input id="reply-when" data-testid="reply-when" type="datetime-local"
                                prop:value=fields.when
                                on:input=move |ev| fields.when.set(event_target_value(&ev))/>
                        </div>
                    </Show>
                    <div class="field">
                        <label for="reply-text">{move || tr(fields.kind.get().text_label())()}</label>
                        <textarea id="reply-text" data-testid="reply-text" rows="4" maxlength="4000"
                            prop:value=fields.text
                            on:input=move |ev| fields.text.set(event_target_value(&ev))></textarea>
                    </div>
                    {move || {
                        let found = problems.get();
                        (!found.is_empty()).then(|| view! {
                            <div class="error" role="alert" data-testid="error">
                                {found.into_iter().map(|text| view! { <p>{tr(text)}</p> }).collect_view()}
                            </div>
                        })
                    }}
                    <div class="actions">
                        <BusyButton testid="reply-send" label=Text::ReplySend busy_label=Text::ReplySending busy=working class="button primary"/>
                        <button type="button" class="button" data-testid="reply-cancel"
                            on:click=move |_| { open.set(false); problems.set(Vec::new()); }>
                            {tr(Text::Cancel)}
                        </button>
                    </div>
                </form>
            </Show>
        </section>
    }
}
