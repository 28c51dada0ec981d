use super::*;
use crate::api::ShareState;

/// 22 November 2026, 13:02 UTC: 14:02 in Amsterdam (UTC+1 in winter).
const AT: i64 = 1_795_352_520_000;
const MIN: i64 = 60_000;
const CET: &dyn Fn(i64) -> i32 = &|_| 60;

fn anna() -> Who {
    Who {
        name: "Anna de Boer".into(),
        org: "wijkteam Oost".into(),
        role: "consulent".into(),
    }
}

fn log(opens: Vec<i64>) -> ShareLog {
    ShareLog {
        status: ShareState::Active,
        expires_at: AT + 60 * MIN,
        max_opens: None,
        opens,
        starts_at: None,
        wrong_codes: vec![],
    }
}

fn event(action: Action, who: &Who) -> ActivityEvent {
    ActivityEvent::new(action, who, &["story", "contacts"], Timestamp(AT))
}

fn said(entries: &[Entry], lang: Lang) -> Vec<String> {
    sentences(entries, Timestamp(AT), CET, lang)
        .iter()
        .map(Sentence::text)
        .collect()
}

#[test]
fn an_opening_and_a_print_by_one_person_read_as_one_sentence() {
    let events = vec![
        (AT + 1_000, event(Action::Opened, &anna())),
        (AT + 8 * MIN, event(Action::Printed, &anna())),
    ];
    let entries = entries(&log(vec![AT]), &events);
    assert_eq!(
        said(&entries, Lang::Nl),
        ["Anna de Boer (wijkteam Oost, consulent) opende om 14:02 en printte om 14:10"]
    );
    assert_eq!(
        said(&entries, Lang::En),
        ["Anna de Boer (wijkteam Oost, consulent) opened at 14:02 and printed at 14:10"]
    );
}

#[test]
fn every_action_is_told_in_order_with_commas_and_a_last_and() {
    let events: Vec<_> = [
        Action::Opened,
        Action::Resumed,
        Action::Printed,
        Action::Replied,
    ]
    .into_iter()
    .enumerate()
    .map(|(i, action)| (AT + i as i64 * MIN, event(action, &anna())))
    .collect();
    let entries = entries(&log(vec![AT]), &events);
    let sentences = sentences(&entries, Timestamp(AT), CET, Lang::Nl);
    assert_eq!(sentences.len(), 1);
    assert_eq!(
        sentences[0].text(),
        "Anna de Boer (wijkteam Oost, consulent) opende om 14:02, opende opnieuw om 14:03, \
         printte om 14:04 en stuurde een antwoord om 14:05"
    );
    let keys: Vec<&str> = sentences[0].parts.iter().map(|p| p.1).collect();
    assert_eq!(keys, ["opened", "resumed", "printed", "replied"]);
}

#[test]
fn an_opening_without_a_name_or_without_an_event_says_naam_niet_opgegeven() {
    // One opening sent an event without a name; an earlier viewer sent none for the other.
    let events = vec![(AT + 1_000, event(Action::Opened, &Who::default()))];
    let entries = entries(&log(vec![AT, AT + 20 * MIN]), &events);
    assert_eq!(entries.len(), 2, "each counted opening once");
    assert_eq!(
        said(&entries, Lang::Nl),
        ["Iemand (naam niet opgegeven) opende om 14:02 en opende om 14:22"]
    );
    let only_org = Who {
        org: "huisartsenpraktijk".into(),
        ..Who::default()
    };
    assert_eq!(
        only_org.words(Lang::En),
        "Someone (name not given, huisartsenpraktijk)"
    );
    assert_eq!(
        Who {
            name: "Anna".into(),
            ..Who::default()
        }
        .words(Lang::Nl),
        "Anna"
    );
}

#[test]
fn a_share_without_a_log_keeps_its_openings() {
    // An old share: the relay's openings alone, each an opening without a name.
    let entries = entries(&log(vec![AT, AT + MIN]), &[]);
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e.who == Who::default()));
}

#[test]
fn two_people_make_two_sentences() {
    let piet = Who {
        name: "Piet".into(),
        ..Who::default()
    };
    let events = vec![
        (AT, event(Action::Opened, &anna())),
        (AT + MIN, event(Action::Opened, &piet)),
    ];
    let entries = entries(&log(vec![AT, AT + MIN]), &events);
    assert_eq!(
        said(&entries, Lang::Nl),
        [
            "Anna de Boer (wijkteam Oost, consulent) opende om 14:02",
            "Piet opende om 14:03"
        ]
    );
}

#[test]
fn events_seal_to_the_log_key_and_open_only_with_it() {
    let key = LogKey::generate();
    let sealed = seal_event(&key.recipient(), &event(Action::Printed, &anna())).unwrap();
    assert!(crate::api::is_age_file(&sealed));
    assert!(!String::from_utf8_lossy(&sealed).contains("Anna"));
    let opened = open_event(&key, &sealed).unwrap();
    assert_eq!(opened.action, Action::Printed);
    assert_eq!(opened.who, anna());
    assert_eq!(opened.sections, ["story", "contacts"]);
    let other = LogKey::generate();
    assert_eq!(open_event(&other, &sealed), Err(BadEvent::Undecryptable));
    assert_eq!(
        open_event(&key, &vec![b'x'; MAX_ACTIVITY_BYTES + 1]),
        Err(BadEvent::TooLarge)
    );
    // Sealed right but not an event, or of a newer version.
    let not_event = age::encrypt(
        &key.recipient().parse::<age::x25519::Recipient>().unwrap(),
        br#"{"v":2,"action":"opened","at":0}"#,
    )
    .unwrap();
    assert_eq!(open_event(&key, &not_event), Err(BadEvent::Format));
}

#[test]
fn what_a_viewer_types_is_cleaned_and_cut() {
    let long = Who {
        name: format!("  Anna\n\u{7}de   Boer{}", "x".repeat(500)),
        org: "\twijkteam".into(),
        role: String::new(),
    };
    let cleaned = long.cleaned();
    assert!(cleaned.name.starts_with("Anna de Boer"));
    assert_eq!(cleaned.name.chars().count(), MAX_WHO_LEN);
    assert_eq!(cleaned.org, "wijkteam");
    // Even the longest identity fits an event.
    let huge = Who {
        name: "ü".repeat(500),
        org: "ü".repeat(500),
        role: "ü".repeat(500),
    };
    let all: Vec<&str> = crate::model::SectionKey::ALL
        .iter()
        .map(|s| s.key())
        .collect();
    let event = ActivityEvent::new(Action::Replied, &huge, &all, Timestamp(AT));
    assert!(seal_event(&LogKey::generate().recipient(), &event).is_ok());
}

#[test]
fn csv_has_a_header_quotes_what_needs_it_and_defuses_formulas() {
    let who = Who {
        name: "Boer, \"Anna\"".into(),
        org: "=HYPERLINK(\"x\")".into(),
        role: "consulent".into(),
    };
    let events = vec![(AT, event(Action::Opened, &who))];
    let entries = entries(&log(vec![AT]), &events);
    let csv = csv(&entries, CET, Lang::En);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "moment,name,organisation,role,action,sections");
    assert_eq!(
        lines[1],
        "2026-11-22 14:02,\"Boer, \"\"Anna\"\"\",\"'=HYPERLINK(\"\"x\"\")\",consulent,opened,story contacts"
    );
    assert_eq!(lines[2], "");
}

#[test]
fn records_and_previews_from_before_the_log_still_read() {
    // A share record as an earlier version sealed it in the dossier: no log key.
    let record: crate::model::ShareRecord = serde_json::from_str(
        r#"{"id":"AAAAAAAAAAAAAAAAAAAAAA","revoke_token":"t","recipient":"Anna",
            "sections":["story"],"created":1,"expires":2}"#,
    )
    .unwrap();
    assert_eq!(record.log_key, None);
    // A preview from before the log: no log recipient, so its viewer sends nothing.
    let preview: crate::share::SharePreview = serde_json::from_str(
        r#"{"v":1,"recipient":"Anna","sharer":"","sections":["story"],"created":1,"expires":2}"#,
    )
    .unwrap();
    assert_eq!(preview.log_to, None);
    // A new preview carries it, and writes nothing for an old one.
    let with = crate::share::SharePreview {
        log_to: Some(LogKey::generate().recipient()),
        ..preview.clone()
    };
    assert!(serde_json::to_string(&with)
        .unwrap()
        .contains("\"log_to\":\"age1"));
    assert!(!serde_json::to_string(&preview).unwrap().contains("log_to"));
}
