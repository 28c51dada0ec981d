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
