//! Settings, "Herstelhelpers": choosing the people who can help open the dossier when the
//! passphrase is forgotten, and their printable cards. Part of the dossier's own code (the
//! second part), never of the first screen.

use leptos::prelude::*;
use regie_core::catalogue::{formats, PageText, RecoveryText, Text};
use regie_core::model::helpers::{check_names, CheckReminder, NameProblem};
use regie_core::recovery::{HelperPlan, MAX_HELPERS, MIN_HELPERS, MIN_THRESHOLD};
use regie_core::share::qr_inline;

use super::helper_card_file::CardFile;
use super::said::SaidMessage;
use crate::components::today;
use crate::i18n::{tr, I18n, Said};
use crate::platform::print::print_page;
use crate::session::{PrintedCard, Session};

/// The settings section: who holds a card and since when, the yearly check, and making new
/// cards; or, before any, the explanation and the form.
#[component]
pub fn HelpersSettings() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let choosing = RwSignal::new(false);
    let helpers = move || session.dossier.with(|d| d.settings.helpers.clone());
    view! {
        <section class="helpers" aria-labelledby="helpers-title" data-testid="helpers">
            <h2 id="helpers-title">{tr(RecoveryText::HelpersTitle)}</h2>
            <p>{tr(RecoveryText::HelpersIntro)}</p>
            {move || helpers().map(|h| {
                let lang = lang.get();
                let since = formats::date_long(h.made, lang);
                // A restore makes a new dossier key: the names came back, the wrap did not.
                let working = session.vault.with_value(|v| v.as_ref().is_some_and(|v| v.recovery().is_some()));
                let due = working && h.check_due(today());
                view! {
                    <ul class="helpers-held" data-testid="helpers-held">
                        {h.names.iter().map(|name| view! {
                            <li>{RecoveryText::HelpersHolds.fill(lang, &[name, &since])}</li>
                        }).collect_view()}
                    </ul>
                    <p>{RecoveryText::HelpersNeeded.fill(lang, &[&h.threshold.to_string(), &h.names.len().to_string()])}</p>
                    <Show when=move || !working>
                        <p class="warning" role="note" data-testid="helpers-need-new">{tr(RecoveryText::HelpersNeedNew)}</p>
                    </Show>
                    <Show when=move || due>
                        <div class="notice" role="status" data-testid="helpers-check-due">
                            <p>{tr(RecoveryText::HelpersCheckDue)}</p>
                            <button type="button" class="button secondary"
                                on:click=move |_| session.helpers_checked()>
                                {tr(RecoveryText::HelpersChecked)}
                            </button>
                        </div>
                    </Show>
                }
            })}
            <Show when=move || session.fresh_cards.with(Option::is_some) && !session.recovering.get()>
                <HelperCards/>
            </Show>
            <Show when=move || !choosing.get() && session.fresh_cards.with(Option::is_none)>
                <button type="button" class="button secondary" data-testid="helpers-setup"
                    on:click=move |_| choosing.set(true)>
                    {move || if helpers().is_some() { tr(RecoveryText::HelpersRenew)() } else { tr(RecoveryText::HelpersSetup)() }}
                </button>
                <Show when=move || helpers().is_some()>
                    <button type="button" class="button link" data-testid="helpers-stop"
                        on:click=move |_| session.stop_helpers()>
                        {tr(RecoveryText::HelpersStop)}
                    </button>
                </Show>
            </Show>
            <Show when=move || choosing.get()>
                <ChooseHelpers done=move || choosing.set(false)/>
            </Show>
        </section>
    }
}

/// How many helpers, their first names (from Netwerk or typed), how many cards are needed.
#[component]
fn ChooseHelpers(done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let count = RwSignal::new(MIN_HELPERS);
    let names: Vec<RwSignal<String>> = (0..MAX_HELPERS)
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let threshold =
        RwSignal::new(HelperPlan::suggested(MIN_HELPERS).map_or(MIN_THRESHOLD, |p| p.threshold()));
    let error = RwSignal::new(None::<Said>);
    let known: Vec<String> = session.dossier.with_untracked(|d| {
        d.network
            .contacts
            .iter()
            .map(|c| c.name.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    });
    let renewing = session
        .dossier
        .with_untracked(|d| d.settings.helpers.is_some());
    let names_for_submit = names.clone();
    let submit = move || {
        let typed: Vec<String> = names_for_submit[..count.get_untracked()]
            .iter()
            .map(|n| n.get_untracked())
            .collect();
        match check_names(&typed) {
            Err(NameProblem::Missing) => error.set(Some(RecoveryText::ErrHelperNameMissing.into())),
            Err(NameProblem::Twice) => error.set(Some(RecoveryText::ErrHelperNameTwice.into())),
            Ok(names) => match session.make_helper_cards(names, threshold.get_untracked()) {
                Ok(()) => done(),
                Err(text) => error.set(Some(text.into())),
            },
        }
    };
    view! {
        <form class="helpers-form" on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <div class="warning" role="note">{tr(RecoveryText::HelpersWarning)}</div>
            <Show when=move || renewing>
                <p class="notice">{tr(RecoveryText::HelpersRenewNote)}</p>
            </Show>
            <div class="field">
                <label for="helpers-count">{tr(RecoveryText::HelpersCountLabel)}</label>
                <select id="helpers-count" data-testid="helpers-count"
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<usize>() {
                            count.set(n);
                            if let Ok(plan) = HelperPlan::suggested(n) {
                                threshold.set(plan.threshold());
                            }
                        }
                    }>
                    {(MIN_HELPERS..=MAX_HELPERS).map(|n| view! {
                        <option value=n.to_string() selected=move || count.get() == n>{n.to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
            <datalist id="helpers-known">
                {known.into_iter().map(|n| view! { <option value=n/> }).collect_view()}
            </datalist>
            <p class="hint" id="helper-name-hint">{tr(RecoveryText::HelperNameHint)}</p>
            {names.into_iter().enumerate().map(|(i, name)| {
                let id = format!("helper-name-{}", i + 1);
                view! {
                    <Show when=move || { i < count.get() }>
                        <div class="field">
                            <label for=id.clone()>
                                {move || RecoveryText::HelperNameLabel.fill(lang.get(), &[&(i + 1).to_string()])}
                            </label>
                            <input id=id.clone() data-testid="helper-name" type="text" list="helpers-known"
                                autocomplete="off" aria-describedby="helper-name-hint" maxlength="40"
                                prop:value=move || name.get()
                                on:input=move |ev| name.set(event_target_value(&ev))/>
                        </div>
                    </Show>
                }
            }).collect_view()}
            <div class="field">
                <label for="helpers-threshold">{tr(RecoveryText::HelpersThresholdLabel)}</label>
                <select id="helpers-threshold" data-testid="helpers-threshold"
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<usize>() {
                            threshold.set(n);
                        }
                    }>
                    {move || {
                        let n = count.get();
                        (MIN_THRESHOLD..=n).map(|t| view! {
                            <option value=t.to_string() selected=move || threshold.get() == t>
                                {move || RecoveryText::HelpersOf.fill(lang.get(), &[&t.to_string(), &n.to_string()])}
                            </option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <SaidMessage said=error/>
            <button type="submit" class="button primary wide" data-testid="helpers-create">
                {tr(RecoveryText::HelpersCreate)}
            </button>
            <button type="button" class="button link" on:click=move |_| done()>
                {tr(Text::Cancel)}
            </button>
        </form>
    }
}

/// The cards just made: one printable card per helper, shown once. The print stylesheet
/// prints only these, one card a page.
#[component]
pub fn HelperCards() -> impl IntoView {
    let session = expect_context::<Session>();
    let cards = session.fresh_cards.get_untracked().unwrap_or_default();
    view! {
        <div class="helper-cards-intro">
            <p class="notice" role="status">{tr(RecoveryText::HelpersCardsReady)}</p>
            <button type="button" class="button primary" data-testid="helpers-print"
                on:click=move |_| { print_page(); }>
                {tr(RecoveryText::HelpersPrint)}
            </button>
            <button type="button" class="button secondary" data-testid="helpers-done"
                on:click=move |_| session.fresh_cards.set(None)>
                {tr(RecoveryText::HelpersDone)}
            </button>
        </div>
        <div class="helper-cards">
            {cards.into_iter().map(|card| view! { <HelperCard card/> }).collect_view()}
        </div>
    }
}

/// One helper's card: whose it is and who it is for, the date, how many are needed, what to
/// do when asked, the QR code and the words. Never the other helpers' names.
#[component]
fn HelperCard(card: PrintedCard) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let client = session
        .dossier
        .with_untracked(|d| d.about.name.split_whitespace().next().map(str::to_owned));
    let client = Signal::derive(move || {
        client
            .clone()
            .unwrap_or_else(|| RecoveryText::CardFallbackName.get(lang.get()).to_owned())
    });
    let qr = qr_inline(
        &card.qr_svg,
        "helper-card-qr",
        RecoveryText::CardWords.get(lang.get_untracked()),
    );
    let made = today();
    let file = card.clone();
    let name = card.name.clone();
    let words = card.words.to_string();
    let threshold = card.threshold.to_string();
    view! {
        <article class="helper-card" data-testid="helper-card">
            <h3>{tr(RecoveryText::CardTitle)}</h3>
            <p class="helper-card-for">{move || RecoveryText::CardFor.fill(lang.get(), &[&name, &client.get()])}</p>
            <p>{move || PageText::MadeOn.fill(lang.get(), &[&formats::date_long(made, lang.get())])}</p>
            <p><strong>{move || RecoveryText::CardNeeded.fill(lang.get(), &[&threshold])}</strong></p>
            <p>{move || RecoveryText::CardWhatToDo.fill(lang.get(), &[&client.get()])}</p>
            <div class="helper-card-qr" inner_html=qr></div>
            <p class="helper-card-words-label">{tr(RecoveryText::CardWords)}</p>
            <p class="helper-card-words" data-testid="helper-card-words" translate="no">{words}</p>
            <CardFile card=file client made/>
        </article>
    }
}

/// On the start screen: that the helpers' cards no longer open the dossier (a backup was
/// restored with the passphrase), or, after new cards, a new passphrase and once a year, to
/// check with the helpers that they still have their card.
#[component]
pub fn HelpersReminder(on_go: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let session = expect_context::<Session>();
    let state = move || {
        let helpers = session.dossier.with(|d| d.settings.helpers.clone())?;
        let working = session
            .vault
            .with_value(|v| v.as_ref().is_some_and(|v| v.recovery().is_some()));
        if !working {
            return Some(None);
        }
        helpers.reminder(today()).map(Some)
    };
    move || {
        state().map(|reminder| match reminder {
            None => view! {
                <div class="warning" role="note" data-testid="helpers-need-new-start">
                    <p>{tr(RecoveryText::HelpersNeedNewStart)}</p>
                    <button type="button" class="button secondary" data-testid="helpers-to-settings"
                        on:click=move |_| on_go()>
                        {tr(RecoveryText::ToSettings)}
                    </button>
                </div>
            }
            .into_any(),
            Some(why) => view! {
                <div class="notice" role="status" data-testid="helpers-check-start">
                    <p>{tr(match why {
                        CheckReminder::Yearly => RecoveryText::HelpersCheckDue,
                        CheckReminder::AfterChange => RecoveryText::HelpersCheckNow,
                    })}</p>
                    <button type="button" class="button secondary" data-testid="helpers-checked-start"
                        on:click=move |_| session.helpers_checked()>
                        {tr(RecoveryText::HelpersChecked)}
                    </button>
                </div>
            }
            .into_any(),
        })
    }
}
