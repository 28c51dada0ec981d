//! The iCalendar file: times on both sides of a daylight-saving change, escaping, folding.

use super::*;
use crate::model::EntryId;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn appointment(date_text: &str, time: Option<&str>) -> JournalEntry {
    JournalEntry {
        id: EntryId::new("0123456789abcdef"),
        kind: JournalKind::Appointment {
            with_whom: "Huisarts Jansen".into(),
            place: "Dorpsstraat 1, Utrecht".into(),
        },
        date: date(date_text),
        time: time.map(str::to_owned),
        title: "Controle".into(),
        text: "Vragen: slaap; pijn".into(),
        private: true,
    }
}

/// 2027-03-28 12:00:00 UTC.
const NOW: Timestamp = Timestamp(1_806_235_200_000);

/// Wall-clock times in Amsterdam and their UTC moment, as Python's `zoneinfo` (the IANA time
/// zone database) gives them, with `fold=0`: a skipped time read with the offset before the
/// change, a doubled one as its first occurrence.
const AMSTERDAM: &[(&str, &str, &str)] = &[
    ("2026-03-28", "00:30", "20260327T233000Z"),
    ("2026-03-28", "01:30", "20260328T003000Z"),
    ("2026-03-28", "02:00", "20260328T010000Z"),
    ("2026-03-28", "02:30", "20260328T013000Z"),
    ("2026-03-28", "03:00", "20260328T020000Z"),
    ("2026-03-28", "03:30", "20260328T023000Z"),
    ("2026-03-28", "10:00", "20260328T090000Z"),
    ("2026-03-28", "23:59", "20260328T225900Z"),
    ("2026-03-29", "00:30", "20260328T233000Z"),
    ("2026-03-29", "01:30", "20260329T003000Z"),
    ("2026-03-29", "02:00", "20260329T010000Z"),
    ("2026-03-29", "02:30", "20260329T013000Z"),
    ("2026-03-29", "03:00", "20260329T010000Z"),
    ("2026-03-29", "03:30", "20260329T013000Z"),
    ("2026-03-29", "10:00", "20260329T080000Z"),
    ("2026-03-29", "23:59", "20260329T215900Z"),
    ("2026-10-24", "00:30", "20261023T223000Z"),
    ("2026-10-24", "01:30", "20261023T233000Z"),
    ("2026-10-24", "02:00", "20261024T000000Z"),
    ("2026-10-24", "02:30", "20261024T003000Z"),
    ("2026-10-24", "03:00", "20261024T010000Z"),
    ("2026-10-24", "03:30", "20261024T013000Z"),
    ("2026-10-24", "10:00", "20261024T080000Z"),
    ("2026-10-24", "23:59", "20261024T215900Z"),
    ("2026-10-25", "00:30", "20261024T223000Z"),
    ("2026-10-25", "01:30", "20261024T233000Z"),
    ("2026-10-25", "02:00", "20261025T000000Z"),
    ("2026-10-25", "02:30", "20261025T003000Z"),
    ("2026-10-25", "03:00", "20261025T020000Z"),
    ("2026-10-25", "03:30", "20261025T023000Z"),
    ("2026-10-25", "10:00", "20261025T090000Z"),
    ("2026-10-25", "23:59", "20261025T225900Z"),
    ("2026-10-26", "00:30", "20261025T233000Z"),
    ("2026-10-26", "01:30", "20261026T003000Z"),
    ("2026-10-26", "02:00", "20261026T010000Z"),
    ("2026-10-26", "02:30", "20261026T013000Z"),
    ("2026-10-26", "03:00", "20261026T020000Z"),
    ("2026-10-26", "03:30", "20261026T023000Z"),
    ("2026-10-26", "10:00", "20261026T090000Z"),
    ("2026-10-26", "23:59", "20261026T225900Z"),
    ("2027-03-27", "00:30", "20270326T233000Z"),
    ("2027-03-27", "01:30", "20270327T003000Z"),
    ("2027-03-27", "02:00", "20270327T010000Z"),
    ("2027-03-27", "02:30", "20270327T013000Z"),
    ("2027-03-27", "03:00", "20270327T020000Z"),
    ("2027-03-27", "03:30", "20270327T023000Z"),
    ("2027-03-27", "10:00", "20270327T090000Z"),
    ("2027-03-27", "23:59", "20270327T225900Z"),
    ("2027-03-28", "00:30", "20270327T233000Z"),
    ("2027-03-28", "01:30", "20270328T003000Z"),
    ("2027-03-28", "02:00", "20270328T010000Z"),
    ("2027-03-28", "02:30", "20270328T013000Z"),
    ("2027-03-28", "03:00", "20270328T010000Z"),
    ("2027-03-28", "03:30", "20270328T013000Z"),
    ("2027-03-28", "10:00", "20270328T080000Z"),
    ("2027-03-28", "23:59", "20270328T215900Z"),
    ("2027-03-30", "00:30", "20270329T223000Z"),
    ("2027-03-30", "01:30", "20270329T233000Z"),
    ("2027-03-30", "02:00", "20270330T000000Z"),
    ("2027-03-30", "02:30", "20270330T003000Z"),
    ("2027-03-30", "03:00", "20270330T010000Z"),
    ("2027-03-30", "03:30", "20270330T013000Z"),
    ("2027-03-30", "10:00", "20270330T080000Z"),
    ("2027-03-30", "23:59", "20270330T215900Z"),
    ("2027-10-31", "00:30", "20271030T223000Z"),
    ("2027-10-31", "01:30", "20271030T233000Z"),
    ("2027-10-31", "02:00", "20271031T000000Z"),
    ("2027-10-31", "02:30", "20271031T003000Z"),
    ("2027-10-31", "03:00", "20271031T020000Z"),
    ("2027-10-31", "03:30", "20271031T023000Z"),
    ("2027-10-31", "10:00", "20271031T090000Z"),
    ("2027-10-31", "23:59", "20271031T225900Z"),
    ("2030-03-31", "00:30", "20300330T233000Z"),
    ("2030-03-31", "01:30", "20300331T003000Z"),
    ("2030-03-31", "02:00", "20300331T010000Z"),
    ("2030-03-31", "02:30", "20300331T013000Z"),
    ("2030-03-31", "03:00", "20300331T010000Z"),
    ("2030-03-31", "03:30", "20300331T013000Z"),
    ("2030-03-31", "10:00", "20300331T080000Z"),
    ("2030-03-31", "23:59", "20300331T215900Z"),
    ("2030-10-27", "00:30", "20301026T223000Z"),
    ("2030-10-27", "01:30", "20301026T233000Z"),
    ("2030-10-27", "02:00", "20301027T000000Z"),
    ("2030-10-27", "02:30", "20301027T003000Z"),
    ("2030-10-27", "03:00", "20301027T020000Z"),
    ("2030-10-27", "03:30", "20301027T023000Z"),
    ("2030-10-27", "10:00", "20301027T090000Z"),
    ("2030-10-27", "23:59", "20301027T225900Z"),
    ("2024-02-29", "00:30", "20240228T233000Z"),
    ("2024-02-29", "01:30", "20240229T003000Z"),
    ("2024-02-29", "02:00", "20240229T010000Z"),
    ("2024-02-29", "02:30", "20240229T013000Z"),
    ("2024-02-29", "03:00", "20240229T020000Z"),
    ("2024-02-29", "03:30", "20240229T023000Z"),
    ("2024-02-29", "10:00", "20240229T090000Z"),
    ("2024-02-29", "23:59", "20240229T225900Z"),
    ("2026-12-31", "00:30", "20261230T233000Z"),
    ("2026-12-31", "01:30", "20261231T003000Z"),
    ("2026-12-31", "02:00", "20261231T010000Z"),
    ("2026-12-31", "02:30", "20261231T013000Z"),
    ("2026-12-31", "03:00", "20261231T020000Z"),
    ("2026-12-31", "03:30", "20261231T023000Z"),
    ("2026-12-31", "10:00", "20261231T090000Z"),
    ("2026-12-31", "23:59", "20261231T225900Z"),
    ("2027-01-01", "00:30", "20261231T233000Z"),
    ("2027-01-01", "01:30", "20270101T003000Z"),
    ("2027-01-01", "02:00", "20270101T010000Z"),
    ("2027-01-01", "02:30", "20270101T013000Z"),
    ("2027-01-01", "03:00", "20270101T020000Z"),
    ("2027-01-01", "03:30", "20270101T023000Z"),
    ("2027-01-01", "10:00", "20270101T090000Z"),
    ("2027-01-01", "23:59", "20270101T225900Z"),
];

#[test]
fn amsterdam_times_match_the_time_zone_database() {
    for (day, time, utc) in AMSTERDAM {
        let event = Event {
            uid: "x".into(),
            date: date(day),
            time: Some((*time).to_owned()),
            summary: "s".into(),
            location: String::new(),
            description: String::new(),
        };
        let start = event.start_ms().unwrap();
        assert_eq!(utc_stamp(start), *utc, "{day} {time}");
    }
}

#[test]
fn ten_o_clock_on_both_sides_of_the_spring_change() {
    let ics = |day| {
        appointment_event(&appointment(day, Some("10:00")), Lang::Nl)
            .unwrap()
            .to_ics(NOW)
    };
    assert!(
        ics("2027-03-27").contains("\r\nDTSTART:20270327T090000Z\r\nDTEND:20270327T100000Z\r\n")
    );
    assert!(
        ics("2027-03-28").contains("\r\nDTSTART:20270328T080000Z\r\nDTEND:20270328T090000Z\r\n")
    );
    assert!(ics("2027-03-30").contains("\r\nDTSTART:20270330T080000Z\r\n"));
    assert!(ics("2027-10-31").contains("\r\nDTSTART:20271031T090000Z\r\n"));
}

#[test]
fn the_whole_file_for_an_appointment() {
    let event = appointment_event(&appointment("2027-03-30", Some("10:00")), Lang::Nl).unwrap();
    assert_eq!(
        event.to_ics(NOW),
        "BEGIN:VCALENDAR\r\n\
         VERSION:2.0\r\n\
         PRODID:-//Regie//Dagboek//NL\r\n\
         CALSCALE:GREGORIAN\r\n\
         METHOD:PUBLISH\r\n\
         BEGIN:VEVENT\r\n\
         UID:0123456789abcdef@regie\r\n\
         DTSTAMP:20270328T120000Z\r\n\
         DTSTART:20270330T080000Z\r\n\
         DTEND:20270330T090000Z\r\n\
         SUMMARY:Controle\r\n\
         LOCATION:Dorpsstraat 1\\, Utrecht\r\n\
         DESCRIPTION:Met wie: Huisarts Jansen\\nVragen: slaap\\; pijn\r\n\
         END:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
    assert_eq!(file_name(&event, Lang::Nl), "afspraak-2027-03-30.ics");
    assert_eq!(file_name(&event, Lang::En), "appointment-2027-03-30.ics");
}

#[test]
fn without_a_time_it_is_an_all_day_event() {
    let ics = appointment_event(&appointment("2026-12-31", None), Lang::En)
        .unwrap()
        .to_ics(NOW);
    assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
    assert!(ics.contains("\r\nDESCRIPTION:With whom: Huisarts Jansen\\n"));
}

#[test]
fn a_summary_from_whom_when_there_is_no_title_and_nothing_for_a_note() {
    let mut entry = appointment("2027-03-30", Some("10:00"));
    entry.title = " ".into();
    let event = appointment_event(&entry, Lang::Nl).unwrap();
    assert_eq!(event.summary, "Afspraak met Huisarts Jansen");
    assert_eq!(event.description, "Vragen: slaap; pijn");
    entry.kind = JournalKind::Appointment {
        with_whom: String::new(),
        place: String::new(),
    };
    let ics = appointment_event(&entry, Lang::En).unwrap().to_ics(NOW);
    assert!(ics.contains("\r\nSUMMARY:Appointment\r\n"));
    assert!(!ics.contains("LOCATION"));
    entry.kind = JournalKind::Note;
    assert_eq!(appointment_event(&entry, Lang::Nl), None);
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape("a,b;c\\d"), "a\\,b\\;c\\\\d");
    assert_eq!(
        escape("one\r\ntwo\nthree\rfour"),
        "one\\ntwo\\nthree\\nfour"
    );
    assert_eq!(escape("tab\there\u{7}"), "tabhere");
    assert_eq!(escape("é — ü"), "é — ü");
}

#[test]
fn long_lines_fold_at_75_octets_and_never_inside_a_character() {
    let line = format!("DESCRIPTION:{}", "é".repeat(100) + &"a".repeat(100));
    let folded = fold(&line);
    assert!(folded.ends_with("\r\n"));
    let parts: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    assert!(parts.len() > 2);
    for (i, part) in parts.iter().enumerate() {
        assert!(part.len() <= 75, "{part:?}");
        assert_eq!(i > 0, part.starts_with(' '));
    }
    // Unfolding gives the line back.
    assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    assert_eq!(fold("SUMMARY:kort"), "SUMMARY:kort\r\n");
    let exact = "x".repeat(75);
    assert_eq!(fold(&exact), format!("{exact}\r\n"));
    assert_eq!(fold(&format!("{exact}y")), format!("{exact}\r\n y\r\n"));
    // An escape stays on one line.
    let escaped = format!("{}\\;x", "x".repeat(74));
    assert_eq!(fold(&escaped), format!("{}\r\n \\;x\r\n", "x".repeat(74)));
}

#[test]
fn every_line_ends_in_crlf_and_none_is_too_long() {
    let mut entry = appointment("2027-03-28", Some("10:00"));
    entry.text = "Lange tekst, met komma's; en puntkomma's.\n".repeat(20);
    let ics = appointment_event(&entry, Lang::Nl).unwrap().to_ics(NOW);
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'));
        assert!(line.len() <= 75);
    }
}
