//! What a professional reads first in an opened share: when it was shared and by whom, a
//! summary of what needs doing, contents that jump to each section, and a print button.

use std::sync::Arc;

use leptos::prelude::*;
use regie_core::catalogue::words::Reader;
use regie_core::catalogue::{formats, Counted, Lang, PageText, Text, ViewerText};
use regie_core::model::{Dossier, SectionKey};
use regie_core::share::SharePreview;
use regie_core::summary::{self, Summary};

use crate::components::ReadAloud;
use crate::i18n::{tr, I18n};
use crate::platform::clock::{self, local_moment_dated};
use crate::platform::print::print_page;
use crate::sections::card_parts::typed_by_client_mark;

/// "Stand van 1-12-2026 14:02 · gedeeld door Samira", the moment the share was made.
fn as_of_line(preview: &SharePreview, lang: Lang) -> String {
    let moment = local_moment_dated(preview.created.0, lang);
    if preview.sharer.is_empty() {
        PageText::PlanAsOf.fill(lang, &[&moment])
    } else {
        ViewerText::ViewAsOfBy.fill(lang, &[&moment, &preview.sharer])
    }
}

/// When the share was made and by whom, under the title.
#[component]
pub fn AsOf(preview: Arc<SharePreview>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    view! { <p class="view-as-of" data-testid="view-as-of">{move || as_of_line(&preview, lang.get())}</p> }
}

/// The same line on paper only, at the head of each section: every section starts a page.
#[component]
pub fn PrintedAsOf(preview: Arc<SharePreview>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    view! { <p class="print-as-of" aria-hidden="true">{move || as_of_line(&preview, lang.get())}</p> }
}

/// The summary on top: open agreements (late ones first), decisions ending soon, the first
/// contact person and the latest scores; nothing when the share holds none of them.
#[component]
pub fn ViewSummary(dossier: Arc<Dossier>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let today = clock::date_at(clock::now_ms());
    move || {
        let lang = lang.get();
        let today = today?;
        let summary = Summary::of(&dossier, today);
        if summary.is_empty() {
            return None;
        }
        let agreements = (!summary.open_agreements.is_empty()).then(|| {
            let late = (summary.late > 0)
                .then(|| view! { <p class="warning">{Counted::AgreementsOverdue.count(lang, summary.late as u64)}</p> });
            let items = summary
                .open_agreements
                .iter()
                .map(|(goal, agreement)| {
                    let overdue = agreement.is_overdue(today);
                    // What was typed (the agreement, who does it, the goal) each isolated, so
                    // Dutch words and their brackets keep their order on an Arabic screen.
                    let what = agreement.what.trim().to_owned();
                    let owner = agreement.owner.words(lang, Reader::Viewer);
                    let due = agreement.due.map(|due| {
                        format!(" · {}", ViewerText::ViewSummaryDue.fill(lang, &[&formats::date_long(due, lang)]))
                    });
                    let line = view! { <bdi>{what}</bdi>" — "<bdi>{owner}</bdi>{due} };
                    let goal = goal.title.trim().to_owned();
                    let by_client = typed_by_client_mark(&dossier.provenance, *agreement, lang);
                    view! {
                        <li class:late=overdue data-late=overdue.to_string()>
                            {line}
                            {by_client}
                            {overdue.then(|| view! { <strong>" · "{ViewerText::ViewSummaryLate.get(lang)}</strong> })}
                            {(!goal.is_empty()).then(|| view! { <span class="meta">" ("<bdi>{goal}</bdi>")"</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{ViewerText::ViewSummaryAgreements.get(lang)}</h3>
                {late}
                <ul class="summary-list" data-testid="view-summary-agreements">{items}</ul>
            }
        });
        let decisions = (!summary.decisions_ending.is_empty()).then(|| {
            let items = summary
                .decisions_ending
                .iter()
                .map(|d| {
                    let until = d.valid_until.map(|u| formats::date_long(u, lang)).unwrap_or_default();
                    view! { <li><bdi>{d.what.trim().to_owned()}</bdi>" · "{ViewerText::ViewSummaryEnds.fill(lang, &[&until])}</li> }
                })
                .collect_view();
            view! {
                <h3>{ViewerText::ViewSummaryDecisions.get(lang)}</h3>
                <ul class="summary-list">{items}</ul>
            }
        });
        let contact = summary.first_contact.map(|c| {
            // Each typed piece isolated, the phone number left to right in any language.
            let words = [&c.relation, &c.role]
                .into_iter()
                .filter(|extra| !extra.trim().is_empty())
                .map(|extra| view! { " · "<bdi>{extra.trim().to_owned()}</bdi> })
                .collect_view();
            let phone = (!c.phone.trim().is_empty())
                .then(|| view! { " · "<bdi dir="ltr">{c.phone.trim().to_owned()}</bdi> });
            view! {
                <h3>{ViewerText::ViewFirstContact.get(lang)}</h3>
                <p><bdi>{c.name.trim().to_owned()}</bdi>{words}{phone}</p>
            }
        });
        let scores = (!summary.latest_scores.is_empty()).then(|| {
            let items = summary
                .latest_scores
                .iter()
                .map(|s| {
                    let by_client = typed_by_client_mark(&dossier.provenance, *s, lang);
                    view! {
                        <li>
                            <strong>{s.domain.official_name().get(lang)}</strong>": "
                            {s.score.words(lang, Reader::Viewer)}
                            <span class="meta">" · "{s.when_words(lang)}{by_client}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{ViewerText::ViewSummaryScores.get(lang)}</h3>
                <ul class="summary-list">{items}</ul>
            }
        });
        Some(view! {
            <section class="card view-summary" data-testid="view-summary" aria-labelledby="view-summary-title">
                <div id="view-summary-text">
                    <h2 id="view-summary-title">{ViewerText::ViewSummaryTitle.get(lang)}</h2>
                    {agreements}
                    {decisions}
                    {contact}
                    {scores}
                </div>
                <ReadAloud targets=vec!["view-summary-text".into()]/>
            </section>
        })
    }
}

/// Contents that jump to each shared section (and move the focus there), and the button that
/// prints the share or saves it as PDF. The address bar's fragment is left alone.
#[component]
pub fn ViewContents(sections: Vec<SectionKey>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let cannot_print = RwSignal::new(false);
    let links = summary::contents(&sections)
        .into_iter()
        .map(|(key, anchor)| {
            let href = format!("#{anchor}");
            let jump = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                let heading = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&anchor));
                if let Some(heading) = heading {
                    heading.scroll_into_view();
                    let _ = heading.set_attribute("tabindex", "-1");
                    if let Ok(heading) =
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading)
                    {
                        let _ = heading.focus();
                    }
                }
            };
            view! { <li><a href=href on:click=jump>{tr(key.title())}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="card view-contents" data-testid="view-contents" aria-labelledby="view-contents-title">
            <h2 id="view-contents-title">{tr(Text::ViewContents)}</h2>
            <ol>{links}</ol>
            <button class="button" type="button" data-testid="view-print"
                on:click=move |_| {
                    super::view_activity::printed();
                    cannot_print.set(!print_page());
                }>
                {tr(ViewerText::ViewPrint)}
            </button>
            <Show when=move || cannot_print.get()>
                <p role="status">{move || Text::PlanPrintFailed.get(lang.get())}</p>
            </Show>
        </nav>
    }
}
