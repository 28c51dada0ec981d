//! The personal plan on paper: each part of [`regie_core::plan`] drawn from the section cards
//! that fit paper, and a plain table where the app's own view is made for a screen (the
//! domains' trend charts, the editor's buttons).

use leptos::prelude::*;
use regie_core::catalogue::words::Reader;
use regie_core::catalogue::{Lang, PageText, Text, ViewerText};
use regie_core::chart;
use regie_core::model::{Agreement, Goal, Score};
use regie_core::plan::{Plan, PlanPart};

use super::card_parts::Level;
use super::goals::{goal_head, AgreementCard};
use super::network::contact_card;
use super::support::{application_card, decision_card, help_card};
use super::Now;
use crate::components::overview_chart;

/// One part of the plan under its heading, or `None` when the dossier has nothing for it.
/// `prefix` starts its hooks and ids: "plan" for the Dutch plan, another for a copy beside it.
pub fn plan_part(
    plan: &Plan,
    part: PlanPart,
    lang: Lang,
    now: Now,
    prefix: &str,
) -> Option<AnyView> {
    let dossier = plan.dossier;
    let content = match part {
        PlanPart::About => super::about::card(&dossier.about, lang),
        PlanPart::Situation => situation(plan, lang),
        PlanPart::Goals => goals(plan, lang),
        PlanPart::OwnPart => steps(&plan.own_steps(), lang, now),
        PlanPart::Network => network(plan, lang, now),
        PlanPart::Support => support(plan, lang, now),
        PlanPart::Applications => applications(plan, lang),
        PlanPart::Story => super::story::card(&dossier.story, lang, now),
    }?;
    let key = part.key();
    let title_id = format!("{prefix}-part-{key}-title");
    let labelledby = title_id.clone();
    Some(
        view! {
            <section class="plan-part" data-testid=format!("{prefix}-part-{key}")
                aria-labelledby=labelledby>
                <h2 id=title_id>{part.heading().get(lang)}</h2>
                {content}
            </section>
        }
        .into_any(),
    )
}

/// The chart, the latest scores in words, and what each number means.
fn situation(plan: &Plan, lang: Lang) -> Option<AnyView> {
    let domains = &plan.dossier.domains;
    if domains.scores.is_empty() {
        return None;
    }
    let rows = chart::overview_table_for(domains, lang, Reader::Client)
        .into_iter()
        .map(|[name, own, pro]| view! { <tr><th scope="row">{name}</th><td>{own}</td><td>{pro}</td></tr> })
        .collect_view();
    let legend = Score::all()
        .map(|score| {
            view! {
                <li><strong>{score.get()}</strong>" "{score.meaning(Reader::Client).get(lang)}</li>
            }
        })
        .collect_view();
    Some(
        view! {
            {overview_chart(domains, lang, Reader::Client)}
            <table class="plan-scores">
                <thead>
                    <tr>
                        <th scope="col">{ViewerText::ViewColDomain.get(lang)}</th>
                        <th scope="col">{Text::DomMyScore.get(lang)}</th>
                        <th scope="col">{Text::ViewColProScore.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <h3>{PageText::PlanLegend.get(lang)}</h3>
            <ul class="plan-legend">{legend}</ul>
        }
        .into_any(),
    )
}

fn goals(plan: &Plan, lang: Lang) -> Option<AnyView> {
    let items: Vec<AnyView> = plan
        .dossier
        .goals
        .goals
        .iter()
        .filter(|goal| !goal.title.trim().is_empty())
        .map(|goal| {
            view! { <li class="view-entry goal">{goal_head(goal, lang, Level::H3, "entry-title")}</li> }
                .into_any()
        })
        .collect();
    (!items.is_empty()).then(|| view! { <ul class="view-list">{items}</ul> }.into_any())
}

/// Open agreements, each with the goal it serves.
fn steps(steps: &[(&Goal, &Agreement)], lang: Lang, now: Now) -> Option<AnyView> {
    if steps.is_empty() {
        return None;
    }
    let items = steps
        .iter()
        .map(|(goal, agreement)| {
            let mut card = AgreementCard::new(agreement, Reader::Client);
            card.for_goal = Some(PageText::GoalForGoal.fill(lang, &[goal.title.trim()]));
            card.view(lang, now.today)
        })
        .collect_view();
    Some(view! { <ul class="agreements">{items}</ul> }.into_any())
}

fn network(plan: &Plan, lang: Lang, now: Now) -> Option<AnyView> {
    let people = plan.network_people();
    let people = (!people.is_empty()).then(|| {
        let items = people
            .into_iter()
            .map(|contact| view! { <li class="view-entry contact">{contact_card(contact, lang)}</li> })
            .collect_view();
        view! { <h3>{PageText::PlanPeople.get(lang)}</h3> <ul class="view-list">{items}</ul> }
    });
    let promised = steps(&plan.network_steps(), lang, now)
        .map(|list| view! { <h3>{PageText::PlanTheyDo.get(lang)}</h3> {list} });
    (people.is_some() || promised.is_some()).then(|| view! { {people} {promised} }.into_any())
}

fn support(plan: &Plan, lang: Lang, now: Now) -> Option<AnyView> {
    let help = plan.current_help();
    let help = (!help.is_empty()).then(|| {
        let items = help
            .iter()
            .map(|help| view! { <li class="view-entry">{help_card(help, lang, Level::H4)}</li> })
            .collect_view();
        view! { <h3>{Text::ViewCurrentHelp.get(lang)}</h3> <ul class="view-list">{items}</ul> }
    });
    let promised = steps(&plan.professional_steps(), lang, now)
        .map(|list| view! { <h3>{PageText::PlanProfessionalsDo.get(lang)}</h3> {list} });
    (help.is_some() || promised.is_some()).then(|| view! { {help} {promised} }.into_any())
}

fn applications(plan: &Plan, lang: Lang) -> Option<AnyView> {
    let applications = plan.running_applications();
    let applications = (!applications.is_empty()).then(|| {
        let items = applications
            .into_iter()
            .map(|a| view! { <li class="view-entry">{application_card(a, lang, Level::H4)}</li> })
            .collect_view();
        view! { <h3>{Text::ViewApplications.get(lang)}</h3> <ul class="view-list">{items}</ul> }
    });
    let decisions = plan.running_decisions();
    let decisions = (!decisions.is_empty()).then(|| {
        let items = decisions
            .into_iter()
            .map(|d| view! { <li class="view-entry decision">{decision_card(d, lang, Level::H4)}</li> })
            .collect_view();
        view! { <h3>{Text::ViewDecisions.get(lang)}</h3> <ul class="view-list">{items}</ul> }
    });
    (applications.is_some() || decisions.is_some())
        .then(|| view! { {applications} {decisions} }.into_any())
}
