//! The dossier as a whole: reading, writing, upgrading and the published v1 fixture.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::*;

/// Published with schema 1. Never edit it: a later Regie must still read what this one wrote.
const FIXTURE_V1: &[u8] = include_bytes!("../../tests/data/dossier-v1.json");

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn load(value: Value) -> Result<Dossier, ModelError> {
    Dossier::from_json(&serde_json::to_vec(&value).unwrap())
}

fn invalid_message(result: Result<Dossier, ModelError>) -> String {
    match result {
        Err(ModelError::Invalid(message)) => message,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_new_dossier_is_empty_valid_and_current() {
    let dossier = Dossier::new();
    assert_eq!(dossier.schema, SCHEMA_VERSION);
    assert_eq!(dossier, Dossier::default());
    assert_eq!(dossier.validate(), Ok(()));
    assert_eq!(dossier.settings.auto_lock_minutes, 5);
    for section in SectionKey::ALL {
        assert!(dossier.is_section_empty(section), "{section}");
    }
    assert_eq!(Dossier::from_json(&dossier.to_json()), Ok(dossier));
}

#[test]
fn minimal_v1_json_loads_as_an_empty_dossier() {
    assert_eq!(Dossier::from_json(br#"{"schema":1}"#), Ok(Dossier::new()));
}

#[test]
fn partial_sections_are_filled_in() {
    let dossier = load(json!({
        "schema": 1,
        "about": {"name": "Kees"},
        "network": {"contacts": [{"id": "c", "name": "Ans"}]},
        "settings": {}
    }))
    .unwrap();
    assert_eq!(dossier.about.name, "Kees");
    assert_eq!(dossier.network.contacts[0].kind, ContactKind::Person);
    assert_eq!(dossier.settings, Settings::default());
}

#[test]
fn a_newer_schema_is_refused_by_number() {
    assert_eq!(
        Dossier::from_json(br#"{"schema":99}"#),
        Err(ModelError::UnsupportedVersion(99))
    );
    assert_eq!(
        Dossier::from_json(br#"{"schema":2,"about":{"name":42}}"#),
        Err(ModelError::UnsupportedVersion(2))
    );
}

#[test]
fn garbage_is_invalid() {
    let garbage: [&[u8]; 11] = [
        b"",
        b"not json",
        b"\xff\xfe",
        b"null",
        b"[]",
        b"{}",
        br#"{"schema":"1"}"#,
        br#"{"schema":0}"#,
        br#"{"schema":-3}"#,
        br#"{"schema":1,"about":"Kees"}"#,
        br#"{"schema":1,"domains":{"scores":"many"}}"#,
    ];
    for bytes in garbage {
        let result = Dossier::from_json(bytes);
        assert!(
            matches!(result, Err(ModelError::Invalid(_))),
            "{bytes:?}: {result:?}"
        );
    }
}

#[test]
fn impossible_values_are_refused_naming_the_part_but_not_the_text() {
    let secret = "Samira Geheim";
    let cases = [
        (
            json!({"about": {"name": secret, "date_of_birth": "2023-02-29"}}),
            "about",
        ),
        (json!({"about": {"name": 7, "approach": secret}}), "about"),
        (json!({"story": {"text": [secret]}}), "story"),
        (
            json!({"domains": {"scores": [{
                "id": "a", "domain": "finances", "score": 0, "date": "2024-01-01", "note": secret
            }]}}),
            "domains",
        ),
        (
            json!({"domains": {"scores": [{
                "id": "a", "domain": "finances", "score": 6, "date": "2024-01-01"
            }]}}),
            "domains",
        ),
        (
            json!({"domains": {"scores": [{
                "id": "a", "domain": secret, "score": 3, "date": "2024-01-01"
            }]}}),
            "domains",
        ),
        (
            json!({"journal": {"entries": [{"id": "j", "date": secret}]}}),
            "journal",
        ),
        (
            json!({"settings": {"auto_lock_minutes": secret}}),
            "settings",
        ),
    ];
    for (mut value, part) in cases {
        value["schema"] = json!(1);
        let message = invalid_message(load(value));
        assert!(message.contains(&format!("the {part} part")), "{message}");
        assert!(!message.contains("Samira"), "{message}");
    }
}

#[test]
fn rule_breaking_dossiers_are_refused_with_every_problem() {
    let value = json!({
        "schema": 1,
        "goals": {"goals": [{"id": "g", "title": "  "}]},
        "network": {"contacts": [
            {"id": "a", "name": "Samira", "first_contact": true},
            {"id": "b", "name": "Kees", "first_contact": true}
        ]},
        "support": {"decisions": [{
            "id": "d", "what": "Wmo", "decision_date": "2024-01-01",
            "valid_from": "2024-02-01", "valid_until": "2024-01-31"
        }]},
        "documents": {"files": [
            {"id": "f", "name": "Brief", "mime": "text/html", "size": 10, "added": 0},
            {"id": "g", "name": "Scan", "mime": "application/pdf", "size": 20_971_521u64, "added": 0}
        ]},
        "settings": {"auto_lock_minutes": 0}
    });
    let message = invalid_message(load(value));
    for expected in [
        "goals: title must be filled in",
        "network: more than one first contact",
        "support: valid_until is before valid_from",
        "documents: only JPEG, PNG and WebP images and PDF files can be kept",
        "documents: a document of 20971521 bytes",
        "settings: auto-lock after 0 minutes",
    ] {
        assert!(
            message.contains(expected),
            "{expected:?} missing from {message:?}"
        );
    }
    assert!(!message.contains("Samira"));
}

#[test]
fn validate_gathers_problems_from_every_part() {
    let mut dossier = Dossier::new();
    dossier.network.contacts.push(Contact {
        kind: ContactKind::Organisation,
        ..Contact::named(EntryId::new("c"), "")
    });
    dossier.settings.auto_lock_minutes = 61;
    let errors = dossier.validate().unwrap_err();
    let parts: Vec<Part> = errors.iter().map(|error| error.part).collect();
    assert_eq!(parts, [Part::Section(SectionKey::Network), Part::Settings]);
    assert_eq!(dossier.validate_section(SectionKey::Goals), Ok(()));
    assert!(dossier.validate_section(SectionKey::Network).is_err());
}

#[test]
fn html_is_kept_verbatim() {
    let mut dossier = Dossier::new();
    let html = r#"<script>alert("x")</script> & <b>vet</b> &amp; 'quote'"#;
    dossier.about.name = html.into();
    dossier.story.text = html.into();
    let back = Dossier::from_json(&dossier.to_json()).unwrap();
    assert_eq!(back.about.name, html);
    assert_eq!(back.story.text, html);
}

#[test]
fn unknown_fields_of_the_same_schema_are_ignored() {
    let dossier =
        load(json!({"schema": 1, "about": {"name": "Kees", "shoe_size": 44}, "extra": true}))
            .unwrap();
    assert_eq!(dossier.about.name, "Kees");
}

#[test]
fn the_v1_fixture_loads_with_known_answers() {
    let dossier = Dossier::from_json(FIXTURE_V1).expect("the published v1 fixture loads");
    assert_eq!(dossier.schema, 1);
    assert_eq!(dossier.about.name, "Samira Bakker");
    assert_eq!(dossier.about.date_of_birth, Some(date("1987-03-12")));
    assert!(dossier
        .story
        .text
        .starts_with("Ik woon sinds 2015 in Utrecht"));
    assert_eq!(dossier.story.updated, Some(Timestamp(1_710_490_320_000)));

    assert_eq!(dossier.domains.scores.len(), 14);
    // Scored on the earlier matrix of eleven: every one of those domains has a score (the
    // 2017 matrix's reading of it is in `matrix_tests`).
    for domain in Domain::ALL.into_iter().chain(Domain::EARLIER).filter(|d| {
        !matches!(
            d,
            Domain::WorkEducation | Domain::TimeUse | Domain::InstrumentalAdl
        )
    }) {
        assert!(dossier.domains.latest(domain, true).is_some(), "{domain}");
    }
    let finances = dossier.domains.latest(Domain::Finances, true).unwrap();
    assert_eq!(
        (finances.score.get(), finances.date),
        (2, date("2024-03-15"))
    );
    let by_professional = dossier.domains.latest(Domain::MentalHealth, false).unwrap();
    assert_eq!(
        by_professional.scored_by,
        ScoredBy::Professional {
            name: "Sanne de Vries".into()
        }
    );
    assert_eq!(dossier.domains.history(Domain::Finances).len(), 3);

    assert_eq!(
        goals::agreement_ids(&dossier.promised_by_others()),
        ["agr-03", "agr-07", "agr-04"]
    );
    assert_eq!(dossier.goals.overdue(date("2024-04-01")).len(), 1);

    assert_eq!(
        dossier.network.first_contact().unwrap().name,
        "Yasmina Bakker"
    );
    assert_eq!(dossier.support.pending_applications().count(), 2);
    let wmo = &dossier.support.decisions[0];
    assert_eq!(wmo.objection_deadline_or_default(), date("2024-03-04"));
    assert_eq!(
        dossier
            .support
            .decisions_to_renew(date("2024-12-01"), 90)
            .len(),
        1
    );
    assert_eq!(dossier.health.medication[0].dose, "500 mg");
    assert_eq!(
        dossier.journal.upcoming(date("2024-03-16"))[0].id.as_str(),
        "jr-03"
    );
    assert_eq!(
        dossier.documents.total_bytes(),
        284_113 + 3_145_728 + 1_048_576
    );
    assert_eq!(
        dossier.settings.last_backup,
        Some(Timestamp(1_710_615_600_000))
    );
    // Money came after this fixture (see dossier-v1-money.json).
    for section in SectionKey::ALL {
        let empty = section == SectionKey::Money;
        assert_eq!(dossier.is_section_empty(section), empty, "{section}");
    }
}

/// Every value in `part` is also in `whole`: writing the dossier loses nothing it read.
fn contained_in(part: &Value, whole: &Value) -> bool {
    match (part, whole) {
        (Value::Object(part), Value::Object(whole)) => part.iter().all(|(key, value)| {
            whole
                .get(key)
                .is_some_and(|other| contained_in(value, other))
        }),
        (Value::Array(part), Value::Array(whole)) => {
            part.len() == whole.len() && part.iter().zip(whole).all(|(a, b)| contained_in(a, b))
        }
        _ => part == whole,
    }
}

#[test]
fn the_v1_fixture_round_trips_without_losing_anything() {
    let dossier = Dossier::from_json(FIXTURE_V1).unwrap();
    let written = dossier.to_json();
    assert_eq!(Dossier::from_json(&written), Ok(dossier.clone()));
    assert_eq!(Dossier::from_json(&dossier.to_json_pretty()), Ok(dossier));

    let fixture: Value = serde_json::from_slice(FIXTURE_V1).unwrap();
    let written: Value = serde_json::from_slice(&written).unwrap();
    assert!(contained_in(&fixture, &written));
}

#[test]
fn with_only_empties_every_other_section_and_the_settings() {
    let full = Dossier::from_json(FIXTURE_V1).unwrap();
    let shared = full.with_only(&[SectionKey::Story, SectionKey::Support]);
    assert_eq!(shared.story, full.story);
    assert_eq!(shared.support, full.support);
    assert_eq!(shared.settings, Settings::default());
    for section in SectionKey::ALL {
        let kept = matches!(section, SectionKey::Story | SectionKey::Support);
        assert_eq!(shared.is_section_empty(section), !kept, "{section}");
    }
    assert_eq!(
        full.with_only(&SectionKey::ALL).settings,
        Settings::default()
    );
    assert_eq!(full.with_only(&[]), Dossier::new());
}

fn text() -> impl Strategy<Value = String> {
    // Any text a person could paste, HTML and emoji included.
    prop_oneof![
        Just(String::new()),
        "\\PC{0,40}",
        "[<>&\"'/ a-z]{0,20}",
        any::<String>(),
    ]
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ][\\PC]{0,30}"
}

fn any_date() -> impl Strategy<Value = Date> {
    (Date::MIN.days_since_epoch()..=Date::MAX.days_since_epoch())
        .prop_map(|days| Date::from_days_since_epoch(days).unwrap())
}

fn about() -> impl Strategy<Value = About> {
    (
        (text(), proptest::option::of(any_date()), text(), text()),
        (text(), text(), text(), text()),
    )
        .prop_map(
            |(
                (name, date_of_birth, phone, email),
                (address, languages, approach, what_matters),
            )| {
                About {
                    name,
                    date_of_birth,
                    phone,
                    email,
                    address,
                    languages,
                    approach,
                    what_matters,
                }
            },
        )
}

fn story() -> impl Strategy<Value = Story> {
    (text(), proptest::option::of(any::<i64>())).prop_map(|(text, updated)| Story {
        text,
        updated: updated.map(Timestamp),
    })
}

fn domain_score() -> impl Strategy<Value = (Domain, Score, String, Date, ScoredBy)> {
    (
        proptest::sample::select(Domain::ALL.to_vec()),
        (1u8..=5).prop_map(|value| Score::new(value).unwrap()),
        text(),
        any_date(),
        prop_oneof![
            Just(ScoredBy::Me),
            name().prop_map(|name| ScoredBy::Professional { name })
        ],
    )
}

fn domains() -> impl Strategy<Value = Domains> {
    proptest::collection::vec(domain_score(), 0..12).prop_map(|scores| Domains {
        scores: scores
            .into_iter()
            .enumerate()
            .map(|(i, (domain, score, note, date, scored_by))| DomainScore {
                id: EntryId::new(format!("score-{i}")),
                domain,
                score,
                note,
                date,
                scored_by,
            })
            .collect(),
    })
}

fn owner() -> impl Strategy<Value = Owner> {
    prop_oneof![
        Just(Owner::Me),
        name().prop_map(|name| Owner::Network { name }),
        (name(), text())
            .prop_map(|(name, organisation)| Owner::Professional { name, organisation }),
    ]
}

fn goals() -> impl Strategy<Value = Goals> {
    let agreement = (
        name(),
        owner(),
        proptest::option::of(any_date()),
        proptest::sample::select(vec![
            AgreementStatus::Open,
            AgreementStatus::Done,
            AgreementStatus::Dropped,
        ]),
    );
    let goal = (
        name(),
        text(),
        proptest::option::of(any_date()),
        proptest::collection::vec(agreement, 0..4),
    );
    proptest::collection::vec(goal, 0..4).prop_map(|goals| Goals {
        goals: goals
            .into_iter()
            .enumerate()
            .map(|(g, (title, description, created, agreements))| Goal {
                id: EntryId::new(format!("goal-{g}")),
                title,
                description,
                created,
                agreements: agreements
                    .into_iter()
                    .enumerate()
                    .map(|(a, (what, owner, due, status))| Agreement {
                        id: EntryId::new(format!("agreement-{g}-{a}")),
                        what,
                        owner,
                        due,
                        status,
                    })
                    .collect(),
            })
            .collect(),
    })
}

fn dossier() -> impl Strategy<Value = Dossier> {
    (
        about(),
        story(),
        domains(),
        goals(),
        1u16..=60,
        proptest::option::of(any::<i64>()),
    )
        .prop_map(
            |(about, story, domains, goals, auto_lock_minutes, last_backup)| Dossier {
                about,
                story,
                domains,
                goals,
                settings: Settings {
                    auto_lock_minutes,
                    last_backup: last_backup.map(Timestamp),
                    ..Settings::default()
                },
                ..Dossier::new()
            },
        )
}

proptest! {
    #[test]
    fn generated_dossiers_round_trip(dossier in dossier()) {
        prop_assert_eq!(dossier.validate(), Ok(()));
        prop_assert_eq!(Dossier::from_json(&dossier.to_json()), Ok(dossier.clone()));
        prop_assert_eq!(Dossier::from_json(&dossier.to_json_pretty()), Ok(dossier));
    }

    #[test]
    fn from_json_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = Dossier::from_json(&bytes);
    }

    #[test]
    fn a_cut_off_dossier_is_refused(cut in 0usize..FIXTURE_V1.trim_ascii_end().len()) {
        prop_assert!(Dossier::from_json(&FIXTURE_V1[..cut]).is_err());
    }
}
