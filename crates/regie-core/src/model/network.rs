//! Netwerk: the people and organisations around the client, and who to call first.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, Problem, SectionKey, ValidationError};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    #[default]
    Person,
    Organisation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: EntryId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: ContactKind,
    /// What they do for the client: "schuldhulpverlener", "buurvrouw".
    #[serde(default)]
    pub role: String,
    /// How they are related to the client: "zus", "vriend".
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub since: Option<Date>,
    /// The one person a professional should reach first; at most one contact has it.
    #[serde(default)]
    pub first_contact: bool,
}

impl ContactKind {
    pub const ALL: [ContactKind; 2] = [ContactKind::Person, ContactKind::Organisation];

    pub fn key(self) -> &'static str {
        match self {
            ContactKind::Person => "person",
            ContactKind::Organisation => "organisation",
        }
    }

    pub fn from_key(key: &str) -> Option<ContactKind> {
        ContactKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

impl Contact {
    /// A person known only by name, as a new contact starts before the rest is filled in.
    pub fn named(id: EntryId, name: impl Into<String>) -> Contact {
        Contact {
            id,
            name: name.into(),
            kind: ContactKind::Person,
            role: String::new(),
            relation: String::new(),
            organisation: String::new(),
            phone: String::new(),
            email: String::new(),
            since: None,
            first_contact: false,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Network {
    pub contacts: Vec<Contact>,
}

impl Network {
    pub fn first_contact(&self) -> Option<&Contact> {
        self.contacts.iter().find(|contact| contact.first_contact)
    }

    /// Makes `id` the first contact and clears the mark elsewhere, so the rule of one first
    /// contact holds whatever the app did before. Returns false when no contact has `id`.
    pub fn set_first_contact(&mut self, id: &EntryId) -> bool {
        if !self.contacts.iter().any(|contact| &contact.id == id) {
            return false;
        }
        for contact in &mut self.contacts {
            contact.first_contact = &contact.id == id;
        }
        true
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Network);
        let mut first_contacts = 0;
        for contact in &self.contacts {
            report.entry(&contact.id);
            report.require(Some(&contact.id), "name", &contact.name);
            if contact.first_contact {
                first_contacts += 1;
                if first_contacts == 2 {
                    report.problem(Some(&contact.id), Problem::SeveralFirstContacts);
                }
            }
        }
        report.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: &str, name: &str, first: bool) -> Contact {
        Contact {
            first_contact: first,
            ..Contact::named(EntryId::new(id), name)
        }
    }

    #[test]
    fn contact_kind_keys_match_serde() {
        for kind in ContactKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
            assert_eq!(ContactKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(ContactKind::from_key("neighbour"), None);
    }

    #[test]
    fn at_most_one_first_contact() {
        let mut network = Network {
            contacts: vec![
                contact("a", "Fatima", true),
                contact("b", "Kees", true),
                contact("c", "Wijkteam", true),
            ],
        };
        let errors = network.validate().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].problem, Problem::SeveralFirstContacts);
        assert_eq!(errors[0].entry, Some(EntryId::new("b")));

        assert!(network.set_first_contact(&EntryId::new("c")));
        assert_eq!(network.validate(), Ok(()));
        assert_eq!(network.first_contact().unwrap().name, "Wijkteam");
        assert!(!network.set_first_contact(&EntryId::new("zz")));
        assert_eq!(network.first_contact().unwrap().name, "Wijkteam");
    }

    #[test]
    fn a_contact_needs_a_name() {
        let network = Network {
            contacts: vec![contact("a", "\t", false)],
        };
        let errors = network.validate().unwrap_err();
        assert_eq!(errors[0].problem, Problem::Required { field: "name" });
        assert_eq!(errors[0].section(), Some(SectionKey::Network));
    }

    #[test]
    fn round_trips_and_fills_in_missing_fields() {
        let mut organisation = contact("b", "Stichting <Thuis> & Co", true);
        organisation.kind = ContactKind::Organisation;
        organisation.since = Some(Date::parse("2022-09-01").unwrap());
        let network = Network {
            contacts: vec![contact("a", "Fatima", false), organisation],
        };
        let json = serde_json::to_string(&network).unwrap();
        assert_eq!(serde_json::from_str::<Network>(&json).unwrap(), network);

        let minimal: Contact = serde_json::from_str(r#"{"id":"x","name":"Kees"}"#).unwrap();
        assert_eq!(minimal, contact("x", "Kees", false));
    }
}
