//! What the SQLite store counts and clears: the bytes held against the quota, each client's
//! uploads of the day, and the purge of what has expired.

use rusqlite::{params, Connection};

use super::db::SqliteDb;

use super::transfer_rows::transfer_bytes;
use crate::store::{DailyCharge, PurgeReport, Result, LOG_RETENTION_MS, UPLOAD_GRACE_MS};

/// Bytes counted against the quota: content held, every reply, and transfers.
pub(super) fn held_bytes(conn: &Connection) -> rusqlite::Result<u64> {
    let shares: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(held_bytes), 0) FROM shares WHERE held_bytes > 0")?
        .query_row([], |r| r.get(0))?;
    let replies: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(length(ciphertext)), 0) FROM replies")?
        .query_row([], |r| r.get(0))?;
    Ok(shares as u64 + replies as u64 + transfer_bytes(conn)?)
}

impl SqliteDb {
    pub(crate) fn purge(&self, now: i64) -> Result<PurgeReport> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let abandoned = now.saturating_sub(UPLOAD_GRACE_MS);
        let gone = "SELECT key FROM shares
                    WHERE expires_at <= ?1 OR (finished = 0 AND created_at <= ?2)";
        for table in [
            "opens",
            "wrong_codes",
            "previews",
            "chunks",
            "viewers",
            "replies",
            "activity",
        ] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE share IN ({gone})"),
                [horizon, abandoned],
            )?;
        }
        let deleted = tx.execute(
            "DELETE FROM shares WHERE expires_at <= ?1 OR (finished = 0 AND created_at <= ?2)",
            [horizon, abandoned],
        )?;
        let expired = "SELECT key FROM shares WHERE expires_at <= ?1";
        let emptied = tx.execute(
            &format!("DELETE FROM previews WHERE share IN ({expired})"),
            [now],
        )?;
        tx.execute(
            &format!("DELETE FROM chunks WHERE share IN ({expired})"),
            [now],
        )?;
        tx.execute(
            "UPDATE shares SET held_bytes = 0 WHERE expires_at <= ?1 AND held_bytes > 0",
            [now],
        )?;
        let today = crate::clock::day_of(now);
        tx.execute("DELETE FROM client_usage WHERE day < ?1", [today - 1])?;
        let transfers = super::transfer_rows::purge(&tx, now, abandoned, today)?;
        super::requests::purge(&tx, now)?;
        tx.commit()?;
        Ok(PurgeReport {
            emptied,
            deleted,
            transfers,
        })
    }

    pub(crate) fn charge_client(&self, charge: DailyCharge) -> Result<bool> {
        if !charge.fits(0) {
            return Ok(false);
        }
        let charged = self
            .conn()
            .prepare_cached(
                "INSERT INTO client_usage (client, day, bytes) VALUES (?1, ?2, ?3)
                 ON CONFLICT (client, day) DO UPDATE SET bytes = bytes + excluded.bytes
                 WHERE bytes + excluded.bytes <= ?4",
            )?
            .execute(params![
                &charge.client[..],
                charge.day,
                charge.bytes as i64,
                charge.limit as i64
            ])?;
        Ok(charged > 0)
    }
}
