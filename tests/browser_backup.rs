//! Browser tests for streaming backups: the export and restore jobs, the blob the ciphertext
//! collects in, and the file a restore reads, in headless Chromium. The worker's loader is not
//! served here, so these run the jobs on the page, the path a browser without the worker takes.
#![cfg(target_arch = "wasm32")]

use age::secrecy::SecretString;
use regie::platform::backup_stream::{ExportStream, Opener, RestoreStream};
use regie_core::model::{DocumentRef, Dossier, EntryId, Timestamp};
use regie_core::recovery::{Card, HelperPlan};
use regie_core::vault::OpenVault;
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "browser wachtzin lang";

fn pass() -> Zeroizing<String> {
    Zeroizing::new(PASSPHRASE.to_owned())
}

fn document(id: &str, name: &str, size: usize) -> DocumentRef {
    DocumentRef {
        id: EntryId::new(id),
        name: name.into(),
        mime: "application/pdf".into(),
        size: size as u64,
        added: Timestamp(1_763_000_000_000),
        note: String::new(),
        date: None,
        thumb: String::new(),
    }
}

async fn blob_bytes(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

fn as_file(blob: &web_sys::Blob) -> web_sys::File {
    web_sys::File::new_with_blob_sequence(&js_sys::Array::of1(blob), "backup.age").unwrap()
}

#[wasm_bindgen_test]
async fn a_backup_streams_out_into_a_blob_and_back_document_by_document() {
    let first: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    let second = b"%PDF-1.4 klein".to_vec();
    let mut dossier = Dossier::new();
    dossier.story.text = "Mijn verhaal".into();
    dossier.documents.files = vec![
        document("d1", "Beschikking", first.len()),
        document("d2", "Brief", second.len()),
    ];
    let ids = [EntryId::new("d1"), EntryId::new("d2")];
    let created = Timestamp(1_763_812_800_000);
    // Helpers 2 of 3: the same archive also goes into a recovery copy.
    let (mut vault, _) =
        OpenVault::create(&SecretString::from(PASSPHRASE.to_owned()), &dossier).unwrap();
    let cards = vault.make_cards(HelperPlan::new(3, 2).unwrap()).unwrap();
    let lock = vault.copy_lock().map(|l| l.to_text());
    let mut stream = ExportStream::open(pass(), lock, &dossier, created, &ids)
        .await
        .unwrap();
    stream
        .add(&ids[0], Zeroizing::new(first.clone()))
        .await
        .unwrap();
    stream
        .add(&ids[1], Zeroizing::new(second.clone()))
        .await
        .unwrap();
    let made = stream.finish().await.unwrap();
    let blob = made.backup;
    let bytes = blob_bytes(&blob).await;
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    assert!(bytes.len() > first.len());

    let file = as_file(&blob);
    let checked = RestoreStream::check(&file, pass()).await.unwrap();
    assert_eq!(checked.dossier, dossier);
    assert_eq!(checked.created, Some(created));
    let (mut restore, _) = RestoreStream::open(&file, Opener::Passphrase(pass()))
        .await
        .unwrap();
    let one = restore.next().await.unwrap().unwrap();
    assert_eq!((one.id.as_str(), one.data == first), ("d1", true));
    let two = restore.next().await.unwrap().unwrap();
    assert_eq!((two.id.as_str(), two.data), ("d2", second.clone()));
    assert!(restore.next().await.unwrap().is_none());

    // The recovery copy: the same archive, opened with the key that two cards give.
    let copy = made.copy.expect("a copy beside the backup");
    let copy_bytes = blob_bytes(&copy).await;
    assert!(copy_bytes.starts_with(b"regie-herstelkopie 1\n"));
    let wrap = regie_core::vault::read_copy_head(&mut &copy_bytes[..]).unwrap();
    let mut gathered = wrap.gathering();
    for card in &cards[1..] {
        gathered.add(Card::read(&card.words()).unwrap()).unwrap();
    }
    let key = wrap.open_key(&gathered).unwrap();
    let opener = Opener::Copy(key.secret_text());
    let (mut restore, opened) = RestoreStream::open(&as_file(&copy), opener).await.unwrap();
    assert_eq!(opened.dossier, dossier);
    let one = restore.next().await.unwrap().unwrap();
    assert_eq!((one.id.as_str(), one.data == first), ("d1", true));
    let two = restore.next().await.unwrap().unwrap();
    assert_eq!((two.id.as_str(), two.data), ("d2", second));
    assert!(restore.next().await.unwrap().is_none());

    // The wrong passphrase, and a cut file, are refused before anything is handed out.
    let wrong = RestoreStream::check(&file, Zeroizing::new("niet deze wachtzin".into())).await;
    assert_eq!(
        wrong.err(),
        Some(regie_core::catalogue::Text::ErrImportWrongPassphrase)
    );
    let cut = blob
        .slice_with_i32_and_i32(0, (bytes.len() / 2) as i32)
        .unwrap()
        .unchecked_into::<web_sys::Blob>();
    assert_eq!(
        RestoreStream::check(&as_file(&cut), pass()).await.err(),
        Some(regie_core::catalogue::Text::ErrImportDamaged)
    );
}

#[wasm_bindgen_test]
async fn without_helpers_there_is_no_recovery_copy() {
    let dossier = Dossier::new();
    let stream = ExportStream::open(pass(), None, &dossier, Timestamp(1_763_812_800_000), &[])
        .await
        .unwrap();
    let made = stream.finish().await.unwrap();
    assert!(made.copy.is_none());
    assert!(blob_bytes(&made.backup)
        .await
        .starts_with(b"age-encryption.org/v1\n-> scrypt "));
}
