use leptos::prelude::*;
use regie_core::catalogue::{formats, ViewerText};
use regie_core::catalogue::{Lang, Text};
use regie_core::model::{Agreement, Date, Goal, Goals};

use regie_core::reply::ProvenanceMap;

use crate::components::{keep_whole, Reader};
use crate::sections::card_parts::{accepted_from, typed_by_client_mark};
use crate::sections::card_parts::{heading, non_empty, view_list, Level};
use crate::sections::Now;

/// The goals with their agreements, read-only.
pub(crate) fn card(
    goals: &Goals,
    lang: Lang,
    now: Now,
    provenance: &ProvenanceMap,
) -> Option<AnyView> {
    let items = goals
        .goals
        .iter()
        .map(|goal| {
            let agreements = (!goal.agreements.is_empty()).then(|| {
                let items = goal
                    .agreements
                    .iter()
                    .map(|agreement| {
                        AgreementCard {
                            by_client: typed_by_client_mark(provenance, agreement, lang),
                            ..AgreementCard::new(agreement, Reader::Viewer)
                        }
                        .view(lang, now.today)
                    })
                    .collect_view();
                view! {
                    <h4>{ViewerText::ViewAgreements.get(lang)}</h4>
                    <ul class="agreements">{items}</ul>
                }
            });
            view! {
                <li class="view-entry goal">
                    {goal_head(goal, lang, Level::H3, "")}
                    {agreements}
                </li>
            }
            .into_any()
        })
        .collect();
    view_list(items)
}

/// A goal's title, since when, and what it means to the client.
pub(crate) fn goal_head(goal: &Goal, lang: Lang, level: Level, class: &'static str) -> AnyView {
    let since = goal.created.map(|date| {
        let day = formats::date_short(date, lang);
        view! { <p class="meta">{keep_whole(ViewerText::ViewGoalSince.fill(lang, &[&day]), &day)}</p> }
    });
    let description = non_empty(&goal.description)
        .map(|description| view! { <p class="note story">{description}</p> });
    view! {
        {heading(level, class, goal.title.trim().to_owned())}
        {since}
        {description}
    }
    .into_any()
}

/// What an agreement says, as an `<li>`: who does what by when, its status, and whether it is
/// late. The client reads "me" where a professional reads "the client".
pub(crate) struct AgreementCard<'a> {
    pub agreement: &'a Agreement,
    pub reader: Reader,
    /// The goal it belongs to, in a list of agreements from several goals.
    pub for_goal: Option<String>,
    pub testid: Option<&'static str>,
    /// The HTML id that search and the start screen jump to.
    pub html_id: Option<String>,
    /// The buttons of the client's editor.
    pub extra: Option<AnyView>,
    /// Said next to a professional who did not write it: the client typed it.
    pub by_client: Option<AnyView>,
}

impl<'a> AgreementCard<'a> {
    pub fn new(agreement: &'a Agreement, reader: Reader) -> Self {
        AgreementCard {
            agreement,
            reader,
            for_goal: None,
            testid: None,
            html_id: None,
            extra: None,
            by_client: None,
        }
    }

    pub fn view(self, lang: Lang, today: Option<Date>) -> AnyView {
        let agreement = self.agreement;
        let reader = self.reader;
        let overdue = today.is_some_and(|today| agreement.is_overdue(today));
        let class = if overdue {
            "agreement overdue"
        } else {
            "agreement"
        };
        // Overdue is said in words and with a mark, not by colour alone.
        let marker = overdue.then(|| {
            view! {
                <p class="overdue-note" data-testid="agreement-overdue">
                    <span class="overdue-icon" aria-hidden="true">"!"</span>
                    <strong>{ViewerText::ViewOverdue.get(lang)}</strong>
                </p>
            }
        });
        let due = agreement.due.map(|due| {
            view! {
                <div class="pair">
                    <dt>{ViewerText::ViewLabelDueBy.get(lang)}</dt>
                    <dd><time datetime=due.to_string()>{formats::date_short(due, lang)}</time></dd>
                </div>
            }
        });
        let by_client = self.by_client;
        let focusable = self.html_id.is_some().then_some("-1");
        let for_goal = self
            .for_goal
            .map(|text| view! { <p class="meta">{text}</p> });
        view! {
            <li class=class id=self.html_id tabindex=focusable data-testid=self.testid data-status=agreement.status.key()
                data-overdue=overdue.to_string()>
                <p class="agreement-what">{agreement.what.trim().to_owned()}</p>
                {for_goal}
                {marker}
                <dl class="details">
                    <div class="pair">
                        <dt>{ViewerText::ViewLabelWho.get(lang)}</dt>
                        <dd data-testid="agreement-owner">{agreement.owner.words(lang, reader)}{by_client}</dd>
                    </div>
                    {due}
                    <div class="pair">
                        <dt>{Text::ViewLabelStatus.get(lang)}</dt>
                        <dd>{agreement.status.text().get(lang)}</dd>
                    </div>
                </dl>
                {(reader == Reader::Client).then(|| accepted_from(&agreement.id, lang))}
                {self.extra}
            </li>
        }
        .into_any()
    }
}
