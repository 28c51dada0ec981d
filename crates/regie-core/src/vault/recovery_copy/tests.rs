use std::io::{Cursor, Read, Write};

use age::secrecy::SecretString;

use super::*;
use crate::backup_archive::{ArchiveWriter, BackupReader};
use crate::model::{DocumentRef, Dossier, EntryId, Timestamp};
use crate::recovery::{Card, GatherProblem, HelperPlan};
use crate::vault::{recover_key, SealedVault};

const PASSPHRASE: &str = "lange wachtzin hier";
const CREATED: Timestamp = Timestamp(1_763_812_800_000);
const LETTER: &[u8] = b"%PDF-1.4 beschikking\n";

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn sample() -> Dossier {
    let mut d = Dossier::new();
    d.about.name = "Samira de Vries".into();
    d.story.text = "Ik woon sinds maart in Utrecht.".into();
    d.documents.files.push(DocumentRef {
        id: EntryId::new("doc-brief"),
        name: "Beschikking".into(),
        mime: "application/pdf".into(),
        size: LETTER.len() as u64,
        added: CREATED,
        note: String::new(),
        date: None,
        thumb: String::new(),
    });
    d
}

/// A vault with helpers 2 of 3 and its cards.
fn with_helpers() -> (OpenVault, Vec<Card>) {
    let (mut vault, _) = OpenVault::create(&pass(PASSPHRASE), &sample()).unwrap();
    let cards = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    (vault, cards)
}

/// A recovery copy of [`sample`] with its letter, as the backup worker writes it.
fn copy_of(vault: &OpenVault) -> Vec<u8> {
    let lock = CopyLock::from_text(&vault.copy_lock().unwrap().to_text()).unwrap();
    let stream = copy_encrypting(Vec::new(), &lock).unwrap();
    let ids = [EntryId::new("doc-brief")];
    let mut writer = ArchiveWriter::new(stream, CREATED, &sample(), &ids).unwrap();
    writer.add(&ids[0], LETTER).unwrap();
    let mut stream = writer.finish().unwrap();
    stream.flush().unwrap();
    stream.finish().unwrap()
}

fn gather(wrap: &RecoveryWrap, cards: &[&Card]) -> Gathered {
    let mut gathered = wrap.gathering();
    for card in cards {
        gathered.add(Card::read(&card.words()).unwrap()).unwrap();
    }
    gathered
}

/// Opens a copy with cards, as a restore on a wiped browser does: the dossier and documents.
fn open_copy(file: &[u8], cards: &[&Card]) -> Result<(Dossier, Vec<Vec<u8>>), RecoverError> {
    let mut file = Cursor::new(file);
    let wrap = read_copy_head(&mut file).unwrap();
    let key = wrap.open_key(&gather(&wrap, cards))?;
    let plain = copy_decrypting(file, &key).unwrap();
    let mut reader = BackupReader::open(plain).unwrap();
    let dossier = reader.dossier().clone();
    let mut documents = Vec::new();
    while let Some(doc) = reader.next_document().unwrap() {
        documents.push(doc.data);
    }
    Ok((dossier, documents))
}

#[test]
fn two_cards_open_a_recovery_copy_with_its_documents() {
    let (vault, cards) = with_helpers();
    let file = copy_of(&vault);
    assert!(is_copy(&file));
    let (dossier, documents) = open_copy(&file, &[&cards[0], &cards[2]]).unwrap();
    assert_eq!(dossier.about.name, "Samira de Vries");
    assert_eq!(documents, vec![LETTER.to_vec()]);
    // Any two of the three.
    assert!(open_copy(&file, &[&cards[2], &cards[1]]).is_ok());
}

#[test]
fn the_copy_and_its_lock_carry_no_secret() {
    let (vault, _) = with_helpers();
    let lock = vault.copy_lock().unwrap().to_text();
    assert!(!lock.contains("AGE-SECRET-KEY"));
    let file = copy_of(&vault);
    let text = String::from_utf8_lossy(&file);
    assert!(!text.contains("AGE-SECRET-KEY"));
    assert!(!text.contains("Samira"));
    // The age file after the head is an X25519 file, not one a passphrase opens.
    let mut cursor = Cursor::new(&file[..]);
    read_copy_head(&mut cursor).unwrap();
    let rest = &file[cursor.position() as usize..];
    assert!(rest.starts_with(b"age-encryption.org/v1\n-> X25519 "));
}

#[test]
fn a_vault_without_helpers_has_no_copy() {
    let (vault, _) = OpenVault::create(&pass(PASSPHRASE), &sample()).unwrap();
    assert!(vault.copy_lock().is_none());
}

#[test]
fn one_card_alone_opens_nothing_and_a_foreign_card_is_refused() {
    let (vault, cards) = with_helpers();
    let file = copy_of(&vault);
    assert_eq!(
        open_copy(&file, &[&cards[1]]).unwrap_err(),
        RecoverError::NotEnoughCards { have: 1, need: 2 }
    );
    let (_, foreign) = with_helpers();
    let wrap = read_copy_head(&mut Cursor::new(&file[..])).unwrap();
    let mut gathered = wrap.gathering();
    assert_eq!(
        gathered.add(Card::read(&foreign[0].words()).unwrap()),
        Err(GatherProblem::NotThisDossier)
    );
}

#[test]
fn a_copy_opens_with_the_cards_of_its_time() {
    let (mut vault, old_cards) = with_helpers();
    let old_copy = copy_of(&vault);
    let new_cards = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    let new_copy = copy_of(&vault);
    assert!(open_copy(&old_copy, &[&old_cards[0], &old_cards[1]]).is_ok());
    assert!(open_copy(&new_copy, &[&new_cards[0], &new_cards[1]]).is_ok());
    let old_wrap = read_copy_head(&mut Cursor::new(&old_copy[..])).unwrap();
    let mut gathered = old_wrap.gathering();
    assert_eq!(
        gathered.add(Card::read(&new_cards[0].words()).unwrap()),
        Err(GatherProblem::NotThisDossier)
    );
}

#[test]
fn after_a_restore_with_cards_the_same_cards_open_the_new_key() {
    let (vault, cards) = with_helpers();
    let file = copy_of(&vault);
    let wrap = read_copy_head(&mut Cursor::new(&file[..])).unwrap();
    let gathered = gather(&wrap, &[&cards[0], &cards[1]]);
    // The restored dossier gets a new key under a new passphrase, and takes the helpers over.
    let (mut restored, _) = OpenVault::create(&pass("nieuwe wachtzin erbij"), &sample()).unwrap();
    restored.adopt_cards(&wrap, &gathered).unwrap();
    let sealed = SealedVault::from_text(&restored.seal(&sample()).unwrap().to_text()).unwrap();
    let stored_wrap = sealed.recovery().unwrap();
    assert_eq!(stored_wrap.set(), wrap.set());
    let again = gather(stored_wrap, &[&cards[1], &cards[2]]);
    let key = recover_key(&sealed, &again).unwrap();
    assert_eq!(&key.secret_text()[..], &restored.key_text()[..]);
    assert_ne!(&key.secret_text()[..], &vault.key_text()[..]);
}

#[test]
fn adopting_refuses_cards_that_do_not_open_the_copy() {
    let (vault, cards) = with_helpers();
    let file = copy_of(&vault);
    let wrap = read_copy_head(&mut Cursor::new(&file[..])).unwrap();
    let (mut restored, _) = OpenVault::create(&pass("nieuwe wachtzin erbij"), &sample()).unwrap();
    let one = gather(&wrap, &[&cards[0]]);
    assert_eq!(
        restored.adopt_cards(&wrap, &one),
        Err(RecoverError::NotEnoughCards { have: 1, need: 2 })
    );
    assert!(restored.recovery().is_none());
}

#[test]
fn heads_that_are_not_copies_are_told_apart() {
    let backup = crate::vault::encrypt_with_passphrase(b"{}", &pass(PASSPHRASE)).unwrap();
    assert!(!is_copy(&backup));
    assert_eq!(
        read_copy_head(&mut Cursor::new(&backup[..])).unwrap_err(),
        CopyError::NotACopy
    );
    let (vault, _) = with_helpers();
    let file = copy_of(&vault);
    let newer = [b"regie-herstelkopie 2".as_slice(), &file[20..]].concat();
    assert_eq!(
        read_copy_head(&mut Cursor::new(&newer[..])).unwrap_err(),
        CopyError::Newer
    );
    let cut = file.iter().position(|b| *b == b'\n').unwrap() + 10;
    let mut damaged = file.clone();
    damaged[cut] ^= 0x20;
    assert_eq!(
        read_copy_head(&mut Cursor::new(&damaged[..])).unwrap_err(),
        CopyError::Damaged
    );
    let endless = [b"regie-herstelkopie 1\n".as_slice(), &[b'a'; 5000]].concat();
    assert_eq!(
        read_copy_head(&mut Cursor::new(&endless[..])).unwrap_err(),
        CopyError::Damaged
    );
}

#[test]
fn a_backup_key_does_not_open_another_dossiers_copy() {
    let (vault, _) = with_helpers();
    let file = copy_of(&vault);
    let mut cursor = Cursor::new(&file[..]);
    read_copy_head(&mut cursor).unwrap();
    let other = crate::vault::DossierKey::generate();
    let mut plain = Vec::new();
    let opened = copy_decrypting(cursor, &other).map(|mut r| r.read_to_end(&mut plain));
    assert!(matches!(opened, Err(UnlockError::WrongPassphrase)));
}

/// A recovery copy as Regie wrote it, version 1 (the dossier of [`sample`] with its letter),
/// and the words of two of its cards, one a line. Made by `write_copy_fixture`.
const COPY_V1: &[u8] = include_bytes!("../../../tests/data/recovery-copy-v1.age");
const COPY_V1_CARDS: &str = include_str!("../../../tests/data/recovery-copy-v1-cards.txt");

#[test]
fn the_stored_copy_fixture_opens_with_its_cards() {
    let cards: Vec<Card> = COPY_V1_CARDS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|words| Card::read(words).unwrap())
        .collect();
    let (dossier, documents) = open_copy(COPY_V1, &cards.iter().collect::<Vec<_>>()).unwrap();
    assert_eq!(dossier, sample());
    assert_eq!(documents, [LETTER.to_vec()]);
}

/// Writes the copy fixture; run once, by hand, when the format is new.
#[test]
#[ignore = "writes tests/data/recovery-copy-v1.age and its cards"]
fn write_copy_fixture() {
    let (vault, cards) = with_helpers();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");
    std::fs::write(format!("{dir}recovery-copy-v1.age"), copy_of(&vault)).unwrap();
    let words = format!("{}\n{}\n", &*cards[1].words(), &*cards[2].words());
    std::fs::write(format!("{dir}recovery-copy-v1-cards.txt"), words).unwrap();
}
