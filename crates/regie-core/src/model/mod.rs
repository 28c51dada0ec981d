//! The dossier: ten sections the client owns, plus their settings.
//!
//! Every type here is plain data with serde. Text is stored exactly as typed, HTML included:
//! escaping is the renderer's job, and the dossier must give back what the client wrote.
//! Rules that types cannot carry are checked by [`Dossier::validate`], which
//! [`Dossier::from_json`] runs on everything it reads.

mod about;
mod amount;
mod date;
mod documents;
mod domains;
mod error;
mod goals;
mod health;
pub mod helpers;
mod id;
mod journal;
mod migrate;
mod money;
mod network;
pub mod provenance;
mod section;
mod settings;
mod shares;
mod story;
mod support;
mod validation;
pub mod workdays;

#[cfg(test)]
pub(crate) mod samples;

// Property tests need proptest, which runs natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

#[cfg(test)]
mod matrix_tests;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::signing::{DossierSigningKey, Signer25519};

pub use about::About;
pub use amount::{Amount, AmountError, MAX_CENTS};
pub use date::{Date, LocalMoment, Timestamp};
pub use documents::{
    is_allowed_mime, new_document_id, sniff_mime, title_from_file_name, usable_thumb, DocumentRef,
    Documents, ALLOWED_MIME_TYPES, MAX_DOCUMENT_BYTES, MAX_THUMB_CHARS, MAX_TOTAL_DOCUMENT_BYTES,
    THUMB_SIDE,
};
pub use domains::{Domain, DomainScore, Domains, Score, ScoreDraft, ScoreProblem, ScoredBy};
pub use error::ModelError;
pub use goals::{
    Agreement, AgreementDraft, AgreementStatus, Goal, GoalDraft, GoalProblem, Goals, Owner,
    OwnerKind,
};
pub use health::{Allergy, CareProvider, Condition, Health, Medication};
pub use helpers::Helpers;
pub use id::EntryId;
pub use journal::{is_valid_time, Journal, JournalEntry, JournalKind};
pub use money::{Arrangement, Debt, DebtStatus, Frequency, Money, MoneyLine};
pub use network::{Contact, ContactKind, Network};
pub use section::SectionKey;
pub use settings::Settings;
pub use shares::{ShareRecord, Shares};
pub use story::Story;
pub use support::{
    objection_deadline, Application, ApplicationStatus, CurrentHelp, Decision, Procedure, Support,
    OBJECTION_PERIOD_DAYS,
};
pub use validation::{Part, Problem, ValidationError};

/// The schema version this build writes. Raise it only together with a step in `migrate`.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dossier {
    pub schema: u32,
    pub about: About,
    pub story: Story,
    pub domains: Domains,
    pub goals: Goals,
    pub network: Network,
    pub support: Support,
    /// Absent from dossiers made before it existed: they open with an empty one.
    pub money: Money,
    pub health: Health,
    pub journal: Journal,
    pub documents: Documents,
    pub settings: Settings,
    /// What the client shared, with the tokens to revoke it.
    pub shares: Shares,
    /// The key that signs this dossier's shares; its public half gives the check words.
    /// Dossiers from before signed shares have none until they are next opened
    /// ([`Dossier::ensure_signing_key`]). Never part of a share.
    #[serde(
        rename = "signing_key",
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::signing::lenient"
    )]
    pub signing: Option<DossierSigningKey>,
    /// Where accepted replies came from, by the entry each became (see [`crate::reply`]).
    /// Entries not named here were typed by the client.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub provenance: provenance::ProvenanceMap,
}

impl Default for Dossier {
    fn default() -> Self {
        Self::new()
    }
}

impl Dossier {
    /// An empty dossier of the current schema.
    pub fn new() -> Self {
        Dossier {
            schema: SCHEMA_VERSION,
            about: About::default(),
            story: Story::default(),
            domains: Domains::default(),
            goals: Goals::default(),
            network: Network::default(),
            support: Support::default(),
            money: Money::default(),
            health: Health::default(),
            journal: Journal::default(),
            documents: Documents::default(),
            settings: Settings::default(),
            shares: Shares::default(),
            signing: None,
            provenance: Default::default(),
        }
    }

    /// Gives the dossier a signing key if it has none yet; `true` when one was made, and the
    /// dossier should be saved.
    pub fn ensure_signing_key(&mut self) -> bool {
        if self.signing.is_some() {
            return false;
        }
        self.signing = Some(DossierSigningKey::generate());
        true
    }

    /// The public key that this dossier's shares carry, once it has a signing key.
    pub fn signer(&self) -> Option<Signer25519> {
        self.signing.as_ref().map(DossierSigningKey::signer)
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a dossier always serializes")
    }

    /// Indented, for a backup file a person might open.
    pub fn to_json_pretty(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).expect("a dossier always serializes")
    }

    /// Reads a dossier of any schema this build knows, upgrading older ones, and refuses one
    /// that breaks a rule: whatever comes back is safe to show and to save again.
    pub fn from_json(bytes: &[u8]) -> Result<Dossier, ModelError> {
        let value: Value = serde_json::from_slice(bytes)
            .map_err(|_| ModelError::Invalid("this is not a Regie dossier".into()))?;
        let schema = migrate::schema_of(&value)?;
        let value = migrate::migrate(value, schema)?;
        let dossier = Dossier::deserialize(&value).map_err(|error| unreadable(&value, &error))?;
        dossier.validate().map_err(|errors| {
            let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
            ModelError::Invalid(format!(
                "the dossier breaks a rule: {}",
                problems.join("; ")
            ))
        })?;
        Ok(dossier)
    }

    /// Every rule the dossier breaks, section by section; an empty dossier breaks none.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut errors = Vec::new();
        for section in SectionKey::ALL {
            if let Err(found) = self.validate_section(section) {
                errors.extend(found);
            }
        }
        if let Err(found) = self.settings.validate() {
            errors.extend(found);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The rules of one section, for a form that saves only that section.
    pub fn validate_section(&self, section: SectionKey) -> Result<(), Vec<ValidationError>> {
        match section {
            // About and story have no rules a type cannot carry.
            SectionKey::About | SectionKey::Story => Ok(()),
            SectionKey::Domains => self.domains.validate(),
            SectionKey::Goals => self.goals.validate(),
            SectionKey::Network => self.network.validate(),
            SectionKey::Support => self.support.validate(),
            SectionKey::Money => self.money.validate(),
            SectionKey::Health => self.health.validate(),
            SectionKey::Journal => self.journal.validate(),
            SectionKey::Documents => self.documents.validate(),
        }
    }

    /// Open agreements owned by someone other than the client, earliest due first.
    pub fn promised_by_others(&self) -> Vec<(&Goal, &Agreement)> {
        self.goals.promised_by_others()
    }

    /// Whether the client has written anything in `section` yet.
    pub fn is_section_empty(&self, section: SectionKey) -> bool {
        match section {
            SectionKey::About => self.about == About::default(),
            SectionKey::Story => self.story.text.trim().is_empty(),
            SectionKey::Domains => self.domains.scores.is_empty(),
            SectionKey::Goals => self.goals.goals.is_empty(),
            SectionKey::Network => self.network.contacts.is_empty(),
            SectionKey::Support => self.support == Support::default(),
            SectionKey::Money => self.money == Money::default(),
            SectionKey::Health => self.health == Health::default(),
            SectionKey::Journal => self.journal.entries.is_empty(),
            SectionKey::Documents => self.documents.files.is_empty(),
        }
    }

    /// A copy holding only the chosen sections and default settings: what a share may carry.
    /// Sections left out are emptied, not hidden, so nothing else can leak through it.
    /// Journal entries marked "alleen voor mij" are never in it, whatever was chosen.
    pub fn with_only(&self, sections: &[SectionKey]) -> Dossier {
        fn kept<T: Clone + Default>(section: &T, keep: bool) -> T {
            if keep {
                section.clone()
            } else {
                T::default()
            }
        }
        let keep = |section: SectionKey| sections.contains(&section);
        // Every field named, so a new section cannot slip through unasked.
        let mut shared = Dossier {
            schema: SCHEMA_VERSION,
            about: kept(&self.about, keep(SectionKey::About)),
            story: kept(&self.story, keep(SectionKey::Story)),
            domains: kept(&self.domains, keep(SectionKey::Domains)),
            goals: kept(&self.goals, keep(SectionKey::Goals)),
            network: kept(&self.network, keep(SectionKey::Network)),
            support: kept(&self.support, keep(SectionKey::Support)),
            money: kept(&self.money, keep(SectionKey::Money)),
            health: kept(&self.health, keep(SectionKey::Health)),
            journal: kept(&self.journal, keep(SectionKey::Journal)),
            documents: kept(&self.documents, keep(SectionKey::Documents)),
            settings: Settings::default(),
            shares: Shares::default(),
            // The secret key never leaves the dossier; shares carry its public half only.
            signing: None,
            provenance: self.provenance.clone(),
        };
        shared.journal.entries.retain(|entry| !entry.private);
        shared.prune_provenance();
        shared
    }

    /// Keeps the provenance of the entries still here, so a share names no author of an
    /// entry it leaves out.
    pub fn prune_provenance(&mut self) {
        let mut present: std::collections::BTreeSet<&EntryId> = std::collections::BTreeSet::new();
        present.extend(self.journal.entries.iter().map(|e| &e.id));
        present.extend(self.domains.scores.iter().map(|s| &s.id));
        for goal in &self.goals.goals {
            present.extend(goal.agreements.iter().map(|a| &a.id));
        }
        self.provenance.retain(|id, _| present.contains(id));
    }
}

/// Names the part that failed to read, without quoting the client's text.
fn unreadable(value: &Value, whole: &serde_json::Error) -> ModelError {
    fn fails<T: DeserializeOwned>(value: Option<&Value>) -> Option<serde_json::Error> {
        value.and_then(|value| T::deserialize(value).err())
    }
    let culprit = SectionKey::ALL
        .into_iter()
        .find_map(|section| {
            let part = value.get(section.key());
            let failure = match section {
                SectionKey::About => fails::<About>(part),
                SectionKey::Story => fails::<Story>(part),
                SectionKey::Domains => fails::<Domains>(part),
                SectionKey::Goals => fails::<Goals>(part),
                SectionKey::Network => fails::<Network>(part),
                SectionKey::Support => fails::<Support>(part),
                SectionKey::Money => fails::<Money>(part),
                SectionKey::Health => fails::<Health>(part),
                SectionKey::Journal => fails::<Journal>(part),
                SectionKey::Documents => fails::<Documents>(part),
            };
            failure.map(|failure| (section.key(), failure))
        })
        .or_else(|| fails::<Settings>(value.get("settings")).map(|failure| ("settings", failure)));
    let message = match culprit {
        Some((part, failure)) => format!(
            "the {part} part could not be read: {}",
            error::without_client_text(&failure.to_string())
        ),
        None => format!(
            "the dossier could not be read: {}",
            error::without_client_text(&whole.to_string())
        ),
    };
    ModelError::Invalid(message)
}
