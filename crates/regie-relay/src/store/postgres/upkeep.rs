//! What the PostgreSQL store counts and clears: the bytes held against the quota, and the
//! purge, which deletes the keys of what it drops and rewrites the key tables.

use std::sync::atomic::{AtomicBool, Ordering};

use deadpool_postgres::Object;
use tokio_postgres::error::SqlState;

use super::{requests, transfers};

use super::{PostgresStore, PURGE_LOCK, QUOTA_LOCK};
use crate::store::{PurgeReport, Result, LOG_RETENTION_MS, UPLOAD_GRACE_MS};

/// Rewrites the key tables when keys were deleted, so no deleted key stays in its pages,
/// then starts a new WAL segment and checkpoints, so the segments that held those keys are
/// removed (with `wal_recycle = off`, see docs/deploy.md) instead of waiting for the next
/// timed checkpoint. Without the rights for the last two (`pg_checkpoint`, `pg_switch_wal`)
/// the keys leave WAL at the server's own pace; the relay says so once.
pub(super) async fn compact_keys(client: &Object) -> Result<()> {
    let pending = client
        .query_opt(
            "UPDATE shred_pending SET pending = FALSE WHERE pending RETURNING 1",
            &[],
        )
        .await?;
    if pending.is_none() {
        return Ok(());
    }
    if let Err(err) = client
        .batch_execute("VACUUM FULL share_keys, transfer_keys, reply_keys, client_secrets")
        .await
    {
        client
            .execute("UPDATE shred_pending SET pending = TRUE", &[])
            .await?;
        return Err(err.into());
    }
    for flush in ["SELECT pg_switch_wal()", "CHECKPOINT"] {
        if let Err(err) = client.batch_execute(flush).await {
            if err.code() != Some(&SqlState::INSUFFICIENT_PRIVILEGE) {
                return Err(err.into());
            }
            if !WARNED_FLUSH.swap(true, Ordering::Relaxed) {
                tracing::warn!(
                    "the database role may not run {flush}: deleted share keys leave WAL only at the next timed checkpoint"
                );
            }
        }
    }
    Ok(())
}

pub(super) static WARNED_FLUSH: AtomicBool = AtomicBool::new(false);

/// Bytes counted against the quota, under the quota's lock: content held, every reply, and
/// every transfer (uploads under way included).
pub(super) async fn held_bytes(tx: &deadpool_postgres::Transaction<'_>) -> Result<u64> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&QUOTA_LOCK])
        .await?;
    let held: i64 = tx
        .query_one(
            "SELECT ((SELECT COALESCE(SUM(held_bytes), 0) FROM shares WHERE held_bytes > 0)
                 + (SELECT COALESCE(SUM(bytes), 0) FROM replies)
                 + (SELECT COALESCE(SUM(held_bytes), 0) FROM transfers))::BIGINT",
            &[],
        )
        .await?
        .get(0);
    Ok(held as u64)
}

impl PostgresStore {
    pub(super) async fn purge(&self, now: i64) -> Result<PurgeReport> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let ours: bool = tx
            .query_one("SELECT pg_try_advisory_xact_lock($1)", &[&PURGE_LOCK])
            .await?
            .get(0);
        if !ours {
            // Another relay is purging right now; the next tick is soon enough.
            return Ok(PurgeReport::default());
        }
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let abandoned = now.saturating_sub(UPLOAD_GRACE_MS);
        // Keys go first: of shares revoked, used up, expired or abandoned.
        tx.execute(
            "WITH k AS (
                 DELETE FROM share_keys k USING shares s
                 WHERE k.share = s.key AND (s.held_bytes = 0 OR s.expires_at <= $1
                     OR (NOT s.finished AND s.created_at <= $2))
                 RETURNING 1)
             UPDATE shred_pending SET pending = TRUE WHERE EXISTS (SELECT 1 FROM k)",
            &[&now, &abandoned],
        )
        .await?;
        let deleted = tx
            .execute(
                "DELETE FROM shares WHERE expires_at <= $1 OR (NOT finished AND created_at <= $2)",
                &[&horizon, &abandoned],
            )
            .await?;
        let emptied = tx
            .execute(
                "DELETE FROM previews p USING shares s WHERE p.share = s.key AND s.expires_at <= $1",
                &[&now],
            )
            .await?;
        tx.execute(
            "DELETE FROM chunks c USING shares s WHERE c.share = s.key AND s.expires_at <= $1",
            &[&now],
        )
        .await?;
        tx.execute(
            "UPDATE shares SET held_bytes = 0 WHERE expires_at <= $1 AND held_bytes > 0",
            &[&now],
        )
        .await?;
        tx.execute(
            "DELETE FROM client_usage WHERE day < $1",
            &[&(crate::clock::day_of(now) - 1)],
        )
        .await?;
        tx.execute(
            "DELETE FROM request_counts WHERE window_start < $1",
            &[&crate::store::window_of(now).saturating_sub(1)],
        )
        .await?;
        let transfers = transfers::purge(&tx, now, abandoned).await?;
        requests::purge(&tx, now).await?;
        tx.commit().await?;
        compact_keys(&client).await?;
        Ok(PurgeReport {
            emptied: emptied as usize,
            deleted: deleted as usize,
            transfers: transfers as usize,
        })
    }
}
