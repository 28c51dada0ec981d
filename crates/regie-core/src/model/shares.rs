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
    /// When the client stopped it (milliseconds since the Unix epoch); records from before
    /// this field have none.
    #[serde(default)]
    pub revoked_at: Option<Timestamp>,
    /// The spoken code, kept so the client can still say it at the appointment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A share for later: when it opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<Timestamp>,
    /// The secret of the key that opens this share's replies (see [`crate::reply::ReplyKey`]);
    /// only a share that allows replies has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_key: Option<String>,
    /// The secret of the key that opens this share's activity log (see
    /// [`crate::share::activity`]); shares made before the log have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_key: Option<String>,
    /// Replies the client accepted or declined that the relay has not yet confirmed deleting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decided: Vec<String>,
    /// The key part of the share's link (see [`crate::share::ShareLink`]), kept only while
    /// the share is live, so its QR code can be shown again. Dropped when the share is
    /// stopped or ends; records from earlier versions have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_key: Option<String>,
    /// What the share is for ("waarvoor"); records from earlier versions have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
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

    /// Marks a share as stopped by the client at `at`. The first stop counts. Its link's key
    /// goes: nobody needs that link again.
    pub fn mark_revoked(&mut self, id: &str, at: Timestamp) {
        if let Some(r) = self.get_mut(id) {
            if !r.revoked {
                r.revoked = true;
                r.revoked_at = Some(at);
            }
            r.link_key = None;
        }
    }

    /// Drops the link's key of every share that has ended: stopped, past its end at `now`,
    /// or named in `ended` (what the relay said: blocked, used up, gone). True when a key
    /// went, so the dossier must be saved.
    pub fn forget_ended_keys(&mut self, now: Timestamp, ended: &[String]) -> bool {
        let mut changed = false;
        for r in &mut self.records {
            let over = r.revoked || r.expires.0 <= now.0 || ended.contains(&r.id);
            if over && r.link_key.take().is_some() {
                changed = true;
            }
        }
        changed
    }

    /// Removes the records named in `ids` (the history the client cleared). Their revoke
    /// tokens go with them, so only ended shares should be named.
    pub fn remove(&mut self, ids: &[String]) {
        self.records.retain(|r| !ids.contains(&r.id));
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
            revoked_at: None,
            code: None,
            starts: None,
            reply_key: None,
            log_key: None,
            decided: Vec::new(),
            link_key: Some("k".into()),
            purpose: None,
        }
    }

    #[test]
    fn a_key_is_kept_while_live_and_dropped_when_the_share_ends() {
        let mut shares = Shares::default();
        shares.add(record("a", 100, false));
        shares.add(record("b", 300, false));
        shares.add(record("c", 300, false));
        shares.add(record("d", 300, false));
        // Nothing ended yet: nothing to save.
        assert!(!shares.forget_ended_keys(Timestamp(50), &[]));
        shares.mark_revoked("b", Timestamp(60));
        assert_eq!(
            shares.get_mut("b").unwrap().link_key,
            None,
            "stopped: key gone"
        );
        // "a" is past its end, "c" the relay called blocked; "d" is still live.
        assert!(shares.forget_ended_keys(Timestamp(200), &["c".to_owned()]));
        let kept: Vec<_> = shares
            .records
            .iter()
            .filter(|r| r.link_key.is_some())
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(kept, ["d"]);
        assert!(!shares.forget_ended_keys(Timestamp(200), &["c".to_owned()]));
        // A record from before the key was kept reads, without one.
        let old = r#"{"id":"a","revoke_token":"t","recipient":"x","sections":[],"created":0,"expires":1}"#;
        let old: ShareRecord = serde_json::from_str(old).unwrap();
        assert_eq!(old.link_key, None);
        assert_eq!(old.link("https://regie.example"), None);
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

    #[test]
    fn stopping_keeps_the_first_moment_and_removing_takes_only_the_named() {
        let mut shares = Shares::default();
        shares.add(record("a", 100, false));
        shares.add(record("b", 300, false));
        shares.mark_revoked("a", Timestamp(50));
        shares.mark_revoked("a", Timestamp(70));
        assert_eq!(shares.records[1].revoked_at, Some(Timestamp(50)));
        assert!(shares.records[1].revoked);
        shares.remove(&["a".to_owned()]);
        let left: Vec<_> = shares.records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(left, ["b"]);
    }

    #[test]
    fn a_record_from_before_the_stop_moment_still_reads() {
        let old = r#"{"id":"x","revoke_token":"t","recipient":"Anna","sections":["story"],
            "created":1,"expires":2,"max_opens":null,"revoked":true}"#;
        let r: ShareRecord = serde_json::from_str(old).unwrap();
        assert!(r.revoked);
        assert_eq!(r.revoked_at, None);
    }
}
