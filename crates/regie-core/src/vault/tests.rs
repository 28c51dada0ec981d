use super::*;

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn sample() -> Dossier {
    let mut d = Dossier::new();
    d.about.name = "Samira de Vries".into();
    d.story.text = "Ik woon sinds maart in Utrecht. Mijn schulden zijn begonnen toen...".into();
    d
}

#[test]
fn the_kdf_can_run_elsewhere_and_the_parts_make_the_same_vault() {
    // What the worker does: wrap a fresh key's secret text, and unwrap it again.
    let key = DossierKey::generate();
    let wrapped = encrypt_with_passphrase(&key.secret_text(), &pass("fiets regen koffie")).unwrap();
    let vault = OpenVault::from_parts(key, wrapped.clone());
    let sealed = vault.seal(&sample()).unwrap();
    assert_eq!(sealed.wrapped_key(), wrapped.as_slice());

    let text = decrypt_with_passphrase(sealed.wrapped_key(), &pass("fiets regen koffie")).unwrap();
    let reopened = OpenVault::from_parts(DossierKey::from_secret_text(&text).unwrap(), wrapped);
    assert_eq!(reopened.open(&sealed).unwrap(), sample());
    // And the ordinary unlock agrees.
    let (_, dossier) = OpenVault::unlock(&sealed, &pass("fiets regen koffie")).unwrap();
    assert_eq!(dossier, sample());
    assert_eq!(
        decrypt_with_passphrase(sealed.wrapped_key(), &pass("fiets regen thee")).unwrap_err(),
        UnlockError::WrongPassphrase
    );
    assert!(DossierKey::from_secret_text(b"not a key").is_err());
    assert!(!format!("{:?}", DossierKey::generate()).contains("AGE-SECRET"));
}

#[test]
fn create_then_unlock_gives_the_same_dossier() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let text = sealed.to_text();
    let again = SealedVault::from_text(&text).unwrap();
    let (_, dossier) = OpenVault::unlock(&again, &pass("lange wachtzin hier")).unwrap();
    assert_eq!(dossier, sample());
}

#[test]
fn stored_text_holds_nothing_readable() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let text = sealed.to_text();
    assert!(!text.contains("Samira"));
    assert!(!text.contains("schulden"));
    assert!(!text.contains("wachtzin"));
}

#[test]
fn wrong_passphrase_has_its_own_error() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let err = OpenVault::unlock(&sealed, &pass("lange wachtzin daar")).unwrap_err();
    assert_eq!(err, UnlockError::WrongPassphrase);
}

#[test]
fn saving_reuses_the_wrapped_key_and_reopens() {
    let (vault, first) = OpenVault::create(&pass("lange wachtzin hier"), &Dossier::new()).unwrap();
    let sealed = vault.seal(&sample()).unwrap();
    assert_eq!(sealed.key, first.key, "saving must not re-run the KDF");
    let (_, dossier) = OpenVault::unlock(&sealed, &pass("lange wachtzin hier")).unwrap();
    assert_eq!(dossier, sample());
}

#[test]
fn every_flipped_byte_of_the_dossier_is_caught() {
    let (vault, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    // Step through the file so the test stays fast; header, MAC and payload are all hit.
    for i in (0..sealed.dossier.len()).step_by(7) {
        let mut bad = sealed.clone();
        bad.dossier[i] ^= 0x01;
        assert!(
            vault.open_dossier(&bad.dossier).is_err(),
            "flip at {i} went unnoticed"
        );
    }
}

#[test]
fn flipped_wrapped_key_is_not_accepted() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let mut bad = sealed.clone();
    let last = bad.key.len() - 1;
    bad.key[last] ^= 0x80;
    assert!(OpenVault::unlock(&bad, &pass("lange wachtzin hier")).is_err());
}

#[test]
fn truncated_vault_is_corrupt() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let text = sealed.to_text();
    for cut in [0, 1, 10, text.len() / 2, text.len() - 1] {
        assert_eq!(
            SealedVault::from_text(&text[..cut]).unwrap_err(),
            UnlockError::Corrupt
        );
    }
    let mut short = sealed.clone();
    short.dossier.truncate(short.dossier.len() - 20);
    assert_eq!(
        OpenVault::unlock(&short, &pass("lange wachtzin hier")).unwrap_err(),
        UnlockError::Corrupt
    );
}

#[test]
fn newer_vault_version_is_reported_not_overwritten() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let text = sealed.to_text().replace("\"version\":1", "\"version\":7");
    assert_eq!(
        SealedVault::from_text(&text).unwrap_err(),
        UnlockError::UnsupportedVersion(7)
    );
}

#[test]
fn newer_dossier_schema_inside_is_reported() {
    let (vault, _) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let future = vault.seal_bytes(br#"{"schema":99}"#).unwrap();
    assert_eq!(
        vault.open_dossier(&future).unwrap_err(),
        UnlockError::UnsupportedVersion(99)
    );
}

#[test]
fn other_json_is_corrupt() {
    for text in [
        "",
        "null",
        "{}",
        r#"{"format":"other","version":1,"key":"","dossier":""}"#,
    ] {
        assert_eq!(
            SealedVault::from_text(text).unwrap_err(),
            UnlockError::Corrupt
        );
    }
}

#[test]
fn a_hostile_work_factor_is_refused_before_any_work() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    // Raise the scrypt stanza's work factor in the header; age must refuse it before
    // it would run scrypt (the header MAC cannot be checked without the file key).
    let header = String::from_utf8_lossy(&sealed.key).into_owned();
    let stanza_end = header
        .find(&format!(" {WORK_FACTOR}\n"))
        .expect("stanza carries the work factor");
    let mut bad = sealed.clone();
    bad.key = [
        &sealed.key[..stanza_end],
        b" 30\n",
        &sealed.key[stanza_end + 4..],
    ]
    .concat();
    assert_eq!(
        OpenVault::unlock(&bad, &pass("lange wachtzin hier")).unwrap_err(),
        UnlockError::TooMuchWork
    );
}

#[test]
fn the_pinned_work_factor_is_used() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let header = String::from_utf8_lossy(&sealed.key).into_owned();
    let stanza = header
        .lines()
        .find(|l| l.starts_with("-> scrypt "))
        .unwrap();
    assert!(stanza.ends_with(&format!(" {WORK_FACTOR}")), "{stanza}");
}

#[test]
fn the_wrapped_key_is_a_standard_age_passphrase_file() {
    let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    assert!(sealed.key.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    assert!(sealed
        .dossier
        .starts_with(b"age-encryption.org/v1\n-> X25519 "));
}

#[test]
fn change_passphrase_needs_the_current_one_and_keeps_the_dossier() {
    let (mut vault, _) = OpenVault::create(&pass("eerste wachtzin"), &sample()).unwrap();
    assert_eq!(
        vault.change_passphrase(&pass("niet de goede"), &pass("tweede wachtzin")),
        Err(UnlockError::WrongPassphrase)
    );
    vault
        .change_passphrase(&pass("eerste wachtzin"), &pass("tweede wachtzin"))
        .unwrap();
    let sealed = vault.seal(&sample()).unwrap();
    assert_eq!(
        OpenVault::unlock(&sealed, &pass("eerste wachtzin")).unwrap_err(),
        UnlockError::WrongPassphrase
    );
    assert_eq!(
        OpenVault::unlock(&sealed, &pass("tweede wachtzin"))
            .unwrap()
            .1,
        sample()
    );
}

#[test]
fn a_key_rewrapped_outside_opens_the_same_dossier_without_a_new_kdf_run() {
    let (vault, sealed) = OpenVault::create(&pass("eerste wachtzin"), &sample()).unwrap();
    let key = vault.key_text();
    assert!(vault
        .wrapped_key()
        .starts_with(b"age-encryption.org/v1\n-> scrypt "));
    let rewrapped = encrypt_with_passphrase(&key, &pass("tweede wachtzin")).unwrap();
    let again = OpenVault::from_key_text(&key, rewrapped).unwrap();
    assert_eq!(again.open(&sealed).unwrap(), sample());
    let resealed = again.seal(&sample()).unwrap();
    assert_eq!(
        OpenVault::unlock(&resealed, &pass("tweede wachtzin"))
            .unwrap()
            .1,
        sample()
    );
    // A fresh key, and refusals of a key or wrap that is not one.
    let fresh = OpenVault::new_key_text();
    assert!(std::str::from_utf8(&fresh)
        .unwrap()
        .starts_with("AGE-SECRET-KEY-1"));
    let other = OpenVault::from_key_text(&fresh, vault.wrapped_key().to_vec()).unwrap();
    assert_eq!(other.open(&sealed).unwrap_err(), UnlockError::Corrupt);
    assert!(OpenVault::from_key_text(b"geen sleutel", vault.wrapped_key().to_vec()).is_err());
    assert!(OpenVault::from_key_text(&key, sealed.dossier.clone()).is_err());
}

#[test]
fn debug_output_reveals_no_secret() {
    let (vault, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let shown = format!("{vault:?} {sealed:?}");
    assert!(!shown.contains("AGE-SECRET-KEY"));
    assert!(!shown.contains("age-encryption"));
}

#[test]
fn documents_round_trip_under_the_dossier_key() {
    let (vault, _) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    let sealed = vault.seal_bytes(&bytes).unwrap();
    assert_eq!(vault.open_bytes(&sealed).unwrap(), bytes);
}

#[test]
fn passphrase_rules() {
    assert_eq!(check_new_passphrase("", ""), Err(PassphraseProblem::Empty));
    assert_eq!(
        check_new_passphrase("    ", "    "),
        Err(PassphraseProblem::Empty)
    );
    assert_eq!(
        check_new_passphrase("kort", "kort"),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        check_new_passphrase("lange wachtzin", "lange wachtzim"),
        Err(PassphraseProblem::Mismatch)
    );
    assert_eq!(
        check_new_passphrase("lange wachtzin", "lange wachtzin"),
        Ok(())
    );
    // Characters, not bytes: ten accented letters are ten.
    assert_eq!(check_new_passphrase("éàüöïèçñôâ", "éàüöïèçñôâ"), Ok(()));
}

/// A vault as Regie stored it while wraps were made at 2^16 (the dossier of
/// `dossier-v1.json`, passphrase "fiets regen koffie tuin").
const VAULT_SCRYPT_16: &str = include_str!("../../tests/data/vault-v1-scrypt16.json");
const FIXTURE_PASSPHRASE: &str = "fiets regen koffie tuin";

#[test]
fn the_work_factor_is_read_from_the_wrap() {
    let sealed = SealedVault::from_text(VAULT_SCRYPT_16).unwrap();
    assert_eq!(work_factor(sealed.wrapped_key()), Some(16));
    assert!(needs_stronger_wrap(sealed.wrapped_key()));
    let (_, fresh) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    assert_eq!(work_factor(fresh.wrapped_key()), Some(WORK_FACTOR));
    assert!(!needs_stronger_wrap(fresh.wrapped_key()));
    assert_eq!(work_factor(b"not an age file"), None);
    assert_eq!(
        work_factor(&fresh.dossier),
        None,
        "an X25519 file has no work factor"
    );
    assert!(!needs_stronger_wrap(
        b"age-encryption.org/v1\n-> X25519 abc\n"
    ));
}

#[test]
fn an_older_vault_opens_and_is_wrapped_again_at_the_current_work_factor() {
    let old = SealedVault::from_text(VAULT_SCRYPT_16).unwrap();
    let (vault, dossier) = OpenVault::unlock(&old, &pass(FIXTURE_PASSPHRASE)).unwrap();
    let expected = Dossier::from_json(include_bytes!("../../tests/data/dossier-v1.json")).unwrap();
    assert_eq!(dossier, expected);

    // What the app does: a new wrap of the same key, a vault sealed with it, stored, then used.
    let wrapped = encrypt_with_passphrase(&vault.key_text(), &pass(FIXTURE_PASSPHRASE)).unwrap();
    let stronger = vault.rewrapped(wrapped).unwrap();
    let stored = stronger.seal(&dossier).unwrap().to_text();
    let again = SealedVault::from_text(&stored).unwrap();
    assert_eq!(work_factor(again.wrapped_key()), Some(WORK_FACTOR));
    let header = String::from_utf8_lossy(again.wrapped_key()).into_owned();
    assert!(
        header
            .lines()
            .any(|l| l.starts_with("-> scrypt ") && l.ends_with(" 17")),
        "{header}"
    );

    let (reopened, same) = OpenVault::unlock(&again, &pass(FIXTURE_PASSPHRASE)).unwrap();
    assert_eq!(same, expected);
    // The key did not change: documents sealed before the new wrap still open.
    let document = vault.seal_bytes(b"een brief").unwrap();
    assert_eq!(reopened.open_bytes(&document).unwrap(), b"een brief");
    // The old wrap still opens its vault too: until the new one is stored, nothing is lost.
    assert!(OpenVault::unlock(&old, &pass(FIXTURE_PASSPHRASE)).is_ok());
    assert_eq!(
        OpenVault::unlock(&again, &pass("fiets regen koffie tent")).unwrap_err(),
        UnlockError::WrongPassphrase
    );
}

#[test]
fn a_new_wrap_must_be_a_passphrase_file() {
    let (vault, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
    assert_eq!(
        vault.rewrapped(sealed.dossier.clone()).unwrap_err(),
        UnlockError::Corrupt
    );
}

/// Writes the 2^16 fixture again: `cargo test -p regie-core -- --ignored write_scrypt16_fixture`.
/// Published fixtures are never changed; this only documents how it was made.
#[test]
#[ignore]
fn write_scrypt16_fixture() {
    let dossier = Dossier::from_json(include_bytes!("../../tests/data/dossier-v1.json")).unwrap();
    let key_text = OpenVault::new_key_text();
    let mut recipient = age::scrypt::Recipient::new(pass(FIXTURE_PASSPHRASE));
    recipient.set_work_factor(16);
    let wrapped = encrypt(&recipient, &key_text).unwrap();
    let vault = OpenVault::from_key_text(&key_text, wrapped).unwrap();
    let text = vault.seal(&dossier).unwrap().to_text();
    std::fs::write(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/vault-v1-scrypt16.json"
        ),
        text,
    )
    .unwrap();
}
