//! What exactly a share holds: the sections the client ticked, the life domains she left
//! out, the documents she chose one by one, and never a journal entry marked "alleen voor
//! mij". [`ShareChoice::snapshot`] is the one place that turns a dossier and a choice into
//! the dossier that is sealed; the form's preview shows that same dossier.
//!
//! Presets are a quick start per kind of professional. They only tick boxes; the client
//! changes them as she likes.

use crate::catalogue::words::Reader;
use crate::catalogue::{Counted, Lang, PageText, Text};
use crate::model::{Domain, Dossier, EntryId, SectionKey};
use crate::sorting::sort_by_key;

/// A kind of professional the client often shares with, or her own choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    Wijkteam,
    Schuldhulp,
    Ggz,
    Huisarts,
    Clientondersteuner,
    Custom,
}

impl Preset {
    /// In the order the form offers them; "zelf kiezen" first, as nothing is ticked at first.
    pub const ALL: [Preset; 6] = [
        Preset::Custom,
        Preset::Wijkteam,
        Preset::Schuldhulp,
        Preset::Ggz,
        Preset::Huisarts,
        Preset::Clientondersteuner,
    ];

    /// The value in the form's select (`share-preset`).
    pub fn key(self) -> &'static str {
        match self {
            Preset::Wijkteam => "wijkteam",
            Preset::Schuldhulp => "schuldhulp",
            Preset::Ggz => "ggz",
            Preset::Huisarts => "huisarts",
            Preset::Clientondersteuner => "clientondersteuner",
            Preset::Custom => "custom",
        }
    }

    pub fn from_key(key: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn text(self) -> Text {
        match self {
            Preset::Wijkteam => Text::PresetWijkteam,
            Preset::Schuldhulp => Text::PresetSchuldhulp,
            Preset::Ggz => Text::PresetGgz,
            Preset::Huisarts => Text::PresetHuisarts,
            Preset::Clientondersteuner => Text::PresetClientondersteuner,
            Preset::Custom => Text::PresetCustom,
        }
    }

    /// The sections this kind of professional needs to help, and no more. The journal is in
    /// none of them: it is the client's own voice, and she adds it herself when she wants to.
    /// `Custom` ticks nothing: the form keeps whatever is ticked.
    pub fn sections(self) -> &'static [SectionKey] {
        use SectionKey::*;
        match self {
            // The wijkteam looks at the whole situation and who already helps, to plan with
            // the client across life domains. Medical details and letters are not needed
            // for that first conversation.
            Preset::Wijkteam => &[About, Story, Domains, Goals, Network, Support],
            // Debt counselling works from money, income and letters: the life domains
            // (finances first), what was agreed, benefits, applications and decisions, and
            // the letters from creditors and the municipality. Health, network and story
            // are not theirs to read.
            Preset::Schuldhulp => &[About, Domains, Goals, Support, Money, Documents],
            // Mental health care needs the story in the client's words, how the domains go,
            // her goals, who is around her, and medication and diagnoses.
            Preset::Ggz => &[About, Story, Domains, Goals, Network, Health],
            // The GP needs the medical picture, who else is involved in care and help (for
            // a referral), and who to call.
            Preset::Huisarts => &[About, Network, Support, Health],
            // A cliëntondersteuner prepares the kitchen-table talk and objections with the
            // client: her story, the domains, goals, network, applications and decisions,
            // and the decision letters themselves.
            Preset::Clientondersteuner => {
                &[About, Story, Domains, Goals, Network, Support, Documents]
            }
            Preset::Custom => &[],
        }
    }
}

/// What the client chose to share.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShareChoice {
    /// The sections, in the app's order, each once.
    pub sections: Vec<SectionKey>,
    /// Life domains whose scores stay home, when the domains section is shared.
    pub left_out_domains: Vec<Domain>,
    /// The documents that go along, when the documents section is shared.
    pub documents: Vec<EntryId>,
}

impl ShareChoice {
    /// Nothing ticked yet; every life domain and every document goes along once their
    /// section is ticked.
    pub fn new(dossier: &Dossier) -> ShareChoice {
        ShareChoice {
            sections: Vec::new(),
            left_out_domains: Vec::new(),
            documents: dossier
                .documents
                .files
                .iter()
                .map(|f| f.id.clone())
                .collect(),
        }
    }

    /// Ticks or unticks one section.
    pub fn set_section(&mut self, key: SectionKey, on: bool) {
        self.sections.retain(|k| *k != key);
        if on {
            self.sections.push(key);
        }
        sort_by_key(&mut self.sections, |s| {
            SectionKey::ALL.iter().position(|k| k == s)
        });
    }

    /// Ticks exactly the preset's sections; `Custom` leaves the boxes as they are.
    pub fn apply_preset(&mut self, preset: Preset) {
        if preset == Preset::Custom {
            return;
        }
        self.sections = preset.sections().to_vec();
    }

    pub fn has(&self, key: SectionKey) -> bool {
        self.sections.contains(&key)
    }

    pub fn set_domain(&mut self, domain: Domain, on: bool) {
        self.left_out_domains.retain(|d| *d != domain);
        if !on {
            self.left_out_domains.push(domain);
        }
    }

    pub fn has_domain(&self, domain: Domain) -> bool {
        !self.left_out_domains.contains(&domain)
    }

    pub fn set_document(&mut self, id: &EntryId, on: bool) {
        self.documents.retain(|d| d != id);
        if on {
            self.documents.push(id.clone());
        }
    }

    pub fn has_document(&self, id: &EntryId) -> bool {
        self.documents.contains(id)
    }

    /// Exactly the dossier that is sealed: only the chosen sections, without the life
    /// domains left out, with only the chosen documents, and without any private journal
    /// entry (see [`Dossier::with_only`]).
    pub fn snapshot(&self, dossier: &Dossier) -> Dossier {
        let mut shared = dossier.with_only(&self.sections);
        shared
            .domains
            .scores
            .retain(|s| !self.left_out_domains.contains(&s.domain));
        shared
            .documents
            .files
            .retain(|f| self.documents.contains(&f.id));
        shared.prune_provenance();
        shared
    }

    /// The ids of the documents whose bytes go along: those in the snapshot, nothing else.
    pub fn document_ids(&self, dossier: &Dossier) -> Vec<EntryId> {
        if !self.has(SectionKey::Documents) {
            return Vec::new();
        }
        dossier
            .documents
            .files
            .iter()
            .filter(|f| self.documents.contains(&f.id))
            .map(|f| f.id.clone())
            .collect()
    }

    /// What is shared, for the one line on the screen of the share just made.
    pub fn summary(&self, dossier: &Dossier) -> ShareSummary {
        let scored: Vec<Domain> = dossier
            .domains
            .shown()
            .into_iter()
            .filter(|d| dossier.domains.scores.iter().any(|s| s.domain == *d))
            .collect();
        ShareSummary {
            sections: self.sections.clone(),
            left_out_domains: scored
                .iter()
                .copied()
                .filter(|d| self.left_out_domains.contains(d))
                .collect(),
            documents: (
                self.document_ids(dossier).len(),
                dossier.documents.files.len(),
            ),
            private_entries: if self.has(SectionKey::Journal) {
                dossier.journal.entries.iter().filter(|e| e.private).count()
            } else {
                0
            },
        }
    }
}

/// What a share holds, in words that do not depend on the language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShareSummary {
    pub sections: Vec<SectionKey>,
    /// Scored life domains that stay home.
    pub left_out_domains: Vec<Domain>,
    /// Documents shared, of all documents.
    pub documents: (usize, usize),
    /// Journal entries kept "alleen voor mij", when the journal is shared.
    pub private_entries: usize,
}

impl ShareSummary {
    /// "Over mij, Leefgebieden (zonder Justitie), Documenten (2 van 3)".
    pub fn parts(&self, lang: Lang) -> String {
        self.sections
            .iter()
            .map(|key| {
                let title = key.title().get(lang);
                match key {
                    SectionKey::Domains if !self.left_out_domains.is_empty() => {
                        let names: Vec<&str> = self
                            .left_out_domains
                            .iter()
                            .map(|d| d.name(Reader::Client).get(lang))
                            .collect();
                        PageText::ShareSummaryWithout.fill(lang, &[title, &names.join(", ")])
                    }
                    SectionKey::Documents if self.documents.0 != self.documents.1 => {
                        let of = self.documents.1.to_string();
                        Counted::ShareSummaryDocuments.fill(
                            lang,
                            self.documents.0 as u64,
                            &[title, &of],
                        )
                    }
                    SectionKey::Journal if self.private_entries > 0 => Counted::ShareSummaryPrivate
                        .fill(lang, self.private_entries as u64, &[title]),
                    _ => title.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The whole line: "Anna, wijkteam ziet: …", or "De hulpverlener ziet: …" while no one
    /// is named yet.
    pub fn line(&self, recipient: &str, lang: Lang) -> String {
        match recipient.trim() {
            "" => PageText::ShareSummaryAnyone.fill(lang, &[&self.parts(lang)]),
            who => PageText::ShareSummaryLine.fill(lang, &[who, &self.parts(lang)]),
        }
    }
}

#[cfg(test)]
mod tests;
