//! The share link: `<origin>/v#1.<id>.<key>`, the key of the share in its fragment, which
//! browsers never send; read back from a whole link or a fragment, percent-encoded or not.

use std::str::FromStr;

use age::secrecy::ExposeSecret;

use crate::api::is_share_id;
use crate::vault::SealError;

use super::*;

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

/// The key of one share. Not `Clone`, not `Serialize`; `Debug` is redacted.
pub struct ShareKey(pub(super) age::x25519::Identity);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SectionKey, Timestamp};

    #[test]
    fn the_kept_key_gives_back_the_same_link() {
        let key = ShareKey::generate();
        let made = ShareLink {
            id: "abcdefghijklmnopqrstuA".into(),
            key,
        };
        let url = made.to_url("https://regie.example");
        let mut r = share_record(&made.id);
        r.link_key = Some(made.key.to_record());
        assert_eq!(
            r.link("https://regie.example").as_deref(),
            Some(url.as_str())
        );
        // Serialized and read back (as the sealed dossier does), the link is the same.
        let back: crate::model::ShareRecord =
            serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back.link("https://regie.example"), Some(url));
        // A damaged key gives no link rather than a wrong one.
        r.link_key = Some("not a key".into());
        assert_eq!(r.link("https://regie.example"), None);
    }

    fn share_record(id: &str) -> crate::model::ShareRecord {
        crate::model::ShareRecord {
            id: id.into(),
            revoke_token: "t".into(),
            recipient: "Anna, wijkteam".into(),
            sections: vec![SectionKey::Story],
            created: Timestamp(0),
            expires: Timestamp(300),
            max_opens: None,
            revoked: false,
            revoked_at: None,
            code: None,
            starts: None,
            reply_key: None,
            log_key: None,
            decided: Vec::new(),
            link_key: None,
            purpose: None,
        }
    }
}
