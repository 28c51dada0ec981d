//! Search across the whole dossier: which section, which entry, and the words around the match.
//!
//! Matching ignores case and accents ("cliënt" finds "client"), and every word of the query
//! must occur somewhere in the same entry, in any of its fields.

use crate::model::{Dossier, EntryId, JournalKind, Owner, ScoredBy, SectionKey};

/// At most this many results are returned; a longer query narrows them down.
pub const MAX_RESULTS: usize = 50;
/// Characters of context around the match in an excerpt, on each side.
const CONTEXT_CHARS: usize = 40;

/// One entry that matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub section: SectionKey,
    /// The entry, or `None` for a section without entries (about, story).
    pub entry: Option<EntryId>,
    /// The entry's name or title as the client wrote it (may be empty).
    pub title: String,
    /// A piece of the field that matched, with "…" where it was cut.
    pub excerpt: String,
}

/// Entries matching every word of `query`, in the order of the sections and of each list
/// (the journal newest first). An empty query finds nothing.
pub fn search(dossier: &Dossier, query: &str) -> Vec<SearchHit> {
    let terms: Vec<String> = query.split_whitespace().map(fold).collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut consider =
        |section: SectionKey, entry: Option<&EntryId>, title: &str, fields: &[&str]| {
            if hits.len() >= MAX_RESULTS {
                return;
            }
            let folded: Vec<String> = fields.iter().map(|field| fold(field)).collect();
            let all_found = terms
                .iter()
                .all(|term| folded.iter().any(|field| field.contains(term.as_str())));
            if !all_found {
                return;
            }
            // The excerpt comes from the first field that holds the first word.
            let (field, at) = fields
                .iter()
                .zip(&folded)
                .find_map(|(field, folded)| folded.find(terms[0].as_str()).map(|at| (*field, at)))
                .unwrap_or(("", 0));
            hits.push(SearchHit {
                section,
                entry: entry.cloned(),
                title: title.trim().to_owned(),
                excerpt: excerpt(field, at),
            });
        };

    let about = &dossier.about;
    let date_of_birth = about
        .date_of_birth
        .map(|d| d.to_string())
        .unwrap_or_default();
    consider(
        SectionKey::About,
        None,
        &about.name,
        &[
            &about.name,
            &date_of_birth,
            &about.phone,
            &about.email,
            &about.address,
            &about.languages,
            &about.approach,
            &about.what_matters,
        ],
    );
    consider(SectionKey::Story, None, "", &[&dossier.story.text]);

    for score in &dossier.domains.scores {
        let by = match &score.scored_by {
            ScoredBy::Professional { name } => name.as_str(),
            _ => "",
        };
        consider(SectionKey::Domains, Some(&score.id), "", &[&score.note, by]);
    }

    for goal in &dossier.goals.goals {
        let mut fields: Vec<&str> = vec![&goal.title, &goal.description];
        for agreement in &goal.agreements {
            fields.push(&agreement.what);
            match &agreement.owner {
                Owner::Me => {}
                Owner::Network { name } => fields.push(name),
                Owner::Professional { name, organisation } => {
                    fields.push(name);
                    fields.push(organisation);
                }
            }
        }
        consider(SectionKey::Goals, Some(&goal.id), &goal.title, &fields);
    }

    for c in &dossier.network.contacts {
        consider(
            SectionKey::Network,
            Some(&c.id),
            &c.name,
            &[
                &c.name,
                &c.role,
                &c.relation,
                &c.organisation,
                &c.phone,
                &c.email,
            ],
        );
    }

    let support = &dossier.support;
    for h in &support.help {
        let fields = [h.what.as_str(), &h.provider, &h.note];
        consider(SectionKey::Support, Some(&h.id), &h.what, &fields);
    }
    for a in &support.applications {
        let fields = [a.where_.as_str(), &a.what, &a.note];
        consider(SectionKey::Support, Some(&a.id), &a.where_, &fields);
    }
    for d in &support.decisions {
        let fields = [d.what.as_str(), &d.issuer, &d.note];
        consider(SectionKey::Support, Some(&d.id), &d.what, &fields);
    }

    let money = &dossier.money;
    for line in money.income.iter().chain(&money.costs) {
        let fields = [line.what.as_str(), &line.amount.typed, &line.note];
        consider(SectionKey::Money, Some(&line.id), &line.what, &fields);
    }
    for debt in &money.debts {
        let fields = [debt.creditor.as_str(), &debt.reference, &debt.note];
        consider(SectionKey::Money, Some(&debt.id), &debt.creditor, &fields);
    }
    for arrangement in &money.arrangements {
        let creditor = money.creditor_of(arrangement);
        let fields = [creditor, &arrangement.note];
        consider(SectionKey::Money, Some(&arrangement.id), creditor, &fields);
    }

    let health = &dossier.health;
    for c in &health.conditions {
        consider(
            SectionKey::Health,
            Some(&c.id),
            &c.name,
            &[&c.name, &c.note],
        );
    }
    for m in &health.medication {
        let fields = [m.name.as_str(), &m.dose, &m.when];
        consider(SectionKey::Health, Some(&m.id), &m.name, &fields);
    }
    for a in &health.allergies {
        let fields = [a.name.as_str(), &a.reaction];
        consider(SectionKey::Health, Some(&a.id), &a.name, &fields);
    }
    for p in &health.providers {
        let fields = [p.name.as_str(), &p.role, &p.phone];
        consider(SectionKey::Health, Some(&p.id), &p.name, &fields);
    }

    for entry in dossier.journal.timeline() {
        let (with_whom, place) = match &entry.kind {
            JournalKind::Note => ("", ""),
            JournalKind::Appointment { with_whom, place } => (with_whom.as_str(), place.as_str()),
        };
        let title = if entry.title.trim().is_empty() {
            with_whom
        } else {
            &entry.title
        };
        let fields = [entry.title.as_str(), &entry.text, with_whom, place];
        consider(SectionKey::Journal, Some(&entry.id), title, &fields);
    }

    for file in &dossier.documents.files {
        let fields = [file.name.as_str(), &file.note];
        consider(SectionKey::Documents, Some(&file.id), &file.name, &fields);
    }

    hits
}

/// Lower case without accents, one output char per input char, so a position found in the
/// folded text is the same char position in the original.
fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The words around byte position `at` of the folded `field`.
fn excerpt(field: &str, at: usize) -> String {
    let folded = fold(field);
    // Folding keeps one char per char, so count chars up to `at` in the folded text.
    let char_at = folded[..at.min(folded.len())].chars().count();
    let chars: Vec<char> = field.chars().collect();
    let start = char_at.saturating_sub(CONTEXT_CHARS);
    let end = (char_at + CONTEXT_CHARS * 2).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Agreement, AgreementStatus, Contact, ContactKind, Date, Decision, Goal, JournalEntry,
        Medication,
    };

    fn sample() -> Dossier {
        let mut d = Dossier::new();
        d.about.name = "Samira de Vries".into();
        d.about.languages = "Nederlands, Arabisch".into();
        d.story.text = "Sinds de scheiding woon ik met twee kinderen in Kanaleneiland. \
                        De schulden begonnen bij de energierekening van het oude huis."
            .into();
        d.network.contacts.push(Contact {
            id: EntryId::new("c1"),
            name: "Sanne Bakker".into(),
            kind: ContactKind::Person,
            role: "Cliëntondersteuner".into(),
            relation: String::new(),
            organisation: "MEE Utrecht".into(),
            phone: "06 1234 5678".into(),
            email: String::new(),
            since: None,
            first_contact: true,
        });
        d.health.medication.push(Medication {
            id: EntryId::new("m1"),
            name: "Sertraline".into(),
            dose: "50 mg".into(),
            when: "'s ochtends".into(),
        });
        d.support.decisions.push(Decision {
            id: EntryId::new("d1"),
            what: "Huishoudelijke hulp".into(),
            issuer: "Gemeente Utrecht".into(),
            decision_date: Date::parse("2024-01-10").unwrap(),
            valid_from: None,
            valid_until: None,
            objection_deadline: None,
            note: String::new(),
        });
        d.goals.goals.push(Goal {
            id: EntryId::new("g1"),
            title: "Schulden op een rij".into(),
            description: String::new(),
            created: None,
            agreements: vec![Agreement {
                id: EntryId::new("a1"),
                what: "Brieven sorteren".into(),
                owner: Owner::Professional {
                    name: "Kees".into(),
                    organisation: "Wijkteam Noord".into(),
                },
                due: None,
                status: AgreementStatus::Open,
            }],
        });
        for (id, day, title) in [("j1", "2024-01-01", "Oud"), ("j2", "2024-03-01", "Nieuw")] {
            d.journal.entries.push(JournalEntry {
                id: EntryId::new(id),
                kind: JournalKind::Note,
                date: Date::parse(day).unwrap(),
                time: None,
                title: title.into(),
                text: "Gebeld met de gemeente".into(),
                private: false,
            });
        }
        d
    }

    fn found(dossier: &Dossier, query: &str) -> Vec<(SectionKey, Option<String>)> {
        search(dossier, query)
            .into_iter()
            .map(|hit| (hit.section, hit.entry.map(|id| id.0)))
            .collect()
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        assert!(search(&sample(), "").is_empty());
        assert!(search(&sample(), "  \t ").is_empty());
    }

    #[test]
    fn finds_entries_in_every_kind_of_section() {
        let d = sample();
        assert_eq!(found(&d, "samira"), [(SectionKey::About, None)]);
        assert_eq!(found(&d, "KANALENEILAND"), [(SectionKey::Story, None)]);
        assert_eq!(
            found(&d, "sertraline"),
            [(SectionKey::Health, Some("m1".into()))]
        );
        assert_eq!(
            found(&d, "bakker"),
            [(SectionKey::Network, Some("c1".into()))]
        );
        assert_eq!(
            found(&d, "wijkteam noord"),
            [(SectionKey::Goals, Some("g1".into()))]
        );
    }

    #[test]
    fn ignores_case_and_accents_both_ways() {
        let d = sample();
        assert_eq!(found(&d, "clientondersteuner").len(), 1);
        assert_eq!(found(&d, "CLIËNT").len(), 1);
    }

    #[test]
    fn every_word_must_match_within_one_entry() {
        let d = sample();
        // "Utrecht" is in the network and in support; "gemeente" narrows it to the decision.
        assert_eq!(
            found(&d, "utrecht gemeente"),
            [(SectionKey::Support, Some("d1".into()))]
        );
        assert!(found(&d, "sertraline kanaleneiland").is_empty());
    }

    #[test]
    fn journal_hits_are_newest_first_and_results_are_capped() {
        let d = sample();
        assert_eq!(
            found(&d, "gebeld"),
            [
                (SectionKey::Journal, Some("j2".into())),
                (SectionKey::Journal, Some("j1".into()))
            ]
        );
        let mut many = Dossier::new();
        many.journal.entries = (0..200)
            .map(|i| JournalEntry {
                id: EntryId::new(format!("e{i}")),
                kind: JournalKind::Note,
                date: Date::parse("2024-01-01").unwrap().add_days(i),
                time: None,
                title: "Dag".into(),
                text: String::new(),
                private: false,
            })
            .collect();
        assert_eq!(search(&many, "dag").len(), MAX_RESULTS);
    }

    #[test]
    fn excerpt_shows_the_words_around_the_match() {
        let d = sample();
        let hit = &search(&d, "energierekening")[0];
        assert_eq!(hit.title, "");
        assert!(hit.excerpt.starts_with('…'), "{}", hit.excerpt);
        assert!(hit.excerpt.contains("energierekening"));
        let hit = &search(&d, "sanne")[0];
        assert_eq!(hit.title, "Sanne Bakker");
        assert_eq!(hit.excerpt, "Sanne Bakker");
    }

    #[test]
    fn html_is_found_as_text() {
        let mut d = Dossier::new();
        d.story.text = "<script>alert(1)</script> en <b>vet</b>".into();
        let hits = search(&d, "<script>");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].excerpt, "<script>alert(1)</script> en <b>vet</b>");
    }

    #[test]
    fn multibyte_text_never_splits_a_character() {
        let mut d = Dossier::new();
        d.story.text = "é".repeat(100) + "zoekwoord" + &"ü".repeat(100);
        let hit = &search(&d, "zoekwoord")[0];
        assert!(hit.excerpt.contains("zoekwoord"));
        assert!(hit.excerpt.starts_with('…') && hit.excerpt.ends_with('…'));
    }
}
