//! The client's own record of what they shared: kept inside the sealed dossier, so the
//! revoke tokens never lie on the device in the clear.

use serde::{Deserialize, Serialize};

use super::{SectionKey, Timestamp};

/// One share as the client made it. The relay knows the id and a hash of the token; only
/// the client knows who it was for and what it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareRecord {
    pub id: String,
    pub revoke_token: String,
    pub recipient: String,
    pub sections: Vec<SectionKey>,
    pub created: Timestamp,
    pub expires: Timestamp,
    #[serde(default)]
    pub max_opens: Option<u32>,
    /// Set once the relay confirmed the revocation.
    #[serde(default)]
    pub revoked: bool,
    /// The spoken code, kept so the client can still say it at the appointment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A share for later: when it opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<Timestamp>,
}

/// Every share the client made, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Shares {
    pub records: Vec<ShareRecord>,
}

impl Shares {
    pub fn add(&mut self, record: ShareRecord) {
        self.records.insert(0, record);
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut ShareRecord> {
        self.records.iter_mut().find(|r| r.id == id)
    }

    /// Shares that may still be opened as far as the client knows (not revoked, not past
    /// their expiry at `now`).
    pub fn live(&self, now: Timestamp) -> impl Iterator<Item = &ShareRecord> {
        self.records
            .iter()
            .filter(move |r| !r.revoked && r.expires.0 > now.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, expires: i64, revoked: bool) -> ShareRecord {
        ShareRecord {
            id: id.into(),
            revoke_token: "t".into(),
            recipient: "Anna, wijkteam".into(),
            sections: vec![SectionKey::Story],
            created: Timestamp(0),
            expires: Timestamp(expires),
            max_opens: None,
            revoked,
            code: None,
            starts: None,
        }
    }

    #[test]
    fn live_leaves_out_expired_and_revoked() {
        let mut shares = Shares::default();
        shares.add(record("a", 100, false));
        shares.add(record("b", 300, false));
        shares.add(record("c", 300, true));
        let live: Vec<_> = shares.live(Timestamp(200)).map(|r| r.id.as_str()).collect();
        assert_eq!(live, ["b"]);
        assert_eq!(shares.records[0].id, "c", "newest first");
        // A record of an earlier version, without a code or a start, still reads.
        let old = r#"{"id":"a","revoke_token":"t","recipient":"x","sections":[],"created":0,"expires":1}"#;
        let old: ShareRecord = serde_json::from_str(old).unwrap();
        assert_eq!((old.code, old.starts), (None, None));
    }
}
