//! The summary a professional reads first, and the contents of a shared view.

use serde_json::{json, Value};

use super::*;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn dossier(value: Value) -> Dossier {
    let mut value = value;
    value["schema"] = json!(1);
    Dossier::from_json(&serde_json::to_vec(&value).unwrap()).unwrap()
}

const TODAY: &str = "2026-12-02";

fn full() -> Dossier {
    dossier(json!({
        "domains": {"scores": [
            {"id": "s1", "domain": "finances", "score": 2, "date": "2026-10-01", "scored_by": {"kind": "me"}},
            {"id": "s2", "domain": "finances", "score": 3, "date": "2026-11-20",
             "scored_by": {"kind": "professional", "name": "Sanne"}},
            {"id": "s3", "domain": "housing", "score": 4, "date": "2026-11-01", "scored_by": {"kind": "me"}}
        ]},
        "goals": {"goals": [
            {"id": "g1", "title": "Rust in mijn geldzaken", "agreements": [
                {"id": "a1", "what": "Post openen", "due": "2026-12-20"},
                {"id": "a2", "what": "Al gedaan", "status": "done", "due": "2026-11-01"},
                {"id": "a3", "what": "Zonder datum"},
                {"id": "a4", "what": "Budgetplan", "due": "2026-11-28",
                 "owner": {"kind": "professional", "name": "Sanne", "organisation": "Wijkteam"}}
            ]}
        ]},
        "network": {"contacts": [
            {"id": "c1", "name": "Ans", "kind": "person"},
            {"id": "c2", "name": "Mo", "kind": "person", "first_contact": true}
        ]},
        "support": {"decisions": [
            {"id": "d1", "what": "Huishoudelijke hulp", "decision_date": "2025-12-15", "valid_from": "2026-01-01", "valid_until": "2027-01-10"},
            {"id": "d2", "what": "Dagbesteding", "decision_date": "2025-12-15", "valid_from": "2026-01-01", "valid_until": "2027-06-30"},
            {"id": "d3", "what": "Al voorbij", "decision_date": "2024-12-15", "valid_from": "2025-01-01", "valid_until": "2026-11-30"}
        ]}
    }))
}

#[test]
fn late_agreements_come_first_then_by_due_date_and_done_ones_stay_out() {
    let dossier = full();
    let summary = Summary::of(&dossier, date(TODAY));
    let whats: Vec<&str> = summary
        .open_agreements
        .iter()
        .map(|(_, a)| a.what.as_str())
        .collect();
    assert_eq!(whats, ["Budgetplan", "Post openen", "Zonder datum"]);
    assert_eq!(summary.late, 1);
    assert_eq!(summary.open_agreements[0].0.title, "Rust in mijn geldzaken");
}

#[test]
fn only_decisions_in_force_that_end_within_eight_weeks() {
    let dossier = full();
    let summary = Summary::of(&dossier, date(TODAY));
    let whats: Vec<&str> = summary
        .decisions_ending
        .iter()
        .map(|d| d.what.as_str())
        .collect();
    assert_eq!(whats, ["Huishoudelijke hulp"]);
}

#[test]
fn the_first_contact_and_the_newest_score_of_each_domain_by_anyone() {
    let dossier = full();
    let summary = Summary::of(&dossier, date(TODAY));
    assert_eq!(summary.first_contact.map(|c| c.name.as_str()), Some("Mo"));
    let scores: Vec<(&str, u8)> = summary
        .latest_scores
        .iter()
        .map(|s| (s.id.as_str(), s.score.get()))
        .collect();
    // In the domains' own order: finances before housing, the professional's newer score.
    assert_eq!(scores, [("s2", 3), ("s3", 4)]);
    assert!(!summary.is_empty());
}

#[test]
fn a_share_without_those_sections_has_an_empty_summary() {
    let dossier = full().with_only(&[SectionKey::About, SectionKey::Story]);
    assert!(Summary::of(&dossier, date(TODAY)).is_empty());
}

#[test]
fn the_contents_follow_the_views_order_with_one_anchor_each() {
    let contents = contents(&[SectionKey::Goals, SectionKey::About]);
    let keys: Vec<SectionKey> = contents.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, [SectionKey::About, SectionKey::Goals]);
    assert_eq!(contents[0].1, anchor(SectionKey::About));
    assert_ne!(contents[0].1, contents[1].1);
    assert!(contents[0]
        .1
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-'));
}
