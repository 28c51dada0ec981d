//! The ten sections of the dossier, one folder each: the read-only card a professional sees
//! through a share link and the client sees in their own app, and the client's editor, which
//! is that card with buttons and forms.

use std::sync::Arc;

use leptos::prelude::*;
use regie_core::catalogue::{Lang, ViewerText};
use regie_core::model::{Date, Dossier, EntryId, SectionKey, Timestamp};

use crate::i18n::{tr, I18n};
use crate::platform::clock;

mod about;
pub(crate) mod card_parts;
mod documents;
mod domains;
mod goals;
mod health;
mod journal;
mod money;
mod network;
mod plan;
mod story;
mod support;

pub(crate) use plan::plan_part;

/// The device's calendar when a card is drawn: today, and the date of a past moment.
#[derive(Clone, Copy)]
pub(crate) struct Now {
    pub(crate) today: Option<Date>,
}

impl Now {
    pub(crate) fn read() -> Now {
        Now {
            today: clock::date_at(clock::now_ms()),
        }
    }

    /// The date `moment` fell on here, with the offset in force then: across a clock change
    /// today's offset would move a moment near midnight to the next or previous day.
    pub(crate) fn date_of(self, moment: Timestamp) -> Option<Date> {
        clock::date_at(moment.0)
    }
}

/// Provided while the share form shows what the professional will see: the documents card
/// then says that the file goes along instead of showing it.
#[derive(Clone, Copy)]
pub(crate) struct PreviewOfShare;

/// One section of a shared dossier, read-only, in the chosen language.
#[component]
pub fn SectionCard(dossier: Arc<Dossier>, key: SectionKey) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let now = Now::read();
    let title_id = regie_core::summary::anchor(key);
    let labelledby = title_id.clone();
    let testid = format!("view-section-{key}");
    let content = move || {
        let lang = lang.get();
        card(&dossier, key, lang, now).unwrap_or_else(|| {
            view! { <p class="empty">{ViewerText::ViewEmpty.get(lang)}</p> }.into_any()
        })
    };
    view! {
        <section class="view-section" data-testid=testid
            aria-labelledby=labelledby>
            <h2 id=title_id>{tr(key.title())}</h2>
            {content}
        </section>
    }
}

/// The content under a shared section's heading, or `None` when there is nothing to show.
fn card(dossier: &Dossier, key: SectionKey, lang: Lang, now: Now) -> Option<AnyView> {
    if dossier.is_section_empty(key) {
        return None;
    }
    match key {
        SectionKey::About => about::card(&dossier.about, lang),
        SectionKey::Story => story::card(&dossier.story, lang, now),
        SectionKey::Domains => domains::card(&dossier.domains, lang, &dossier.provenance),
        SectionKey::Goals => goals::card(&dossier.goals, lang, now, &dossier.provenance),
        SectionKey::Network => network::card(&dossier.network, lang),
        SectionKey::Support => support::card(&dossier.support, lang),
        SectionKey::Money => {
            // Only documents in this dossier (or share) can be named by a debt.
            let documents: Vec<(String, String)> = (dossier.documents.files.iter())
                .map(|file| (file.id.to_string(), file.name.trim().to_owned()))
                .collect();
            money::card(&dossier.money, &documents, lang, now)
        }
        SectionKey::Health => health::card(&dossier.health, lang),
        SectionKey::Journal => {
            journal::card(&dossier.journal, lang, now.today, &dossier.provenance)
        }
        SectionKey::Documents => documents::card(&dossier.documents, lang, now),
    }
}

/// The client's editor of one section; `reveal` is an entry to scroll to and focus, after a
/// jump from search or the start screen.
#[component]
pub fn SectionEditor(
    key: SectionKey,
    #[prop(optional_no_strip)] reveal: Option<EntryId>,
) -> impl IntoView {
    match key {
        SectionKey::About => view! { <about::Editor/> }.into_any(),
        SectionKey::Story => view! { <story::Editor/> }.into_any(),
        SectionKey::Domains => view! { <domains::Editor reveal/> }.into_any(),
        SectionKey::Goals => view! { <goals::Editor reveal/> }.into_any(),
        SectionKey::Network => view! { <network::Editor reveal/> }.into_any(),
        SectionKey::Support => view! { <support::Editor reveal/> }.into_any(),
        SectionKey::Money => view! { <money::Editor reveal/> }.into_any(),
        SectionKey::Health => view! { <health::Editor reveal/> }.into_any(),
        SectionKey::Journal => view! { <journal::Editor reveal/> }.into_any(),
        SectionKey::Documents => view! { <documents::Editor reveal/> }.into_any(),
    }
}
