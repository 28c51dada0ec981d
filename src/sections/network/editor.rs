use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::editing::{check_contact, read_date, remove, upsert};
use regie_core::model::{Contact, ContactKind, EntryId};

use super::card::{contact_card, in_order};
use crate::components::{
    date_input, new_entry_id, report, Check, Choice, EntryForm, EntryList, FormArgs, Input,
};
use crate::i18n::tr;
use crate::session::Session;

/// The client's contacts, each card with edit and delete.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let contacts = Memo::new(move |_| session.dossier.with(|d| in_order(&d.network)));
    view! {
        <section data-testid="section-network" aria-labelledby="network-title">
            <h1 id="network-title">{tr(Text::SectionNetwork)}</h1>
            <p>{tr(Text::NetworkIntro)}</p>
            <EntryList testid="contact" heading=Text::NetworkListTitle empty=Text::NetworkEmpty adds=vec![Text::NetworkAdd.into()]
                items=contacts
                id_of=|c: &Contact| &c.id
                title_of=|c: &Contact| c.name.trim().to_owned()
                card=contact_card form=contact_form reveal
                remove=|d, id| {
                    remove(&mut d.network.contacts, |c| &c.id, id);
                }/>
        </section>
    }
}

fn contact_form(args: FormArgs<Contact>) -> AnyView {
    view! { <ContactForm initial=args.initial done=args.done/> }.into_any()
}

#[component]
fn ContactForm(initial: Option<Contact>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = initial.as_ref().map(|c| c.name.trim().to_owned());
    let id: EntryId = initial
        .as_ref()
        .map(|c| c.id.clone())
        .unwrap_or_else(new_entry_id);
    let c = initial.unwrap_or_else(|| Contact::named(id.clone(), ""));
    let name = RwSignal::new(c.name);
    let kind = RwSignal::new(c.kind.key().to_owned());
    let role = RwSignal::new(c.role);
    let relation = RwSignal::new(c.relation);
    let organisation = RwSignal::new(c.organisation);
    let phone = RwSignal::new(c.phone);
    let email = RwSignal::new(c.email);
    let since = RwSignal::new(date_input(c.since));
    let first = RwSignal::new(c.first_contact);
    let error = RwSignal::new(None);
    let id = StoredValue::new(id);

    let save = Callback::new(move |()| {
        let since = match read_date("since", &since.get_untracked()) {
            Ok(since) => since,
            Err(mistake) => return error.set(Some(mistake.text())),
        };
        let contact = Contact {
            id: id.get_value(),
            name: name.get_untracked(),
            kind: ContactKind::from_key(&kind.get_untracked()).unwrap_or_default(),
            role: role.get_untracked(),
            relation: relation.get_untracked(),
            organisation: organisation.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            since,
            first_contact: first.get_untracked(),
        };
        if !report(error, check_contact(&contact)) {
            return;
        }
        session.edit(move |d| {
            let id = contact.id.clone();
            let first = contact.first_contact;
            upsert(&mut d.network.contacts, |c| &c.id, contact);
            if first {
                d.network.set_first_contact(&id);
            }
        });
        done.run(());
    });

    view! {
        <EntryForm testid="contact" title=Text::NetworkAdd editing=editing
            error=error on_save=save done=done>
            <Input label=Text::FieldName testid="contact-name" value=name required=true/>
            <Choice label=Text::ContactKindLabel testid="contact-kind" value=kind
                options=vec![(ContactKind::Person.key(), Text::ContactPerson.into()), (ContactKind::Organisation.key(), Text::ContactOrganisation.into())]/>
            <Input label=Text::ContactRole testid="contact-role" value=role/>
            <Input label=Text::ContactRelation testid="contact-relation" value=relation/>
            <Input label=Text::ViewLabelOrganisation testid="contact-organisation" value=organisation/>
            <Input label=Text::FieldPhone testid="contact-phone" value=phone kind="tel"/>
            <Input label=Text::FieldEmail testid="contact-email" value=email kind="email"/>
            <Input label=Text::ContactSince testid="contact-since" value=since kind="date"/>
            <Check label=Text::ContactFirst testid="contact-first" value=first
                hint=Text::ContactFirstHint/>
        </EntryForm>
    }
}
