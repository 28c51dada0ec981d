//! One dossier section, read-only: what a professional sees through a share link.
//!
//! Everything the client typed goes into text nodes or attribute values, never into
//! `inner_html`, so HTML in the dossier is shown as the text it is.

use std::sync::Arc;

use leptos::prelude::*;
use regie_core::catalogue::{Lang, Text};
use regie_core::model::{
    is_valid_time, Agreement, AgreementStatus, Application, ApplicationStatus, Contact,
    CurrentHelp, Date, Decision, DocumentRef, Documents, Domain, DomainScore, Domains, Dossier,
    Goal, Goals, Health, Journal, JournalEntry, JournalKind, Network, Owner, ScoredBy, SectionKey,
    Support, Timestamp,
};

use crate::i18n::{tr, I18n};
use crate::platform::clock;

/// The heading of a section, as the client's own app names it.
pub fn section_title(key: SectionKey) -> Text {
    match key {
        SectionKey::About => Text::SectionAbout,
        SectionKey::Story => Text::SectionStory,
        SectionKey::Domains => Text::SectionDomains,
        SectionKey::Goals => Text::SectionGoals,
        SectionKey::Network => Text::SectionNetwork,
        SectionKey::Support => Text::SectionSupport,
        SectionKey::Health => Text::SectionHealth,
        SectionKey::Journal => Text::SectionJournal,
        SectionKey::Documents => Text::SectionDocuments,
    }
}

/// One section of a shared dossier, read-only, in the chosen language.
#[component]
pub fn SectionView(dossier: Arc<Dossier>, key: SectionKey) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let now = Now::read();
    let title_id = format!("view-section-{key}-title");
    let labelledby = title_id.clone();
    let testid = format!("view-section-{key}");
    let content = move || {
        let lang = lang.get();
        section_body(&dossier, key, lang, now).unwrap_or_else(|| {
            view! { <p class="empty">{Text::ViewEmpty.get(lang)}</p> }.into_any()
        })
    };
    view! {
        <section class="view-section" data-testid=testid
            aria-labelledby=labelledby>
            <h2 id=title_id>{tr(section_title(key))}</h2>
            {content}
        </section>
    }
}

/// A date as people write it: "22-11-2026" in Dutch, "22 Nov 2026" in English.
pub fn show_date(date: Date, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Nl => format!("{}-{}-{}", date.day(), date.month(), date.year()),
        Lang::En => {
            let month = MONTHS[usize::from(date.month().clamp(1, 12)) - 1];
            format!("{} {} {}", date.day(), month, date.year())
        }
    }
}

/// The local calendar: today's date and the offset that turns a timestamp into a date.
#[derive(Clone, Copy)]
struct Now {
    today: Option<Date>,
    offset_minutes: i32,
}

impl Now {
    fn read() -> Now {
        let offset_minutes = -(js_sys::Date::new_0().get_timezone_offset() as i32);
        Now {
            today: Timestamp(clock::now_ms()).to_date(offset_minutes),
            offset_minutes,
        }
    }

    fn date_of(self, moment: Timestamp) -> Option<Date> {
        moment.to_date(self.offset_minutes)
    }
}

/// The content under the heading, or `None` when there is nothing to show.
fn section_body(dossier: &Dossier, key: SectionKey, lang: Lang, now: Now) -> Option<AnyView> {
    if dossier.is_section_empty(key) {
        return None;
    }
    match key {
        SectionKey::About => about_view(dossier, lang),
        SectionKey::Story => story_view(dossier, lang, now),
        SectionKey::Domains => domains_view(&dossier.domains, lang),
        SectionKey::Goals => goals_view(&dossier.goals, lang, now),
        SectionKey::Network => network_view(&dossier.network, lang),
        SectionKey::Support => support_view(&dossier.support, lang),
        SectionKey::Health => health_view(&dossier.health, lang),
        SectionKey::Journal => journal_view(&dossier.journal, lang),
        SectionKey::Documents => documents_view(&dossier.documents, lang, now),
    }
}

// -- field/value pairs --

/// The value of one field/value pair.
pub(crate) enum Value {
    Plain(String),
    /// Kept with its line breaks.
    Multiline(String),
    Date(Option<Date>),
    /// A date told in words of its own, such as a deadline with how it was worked out.
    DateWith(Date, String),
    Phone(String),
    Email(String),
}

impl Value {
    pub(crate) fn plain(text: &str) -> Value {
        Value::Plain(text.trim().to_owned())
    }

    pub(crate) fn multiline(text: &str) -> Value {
        Value::Multiline(text.trim().to_owned())
    }

    pub(crate) fn phone(text: &str) -> Value {
        Value::Phone(text.trim().to_owned())
    }

    fn is_empty(&self) -> bool {
        match self {
            Value::Plain(text)
            | Value::Multiline(text)
            | Value::Phone(text)
            | Value::Email(text) => text.is_empty(),
            Value::Date(date) => date.is_none(),
            Value::DateWith(_, text) => text.is_empty(),
        }
    }

    fn into_view(self, lang: Lang) -> AnyView {
        match self {
            Value::Plain(text) => view! { <dd>{text}</dd> }.into_any(),
            Value::Multiline(text) => view! { <dd class="story">{text}</dd> }.into_any(),
            Value::Date(date) => match date {
                Some(date) => view! { <dd>{date_view(date, lang)}</dd> }.into_any(),
                None => view! { <dd></dd> }.into_any(),
            },
            Value::DateWith(date, text) => view! {
                <dd><time datetime=date.to_string()>{text}</time></dd>
            }
            .into_any(),
            Value::Phone(number) => view! { <dd>{phone_view(number)}</dd> }.into_any(),
            Value::Email(address) => view! { <dd>{email_view(address)}</dd> }.into_any(),
        }
    }
}

/// A `<dl>` of the pairs that have a value, or `None` when none has.
pub(crate) fn details(lang: Lang, rows: Vec<(Text, Value)>) -> Option<AnyView> {
    let rows: Vec<(Text, Value)> = rows.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    if rows.is_empty() {
        return None;
    }
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            view! {
                <div class="pair">
                    <dt>{label.get(lang)}</dt>
                    {value.into_view(lang)}
                </div>
            }
        })
        .collect_view();
    Some(view! { <dl class="details">{rows}</dl> }.into_any())
}

fn date_view(date: Date, lang: Lang) -> impl IntoView {
    view! { <time datetime=date.to_string()>{show_date(date, lang)}</time> }
}

/// A phone number to tap; the link carries only digits and a leading plus.
fn phone_view(number: String) -> AnyView {
    let dial: String = number
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    if dial.chars().any(|c| c.is_ascii_digit()) {
        let href = format!("tel:{dial}");
        view! { <a href=href>{number}</a> }.into_any()
    } else {
        view! { <span>{number}</span> }.into_any()
    }
}

/// An email address to tap, when it looks like one; otherwise just the text.
fn email_view(address: String) -> AnyView {
    let plausible = address.contains('@')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "?&#<>\"'\\,;:".contains(c));
    if plausible {
        let href = format!("mailto:{address}");
        view! { <a href=href>{address}</a> }.into_any()
    } else {
        view! { <span>{address}</span> }.into_any()
    }
}

/// A heading and a list, only when there is anything to list.
fn group(lang: Lang, heading: Text, class: &'static str, items: Vec<AnyView>) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    Some(
        view! {
            <div class=format!("view-group {class}")>
                <h3>{heading.get(lang)}</h3>
                <ul class="view-list">{items}</ul>
            </div>
        }
        .into_any(),
    )
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

// -- over mij, mijn verhaal --

fn about_view(dossier: &Dossier, lang: Lang) -> Option<AnyView> {
    let about = &dossier.about;
    details(
        lang,
        vec![
            (Text::FieldName, Value::plain(&about.name)),
            (Text::FieldDateOfBirth, Value::Date(about.date_of_birth)),
            (Text::FieldPhone, Value::phone(&about.phone)),
            (
                Text::FieldEmail,
                Value::Email(about.email.trim().to_owned()),
            ),
            (Text::FieldAddress, Value::multiline(&about.address)),
            (Text::FieldLanguages, Value::plain(&about.languages)),
            (Text::FieldApproach, Value::multiline(&about.approach)),
            (
                Text::FieldWhatMatters,
                Value::multiline(&about.what_matters),
            ),
        ],
    )
}

fn story_view(dossier: &Dossier, lang: Lang, now: Now) -> Option<AnyView> {
    let story = &dossier.story;
    if story.text.trim().is_empty() {
        return None;
    }
    let updated = story
        .updated
        .and_then(|moment| now.date_of(moment))
        .map(|date| {
            view! {
                <p class="meta">{Text::ViewStoryUpdated.fill(lang, &[&show_date(date, lang)])}</p>
            }
        });
    let text = story.text.clone();
    Some(view! { {updated} <p class="story">{text}</p> }.into_any())
}

// -- leefgebieden --

fn domain_name(domain: Domain) -> Text {
    match domain {
        Domain::Finances => Text::DomainFinances,
        Domain::DailyActivity => Text::DomainDailyActivity,
        Domain::Housing => Text::DomainHousing,
        Domain::DomesticRelations => Text::DomainDomesticRelations,
        Domain::MentalHealth => Text::DomainMentalHealth,
        Domain::PhysicalHealth => Text::DomainPhysicalHealth,
        Domain::Addiction => Text::DomainAddiction,
        Domain::AdlActivities => Text::DomainAdlActivities,
        Domain::SocialNetwork => Text::DomainSocialNetwork,
        Domain::CommunityParticipation => Text::DomainCommunityParticipation,
        Domain::Justice => Text::DomainJustice,
    }
}

fn score_meaning(score: u8) -> Text {
    match score {
        1 => Text::ViewScore1,
        2 => Text::ViewScore2,
        3 => Text::ViewScore3,
        4 => Text::ViewScore4,
        _ => Text::ViewScore5,
    }
}

fn domains_view(domains: &Domains, lang: Lang) -> Option<AnyView> {
    if domains.scores.is_empty() {
        return None;
    }
    let own = Text::ViewColOwnScore.get(lang);
    let pro = Text::ViewColProScore.get(lang);
    // Narrow screens stack the table; the roles keep its meaning for screen readers there,
    // and the labels repeated in each cell are for the eye only.
    let rows = Domain::ALL
        .into_iter()
        .map(|domain| {
            view! {
                <tr role="row" data-domain=domain.key()>
                    <th role="rowheader" scope="row">{domain_name(domain).get(lang)}</th>
                    <td role="cell">
                        <span class="cell-label" aria-hidden="true">{own}</span>
                        {score_cell(domains.latest(domain, true), lang)}
                    </td>
                    <td role="cell">
                        <span class="cell-label" aria-hidden="true">{pro}</span>
                        {score_cell(domains.latest(domain, false), lang)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let caption_id = "view-domains-caption";
    // The picture for the eye; the table below says the same for everyone.
    let chart = super::overview_chart(domains, lang, super::Reader::Viewer);
    // How each scored domain went over time; the list of scores is not in the share, so the
    // picture's accessible name tells its course in words.
    let trends = Domain::ALL
        .into_iter()
        .filter_map(|domain| {
            super::trend_chart(domains, domain, lang, super::Reader::Viewer).map(|trend| {
                view! {
                    <li class="view-entry" data-domain=domain.key()>
                        <h4>{domain_name(domain).get(lang)}</h4>
                        {trend}
                    </li>
                }
            })
        })
        .collect_view();
    Some(
        view! {
            {chart}
            <div class="table-scroll" role="region" aria-labelledby=caption_id tabindex="0">
                <table class="scores" role="table" aria-labelledby=caption_id>
                    <caption id=caption_id>{Text::ViewDomainsCaption.get(lang)}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th role="columnheader" scope="col">{Text::ViewColDomain.get(lang)}</th>
                            <th role="columnheader" scope="col">{own}</th>
                            <th role="columnheader" scope="col">{pro}</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{rows}</tbody>
                </table>
            </div>
            <div class="view-group trends">
                <h3>{Text::DomTrendTitle.get(lang)}</h3>
                <ul class="view-list">{trends}</ul>
            </div>
        }
        .into_any(),
    )
}

fn score_cell(score: Option<&DomainScore>, lang: Lang) -> AnyView {
    let Some(score) = score else {
        return view! { <span class="no-score">{Text::ViewNoScore.get(lang)}</span> }.into_any();
    };
    let value = score.score.get();
    let label =
        Text::ViewScoreValue.fill(lang, &[&value.to_string(), score_meaning(value).get(lang)]);
    let date = show_date(score.date, lang);
    let when = match &score.scored_by {
        ScoredBy::Professional { name } if !name.trim().is_empty() => {
            Text::ViewScoredOnBy.fill(lang, &[&date, name.trim()])
        }
        _ => Text::ViewScoredOn.fill(lang, &[&date]),
    };
    let note = non_empty(&score.note).map(|note| view! { <span class="note story">{note}</span> });
    view! {
        <span class="score" data-score=value.to_string()>{label}</span>
        <span class="meta">{when}</span>
        {note}
    }
    .into_any()
}

// -- doelen en afspraken --

fn goals_view(goals: &Goals, lang: Lang, now: Now) -> Option<AnyView> {
    let items: Vec<AnyView> = goals
        .goals
        .iter()
        .map(|goal| goal_view(goal, lang, now))
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(view! { <ul class="view-list">{items}</ul> }.into_any())
}

fn goal_view(goal: &Goal, lang: Lang, now: Now) -> AnyView {
    let since = goal.created.map(|date| {
        view! { <p class="meta">{Text::ViewGoalSince.fill(lang, &[&show_date(date, lang)])}</p> }
    });
    let description = non_empty(&goal.description)
        .map(|description| view! { <p class="story">{description}</p> });
    let agreements = (!goal.agreements.is_empty()).then(|| {
        let items = goal
            .agreements
            .iter()
            .map(|agreement| agreement_view(agreement, lang, now))
            .collect_view();
        view! {
            <h4>{Text::ViewAgreements.get(lang)}</h4>
            <ul class="agreements">{items}</ul>
        }
    });
    view! {
        <li class="view-entry goal">
            <h3>{goal.title.trim().to_owned()}</h3>
            {since}
            {description}
            {agreements}
        </li>
    }
    .into_any()
}

fn agreement_view(agreement: &Agreement, lang: Lang, now: Now) -> AnyView {
    let overdue = now.today.is_some_and(|today| agreement.is_overdue(today));
    let (status, status_key) = match agreement.status {
        AgreementStatus::Open => (Text::ViewAgreementOpen, "open"),
        AgreementStatus::Done => (Text::ViewAgreementDone, "done"),
        AgreementStatus::Dropped => (Text::ViewAgreementDropped, "dropped"),
    };
    let class = if overdue {
        "agreement overdue"
    } else {
        "agreement"
    };
    let marker = overdue.then(|| {
        view! { <p class="overdue-note"><strong>{Text::ViewOverdue.get(lang)}</strong></p> }
    });
    let rows = details(
        lang,
        vec![
            (
                Text::ViewLabelWho,
                Value::Plain(owner_text(&agreement.owner, lang)),
            ),
            (Text::ViewLabelDueBy, Value::Date(agreement.due)),
            (
                Text::ViewLabelStatus,
                Value::Plain(status.get(lang).to_owned()),
            ),
        ],
    );
    view! {
        <li class=class data-status=status_key>
            <p class="agreement-what">{agreement.what.trim().to_owned()}</p>
            {marker}
            {rows}
        </li>
    }
    .into_any()
}

fn owner_text(owner: &Owner, lang: Lang) -> String {
    match owner {
        Owner::Me => Text::ViewOwnerMe.get(lang).to_owned(),
        Owner::Network { name } => Text::ViewOwnerNetwork.fill(lang, &[name.trim()]),
        Owner::Professional { name, organisation } if organisation.trim().is_empty() => {
            Text::ViewOwnerProfessional.fill(lang, &[name.trim()])
        }
        Owner::Professional { name, organisation } => {
            Text::ViewOwnerProfessionalAt.fill(lang, &[name.trim(), organisation.trim()])
        }
    }
}

// -- netwerk --

fn network_view(network: &Network, lang: Lang) -> Option<AnyView> {
    let mut contacts: Vec<&Contact> = network.contacts.iter().collect();
    // The first contact on top; the rest in the client's order.
    contacts.sort_by_key(|contact| !contact.first_contact);
    let items: Vec<AnyView> = contacts
        .into_iter()
        .map(|contact| contact_view(contact, lang))
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(view! { <ul class="view-list">{items}</ul> }.into_any())
}

fn contact_view(contact: &Contact, lang: Lang) -> AnyView {
    let first = contact.first_contact;
    let class = if first {
        "view-entry contact first-contact"
    } else {
        "view-entry contact"
    };
    let badge = first.then(|| view! { <p class="badge">{Text::ViewFirstContact.get(lang)}</p> });
    let rows = contact_rows(contact, lang);
    view! {
        <li class=class>
            <h3>{contact.name.trim().to_owned()}</h3>
            {badge}
            {rows}
        </li>
    }
    .into_any()
}

// -- hulp en aanvragen --

fn support_view(support: &Support, lang: Lang) -> Option<AnyView> {
    let help = support
        .help
        .iter()
        .map(|help| help_view(help, lang))
        .collect();
    let applications = support
        .applications
        .iter()
        .map(|application| application_view(application, lang))
        .collect();
    let decisions = support
        .decisions
        .iter()
        .map(|decision| decision_view(decision, lang))
        .collect();
    let groups = [
        group(lang, Text::ViewCurrentHelp, "help", help),
        group(lang, Text::ViewApplications, "applications", applications),
        group(lang, Text::ViewDecisions, "decisions", decisions),
    ];
    if groups.iter().all(Option::is_none) {
        return None;
    }
    Some(groups.into_iter().flatten().collect_view().into_any())
}

fn help_view(help: &CurrentHelp, lang: Lang) -> AnyView {
    let rows = details(
        lang,
        vec![
            (Text::ViewLabelProvider, Value::plain(&help.provider)),
            (Text::ViewLabelSince, Value::Date(help.since)),
            (Text::ViewLabelNote, Value::multiline(&help.note)),
        ],
    );
    view! {
        <li class="view-entry">
            <h4 class="entry-title">{help.what.trim().to_owned()}</h4>
            {rows}
        </li>
    }
    .into_any()
}

fn application_view(application: &Application, lang: Lang) -> AnyView {
    let (status, status_key) = match application.status {
        ApplicationStatus::Applied => (Text::ViewApplicationApplied, "applied"),
        ApplicationStatus::WaitingList => (Text::ViewApplicationWaitingList, "waiting_list"),
        ApplicationStatus::Granted => (Text::ViewApplicationGranted, "granted"),
        ApplicationStatus::Refused => (Text::ViewApplicationRefused, "refused"),
        ApplicationStatus::Withdrawn => (Text::ViewApplicationWithdrawn, "withdrawn"),
    };
    let rows = details(
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
    );
    view! {
        <li class="view-entry" data-status=status_key>
            <h4 class="entry-title">{application.where_.trim().to_owned()}</h4>
            {rows}
        </li>
    }
    .into_any()
}

/// A contact's role, organisation and ways to reach them (tappable): the same rows in the
/// viewer and in the client's own list.
pub(crate) fn contact_rows(contact: &Contact, lang: Lang) -> Option<AnyView> {
    details(
        lang,
        vec![
            (Text::ViewLabelRole, Value::plain(&contact.role)),
            (Text::ViewLabelRelation, Value::plain(&contact.relation)),
            (
                Text::ViewLabelOrganisation,
                Value::plain(&contact.organisation),
            ),
            (Text::FieldPhone, Value::phone(&contact.phone)),
            (
                Text::FieldEmail,
                Value::Email(contact.email.trim().to_owned()),
            ),
            (Text::ViewLabelSince, Value::Date(contact.since)),
        ],
    )
}

/// A decision's facts, the objection deadline with "default" said when it was not set: the
/// same rows in the viewer and in the client's own list.
pub(crate) fn decision_rows(decision: &Decision, lang: Lang) -> Option<AnyView> {
    let deadline = decision.objection_deadline_or_default();
    let deadline_text = match decision.objection_deadline {
        Some(_) => show_date(deadline, lang),
        None => Text::ViewObjectionDefault.fill(lang, &[&show_date(deadline, lang)]),
    };
    details(
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

fn decision_view(decision: &Decision, lang: Lang) -> AnyView {
    let rows = decision_rows(decision, lang);
    view! {
        <li class="view-entry decision">
            <h4 class="entry-title">{decision.what.trim().to_owned()}</h4>
            {rows}
        </li>
    }
    .into_any()
}

// -- gezondheid --

fn health_view(health: &Health, lang: Lang) -> Option<AnyView> {
    let entry = |name: &str, rows: Vec<(Text, Value)>| {
        let rows = details(lang, rows);
        view! {
            <li class="view-entry">
                <h4 class="entry-title">{name.trim().to_owned()}</h4>
                {rows}
            </li>
        }
        .into_any()
    };
    let conditions = health
        .conditions
        .iter()
        .map(|c| {
            entry(
                &c.name,
                vec![
                    (Text::ViewLabelSince, Value::Date(c.since)),
                    (Text::ViewLabelNote, Value::multiline(&c.note)),
                ],
            )
        })
        .collect();
    let medication = health
        .medication
        .iter()
        .map(|m| {
            entry(
                &m.name,
                vec![
                    (Text::ViewLabelDose, Value::plain(&m.dose)),
                    (Text::ViewLabelWhen, Value::plain(&m.when)),
                ],
            )
        })
        .collect();
    let allergies = health
        .allergies
        .iter()
        .map(|a| {
            entry(
                &a.name,
                vec![(Text::ViewLabelReaction, Value::plain(&a.reaction))],
            )
        })
        .collect();
    let providers = health
        .providers
        .iter()
        .map(|p| {
            entry(
                &p.name,
                vec![
                    (Text::ViewLabelRole, Value::plain(&p.role)),
                    (Text::FieldPhone, Value::phone(&p.phone)),
                ],
            )
        })
        .collect();
    let groups = [
        group(lang, Text::ViewConditions, "conditions", conditions),
        group(lang, Text::ViewMedication, "medication", medication),
        group(lang, Text::ViewAllergies, "allergies", allergies),
        group(lang, Text::ViewCareProviders, "providers", providers),
    ];
    if groups.iter().all(Option::is_none) {
        return None;
    }
    Some(groups.into_iter().flatten().collect_view().into_any())
}

// -- dagboek --

fn journal_view(journal: &Journal, lang: Lang) -> Option<AnyView> {
    let items: Vec<AnyView> = journal
        .timeline()
        .into_iter()
        .map(|entry| journal_entry_view(entry, lang))
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(view! { <ol class="view-list timeline">{items}</ol> }.into_any())
}

/// What a journal entry shows before its title: when (as text and as a `datetime`), its kind
/// (and the kind's key), and for an appointment with whom and where. The same in the viewer
/// and in the client's own timeline.
pub(crate) struct JournalHead {
    pub when: String,
    pub datetime: String,
    pub kind: Text,
    pub kind_key: &'static str,
    pub rows: Option<AnyView>,
}

pub(crate) fn journal_head(entry: &JournalEntry, lang: Lang) -> JournalHead {
    let time = entry.time.as_deref().filter(|time| is_valid_time(time));
    let date = show_date(entry.date, lang);
    let (when, datetime) = match time {
        Some(time) => (
            Text::ViewDateAtTime.fill(lang, &[&date, time]),
            format!("{}T{time}", entry.date),
        ),
        None => (date, entry.date.to_string()),
    };
    let (kind, kind_key, rows) = match &entry.kind {
        JournalKind::Note => (Text::ViewJournalNote, "note", None),
        JournalKind::Appointment { with_whom, place } => (
            Text::ViewJournalAppointment,
            "appointment",
            details(
                lang,
                vec![
                    (Text::ViewLabelWithWhom, Value::plain(with_whom)),
                    (Text::ViewLabelPlace, Value::plain(place)),
                ],
            ),
        ),
    };
    JournalHead {
        when,
        datetime,
        kind,
        kind_key,
        rows,
    }
}

fn journal_entry_view(entry: &JournalEntry, lang: Lang) -> AnyView {
    let JournalHead {
        when,
        datetime,
        kind,
        kind_key,
        rows,
    } = journal_head(entry, lang);
    let title = non_empty(&entry.title).map(|title| view! { <h3>{title}</h3> });
    let text = non_empty(&entry.text).map(|text| view! { <p class="story">{text}</p> });
    view! {
        <li class="view-entry journal-entry" data-kind=kind_key>
            <p class="meta">
                <span class="kind">{kind.get(lang)}</span>
                <time datetime=datetime>{when}</time>
            </p>
            {title}
            {rows}
            {text}
        </li>
    }
    .into_any()
}

// -- documenten --

fn documents_view(documents: &Documents, lang: Lang, now: Now) -> Option<AnyView> {
    let items: Vec<AnyView> = documents
        .files
        .iter()
        .map(|file| document_view(file, lang, now))
        .collect();
    if items.is_empty() {
        return None;
    }
    let with_files = use_context::<super::SharedFiles>().is_some_and(|f| !f.is_empty());
    Some(
        view! {
            {(!with_files).then(|| view! { <p class="notice">{Text::ViewFileNotIncluded.get(lang)}</p> })}
            <ul class="view-list">{items}</ul>
        }
        .into_any(),
    )
}

fn document_view(file: &DocumentRef, lang: Lang, now: Now) -> AnyView {
    let kind = match file.mime.as_str() {
        "application/pdf" => Text::ViewTypePdf.get(lang).to_owned(),
        _ if file.is_image() => Text::ViewTypeImage.get(lang).to_owned(),
        other => other.trim().to_owned(),
    };
    let rows = details(
        lang,
        vec![
            (Text::ViewLabelFileType, Value::Plain(kind)),
            (
                Text::ViewLabelFileSize,
                Value::Plain(show_size(file.size, lang)),
            ),
            (Text::ViewLabelAdded, Value::Date(now.date_of(file.added))),
            (Text::ViewLabelDocumentDate, Value::Date(file.date)),
            (Text::ViewLabelNote, Value::multiline(&file.note)),
        ],
    );
    let shared = file.clone();
    view! {
        <li class="view-entry document">
            <h3>{file.name.trim().to_owned()}</h3>
            {rows}
            {use_context::<super::SharedFiles>().is_some_and(|f| !f.is_empty())
                .then(|| view! { <super::SharedDocument file=shared/> })}
        </li>
    }
    .into_any()
}

/// A file size in kilobytes below one megabyte, else in megabytes with one decimal.
fn show_size(bytes: u64, lang: Lang) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        let kb = bytes.div_ceil(KB).max(1);
        // Unit symbols, not words: "kB" is the Dutch (SI) spelling, "KB" the usual English.
        match lang {
            Lang::Nl => format!("{kb} kB"),
            Lang::En => format!("{kb} KB"),
        }
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        let separator = match lang {
            Lang::Nl => ',',
            Lang::En => '.',
        };
        format!("{}{separator}{} MB", tenths / 10, tenths % 10)
    }
}
