//! Known answers per rule, checked against a calendar by hand (see `docs/deadlines.md`).

use super::*;
use crate::model::workdays::{
    easter_sunday, is_general_holiday, is_working_day, kings_day, weekday,
};
use crate::model::{Application, ApplicationStatus, Timestamp};

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn due(rule: Rule, start: &str) -> String {
    rule.due(date(start)).to_string()
}

#[test]
fn weekdays_and_easter() {
    assert_eq!(weekday(date("1970-01-01")), 3);
    assert_eq!(weekday(date("1900-01-01")), 0);
    assert_eq!(weekday(date("2027-03-28")), 6);
    assert_eq!(weekday(date("2200-12-31")), 2);
    for (year, easter) in [
        (1900, "1900-04-15"),
        (1943, "1943-04-25"),
        (2000, "2000-04-23"),
        (2008, "2008-03-23"),
        (2011, "2011-04-24"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2038, "2038-04-25"),
        (2160, "2160-03-23"),
        (2200, "2200-04-06"),
    ] {
        assert_eq!(easter_sunday(year), Some(date(easter)), "{year}");
    }
    for year in 1900..=2200 {
        let easter = easter_sunday(year).unwrap();
        assert_eq!(weekday(easter), 6, "{year}");
        assert!(
            (date(&format!("{year}-03-22"))..=date(&format!("{year}-04-25"))).contains(&easter)
        );
    }
}

#[test]
fn the_general_holidays_of_2027() {
    let holidays: Vec<String> = (0..365)
        .map(|n| date("2027-01-01").add_days(n))
        .filter(|&day| is_general_holiday(day))
        .map(|day| day.to_string())
        .collect();
    assert_eq!(
        holidays,
        [
            "2027-01-01", // Nieuwjaarsdag
            "2027-03-26", // Goede Vrijdag (Atw art. 3 lid 2)
            "2027-03-29", // Tweede Paasdag
            "2027-04-27", // Koningsdag
            "2027-05-05", // 5 mei, every year (Atw art. 3 lid 1)
            "2027-05-06", // Hemelvaartsdag
            "2027-05-17", // Tweede Pinksterdag
            "2027-12-25",
            "2027-12-26",
        ]
    );
    assert!(
        !is_working_day(date("2027-03-28")),
        "Easter Sunday is a Sunday"
    );
    assert!(
        is_working_day(date("2027-05-07")),
        "the Friday after Ascension is not in the law"
    );
}

#[test]
fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
    assert_eq!(kings_day(2025), Some(date("2025-04-26")));
    assert_eq!(kings_day(2031), Some(date("2031-04-26")));
    assert_eq!(kings_day(2026), Some(date("2026-04-27")));
    assert_eq!(kings_day(2013), Some(date("2013-04-30")));
    assert!(is_general_holiday(date("2025-04-26")));
    assert!(!is_general_holiday(date("2025-04-27")));
    // A Wmo aanvraag on 13 April 2026: two weeks end on Koningsdag, Monday the 27th.
    assert_eq!(due(Rule::WmoDecision, "2026-04-13"), "2026-04-28");
    // In 2025 Koningsdag was Saturday the 26th: a term ending on Friday the 25th stays.
    assert_eq!(due(Rule::WmoDecision, "2025-04-11"), "2025-04-25");
    assert_eq!(due(Rule::WmoDecision, "2025-04-12"), "2025-04-28");
}

#[test]
fn a_wmo_melding_gives_six_weeks_and_seven_days() {
    assert_eq!(due(Rule::WmoInvestigation, "2026-12-08"), "2027-01-19");
    assert_eq!(due(Rule::WmoPersonalPlan, "2026-12-08"), "2026-12-15");
    // Seven days ending on Christmas Day move to Monday the 28th.
    assert_eq!(due(Rule::WmoPersonalPlan, "2026-12-18"), "2026-12-28");
    // Six weeks ending on New Year's Day 2027 (a Friday) move to Monday 4 January.
    assert_eq!(due(Rule::WmoInvestigation, "2026-11-20"), "2027-01-04");
}

#[test]
fn a_wmo_aanvraag_over_easter_2027() {
    // Two weeks from Friday 12 March end on Good Friday; Easter Monday is a holiday too.
    assert_eq!(due(Rule::WmoDecision, "2027-03-12"), "2027-03-30");
    assert_eq!(due(Rule::WmoDecision, "2027-03-11"), "2027-03-25");
}

#[test]
fn debt_help_four_weeks_or_three_working_days() {
    assert_eq!(due(Rule::DebtFirstTalk, "2026-12-01"), "2026-12-29");
    assert_eq!(due(Rule::DebtFirstTalk, "2026-11-27"), "2026-12-28");
    assert_eq!(due(Rule::DebtFirstTalkThreat, "2026-12-18"), "2026-12-23");
    // Christmas Eve counts, Christmas and the weekend do not.
    assert_eq!(due(Rule::DebtFirstTalkThreat, "2026-12-23"), "2026-12-29");
    // Over Easter 2027: Good Friday and Easter Monday do not count.
    assert_eq!(due(Rule::DebtFirstTalkThreat, "2027-03-25"), "2027-04-01");
    // Asked on a Sunday: Monday is the first working day.
    assert_eq!(due(Rule::DebtFirstTalkThreat, "2026-12-06"), "2026-12-09");
}

#[test]
fn bijstand_eight_weeks() {
    assert_eq!(due(Rule::AssistanceDecision, "2026-03-09"), "2026-05-04");
    // Ending on Ascension Day 2026 moves to the Friday after it.
    assert_eq!(due(Rule::AssistanceDecision, "2026-03-19"), "2026-05-15");
}

#[test]
fn objection_six_weeks_from_the_day_after() {
    assert_eq!(due(Rule::Objection, "2024-01-10"), "2024-02-21");
    assert_eq!(due(Rule::Objection, "2026-11-13"), "2026-12-28");
    assert_eq!(due(Rule::Objection, "2026-11-20"), "2027-01-04");
    assert_eq!(
        crate::editing::default_objection_deadline(date("2026-11-13")),
        date("2026-12-28")
    );
}

#[test]
fn a_short_term_holds_two_working_days() {
    // Atw art. 2: three days from Christmas Eve 2026 hold no working day at all; the term
    // runs on until it holds two (art. 1 alone would end it on Monday the 28th).
    assert_eq!(term_end(date("2026-12-24"), 3), date("2026-12-29"));
    assert_eq!(term_end(date("2026-12-21"), 3), date("2026-12-24"));
    // A term of two days is not lengthened, only moved off the weekend.
    assert_eq!(term_end(date("2026-12-24"), 2), date("2026-12-28"));
}

#[test]
fn a_deadline_over_the_daylight_saving_change_is_the_same_calendar_day() {
    // Clocks go forward on Sunday 28 March 2027. A melding at 23:30 on Thursday 25 March
    // (CET, UTC+1): seven days later is Thursday 1 April, whatever the clock does.
    let start = Timestamp(
        date("2027-03-25").days_since_epoch() * 86_400_000 + 22 * 3_600_000 + 30 * 60_000,
    );
    let start_day = start.to_date(60).unwrap();
    assert_eq!(start_day, date("2027-03-25"));
    assert_eq!(Rule::WmoPersonalPlan.due(start_day), date("2027-04-01"));
    assert_eq!(start_day.days_until(date("2027-04-01")), 7);
    // Adding seven times 24 hours to the moment instead would land on 2 April in CEST.
    let naive = Timestamp(start.0 + 7 * 86_400_000).to_date(120).unwrap();
    assert_eq!(naive, date("2027-04-02"));
    // And a term running over the autumn change (31 October 2027) keeps its days too.
    assert_eq!(due(Rule::WmoDecision, "2027-10-20"), "2027-11-03");
}

fn application(id: &str, procedure: Procedure, start: Option<&str>) -> Application {
    Application {
        id: EntryId::new(id),
        where_: format!(" Gemeente {id} "),
        what: String::new(),
        applied_on: start.map(date),
        procedure,
        status: ApplicationStatus::Applied,
        expected: None,
        note: String::new(),
    }
}

fn shown(support: &Support, today: &str) -> Vec<(String, &'static str, i64)> {
    clocks(support, date(today))
        .into_iter()
        .map(|clock| {
            (
                clock.entry.as_str().to_owned(),
                clock.rule.key(),
                clock.days,
            )
        })
        .collect()
}

#[test]
fn the_start_screen_counts_down_each_running_clock() {
    let mut granted = application("granted", Procedure::WmoApplication, Some("2026-12-01"));
    granted.status = ApplicationStatus::Granted;
    let support = Support {
        applications: vec![
            application("wmo", Procedure::WmoReport, Some("2026-12-08")),
            application("undated", Procedure::DebtHelp, None),
            application("other", Procedure::Other, Some("2026-12-08")),
            granted,
        ],
        ..Support::default()
    };
    let all = clocks(&support, date("2026-12-10"));
    assert_eq!(all[0].title, "Gemeente wmo");
    assert_eq!(all[0].due, date("2026-12-15"));
    assert_eq!(
        shown(&support, "2026-12-10"),
        [
            ("wmo".to_owned(), "wmo_personal_plan", 5),
            ("wmo".to_owned(), "wmo_investigation", 40),
        ]
    );
    assert_eq!(
        shown(&support, "2027-01-07"),
        [("wmo".to_owned(), "wmo_investigation", 12)]
    );
    // Passed: still shown while the application waits, with what the client can do.
    let late = clocks(&support, date("2027-01-20"));
    assert_eq!(late.len(), 1);
    assert!(late[0].passed());
    assert_eq!(late[0].days, -1);
}

#[test]
fn procedures_are_stored_by_key_and_earlier_applications_have_none() {
    let old: Application = serde_json::from_str(r#"{"id":"a","where":"Gemeente"}"#).unwrap();
    assert_eq!(old.procedure, Procedure::Other);
    assert!(serde_json::to_value(&old)
        .unwrap()
        .get("procedure")
        .is_none());
    let wmo = application("b", Procedure::DebtHelpThreat, Some("2026-12-08"));
    let json = serde_json::to_value(&wmo).unwrap();
    assert_eq!(json["procedure"], "debt_help_threat");
    assert_eq!(serde_json::from_value::<Application>(json).unwrap(), wmo);
    for procedure in Procedure::ALL {
        assert_eq!(Procedure::from_key(procedure.key()), procedure);
        let json = serde_json::to_value(procedure).unwrap();
        assert_eq!(json, procedure.key());
    }
    assert_eq!(Procedure::from_key("nonsense"), Procedure::Other);
    for rule in Rule::ALL {
        assert!(!rule.article().is_empty());
    }
}

/// A dossier as this version stores it with procedures: every later version must open it.
const FIXTURE_PROCEDURES: &[u8] = include_bytes!("../tests/data/dossier-v1-procedures.json");
const FIXTURE_V1: &[u8] = include_bytes!("../tests/data/dossier-v1.json");

#[test]
fn the_fixtures_open_with_their_procedures() {
    let earlier = crate::model::Dossier::from_json(FIXTURE_V1).unwrap();
    assert!(earlier
        .support
        .applications
        .iter()
        .all(|application| application.procedure == Procedure::Other));
    assert!(clocks(&earlier.support, date("2024-01-13")).is_empty());

    let dossier = crate::model::Dossier::from_json(FIXTURE_PROCEDURES).unwrap();
    let procedures: Vec<Procedure> = dossier
        .support
        .applications
        .iter()
        .map(|application| application.procedure)
        .collect();
    assert_eq!(
        procedures,
        [
            Procedure::DebtHelp,
            Procedure::Other,
            Procedure::SocialAssistance,
            Procedure::WmoReport
        ]
    );
    // Debt help asked on 12 January 2024, the Wmo melding on 4 March 2024 (the refused
    // bijstand has no clock).
    let keys: Vec<(&str, String)> = clocks(&dossier.support, date("2024-03-05"))
        .iter()
        .map(|clock| (clock.rule.key(), clock.due.to_string()))
        .collect();
    assert_eq!(
        keys,
        [
            ("debt_first_talk", "2024-02-09".to_owned()),
            ("wmo_personal_plan", "2024-03-11".to_owned()),
            ("wmo_investigation", "2024-04-15".to_owned()),
        ]
    );
    let again = crate::model::Dossier::from_json(&dossier.to_json()).unwrap();
    assert_eq!(again, dossier);
}
