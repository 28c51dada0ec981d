use super::*;
use crate::model::SectionKey;

fn dossier() -> Dossier {
    Dossier::from_json(
        br#"{"schema":1,
             "goals":{"goals":[{"id":"g1","title":"Schulden op een rij","agreements":[
                {"id":"a1","what":"Belt de bank","owner":{"kind":"professional","name":"Anna de Vries","organisation":"wijkteam"}}]}]},
             "domains":{"scores":[{"id":"s1","domain":"finances","score":2,"date":"2026-11-01",
                "scored_by":{"kind":"professional","name":"Anna de Vries"}}]}}"#,
    )
    .unwrap()
}

fn record() -> ShareRecord {
    serde_json::from_str(
        r#"{"id":"share1","revoke_token":"t","recipient":"Anna","sections":[],"created":1000,"expires":2000}"#,
    )
    .unwrap()
}

fn draft(kind: ReplyKind) -> ReplyDraft {
    ReplyDraft {
        kind,
        author: " Anna de Boer, wijkteam Oost ".into(),
        text: "Ik bel de woningcorporatie".into(),
        ..ReplyDraft::default()
    }
}

fn day() -> Date {
    Date::parse("2026-12-01").unwrap()
}

#[test]
fn each_kind_is_sealed_opened_and_lands_in_its_section() {
    let key = ReplyKey::generate();
    let shared = dossier();
    let drafts = [
        draft(ReplyKind::Note),
        ReplyDraft {
            due: "2026-12-15".into(),
            goal: "g1".into(),
            ..draft(ReplyKind::Agreement)
        },
        ReplyDraft {
            goal_title: "Een eigen huis".into(),
            ..draft(ReplyKind::Agreement)
        },
        ReplyDraft {
            domain: "housing".into(),
            score: "3".into(),
            ..draft(ReplyKind::Score)
        },
        ReplyDraft {
            when: "2026-12-08T14:30".into(),
            ..draft(ReplyKind::Appointment)
        },
    ];
    let mut mine = dossier();
    for (n, draft) in drafts.iter().enumerate() {
        let reply = draft.check(&shared, Timestamp(5)).unwrap();
        let sealed = seal_reply(&key.recipient(), &reply).unwrap();
        assert!(crate::api::is_age_file(&sealed));
        let opened = open_reply(&key, &sealed).unwrap();
        assert_eq!(opened, reply);
        let before = mine.clone();
        let id = mine.accept_reply(
            &opened,
            &format!("r{n}"),
            &record(),
            day(),
            "Afspraken met Anna de Boer",
        );
        // It lands in the section the app names when it says where it went, and only there.
        let section = opened.body.kind().section();
        for key in SectionKey::ALL {
            let changed = before.with_only(&[key]) != mine.with_only(&[key]);
            assert_eq!(changed, key == section, "{:?}: {key:?}", draft.kind);
        }
        assert_eq!(mine.provenance[&id].author, "Anna de Boer, wijkteam Oost");
        assert_eq!(mine.provenance[&id].shared, Timestamp(1000));
    }
    let note = &mine.journal.entries[0];
    assert_eq!(
        (note.text.as_str(), note.date),
        ("Ik bel de woningcorporatie", day())
    );
    let agreements = &mine.goals.goals[0].agreements;
    assert_eq!(agreements.len(), 2, "under the chosen goal");
    assert_eq!(
        agreements[1].owner,
        Owner::Professional {
            name: "Anna de Boer".into(),
            organisation: "wijkteam Oost".into()
        }
    );
    assert_eq!(agreements[1].due, Date::parse("2026-12-15").ok());
    assert_eq!(mine.goals.goals[1].title, "Een eigen huis", "a new goal");
    let score = mine.domains.scores.last().unwrap();
    assert_eq!((score.domain, score.score.get()), (Domain::Housing, 3));
    assert!(!score.scored_by.is_me(), "it counts as the professional's");
    let appointment = &mine.journal.entries[1];
    assert!(appointment.is_appointment());
    assert_eq!(appointment.time.as_deref(), Some("14:30"));
    assert_eq!(appointment.date, Date::parse("2026-12-08").unwrap());
    // What the client typed herself about Anna stays hers; a note names nobody.
    assert!(typed_by_client(
        &mine.provenance,
        &mine.goals.goals[0].agreements[0]
    ));
    assert!(!typed_by_client(&mine.provenance, &agreements[1]));
    assert!(!typed_by_client(&mine.provenance, score));
}

#[test]
fn a_new_goal_left_without_a_name_gets_the_one_the_app_gives() {
    let reply = draft(ReplyKind::Agreement)
        .check(&Dossier::new(), Timestamp(5))
        .unwrap();
    let mut mine = Dossier::new();
    mine.accept_reply(&reply, "r1", &record(), day(), "Afspraken met Anna de Boer");
    assert_eq!(mine.goals.goals[0].title, "Afspraken met Anna de Boer");
    assert_eq!(
        mine.goals.goals[0].agreements[0].what,
        "Ik bel de woningcorporatie"
    );
}

#[test]
fn accepting_twice_adds_once_and_the_provenance_survives_a_save() {
    let reply = draft(ReplyKind::Note)
        .check(&dossier(), Timestamp(5))
        .unwrap();
    let mut mine = dossier();
    mine.accept_reply(&reply, "r1", &record(), day(), "Afspraken met Anna de Boer");
    mine.accept_reply(&reply, "r1", &record(), day(), "Afspraken met Anna de Boer");
    assert_eq!(mine.journal.entries.len(), 1);
    let again = Dossier::from_json(&mine.to_json()).unwrap();
    assert_eq!(again, mine);
}

#[test]
fn a_dossier_without_replies_is_stored_as_before() {
    let json = String::from_utf8(dossier().to_json()).unwrap();
    assert!(!json.contains("provenance"), "{json}");
    let record = serde_json::to_string(&record()).unwrap();
    assert!(!record.contains("reply_key") && !record.contains("decided"));
}

#[test]
fn a_share_names_only_the_authors_of_what_it_holds() {
    let reply = draft(ReplyKind::Note)
        .check(&dossier(), Timestamp(5))
        .unwrap();
    let mut mine = dossier();
    let id = mine.accept_reply(&reply, "r1", &record(), day(), "Afspraken met Anna de Boer");
    assert!(mine
        .with_only(&[SectionKey::Journal])
        .provenance
        .contains_key(&id));
    assert!(mine.with_only(&[SectionKey::Goals]).provenance.is_empty());
}

#[test]
fn drafts_say_what_is_missing() {
    let shared = dossier();
    let empty = ReplyDraft::default();
    assert_eq!(
        empty.check(&shared, Timestamp(0)).unwrap_err(),
        [ReplyProblem::AuthorMissing, ReplyProblem::TextMissing]
    );
    let score = ReplyDraft {
        kind: ReplyKind::Score,
        ..draft(ReplyKind::Score)
    };
    assert_eq!(
        score.check(&shared, Timestamp(0)).unwrap_err(),
        [ReplyProblem::DomainMissing, ReplyProblem::ScoreMissing]
    );
    let late = ReplyDraft {
        due: "2026-02-30".into(),
        ..draft(ReplyKind::Agreement)
    };
    assert_eq!(
        late.check(&shared, Timestamp(0)).unwrap_err(),
        [ReplyProblem::DueInvalid]
    );
    for when in ["", "morgen", "2026-12-08T25:00"] {
        let appointment = ReplyDraft {
            when: when.into(),
            ..draft(ReplyKind::Appointment)
        };
        assert_eq!(
            appointment.check(&shared, Timestamp(0)).unwrap_err(),
            [ReplyProblem::WhenInvalid],
            "{when}"
        );
    }
    let long = ReplyDraft {
        text: "x".repeat(MAX_REPLY_TEXT + 1),
        ..draft(ReplyKind::Note)
    };
    assert_eq!(
        long.check(&shared, Timestamp(0)).unwrap_err(),
        [ReplyProblem::TooLong]
    );
    // The longest text still fits the relay's limit once sealed.
    let longest = ReplyDraft {
        text: "é".repeat(MAX_REPLY_TEXT),
        author: "a".repeat(MAX_REPLY_LINE),
        ..draft(ReplyKind::Note)
    };
    let reply = longest.check(&shared, Timestamp(0)).unwrap();
    assert!(seal_reply(&ReplyKey::generate().recipient(), &reply).is_ok());
}

#[test]
fn bad_replies_are_set_aside() {
    let key = ReplyKey::generate();
    let other = ReplyKey::generate();
    let reply = draft(ReplyKind::Note)
        .check(&dossier(), Timestamp(5))
        .unwrap();
    let sealed = seal_reply(&other.recipient(), &reply).unwrap();
    assert_eq!(open_reply(&key, &sealed), Err(BadReply::Undecryptable));
    assert_eq!(
        open_reply(&key, &vec![0u8; MAX_REPLY_BYTES + 1]),
        Err(BadReply::TooLarge)
    );
    assert_eq!(open_reply(&key, b"not age"), Err(BadReply::Undecryptable));
    let recipient = key.0.to_public();
    for plain in [
        &b"<script>alert(1)</script>"[..],
        br#"{"v":1,"author":"","written":0,"body":{"kind":"note","text":"x"}}"#,
        br#"{"v":9,"author":"A","written":0,"body":{"kind":"note","text":"x"}}"#,
        br#"{"v":1,"author":"A","written":0,"body":{"kind":"score","domain":"housing","score":9}}"#,
    ] {
        let sealed = age::encrypt(&recipient, plain).unwrap();
        assert_eq!(open_reply(&key, &sealed), Err(BadReply::Format));
    }
}

#[test]
fn html_in_a_reply_is_kept_as_text() {
    let key = ReplyKey::generate();
    let evil = ReplyDraft {
        author: "<img src=x onerror=alert(1)>, <b>team</b>".into(),
        text: "<script>alert('x')</script> [klik](javascript:alert(1))".into(),
        ..draft(ReplyKind::Note)
    };
    let reply = evil.check(&dossier(), Timestamp(0)).unwrap();
    let opened = open_reply(&key, &seal_reply(&key.recipient(), &reply).unwrap()).unwrap();
    assert_eq!(opened.author_parts().1, "<b>team</b>");
    let ReplyBody::Note { text } = opened.body else {
        panic!()
    };
    assert_eq!(
        text,
        "<script>alert('x')</script> [klik](javascript:alert(1))"
    );
}

#[test]
fn keys_round_trip_and_kinds_have_their_keys() {
    let key = ReplyKey::generate();
    let again = ReplyKey::from_secret(&key.to_secret()).unwrap();
    assert_eq!(again.recipient(), key.recipient());
    assert!(key.recipient().starts_with("age1"));
    assert!(ReplyKey::from_secret("nonsense").is_none());
    assert_eq!(format!("{key:?}"), "ReplyKey(<redacted>)");
    for kind in ReplyKind::ALL {
        assert_eq!(ReplyKind::from_key(kind.key()), Some(kind));
    }
}

/// A dossier as this version stores it after replies were accepted: every later version must
/// open it with its provenance and reply keys.
const FIXTURE_REPLIES: &[u8] = include_bytes!("../tests/data/dossier-v1-replies.json");

#[test]
fn the_fixture_with_accepted_replies_opens_with_everything_in_it() {
    let dossier = Dossier::from_json(FIXTURE_REPLIES).expect("the replies fixture loads");
    assert_eq!(dossier.provenance.len(), 3);
    for provenance in dossier.provenance.values() {
        assert_eq!(provenance.author, "Anna de Boer, wijkteam Oost");
    }
    let [typed, accepted] = &dossier.goals.goals[0].agreements[..] else {
        panic!("two agreements")
    };
    assert!(typed_by_client(&dossier.provenance, typed));
    assert!(!typed_by_client(&dossier.provenance, accepted));
    assert!(!typed_by_client(
        &dossier.provenance,
        &dossier.domains.scores[0]
    ));
    let record = &dossier.shares.records[0];
    let key = ReplyKey::from_secret(record.reply_key.as_deref().unwrap()).unwrap();
    assert!(key.recipient().starts_with("age1"));
    assert_eq!(record.decided, ["ZGVjaWRlZGRlY2lkZWRkZWNp"]);
    assert_eq!(Dossier::from_json(&dossier.to_json()).unwrap(), dossier);
    // A share of the goals names the author of the accepted agreement only.
    let shared = dossier.with_only(&[SectionKey::Goals]);
    assert_eq!(shared.provenance.len(), 1);
}

#[test]
fn only_live_shares_that_allow_replies_are_asked_again() {
    let now = 10 * 60_000;
    let with_key = |id: &str, expires: i64, revoked: bool| ShareRecord {
        id: id.into(),
        expires: Timestamp(expires),
        revoked,
        reply_key: Some("key".into()),
        ..record()
    };
    let records = vec![
        with_key("live", now + 60_000, false),
        with_key("stopped", now + 60_000, true),
        with_key("ended", now - 60_000, false),
        with_key("forgotten", now - crate::api::RETENTION_MS - 1, false),
        ShareRecord {
            id: "no-replies".into(),
            expires: Timestamp(now + 60_000),
            reply_key: None,
            log_key: None,
            ..record()
        },
    ];
    let ids = |list: Vec<ShareRecord>| list.into_iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(ids(live_reply_shares(&records, now)), ["live"]);
    assert_eq!(
        ids(reply_shares(&records, now)),
        ["live", "stopped", "ended"]
    );
    // Nothing live: nothing to ask on the next round.
    assert!(live_reply_shares(&records[1..], now).is_empty());
}

#[test]
fn each_kind_names_where_it_goes() {
    assert_eq!(ReplyKind::Note.section(), SectionKey::Journal);
    assert_eq!(ReplyKind::Appointment.section(), SectionKey::Journal);
    assert_eq!(ReplyKind::Agreement.section(), SectionKey::Goals);
    assert_eq!(ReplyKind::Score.section(), SectionKey::Domains);
}

#[test]
fn a_professional_scores_a_domain_new_in_2017_but_not_dagbesteding() {
    let shared = dossier();
    let iadl = ReplyDraft {
        domain: "instrumental_adl".into(),
        score: "4".into(),
        ..draft(ReplyKind::Score)
    };
    let reply = iadl.check(&shared, Timestamp(5)).unwrap();
    assert!(matches!(
        reply.body,
        ReplyBody::Score {
            domain: Domain::InstrumentalAdl,
            ..
        }
    ));
    let old = ReplyDraft {
        domain: "daily_activity".into(),
        ..iadl
    };
    assert_eq!(
        old.check(&shared, Timestamp(5)),
        Err(vec![ReplyProblem::DomainMissing])
    );
    // Every domain of the 2017 matrix, scored or not, once the life domains are shared.
    assert_eq!(score_domains(&[SectionKey::Domains]), Domain::ALL);
    assert!(score_domains(&[SectionKey::Goals]).is_empty());
}

#[test]
fn a_reply_scoring_dagbesteding_is_still_read_and_kept_as_history() {
    // Sent by a viewer of the earlier matrix: the same JSON, the old key.
    let written = br#"{"v":1,"author":"Anna de Boer, wijkteam Oost","written":5,
        "body":{"kind":"score","domain":"daily_activity","score":2,"note":"Zoekt vrijwilligerswerk"}}"#;
    let reply: Reply = serde_json::from_slice(written).unwrap();
    let key = ReplyKey::generate();
    let opened = open_reply(&key, &seal_reply(&key.recipient(), &reply).unwrap()).unwrap();
    let mut mine = dossier();
    let id = mine.accept_reply(&opened, "r-old", &record(), day(), "Afspraken");
    let kept = mine.domains.find(&id).unwrap();
    assert_eq!(
        (kept.domain, kept.score.get(), kept.note.as_str()),
        (Domain::DailyActivity, 2, "Zoekt vrijwilligerswerk")
    );
    assert_eq!(
        kept.scored_by,
        crate::model::ScoredBy::Professional {
            name: "Anna de Boer, wijkteam Oost".into()
        }
    );
    assert_eq!(mine.domains.shown().last(), Some(&Domain::DailyActivity));
    assert!(opened
        .kind_words(crate::catalogue::Lang::Nl)
        .contains("Dagbesteding"));
}
