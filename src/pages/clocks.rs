//! The law's clocks on the start screen: each legal deadline of an application still waiting,
//! counting down, and once passed, what the client may do.

use leptos::prelude::*;
use regie_core::catalogue::{ClockText, Lang, Text};
use regie_core::deadlines::{clocks, Clock};
use regie_core::model::SectionKey;

use crate::components::today;
use crate::i18n::I18n;
use crate::routes::Navigation;
use crate::session::Session;

/// Nothing when no application says its procedure and start; else a list of clocks.
#[component]
pub fn Clocks() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let today = today();
    let all = Memo::new(move |_| session.dossier.with(|d| clocks(&d.support, today)));
    move || {
        let all = all.get();
        if all.is_empty() {
            return None;
        }
        let lang = lang.get();
        let items = all
            .into_iter()
            .map(|clock| clock_item(clock, lang, nav))
            .collect_view();
        Some(view! {
            <section class="attention" data-testid="deadline-clocks" aria-labelledby="clocks-title">
                <h2 id="clocks-title">{ClockText::ClocksTitle.get(lang)}</h2>
                <ul class="attention-list">{items}</ul>
            </section>
        })
    }
}

fn clock_item(clock: Clock, lang: Lang, nav: Navigation) -> impl IntoView {
    let urgent = clock.days <= 2;
    let action = clock
        .action(lang)
        .map(|action| view! { <p data-testid="deadline-clock-action">{action}</p> });
    let entry = Some(clock.entry.clone());
    let go = Text::GoToSection.fill(lang, &[SectionKey::Support.title().get(lang)]);
    view! {
        <li class="card attention-item" data-testid="deadline-clock" data-rule=clock.rule.key()
            data-urgent=urgent.to_string() data-passed=clock.passed().to_string()>
            <strong>{clock.title.clone()}</strong>
            <p data-testid="deadline-clock-text">{clock.sentence(lang)}</p>
            {action}
            <p class="detail">{clock.article(lang)}</p>
            <button type="button" class="button" on:click=move |_| nav.reveal(SectionKey::Support, entry.clone())>
                {go}
            </button>
        </li>
    }
}
