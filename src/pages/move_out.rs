//! Naar een nieuwe telefoon: the old phone's side of a move, shown in Settings.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{PageText, Text};
use regie_core::share::qr_inline;
use regie_core::transfer::countdown;

use crate::components::ErrorMessage;
use crate::i18n::{tr, I18n};
use crate::platform::clock::now_ms;
use crate::session::transfer::{self as moving, MadeMove};
use crate::session::Session;

#[derive(Clone)]
enum Step {
    Intro,
    Made(MadeMove),
    /// Over: expired or cancelled; the text says which.
    Ended(Text),
}

/// Explains, makes the move, shows QR, link, code and the time left, and can stop it.
#[component]
pub fn MoveToNewPhone() -> impl IntoView {
    let session = expect_context::<Session>();
    let step = RwSignal::new(Step::Intro);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);

    let begin = move |_| {
        if working.get_untracked() {
            return;
        }
        error.set(None);
        working.set(true);
        spawn_local(async move {
            match session.start_move().await {
                Ok(made) => step.set(Step::Made(made)),
                Err(text) => error.set(Some(text)),
            }
            working.set(false);
        });
    };

    view! {
        <section class="move-out" aria-labelledby="move-title" data-testid="move-out">
            <h2 id="move-title">{tr(PageText::MoveTitle)}</h2>
            {move || match step.get() {
                Step::Intro => view! {
                    <p>{tr(PageText::MoveIntro)}</p>
                    <ol class="move-steps">
                        <li>{tr(PageText::MoveStepSend)}</li>
                        <li>{tr(PageText::MoveStepScan)}</li>
                        <li>{tr(PageText::MoveStepCode)}</li>
                        <li>{tr(PageText::MoveStepOpen)}</li>
                    </ol>
                    <p class="hint">{tr(PageText::MoveNote)}</p>
                    <ErrorMessage error=error/>
                    <button class="button primary wide" data-testid="move-start" type="button"
                        disabled=move || working.get() on:click=begin>
                        {move || if working.get() { tr(PageText::MoveStarting)() } else { tr(PageText::MoveStart)() }}
                    </button>
                }.into_any(),
                Step::Made(made) => view! { <MoveMade made step/> }.into_any(),
                Step::Ended(text) => view! {
                    <p role="status" data-testid="move-ended">{tr(text)}</p>
                    <button class="button wide" type="button" data-testid="move-again"
                        on:click=move |_| step.set(Step::Intro)>
                        {tr(PageText::MoveAgain)}
                    </button>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn MoveMade(made: MadeMove, step: RwSignal<Step>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let error = RwSignal::new(None::<Text>);
    // The code appears below the fold of Settings: bring it into view, and tell a screen
    // reader where the person now is.
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            h.scroll_into_view();
            let _ = h.focus();
        }
    });
    let stopping = RwSignal::new(false);
    let left = RwSignal::new(countdown(now_ms(), made.expires_at));
    let expires_at = made.expires_at;
    crate::platform::timers::use_interval(Duration::from_secs(1), move || {
        let now = countdown(now_ms(), expires_at);
        if now.is_none() {
            step.set(Step::Ended(Text::MoveExpired));
        }
        left.set(now);
    });

    let svg = qr_inline(
        &made.qr_svg,
        "move-qr",
        PageText::MoveQrLabel.get(lang.get_untracked()),
    );
    // Read digit by digit by a screen reader, not as "four hundred eighty-two thousand".
    let spoken: String = made
        .code
        .chars()
        .filter(char::is_ascii_digit)
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ");
    let code = made.code.clone();
    let link = made.link.clone();
    let stop = {
        let made = made.clone();
        move |_| {
            let made = made.clone();
            stopping.set(true);
            spawn_local(async move {
                match moving::cancel(&made).await {
                    Ok(()) => step.set(Step::Ended(Text::MoveCancelled)),
                    Err(text) => {
                        error.set(Some(text));
                        stopping.set(false);
                    }
                }
            });
        }
    };
    view! {
        <div class="move-made">
            <h3 tabindex="-1" node_ref=heading>{tr(PageText::MoveReadyTitle)}</h3>
            // Our own SVG from the qrcode crate; no user text is in it.
            <div class="qr-frame" inner_html=svg></div>
            <p class="move-code-label" id="move-code-label">{tr(PageText::MoveCodeLabel)}</p>
            <p class="move-code">
                <span aria-hidden="true" data-testid="move-code">{code}</span>
                <span class="move-sr-only">
                    {move || PageText::MoveCodeSpoken.fill(lang.get(), &[&spoken])}
                </span>
            </p>
            <p class="move-left" data-testid="move-countdown" role="timer" aria-live="off">
                {move || left.get().map(|l| PageText::MoveTimeLeft.fill(lang.get(), &[&l])).unwrap_or_default()}
            </p>
            <p class="hint">{tr(PageText::MoveCodeSecret)}</p>
            <p><strong>{tr(PageText::MoveLinkLabel)}</strong></p>
            <p class="link" data-testid="move-link" dir="ltr">{link}</p>
            <ErrorMessage error=error/>
            <button class="button danger wide" type="button" data-testid="move-cancel"
                disabled=move || stopping.get() on:click=stop>
                {tr(PageText::MoveCancel)}
            </button>
        </div>
    }
}
