//! Proposals: what professionals wrote back through the client's shares, on the start screen
//! and the shares screen. Every word of a reply is put in text nodes, never as HTML.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{formats, Lang, PageText, Text};
use regie_core::model::SectionKey;
use regie_core::reply::{ReplyKind, DECLINE_UNDO_MS};
use regie_core::screen::Screen;
use regie_core::sorting::sort_by_key;

use crate::i18n::{tr, I18n};
use crate::platform::clock::{date_at, local_moment, perf_now, record_timing};
use crate::platform::timers::use_interval;
use crate::routes::Navigation;
use crate::session::{Proposal, Session};

/// How often the open screen asks the relay for new replies through live shares: as often as
/// the list of shares asks for openings.
const REFRESH: Duration = Duration::from_secs(10);

/// What the last press did, said in the status line under the list.
#[derive(Clone, PartialEq)]
enum Answer {
    /// Accepted: it is now in this section.
    Accepted(SectionKey),
    /// Declined, and still to be undone until the time runs out.
    Declined,
    /// Declined for good.
    DeclinedForGood,
}

/// A declined proposal not yet final: declined for good when its timer fires, when another
/// proposal is decided, or when the screen goes away.
type Pending = Arc<Mutex<Option<(Proposal, Option<TimeoutHandle>)>>>;

fn held(pending: &Pending) -> std::sync::MutexGuard<'_, Option<(Proposal, Option<TimeoutHandle>)>> {
    pending.lock().unwrap_or_else(|e| e.into_inner())
}

/// The proposals waiting for the client, or nothing when none waits.
#[component]
pub fn Proposals() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let proposals = RwSignal::new(Vec::<Proposal>::new());
    let answer = RwSignal::new(None::<Answer>);
    let pending: Pending = Arc::new(Mutex::new(None));
    let tick = RwSignal::new(0u32);
    use_interval(REFRESH, move || {
        tick.try_update(|t| *t += 1);
    });
    let waiting = pending.clone();
    Effect::new(move |_| {
        // The first round asks about every share whose replies may still wait; the next
        // ones only about live shares that allow replies, and nothing when none is live.
        let live_only = tick.get() > 0;
        let waiting = waiting.clone();
        spawn_local(async move {
            let started = perf_now();
            if let Some((asked, found)) = session.fetch_proposals(live_only).await {
                let held = held(&waiting).as_ref().map(|(p, _)| p.reply_id.clone());
                let found = found
                    .into_iter()
                    .filter(|p| Some(&p.reply_id) != held.as_ref());
                proposals.try_update(|list| {
                    list.retain(|p| !asked.contains(&p.share_id));
                    list.extend(found);
                    sort_by_key(list, |p| p.received);
                });
                record_timing("replies-show", started);
            }
        });
    });
    // Declines the waiting one for good: only now is it deleted at the relay.
    let finish = {
        let pending = pending.clone();
        move || {
            let Some((proposal, handle)) = held(&pending).take() else {
                return false;
            };
            if let Some(handle) = handle {
                handle.clear();
            }
            session.decide(&proposal, false, lang.get_untracked());
            true
        }
    };
    on_cleanup({
        let finish = finish.clone();
        move || {
            finish();
        }
    });
    let decide = {
        let (pending, finish) = (pending.clone(), finish.clone());
        move |proposal: Proposal, accept: bool| {
            finish();
            proposals.update(|list| list.retain(|p| p.reply_id != proposal.reply_id));
            if accept {
                session.decide(&proposal, true, lang.get_untracked());
                let section = proposal
                    .reply
                    .as_ref()
                    .map(|r| r.body.kind().section())
                    .unwrap_or(SectionKey::Journal);
                answer.set(Some(Answer::Accepted(section)));
                return;
            }
            let finish = finish.clone();
            let handle = set_timeout_with_handle(
                move || {
                    if finish() {
                        answer.try_set(Some(Answer::DeclinedForGood));
                    }
                },
                Duration::from_millis(DECLINE_UNDO_MS.into()),
            )
            .ok();
            *held(&pending) = Some((proposal, handle));
            answer.set(Some(Answer::Declined));
        }
    };
    let undo = {
        let pending = pending.clone();
        move |_| {
            let Some((proposal, handle)) = held(&pending).take() else {
                return;
            };
            if let Some(handle) = handle {
                handle.clear();
            }
            proposals.update(|list| {
                list.push(proposal);
                sort_by_key(list, |p| p.received);
            });
            answer.set(None);
        }
    };
    let status = move || {
        let lang = lang.get();
        answer.get().map(|answer| match answer {
            Answer::Accepted(section) => {
                let title = section.title().get(lang);
                view! {
                    <p data-testid="reply-accepted" data-section=section.key()>
                        {PageText::ReplyAcceptedIn.fill(lang, &[title])}
                    </p>
                    <button type="button" class="button" data-testid="reply-accepted-go"
                        on:click=move |_| nav.go(Screen::Section(section))>
                        {Text::GoToSection.fill(lang, &[title])}
                    </button>
                }
                .into_any()
            }
            Answer::Declined => view! {
                <p data-testid="reply-declined">{PageText::ReplyDeclinedUndo.get(lang)}</p>
                <button type="button" class="button" data-testid="reply-undo" on:click=undo.clone()>
                    {PageText::ReplyUndo.get(lang)}
                </button>
            }
            .into_any(),
            Answer::DeclinedForGood => view! {
                <p data-testid="reply-declined-final">{PageText::ReplyDeclinedFinal.get(lang)}</p>
            }
            .into_any(),
        })
    };
    let list = move || {
        let list = proposals.get();
        let decide = decide.clone();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|p| proposal_item(p, lang.get(), decide.clone()))
                .collect_view();
            view! {
                <p class="hint">{tr(Text::RepliesIntro)}</p>
                <ul class="plain proposal-list">{items}</ul>
            }
        })
    };
    let shown = move || !proposals.with(Vec::is_empty) || answer.with(Option::is_some);
    view! {
        <section class="proposals" data-testid="replies" aria-labelledby="replies-title"
            hidden=move || !shown()>
            <h2 id="replies-title">{tr(Text::RepliesTitle)}</h2>
            {list}
            <div class="reply-answer" role="status" aria-live="polite" data-testid="reply-answer">
                {status}
            </div>
        </section>
    }
}

fn proposal_item(
    proposal: Proposal,
    lang: Lang,
    decide: impl Fn(Proposal, bool) + Clone + 'static,
) -> impl IntoView {
    let Ok(reply) = proposal.reply.clone() else {
        let bad = PageText::ReplyBad.fill(lang, &[proposal.recipient.trim()]);
        return view! {
            <li class="card reply-item bad" data-testid="reply-item" data-bad="true">
                <p role="note">{bad}</p>
                <div class="actions">
                    <button type="button" class="button" data-testid="reply-decline"
                        on:click=move |_| decide(proposal.clone(), false)>
                        {PageText::ReplyThrowAway.get(lang)}
                    </button>
                </div>
            </li>
        }
        .into_any();
    };
    let shared_on = date_at(proposal.shared.0)
        .map(|day| formats::date_long(day, lang))
        .unwrap_or_default();
    let from = reply.proposal_words(lang, &shared_on);
    let written = PageText::ReplyWritten.fill(lang, &[&local_moment(reply.written.0, lang)]);
    let kind: ReplyKind = reply.body.kind();
    let lines = reply
        .detail_lines(lang)
        .into_iter()
        .map(|line| view! { <p class="story">{line}</p> })
        .collect_view();
    let (accept, decline) = (proposal.clone(), proposal);
    let decide_too = decide.clone();
    view! {
        <li class="card reply-item" data-testid="reply-item" data-kind=kind.key()>
            <p class="kind"><strong>{reply.kind_words(lang)}</strong></p>
            {lines}
            <p class="meta">{from}</p>
            <p class="meta">{written}</p>
            <div class="actions">
                <button type="button" class="button primary" data-testid="reply-accept"
                    on:click=move |_| decide(accept.clone(), true)>
                    {PageText::ReplyAccept.get(lang)}
                </button>
                <button type="button" class="button" data-testid="reply-decline"
                    on:click=move |_| decide_too(decline.clone(), false)>
                    {PageText::ReplyDecline.get(lang)}
                </button>
            </div>
        </li>
    }
    .into_any()
}
