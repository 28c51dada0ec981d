//! Shares: a read-only snapshot of chosen sections, sealed with age to a fresh key that
//! travels only in the link's `#fragment` (browsers never send it to a server).
//!
//! Link: `<origin>/v#1.<share id>.<key>`
//! - `1` is the link format version;
//! - the share id is 22 base64url characters (128 random bits, picked by the app and signed
//!   with the share, see [`ShareTerms`]; the relay picks one for an earlier app);
//! - the key is an age X25519 secret key in its Bech32 form without the
//!   `AGE-SECRET-KEY-1` prefix, in lower case: 58 characters.
//!
//! The whole link stays far below what a version-10 QR code holds. The relay stores two age
//! files per share: a small *preview* (who shared, with whom, until when), shown before the
//! recipient presses open, and the *snapshot* itself.
//!
//! Every share is signed by the dossier it comes from (see [`crate::signing`]). The preview's
//! plaintext is a signed envelope, [`SIGNED_PREVIEW_VERSION`] (see [`signed`]):
//!
//! ```text
//! {"v": 3,
//!  "preview": base64 of the preview JSON (the SharePreview, exactly as signed),
//!  "content": hex SHA-256 of the content's plaintext (snapshot JSON or bundle),
//!  "share": {"id": the share id, "starts": ms or null, "max_opens": n or null, "code": bool},
//!  "signer": base64 of the dossier's Ed25519 public key,
//!  "signature": base64 of the Ed25519 signature over signed_message(...)}
//! ```
//!
//! The signature covers the link version, the preview's exact bytes (its end, `expires`,
//! and its reply recipient among them), the content's hash and the share's terms: its id,
//! start, open limit and whether it needs a code. So a field added to the preview is covered
//! without a change here. The viewer checks the envelope before it shows anything, the
//! relay's settings against the signed terms ([`bound`]), and the content's hash before it
//! shows the content; a share without a valid signature (one made by hand, or from before
//! signing) is refused. A share signed before its terms were (envelope version 2) still
//! opens, until its signed end.

use crate::catalogue::ViewerText;
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use crate::api::is_share_id;
use crate::bundle::{is_bundle, read_bundle, write_bundle, SharedFile};
use crate::model::{Dossier, ModelError, SectionKey, Timestamp};
use crate::signing::sha256;
use crate::vault::SealError;

pub mod activity;
pub mod bound;
pub mod events;
pub mod signed;

pub use signed::{
    open_envelope, open_preview, read_envelope, read_signed_preview, ShareTerms, SignedPreview,
    VerifiedPreview, SIGNED_PREVIEW_VERSION, UNBOUND_PREVIEW_VERSION,
};

/// The link format this build writes and reads.
pub const LINK_VERSION: &str = "1";
/// The path of the viewer page.
pub const VIEW_PATH: &str = "/v";
/// The format version of preview and snapshot plaintexts.
pub const SNAPSHOT_VERSION: u32 = 1;
/// The highest QR version a share link may need, so a cheap phone camera reads it.
pub const MAX_QR_VERSION: i16 = 10;

const KEY_PREFIX: &str = "age-secret-key-1";
const KEY_LEN: usize = 58;
/// Longer than any link we make, with room for an origin; anything longer is not ours.
const MAX_FRAGMENT_LEN: usize = 200;

/// Why a link could not be read. The app says each in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the link has no share in it")]
    Empty,
    #[error("the link is not a Regie share link")]
    Malformed,
    #[error("the link was made by a newer version of Regie")]
    UnknownVersion,
    #[error("the link is incomplete: its share number is cut off or changed")]
    BadId,
    #[error("the link is incomplete: its key is cut off or changed")]
    BadKey,
}

/// Why a share could not be opened with the key from the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("the key in the link does not fit this share")]
    WrongKey,
    #[error("the share is damaged")]
    Corrupt,
    #[error("the share was made by a newer version of Regie")]
    UnsupportedVersion,
    /// No signature, a signature that does not fit, or content other than was signed.
    #[error("the share carries no valid signature of the dossier it comes from")]
    NotSigned,
}

/// The key of one share. Not `Clone`, not `Serialize`; `Debug` is redacted.
pub struct ShareKey(age::x25519::Identity);

impl std::fmt::Debug for ShareKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShareKey(<redacted>)")
    }
}

impl ShareKey {
    /// A fresh random key: one per share.
    pub fn generate() -> ShareKey {
        ShareKey(age::x25519::Identity::generate())
    }

    /// The key as it stands in a link fragment.
    pub(crate) fn to_link_part(&self) -> String {
        let full = self.0.to_string();
        full.expose_secret().to_ascii_lowercase()[KEY_PREFIX.len()..].to_owned()
    }

    /// The key as the client's record of the share keeps it, inside the sealed dossier,
    /// while the share is live (see [`crate::model::ShareRecord::link_key`]).
    pub fn to_record(&self) -> String {
        self.to_link_part()
    }

    pub(crate) fn from_link_part(part: &str) -> Result<ShareKey, LinkError> {
        if part.len() != KEY_LEN {
            return Err(LinkError::BadKey);
        }
        let full = format!("{KEY_PREFIX}{}", part.to_ascii_lowercase()).to_ascii_uppercase();
        age::x25519::Identity::from_str(&full)
            .map(ShareKey)
            .map_err(|_| LinkError::BadKey)
    }

    pub(crate) fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        age::encrypt(&self.0.to_public(), plaintext).map_err(|_| SealError)
    }

    pub(crate) fn open(&self, ciphertext: &[u8]) -> Result<Vec<u8>, ShareError> {
        age::decrypt(&self.0, ciphertext).map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => ShareError::WrongKey,
            _ => ShareError::Corrupt,
        })
    }
}

/// A share id and its key: what a link carries.
#[derive(Debug)]
pub struct ShareLink {
    pub id: String,
    pub key: ShareKey,
}

impl ShareLink {
    /// The full link for a QR code. `origin` is scheme, host and port, without a slash.
    pub fn to_url(&self, origin: &str) -> String {
        format!(
            "{}{VIEW_PATH}#{LINK_VERSION}.{}.{}",
            origin.trim_end_matches('/'),
            self.id,
            self.key.to_link_part()
        )
    }

    /// The link of a share from its id and its key as kept in the client's record.
    pub fn from_parts(id: &str, key: &str) -> Result<ShareLink, LinkError> {
        let (id, key) =
            read_link_parts(&format!("{LINK_VERSION}.{id}.{key}"), LinkError::Malformed)?;
        Ok(ShareLink { id, key })
    }

    /// Reads a whole link, or just its fragment (with or without the `#`).
    pub fn parse(link: &str) -> Result<ShareLink, LinkError> {
        let link = link.trim();
        let fragment = match link.find('#') {
            Some(at) => &link[at + 1..],
            None if link.contains('/') => return Err(LinkError::Empty),
            None => link,
        };
        Self::parse_fragment(fragment)
    }

    fn parse_fragment(fragment: &str) -> Result<ShareLink, LinkError> {
        if fragment.len() > MAX_FRAGMENT_LEN * 3 {
            return Err(LinkError::Malformed);
        }
        // Some apps percent-encode what they pass on; our characters never need it.
        let decoded = percent_decode(fragment.trim()).ok_or(LinkError::Malformed)?;
        let fragment = decoded.trim();
        if fragment.is_empty() {
            return Err(LinkError::Empty);
        }
        if fragment.len() > MAX_FRAGMENT_LEN {
            return Err(LinkError::Malformed);
        }
        // Without a dot it is no link at all, rather than a broken one.
        let unsplit = if fragment.contains('.') {
            LinkError::Malformed
        } else {
            LinkError::Empty
        };
        let (id, key) = read_link_parts(fragment, unsplit)?;
        Ok(ShareLink { id, key })
    }
}

/// The link lives here, not in the model: the record only keeps the key's text, so the
/// model needs nothing of how a link is written.
impl crate::model::ShareRecord {
    /// The full link of a live share, to show its QR code again; `None` once its key is gone
    /// (the share was stopped or ended, or was made before the key was kept).
    pub fn link(&self, origin: &str) -> Option<String> {
        let key = self.link_key.as_deref()?;
        ShareLink::from_parts(&self.id, key)
            .ok()
            .map(|link| link.to_url(origin))
    }
}

/// The id and key of a link's `version.id.key`, the one shape of share and moving links
/// alike; `unsplit` is the answer when it is not three parts.
pub(crate) fn read_link_parts(
    text: &str,
    unsplit: LinkError,
) -> Result<(String, ShareKey), LinkError> {
    let mut parts = text.split('.');
    let (Some(version), Some(id), Some(key), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(unsplit);
    };
    if version != LINK_VERSION {
        return Err(
            if !version.is_empty() && version.chars().all(|c| c.is_ascii_digit()) {
                LinkError::UnknownVersion
            } else {
                LinkError::Malformed
            },
        );
    }
    if !is_share_id(id) {
        return Err(LinkError::BadId);
    }
    Ok((id.to_owned(), ShareKey::from_link_part(key)?))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// What the recipient sees before opening: enough to know it is meant for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePreview {
    pub v: u32,
    /// Who the share is for, as the client typed it ("Anna, wijkteam").
    pub recipient: String,
    /// The client's name, if they filled it in.
    pub sharer: String,
    pub sections: Vec<SectionKey>,
    pub created: Timestamp,
    pub expires: Timestamp,
    /// The reply recipient (`age1…`) of a share that allows replies: the viewer seals what
    /// the professional writes back to it. Signed with the rest of the preview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// The log recipient (`age1…`): the viewer seals each opening, reload, print and reply
    /// to it, with who the professional said they are (see [`activity`]). Shares made before
    /// the log have none, and their viewers send nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_to: Option<String>,
    /// What the share is for ("waarvoor"), as the client chose it; shares made before it
    /// existed have none. Signed with the rest of the preview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

/// The shared view itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareSnapshot {
    pub v: u32,
    pub preview: SharePreview,
    /// The dossier with only the chosen sections; the others are empty.
    pub dossier: Dossier,
    /// The documents' bytes, when the documents section is shared (see [`crate::bundle`]).
    #[serde(skip)]
    pub files: Vec<SharedFile>,
}

/// The two age files the relay will hold.
pub struct SealedShare {
    pub preview: Vec<u8>,
    pub content: Vec<u8>,
}

impl SharePreview {
    pub fn new(
        recipient: &str,
        dossier: &Dossier,
        sections: &[SectionKey],
        created: Timestamp,
        expires: Timestamp,
    ) -> SharePreview {
        let mut sections: Vec<SectionKey> = sections.to_vec();
        sections.sort_by_key(|s| SectionKey::ALL.iter().position(|k| k == s));
        sections.dedup();
        SharePreview {
            v: SNAPSHOT_VERSION,
            recipient: recipient.trim().to_owned(),
            sharer: dossier.about.name.trim().to_owned(),
            sections,
            created,
            expires,
            reply_to: None,
            log_to: None,
            purpose: None,
        }
    }
}

/// Seals a snapshot of the chosen sections, and its preview, to the share key.
pub fn seal_share(
    key: &ShareKey,
    preview: &SharePreview,
    terms: &ShareTerms,
    dossier: &Dossier,
) -> Result<SealedShare, SealError> {
    seal_share_with_files(key, preview, terms, dossier, &[])
}

/// Seals a snapshot with the bytes of its documents, signed with the dossier's signing key
/// (a dossier without one cannot share: see [`Dossier::ensure_signing_key`]) together with
/// the share's `terms`, which the upload must then carry as they are. Files are only
/// included when the documents section is shared and the dossier names them; a share without
/// files is plain snapshot JSON, as before.
pub fn seal_share_with_files(
    key: &ShareKey,
    preview: &SharePreview,
    terms: &ShareTerms,
    dossier: &Dossier,
    files: &[SharedFile],
) -> Result<SealedShare, SealError> {
    let signing = dossier.signing.as_ref().ok_or(SealError)?;
    let snapshot = ShareSnapshot {
        v: SNAPSHOT_VERSION,
        preview: preview.clone(),
        dossier: dossier.with_only(&preview.sections),
        files: Vec::new(),
    };
    let files: Vec<SharedFile> = if preview.sections.contains(&SectionKey::Documents) {
        files
            .iter()
            .filter(|f| snapshot.dossier.documents.get(&f.id).is_some())
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let preview_json = serde_json::to_vec(preview).map_err(|_| SealError)?;
    let snapshot_json = serde_json::to_vec(&snapshot).map_err(|_| SealError)?;
    let (content, content_hash) = if files.is_empty() {
        (key.seal(&snapshot_json)?, sha256(&snapshot_json))
    } else {
        let bundle =
            zeroize::Zeroizing::new(write_bundle(&snapshot_json, &files).map_err(|_| SealError)?);
        (key.seal(&bundle)?, sha256(&bundle))
    };
    let envelope_json = signed::sign_envelope(signing, &preview_json, &content_hash, terms)?;
    Ok(SealedShare {
        preview: key.seal(&envelope_json)?,
        content,
    })
}

/// Decrypts a share's content and checks that it is the content the verified preview's
/// signature covers, and that it repeats that preview; nothing is read from it before that.
pub fn open_snapshot(
    key: &ShareKey,
    ciphertext: &[u8],
    signed: &VerifiedPreview,
) -> Result<ShareSnapshot, ShareError> {
    let plain = zeroize::Zeroizing::new(key.open(ciphertext)?);
    if sha256(&plain) != signed.content_hash {
        return Err(ShareError::NotSigned);
    }
    let snapshot = read_snapshot(&plain)?;
    if snapshot.preview != signed.preview {
        return Err(ShareError::NotSigned);
    }
    Ok(snapshot)
}

fn read_snapshot(plain: &[u8]) -> Result<ShareSnapshot, ShareError> {
    let (json, files) = if is_bundle(plain) {
        read_bundle(plain).map_err(|_| ShareError::Corrupt)?
    } else {
        (plain, Vec::new())
    };
    let value: serde_json::Value = serde_json::from_slice(json).map_err(|_| ShareError::Corrupt)?;
    check_version(&value)?;
    let dossier_json = value.get("dossier").ok_or(ShareError::Corrupt)?;
    let bytes = serde_json::to_vec(dossier_json).map_err(|_| ShareError::Corrupt)?;
    let dossier = Dossier::from_json(&bytes).map_err(|e| match e {
        ModelError::UnsupportedVersion(_) => ShareError::UnsupportedVersion,
        _ => ShareError::Corrupt,
    })?;
    let preview: SharePreview =
        serde_json::from_value(value.get("preview").cloned().ok_or(ShareError::Corrupt)?)
            .map_err(|_| ShareError::Corrupt)?;
    Ok(ShareSnapshot {
        v: SNAPSHOT_VERSION,
        preview,
        dossier,
        files,
    })
}

fn check_version(value: &serde_json::Value) -> Result<(), ShareError> {
    match value.get("v").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(SNAPSHOT_VERSION) => Ok(()),
        Some(v) if v > u64::from(SNAPSHOT_VERSION) => Err(ShareError::UnsupportedVersion),
        _ => Err(ShareError::Corrupt),
    }
}

pub(crate) fn read_versioned<T: serde::de::DeserializeOwned>(
    plain: &[u8],
) -> Result<T, ShareError> {
    let value: serde_json::Value =
        serde_json::from_slice(plain).map_err(|_| ShareError::Corrupt)?;
    check_version(&value)?;
    serde_json::from_value(value).map_err(|_| ShareError::Corrupt)
}

/// The link as a QR code in SVG, dark on light with a quiet zone, or `None` if the link is too
/// long for a version-10 code.
pub fn qr_svg(link: &str) -> Option<String> {
    use qrcode::render::svg;
    use qrcode::{EcLevel, QrCode, Version};
    let code = QrCode::with_error_correction_level(link, EcLevel::M).ok()?;
    match code.version() {
        Version::Normal(v) if v <= MAX_QR_VERSION => {}
        _ => return None,
    }
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(264, 264)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// A code from [`qr_svg`] ready to place inside a page: without its XML prolog, and with
/// the test hook, class and accessible name on the `<svg>` itself.
pub fn qr_inline(svg: &str, testid: &str, label: &str) -> String {
    svg.trim_start_matches(|c| c != '<')
        .splitn(2, "?>")
        .last()
        .unwrap_or_default()
        .trim()
        .replacen(
            "<svg ",
            &format!(
                "<svg data-testid=\"{testid}\" class=\"qr\" role=\"img\" aria-label=\"{label}\" "
            ),
            1,
        )
}

/// The QR version a link needs (for tests and the measurement script).
pub fn qr_version(link: &str) -> Option<i16> {
    match qrcode::QrCode::with_error_correction_level(link, qrcode::EcLevel::M)
        .ok()?
        .version()
    {
        qrcode::Version::Normal(v) => Some(v),
        qrcode::Version::Micro(_) => None,
    }
}

/// The durations a client can pick, in the order they are offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareDuration {
    HalfHour,
    Hour,
    FourHours,
    RestOfToday,
    Week,
    Month,
}

impl ShareDuration {
    pub const ALL: [ShareDuration; 6] = [
        ShareDuration::HalfHour,
        ShareDuration::Hour,
        ShareDuration::FourHours,
        ShareDuration::RestOfToday,
        ShareDuration::Week,
        ShareDuration::Month,
    ];

    /// Minutes from `now` until the share ends. "Rest of today" ends at local midnight
    /// (`utc_offset_minutes` east of UTC), and lasts at least the relay's minimum.
    pub fn minutes(self, now: Timestamp, utc_offset_minutes: i32) -> u32 {
        match self {
            ShareDuration::HalfHour => 30,
            ShareDuration::Hour => 60,
            ShareDuration::FourHours => 240,
            ShareDuration::Week => 7 * 24 * 60,
            ShareDuration::Month => 30 * 24 * 60,
            ShareDuration::RestOfToday => {
                let local = now.0 + i64::from(utc_offset_minutes) * 60_000;
                let left_ms = 86_400_000 - local.rem_euclid(86_400_000);
                (left_ms / 60_000).max(1) as u32
            }
        }
    }
}

/// How long a share still runs, rounded the way people say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLeft {
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

/// `None` once `until` has passed.
pub fn time_left(now: Timestamp, until: Timestamp) -> Option<TimeLeft> {
    let ms = until.0 - now.0;
    if ms <= 0 {
        return None;
    }
    let minutes = (ms + 59_999) / 60_000;
    Some(if minutes < 120 {
        TimeLeft::Minutes(minutes)
    } else if minutes < 48 * 60 {
        TimeLeft::Hours(minutes / 60)
    } else {
        TimeLeft::Days(minutes / (24 * 60))
    })
}

/// How long before its end an open share warns the person reading it.
pub const ENDING_WARNING_MS: i64 = 5 * 60_000;

/// What the viewer's banner counts down: the share list's minutes, hours or days, and the
/// last minute in seconds. `None` once `until` has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    Left(TimeLeft),
    Seconds(i64),
}

impl Countdown {
    pub fn of(now: Timestamp, until: Timestamp) -> Option<Countdown> {
        let ms = until.0 - now.0;
        if ms > 0 && ms <= 60_000 {
            Some(Countdown::Seconds((ms + 999) / 1000))
        } else {
            time_left(now, until).map(Countdown::Left)
        }
    }

    /// The countdown in words: "nog 12 min", "nog 3 uur", "nog 40 seconden".
    pub fn words(self, lang: crate::catalogue::Lang) -> String {
        use crate::catalogue::Counted;
        let (counted, n) = match self {
            Countdown::Left(TimeLeft::Minutes(n)) => (Counted::MinutesLeft, n),
            Countdown::Left(TimeLeft::Hours(n)) => (Counted::HoursLeft, n),
            Countdown::Left(TimeLeft::Days(n)) => (Counted::DaysLeft, n),
            Countdown::Seconds(n) => (Counted::ViewSecondsLeft, n),
        };
        counted.count(lang, n as u64)
    }

    /// The warning within [`ENDING_WARNING_MS`] of the end, in whole minutes so that it
    /// changes (and a screen reader repeats it) once a minute: "Let op: over 5 minuten is
    /// deze gedeelde informatie weg."
    pub fn warning(
        now: Timestamp,
        until: Timestamp,
        lang: crate::catalogue::Lang,
    ) -> Option<String> {
        use crate::catalogue::Counted;
        let ms = until.0 - now.0;
        (ms > 0 && ms <= ENDING_WARNING_MS).then(|| {
            let minutes = Counted::ViewEndingIn.count(lang, ((ms + 59_999) / 60_000) as u64);
            ViewerText::ViewEnding.fill(lang, &[&minutes])
        })
    }
}

pub mod standing;

#[cfg(test)]
mod tests;
