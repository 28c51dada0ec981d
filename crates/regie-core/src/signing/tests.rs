use std::collections::HashSet;

use super::*;
use crate::model::Dossier;

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// RFC 8032, section 7.1, test 1.
const RFC_SECRET: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const RFC_PUBLIC: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const RFC_SIGNATURE: &str = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

fn rfc_key() -> DossierSigningKey {
    DossierSigningKey::from_seed(unhex(RFC_SECRET).try_into().unwrap())
}

#[test]
fn signs_as_rfc_8032_says() {
    let key = rfc_key();
    assert_eq!(key.signer().to_bytes().to_vec(), unhex(RFC_PUBLIC));
    assert_eq!(key.sign(b"").to_vec(), unhex(RFC_SIGNATURE));
    assert!(key.signer().verify(b"", &unhex(RFC_SIGNATURE)));
    assert!(!key.signer().verify(b"x", &unhex(RFC_SIGNATURE)));
    let mut bent = unhex(RFC_SIGNATURE);
    bent[10] ^= 1;
    assert!(!key.signer().verify(b"", &bent));
    assert!(!key.signer().verify(b"", &bent[..63]));
}

#[test]
fn a_known_key_gives_known_words() {
    // Known-answer vector, worked out apart from this code (SHA-256 of the label and the RFC
    // 8032 public key, five times ten bits): every device must give these words for this
    // key. Never edit.
    let words = rfc_key().signer().check_words();
    assert_eq!(words.to_string(), "diadeem primula recept eland maaltijd");
    // The list's ends and middle, pinned as well: a changed list gives other words.
    let list = CheckWords::list();
    assert_eq!(
        (list[0], list[511], list[1023]),
        ("bij", "zilver", "wingerd")
    );
}

#[test]
fn the_word_list_is_fixed_short_and_distinct() {
    let list = CheckWords::list();
    assert_eq!(list.len(), 1024);
    let distinct: HashSet<&str> = list.iter().copied().collect();
    assert_eq!(distinct.len(), 1024, "a word appears twice");
    assert!(!words::WORDS.contains("  ") && !words::WORDS.ends_with(' '));
    for word in &list {
        assert!(
            (3..=8).contains(&word.len()),
            "{word} is too short or too long"
        );
        assert!(
            word.bytes().all(|b| b.is_ascii_lowercase()),
            "{word} has a capital, an accent or a sign"
        );
    }
    // No word is another one with a small ending, such as "kaart" and "kaartje".
    for word in &list {
        for ending in ["je", "tje", "etje", "pje", "en", "s"] {
            if let Some(stem) = word.strip_suffix(ending) {
                assert!(!distinct.contains(stem), "{word} is {stem} + {ending}");
            }
        }
    }
}

#[test]
fn words_carry_fifty_bits_of_the_key() {
    assert_eq!(CHECK_WORD_BITS, 50);
    // 2,000 keys, 2,000 different sets of words; and every position uses many words.
    let mut seen = HashSet::new();
    let mut per_position: Vec<HashSet<&str>> = vec![HashSet::new(); CHECK_WORD_COUNT];
    for _ in 0..2_000 {
        let words = DossierSigningKey::generate().signer().check_words();
        for (i, w) in words.0.iter().enumerate() {
            per_position[i].insert(*w);
        }
        assert!(seen.insert(words.0), "two keys gave the same words");
    }
    for position in per_position {
        assert!(position.len() > 700, "{} words", position.len());
    }
}

#[test]
fn the_words_change_with_every_bit_of_the_key() {
    let key = rfc_key().signer().to_bytes();
    let words = CheckWords::of(&key);
    for bit in 0..256 {
        let mut other = key;
        other[bit / 8] ^= 1 << (bit % 8);
        assert_ne!(CheckWords::of(&other), words, "bit {bit}");
    }
}

#[test]
fn the_secret_key_is_never_printed() {
    let key = rfc_key();
    let debug = format!("{key:?}");
    assert_eq!(debug, "DossierSigningKey(<redacted>)");
    let mut dossier = Dossier::new();
    dossier.signing = Some(key);
    let secret_b64 = B64.encode(unhex(RFC_SECRET));
    assert!(!format!("{dossier:?}").contains(&secret_b64));
    assert!(!format!("{dossier:?}").contains(RFC_SECRET));
}

#[test]
fn the_key_is_stored_in_the_dossier_and_read_back() {
    let mut dossier = Dossier::new();
    assert!(dossier.signing.is_none());
    assert!(!dossier.to_json().windows(11).any(|w| w == b"signing_key"));
    assert!(dossier.ensure_signing_key());
    assert!(!dossier.ensure_signing_key(), "a key is made once");
    let json = dossier.to_json();
    let back = Dossier::from_json(&json).unwrap();
    assert_eq!(back, dossier);
    assert_eq!(
        back.signer().unwrap().check_words(),
        dossier.signer().unwrap().check_words()
    );
    assert_eq!(
        back.signing.as_ref().unwrap().seed(),
        dossier.signing.as_ref().unwrap().seed()
    );
}

#[test]
fn a_damaged_key_does_not_cost_the_dossier() {
    let mut dossier = Dossier::new();
    dossier.story.text = "Mijn verhaal".into();
    let mut value: serde_json::Value = serde_json::from_slice(&dossier.to_json()).unwrap();
    for bad in [
        serde_json::json!("niet-base64!"),
        serde_json::json!("AAAA"),
        serde_json::json!(42),
        serde_json::json!(null),
    ] {
        value["signing_key"] = bad;
        let back = Dossier::from_json(&serde_json::to_vec(&value).unwrap()).unwrap();
        assert_eq!(back.story.text, "Mijn verhaal");
        assert!(back.signing.is_none());
    }
}

// Old dossiers get a key; backups and moves keep it.

const FIXTURE_DOSSIER: &[u8] = include_bytes!("../../tests/data/dossier-v1.json");
const FIXTURE_BACKUP_V1: &[u8] = include_bytes!("../../tests/data/backup-v1.json");
const FIXTURE_BACKUP_V2: &[u8] = include_bytes!("../../tests/data/backup-v2.age");
const FIXTURE_VAULT: &str = include_str!("../../tests/data/vault-v1-scrypt16.json");
const FIXTURE_PASSPHRASE: &str = "fiets regen koffie tuin";

fn pass() -> age::secrecy::SecretString {
    age::secrecy::SecretString::from(FIXTURE_PASSPHRASE.to_owned())
}

/// The dossier read back, given a key as the app does on the next unlock, and what it holds
/// besides is unchanged.
fn gets_a_key(mut dossier: Dossier) {
    let before = dossier.clone();
    assert!(
        dossier.signing.is_none(),
        "stored before shares were signed"
    );
    assert!(dossier.ensure_signing_key());
    assert_eq!(
        Dossier {
            signing: None,
            ..dossier.clone()
        },
        before,
        "nothing else changes"
    );
    let again = Dossier::from_json(&dossier.to_json()).unwrap();
    assert_eq!(again.signer(), dossier.signer(), "the key is kept");
}

#[test]
fn dossiers_and_backups_from_before_get_a_key() {
    gets_a_key(Dossier::from_json(FIXTURE_DOSSIER).unwrap());
    gets_a_key(
        crate::backup::Backup::from_json(FIXTURE_BACKUP_V1)
            .unwrap()
            .dossier,
    );
    let plain = crate::vault::decrypt_with_passphrase(FIXTURE_BACKUP_V2, &pass()).unwrap();
    let backup = crate::backup_archive::BackupReader::open(&plain[..])
        .unwrap()
        .read_all()
        .unwrap();
    gets_a_key(backup.dossier);
    let sealed = crate::vault::SealedVault::from_text(FIXTURE_VAULT).unwrap();
    let (_, dossier) = crate::vault::OpenVault::unlock(&sealed, &pass()).unwrap();
    gets_a_key(dossier);
}

fn signed_dossier() -> Dossier {
    let mut dossier = Dossier::from_json(FIXTURE_DOSSIER).unwrap();
    dossier.ensure_signing_key();
    dossier
}

#[test]
fn both_backup_formats_keep_the_words() {
    use crate::backup::Backup;
    use crate::backup_archive::{ArchiveWriter, BackupReader};
    let dossier = signed_dossier();
    let words = dossier.signer().unwrap().check_words();
    // Version 1: the dossier and its documents in one JSON.
    let backup = Backup {
        created: None,
        dossier: dossier.clone(),
        documents: Vec::new(),
    };
    let back = Backup::from_json(&backup.to_json()).unwrap();
    assert_eq!(back.dossier.signer().unwrap().check_words(), words);
    assert_eq!(back.dossier.signing, dossier.signing);
    // Version 2: a tar archive with dossier.json.
    let writer = ArchiveWriter::new(Vec::new(), crate::model::Timestamp(0), &dossier, &[]).unwrap();
    let tar = writer.finish().unwrap();
    let back = BackupReader::open(&tar[..]).unwrap().read_all().unwrap();
    assert_eq!(back.dossier.signer().unwrap().check_words(), words);
}

#[test]
fn a_move_keeps_the_words() {
    use crate::share::ShareKey;
    use crate::transfer::{open_package, seal_package, MovePackage};
    use crate::vault::{OpenVault, SealedVault};
    let dossier = signed_dossier();
    let words = dossier.signer().unwrap().check_words();
    let (_, sealed) = OpenVault::create(&pass(), &dossier).unwrap();
    let package = MovePackage {
        vault: sealed.to_text(),
        documents: Vec::new(),
    };
    let key = ShareKey::generate();
    let arrived = open_package(&key, &seal_package(&key, &package).unwrap()).unwrap();
    let stored = SealedVault::from_text(&arrived.vault).unwrap();
    let (_, opened) = OpenVault::unlock(&stored, &pass()).unwrap();
    assert_eq!(opened.signer().unwrap().check_words(), words);
}
