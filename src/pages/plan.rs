//! "Persoonlijk plan": the client picks the parts, reads that paper is not encrypted, and
//! prints the plan or saves it as PDF through the browser. The print stylesheet leaves
//! everything but the plan itself off the paper.

use leptos::prelude::*;
use regie_core::catalogue::{PageText, Text};
use regie_core::plan::{Plan, PlanPart};
use regie_core::screen::Screen;

use crate::components::{today, ChoiceItem, ChoiceLabel, ChoiceList, ErrorMessage};
use crate::i18n::{tr, I18n};
use crate::platform::print;
use crate::routes::Navigation;
use crate::sections::{plan_part, Now};
use crate::session::Session;

#[component]
pub fn PersonalPlan() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let today = today();
    let now = Now::read();
    let chosen = RwSignal::new(
        session
            .dossier
            .with_untracked(|d| Plan::new(d, today).default_choice()),
    );
    let print_error = RwSignal::new(None::<Text>);

    let choices = session.dossier.with_untracked(|d| {
        let plan = Plan::new(d, today);
        PlanPart::ALL
            .into_iter()
            .map(|part| {
                let has = plan.has(part);
                ChoiceItem::new(
                    part,
                    format!("plan-section-{}", part.key()),
                    ChoiceLabel::Text(part.heading()),
                )
                .hint((!has).then_some(Text::ShareEmptySection))
                .disabled(!has)
            })
            .collect::<Vec<_>>()
    });
    let checked = Callback::new(move |part: PlanPart| chosen.with(|c| c.contains(&part)));
    let toggle = Callback::new(move |(part, on): (PlanPart, bool)| {
        chosen.update(|c| {
            c.retain(|p| *p != part);
            if on {
                c.push(part);
            }
        });
    });

    let document = move || {
        let lang = lang.get();
        let chosen = chosen.get();
        session.dossier.with(|d| {
            let plan = Plan::new(d, today);
            let parts = plan.parts(&chosen);
            if parts.is_empty() {
                let why = if plan.default_choice().is_empty() {
                    Text::PlanNothingYet
                } else {
                    Text::PlanNothingChosen
                };
                return view! { <p class="notice plan-empty" data-testid="plan-empty">{why.get(lang)}</p> }
                    .into_any();
            }
            let parts = parts
                .into_iter()
                .filter_map(|part| plan_part(&plan, part, lang, now))
                .collect_view();
            view! {
                <article class="plan-document" data-testid="plan-document" aria-labelledby="plan-document-title">
                    <header class="plan-head">
                        <h2 id="plan-document-title" class="plan-title">{plan.title(lang)}</h2>
                        <p class="plan-as-of" data-testid="plan-as-of">{plan.as_of(lang)}</p>
                        <p>{PageText::PlanWmo.get(lang)}</p>
                    </header>
                    {parts}
                    <footer class="plan-signature">
                        <p>{PageText::PlanSignature.get(lang)}</p>
                        <div class="plan-signature-line"></div>
                    </footer>
                </article>
            }
            .into_any()
        })
    };

    view! {
        <section class="plan" data-testid="plan" aria-labelledby="plan-title">
            <div class="plan-controls">
                <h1 id="plan-title">{tr(Text::PlanTitle)}</h1>
                <p>{tr(PageText::PlanIntro)}</p>
                <p class="warning" data-testid="plan-not-encrypted">{tr(PageText::PlanNotEncrypted)}</p>
                <fieldset>
                    <legend>{tr(PageText::PlanChooseTitle)}</legend>
                    <ChoiceList items=choices checked toggle/>
                </fieldset>
                <button type="button" class="button primary wide" data-testid="plan-print-now"
                    on:click=move |_| {
                        print_error.set((!print::print_page()).then_some(Text::PlanPrintFailed));
                    }>
                    {tr(PageText::PlanPrint)}
                </button>
                <p class="hint">{tr(PageText::PlanPrintHint)}</p>
                <ErrorMessage error=print_error/>
            </div>
            {document}
        </section>
    }
}

/// The way to the plan (`plan-print`), on the start screen and in settings.
#[component]
pub fn PlanLink() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    view! {
        <button type="button" class="card plan-link" data-testid="plan-print"
            on:click=move |_| nav.go(Screen::Plan)>
            <strong>{tr(PageText::PlanOpen)}</strong>
            <span>{tr(PageText::PlanOpenHint)}</span>
        </button>
    }
}
