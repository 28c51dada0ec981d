use super::*;
use std::collections::HashSet;

#[test]
fn every_text_is_filled_in_both_languages() {
    for text in Phrase::all() {
        for lang in Lang::ALL {
            assert!(
                !text.get(lang).trim().is_empty(),
                "{text:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn every_language_file_has_every_text_and_fills_the_same_values() {
    let tables = tables();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::Nl) {
        let file = loaded::embedded::file(lang).unwrap();
        let problems = loaded::check(lang, file, &tables);
        assert!(
            problems.is_empty(),
            "{lang:?}: {} problems, first: {:#?}",
            problems.len(),
            &problems[..problems.len().min(12)]
        );
    }
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn a_file_that_lacks_or_adds_a_text_or_a_value_is_told() {
    let tables = tables();
    let en = loaded::embedded::file(Lang::En).unwrap();
    let mut map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(en).unwrap();
    map.remove("Text.Unlock");
    map.insert("Text.NoSuchText".into(), "x".into());
    map.insert("PageText.HomeWelcome".into(), "Welcome".into());
    map.insert(
        "Counted.DaysLeft".into(),
        serde_json::json!({"one": "1 day left"}),
    );
    let problems = loaded::check(Lang::En, &serde_json::to_string(&map).unwrap(), &tables);
    let said = |start: &str| problems.iter().any(|p| p.starts_with(start));
    assert!(said("Text.Unlock: missing"), "{problems:?}");
    assert!(
        said("Text.NoSuchText: not in the catalogue"),
        "{problems:?}"
    );
    assert!(said("PageText.HomeWelcome: fills 1 values"), "{problems:?}");
    assert!(said("Counted.DaysLeft: plural forms"), "{problems:?}");
    assert_eq!(problems.len(), 4, "{problems:?}");
    // Polish needs four forms, each with the count.
    map.insert(
        "Counted.DaysLeft".into(),
        serde_json::json!({"one": "1 dzień", "few": "{n} dni", "many": "dni", "other": "{n} dnia"}),
    );
    let polish = loaded::check(Lang::Pl, &serde_json::to_string(&map).unwrap(), &tables);
    assert!(
        polish
            .iter()
            .any(|p| p == "Counted.DaysLeft.many: says no number"),
        "{polish:?}"
    );
}

#[test]
fn a_table_of_another_version_shows_dutch() {
    assert_eq!(Text::Unlock.get(Lang::En), "Open");
    assert_eq!(
        loaded::text(
            Lang::En,
            "Text",
            Text::FINGERPRINT ^ 1,
            Text::Unlock as usize
        ),
        None
    );
    assert_eq!(
        loaded::install(Lang::Ar, "regie-lang\u{1f}1\u{1f}tr\u{1f}0"),
        Err(loaded::FileError::OtherLanguage)
    );
    assert_eq!(
        loaded::install(Lang::Ar, "not a language file"),
        Err(loaded::FileError::Unreadable)
    );
    assert_eq!(
        loaded::install(Lang::Ar, "regie-lang\u{1f}9\u{1f}ar\u{1f}0"),
        Err(loaded::FileError::Unreadable)
    );
    assert_eq!(
        loaded::install(
            Lang::Ar,
            "regie-lang\u{1f}1\u{1f}ar\u{1f}0\u{1e}Text\u{1f}not hex"
        ),
        Err(loaded::FileError::Unreadable)
    );
}

#[test]
fn numbered_values_may_change_their_order() {
    assert_eq!(fill_in("{2} van {1}", &["Anna", "kaart"]), "kaart van Anna");
    assert_eq!(fill_in("{} en {}", &["a", "b"]), "a en b");
    assert_eq!(fill_in("{d} {x} {", &["a"]), "{d} {x} {");
}

#[test]
fn dutch_and_english_differ_where_they_should() {
    // A copy-paste slip leaves English in the Dutch column; names and brands may match.
    let same: HashSet<Phrase> = [
        Text::AppName.into(),
        Text::Menu.into(),
        Text::OwnerNameAt.into(),
        MoneyText::DebtOpen.into(),
        MoneyText::CsvStatus.into(),
        PageText::ActivityCsvMoment.into(),
    ]
    .into_iter()
    .collect();
    for text in Phrase::all() {
        if !same.contains(&text) {
            assert_ne!(text.get(Lang::Nl), text.get(Lang::En), "{text:?}");
        }
    }
}

#[test]
fn fill_puts_values_in_order() {
    assert_eq!(
        PageText::HomeWelcome.fill(Lang::Nl, &["Samira"]),
        "Welkom, Samira"
    );
    assert_eq!(PageText::HomeWelcome.fill(Lang::En, &[]), "Welcome, ");
}

#[test]
fn language_comes_from_the_browser_preferences() {
    assert_eq!(Lang::from_preferences(["nl-NL", "en"]), Lang::Nl);
    assert_eq!(Lang::from_preferences(["en-GB", "nl"]), Lang::En);
    assert_eq!(Lang::from_preferences(["de-DE", "en-US"]), Lang::En);
    assert_eq!(Lang::from_preferences(["fr", "de"]), Lang::Nl);
    assert_eq!(Lang::from_preferences([]), Lang::Nl);
    assert_eq!(Lang::from_preferences(["NL_be"]), Lang::Nl);
}

#[test]
fn counted_texts_have_the_count_in_the_other_form_and_the_same_values() {
    for (i, &(one, other)) in Counted::NL.iter().enumerate() {
        let counted = Counted::ALL[i];
        assert!(other.contains("{n}"), "{counted:?} says no number");
        assert!(!one.trim().is_empty(), "{counted:?}");
        assert_eq!(
            one.matches("{}").count(),
            other.matches("{}").count(),
            "{counted:?}"
        );
        assert_ne!(
            counted.form(Lang::Nl, 2),
            counted.form(Lang::En, 2),
            "{counted:?}"
        );
    }
}

#[test]
fn plural_picks_the_form_for_zero_one_and_two() {
    let opened = |lang, n| Counted::ShareOpened.fill(lang, n, &["14:05"]);
    assert_eq!(opened(Lang::Nl, 0), "0 keer geopend: 14:05");
    assert_eq!(opened(Lang::Nl, 1), "1 keer geopend: 14:05");
    assert_eq!(opened(Lang::Nl, 2), "2 keer geopend: 14:05");
    assert_eq!(opened(Lang::En, 1), "Opened once: 14:05");
    assert_eq!(opened(Lang::En, 2), "Opened 2 times: 14:05");
    assert_eq!(
        Counted::AgreementsOverdue.count(Lang::Nl, 1),
        "1 afspraak is te laat."
    );
    assert_eq!(
        Counted::AgreementsOverdue.count(Lang::Nl, 3),
        "3 afspraken zijn te laat."
    );
    assert_eq!(Counted::DaysLeft.count(Lang::En, 0), "0 days left");
}

/// Dutch texts that read alike but say different things, so they keep a key each.
const ALIKE_ON_PURPOSE: &[&[Text]] = &[
    // The button, and the heading of the settings about locking.
    &[Text::Lock, Text::AutoLockTitle],
    // The section's name, and the label of its one field.
    &[Text::SectionStory, Text::StoryLabel],
    // A share that was stopped, and an agreement no longer pursued.
    &[Text::ShareStatusRevoked, Text::ViewAgreementDropped],
    // A row's label in the viewer, and the choice "person or organisation".
    &[Text::ViewLabelOrganisation, Text::ContactOrganisation],
    // The kind of a journal entry, and the kind of an item on the start screen.
    &[Text::ViewJournalAppointment, Text::AttentionAppointment],
    // The heading over the goal form, and the button that opens it.
    &[Text::GoalFormEdit, Text::ChangePassphrase],
];

#[test]
fn each_dutch_text_is_written_once() {
    let alike: HashSet<Phrase> = ALIKE_ON_PURPOSE
        .iter()
        .flat_map(|t| t.iter().map(|&t| Phrase::from(t)))
        .collect();
    let mut seen = std::collections::HashMap::new();
    for text in Phrase::all() {
        if alike.contains(&text) {
            continue;
        }
        if let Some(first) = seen.insert(text.get(Lang::Nl), text) {
            panic!("{first:?} and {text:?} both say {:?}", text.get(Lang::Nl));
        }
    }
}

#[test]
fn one_voice() {
    for text in Phrase::all() {
        let nl = text.get(Lang::Nl);
        assert!(!nl.contains("deel-code"), "{text:?}: deelcode");
        assert!(!nl.contains("Wijzigen"), "{text:?}: Aanpassen");
        assert!(
            !nl.contains("Besluit toevoegen"),
            "{text:?}: Beschikking toevoegen"
        );
        assert!(
            !nl.contains("Afspraak te laat"),
            "{text:?}: whose task is late"
        );
    }
}
