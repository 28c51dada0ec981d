//! The client's side of replies: fetch what professionals wrote back through her shares,
//! open it with each share's reply key, and let her decide. What she accepts goes into her
//! dossier with its provenance; what she decided is then deleted at the relay.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use leptos::prelude::*;
use regie_core::catalogue::{Lang, PageText};
use regie_core::model::{ShareRecord, Timestamp};
use regie_core::reply::{live_reply_shares, open_reply, reply_shares, BadReply, Reply, ReplyKey};
use regie_core::sorting::sort_by_key;

use crate::platform::clock::today;
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

impl Session {
    /// Every reply waiting for a decision, oldest first, with the shares that were asked:
    /// all shares whose replies may still wait (`live_only` false), or only the live ones
    /// that allow replies (`live_only`), for asking again while a screen stays open. `None`
    /// when the relay could not be reached (no connection), so the caller can keep what it
    /// showed before; nothing is asked when there is no share to ask about.
    pub async fn fetch_proposals(&self, live_only: bool) -> Option<(Vec<String>, Vec<Proposal>)> {
        let records = self.dossier.with_untracked(|d| {
            if live_only {
                live_reply_shares(&d.shares.records, now_ms())
            } else {
                reply_shares(&d.shares.records, now_ms())
            }
        });
        if records.is_empty() {
            return Some((Vec::new(), Vec::new()));
        }
        let mut proposals = Vec::new();
        // The shares the relay answered about: what the caller replaces.
        let mut asked = Vec::new();
        let mut reached = false;
        for record in records {
            let list = match relay::fetch_replies(&record.id, &record.revoke_token).await {
                Ok(list) => list,
                Err(RelayError::Offline) => continue,
                // Purged, or not known: nothing waits.
                Err(_) => {
                    reached = true;
                    asked.push(record.id.clone());
                    continue;
                }
            };
            reached = true;
            asked.push(record.id.clone());
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
        sort_by_key(&mut proposals, |p| p.received);
        reached.then_some((asked, proposals))
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
                let unnamed = PageText::ReplyGoalUnnamed.fill(lang, &[&reply.author_parts().0]);
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
