use super::*;
use crate::model::Problem;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn agreement(id: &str, owner: Owner, due: Option<&str>, status: AgreementStatus) -> Agreement {
    Agreement {
        id: EntryId::new(id),
        what: format!("agreement {id}"),
        owner,
        due: due.map(date),
        status,
    }
}

fn professional() -> Owner {
    Owner::Professional {
        name: "Sanne de Vries".into(),
        organisation: "Wijkteam".into(),
    }
}

fn sample() -> Goals {
    Goals {
        goals: vec![
            Goal {
                id: EntryId::new("g1"),
                title: "Schulden op een rij".into(),
                description: String::new(),
                created: Some(date("2024-01-05")),
                agreements: vec![
                    agreement("a1", Owner::Me, Some("2024-02-01"), AgreementStatus::Open),
                    agreement("a2", professional(), None, AgreementStatus::Open),
                    agreement(
                        "a3",
                        professional(),
                        Some("2024-03-01"),
                        AgreementStatus::Open,
                    ),
                    agreement(
                        "a4",
                        professional(),
                        Some("2024-01-01"),
                        AgreementStatus::Done,
                    ),
                ],
            },
            Goal {
                id: EntryId::new("g2"),
                title: "Werk vinden".into(),
                description: String::new(),
                created: None,
                agreements: vec![agreement(
                    "a5",
                    Owner::Network {
                        name: "Mijn zus".into(),
                    },
                    Some("2024-02-15"),
                    AgreementStatus::Open,
                )],
            },
        ],
    }
}

#[test]
fn overdue_means_open_and_past_its_due_day() {
    let today = date("2024-02-01");
    let open = agreement("a", Owner::Me, Some("2024-01-31"), AgreementStatus::Open);
    assert!(open.is_overdue(today));
    assert!(!open.is_overdue(date("2024-01-31")));
    let done = agreement("b", Owner::Me, Some("2024-01-31"), AgreementStatus::Done);
    assert!(!done.is_overdue(today));
    let dropped = agreement("c", Owner::Me, Some("2024-01-31"), AgreementStatus::Dropped);
    assert!(!dropped.is_overdue(today));
    let undated = agreement("d", Owner::Me, None, AgreementStatus::Open);
    assert!(!undated.is_overdue(today));
}

#[test]
fn promises_by_others_are_open_and_sorted_by_due_date() {
    let goals = sample();
    assert_eq!(
        agreement_ids(&goals.promised_by_others()),
        ["a5", "a3", "a2"]
    );
    assert_eq!(goals.promised_by_others()[0].0.id.as_str(), "g2");
}

#[test]
fn overdue_lists_across_goals() {
    let goals = sample();
    assert_eq!(
        agreement_ids(&goals.overdue(date("2024-03-02"))),
        ["a1", "a3", "a5"]
    );
}

#[test]
fn owner_and_status_serialize_with_plain_keys() {
    let json = serde_json::to_value(professional()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "kind": "professional", "name": "Sanne de Vries", "organisation": "Wijkteam"
        })
    );
    let status = serde_json::to_value(AgreementStatus::Dropped).unwrap();
    assert_eq!(status, serde_json::json!("dropped"));
    let partial: Agreement = serde_json::from_value(serde_json::json!({
        "id": "x", "what": "Bellen", "owner": {"kind": "professional", "name": "Ali"}
    }))
    .unwrap();
    assert_eq!(partial.status, AgreementStatus::Open);
    assert_eq!(
        partial.owner,
        Owner::Professional {
            name: "Ali".into(),
            organisation: "".into()
        }
    );
}

#[test]
fn round_trips_through_json() {
    let goals = sample();
    let json = serde_json::to_vec(&goals).unwrap();
    assert_eq!(serde_json::from_slice::<Goals>(&json).unwrap(), goals);
}

#[test]
fn validation_wants_titles_what_and_owner_names() {
    assert_eq!(sample().validate(), Ok(()));
    let mut goals = sample();
    goals.goals[0].title = " ".into();
    goals.goals[0].agreements[0].what.clear();
    goals.goals[1].agreements[0].owner = Owner::Network {
        name: String::new(),
    };
    goals.goals[1]
        .agreements
        .push(agreement("a1", Owner::Me, None, AgreementStatus::Open));
    let problems: Vec<(String, Problem)> = goals
        .validate()
        .unwrap_err()
        .into_iter()
        .map(|e| (e.entry.unwrap().0, e.problem))
        .collect();
    assert_eq!(
        problems,
        [
            ("g1".into(), Problem::Required { field: "title" }),
            ("a1".into(), Problem::Required { field: "what" }),
            (
                "a5".into(),
                Problem::Required {
                    field: "owner.name"
                }
            ),
            ("a1".into(), Problem::DuplicateId),
        ]
    );
}

#[test]
fn goal_drafts_check_title_and_date() {
    let today = date("2024-06-01");
    let ok = GoalDraft {
        title: "<img src=x onerror=alert(1)>".into(),
        description: "d".into(),
        created: "2024-06-01".into(),
    };
    let goal = ok.check(EntryId::new("g"), today).unwrap();
    assert_eq!(goal.title, "<img src=x onerror=alert(1)>");
    assert_eq!(GoalDraft::from_goal(&goal), ok);
    let with = |title: &str, created: &str| GoalDraft {
        title: title.into(),
        description: String::new(),
        created: created.into(),
    };
    assert_eq!(
        with("  ", "").check(EntryId::new("g"), today),
        Err(GoalProblem::TitleMissing)
    );
    assert_eq!(
        with("t", "2024-02-30").check(EntryId::new("g"), today),
        Err(GoalProblem::CreatedInvalid)
    );
    assert_eq!(
        with("t", "2024-06-02").check(EntryId::new("g"), today),
        Err(GoalProblem::CreatedInFuture)
    );
    assert_eq!(
        with("t", "")
            .check(EntryId::new("g"), today)
            .unwrap()
            .created,
        None
    );
}

#[test]
fn agreement_drafts_check_what_owner_and_due_date() {
    let draft = |what: &str, owner: OwnerKind, name: &str, due: &str| AgreementDraft {
        what: what.into(),
        owner,
        name: name.into(),
        organisation: " Wijkteam ".into(),
        due: due.into(),
        status: AgreementStatus::Open,
    };
    let created = Some(date("2024-03-01"));
    let id = || EntryId::new("a");
    let made = draft("Bellen", OwnerKind::Professional, " Ali ", "2024-03-01")
        .check(id(), created)
        .unwrap();
    assert_eq!(
        made.owner,
        Owner::Professional {
            name: "Ali".into(),
            organisation: "Wijkteam".into()
        }
    );
    let back = AgreementDraft::from_agreement(&made);
    assert_eq!(
        (back.owner, back.due.as_str()),
        (OwnerKind::Professional, "2024-03-01")
    );
    assert_eq!(
        draft("x", OwnerKind::Me, "ignored", "")
            .check(id(), created)
            .unwrap()
            .owner,
        Owner::Me
    );
    assert_eq!(
        draft(" ", OwnerKind::Me, "", "").check(id(), created),
        Err(GoalProblem::WhatMissing)
    );
    for kind in [OwnerKind::Network, OwnerKind::Professional] {
        assert_eq!(
            draft("x", kind, "  ", "").check(id(), created),
            Err(GoalProblem::OwnerNameMissing)
        );
    }
    assert_eq!(
        draft("x", OwnerKind::Me, "", "2023-02-29").check(id(), created),
        Err(GoalProblem::DueInvalid)
    );
    assert_eq!(
        draft("x", OwnerKind::Me, "", "2024-02-29").check(id(), created),
        Err(GoalProblem::DueBeforeGoal)
    );
    // Without a goal date any real due date will do, also one long past.
    assert!(draft("x", OwnerKind::Me, "", "1990-01-01")
        .check(id(), None)
        .is_ok());
}

#[test]
fn keys_of_owner_kinds_and_statuses_round_trip() {
    for kind in OwnerKind::ALL {
        assert_eq!(OwnerKind::from_key(kind.key()), Some(kind));
    }
    for status in AgreementStatus::ALL {
        assert_eq!(AgreementStatus::from_key(status.key()), Some(status));
        assert_eq!(
            serde_json::to_value(status).unwrap(),
            serde_json::json!(status.key())
        );
    }
    assert_eq!(OwnerKind::from_key("boss"), None);
}

#[test]
fn goals_and_agreements_are_added_edited_and_removed() {
    let mut goals = sample();
    let g1 = EntryId::new("g1");
    goals.upsert_goal(Goal {
        id: g1.clone(),
        title: "Nieuw".into(),
        description: "x".into(),
        created: None,
        agreements: Vec::new(),
    });
    let goal = goals.find(&g1).unwrap();
    assert_eq!(goal.title, "Nieuw");
    assert_eq!(
        goal.agreements.len(),
        4,
        "editing a goal keeps its agreements"
    );
    let mut changed = goal.agreements[0].clone();
    changed.status = AgreementStatus::Done;
    assert!(goals.upsert_agreement(&g1, changed));
    assert_eq!(
        goals.find(&g1).unwrap().agreements[0].status,
        AgreementStatus::Done
    );
    assert!(goals.upsert_agreement(
        &g1,
        agreement("new", Owner::Me, None, AgreementStatus::Open)
    ));
    assert_eq!(goals.find(&g1).unwrap().agreements.len(), 5);
    assert!(!goals.upsert_agreement(
        &EntryId::new("nope"),
        agreement("z", Owner::Me, None, AgreementStatus::Open)
    ));
    assert!(goals.remove_agreement(&g1, &EntryId::new("new")));
    assert!(!goals.remove_agreement(&g1, &EntryId::new("new")));
    assert!(goals.remove_goal(&g1));
    assert!(!goals.remove_goal(&g1));
    assert_eq!(goals.goals.len(), 1);
}
