use super::csv::{debts_csv, print_rows};
use super::forms::{check_arrangement, check_debt, read_amount, read_optional_amount};
use super::*;
use crate::attention::{attention, AttentionKind};
use crate::editing::Mistake;
use crate::model::{Debt, DebtStatus, Dossier, Frequency, SectionKey};
use crate::search::search;
use crate::share_choice::Preset;

const FIXTURE_MONEY: &[u8] = include_bytes!("../../tests/data/dossier-v1-money.json");
const FIXTURE_V1: &[u8] = include_bytes!("../../tests/data/dossier-v1.json");
const FIXTURE_REPLIES: &[u8] = include_bytes!("../../tests/data/dossier-v1-replies.json");

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn fixture() -> Dossier {
    Dossier::from_json(FIXTURE_MONEY).expect("the money fixture opens")
}

fn line(id: &str, typed: &str, how_often: Frequency) -> MoneyLine {
    MoneyLine {
        id: EntryId::new(id),
        what: format!("regel {id}"),
        amount: Amount::parse(typed).unwrap(),
        how_often,
        note: String::new(),
    }
}

fn arrangement(id: &str, monthly: &str, next: Option<&str>, ends: Option<&str>) -> Arrangement {
    Arrangement {
        id: EntryId::new(id),
        debt: None,
        creditor: "Gemeente".into(),
        monthly: Amount::parse(monthly).unwrap(),
        next_payment: next.map(date),
        ends: ends.map(date),
        note: String::new(),
    }
}

#[test]
fn the_month_overview_of_the_fixture() {
    // Income: 1.089,43 a month + 85,50 a week + 612,10 a quarter = 19.967,56 a year.
    // Costs: 742,18 + 165 a month + 159,95 every four weeks = 12.965,51 a year.
    let overview = overview(&fixture().money, date("2026-12-07"));
    assert_eq!(
        overview,
        MonthOverview {
            income: 166_396,
            costs: 108_046,
            arrangements: 5_500,
            left: 52_850,
        }
    );
    assert_eq!(euros(overview.left, Lang::Nl), "€ 528,50");
}

#[test]
fn an_arrangement_that_has_ended_no_longer_counts() {
    let money = Money {
        arrangements: vec![
            arrangement("a1", "50", None, Some("2026-11-30")),
            arrangement("a2", "20", None, Some("2026-12-07")),
            arrangement("a3", "7,50", None, None),
        ],
        ..Money::default()
    };
    let overview = overview(&money, date("2026-12-07"));
    assert_eq!(overview.arrangements, 2_750);
    assert_eq!(overview.left, -2_750);
}

#[test]
fn no_rounding_drift_over_120_months() {
    let mut money = Money {
        income: vec![line("w", "100", Frequency::Week)],
        ..Money::default()
    };
    let today = date("2026-01-01");
    // A month of a weekly 100 is 433,33 after rounding; 120 rounded months would lose 40 cents.
    assert_eq!(overview(&money, today).left, 43_333);
    assert_eq!(left_over_months(&money, today, 120), 520 * 10_000);
    assert_ne!(overview(&money, today).left * 120, 520 * 10_000);

    money
        .income
        .push(line("f", "1.234,57", Frequency::FourWeeks));
    money.income.push(line("q", "333,33", Frequency::Quarter));
    money.costs = vec![
        line("y", "1.111,11", Frequency::Year),
        line("m", "742,18", Frequency::Month),
    ];
    money.arrangements = vec![arrangement("a", "55,55", None, None)];
    let per_year: i64 =
        52 * 10_000 + 13 * 123_457 + 4 * 33_333 - 111_111 - 12 * 74_218 - 12 * 5_555;
    for years in 1..=10 {
        // Every whole year is exactly the yearly sums: nothing lost or gained by months.
        assert_eq!(
            left_over_months(&money, today, years * 12),
            i64::from(years) * per_year
        );
    }
    for months in 1..=120u32 {
        let exact_twelfths = i128::from(per_year) * i128::from(months);
        let got = i128::from(left_over_months(&money, today, months));
        assert!(
            (got * 12 - exact_twelfths).abs() <= 6,
            "{months}: off by more than half a cent"
        );
    }
}

#[test]
fn euros_per_language() {
    for (cents, nl, en) in [
        (0, "€ 0,00", "€0.00"),
        (5, "€ 0,05", "€0.05"),
        (123_456, "€ 1.234,56", "€1,234.56"),
        (100_000_000, "€ 1.000.000,00", "€1,000,000.00"),
        (-2_750, "-€ 27,50", "-€27.50"),
    ] {
        assert_eq!(euros(cents, Lang::Nl), nl);
        assert_eq!(euros(cents, Lang::En), en);
    }
    assert_eq!(Amount::parse("1.234,56").unwrap().shown(), "€ 1.234,56");
    assert_eq!(Amount::parse("€ 40,-").unwrap().shown(), "€ 40,-");
    assert_eq!(Amount::parse("40 EUR").unwrap().shown(), "40 EUR");
}

#[test]
fn the_next_payment_follows_each_month_and_stops_at_the_end() {
    let a = arrangement("a", "10", Some("2026-01-31"), Some("2026-04-30"));
    assert_eq!(a.next_due(date("2026-01-01")), Some(date("2026-01-31")));
    assert_eq!(a.next_due(date("2026-01-31")), Some(date("2026-01-31")));
    assert_eq!(a.next_due(date("2026-02-01")), Some(date("2026-02-28")));
    assert_eq!(a.next_due(date("2026-03-01")), Some(date("2026-03-31")));
    assert_eq!(a.next_due(date("2026-04-01")), Some(date("2026-04-30")));
    assert_eq!(a.next_due(date("2026-05-01")), None);
    assert_eq!(add_months(date("2024-01-31"), 1), Some(date("2024-02-29")));
    assert_eq!(add_months(date("2026-11-15"), 14), Some(date("2028-01-15")));
    assert_eq!(add_months(date("2026-03-15"), -3), Some(date("2025-12-15")));
    assert_eq!(
        arrangement("b", "1", None, None).next_due(date("2026-01-01")),
        None
    );
}

#[test]
fn the_start_screen_warns_of_a_payment_a_bailiff_and_an_ending_arrangement() {
    let mut dossier = fixture();
    let today = date("2026-12-07");
    let kinds = |dossier: &Dossier, today| -> Vec<(AttentionKind, String, i64)> {
        attention(dossier, today)
            .into_iter()
            .filter(|item| item.section == SectionKey::Money)
            .map(|item| (item.kind, item.title, item.days))
            .collect()
    };
    assert_eq!(
        kinds(&dossier, today),
        [
            (AttentionKind::DebtAtBailiff, "Eneco".to_owned(), 0),
            (
                AttentionKind::PaymentDue,
                "Belastingdienst/Toeslagen".to_owned(),
                3
            ),
        ]
    );
    // A week and a day before the payment: not yet.
    assert_eq!(kinds(&dossier, date("2026-12-02")).len(), 1);
    // The arrangement ends within a month: its last payment is both due and ending.
    dossier.money.arrangements[0].ends = Some(date("2027-01-10"));
    let soon = kinds(&dossier, date("2027-01-06"));
    assert!(soon.contains(&(
        AttentionKind::ArrangementEnds,
        "Belastingdienst/Toeslagen".into(),
        4
    )));
    assert!(soon.contains(&(
        AttentionKind::PaymentDue,
        "Belastingdienst/Toeslagen".into(),
        4
    )));
    assert!(!kinds(&dossier, date("2026-12-04"))
        .iter()
        .any(|(kind, ..)| *kind == AttentionKind::ArrangementEnds));
    // A debt paid off is no longer a warning.
    dossier.money.debts[1].status = DebtStatus::PaidOff;
    assert!(!kinds(&dossier, today)
        .iter()
        .any(|(kind, ..)| *kind == AttentionKind::DebtAtBailiff));
}

#[test]
fn the_csv_has_the_intake_columns_in_dutch_and_english() {
    let money = fixture().money;
    let today = date("2026-12-07");
    assert_eq!(
        debts_csv(&money, Lang::Nl, today),
        "\u{feff}schuldeiser;kenmerk;oorspronkelijk bedrag;huidig bedrag;sinds;status;regeling per maand\r\n\
         Belastingdienst/Toeslagen;TS-2024-118;2450,00;1980,00;01-03-2024;Betalingsregeling;55,00\r\n\
         Eneco;E-558812;612,75;734,20;15-09-2025;Bij deurwaarder;\r\n\
         CZ;;312,00;0,00;;Afgelost;\r\n"
    );
    assert_eq!(
        debts_csv(&money, Lang::En, today),
        "\u{feff}creditor,reference,original amount,current amount,since,status,arrangement per month\r\n\
         Belastingdienst/Toeslagen,TS-2024-118,2450.00,1980.00,2024-03-01,Payment arrangement,55.00\r\n\
         Eneco,E-558812,612.75,734.20,2025-09-15,With a bailiff,\r\n\
         CZ,,312.00,0.00,,Paid off,\r\n"
    );
}

#[test]
fn csv_fields_are_quoted_and_formulas_defused() {
    let money = Money {
        debts: vec![Debt {
            id: EntryId::new("d"),
            creditor: "Bakker; \"de\" zoon".into(),
            reference: "=HYPERLINK(\"x\")".into(),
            original: None,
            current: Some(Amount::parse("12,5").unwrap()),
            since: None,
            status: DebtStatus::Open,
            document: None,
            note: String::new(),
        }],
        ..Money::default()
    };
    let csv = debts_csv(&money, Lang::Nl, date("2026-01-01"));
    let row = csv.lines().nth(1).unwrap();
    assert_eq!(
        row,
        "\"Bakker; \"\"de\"\" zoon\";\"'=HYPERLINK(\"\"x\"\")\";;12,50;;Open;"
    );
}

#[test]
fn the_printed_rows_show_amounts_as_typed() {
    let rows = print_rows(&fixture().money, Lang::Nl, date("2026-12-07"));
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].original, "€ 2.450");
    assert_eq!(rows[0].current, "€ 1.980,00");
    assert_eq!(rows[0].monthly, "€ 55,00");
    assert_eq!(rows[1].original, "€ 612,75");
    assert_eq!(rows[1].status, "Bij deurwaarder");
    assert_eq!(rows[1].since, "15-9-2025");
    assert_eq!(debts_total(&fixture().money), 198_000 + 73_420);
}

#[test]
fn forms_read_amounts_and_name_each_mistake() {
    assert_eq!(read_amount("amount", " 12,5 ").unwrap().cents, 1_250);
    assert_eq!(read_amount("amount", " "), Err(Mistake::Required("amount")));
    assert_eq!(
        read_amount("amount", "twaalf"),
        Err(Mistake::BadAmount("amount"))
    );
    assert_eq!(read_optional_amount("original", ""), Ok(None));
    assert_eq!(
        read_optional_amount("original", "1,234"),
        Err(Mistake::BadAmount("original"))
    );
    assert_eq!(
        Mistake::BadAmount("x").text(),
        crate::catalogue::Text::ErrBadAmount
    );

    let money = fixture().money;
    let mut debt = money.debts[0].clone();
    debt.creditor = "  ".into();
    assert_eq!(check_debt(&debt), Err(vec![Mistake::Required("creditor")]));
    // An arrangement linked to a debt takes its creditor; one without either is refused.
    let linked = money.arrangements[0].clone();
    assert_eq!(check_arrangement(&linked, &money), Ok(()));
    let mut alone = linked.clone();
    alone.debt = None;
    assert_eq!(
        check_arrangement(&alone, &money),
        Err(vec![Mistake::Required("creditor")])
    );
    let mut backwards = linked;
    backwards.ends = Some(date("2026-01-01"));
    assert_eq!(
        check_arrangement(&backwards, &money).unwrap_err()[0].text(),
        crate::catalogue::Text::ErrLastPaymentBeforeNext
    );
}

#[test]
fn every_earlier_fixture_opens_with_an_empty_money_section() {
    for fixture in [FIXTURE_V1, FIXTURE_REPLIES] {
        let dossier = Dossier::from_json(fixture).expect("an earlier fixture opens");
        assert_eq!(dossier.money, Money::default());
        assert!(dossier.is_section_empty(SectionKey::Money));
    }
}

#[test]
fn the_money_fixture_opens_round_trips_and_keeps_every_other_section() {
    let dossier = fixture();
    let older = Dossier::from_json(FIXTURE_V1).unwrap();
    assert_eq!(dossier.money.income.len(), 3);
    assert_eq!(dossier.money.debts.len(), 3);
    assert_eq!(
        dossier.money.debts[0].document,
        Some(EntryId::new("doc-02"))
    );
    assert_eq!(
        dossier.money.creditor_of(&dossier.money.arrangements[0]),
        "Belastingdienst/Toeslagen"
    );
    assert_eq!(
        Dossier {
            money: Money::default(),
            ..dossier.clone()
        },
        older
    );
    assert_eq!(Dossier::from_json(&dossier.to_json()), Ok(dossier.clone()));
}

#[test]
fn an_amount_whose_text_was_changed_by_hand_is_refused() {
    let mut value: serde_json::Value = serde_json::from_slice(FIXTURE_MONEY).unwrap();
    value["money"]["debts"][1]["current"]["cents"] = 1.into();
    let error = Dossier::from_json(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("money: current is not a readable amount"),
        "{error}"
    );
    assert!(
        !error.to_string().contains("734"),
        "no amount in the message"
    );
    value["money"]["debts"][1]["current"] = serde_json::json!("734,20");
    let error = Dossier::from_json(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert!(
        error.to_string().contains("money part could not be read"),
        "{error}"
    );
}

#[test]
fn search_finds_creditors_and_references() {
    let dossier = fixture();
    for query in ["eneco", "E-558812", "toeslagen", "ts-2024"] {
        let hits = search(&dossier, query);
        assert!(
            hits.iter().any(|hit| hit.section == SectionKey::Money),
            "{query}: {hits:?}"
        );
    }
}

#[test]
fn the_schuldhulp_preset_ticks_money_and_a_share_carries_it_only_when_chosen() {
    assert!(Preset::Schuldhulp.sections().contains(&SectionKey::Money));
    assert!(!Preset::Huisarts.sections().contains(&SectionKey::Money));
    let dossier = fixture();
    assert_eq!(dossier.with_only(&[SectionKey::Money]).money, dossier.money);
    assert_eq!(
        dossier.with_only(&[SectionKey::Support]).money,
        Money::default()
    );
}
