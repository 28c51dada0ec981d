use super::*;
use crate::recovery::{GatherProblem, Progress};
use crate::vault::{work_factor, OpenVault, SealedVault, UnlockError, VAULT_VERSION};

const PASSPHRASE: &str = "lange wachtzin hier";

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn sample() -> Dossier {
    let mut d = Dossier::new();
    d.about.name = "Samira de Vries".into();
    d.story.text = "Ik woon sinds maart in Utrecht.".into();
    d
}

fn version_of(text: &str) -> u64 {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    value["version"].as_u64().unwrap()
}

/// A stored vault with helpers 2 of 3 and its cards, as the app would keep it.
fn with_helpers() -> (SealedVault, Vec<Card>) {
    let (mut vault, _) = OpenVault::create(&pass(PASSPHRASE), &sample()).unwrap();
    let cards = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    let stored = vault.seal(&sample()).unwrap().to_text();
    (SealedVault::from_text(&stored).unwrap(), cards)
}

fn gather(sealed: &SealedVault, cards: &[&Card]) -> Gathered {
    let mut gathered = sealed.recovery().unwrap().gathering();
    for card in cards {
        gathered.add(Card::read(&card.words()).unwrap()).unwrap();
    }
    gathered
}

#[test]
fn a_vault_without_helpers_stays_version_one() {
    let (_, sealed) = OpenVault::create(&pass(PASSPHRASE), &sample()).unwrap();
    let text = sealed.to_text();
    assert_eq!(version_of(&text), 1);
    assert!(!text.contains("recovery"));
}

#[test]
fn helpers_make_a_version_two_vault_that_still_opens_with_the_passphrase() {
    let (sealed, cards) = with_helpers();
    assert_eq!(cards.len(), 3);
    let text = sealed.to_text();
    assert_eq!(version_of(&text), u64::from(VAULT_VERSION));
    assert_eq!(
        work_factor(&sealed.recovery().unwrap().key),
        Some(RECOVERY_WORK_FACTOR)
    );
    let (vault, dossier) = OpenVault::unlock(&sealed, &pass(PASSPHRASE)).unwrap();
    assert_eq!(dossier, sample());
    // Saving after a passphrase unlock keeps the helpers' wrap.
    let again = vault.seal(&dossier).unwrap();
    assert_eq!(again.recovery(), sealed.recovery());
}

#[test]
fn two_cards_open_the_dossier_and_set_a_new_passphrase_and_new_cards() {
    let (sealed, cards) = with_helpers();
    for pair in [[0, 1], [0, 2], [1, 2]] {
        let gathered = gather(&sealed, &[&cards[pair[0]], &cards[pair[1]]]);
        let (vault, dossier, new_cards) =
            OpenVault::recover(&sealed, &gathered, &pass("een nieuwe wachtzin")).unwrap();
        assert_eq!(dossier, sample());
        assert_eq!(new_cards.len(), 3);
        let stored = SealedVault::from_text(&vault.seal(&dossier).unwrap().to_text()).unwrap();

        // The new passphrase opens it, the old one does not.
        assert!(OpenVault::unlock(&stored, &pass("een nieuwe wachtzin")).is_ok());
        assert_eq!(
            OpenVault::unlock(&stored, &pass(PASSPHRASE)).unwrap_err(),
            UnlockError::WrongPassphrase
        );
        // The old cards are told at once as not this dossier's any more...
        let mut fresh = stored.recovery().unwrap().gathering();
        assert_eq!(
            fresh.add(cards[0].clone()),
            Err(GatherProblem::NotThisDossier)
        );
        // ...and even forced past that check they open nothing.
        let old = gather(&sealed, &[&cards[0], &cards[1]]);
        assert_eq!(
            recover_key(&stored, &old).unwrap_err(),
            RecoverError::CardsDoNotOpen
        );
        // The new cards do.
        let new = gather(&stored, &[&new_cards[1], &new_cards[2]]);
        let (_, again, _) = OpenVault::recover(&stored, &new, &pass("nog een wachtzin")).unwrap();
        assert_eq!(again, sample());
    }
}

#[test]
fn one_card_alone_opens_nothing_and_changes_nothing() {
    let (sealed, cards) = with_helpers();
    let before = sealed.to_text();
    let gathered = gather(&sealed, &[&cards[2]]);
    assert_eq!(gathered.progress(), Progress::NeedMore { have: 1, need: 2 });
    assert_eq!(
        OpenVault::recover(&sealed, &gathered, &pass("een nieuwe wachtzin")).unwrap_err(),
        RecoverError::NotEnoughCards { have: 1, need: 2 }
    );
    assert_eq!(sealed.to_text(), before);
}

#[test]
fn cards_of_another_dossier_are_refused() {
    let (sealed, cards) = with_helpers();
    let (_, foreign) = with_helpers();
    let mut gathered = sealed.recovery().unwrap().gathering();
    gathered.add(cards[0].clone()).unwrap();
    assert_eq!(
        gathered.add(foreign[1].clone()),
        Err(GatherProblem::NotThisDossier)
    );
}

#[test]
fn a_vault_without_helpers_says_so() {
    let (_, sealed) = OpenVault::create(&pass(PASSPHRASE), &sample()).unwrap();
    let (other, cards) = with_helpers();
    let gathered = gather(&other, &[&cards[0], &cards[1]]);
    assert_eq!(
        OpenVault::recover(&sealed, &gathered, &pass("een nieuwe wachtzin")).unwrap_err(),
        RecoverError::NoHelpers
    );
}

#[test]
fn a_passphrase_change_and_a_stronger_wrap_keep_the_helpers() {
    let (sealed, cards) = with_helpers();
    let (mut vault, dossier) = OpenVault::unlock(&sealed, &pass(PASSPHRASE)).unwrap();
    vault
        .change_passphrase(&pass(PASSPHRASE), &pass("een andere wachtzin"))
        .unwrap();
    let rewrapped = vault.rewrapped(vault.wrapped_key().to_vec()).unwrap();
    for kept in [&vault, &rewrapped] {
        let stored = kept.seal(&dossier).unwrap();
        let gathered = gather(&stored, &[&cards[0], &cards[2]]);
        assert!(recover_key(&stored, &gathered).is_ok());
    }
}

#[test]
fn stopping_the_cards_removes_the_wrap() {
    let (sealed, _) = with_helpers();
    let (mut vault, dossier) = OpenVault::unlock(&sealed, &pass(PASSPHRASE)).unwrap();
    vault.stop_cards();
    let text = vault.seal(&dossier).unwrap().to_text();
    assert_eq!(version_of(&text), 1);
    assert!(SealedVault::from_text(&text).unwrap().recovery().is_none());
}

#[test]
fn a_damaged_recovery_wrap_is_corrupt() {
    let (sealed, _) = with_helpers();
    let text = sealed.to_text();
    let one = text.replace("\"threshold\":2", "\"threshold\":1");
    assert_ne!(one, text);
    assert_eq!(
        SealedVault::from_text(&one).unwrap_err(),
        UnlockError::Corrupt
    );
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["recovery"]["key"] = serde_json::Value::String("bm90IGFnZQ==".into());
    assert_eq!(
        SealedVault::from_text(&value.to_string()).unwrap_err(),
        UnlockError::Corrupt
    );
}

/// A vault stored before helpers existed opens as it did, and helpers can be added to it.
#[test]
fn the_stored_version_one_fixture_opens_and_takes_helpers() {
    let old =
        SealedVault::from_text(include_str!("../../../tests/data/vault-v1-scrypt16.json")).unwrap();
    assert!(old.recovery().is_none());
    let (mut vault, dossier) = OpenVault::unlock(&old, &pass("fiets regen koffie tuin")).unwrap();
    let cards = vault.make_cards(HelperPlan::new(4, 3).unwrap()).unwrap();
    let stored = vault.seal(&dossier).unwrap();
    let gathered = gather(&stored, &[&cards[3], &cards[0], &cards[1]]);
    let (_, recovered, _) =
        OpenVault::recover(&stored, &gathered, &pass("een nieuwe wachtzin")).unwrap();
    assert_eq!(recovered, dossier);
}

#[test]
fn debug_text_shows_no_key() {
    let (sealed, _) = with_helpers();
    let shown = format!("{:?}", sealed.recovery().unwrap());
    assert!(shown.contains("key_bytes"), "{shown}");
    assert!(!shown.contains("age-encryption"), "{shown}");
}

/// A version 2 vault as Regie stores it with helpers, 2 of 3 (the dossier of
/// `dossier-v1.json`, passphrase "fiets regen koffie tuin"), and the words of two of its
/// cards, one card a line. Made by `write_helpers_fixture`.
const VAULT_V2: &str = include_str!("../../../tests/data/vault-v2-helpers.json");
const VAULT_V2_CARDS: &str = include_str!("../../../tests/data/vault-v2-helpers-cards.txt");

#[test]
fn the_stored_version_two_fixture_opens_with_the_passphrase_and_with_its_cards() {
    assert_eq!(version_of(VAULT_V2), 2);
    let sealed = SealedVault::from_text(VAULT_V2).unwrap();
    let (_, dossier) = OpenVault::unlock(&sealed, &pass("fiets regen koffie tuin")).unwrap();
    let fixture =
        Dossier::from_json(include_bytes!("../../../tests/data/dossier-v1.json")).unwrap();
    assert_eq!(dossier, fixture);
    let mut gathered = sealed.recovery().unwrap().gathering();
    for words in VAULT_V2_CARDS.lines().filter(|l| !l.trim().is_empty()) {
        gathered.add(Card::read(words).unwrap()).unwrap();
    }
    let (_, recovered, cards) =
        OpenVault::recover(&sealed, &gathered, &pass("een nieuwe wachtzin")).unwrap();
    assert_eq!(recovered, fixture);
    assert_eq!(cards.len(), 3);
}

/// Writes the version 2 fixture; run once, by hand, when the format is new.
#[test]
#[ignore = "writes tests/data/vault-v2-helpers.json and its cards"]
fn write_helpers_fixture() {
    let dossier =
        Dossier::from_json(include_bytes!("../../../tests/data/dossier-v1.json")).unwrap();
    let key_text = OpenVault::new_key_text();
    let mut recipient = age::scrypt::Recipient::new(pass("fiets regen koffie tuin"));
    recipient.set_work_factor(16);
    let wrapped = crate::vault::encrypt(&recipient, &key_text).unwrap();
    let mut vault = OpenVault::from_key_text(&key_text, wrapped).unwrap();
    let cards = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");
    let text = vault.seal(&dossier).unwrap().to_text();
    std::fs::write(format!("{dir}vault-v2-helpers.json"), text).unwrap();
    let words = format!("{}\n{}\n", &*cards[2].words(), &*cards[0].words());
    std::fs::write(format!("{dir}vault-v2-helpers-cards.txt"), words).unwrap();
}
