//! Replies to a share in PostgreSQL, each sealed under a key of its own; counted under the
//! share's row lock.

use super::seal::{self, Part};

use super::posting::{lock_share, owned_share, Posts};
use super::upkeep::held_bytes;
use super::{duplicate_or, PostgresStore, QUOTA_LOCK};
use crate::store::{
    reply_gate, NewReply, Posting, Reply, Result, StoreError, TokenHash, LOG_RETENTION_MS,
};

/// What a reply is sealed to: its share and its own id.
pub(super) fn reply_context(share: &str, reply: &str) -> String {
    format!("{share}/{reply}")
}

impl PostgresStore {
    /// The quota's lock first (as an upload takes it), then the share's row, so replies are
    /// counted as atomically as openings; each count is a statement after the lock, so it
    /// sees what the transactions before it committed.
    pub(super) async fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        if quota.is_some() {
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&QUOTA_LOCK])
                .await?;
        }
        let Some(share) =
            lock_share(&tx, &reply.share, viewer, Posts::Replies, reply.received_at).await?
        else {
            return Ok(Posting::Gone);
        };
        if let Some(refused) = reply_gate(
            share.state,
            share.known_viewer,
            share.replies_on,
            share.held,
        ) {
            return Ok(refused);
        }
        if let Some(quota) = quota {
            if held_bytes(&tx).await? + reply.ciphertext.len() as u64 > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        let reply_key = seal::new_key()?;
        let sealed = seal::seal(
            &reply_key,
            &reply_context(&reply.share, &reply.id),
            Part::Reply,
            &reply.ciphertext,
        )?;
        let inserted: i64 = tx
            .query_one(
                "INSERT INTO replies (share, id, received_at, bytes, ciphertext)
                 VALUES ($1, $2, $3, $4, $5) RETURNING key",
                &[
                    &share.key,
                    &reply.id,
                    &reply.received_at,
                    &(reply.ciphertext.len() as i64),
                    &sealed,
                ],
            )
            .await
            .map_err(duplicate_or)?
            .get(0);
        tx.execute(
            "INSERT INTO reply_keys (reply, key) VALUES ($1, $2)",
            &[&inserted, &&reply_key[..]],
        )
        .await?;
        tx.commit().await?;
        Ok(Posting::Posted)
    }

    pub(super) async fn replies(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Reply>>> {
        let mut client = self.client().await?;
        // One snapshot, so the share and its replies agree.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let Some(key) = owned_share(&tx, id, token, now).await? else {
            return Ok(None);
        };
        let rows = tx
            .query(
                "SELECT r.id, r.received_at, r.ciphertext, k.key
                 FROM replies r LEFT JOIN reply_keys k ON k.reply = r.key
                 WHERE r.share = $1 ORDER BY r.key",
                &[&key],
            )
            .await?;
        let mut replies = Vec::with_capacity(rows.len());
        for row in rows {
            let reply: String = row.get(0);
            let key: Option<&[u8]> = row.get(3);
            let Some(key) = key else {
                return Err(StoreError::backend("a reply without its key"));
            };
            let ciphertext =
                seal::unseal(key, &reply_context(id, &reply), Part::Reply, row.get(2))?;
            replies.push(Reply {
                id: reply,
                received_at: row.get(1),
                ciphertext,
            });
        }
        tx.commit().await?;
        Ok(Some(replies))
    }

    /// The reply's key goes with it; the purge rewrites the key tables.
    pub(super) async fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool> {
        let client = self.client().await?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let owned: i64 = client
            .query_one(
                "WITH s AS (
                     SELECT key FROM shares
                     WHERE id = $1 AND finished AND token_hash = $2 AND expires_at > $3),
                 d AS (DELETE FROM replies WHERE share IN (SELECT key FROM s) AND id = $4)
                 SELECT COUNT(*) FROM s",
                &[&id, &&token[..], &horizon, &reply],
            )
            .await?
            .get(0);
        Ok(owned > 0)
    }
}
