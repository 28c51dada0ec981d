//! The last step's check of what goes along: one line always in sight, and the full preview
//! one tap away, drawn only while it is open.

use std::sync::Arc;

use leptos::prelude::*;
use regie_core::catalogue::PageText;
use regie_core::share_choice::ShareChoice;

use crate::i18n::{tr, I18n};
use crate::sections::{PreviewOfShare, SectionCard};
use crate::session::Session;

/// "Anna ziet: Over mij, Mijn verhaal." — or, with nothing chosen, how to choose.
#[component]
pub(super) fn ShareSummary(
    choice: RwSignal<ShareChoice>,
    recipient: RwSignal<String>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    move || {
        let summary = choice.with(|c| session.dossier.with(|d| c.summary(d)));
        if summary.sections.is_empty() {
            view! { <p class="notice" data-testid="share-preview-empty">{tr(PageText::SharePreviewNothing)}</p> }
                .into_any()
        } else {
            let line = move || summary.line(&recipient.get(), lang.get());
            view! { <p class="share-summary" data-testid="share-preview-summary"><strong>{line}</strong></p> }
                .into_any()
        }
    }
}

/// Exactly what the professional will see: the chosen snapshot, drawn by the viewer's own
/// section cards, behind one tap.
#[component]
pub(super) fn SharePreview(choice: RwSignal<ShareChoice>) -> impl IntoView {
    let session = expect_context::<Session>();
    provide_context(PreviewOfShare);
    let open = RwSignal::new(false);
    let content = move || {
        if !open.get() {
            return None;
        }
        let (shared, cards) = choice.with(|c| {
            session
                .dossier
                .with(|d| (Arc::new(c.snapshot(d)), c.summary(d).sections))
        });
        Some(view! {
            <p class="hint">{tr(PageText::SharePreviewIntro)}</p>
            <div class="share-preview-view">
                {cards.into_iter().map(|key| view! { <SectionCard dossier=shared.clone() key/> }).collect_view()}
            </div>
        })
    };
    view! {
        <details class="share-preview" data-testid="share-preview"
            on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary data-testid="share-preview-open">{tr(PageText::SharePreviewOpen)}</summary>
            <h3 class="visually-hidden">{tr(PageText::SharePreviewTitle)}</h3>
            {content}
        </details>
    }
}
