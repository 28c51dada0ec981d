//! Browser tests for the platform layer: real localStorage in headless Chromium.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use regie::platform::storage::{self, StorageError, Stored};
use regie_core::model::Dossier;
use regie_core::vault::{passphrase, OpenVault, SealedVault};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn sealed_vault_round_trips_through_local_storage() {
    clear();
    assert_eq!(storage::load_vault(), Ok(Stored::Nothing));
    let mut dossier = Dossier::new();
    dossier.story.text = "Mijn verhaal dat nergens leesbaar mag staan".into();
    let secret = passphrase(Zeroizing::new("browser wachtzin".to_owned()));
    let (vault, sealed) = OpenVault::create(&secret, &dossier).unwrap();
    storage::save_vault(&sealed).unwrap();

    let Ok(Stored::Vault(text)) = storage::load_vault() else {
        panic!("vault not stored")
    };
    assert!(!text.contains("nergens leesbaar"));
    let read = SealedVault::from_text(&text).unwrap();
    let (_, back) = OpenVault::unlock(&read, &secret).unwrap();
    assert_eq!(back, dossier);
    drop(vault);
    clear();
}

/// A vault written by an earlier version (plain `setItem`, no JSON around it) still opens,
/// and what is written now is the sealed text itself, under the same key.
#[wasm_bindgen_test]
fn what_is_stored_keeps_its_key_and_its_shape() {
    clear();
    let secret = passphrase(Zeroizing::new("browser wachtzin".to_owned()));
    let (_vault, sealed) = OpenVault::create(&secret, &Dossier::new()).unwrap();
    let raw = LocalStorage::raw();
    raw.set_item("regie.vault", &sealed.to_text()).unwrap();
    assert_eq!(storage::load_vault(), Ok(Stored::Vault(sealed.to_text())));
    raw.set_item("regie.lang", "en").unwrap();
    assert_eq!(storage::get(storage::LANG_KEY).as_deref(), Some("en"));

    storage::save_vault(&sealed).unwrap();
    assert_eq!(raw.get_item("regie.vault").unwrap(), Some(sealed.to_text()));
    clear();
}

/// Storage that is switched off reads as such, apart from a full disk.
#[wasm_bindgen_test]
fn refusals_are_told_apart_by_name() {
    let refusal = |name: &str| {
        let error = web_sys::DomException::new_with_message_and_name("refused", name).unwrap();
        storage::classify(error.into())
    };
    assert_eq!(refusal("QuotaExceededError"), StorageError::Quota);
    assert_eq!(refusal("SecurityError"), StorageError::Unavailable);
    assert_eq!(refusal("InvalidStateError"), StorageError::Failed);
    assert_eq!(
        storage::classify(wasm_bindgen::JsValue::from_str("not an error")),
        StorageError::Failed
    );
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such_and_keeps_the_old_copy() {
    clear();
    storage::set(storage::VAULT_KEY, "last good copy").unwrap();
    // Fill the origin's localStorage until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut filled = 0;
    let refusal = loop {
        match storage::set(&format!("filler-{filled}"), &chunk) {
            Ok(()) => filled += 1,
            Err(e) => break e,
        }
        assert!(filled < 200, "localStorage never filled up");
    };
    assert_eq!(refusal, StorageError::Quota);
    // A save that does not fit fails as a whole; the previous value stays readable.
    let big = "y".repeat(2 * 1024 * 1024);
    assert_eq!(
        storage::set(storage::VAULT_KEY, &big),
        Err(StorageError::Quota)
    );
    assert_eq!(
        storage::get(storage::VAULT_KEY).as_deref(),
        Some("last good copy")
    );
    clear();
}

#[wasm_bindgen_test]
fn the_browser_names_its_languages() {
    assert!(!regie::platform::preferred_languages().is_empty());
}

/// The offline notice on the sharing screen follows the browser's online and offline events.
#[wasm_bindgen_test]
fn online_signal_follows_the_browsers_events() {
    use leptos::prelude::*;
    let owner = Owner::new();
    owner.with(|| {
        let online = regie::platform::pwa::online();
        let window = web_sys::window().unwrap();
        let fire = |name: &str| {
            window
                .dispatch_event(&web_sys::Event::new(name).unwrap())
                .unwrap();
        };
        fire("offline");
        assert!(!online.get_untracked());
        fire("online");
        assert!(online.get_untracked());
    });
}

/// The relay's refusals, as the app reads them and says them.
#[wasm_bindgen_test]
fn relay_refusals_read_as_plain_sentences() {
    use regie::platform::relay::{Errand, RelayError};
    use regie_core::catalogue::Text;
    let full = RelayError::from_answer(507, br#"{"error":"quota"}"#);
    assert_eq!(full, RelayError::Full);
    assert_eq!(full.text(Errand::Share), Text::ErrRelayFull);
    assert_eq!(full.text(Errand::Move), Text::ErrRelayFull);
    let spent = RelayError::from_answer(429, br#"{"error":"rate_limited"}"#);
    assert_eq!(spent.text(Errand::Share), Text::ErrShareBusy);
    let cross_site = RelayError::from_answer(403, b"");
    assert_eq!(cross_site, RelayError::Refused);
    assert_eq!(cross_site.text(Errand::Share), Text::ErrShareRefused);
    assert_eq!(
        RelayError::from_answer(403, br#"{"error":"wrong_code","tries_left":2}"#),
        RelayError::WrongCode(2)
    );
    let gone = RelayError::from_answer(404, br#"{"error":"gone"}"#);
    assert_eq!(gone.text(Errand::View), Text::ViewGone);
    assert_eq!(gone.text(Errand::Receive), Text::ErrMoveGone);
    assert_eq!(
        RelayError::from_answer(503, b"").text(Errand::View),
        Text::ErrViewOffline
    );
    assert_eq!(
        RelayError::from_answer(413, b"").text(Errand::Move),
        Text::ErrMoveTooLarge
    );
}

/// The viewer's first part checks a share's signature with the browser's own Ed25519: it
/// must say yes to a share the dossier signed, and no to one whose signature was bent.
#[wasm_bindgen_test]
async fn the_browser_checks_a_share_signature_as_the_core_does() {
    use regie::platform::ed25519;
    use regie_core::model::{SectionKey, Timestamp};
    use regie_core::share::{open_envelope, seal_share, ShareKey, SharePreview, ShareTerms};

    let mut dossier = Dossier::new();
    dossier.story.text = "Mijn verhaal".into();
    dossier.ensure_signing_key();
    let key = ShareKey::generate();
    let preview = SharePreview::new(
        "Anna, wijkteam",
        &dossier,
        &[SectionKey::Story],
        Timestamp(1_800_000_000_000),
        Timestamp(1_800_003_600_000),
    );
    let terms = ShareTerms {
        id: ShareTerms::new_id(),
        starts: None,
        max_opens: Some(1),
        code: true,
    };
    let sealed = seal_share(&key, &preview, &terms, &dossier).unwrap();
    let signed = open_envelope(&key, &sealed.preview).unwrap();
    let message = signed.message();
    let good = ed25519::verify(signed.signer(), signed.signature(), &message).await;
    assert_eq!(good, Some(true), "Chromium has Ed25519 in Web Crypto");
    let mut bent = signed.signature().to_vec();
    bent[10] ^= 0x20;
    assert_eq!(
        ed25519::verify(signed.signer(), &bent, &message).await,
        Some(false)
    );
    let mut other = message.clone();
    other[0] ^= 1;
    assert_eq!(
        ed25519::verify(signed.signer(), signed.signature(), &other).await,
        Some(false)
    );
    // The core agrees.
    assert_eq!(signed.verify().unwrap().preview, preview);
}

/// A viewer that stays: what the tab keeps of an opened share is in `sessionStorage` only,
/// reads back whole, and is gone once cleared.
#[wasm_bindgen_test]
fn an_opened_share_is_kept_for_the_tab_alone() {
    use regie::platform::view_session::{self, StoredView};
    view_session::clear();
    assert!(!view_session::present());
    assert!(view_session::load().is_none());
    view_session::save(&StoredView {
        link: "1.id.key".into(),
        token: "viewer-token".into(),
        expires_at: 42,
        envelope: "{}".into(),
    });
    assert!(view_session::present());
    let back = view_session::load().unwrap();
    assert_eq!(
        (back.link.as_str(), back.token.as_str(), back.expires_at),
        ("1.id.key", "viewer-token", 42)
    );
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        local.get_item("regie.view").unwrap(),
        None,
        "nothing in localStorage"
    );
    view_session::clear();
    assert!(!view_session::present());
}

/// Refusals while writing back read as sentences about the reply.
#[wasm_bindgen_test]
fn reply_refusals_read_as_plain_sentences() {
    use regie::platform::relay::{Errand, RelayError};
    use regie_core::catalogue::Text;
    let full = RelayError::from_answer(409, br#"{"error":"too_many_replies"}"#);
    assert_eq!(full, RelayError::RepliesFull);
    assert_eq!(full.text(Errand::Reply), Text::ErrRepliesFull);
    let ended = RelayError::from_answer(404, br#"{"error":"gone"}"#);
    assert_eq!(ended.text(Errand::Reply), Text::ErrReplyEnded);
    assert_eq!(
        RelayError::from_answer(413, b"").text(Errand::Reply),
        Text::ErrReplyTooLong
    );
    assert_eq!(
        RelayError::from_answer(403, br#"{"error":"replies_off"}"#).text(Errand::Reply),
        Text::ErrReplyRefused
    );
}
