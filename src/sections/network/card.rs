use leptos::prelude::*;
use regie_core::catalogue::{Lang, Text, ViewerText};
use regie_core::model::{Contact, Network};
use regie_core::sorting::sort_by_key;

use crate::sections::card_parts::{details, heading, view_list, Level, Value};

/// The contacts, the first contact on top and the rest in the client's order, read-only.
pub(crate) fn card(network: &Network, lang: Lang) -> Option<AnyView> {
    let items = in_order(network)
        .iter()
        .map(|contact| {
            let class = if contact.first_contact {
                "view-entry contact first-contact"
            } else {
                "view-entry contact"
            };
            view! { <li class=class>{contact_card(contact, lang)}</li> }.into_any()
        })
        .collect();
    view_list(items)
}

/// The first contact on top; the rest in the client's order.
pub(super) fn in_order(network: &Network) -> Vec<Contact> {
    let mut contacts = network.contacts.clone();
    sort_by_key(&mut contacts, |contact| !contact.first_contact);
    contacts
}

/// A contact: name, person or organisation, whether they are the first contact, and how to
/// reach them (tappable).
pub(crate) fn contact_card(contact: &Contact, lang: Lang) -> AnyView {
    let badge = contact.first_contact.then(|| {
        view! { <p class="badge" data-testid="first-contact">{ViewerText::ViewFirstContact.get(lang)}</p> }
    });
    let kind = contact.kind.text();
    let rows = details(
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
    );
    view! {
        {heading(Level::H3, "entry-title", contact.name.trim().to_owned())}
        <p class="meta">{kind.get(lang)}</p>
        {badge}
        {rows}
    }
    .into_any()
}
