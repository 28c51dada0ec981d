//! Gezondheid: what a new helper should know about the client's health.

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, SectionKey, ValidationError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub id: EntryId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub since: Option<Date>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Medication {
    pub id: EntryId,
    #[serde(default)]
    pub name: String,
    /// As on the label: "500 mg".
    #[serde(default)]
    pub dose: String,
    /// In the client's words: "'s ochtends en 's avonds".
    #[serde(default)]
    pub when: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allergy {
    pub id: EntryId,
    /// What the client reacts to.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub reaction: String,
}

/// A doctor, therapist or pharmacy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CareProvider {
    pub id: EntryId,
    #[serde(default)]
    pub name: String,
    /// "Huisarts", "apotheek", "psychiater".
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub phone: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Health {
    pub conditions: Vec<Condition>,
    pub medication: Vec<Medication>,
    pub allergies: Vec<Allergy>,
    pub providers: Vec<CareProvider>,
}

impl Health {
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Health);
        let named = self
            .conditions
            .iter()
            .map(|c| (&c.id, &c.name))
            .chain(self.medication.iter().map(|m| (&m.id, &m.name)))
            .chain(self.allergies.iter().map(|a| (&a.id, &a.name)))
            .chain(self.providers.iter().map(|p| (&p.id, &p.name)));
        for (id, name) in named {
            report.entry(id);
            report.require(Some(id), "name", name);
        }
        report.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Problem;

    fn sample() -> Health {
        Health {
            conditions: vec![Condition {
                id: EntryId::new("c1"),
                name: "Diabetes type 2".into(),
                since: Some(Date::parse("2019-05-01").unwrap()),
                note: String::new(),
            }],
            medication: vec![Medication {
                id: EntryId::new("m1"),
                name: "Metformine".into(),
                dose: "500 mg".into(),
                when: "'s ochtends en 's avonds".into(),
            }],
            allergies: vec![Allergy {
                id: EntryId::new("a1"),
                name: "Penicilline".into(),
                reaction: "huiduitslag".into(),
            }],
            providers: vec![CareProvider {
                id: EntryId::new("p1"),
                name: "Dr. Jansen".into(),
                role: "Huisarts".into(),
                phone: "030 123 45 67".into(),
            }],
        }
    }

    #[test]
    fn round_trips_through_json() {
        let health = sample();
        let json = serde_json::to_string(&health).unwrap();
        assert_eq!(serde_json::from_str::<Health>(&json).unwrap(), health);
        assert_eq!(
            serde_json::from_str::<Health>("{}").unwrap(),
            Health::default()
        );
    }

    #[test]
    fn every_entry_needs_a_name_and_its_own_id() {
        assert_eq!(sample().validate(), Ok(()));
        let mut health = sample();
        health.medication[0].name.clear();
        health.providers[0].id = EntryId::new("c1");
        let errors = health.validate().unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].problem, Problem::Required { field: "name" });
        assert_eq!(errors[0].entry, Some(EntryId::new("m1")));
        assert_eq!(errors[1].problem, Problem::DuplicateId);
    }
}
