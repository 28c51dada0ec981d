use super::*;
use std::collections::HashSet;

#[test]
fn every_text_is_filled_in_both_languages() {
    for text in Text::ALL {
        for lang in Lang::ALL {
            assert!(
                !text.get(lang).trim().is_empty(),
                "{text:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn placeholders_match_between_languages() {
    for text in Text::ALL {
        let count = |lang| text.get(lang).matches("{}").count();
        assert_eq!(count(Lang::Nl), count(Lang::En), "{text:?}");
    }
}

#[test]
fn dutch_and_english_differ_where_they_should() {
    // A copy-paste slip leaves English in the Dutch column; names and brands may match.
    let same: HashSet<_> = [Text::AppName, Text::Menu].into_iter().collect();
    for text in Text::ALL {
        if !same.contains(text) {
            assert_ne!(text.get(Lang::Nl), text.get(Lang::En), "{text:?}");
        }
    }
}

#[test]
fn fill_puts_values_in_order() {
    assert_eq!(
        Text::HomeWelcome.fill(Lang::Nl, &["Samira"]),
        "Welkom, Samira"
    );
    assert_eq!(Text::HomeWelcome.fill(Lang::En, &[]), "Welcome, ");
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
