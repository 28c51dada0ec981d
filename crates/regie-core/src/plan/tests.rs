//! What goes into the personal plan, under which heading, in which order.

use serde_json::{json, Value};

use super::*;
use crate::catalogue::Lang;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

const TODAY: &str = "2026-12-02";

fn dossier(value: Value) -> Dossier {
    let mut value = value;
    value["schema"] = json!(1);
    Dossier::from_json(&serde_json::to_vec(&value).unwrap()).unwrap()
}

/// A dossier with something for every part of the plan, and some things that are done,
/// refused or over and must stay out.
fn full() -> Dossier {
    dossier(json!({
        "about": {"name": "  Kees Jansen "},
        "story": {"text": "Sinds de scheiding woon ik alleen."},
        "domains": {"scores": [
            {"id": "s1", "domain": "finances", "score": 2, "date": "2026-11-01", "scored_by": {"kind": "me"}}
        ]},
        "goals": {"goals": [
            {"id": "g1", "title": "Rust in mijn geldzaken", "agreements": [
                {"id": "a1", "what": "Post openen", "owner": {"kind": "me"}, "due": "2026-12-20"},
                {"id": "a2", "what": "Al gedaan", "owner": {"kind": "me"}, "status": "done"},
                {"id": "a3", "what": "Boodschappen", "owner": {"kind": "network", "name": "Ans"}},
                {"id": "a4", "what": "Budgetplan", "owner": {"kind": "professional", "name": "Sanne", "organisation": "Wijkteam"}, "due": "2026-12-10"},
                {"id": "a5", "what": "Eerder eigen stap", "owner": {"kind": "me"}, "due": "2026-12-05"},
                {"id": "a6", "what": "Zonder datum", "owner": {"kind": "me"}}
            ]}
        ]},
        "network": {"contacts": [
            {"id": "c1", "name": "Wijkteam Zuid", "kind": "organisation"},
            {"id": "c2", "name": "Ans", "relation": "zus"},
            {"id": "c3", "name": "Piet", "relation": "buurman", "first_contact": true}
        ]},
        "support": {
            "help": [{"id": "h1", "what": "Thuisbegeleiding", "provider": "Kwintes"}],
            "applications": [
                {"id": "p1", "where": "Gemeente", "what": "Huishoudelijke hulp", "status": "applied"},
                {"id": "p2", "where": "Woonbron", "what": "Woning", "status": "waiting_list"},
                {"id": "p3", "where": "CAK", "what": "Geweigerd", "status": "refused"}
            ],
            "decisions": [
                {"id": "d1", "what": "Open einde", "decision_date": "2026-01-01"},
                {"id": "d2", "what": "Loopt nog", "decision_date": "2026-01-01", "valid_until": "2027-01-01"},
                {"id": "d3", "what": "Afgelopen", "decision_date": "2025-01-01", "valid_until": "2026-06-30"},
                {"id": "d4", "what": "Net besloten", "decision_date": "2026-11-20", "valid_until": "2026-11-30"}
            ]
        }
    }))
}

fn whats<'a>(steps: &[(&'a Goal, &'a Agreement)]) -> Vec<&'a str> {
    steps.iter().map(|(_, a)| a.what.as_str()).collect()
}

#[test]
fn the_parts_come_in_the_order_a_wmo_consultant_reads_them() {
    let headings: Vec<&str> = PlanPart::ALL
        .into_iter()
        .map(|part| part.heading().get(Lang::Nl))
        .collect();
    assert_eq!(
        headings,
        [
            "Wie ben ik",
            "Mijn situatie per leefgebied",
            "Wat wil ik bereiken",
            "Wat doe ik zelf",
            "Wat doet mijn netwerk",
            "Welke hulp heb ik nodig",
            "Lopende aanvragen en beschikkingen",
            "Mijn verhaal in mijn eigen woorden",
        ]
    );
    for part in PlanPart::ALL {
        assert_ne!(part.heading().get(Lang::En), part.heading().get(Lang::Nl));
    }
}

#[test]
fn each_part_has_its_own_key_that_leads_back_to_it() {
    let mut keys: Vec<&str> = PlanPart::ALL.into_iter().map(PlanPart::key).collect();
    for part in PlanPart::ALL {
        assert_eq!(PlanPart::from_key(part.key()), Some(part));
    }
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), PlanPart::ALL.len());
    assert_eq!(PlanPart::from_key("health"), None);
}

#[test]
fn an_empty_dossier_offers_nothing_and_prints_nothing() {
    let empty = Dossier::new();
    let plan = Plan::new(&empty, date(TODAY));
    assert_eq!(plan.default_choice(), []);
    assert_eq!(plan.parts(&PlanPart::ALL), []);
    assert_eq!(plan.title(Lang::Nl), "Persoonlijk plan");
}

#[test]
fn every_part_with_something_in_it_is_chosen_at_first() {
    let full = full();
    let plan = Plan::new(&full, date(TODAY));
    assert_eq!(plan.default_choice(), PlanPart::ALL);
}

#[test]
fn only_the_chosen_parts_go_in_in_the_plans_order() {
    let full = full();
    let plan = Plan::new(&full, date(TODAY));
    assert_eq!(
        plan.parts(&[PlanPart::Story, PlanPart::Goals, PlanPart::About]),
        [PlanPart::About, PlanPart::Goals, PlanPart::Story]
    );
    assert_eq!(plan.parts(&[]), []);
}

#[test]
fn a_part_chosen_without_anything_in_it_stays_out() {
    let only_story = dossier(json!({"story": {"text": "Mijn verhaal."}}));
    let plan = Plan::new(&only_story, date(TODAY));
    assert_eq!(plan.default_choice(), [PlanPart::Story]);
    assert_eq!(plan.parts(&PlanPart::ALL), [PlanPart::Story]);
    let blank_story = dossier(json!({"story": {"text": "  \n "}}));
    assert!(!Plan::new(&blank_story, date(TODAY)).has(PlanPart::Story));
}

#[test]
fn name_and_date_head_the_plan() {
    let full = full();
    let plan = Plan::new(&full, date(TODAY));
    assert_eq!(plan.title(Lang::Nl), "Persoonlijk plan van Kees Jansen");
    assert_eq!(plan.title(Lang::En), "Personal plan of Kees Jansen");
    assert_eq!(plan.as_of(Lang::Nl), "Stand van 2 december 2026");
    assert_eq!(plan.as_of(Lang::En), "As of 2 December 2026");
}

#[test]
fn open_agreements_are_split_by_who_does_them_soonest_first() {
    let full = full();
    let plan = Plan::new(&full, date(TODAY));
    assert_eq!(
        whats(&plan.own_steps()),
        ["Eerder eigen stap", "Post openen", "Zonder datum"]
    );
    assert_eq!(whats(&plan.network_steps()), ["Boodschappen"]);
    assert_eq!(whats(&plan.professional_steps()), ["Budgetplan"]);
}

#[test]
fn the_network_is_people_with_the_first_contact_on_top() {
    let full = full();
    let plan = Plan::new(&full, date(TODAY));
    let names: Vec<&str> = plan
        .network_people()
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["Piet", "Ans"]);
}

#[test]
fn a_network_of_organisations_alone_and_no_promises_leaves_the_part_out() {
    let organisations = dossier(json!({"network": {"contacts": [
        {"id": "c1", "name": "Wijkteam Zuid", "kind": "organisation"}
    ]}}));
    assert!(!Plan::new(&organisations, date(TODAY)).has(PlanPart::Network));
}

#[test]
fn only_running_applications_and_decisions_go_in() {
    let full = full();
    let plan = Plan::new(&full, date(TODAY));
    let applications: Vec<&str> = plan
        .running_applications()
        .iter()
        .map(|a| a.what.as_str())
        .collect();
    assert_eq!(applications, ["Huishoudelijke hulp", "Woning"]);
    let decisions: Vec<&str> = plan
        .running_decisions()
        .iter()
        .map(|d| d.what.as_str())
        .collect();
    // Ended but still open to objection, then still valid, then open-ended; the one ended
    // long ago stays out.
    assert_eq!(decisions, ["Net besloten", "Loopt nog", "Open einde"]);
}

#[test]
fn what_is_done_refused_or_over_leaves_a_part_out() {
    let over = dossier(json!({
        "goals": {"goals": [{"id": "g", "title": "Doel", "agreements": [
            {"id": "a", "what": "Klaar", "owner": {"kind": "me"}, "status": "done"},
            {"id": "b", "what": "Niet meer", "owner": {"kind": "network", "name": "Ans"}, "status": "dropped"}
        ]}]},
        "support": {
            "applications": [{"id": "p", "where": "CAK", "status": "granted"}],
            "decisions": [{"id": "d", "what": "Oud", "decision_date": "2024-01-01", "valid_until": "2025-01-01"}]
        }
    }));
    let plan = Plan::new(&over, date(TODAY));
    assert_eq!(plan.default_choice(), [PlanPart::Goals]);
}
