//! The client's side of replies: fetch what professionals wrote back through her shares,
//! open it with each share's reply key, and let her decide. What she accepts goes into her
//! dossier with its provenance; what she decided is then deleted at the relay.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use leptos::prelude::*;
use regie_core::api::RETENTION_MS;
use regie_core::catalogue::{Lang, Text};
use regie_core::model::{ShareRecord, Timestamp};
use regie_core::reply::{open_reply, BadReply, Reply, ReplyKey};

use crate::components::today;
use crate::platform::clock::{date_at, now_ms};
use crate::platform::relay::{self, RelayError};
use crate::session::Session;

/// One reply waiting for the client's decision.
#[derive(Clone, PartialEq)]
pub struct Proposal {
    pub share_id: String,
    pub reply_id: String,
    /// Who the share was for, as the client typed it.
    pub recipient: String,
    /// When the share was made.
    pub shared: Timestamp,
    /// When the relay got it (milliseconds since the Unix epoch).
    pub received: i64,
    /// The reply, or why it was set aside.
    pub reply: Result<Reply, BadReply>,
}

/// Shares whose replies may still wait at the relay: those with a reply key, until the relay
/// forgets them 30 days after they ended.
fn listening(records: &[ShareRecord], now: i64) -> Vec<ShareRecord> {
    records
        .iter()
        .filter(|r| r.reply_key.is_some() && r.expires.0 + RETENTION_MS > now)
        .cloned()
        .collect()
}

impl Session {
    /// Every reply waiting for a decision, oldest first. A share the relay cannot be asked
    /// about now (no connection) is `None`, so the caller can keep what it showed before.
    pub async fn fetch_proposals(&self) -> Option<Vec<Proposal>> {
        let records = self
            .dossier
            .with_untracked(|d| listening(&d.shares.records, now_ms()));
        let mut proposals = Vec::new();
        let mut reached = false;
        for record in records {
            let list = match relay::fetch_replies(&record.id, &record.revoke_token).await {
                Ok(list) => list,
                Err(RelayError::Offline) => continue,
                // Purged, or not known: nothing waits.
                Err(_) => {
                    reached = true;
                    continue;
                }
            };
            reached = true;
            let key = record.reply_key.as_deref().and_then(ReplyKey::from_secret);
            for stored in list.replies {
                if record.decided.contains(&stored.id) {
                    continue;
                }
                let bytes: Result<Vec<u8>, _> = B64.decode(stored.ciphertext.as_bytes());
                let reply = match (&key, bytes) {
                    (Some(key), Ok(bytes)) => open_reply(key, &bytes),
                    (None, _) => Err(BadReply::Undecryptable),
                    (_, Err(_)) => Err(BadReply::Format),
                };
                proposals.push(Proposal {
                    share_id: record.id.clone(),
                    reply_id: stored.id,
                    recipient: record.recipient.clone(),
                    shared: record.created,
                    received: stored.received_at,
                    reply,
                });
            }
            self.delete_decided(&record).await;
        }
        proposals.sort_by_key(|p| p.received);
        reached.then_some(proposals)
    }

    /// Accepts (`true`) or declines a proposal. Accepting puts it in its section with its
    /// provenance; either way it is kept as decided until the relay confirms deleting it.
    pub fn decide(&self, proposal: &Proposal, accept: bool, lang: Lang) {
        let written_on = proposal
            .reply
            .as_ref()
            .ok()
            .and_then(|r| date_at(r.written.0))
            .unwrap_or_else(today);
        self.edit(|d| {
            let Some(record) = d
                .shares
                .records
                .iter()
                .find(|r| r.id == proposal.share_id)
                .cloned()
            else {
                return;
            };
            if let (true, Ok(reply)) = (accept, &proposal.reply) {
                let unnamed = Text::ReplyGoalUnnamed.fill(lang, &[&reply.author_parts().0]);
                d.accept_reply(reply, &proposal.reply_id, &record, written_on, &unnamed);
            }
            if let Some(record) = d.shares.get_mut(&proposal.share_id) {
                if !record.decided.contains(&proposal.reply_id) {
                    record.decided.push(proposal.reply_id.clone());
                }
            }
        });
        self.save_now();
        let session = *self;
        let share_id = proposal.share_id.clone();
        leptos::task::spawn_local(async move {
            let record = session
                .dossier
                .with_untracked(|d| d.shares.records.iter().find(|r| r.id == share_id).cloned());
            if let Some(record) = record {
                session.delete_decided(&record).await;
            }
        });
    }

    /// Deletes at the relay the replies of `record` the client decided on, and forgets those
    /// the relay no longer holds.
    async fn delete_decided(&self, record: &ShareRecord) {
        let mut done = Vec::new();
        for reply in &record.decided {
            match relay::delete_reply(&record.id, reply, &record.revoke_token).await {
                Ok(()) | Err(RelayError::Gone) => done.push(reply.clone()),
                Err(_) => {}
            }
        }
        if done.is_empty() {
            return;
        }
        self.edit(|d| {
            if let Some(record) = d.shares.get_mut(&record.id) {
                record.decided.retain(|r| !done.contains(r));
            }
        });
        self.save_now();
    }
}
