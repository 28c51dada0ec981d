//! The vault in a real browser: age, scrypt and the random source as compiled to wasm32.
#![cfg(target_arch = "wasm32")]

use regie_core::model::Dossier;
use regie_core::vault::{passphrase, OpenVault, UnlockError};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn secret(s: &str) -> age::secrecy::SecretString {
    passphrase(Zeroizing::new(s.to_owned()))
}

#[wasm_bindgen_test]
fn create_and_unlock_in_the_browser() {
    let mut dossier = Dossier::new();
    dossier.about.name = "Samira".into();
    let (_, sealed) = OpenVault::create(&secret("wachtzin in wasm"), &dossier).unwrap();
    let (_, back) = OpenVault::unlock(&sealed, &secret("wachtzin in wasm")).unwrap();
    assert_eq!(back, dossier);
    assert_eq!(
        OpenVault::unlock(&sealed, &secret("andere wachtzin")).unwrap_err(),
        UnlockError::WrongPassphrase
    );
}

#[wasm_bindgen_test]
fn two_vaults_get_different_keys() {
    let d = Dossier::new();
    let (a, _) = OpenVault::create(&secret("wachtzin een"), &d).unwrap();
    let (b, _) = OpenVault::create(&secret("wachtzin een"), &d).unwrap();
    // Sealing to different keys: neither can open the other's bytes.
    let sealed = a.seal_bytes(b"geheim").unwrap();
    assert!(b.open_bytes(&sealed).is_err());
    assert_eq!(a.open_bytes(&sealed).unwrap(), b"geheim");
}

/// Helpers' cards in the browser: the pieces' randomness (rand's thread RNG over getrandom
/// 0.4) works in wasm, and two cards of three open the dossier again.
#[wasm_bindgen_test]
fn helpers_cards_recover_the_dossier_in_the_browser() {
    use regie_core::recovery::{Card, HelperPlan};
    let mut dossier = Dossier::new();
    dossier.about.name = "Samira".into();
    let (mut vault, _) = OpenVault::create(&secret("wachtzin in wasm"), &dossier).unwrap();
    let cards = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    let again = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    assert_ne!(cards[0].words(), again[0].words());
    let sealed = vault.seal(&dossier).unwrap();
    let mut gathered = sealed.recovery().unwrap().gathering();
    for card in [&again[0], &again[2]] {
        gathered.add(Card::read(&card.words()).unwrap()).unwrap();
    }
    let (_, back, _) = OpenVault::recover(&sealed, &gathered, &secret("nieuwe wachtzin")).unwrap();
    assert_eq!(back, dossier);
}
