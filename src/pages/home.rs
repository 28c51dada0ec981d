use leptos::prelude::*;
use regie_core::attention::{attention, AttentionItem, AttentionKind};
use regie_core::catalogue::{Lang, PageText, Text};
use regie_core::home_hint::{home_hint, home_hint_section};

use regie_core::screen::Screen;

use super::contents::SectionLinks;
use crate::components::{today, ReadAloud};
use crate::i18n::{tr, I18n};
use crate::platform::storage::Persistence;
use crate::routes::Navigation;
use crate::session::Session;

/// The first screen after unlocking.
#[component]
pub fn Home() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let welcome = move || {
        let name = session.dossier.with(|d| d.about.name.trim().to_owned());
        if name.is_empty() {
            PageText::HomeWelcomeNoName.get(lang.get()).to_owned()
        } else {
            PageText::HomeWelcome.fill(lang.get(), &[&name])
        }
    };
    view! {
        <section data-testid="section-home" aria-labelledby="home-title">
            <h1 id="home-title">{welcome}</h1>
            <HomeHint/>
            <Show when=move || session.persistence.get() == Some(Persistence::BestEffort)>
                <p class="warning" data-testid="storage-warning">{tr(Text::StorageNotPersistent)}</p>
            </Show>
            <super::proposals::Proposals/>
            <super::clocks::Clocks/>
            <Attention/>
            <crate::pages::BackupReminder on_go=move || nav.go(Screen::Settings)/>
            <super::helpers::HelpersReminder on_go=move || nav.go(Screen::Settings)/>
            <super::plan::PlanLink/>
            <h2>{tr(PageText::HomeSectionsTitle)}</h2>
            <SectionLinks/>
        </section>
    }
}

/// What to fill in next, following what is already there, with a button to that section.
#[component]
fn HomeHint() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let hint = Memo::new(move |_| session.dossier.with(home_hint));
    let section = Memo::new(move |_| session.dossier.with(home_hint_section));
    view! {
        <p data-testid="home-hint">{move || hint.get().get(lang.get())}</p>
        {move || section.get().map(|key| view! {
            <button type="button" class="button" data-testid="home-hint-go"
                on:click=move |_| nav.go(Screen::Section(key))>
                {move || Text::GoToSection.fill(lang.get(), &[key.title().get(lang.get())])}
            </button>
        })}
    }
}

/// What needs attention: appointments, agreements, decisions and objection deadlines.
#[component]
fn Attention() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let today = today();
    let items = Memo::new(move |_| session.dossier.with(|d| attention(d, today)));
    let list = move || {
        let lang = lang.get();
        let items = items.get();
        if items.is_empty() {
            return view! {
                <p class="empty-note" data-testid="attention-none">{PageText::HomeAttentionNone.get(lang)}</p>
            }
            .into_any();
        }
        let items = items
            .into_iter()
            .map(|item| attention_item(item, lang, nav))
            .collect_view();
        view! { <ul class="attention-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="attention" data-testid="attention" aria-labelledby="attention-title">
            <div id="attention-text">
                <h2 id="attention-title">{tr(PageText::HomeAttentionTitle)}</h2>
                {list}
            </div>
            <ReadAloud targets=vec!["attention-text".into()]/>
        </section>
    }
}

fn attention_item(item: AttentionItem, lang: Lang, nav: Navigation) -> impl IntoView {
    let kind = item.kind_words(lang);
    let when = item.when_words(lang);
    let urgent = item.kind == AttentionKind::AgreementOverdue || item.days <= 1;
    let detail = (!item.detail.is_empty() && item.detail != item.title).then(|| {
        let detail = item.detail.clone();
        view! { <span class="detail">{detail}</span> }
    });
    let (section, entry) = (item.section, Some(item.entry.clone()));
    view! {
        <li>
            <button class="card attention-item" data-testid="attention-item"
                data-kind=item.kind.key() data-urgent=urgent.to_string()
                on:click=move |_| nav.reveal(section, entry.clone())>
                <span class="kind">{kind}</span>
                <strong><bdi>{item.title}</bdi></strong>
                <span class="when">{when}</span>
                {detail}
            </button>
        </li>
    }
}
