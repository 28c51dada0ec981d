use super::*;
use crate::vault::{
    check_guessable, check_new_passphrase, check_passphrase_form, PassphraseProblem,
};

fn refused(passphrase: &str, kind: Weakness) {
    assert_eq!(weakness(passphrase), Some(kind), "{passphrase:?}");
}

#[test]
fn four_unrelated_words_pass() {
    for good in [
        "fiets regen koffie tuin",
        "appel peer banaan kiwi",
        "appel boom water zon",
        "zon maan sterren zee",
        "lange wachtzin hier",
        "Mijn oma bakt elke zondag taart",
        "paarse olifant danst langzaam",
        "correct horse battery staple",
        "ik regie mijn eigen leven en dat is fijn",
        "éàüöïèçñôâ",
        "zonnebloem aan zee 1987",
    ] {
        assert_eq!(weakness(good), None, "{good:?}");
    }
}

#[test]
fn common_passwords_and_words_are_refused() {
    refused("wachtwoord", Weakness::Common);
    refused("Wacht Woord!", Weakness::Common);
    refused("iloveyou", Weakness::Common);
    refused("ikhouvanjou", Weakness::Common);
    refused("p@$$w0rd", Weakness::Common);
    refused("w4chtw00rd", Weakness::Common);
    refused("feyenoordrotterdam", Weakness::Common);
}

#[test]
fn a_common_word_with_digits_is_refused() {
    refused("wachtwoord1", Weakness::WordAndDigits);
    refused("welkom2026", Weakness::WordAndDigits);
    refused("2026welkom", Weakness::WordAndDigits);
    refused("Voetbal123456", Weakness::WordAndDigits);
    refused("zomer!!!!!!", Weakness::Common);
    refused("amsterdam abcdef", Weakness::WordAndDigits);
}

#[test]
fn sequences_repeats_and_keyboard_runs_are_refused() {
    refused("abcdefghij", Weakness::Pattern);
    refused("zyxwvutsrq", Weakness::Pattern);
    refused("a b c d e f g", Weakness::Pattern);
    refused("aaaaaaaaaa", Weakness::Pattern);
    refused("hahahahaha", Weakness::Pattern);
    refused("abcabcabca", Weakness::Pattern);
    refused("ababbaabab", Weakness::Pattern);
    refused("qwertyuiop", Weakness::Pattern);
    refused("poiuytrewq", Weakness::Pattern);
    refused("azertyuiop", Weakness::Pattern);
    refused("1qaz2wsx3edc", Weakness::Pattern);
    refused("asdfghjkl;'", Weakness::Pattern);
    refused("qwerty123456", Weakness::Pattern);
    refused("!!!!!!!!!!", Weakness::Pattern);
}

#[test]
fn only_digits_are_refused() {
    refused("1234567890", Weakness::OnlyDigits);
    refused("0987654321", Weakness::OnlyDigits);
    refused("17-04-1979 12", Weakness::OnlyDigits);
    refused("0612345678", Weakness::OnlyDigits);
}

#[test]
fn the_app_name_is_refused() {
    refused("regie2026!", Weakness::AppName);
    refused("Regie Regie", Weakness::Pattern);
    refused("mijnregie123", Weakness::AppName);
    refused("regieabcdefg", Weakness::AppName);
    refused("regie dossier", Weakness::AppName);
}

#[test]
fn every_example_the_app_shows_passes_the_rule() {
    use crate::catalogue::{Lang, Text};
    // The rule under the first field, and every refusal, end with the same good example.
    let texts = [
        Text::PassphraseRule,
        Text::ErrPassphraseCommon,
        Text::ErrPassphrasePattern,
        Text::ErrPassphraseAppName,
        Text::ErrPassphraseWordDigits,
        Text::ErrPassphraseDigits,
    ];
    for lang in [Lang::Nl, Lang::En] {
        for text in texts {
            let sentence = text.get(lang);
            let example = sentence
                .rsplit("oorbeeld: ")
                .next()
                .filter(|_| lang == Lang::Nl)
                .or_else(|| sentence.rsplit("xample: ").next())
                .and_then(|tail| tail.split(" (").next())
                .unwrap();
            assert!(
                example.split(' ').count() == 4,
                "{text:?} {lang:?}: {example:?}"
            );
            assert_eq!(weakness(example), None, "{text:?} {lang:?}: {example:?}");
            assert_eq!(
                check_new_passphrase(example, example),
                Ok(()),
                "{text:?} {lang:?}: {example:?}"
            );
        }
    }
}

#[test]
fn the_example_of_earlier_versions_stays_refused() {
    // Printed in every copy of those versions, so it is among the first an attacker tries.
    assert_eq!(
        weakness("giraf lepel regenjas dinsdag"),
        Some(Weakness::Common)
    );
    assert_eq!(
        weakness("giraffe spoon raincoat tuesday"),
        Some(Weakness::Common)
    );
}

#[test]
fn the_list_is_compact_and_clean() {
    let words: Vec<&str> = common_words().collect();
    assert!((300..=1000).contains(&words.len()), "{}", words.len());
    assert!(COMMON.len() < 8 * 1024, "{} bytes", COMMON.len());
    for word in &words {
        assert_eq!(
            *word,
            normalise(word),
            "{word:?} is not written as compared"
        );
    }
}

#[test]
fn new_passphrases_are_checked_for_guessing_after_length() {
    assert_eq!(
        check_new_passphrase("kort", "kort"),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        check_new_passphrase("wachtwoord1", "wachtwoord1"),
        Err(PassphraseProblem::Guessable(Weakness::WordAndDigits))
    );
    assert_eq!(
        check_new_passphrase("1234567890", "1234567890"),
        Err(PassphraseProblem::Guessable(Weakness::OnlyDigits))
    );
    assert_eq!(
        check_new_passphrase("fiets regen koffie tuin", "fiets regen koffie tuin"),
        Ok(())
    );
}

#[test]
fn the_first_screen_checks_the_form_and_creating_checks_the_guessing() {
    // Together the two halves refuse what the whole check refuses.
    assert_eq!(check_passphrase_form("wachtwoord1", "wachtwoord1"), Ok(()));
    assert_eq!(
        check_guessable("wachtwoord1"),
        Err(PassphraseProblem::Guessable(Weakness::WordAndDigits))
    );
    assert_eq!(
        check_passphrase_form("kort", "kort"),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        check_passphrase_form("fiets regen koffie tuin", "fiets regen koffie"),
        Err(PassphraseProblem::Mismatch)
    );
    assert_eq!(check_guessable("fiets regen koffie tuin"), Ok(()));
}
