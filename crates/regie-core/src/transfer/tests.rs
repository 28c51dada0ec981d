use super::*;
use crate::api::is_age_file;
use crate::model::Dossier;
use crate::share::{LinkError, ShareKey};
use crate::vault::OpenVault;
use crate::vault::SealedVault;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;

const ID: &str = "AbCdEfGhIjKlMnOpQrStUw";

fn vault_text() -> (OpenVault, String) {
    let secret = crate::vault::passphrase(zeroize::Zeroizing::new(
        "fiets regen koffie tuin".to_owned(),
    ));
    let mut dossier = Dossier::new();
    dossier.story.text = "Mijn verhaal".into();
    let (vault, sealed) = OpenVault::create(&secret, &dossier).unwrap();
    (vault, sealed.to_text())
}

fn package() -> (OpenVault, MovePackage) {
    let (vault, text) = vault_text();
    let documents = vec![
        MovedDocument {
            id: "doc-1".into(),
            data: vault.seal_bytes(b"a photo of a letter").unwrap(),
        },
        MovedDocument {
            id: "doc-2".into(),
            data: vault.seal_bytes(&[0u8; 70_000]).unwrap(),
        },
    ];
    (
        vault,
        MovePackage {
            vault: text,
            documents,
        },
    )
}

fn seal_json(key: &ShareKey, json: &serde_json::Value) -> Vec<u8> {
    key.seal(&serde_json::to_vec(json).unwrap()).unwrap()
}

#[test]
fn a_package_round_trips_and_still_opens_with_the_passphrase() {
    let (vault, package) = package();
    let key = ShareKey::generate();
    let sealed = seal_package(&key, &package).unwrap();
    assert!(is_age_file(&sealed));
    let opened = open_package(&key, &sealed).unwrap();
    assert_eq!(opened, package);
    // What arrives is the very vault: the passphrase opens it, the documents decrypt.
    let stored = SealedVault::from_text(&opened.vault).unwrap();
    let secret = crate::vault::passphrase(zeroize::Zeroizing::new(
        "fiets regen koffie tuin".to_owned(),
    ));
    let (moved, dossier) = OpenVault::unlock(&stored, &secret).unwrap();
    assert_eq!(dossier.story.text, "Mijn verhaal");
    assert_eq!(
        moved.open_bytes(&opened.documents[0].data).unwrap(),
        b"a photo of a letter"
    );
    drop(vault);
}

#[test]
fn the_package_holds_nothing_readable() {
    let (_, package) = package();
    let key = ShareKey::generate();
    let sealed = seal_package(&key, &package).unwrap();
    let text = String::from_utf8_lossy(&sealed);
    assert!(!text.contains("regie-move"));
    assert!(!text.contains("doc-1"));
}

#[test]
fn another_key_does_not_open_it() {
    let (_, package) = package();
    let sealed = seal_package(&ShareKey::generate(), &package).unwrap();
    assert_eq!(
        open_package(&ShareKey::generate(), &sealed),
        Err(MoveError::WrongKey)
    );
    assert_eq!(
        open_package(&ShareKey::generate(), b"not age at all"),
        Err(MoveError::Corrupt)
    );
}

#[test]
fn damaged_or_foreign_packages_are_refused() {
    let key = ShareKey::generate();
    let (vault, text) = vault_text();
    let doc = B64.encode(vault.seal_bytes(b"x").unwrap());
    let cases = [
        serde_json::json!({"format":"other","v":1,"vault":text,"documents":[]}),
        serde_json::json!({"format":"regie-move","vault":text,"documents":[]}),
        serde_json::json!({"format":"regie-move","v":1,"vault":"{}","documents":[]}),
        serde_json::json!({"format":"regie-move","v":1,"vault":text,
            "documents":[{"id":"a","data":"not base64!"}]}),
        serde_json::json!({"format":"regie-move","v":1,"vault":text,
            "documents":[{"id":"a","data":B64.encode(b"plain")}]}),
        serde_json::json!({"format":"regie-move","v":1,"vault":text,
            "documents":[{"id":"","data":doc}]}),
        serde_json::json!({"format":"regie-move","v":1,"vault":text,
            "documents":[{"id":"a","data":doc},{"id":"a","data":doc}]}),
    ];
    for json in cases {
        assert_eq!(
            open_package(&key, &seal_json(&key, &json)),
            Err(MoveError::Corrupt),
            "{json}"
        );
    }
    let ok = serde_json::json!({"format":"regie-move","v":1,"vault":text,
        "documents":[{"id":"a","data":doc}]});
    assert!(open_package(&key, &seal_json(&key, &ok)).is_ok());
}

#[test]
fn a_newer_package_or_vault_says_so() {
    let key = ShareKey::generate();
    let (_, text) = vault_text();
    let newer = serde_json::json!({"format":"regie-move","v":2,"vault":text,"documents":[]});
    assert_eq!(
        open_package(&key, &seal_json(&key, &newer)),
        Err(MoveError::UnsupportedVersion)
    );
    let mut vault: serde_json::Value = serde_json::from_str(&text).unwrap();
    vault["version"] = 9.into();
    let newer_vault = serde_json::json!({"format":"regie-move","v":1,
        "vault":vault.to_string(),"documents":[]});
    assert_eq!(
        open_package(&key, &seal_json(&key, &newer_vault)),
        Err(MoveError::UnsupportedVersion)
    );
}

#[test]
fn the_link_round_trips_with_the_key_in_the_fragment() {
    let link = MoveLink {
        id: ID.into(),
        key: ShareKey::generate(),
    };
    let url = link.to_url("https://regie.example.nl/");
    let (before, fragment) = url.split_once('#').unwrap();
    assert_eq!(before, "https://regie.example.nl/");
    assert!(fragment.starts_with("move=1.AbCdEfGhIjKlMnOpQrStUw."));
    assert!(MoveLink::is_move_link(&url));
    let parsed = MoveLink::parse(&url).unwrap();
    assert_eq!(parsed.id, ID);
    assert_eq!(parsed.key.to_link_part(), link.key.to_link_part());
    assert_eq!(MoveLink::parse(fragment).unwrap().id, ID);
    assert_eq!(MoveLink::parse(&format!("#{fragment}")).unwrap().id, ID);
    assert!(!format!("{parsed:?}").contains(&link.key.to_link_part()));
    // Short enough for a QR code a cheap camera reads.
    assert!(crate::share::qr_svg(&url).is_some());
}

#[test]
fn broken_links_say_what_is_wrong() {
    let good = MoveLink {
        id: ID.into(),
        key: ShareKey::generate(),
    }
    .to_url("http://127.0.0.1:8080");
    let fragment = good.split_once('#').unwrap().1.to_owned();
    assert_eq!(
        MoveLink::parse("http://x/#move=").unwrap_err(),
        LinkError::Empty
    );
    assert_eq!(
        MoveLink::parse("http://x/#1.a.b").unwrap_err(),
        LinkError::Empty
    );
    assert!(!MoveLink::is_move_link("http://x/v#1.a.b"));
    assert_eq!(
        MoveLink::parse(&fragment.replacen("move=1.", "move=2.", 1)).unwrap_err(),
        LinkError::UnknownVersion
    );
    assert_eq!(
        MoveLink::parse(&fragment.replacen("AbCd", "Ab", 1)).unwrap_err(),
        LinkError::BadId
    );
    assert_eq!(
        MoveLink::parse(&fragment[..fragment.len() - 3]).unwrap_err(),
        LinkError::BadKey
    );
    assert_eq!(
        MoveLink::parse(&format!("{fragment}.extra")).unwrap_err(),
        LinkError::Malformed
    );
    assert_eq!(
        MoveLink::parse(&format!("move=1.{}", "x".repeat(300))).unwrap_err(),
        LinkError::Malformed
    );
}

#[test]
fn typed_codes_are_read_forgivingly_but_strictly() {
    assert_eq!(read_code("482913").unwrap(), "482913");
    assert_eq!(read_code(" 482 913 ").unwrap(), "482913");
    assert_eq!(read_code("482-913").unwrap(), "482913");
    assert_eq!(read_code("").unwrap_err(), CodeError::Empty);
    assert_eq!(read_code("   ").unwrap_err(), CodeError::Empty);
    assert_eq!(read_code("48291").unwrap_err(), CodeError::WrongLength);
    assert_eq!(read_code("4829130").unwrap_err(), CodeError::WrongLength);
    assert_eq!(read_code("48291O").unwrap_err(), CodeError::NotDigits);
    // Other scripts' digits are not ours.
    assert_eq!(read_code("٤٨٢٩١٣").unwrap_err(), CodeError::NotDigits);
}

#[test]
fn codes_are_shown_in_two_groups() {
    assert_eq!(group_code("482913"), "482 913");
    assert_eq!(group_code("000001"), "000 001");
    assert_eq!(group_code("12"), "12");
}

#[test]
fn codes_are_drawn_without_bias() {
    assert_eq!(code_from_random(0).unwrap(), "000000");
    assert_eq!(code_from_random(1_000_123).unwrap(), "000123");
    let limit = u32::MAX - (u32::MAX % 1_000_000);
    assert_eq!(code_from_random(limit - 1).unwrap(), "999999");
    assert_eq!(code_from_random(limit), None);
    assert_eq!(code_from_random(u32::MAX), None);
}

#[test]
fn the_countdown_reads_minutes_and_seconds() {
    assert_eq!(countdown(0, 600_000).unwrap(), "10:00");
    assert_eq!(countdown(1, 600_000).unwrap(), "10:00");
    assert_eq!(countdown(2_000, 600_000).unwrap(), "9:58");
    assert_eq!(countdown(599_500, 600_000).unwrap(), "0:01");
    assert_eq!(countdown(600_000, 600_000), None);
}

#[test]
fn the_wire_format_is_stable() {
    assert_eq!(
        serde_json::to_string(&WrongCode::new(3)).unwrap(),
        r#"{"error":"wrong_code","tries_left":3}"#
    );
    assert_eq!(
        receive_path(ID),
        "/api/transfers/AbCdEfGhIjKlMnOpQrStUw/receive"
    );
    assert_eq!(
        cancel_path(ID),
        "/api/transfers/AbCdEfGhIjKlMnOpQrStUw/cancel"
    );
}

#[test]
fn what_is_kept_aside_says_which_dossier_opens() {
    assert_eq!(KeptAside::of(Some("old"), None), KeptAside::Nothing);
    assert_eq!(KeptAside::of(None, None), KeptAside::Nothing);
    // Closed after keeping the old aside, before the new vault was written.
    assert_eq!(
        KeptAside::of(Some("old"), Some("old")),
        KeptAside::Unfinished
    );
    assert_eq!(KeptAside::of(None, Some("old")), KeptAside::Unfinished);
    assert_eq!(
        KeptAside::of(Some("new"), Some("old")),
        KeptAside::AwaitingFirstUnlock
    );
}

#[test]
fn a_document_kept_aside_finds_its_way_back() {
    let id = "3f2a9c";
    assert_eq!(from_aside(&aside_id(id)), Some(id));
    assert_eq!(from_aside(id), None);
}
