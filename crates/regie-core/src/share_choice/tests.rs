use super::*;
use crate::bundle::SharedFile;
use crate::model::{JournalEntry, Timestamp};
use crate::share::{
    open_preview, open_snapshot, seal_share_with_files, ShareKey, SharePreview, ShareTerms,
};

const FIXTURE_V1: &[u8] = include_bytes!("../../tests/data/dossier-v1.json");
const SECRET: &str = "Weer een brief van de deurwaarder. Niet opengemaakt.";

fn dossier() -> Dossier {
    let mut d = Dossier::from_json(FIXTURE_V1).unwrap();
    let mut private = d.journal.entries[0].clone();
    private.id = EntryId::new("private-1");
    private.title = "Deurwaarder".into();
    private.text = SECRET.into();
    private.private = true;
    d.journal.entries.push(private);
    d
}

fn all_sections() -> ShareChoice {
    let d = dossier();
    let mut choice = ShareChoice::new(&d);
    for key in SectionKey::ALL {
        choice.set_section(key, true);
    }
    choice
}

#[test]
fn preset_keys_are_the_forms_values_and_round_trip() {
    let keys: Vec<&str> = Preset::ALL.iter().map(|p| p.key()).collect();
    assert_eq!(
        keys,
        [
            "custom",
            "wijkteam",
            "schuldhulp",
            "ggz",
            "huisarts",
            "clientondersteuner"
        ]
    );
    for preset in Preset::ALL {
        assert_eq!(Preset::from_key(preset.key()), Some(preset));
    }
    assert_eq!(Preset::from_key("GGZ"), None);
    assert_eq!(Preset::from_key(""), None);
}

#[test]
fn presets_tick_what_each_professional_needs_and_never_the_journal() {
    use SectionKey::*;
    for preset in Preset::ALL {
        let sections = preset.sections();
        assert!(!sections.contains(&Journal), "{preset:?}");
        if preset != Preset::Custom {
            assert!(
                sections.contains(&About),
                "{preset:?} knows who it is about"
            );
        }
    }
    assert!(Preset::Schuldhulp.sections().contains(&Documents));
    assert!(!Preset::Schuldhulp.sections().contains(&Health));
    assert!(Preset::Huisarts.sections().contains(&Health));
    assert!(Preset::Ggz.sections().contains(&Health));
    assert!(!Preset::Wijkteam.sections().contains(&Health));
    assert!(Preset::Clientondersteuner.sections().contains(&Support));
    assert!(Preset::Custom.sections().is_empty());
    // No two presets tick the same boxes.
    for a in Preset::ALL {
        for b in Preset::ALL {
            if a != b {
                assert_ne!(a.sections(), b.sections(), "{a:?} {b:?}");
            }
        }
    }
}

#[test]
fn a_preset_ticks_its_sections_and_the_client_can_still_change_them() {
    let d = dossier();
    let mut choice = ShareChoice::new(&d);
    choice.apply_preset(Preset::Schuldhulp);
    assert_eq!(choice.sections, Preset::Schuldhulp.sections());
    choice.set_section(SectionKey::Story, true);
    choice.set_section(SectionKey::Documents, false);
    assert!(choice.has(SectionKey::Story));
    assert!(!choice.has(SectionKey::Documents));
    // Kept in the app's order, each once.
    choice.set_section(SectionKey::Story, true);
    assert_eq!(
        choice.sections,
        [
            SectionKey::About,
            SectionKey::Story,
            SectionKey::Domains,
            SectionKey::Goals,
            SectionKey::Support,
            SectionKey::Money
        ]
    );
    // "Zelf kiezen" leaves the boxes as they are.
    let before = choice.clone();
    choice.apply_preset(Preset::Custom);
    assert_eq!(choice, before);
    // Another preset replaces them all.
    choice.apply_preset(Preset::Huisarts);
    assert_eq!(choice.sections, Preset::Huisarts.sections());
}

#[test]
fn a_new_choice_has_nothing_ticked_and_every_document_and_domain_ready() {
    let d = dossier();
    let choice = ShareChoice::new(&d);
    assert!(choice.sections.is_empty());
    assert!(Domain::ALL.iter().all(|dom| choice.has_domain(*dom)));
    assert!(d.documents.files.iter().all(|f| choice.has_document(&f.id)));
    assert_eq!(choice.snapshot(&d), Dossier::new());
}

#[test]
fn a_private_entry_is_never_in_the_snapshot_whatever_is_chosen() {
    let d = dossier();
    let choice = all_sections();
    let shared = choice.snapshot(&d);
    assert_eq!(shared.journal.entries.len(), d.journal.entries.len() - 1);
    assert!(shared.journal.entries.iter().all(|e| !e.private));
    assert!(!String::from_utf8(shared.to_json())
        .unwrap()
        .contains(SECRET));
    // And not through with_only either, the older way in.
    let only = d.with_only(&SectionKey::ALL);
    assert!(only.journal.entries.iter().all(|e| e.text != SECRET));
    // The client's own dossier keeps it.
    assert!(d.journal.entries.iter().any(|e| e.text == SECRET));
}

#[test]
fn a_life_domain_left_out_has_no_score_in_the_snapshot() {
    let d = dossier();
    let mut choice = all_sections();
    choice.set_domain(Domain::Addiction, false);
    choice.set_domain(Domain::Finances, false);
    assert!(!choice.has_domain(Domain::Addiction));
    let shared = choice.snapshot(&d);
    assert!(shared
        .domains
        .scores
        .iter()
        .all(|s| s.domain != Domain::Addiction && s.domain != Domain::Finances));
    let kept = d
        .domains
        .scores
        .iter()
        .filter(|s| s.domain != Domain::Addiction && s.domain != Domain::Finances)
        .count();
    assert_eq!(shared.domains.scores.len(), kept);
    assert!(kept > 0);
    // Ticked again, it is back.
    choice.set_domain(Domain::Addiction, true);
    assert!(choice
        .snapshot(&d)
        .domains
        .scores
        .iter()
        .any(|s| s.domain == Domain::Addiction));
}

#[test]
fn only_chosen_documents_are_in_the_snapshot_and_their_bytes_go_along() {
    let d = dossier();
    let mut choice = all_sections();
    let ids: Vec<EntryId> = d.documents.files.iter().map(|f| f.id.clone()).collect();
    assert!(ids.len() >= 2);
    choice.set_document(&ids[0], false);
    let shared = choice.snapshot(&d);
    assert_eq!(shared.documents.files.len(), ids.len() - 1);
    assert!(shared.documents.get(ids[0].as_str()).is_none());
    assert_eq!(choice.document_ids(&d), ids[1..].to_vec());
    // Without the documents section, no document and no bytes at all.
    choice.set_section(SectionKey::Documents, false);
    assert!(choice.document_ids(&d).is_empty());
    assert!(choice.snapshot(&d).documents.files.is_empty());
}

#[test]
fn the_sealed_bytes_hold_neither_the_private_entry_nor_what_was_left_out() {
    let d = dossier();
    let mut choice = all_sections();
    let ids: Vec<EntryId> = d.documents.files.iter().map(|f| f.id.clone()).collect();
    choice.set_document(&ids[0], false);
    choice.set_domain(Domain::Justice, false);
    let justice_note = d
        .domains
        .scores
        .iter()
        .find(|s| s.domain == Domain::Justice)
        .map(|s| s.note.clone())
        .unwrap();
    let shared = choice.snapshot(&d);
    // Bytes offered for every document: only the chosen ones may be sealed.
    let left_out_bytes = b"%PDF-1.4 the letter that stays home".to_vec();
    let files: Vec<SharedFile> = ids
        .iter()
        .map(|id| SharedFile {
            id: id.as_str().to_owned(),
            bytes: if *id == ids[0] {
                left_out_bytes.clone()
            } else {
                b"%PDF-1.4 a chosen letter".to_vec()
            },
        })
        .collect();
    let key = ShareKey::generate();
    let preview = SharePreview::new(
        "Anna, schuldhulp",
        &shared,
        &choice.sections,
        Timestamp(1_700_000_000_000),
        Timestamp(1_700_003_600_000),
    );
    // Signed with the dossier's key, which the snapshot itself never holds.
    let mut signed = shared.clone();
    signed.signing = d.signing.clone();
    signed.ensure_signing_key();
    let terms = ShareTerms {
        id: ShareTerms::new_id(),
        starts: None,
        max_opens: None,
        code: false,
    };
    let sealed = seal_share_with_files(&key, &preview, &terms, &signed, &files).unwrap();
    let plain = key.open(&sealed.content).unwrap();
    let contains = |needle: &[u8]| plain.windows(needle.len()).any(|w| w == needle);
    assert!(
        !contains(SECRET.as_bytes()),
        "the private entry is not sealed"
    );
    assert!(
        !contains(&left_out_bytes),
        "a document left out is not sealed"
    );
    assert!(!contains(ids[0].as_str().as_bytes()));
    if !justice_note.is_empty() {
        assert!(!contains(justice_note.as_bytes()));
    }
    assert!(contains(b"a chosen letter"));
    let verified = open_preview(&key, &sealed.preview).unwrap();
    let opened = open_snapshot(&key, &sealed.content, &verified).unwrap();
    assert_eq!(opened.dossier, shared);
    assert_eq!(opened.files.len(), ids.len() - 1);
}

#[test]
fn the_summary_says_in_one_line_what_is_shared() {
    let d = dossier();
    let mut choice = ShareChoice::new(&d);
    choice.apply_preset(Preset::Schuldhulp);
    assert_eq!(
        choice.summary(&d).line("Anna, schuldhulp", Lang::Nl),
        "Anna, schuldhulp ziet: Over mij, Leefgebieden, Doelen en afspraken, Hulp en aanvragen, Geld, Documenten."
    );
    assert_eq!(
        choice.summary(&d).line("  ", Lang::En),
        "The professional sees: About me, Life domains, Goals and agreements, Help and applications, Money, Documents."
    );
    choice.set_domain(Domain::Addiction, false);
    let first = d.documents.files[0].id.clone();
    choice.set_document(&first, false);
    choice.set_section(SectionKey::Journal, true);
    let summary = choice.summary(&d);
    assert_eq!(summary.private_entries, 1);
    assert_eq!(summary.documents, (2, 3));
    let nl = summary.parts(Lang::Nl);
    assert!(
        nl.contains("Leefgebieden (zonder Alcohol, drugs en gokken)"),
        "{nl}"
    );
    assert!(nl.contains("Documenten (2 van 3)"), "{nl}");
    assert!(
        nl.contains("Dagboek (zonder 1 notitie alleen voor mij)"),
        "{nl}"
    );
    let en = summary.parts(Lang::En);
    assert!(en.contains("Documents (2 of 3)"), "{en}");
    // A domain without any score is not worth naming.
    let mut empty = Dossier::new();
    empty.about.name = "Samira".into();
    let mut choice = ShareChoice::new(&empty);
    choice.set_section(SectionKey::Domains, true);
    choice.set_domain(Domain::Justice, false);
    assert_eq!(choice.summary(&empty).parts(Lang::Nl), "Leefgebieden");
}

#[test]
fn private_is_kept_with_the_entry_and_older_entries_read_as_shared() {
    let d = dossier();
    let back = Dossier::from_json(&d.to_json()).unwrap();
    assert_eq!(back, d);
    let entry: JournalEntry = serde_json::from_value(serde_json::json!({
        "id": "e1", "date": "2024-01-01", "title": "Oud"
    }))
    .unwrap();
    assert!(!entry.private);
    // Not written when false, so what older versions wrote stays the same.
    let json = serde_json::to_value(&entry).unwrap();
    assert!(json.get("private").is_none());
}
