//! Moving the dossier to a new phone, through the relay.
//!
//! The old phone packs what it stores, as it stores it: the vault text (already sealed under
//! the passphrase) and every document's ciphertext (already encrypted to the dossier key).
//! That *package* is sealed once more with age, to a fresh one-time X25519 key, and handed to
//! the relay. The relay answers with a transfer id and a six-digit *code*; it keeps the code
//! only as a salted hash.
//!
//! Link: `<origin>/#move=1.<transfer id>.<key>` — id and key as in a share link
//! ([`crate::share`]); the key stays in the `#fragment`, which browsers never send.
//!
//! The new phone opens the link, the person types the code, and the relay hands the sealed
//! package out once: after [`MAX_CODE_TRIES`] wrong codes, after one release, or
//! [`TRANSFER_LIFETIME_SECS`] after creation, it is gone, and every one of these answers the
//! same 404. The new phone then asks for the passphrase, as with any stored dossier.
//!
//! Package (the plaintext of the age file), JSON, version 1:
//!
//! ```json
//! {"format":"regie-move","v":1,
//!  "vault":"<the stored vault text>",
//!  "documents":[{"id":"<document id>","data":"<standard base64 of its age file>"}]}
//! ```
//!
//! Relay API:
//!
//! | route                                | request                      | success                   | failure                        |
//! |--------------------------------------|------------------------------|---------------------------|--------------------------------|
//! | `POST /api/transfers`                | raw age file (the package)   | 201 [`TransferCreated`]   | 400, 413, 429                  |
//! | `POST /api/transfers/{id}/receive`   | [`ReceiveTransfer`] JSON     | 200 raw age file, deleted | 403 [`WrongCode`], 404, 429    |
//! | `POST /api/transfers/{id}/cancel`    | `Authorization: Bearer <t>`  | 204                       | 404                            |

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::api::{is_age_file, ErrorCode};
use crate::share::{read_link_parts, LinkError, ShareError, ShareKey, LINK_VERSION};
use crate::vault::{SealError, SealedVault, UnlockError};

/// Where the transfer API lives.
pub const TRANSFERS_PATH: &str = "/api/transfers";
/// A transfer lives ten minutes at most: long enough to pick up a second phone and type a
/// code, short enough that a forgotten one is soon gone.
pub const TRANSFER_LIFETIME_SECS: u64 = 600;
/// Wrong codes allowed before the relay deletes the transfer. With six digits a guesser has
/// five chances in a million.
pub const MAX_CODE_TRIES: u32 = 5;
/// The code's length in digits.
pub const CODE_DIGITS: usize = 6;
/// What starts a moving link's fragment, before the link format version.
pub const MOVE_FRAGMENT_PREFIX: &str = "move=";
/// The package format version this build writes and reads.
pub const PACKAGE_VERSION: u32 = 1;
const PACKAGE_FORMAT: &str = "regie-move";
/// Longer than any link we make; anything longer is not ours.
const MAX_FRAGMENT_LEN: usize = 200;
/// Document ids are short generated strings; this only keeps nonsense out.
const MAX_DOCUMENT_ID_LEN: usize = 100;

/// Path that releases a transfer to whoever knows the code.
pub fn receive_path(id: &str) -> String {
    format!("{TRANSFERS_PATH}/{id}/receive")
}

/// Path that cancels a transfer (needs the cancel token).
pub fn cancel_path(id: &str) -> String {
    format!("{TRANSFERS_PATH}/{id}/cancel")
}

/// 201 answer to `POST /api/transfers`. The code and the cancel token are shown once: the
/// relay keeps only hashes of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferCreated {
    pub id: String,
    /// Six digits, to be shown on the old phone and typed on the new one.
    pub code: String,
    pub cancel_token: String,
    /// Milliseconds since the Unix epoch.
    pub expires_at: i64,
}

/// `POST /api/transfers/{id}/receive`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiveTransfer {
    pub code: String,
}

/// 403 answer to a wrong code: an [`crate::api::ApiError`] with `error: "wrong_code"` and
/// the number of tries left. At zero the transfer is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongCode {
    pub error: ErrorCode,
    pub tries_left: u32,
}

impl WrongCode {
    pub fn new(tries_left: u32) -> WrongCode {
        WrongCode {
            error: ErrorCode::WrongCode,
            tries_left,
        }
    }
}

/// Why a typed code cannot be a code. Checked before anything is sent, so a typo never
/// costs one of the tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("no code was typed")]
    Empty,
    #[error("a code has only digits")]
    NotDigits,
    #[error("a code has exactly six digits")]
    WrongLength,
}

/// Reads a typed code: spaces, dashes and dots (as people copy "123 456") are dropped.
pub fn read_code(typed: &str) -> Result<String, CodeError> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.'))
        .collect();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(CodeError::NotDigits);
    }
    if code.len() != CODE_DIGITS {
        return Err(CodeError::WrongLength);
    }
    Ok(code)
}

/// The code as it is shown and read aloud: two groups of three ("482 913").
pub fn group_code(code: &str) -> String {
    if code.len() == CODE_DIGITS && code.is_ascii() {
        format!("{} {}", &code[..3], &code[3..])
    } else {
        code.to_owned()
    }
}

/// Turns 32 random bits into a uniformly drawn code, or `None` when the caller must draw
/// again (a plain remainder would favour low codes slightly).
pub fn code_from_random(random: u32) -> Option<String> {
    const RANGE: u32 = 1_000_000;
    const LIMIT: u32 = u32::MAX - (u32::MAX % RANGE);
    (random < LIMIT).then(|| format!("{:06}", random % RANGE))
}

/// What the old phone's countdown shows: minutes and seconds left ("9:58"), `None` once the
/// transfer has ended.
pub fn countdown(now_ms: i64, until_ms: i64) -> Option<String> {
    let left = until_ms - now_ms;
    if left <= 0 {
        return None;
    }
    let secs = (left + 999) / 1000;
    Some(format!("{}:{:02}", secs / 60, secs % 60))
}

/// A transfer id and its one-time key: what the moving link carries.
#[derive(Debug)]
pub struct MoveLink {
    pub id: String,
    pub key: ShareKey,
}

impl MoveLink {
    /// The full link for the QR code. `origin` is scheme, host and port, without a slash.
    pub fn to_url(&self, origin: &str) -> String {
        format!(
            "{}/#{MOVE_FRAGMENT_PREFIX}{LINK_VERSION}.{}.{}",
            origin.trim_end_matches('/'),
            self.id,
            self.key.to_link_part()
        )
    }

    /// True when a link or address is a moving link at all (even a broken one), so the app
    /// shows the receiving screen and explains what is wrong with it.
    pub fn is_move_link(link: &str) -> bool {
        link.split_once('#')
            .map_or(link, |(_, fragment)| fragment)
            .trim()
            .starts_with(MOVE_FRAGMENT_PREFIX)
    }

    /// Reads a whole link, or just its fragment (with or without the `#`).
    pub fn parse(link: &str) -> Result<MoveLink, LinkError> {
        let fragment = link.split_once('#').map_or(link, |(_, f)| f).trim();
        let Some(rest) = fragment.strip_prefix(MOVE_FRAGMENT_PREFIX) else {
            return Err(LinkError::Empty);
        };
        if rest.len() > MAX_FRAGMENT_LEN {
            return Err(LinkError::Malformed);
        }
        let unsplit = if rest.is_empty() {
            LinkError::Empty
        } else {
            LinkError::Malformed
        };
        let (id, key) = read_link_parts(rest, unsplit)?;
        Ok(MoveLink { id, key })
    }
}

/// One document's stored ciphertext, moved as it is.
#[derive(Clone, PartialEq, Eq)]
pub struct MovedDocument {
    pub id: String,
    pub data: Vec<u8>,
}

impl std::fmt::Debug for MovedDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MovedDocument")
            .field("id", &self.id)
            .field("bytes", &self.data.len())
            .finish()
    }
}

/// Everything a phone stores of a dossier, all of it still sealed.
#[derive(Clone, PartialEq, Eq)]
pub struct MovePackage {
    /// The stored vault text, as [`SealedVault::to_text`] writes it.
    pub vault: String,
    pub documents: Vec<MovedDocument>,
}

impl std::fmt::Debug for MovePackage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MovePackage")
            .field("vault_chars", &self.vault.len())
            .field("documents", &self.documents)
            .finish()
    }
}

/// Why a received package cannot be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("the key in the link does not fit this transfer")]
    WrongKey,
    #[error("the transfer is damaged")]
    Corrupt,
    #[error("the transfer was made by a newer version of Regie")]
    UnsupportedVersion,
}

#[derive(Serialize, Deserialize)]
struct PackageJson {
    format: String,
    v: u32,
    vault: String,
    documents: Vec<DocumentJson>,
}

#[derive(Serialize, Deserialize)]
struct DocumentJson {
    id: String,
    data: String,
}

/// Seals the package to the one-time key.
pub fn seal_package(key: &ShareKey, package: &MovePackage) -> Result<Vec<u8>, SealError> {
    let json = PackageJson {
        format: PACKAGE_FORMAT.into(),
        v: PACKAGE_VERSION,
        vault: package.vault.clone(),
        documents: package
            .documents
            .iter()
            .map(|d| DocumentJson {
                id: d.id.clone(),
                data: B64.encode(&d.data),
            })
            .collect(),
    };
    let bytes = serde_json::to_vec(&json).map_err(|_| SealError)?;
    key.seal(&bytes)
}

/// Opens a received package and checks it is fit to store: a vault this build can read, and
/// documents that are age files under distinct ids. Nothing is stored by this.
pub fn open_package(key: &ShareKey, ciphertext: &[u8]) -> Result<MovePackage, MoveError> {
    let plain = key.open(ciphertext).map_err(|e| match e {
        ShareError::WrongKey => MoveError::WrongKey,
        _ => MoveError::Corrupt,
    })?;
    let value: serde_json::Value =
        serde_json::from_slice(&plain).map_err(|_| MoveError::Corrupt)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PACKAGE_FORMAT) {
        return Err(MoveError::Corrupt);
    }
    match value.get("v").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(PACKAGE_VERSION) => {}
        Some(v) if v > u64::from(PACKAGE_VERSION) => return Err(MoveError::UnsupportedVersion),
        _ => return Err(MoveError::Corrupt),
    }
    let json: PackageJson = serde_json::from_value(value).map_err(|_| MoveError::Corrupt)?;
    SealedVault::from_text(&json.vault).map_err(|e| match e {
        UnlockError::UnsupportedVersion(_) => MoveError::UnsupportedVersion,
        _ => MoveError::Corrupt,
    })?;
    let mut documents = Vec::with_capacity(json.documents.len());
    for doc in json.documents {
        let fits_id = !doc.id.is_empty()
            && doc.id.len() <= MAX_DOCUMENT_ID_LEN
            && !documents.iter().any(|d: &MovedDocument| d.id == doc.id);
        let data = B64.decode(&doc.data).map_err(|_| MoveError::Corrupt)?;
        if !fits_id || !is_age_file(&data) {
            return Err(MoveError::Corrupt);
        }
        documents.push(MovedDocument { id: doc.id, data });
    }
    Ok(MovePackage {
        vault: json.vault,
        documents,
    })
}

/// Where a received dossier stands against the one it replaces, from what the browser holds:
/// the stored vault text and the previous one kept aside. A moving link never replaces a
/// dossier without that dossier's passphrase, and the replaced dossier (its vault, and each
/// of its documents that the new one would overwrite) is kept aside until the new one has
/// been unlocked once. Every step is one write, so a tab closed between two steps leaves one
/// of these states, each of which opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptAside {
    /// Nothing kept aside: the stored dossier is the only one.
    Nothing,
    /// A move-in stopped before the new vault was written (or a way back stopped before it
    /// finished): the old dossier is still the stored one, and what was kept aside goes back.
    Unfinished,
    /// The received dossier is stored and not unlocked yet; the old one waits aside.
    AwaitingFirstUnlock,
}

impl KeptAside {
    pub fn of(stored: Option<&str>, previous: Option<&str>) -> KeptAside {
        match (stored, previous) {
            (_, None) => KeptAside::Nothing,
            (Some(stored), Some(previous)) if stored != previous => KeptAside::AwaitingFirstUnlock,
            _ => KeptAside::Unfinished,
        }
    }
}

/// Where a document of the old dossier waits while a received one with the same id takes
/// its place.
pub const ASIDE_PREFIX: &str = "previous~";

/// The id under which the old dossier's document `id` waits.
pub fn aside_id(id: &str) -> String {
    format!("{ASIDE_PREFIX}{id}")
}

/// The id a waiting document goes back to, if `stored` is one.
pub fn from_aside(stored: &str) -> Option<&str> {
    stored.strip_prefix(ASIDE_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dossier;
    use crate::vault::OpenVault;

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
}
