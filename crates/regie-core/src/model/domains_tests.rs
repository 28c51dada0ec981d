use super::*;
use crate::model::samples::{professional, score};
use crate::model::Problem;

#[test]
fn domain_keys_match_serde_and_from_str() {
    assert_eq!(Domain::ALL.len(), 13);
    for domain in Domain::ALL.into_iter().chain(Domain::EARLIER) {
        let json = serde_json::to_string(&domain).unwrap();
        assert_eq!(json, format!("\"{}\"", domain.key()));
        assert_eq!(domain.key().parse::<Domain>(), Ok(domain));
        assert_eq!(serde_json::from_str::<Domain>(&json).unwrap(), domain);
    }
    assert!("Finances".parse::<Domain>().is_err());
}

#[test]
fn the_2017_matrix_in_its_order_with_dagbesteding_as_history_only() {
    let keys: Vec<&str> = Domain::ALL.iter().map(|d| d.key()).collect();
    assert_eq!(
        keys,
        [
            "finances",
            "work_education",
            "time_use",
            "housing",
            "domestic_relations",
            "mental_health",
            "physical_health",
            "addiction",
            "adl_activities",
            "instrumental_adl",
            "social_network",
            "community_participation",
            "justice",
        ]
    );
    assert!(!Domain::ALL.contains(&Domain::DailyActivity));
    assert!(!Domain::DailyActivity.is_current());
    assert!(Domain::ALL.iter().all(|d| d.is_current()));
    assert_eq!(
        "daily_activity".parse::<Domain>(),
        Ok(Domain::DailyActivity)
    );
}

#[test]
fn shown_adds_an_earlier_domain_only_when_it_has_a_score() {
    let mut domains = Domains::default();
    assert_eq!(domains.shown(), Domain::ALL.to_vec());
    domains.upsert(score(
        "a",
        Domain::WorkEducation,
        2,
        "2024-01-10",
        ScoredBy::Me,
    ));
    assert_eq!(domains.shown(), Domain::ALL.to_vec());
    domains.upsert(score(
        "b",
        Domain::DailyActivity,
        2,
        "2023-01-10",
        ScoredBy::Me,
    ));
    let shown = domains.shown();
    assert_eq!(shown.len(), 14);
    assert_eq!(shown[..13], Domain::ALL);
    assert_eq!(shown[13], Domain::DailyActivity);
}

#[test]
fn scores_outside_one_to_five_do_not_exist() {
    assert!(Score::new(0).is_err());
    assert!(Score::new(6).is_err());
    assert_eq!(Score::new(3).unwrap().get(), 3);
    assert!(serde_json::from_str::<Score>("0").is_err());
    assert!(serde_json::from_str::<Score>("6").is_err());
    assert!(serde_json::from_str::<Score>("-1").is_err());
    assert!(serde_json::from_str::<Score>("2.5").is_err());
    assert_eq!(serde_json::from_str::<Score>("5").unwrap(), Score::MAX);
}

#[test]
fn scored_by_is_tagged() {
    let json = serde_json::to_value(professional("Sanne de Vries")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"kind": "professional", "name": "Sanne de Vries"})
    );
    let me = serde_json::to_value(ScoredBy::Me).unwrap();
    assert_eq!(me, serde_json::json!({"kind": "me"}));
}

#[test]
fn latest_keeps_my_view_and_the_professionals_apart() {
    let domains = Domains {
        scores: vec![
            score("a", Domain::Finances, 1, "2024-01-10", ScoredBy::Me),
            score(
                "b",
                Domain::Finances,
                2,
                "2024-03-01",
                professional("Sanne"),
            ),
            score("c", Domain::Finances, 3, "2024-02-15", ScoredBy::Me),
            score("d", Domain::Housing, 5, "2024-04-01", ScoredBy::Me),
            score("e", Domain::Finances, 4, "2024-02-15", ScoredBy::Me),
        ],
    };
    assert_eq!(
        domains.latest(Domain::Finances, true).unwrap().id.as_str(),
        "e"
    );
    assert_eq!(
        domains.latest(Domain::Finances, false).unwrap().id.as_str(),
        "b"
    );
    assert!(domains.latest(Domain::Housing, false).is_none());
    assert!(domains.latest(Domain::Justice, true).is_none());
}

#[test]
fn history_is_oldest_first_and_stable() {
    let domains = Domains {
        scores: vec![
            score("late", Domain::Finances, 4, "2024-05-01", ScoredBy::Me),
            score("x", Domain::Housing, 2, "2024-01-01", ScoredBy::Me),
            score("same-1", Domain::Finances, 2, "2024-02-01", ScoredBy::Me),
            score(
                "same-2",
                Domain::Finances,
                3,
                "2024-02-01",
                professional("Ali"),
            ),
            score("early", Domain::Finances, 1, "2023-11-20", ScoredBy::Me),
        ],
    };
    let ids: Vec<&str> = domains
        .history(Domain::Finances)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["early", "same-1", "same-2", "late"]);
}

#[test]
fn validation_wants_ids_and_a_professionals_name() {
    let domains = Domains {
        scores: vec![
            score("a", Domain::Finances, 1, "2024-01-10", professional("  ")),
            score("a", Domain::Housing, 1, "2024-01-10", ScoredBy::Me),
            score("", Domain::Housing, 1, "2024-01-10", ScoredBy::Me),
        ],
    };
    let problems: Vec<Problem> = crate::model::validation::problems_of(domains.validate());
    assert_eq!(
        problems,
        [
            Problem::Required {
                field: "scored_by.name"
            },
            Problem::DuplicateId,
            Problem::Required { field: "id" },
        ]
    );
}

#[test]
fn round_trips_through_json() {
    let domains = Domains {
        scores: vec![
            score("a", Domain::AdlActivities, 3, "2024-01-10", ScoredBy::Me),
            score(
                "b",
                Domain::Justice,
                5,
                "2024-02-10",
                professional("<b>Mr. X</b>"),
            ),
        ],
    };
    let json = serde_json::to_string(&domains).unwrap();
    assert_eq!(serde_json::from_str::<Domains>(&json).unwrap(), domains);
    assert!(json.contains("\"adl_activities\""));
}

fn draft(score: &str, date: &str, by_me: bool, professional: &str) -> ScoreDraft {
    ScoreDraft {
        score: score.into(),
        date: date.into(),
        note: "<script>alert(1)</script>".into(),
        by_me,
        professional: professional.into(),
    }
}

#[test]
fn a_draft_becomes_a_score() {
    let today = Date::parse("2024-06-01").unwrap();
    let made = draft("4", "2024-06-01", false, "  Sanne  ")
        .check(EntryId::new("x"), Domain::Housing, today)
        .unwrap();
    assert_eq!(made.score.get(), 4);
    assert_eq!(made.scored_by, professional("Sanne"));
    assert_eq!(made.note, "<script>alert(1)</script>");
    assert_eq!(ScoreDraft::from_score(&made).score, "4");
    assert!(!ScoreDraft::from_score(&made).by_me);
    let mine = draft(" 1 ", "2020-01-31", true, "ignored")
        .check(EntryId::new("y"), Domain::Justice, today)
        .unwrap();
    assert_eq!(mine.scored_by, ScoredBy::Me);
}

#[test]
fn a_draft_names_its_problem() {
    let today = Date::parse("2024-06-01").unwrap();
    let check = |d: ScoreDraft| d.check(EntryId::new("x"), Domain::Finances, today);
    assert_eq!(
        check(draft("", "2024-01-01", true, "")),
        Err(ScoreProblem::ScoreMissing)
    );
    for bad in ["0", "6", "-1", "2.5", "abc", "256", "3<b>"] {
        assert_eq!(
            check(draft(bad, "2024-01-01", true, "")),
            Err(ScoreProblem::ScoreOutOfRange),
            "{bad}"
        );
    }
    assert_eq!(
        check(draft("3", " ", true, "")),
        Err(ScoreProblem::DateMissing)
    );
    for bad in [
        "2023-02-29",
        "2024-13-01",
        "1899-12-31",
        "01-02-2024",
        "2024-04-31",
    ] {
        assert_eq!(
            check(draft("3", bad, true, "")),
            Err(ScoreProblem::DateInvalid),
            "{bad}"
        );
    }
    assert_eq!(
        check(draft("3", "2024-06-02", true, "")),
        Err(ScoreProblem::DateInFuture)
    );
    assert_eq!(
        check(draft("3", "2024-06-01", false, "   ")),
        Err(ScoreProblem::ProfessionalMissing)
    );
}

#[test]
fn upsert_replaces_by_id_and_remove_deletes() {
    let mut domains = Domains::default();
    domains.upsert(score("a", Domain::Finances, 1, "2024-01-10", ScoredBy::Me));
    domains.upsert(score("b", Domain::Finances, 2, "2024-01-11", ScoredBy::Me));
    domains.upsert(score("a", Domain::Finances, 5, "2024-01-10", ScoredBy::Me));
    assert_eq!(domains.scores.len(), 2);
    assert_eq!(domains.find(&EntryId::new("a")).unwrap().score.get(), 5);
    assert!(domains.remove(&EntryId::new("a")));
    assert!(!domains.remove(&EntryId::new("a")));
    assert_eq!(domains.scores.len(), 1);
}
