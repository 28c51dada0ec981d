//! The move from the earlier Zelfredzaamheid-Matrix of eleven domains to the 2017 matrix of
//! thirteen: a dossier and a backup scored on the old list open with every score as it was,
//! Dagbesteding stays as history, and the current views count the thirteen.

use serde_json::Value;

use super::*;
use crate::backup::Backup;
use crate::catalogue::words::Reader;
use crate::catalogue::Lang;
use crate::chart::{overview_table_for, Overview};
use crate::share_choice::ShareChoice;
use crate::summary::Summary;

const DOSSIER_V1: &[u8] = include_bytes!("../../tests/data/dossier-v1.json");
const BACKUP_V1: &[u8] = include_bytes!("../../tests/data/backup-v1.json");

/// Every score of the JSON as written: id, domain key, value, note, date and author.
fn raw_scores(dossier_json: &Value) -> Vec<(String, String, u64, String, String, Value)> {
    dossier_json["domains"]["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_owned(),
                s["domain"].as_str().unwrap().to_owned(),
                s["score"].as_u64().unwrap(),
                s["note"].as_str().unwrap_or_default().to_owned(),
                s["date"].as_str().unwrap().to_owned(),
                s["scored_by"].clone(),
            )
        })
        .collect()
}

fn loaded_scores(dossier: &Dossier) -> Vec<(String, String, u64, String, String, Value)> {
    dossier
        .domains
        .scores
        .iter()
        .map(|s| {
            (
                s.id.as_str().to_owned(),
                s.domain.key().to_owned(),
                u64::from(s.score.get()),
                s.note.clone(),
                s.date.to_string(),
                serde_json::to_value(&s.scored_by).unwrap(),
            )
        })
        .collect()
}

/// What an eleven-domain dossier must still hold under the thirteen.
fn assert_every_score_kept(raw: &Value, dossier: &Dossier) {
    let before = raw_scores(raw);
    assert_eq!(before.len(), 14);
    let old_keys: Vec<&str> = before.iter().map(|s| s.1.as_str()).collect();
    for key in [
        "finances",
        "daily_activity",
        "housing",
        "domestic_relations",
        "mental_health",
        "physical_health",
        "addiction",
        "adl_activities",
        "social_network",
        "community_participation",
        "justice",
    ] {
        assert!(old_keys.contains(&key), "the fixture scores {key}");
    }
    assert_eq!(
        loaded_scores(dossier),
        before,
        "date, value, note and author kept"
    );

    // Dagbesteding: not offered, still shown as history after the thirteen.
    let old = dossier.domains.history(Domain::DailyActivity);
    assert_eq!(old.len(), 1);
    assert_eq!(
        old[0].note,
        "Geen werk. Wil graag vrijwilligerswerk als eerste stap."
    );
    let shown = dossier.domains.shown();
    assert_eq!(shown[..13], Domain::ALL);
    assert_eq!(shown[13..], [Domain::DailyActivity]);
    // The new domains start empty.
    for new in [
        Domain::WorkEducation,
        Domain::TimeUse,
        Domain::InstrumentalAdl,
    ] {
        assert!(dossier.domains.history(new).is_empty());
    }

    // Written again, it is the same dossier, the old key included.
    let again = Dossier::from_json(&dossier.to_json()).unwrap();
    assert_eq!(&again, dossier);
    assert!(String::from_utf8(dossier.to_json())
        .unwrap()
        .contains("\"daily_activity\""));
}

#[test]
fn an_eleven_domain_dossier_opens_with_every_score_under_the_2017_matrix() {
    let raw: Value = serde_json::from_slice(DOSSIER_V1).unwrap();
    let dossier = Dossier::from_json(DOSSIER_V1).unwrap();
    assert_every_score_kept(&raw, &dossier);
}

#[test]
fn an_eleven_domain_backup_restores_with_every_score() {
    let raw: Value = serde_json::from_slice(BACKUP_V1).unwrap();
    let backup = Backup::from_json(BACKUP_V1).unwrap();
    assert_every_score_kept(&raw["dossier"], &backup.dossier);
}

#[test]
fn the_overview_and_summary_show_the_latest_per_current_domain() {
    let mut dossier = Dossier::from_json(DOSSIER_V1).unwrap();
    let overview = Overview::new(&dossier.domains, Lang::Nl, Reader::Client);
    let rows: Vec<Domain> = overview.rows.iter().map(|r| r.domain).collect();
    assert_eq!(rows, Domain::ALL);
    let table = overview_table_for(&dossier.domains, Lang::Nl, Reader::Viewer);
    assert_eq!(table.len(), 13);
    assert_eq!(table[1][0], "Werk & opleiding");
    assert_eq!(table[1][1], "Geen score");
    assert!(!table.iter().any(|row| row[0] == "Dagbesteding"));

    let today = Date::parse("2024-04-01").unwrap();
    let latest: Vec<(Domain, &str)> = Summary::of(&dossier, today)
        .latest_scores
        .iter()
        .map(|s| (s.domain, s.id.as_str()))
        .collect();
    assert_eq!(
        latest.len(),
        10,
        "the ten domains both lists share: {latest:?}"
    );
    assert!(latest.contains(&(Domain::Finances, "ds-03")));
    assert!(!latest.iter().any(|(d, _)| *d == Domain::DailyActivity));

    // A new score for a 2017 domain is current at once, beside the old history.
    dossier.domains.upsert(DomainScore {
        id: EntryId::new("new"),
        domain: Domain::WorkEducation,
        score: Score::new(3).unwrap(),
        note: String::new(),
        date: today,
        scored_by: ScoredBy::Me,
    });
    let summary = Summary::of(&dossier, today);
    assert_eq!(summary.latest_scores.len(), 11);
    assert_eq!(
        summary.latest_scores[1].id.as_str(),
        "new",
        "in the matrix's order"
    );
    let overview = Overview::new(&dossier.domains, Lang::Nl, Reader::Client);
    assert_eq!(overview.rows[1].own.map(|bar| bar.score), Some(3));
    assert_eq!(dossier.domains.history(Domain::DailyActivity).len(), 1);
}

#[test]
fn dagbesteding_can_be_left_out_of_a_share_and_the_summary_names_it() {
    let dossier = Dossier::from_json(DOSSIER_V1).unwrap();
    let mut choice = ShareChoice::default();
    choice.set_section(SectionKey::Domains, true);
    assert!(choice
        .snapshot(&dossier)
        .domains
        .scores
        .iter()
        .any(|s| s.domain == Domain::DailyActivity));
    choice.set_domain(Domain::DailyActivity, false);
    let shared = choice.snapshot(&dossier);
    assert_eq!(shared.domains.scores.len(), 13);
    assert!(!shared
        .domains
        .scores
        .iter()
        .any(|s| s.domain == Domain::DailyActivity));
    let summary = choice.summary(&dossier);
    assert_eq!(summary.left_out_domains, [Domain::DailyActivity]);
    assert_eq!(
        summary.parts(Lang::Nl),
        "Leefgebieden (zonder Dagbesteding)"
    );
}
