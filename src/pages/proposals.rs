//! Proposals: what professionals wrote back through the client's shares, on the start screen
//! and the shares screen. Every word of a reply is put in text nodes, never as HTML.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{formats, Lang, Text};
use regie_core::reply::ReplyKind;

use crate::i18n::{tr, I18n};
use crate::platform::clock::{date_at, local_moment, perf_now, record_timing};
use crate::platform::timers::use_interval;
use crate::session::{Proposal, Session};

/// How often the open screen asks the relay for new replies.
const REFRESH: Duration = Duration::from_secs(30);

/// The proposals waiting for the client, or nothing when none waits.
#[component]
pub fn Proposals() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let proposals = RwSignal::new(Vec::<Proposal>::new());
    let tick = RwSignal::new(0u32);
    use_interval(REFRESH, move || {
        tick.try_update(|t| *t += 1);
    });
    Effect::new(move |_| {
        tick.track();
        spawn_local(async move {
            let started = perf_now();
            if let Some(found) = session.fetch_proposals().await {
                proposals.try_set(found);
                record_timing("replies-show", started);
            }
        });
    });
    let decide = move |proposal: Proposal, accept: bool| {
        session.decide(&proposal, accept, lang.get_untracked());
        proposals.update(|list| list.retain(|p| p.reply_id != proposal.reply_id));
    };
    move || {
        let list = proposals.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|p| proposal_item(p, lang.get(), decide))
                .collect_view();
            view! {
                <section class="proposals" data-testid="replies" aria-labelledby="replies-title">
                    <h2 id="replies-title">{tr(Text::RepliesTitle)}</h2>
                    <p class="hint">{tr(Text::RepliesIntro)}</p>
                    <ul class="plain proposal-list">{items}</ul>
                </section>
            }
        })
    }
}

fn proposal_item(
    proposal: Proposal,
    lang: Lang,
    decide: impl Fn(Proposal, bool) + Copy + 'static,
) -> impl IntoView {
    let Ok(reply) = proposal.reply.clone() else {
        let bad = Text::ReplyBad.fill(lang, &[proposal.recipient.trim()]);
        return view! {
            <li class="card reply-item bad" data-testid="reply-item" data-bad="true">
                <p role="note">{bad}</p>
                <div class="actions">
                    <button type="button" class="button" data-testid="reply-decline"
                        on:click=move |_| decide(proposal.clone(), false)>
                        {Text::ReplyThrowAway.get(lang)}
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
    let written = Text::ReplyWritten.fill(lang, &[&local_moment(reply.written.0, lang)]);
    let kind: ReplyKind = reply.body.kind();
    let lines = reply
        .detail_lines(lang)
        .into_iter()
        .map(|line| view! { <p class="story">{line}</p> })
        .collect_view();
    let (accept, decline) = (proposal.clone(), proposal);
    view! {
        <li class="card reply-item" data-testid="reply-item" data-kind=kind.key()>
            <p class="kind"><strong>{reply.kind_words(lang)}</strong></p>
            {lines}
            <p class="meta">{from}</p>
            <p class="meta">{written}</p>
            <div class="actions">
                <button type="button" class="button primary" data-testid="reply-accept"
                    on:click=move |_| decide(accept.clone(), true)>
                    {Text::ReplyAccept.get(lang)}
                </button>
                <button type="button" class="button" data-testid="reply-decline"
                    on:click=move |_| decide(decline.clone(), false)>
                    {Text::ReplyDecline.get(lang)}
                </button>
            </div>
        </li>
    }
    .into_any()
}
