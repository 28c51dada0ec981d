//! The law's clocks in Hulp en aanvragen: which procedure an application is, and the
//! deadlines that follow from the day it started.

use leptos::prelude::*;
use regie_core::catalogue::{ClockText, Lang};
use regie_core::deadlines::application_clocks;
use regie_core::model::{Application, Procedure};

use crate::components::today;
use crate::i18n::I18n;

/// The choice of procedure in the application form, with why it is asked.
#[component]
pub(super) fn ProcedureChoice(value: RwSignal<String>) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let text = move |text: ClockText| move || text.get(lang.get());
    let options = Procedure::ALL
        .into_iter()
        .map(|procedure| {
            let key = procedure.key();
            view! {
                <option value=key selected=move || value.get() == key>{text(procedure.text())}</option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="f-application-procedure">{text(ClockText::ProcedureLabel)}</label>
            <p class="hint" id="f-application-procedure-hint">{text(ClockText::ProcedureHint)}</p>
            <select id="f-application-procedure" data-testid="application-procedure"
                aria-describedby="f-application-procedure-hint"
                on:change=move |ev| value.set(event_target_value(&ev))>
                {options}
            </select>
        </div>
    }
}

/// Under an application's card: its procedure and each legal deadline with its article.
pub(super) fn clock_facts(application: &Application, lang: Lang) -> Option<AnyView> {
    if application.procedure.is_other() {
        return None;
    }
    let label = ClockText::ProcedureCardLabel.get(lang);
    let name = application.procedure.text().get(lang);
    let deadlines = application_clocks(application, today())
        .into_iter()
        .map(|clock| {
            view! {
                <li data-testid="application-deadline" data-rule=clock.rule.key()>
                    {clock.statement(lang)} " " <span class="article">{clock.article(lang)}</span>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="clock-facts">
                <p><span class="label">{label}</span> ": " {name}</p>
                <ul>{deadlines}</ul>
            </div>
        }
        .into_any(),
    )
}
