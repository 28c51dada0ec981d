use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::api::{ShareLog, ShareState};
use regie_core::catalogue::{Counted, PageText, Text, ViewerText};
use regie_core::model::{ShareRecord, Timestamp};
use regie_core::screen::Screen;
use regie_core::share::events::{self, LogLine};
use regie_core::share::standing::{arrange, RelayAnswer, Standing};

use crate::components::ErrorMessage;
use crate::i18n::{tr, I18n};
use crate::platform::clock::{local_moment, now_ms, offset_at};
use crate::platform::relay::RelayError;
use crate::platform::timers::use_interval;
use crate::routes::Navigation;
use crate::session::share::{self as sharing};
use crate::session::Session;

use super::log::{Events, ShareLogSentences};
use super::{JustMade, REFRESH};

#[component]
pub(super) fn ShareList() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let tick = RwSignal::new(0u32);
    use_interval(REFRESH, move || tick.update(|t| *t += 1));
    let error = RwSignal::new(None::<Text>);
    let confirm_all = RwSignal::new(false);
    let confirm_clear = RwSignal::new(false);
    // What the relay last said about each share, by id: kept while the list is asked again.
    let answers = RwSignal::new(HashMap::<String, Answer>::new());
    // The opened events of each share's activity log, by id.
    let activity = RwSignal::new(HashMap::<String, Events>::new());
    let records = move || session.dossier.with(|d| d.shares.records.clone());
    // One round of questions per tick, one share after the other.
    Effect::new(move |_| {
        tick.track();
        let records = records();
        spawn_local(async move {
            for record in records {
                let answer = sharing::log(&record).await;
                // No answer this time: what the relay said before still holds.
                if matches!(answer, Err(RelayError::Offline))
                    && answers.with_untracked(|a| a.contains_key(&record.id))
                {
                    continue;
                }
                // The log's events while the share can still be opened, and once after.
                let live = matches!(
                    &answer,
                    Ok(log) if matches!(log.status, ShareState::Active | ShareState::Exhausted)
                );
                let asked = activity.with_untracked(|a| a.contains_key(&record.id));
                if answer.is_ok() && record.log_key.is_some() && (live || !asked) {
                    if let Ok(events) = sharing::activity(&record).await {
                        if activity.with_untracked(|a| a.get(&record.id) != Some(&events)) {
                            activity.try_update(|a| a.insert(record.id.clone(), events));
                        }
                    }
                }
                if answers.with_untracked(|a| a.get(&record.id) != Some(&answer)) {
                    answers.try_update(|a| a.insert(record.id.clone(), answer));
                }
            }
        });
    });
    let arranged = Memo::new(move |_| {
        tick.track();
        let now = Timestamp(now_ms());
        answers.with(|a| {
            session
                .dossier
                .with(|d| arrange(&d.shares.records, |r| relay_answer(a.get(&r.id)), now))
        })
    });
    // A share that ended takes its link's key out of the sealed dossier: nobody needs that
    // link again.
    Effect::new(move |_| {
        let now = Timestamp(now_ms());
        let ended: Vec<String> = arranged.with(|(live, history)| {
            live.iter()
                .chain(history.iter())
                .filter(|(r, s)| r.link_key.is_some() && !s.can_show_again())
                .map(|(r, _)| r.id.clone())
                .collect()
        });
        if !ended.is_empty() {
            let mut changed = false;
            session.edit(|d| changed = d.shares.forget_ended_keys(now, &ended));
            if changed {
                session.save_now();
            }
        }
    });
    let live = move || arranged.with(|(live, _)| live.clone());
    let history = move || arranged.with(|(_, history)| history.clone());
    let stopping_all = RwSignal::new(false);
    let revoke_all = move |_| {
        stopping_all.set(true);
        let ids: Vec<String> =
            arranged.with_untracked(|(live, _)| live.iter().map(|(r, _)| r.id.clone()).collect());
        spawn_local(async move {
            for id in ids {
                if let Err(text) = session.revoke_share(id).await {
                    error.try_set(Some(text));
                    stopping_all.try_set(false);
                    return;
                }
            }
            stopping_all.try_set(false);
            confirm_all.try_set(false);
            tick.try_update(|t| *t += 1);
        });
    };
    let clear_history = move |_| {
        confirm_clear.set(false);
        let ids: Vec<String> = arranged
            .with_untracked(|(_, history)| history.iter().map(|(r, _)| r.id.clone()).collect());
        session.edit(|d| d.shares.remove(&ids));
        session.save_now();
    };
    view! {
        <p>{tr(PageText::SharesIntro)}</p>
        <button class="button primary wide" data-testid="share-new" on:click=move |_| nav.go(Screen::NewShare)>
            {tr(PageText::ShareNew)}
        </button>
        <crate::pages::proposals::Proposals/>
        <h2>{tr(PageText::SharesListTitle)}</h2>
        <ErrorMessage error=error/>
        <Show when=move || session.dossier.with(|d| d.shares.records.is_empty())>
            <p>{tr(PageText::SharesNone)}</p>
        </Show>
        <Show when=move || arranged.with(|(live, history)| live.is_empty() && !history.is_empty())>
            <p>{tr(PageText::ShareLiveNone)}</p>
        </Show>
        <ul class="share-list" data-testid="share-live">
            <For each=live key=|(r, s)| (r.id.clone(), format!("{s:?}")) let:item>
                <ShareItem record=item.0 standing=item.1 answers activity tick error/>
            </For>
        </ul>
        <Show when=move || arranged.with(|(live, _)| !live.is_empty())>
            <Show when=move || confirm_all.get()
                fallback=move || view! {
                    <button class="button danger" data-testid="share-revoke-all"
                        on:click=move |_| confirm_all.set(true)>
                        {tr(PageText::ShareRevokeAll)}
                    </button>
                }>
                <div class="warning" role="alert" data-testid="share-revoke-all-ask">
                    <p><strong>{tr(PageText::ShareRevokeAllAsk)}</strong></p>
                    <p>{tr(PageText::ShareRevokeAllConfirm)}</p>
                    <button class="button danger" data-testid="share-revoke-all-confirm"
                        on:click=revoke_all disabled=move || stopping_all.get()>
                        {tr(PageText::ShareRevokeAllYes)}
                    </button>
                    " "
                    <button class="button" data-testid="share-revoke-all-cancel"
                        on:click=move |_| confirm_all.set(false)>
                        {tr(PageText::ShareRevokeNo)}
                    </button>
                </div>
            </Show>
        </Show>
        <Show when=move || arranged.with(|(_, history)| !history.is_empty())>
            <section class="share-history" data-testid="share-history" aria-labelledby="share-history-title">
                <h2 id="share-history-title">{tr(PageText::ShareHistoryTitle)}</h2>
                <p class="hint">{tr(PageText::ShareHistoryIntro)}</p>
                <ul class="share-list">
                    <For each=history key=|(r, s)| (r.id.clone(), format!("{s:?}")) let:item>
                        <ShareItem record=item.0 standing=item.1 answers activity tick error/>
                    </For>
                </ul>
                <Show when=move || confirm_clear.get()
                    fallback=move || view! {
                        <button class="button" data-testid="share-history-clear"
                            on:click=move |_| confirm_clear.set(true)>
                            {tr(PageText::ShareHistoryClear)}
                        </button>
                    }>
                    <div class="warning" role="alert">
                        <p>{tr(PageText::ShareHistoryClearAsk)}</p>
                        <button class="button danger" data-testid="share-history-clear-confirm" on:click=clear_history>
                            {tr(PageText::ShareHistoryClearYes)}
                        </button>
                        " "
                        <button class="button" data-testid="share-history-clear-cancel"
                            on:click=move |_| confirm_clear.set(false)>
                            {tr(PageText::ShareHistoryClearNo)}
                        </button>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

/// The relay's answer to a share's log.
type Answer = Result<ShareLog, RelayError>;

fn relay_answer(answer: Option<&Answer>) -> RelayAnswer {
    match answer {
        Some(Ok(log)) => RelayAnswer::State(log.status),
        Some(Err(RelayError::Gone)) => RelayAnswer::Gone,
        Some(Err(_)) => RelayAnswer::NoAnswer,
        // Not asked yet: the answer comes within moments; until then the client's own
        // record speaks.
        None => RelayAnswer::State(regie_core::api::ShareState::Active),
    }
}

#[component]
fn ShareItem(
    record: ShareRecord,
    standing: Standing,
    answers: RwSignal<HashMap<String, Answer>>,
    activity: RwSignal<HashMap<String, Events>>,
    tick: RwSignal<u32>,
    error: RwSignal<Option<Text>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let just_made = expect_context::<JustMade>().0;
    let lang = expect_context::<I18n>().lang;
    // Only a share whose link still opens is shown again, says its code and its words.
    let showable = standing.can_show_again();
    let can_show = showable && record.link_key.is_some();
    let check_words = showable
        .then(|| {
            session
                .dossier
                .with_untracked(|d| d.signer().map(|s| s.check_words()))
        })
        .flatten();
    let show = {
        let id = record.id.clone();
        move |_| match session.show_again(&id) {
            Some(made) => {
                just_made.set(Some(made));
                nav.go(Screen::ShareMade);
            }
            None => error.set(Some(Text::ErrShareShowGone)),
        }
    };
    let opens = {
        let id = record.id.clone();
        Memo::new(move |_| {
            answers.with(|a| match a.get(&id) {
                Some(Ok(log)) => log.opens.clone(),
                _ => Vec::new(),
            })
        })
    };
    let opens = move || opens.get();
    // Openings and wrong spoken codes, in time order: "19:29 foute spreekcode".
    let lines = {
        let id = record.id.clone();
        Memo::new(move |_| {
            answers.with(|a| match a.get(&id) {
                Some(Ok(log)) => events::lines(log),
                _ => Vec::new(),
            })
        })
    };
    let log_entry = move |line: LogLine| {
        let words = move || {
            tick.track();
            line.words(Timestamp(now_ms()), &offset_at, lang.get())
        };
        view! {
            <li data-testid="log-entry" data-event=line.event.key()>{words}</li>
        }
    };
    let opens_text = move || {
        let (lang, opens) = (lang.get(), opens());
        if opens.is_empty() {
            return PageText::ShareOpenedNever.get(lang).to_owned();
        }
        let times: Vec<String> = opens.iter().map(|ms| local_moment(*ms, lang)).collect();
        Counted::ShareOpened.fill(lang, opens.len() as u64, &[&times.join(", ")])
    };
    let sections = {
        let sections = record.sections.clone();
        move || {
            sections
                .iter()
                .map(|k| k.title().get(lang.get()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    // A live share's sentence moves on with the clock ("Nog 44 minuten").
    let words = move || {
        tick.track();
        standing.words(Timestamp(now_ms()), &offset_at, lang.get())
    };
    let asking = RwSignal::new(false);
    let code = record.code.clone();
    let working = RwSignal::new(false);
    let id = record.id.clone();
    let revoke = move |_| {
        let id = id.clone();
        working.set(true);
        spawn_local(async move {
            match session.revoke_share(id).await {
                Ok(()) => error.set(None),
                Err(text) => error.set(Some(text)),
            }
            working.try_set(false);
            asking.try_set(false);
            tick.try_update(|t| *t += 1);
        });
    };
    let recipient = record.recipient.clone();
    let purpose = record.purpose.clone();
    view! {
        <li class="share-item" data-testid="share-item" data-share-id=record.id.clone()>
            <p class="share-head">
                <strong>{move || PageText::ShareWith.fill(lang.get(), &[&recipient])}</strong>
            </p>
            {purpose.map(|p| view! {
                <p data-testid="share-item-purpose">{move || ViewerText::PurposeIs.fill(lang.get(), &[&p])}</p>
            })}
            <p>{sections}</p>
            <p data-testid="share-status" data-status=standing.key() class="share-status">
                {words}
            </p>
            <p data-testid="share-opens" data-count=move || opens().len().to_string()>{opens_text}</p>
            {match record.log_key.is_some() {
                // A share with an activity log tells who did what, in sentences.
                true => view! { <ShareLogSentences id=record.id.clone() answers activity tick/> }.into_any(),
                false => view! {
                    <ul class="share-log" data-testid="share-log" aria-label=move || PageText::ShareLogTitle.get(lang.get())>
                        {move || lines.get().into_iter().map(log_entry).collect_view()}
                    </ul>
                }.into_any(),
            }}
            {code.filter(|_| showable).map(|code| view! {
                <p data-testid="share-code-shown">{move || Text::ShareMadeCode.fill(lang.get(), &[&code])}</p>
            })}
            {check_words.map(|words| view! {
                <p class="share-item-words">
                    {tr(Text::CheckWordsTitle)}": "
                    <strong class="check-words" data-testid="share-check-words" lang="nl">{words.to_string()}</strong>
                </p>
            })}
            {can_show.then(|| view! {
                <button class="button" data-testid="share-show" on:click=show>
                    {tr(PageText::ShareShowAgain)}
                </button>
            })}
            {standing.is_live().then(|| view! {
                <Show when=move || asking.get()
                    fallback=move || view! {
                        <button class="button danger" data-testid="share-revoke"
                            on:click=move |_| asking.set(true)>
                            {tr(PageText::ShareRevoke)}
                        </button>
                    }>
                    <div class="warning" role="alert" data-testid="share-revoke-ask">
                        <p><strong>{tr(PageText::ShareRevokeAsk)}</strong></p>
                        <p>{tr(PageText::ShareRevokeMeans)}</p>
                        <button class="button danger" data-testid="share-revoke-confirm"
                            on:click=revoke.clone() disabled=move || working.get()>
                            {tr(PageText::ShareRevokeYes)}
                        </button>
                        " "
                        <button class="button" data-testid="share-revoke-cancel"
                            on:click=move |_| asking.set(false)>
                            {tr(PageText::ShareRevokeNo)}
                        </button>
                    </div>
                </Show>
            })}
        </li>
    }
}
