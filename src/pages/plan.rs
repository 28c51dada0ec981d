//! "Persoonlijk plan": the client picks the parts, reads that paper is not encrypted, and
//! prints the plan or saves it as PDF through the browser. The print stylesheet leaves
//! everything but the plan itself off the paper.

use leptos::prelude::*;
use regie_core::catalogue::{Lang, PageText, Text};
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

    // The plan is for the municipality: always in Dutch, and with the client's own language
    // beside it when she asks for that.
    let beside = RwSignal::new(false);
    let document = move |paper: Lang, prefix: &'static str| {
        let chosen = chosen.get();
        session.dossier.with(|d| {
            let plan = Plan::new(d, today);
            let parts = plan.parts(&chosen);
            if parts.is_empty() && prefix != "plan" {
                return ().into_any();
            }
            if parts.is_empty() {
                let why = if plan.default_choice().is_empty() {
                    Text::PlanNothingYet
                } else {
                    Text::PlanNothingChosen
                };
                return view! { <p class="notice plan-empty" data-testid="plan-empty">{why.get(lang.get())}</p> }
                    .into_any();
            }
            let parts = parts
                .into_iter()
                .filter_map(|part| plan_part(&plan, part, paper, now, prefix))
                .collect_view();
            let title_id = format!("{prefix}-document-title");
            let labelledby = title_id.clone();
            view! {
                <article class="plan-document" data-testid=format!("{prefix}-document")
                    aria-labelledby=labelledby lang=paper.code() dir=paper.dir()>
                    <header class="plan-head">
                        <h2 id=title_id class="plan-title">{plan.title(paper)}</h2>
                        <p class="plan-as-of" data-testid=format!("{prefix}-as-of")>{plan.as_of(paper)}</p>
                        <p>{PageText::PlanWmo.get(paper)}</p>
                    </header>
                    {parts}
                    <footer class="plan-signature">
                        <p>{PageText::PlanSignature.get(paper)}</p>
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
                <Show when=move || lang.get() != Lang::Nl>
                    <div class="check">
                        <input id="plan-beside" type="checkbox" data-testid="plan-beside"
                            bind:checked=beside aria-describedby="plan-beside-hint"/>
                        <label for="plan-beside">
                            {move || PageText::PlanAlsoIn.fill(lang.get(), &[lang.get().name()])}
                        </label>
                    </div>
                    <p class="hint check-hint" id="plan-beside-hint">{tr(PageText::PlanAlsoInHint)}</p>
                </Show>
                <button type="button" class="button primary wide" data-testid="plan-print-now"
                    on:click=move |_| {
                        print_error.set((!print::print_page()).then_some(Text::PlanPrintFailed));
                    }>
                    {tr(PageText::PlanPrint)}
                </button>
                <p class="hint">{tr(PageText::PlanPrintHint)}</p>
                <ErrorMessage error=print_error/>
            </div>
            {move || document(Lang::Nl, "plan")}
            {move || {
                let lang = lang.get();
                (beside.get() && lang != Lang::Nl).then(|| document(lang, "plan-translated"))
            }}
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
