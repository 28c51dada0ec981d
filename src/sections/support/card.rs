use leptos::prelude::*;
use regie_core::catalogue::{formats, Lang, Text, ViewerText};
use regie_core::model::{Application, CurrentHelp, Decision, Support};

use crate::sections::card_parts::{group, groups, titled, Level, Value};

/// Current help, applications and decisions, each under its heading, read-only.
pub(crate) fn card(support: &Support, lang: Lang) -> Option<AnyView> {
    let entry = |card: AnyView| view! { <li class="view-entry">{card}</li> }.into_any();
    let help = support
        .help
        .iter()
        .map(|help| entry(help_card(help, lang, Level::H4)))
        .collect();
    let applications = support
        .applications
        .iter()
        .map(|application| {
            let status_key = application.status.key();
            view! {
                <li class="view-entry" data-status=status_key>
                    {application_card(application, lang, Level::H4)}
                </li>
            }
            .into_any()
        })
        .collect();
    let decisions = support
        .decisions
        .iter()
        .map(|decision| {
            view! { <li class="view-entry decision">{decision_card(decision, lang, Level::H4)}</li> }
                .into_any()
        })
        .collect();
    let all = [
        group(lang, Text::ViewCurrentHelp, "help", help),
        group(lang, Text::ViewApplications, "applications", applications),
        group(lang, Text::ViewDecisions, "decisions", decisions),
    ];
    groups(all)
}

pub(crate) fn help_card(help: &CurrentHelp, lang: Lang, level: Level) -> AnyView {
    titled(
        level,
        &help.what,
        lang,
        vec![
            (Text::ViewLabelProvider, Value::plain(&help.provider)),
            (Text::ViewLabelSince, Value::Date(help.since)),
            (Text::ViewLabelNote, Value::multiline(&help.note)),
        ],
    )
}

/// An application's status in words, and its key.
pub(crate) fn application_card(application: &Application, lang: Lang, level: Level) -> AnyView {
    let status = application.status.text();
    titled(
        level,
        &application.where_,
        lang,
        vec![
            (Text::ViewLabelWhat, Value::plain(&application.what)),
            (
                Text::ViewLabelStatus,
                Value::Plain(status.get(lang).to_owned()),
            ),
            (
                Text::ViewLabelAppliedOn,
                Value::Date(application.applied_on),
            ),
            (Text::ViewLabelExpected, Value::Date(application.expected)),
            (Text::ViewLabelNote, Value::multiline(&application.note)),
        ],
    )
}

/// A decision's facts, the objection deadline with "default" said when it was not set.
pub(crate) fn decision_card(decision: &Decision, lang: Lang, level: Level) -> AnyView {
    let deadline = decision.objection_deadline_or_default();
    let deadline_text = match decision.objection_deadline {
        Some(_) => formats::date_short(deadline, lang),
        None => {
            ViewerText::ViewObjectionDefault.fill(lang, &[&formats::date_short(deadline, lang)])
        }
    };
    titled(
        level,
        &decision.what,
        lang,
        vec![
            (Text::ViewLabelIssuer, Value::plain(&decision.issuer)),
            (
                Text::ViewLabelDecisionDate,
                Value::Date(Some(decision.decision_date)),
            ),
            (Text::ViewLabelValidFrom, Value::Date(decision.valid_from)),
            (Text::ViewLabelValidUntil, Value::Date(decision.valid_until)),
            (
                Text::ViewLabelObjectionDeadline,
                Value::DateWith(deadline, deadline_text),
            ),
            (Text::ViewLabelNote, Value::multiline(&decision.note)),
        ],
    )
}
