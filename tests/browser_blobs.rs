//! Browser tests for the document store: real IndexedDB in headless Chromium.
#![cfg(target_arch = "wasm32")]

use regie::platform::blobs;
use regie_core::model::Dossier;
use regie_core::vault::{passphrase, OpenVault};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn clear() {
    for id in blobs::ids().await.unwrap() {
        blobs::delete(&id).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn ciphertext_round_trips_and_is_listed() {
    clear().await;
    assert_eq!(blobs::ids().await.unwrap(), Vec::<String>::new());
    assert_eq!(blobs::get("d-missing").await.unwrap(), None);

    let secret = passphrase(Zeroizing::new("browser wachtzin".to_owned()));
    let (vault, _) = OpenVault::create(&secret, &Dossier::new()).unwrap();
    let photo: Vec<u8> = (0..3 * 1024 * 1024u32)
        .map(|i| (i * 7 % 251) as u8)
        .collect();
    let sealed = vault.seal_bytes(&photo).unwrap();
    blobs::put("d-1", &sealed).await.unwrap();
    blobs::put("d-2", b"age-encryption.org/v1 second")
        .await
        .unwrap();

    let back = blobs::get("d-1").await.unwrap().expect("stored");
    assert_eq!(back, sealed);
    assert_eq!(vault.open_bytes(&back).unwrap(), photo);
    let mut ids = blobs::ids().await.unwrap();
    ids.sort();
    assert_eq!(ids, ["d-1", "d-2"]);
    clear().await;
}

#[wasm_bindgen_test]
async fn put_replaces_and_delete_is_idempotent() {
    clear().await;
    blobs::put("d-1", b"first").await.unwrap();
    blobs::put("d-1", b"second").await.unwrap();
    assert_eq!(
        blobs::get("d-1").await.unwrap().as_deref(),
        Some(&b"second"[..])
    );
    blobs::delete("d-1").await.unwrap();
    blobs::delete("d-1").await.unwrap();
    assert_eq!(blobs::get("d-1").await.unwrap(), None);
    assert!(blobs::ids().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn empty_values_and_odd_ids_are_kept_apart() {
    clear().await;
    blobs::put("", b"").await.unwrap();
    blobs::put("d-ü/é", &[0, 1, 2]).await.unwrap();
    assert_eq!(blobs::get("").await.unwrap(), Some(Vec::new()));
    assert_eq!(blobs::get("d-ü/é").await.unwrap(), Some(vec![0, 1, 2]));
    assert_eq!(blobs::ids().await.unwrap().len(), 2);
    clear().await;
}

#[wasm_bindgen_test]
async fn stored_values_are_the_ciphertext_not_the_plaintext() {
    clear().await;
    let secret = passphrase(Zeroizing::new("browser wachtzin".to_owned()));
    let (vault, _) = OpenVault::create(&secret, &Dossier::new()).unwrap();
    let plain = b"BESCHIKKING-WMO-LEESBAAR".repeat(100);
    blobs::put("d-1", &vault.seal_bytes(&plain).unwrap())
        .await
        .unwrap();
    let stored = blobs::get("d-1").await.unwrap().unwrap();
    assert!(stored.starts_with(b"age-encryption.org/v1\n"));
    assert!(!stored.windows(11).any(|w| w == b"BESCHIKKING"));
    clear().await;
}
