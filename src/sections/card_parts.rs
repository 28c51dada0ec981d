//! The pieces cards are built of: labelled values, rows of them, tappable phone numbers and
//! email addresses, a heading over a list.
//!
//! Everything the client typed goes into text nodes or attribute values, never into
//! `inner_html`, so HTML in the dossier is shown as the text it is. And each typed value is
//! isolated from the text around it (`<bdi>`, `dir="auto"`; phone numbers and e-mail
//! addresses always left to right), so a Dutch name or an amount keeps its order on an
//! Arabic screen and Arabic typed text keeps its own on a Dutch one.

use leptos::prelude::*;
use regie_core::catalogue::{formats, Lang, ViewerText, Words};
use regie_core::model::Date;

/// The level of an entry's heading: the same card sits under a list heading of its own in
/// the client's app and under a section's group heading in a shared view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    H2,
    H3,
    H4,
}

/// A heading at `level` with the client's text in it.
pub(crate) fn heading(level: Level, class: &'static str, text: String) -> AnyView {
    match level {
        Level::H2 => view! { <h2 class=class><bdi>{text}</bdi></h2> }.into_any(),
        Level::H3 => view! { <h3 class=class><bdi>{text}</bdi></h3> }.into_any(),
        Level::H4 => view! { <h4 class=class><bdi>{text}</bdi></h4> }.into_any(),
    }
}

/// An entry's name as its heading, with the rows that have a value under it.
pub(crate) fn titled<W: Words>(
    level: Level,
    name: &str,
    lang: Lang,
    rows: Vec<(W, Value)>,
) -> AnyView {
    let rows = details(lang, rows);
    view! { {heading(level, "entry-title", name.trim().to_owned())} {rows} }.into_any()
}

/// The groups that have entries, or `None` when none has.
pub(crate) fn groups<const N: usize>(groups: [Option<AnyView>; N]) -> Option<AnyView> {
    if groups.iter().all(Option::is_none) {
        return None;
    }
    Some(groups.into_iter().flatten().collect_view().into_any())
}

/// A list of entries, or `None` when there are none.
pub(crate) fn view_list(items: Vec<AnyView>) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    Some(view! { <ul class="view-list">{items}</ul> }.into_any())
}

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
            Value::Plain(text) => view! { <dd><bdi>{text}</bdi></dd> }.into_any(),
            Value::Multiline(text) => view! { <dd class="story" dir="auto">{text}</dd> }.into_any(),
            Value::Date(date) => match date {
                Some(date) => view! { <dd>{date_view(date, lang)}</dd> }.into_any(),
                None => view! { <dd></dd> }.into_any(),
            },
            Value::DateWith(date, text) => view! {
                <dd><time class="told" datetime=date.to_string()>{text}</time></dd>
            }
            .into_any(),
            Value::Phone(number) => view! { <dd>{phone_view(number)}</dd> }.into_any(),
            Value::Email(address) => view! { <dd>{email_view(address)}</dd> }.into_any(),
        }
    }
}

/// A `<dl>` of the pairs that have a value, or `None` when none has.
/// The labels may come from any table of the catalogue.
pub(crate) fn details<W: Words>(lang: Lang, rows: Vec<(W, Value)>) -> Option<AnyView> {
    let rows = rows
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(label, value)| (label.get(lang), value))
        .collect();
    labelled(lang, rows)
}

fn labelled(lang: Lang, rows: Vec<(&'static str, Value)>) -> Option<AnyView> {
    if rows.is_empty() {
        return None;
    }
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            view! {
                <div class="pair">
                    <dt>{label}</dt>
                    {value.into_view(lang)}
                </div>
            }
        })
        .collect_view();
    Some(view! { <dl class="details">{rows}</dl> }.into_any())
}

pub(crate) fn date_view(date: Date, lang: Lang) -> impl IntoView {
    view! { <time datetime=date.to_string()>{formats::date_short(date, lang)}</time> }
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
        view! { <a href=href dir="ltr">{number}</a> }.into_any()
    } else {
        view! { <bdi>{number}</bdi> }.into_any()
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
        view! { <a href=href dir="ltr">{address}</a> }.into_any()
    } else {
        view! { <bdi>{address}</bdi> }.into_any()
    }
}

/// A heading and a list, only when there is anything to list.
pub(crate) fn group(
    lang: Lang,
    heading: impl Words,
    class: &'static str,
    items: Vec<AnyView>,
) -> Option<AnyView> {
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

pub(crate) fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// " · ingevuld door de cliënt": next to a professional's name on an entry the client typed
/// herself ([`regie_core::reply::typed_by_client`]).
pub(crate) fn typed_by_client_mark(
    provenance: &regie_core::reply::ProvenanceMap,
    entry: &impl regie_core::reply::NamesProfessional,
    lang: Lang,
) -> Option<AnyView> {
    regie_core::reply::typed_by_client(provenance, entry).then(|| {
        view! { <span class="by-client" data-testid="typed-by-client">" · "{ViewerText::ViewTypedByClient.get(lang)}</span> }
            .into_any()
    })
}

/// Where an accepted reply came from, under its entry.
pub(crate) fn provenance_line(
    provenance: Option<&regie_core::reply::Provenance>,
    lang: Lang,
    reader: crate::components::Reader,
) -> Option<AnyView> {
    let provenance = provenance?;
    let shared_on = crate::platform::clock::date_at(provenance.shared.0);
    let words = provenance.words(lang, reader, shared_on);
    Some(view! { <p class="meta provenance" data-testid="entry-provenance">{words}</p> }.into_any())
}

/// In the client's own lists: where an entry she accepted came from, if it was a reply.
pub(crate) fn accepted_from(id: &regie_core::model::EntryId, lang: Lang) -> Option<AnyView> {
    let session = use_context::<crate::session::Session>()?;
    let provenance = session
        .dossier
        .with_untracked(|d| d.provenance.get(id).cloned())?;
    provenance_line(Some(&provenance), lang, crate::components::Reader::Client)
}
