//! Requests for a share in SQLite: one row each, deleted once answered and read, or expired.

use rusqlite::{params, OptionalExtension};

use super::db::SqliteDb;
use crate::store::requests::{answered_expiry, NewRequest, Pending};
use crate::store::{Result, StoreError, TokenHash};

/// Schema 8: requests for a share. `answer` is empty until the client answers.
pub(super) const MIGRATION_8: &str = "
CREATE TABLE requests (
    id           TEXT PRIMARY KEY,
    secret_hash  BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    body         BLOB NOT NULL,
    answer       BLOB
);
CREATE INDEX requests_by_expiry ON requests (expires_at);
";

impl SqliteDb {
    pub(crate) fn create_request(&self, request: NewRequest, cap: u64, now: i64) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let alive: i64 = tx
            .prepare_cached("SELECT COUNT(*) FROM requests WHERE expires_at > ?1")?
            .query_row([now], |r| r.get(0))?;
        if alive as u64 >= cap {
            return Ok(false);
        }
        let inserted = tx
            .prepare_cached(
                "INSERT INTO requests (id, secret_hash, created_at, expires_at, body)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
            )?
            .execute(params![
                request.id,
                &request.secret_hash[..],
                request.created_at,
                request.expires_at,
                request.body,
            ])?;
        if inserted == 0 {
            return Err(StoreError::DuplicateId);
        }
        tx.commit()?;
        Ok(true)
    }

    pub(crate) fn request_body(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT body FROM requests WHERE id = ?1 AND answer IS NULL AND expires_at > ?2",
            )?
            .query_row(params![id, now], |r| r.get(0))
            .optional()?)
    }

    pub(crate) fn answer_request(&self, id: &str, answer: &[u8], now: i64) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let expires_at: Option<i64> = tx
            .prepare_cached(
                "SELECT expires_at FROM requests
                 WHERE id = ?1 AND answer IS NULL AND expires_at > ?2",
            )?
            .query_row(params![id, now], |r| r.get(0))
            .optional()?;
        let Some(expires_at) = expires_at else {
            return Ok(false);
        };
        tx.prepare_cached("UPDATE requests SET answer = ?2, expires_at = ?3 WHERE id = ?1")?
            .execute(params![id, answer, answered_expiry(expires_at, now)])?;
        tx.commit()?;
        Ok(true)
    }

    pub(crate) fn take_request_answer(
        &self,
        id: &str,
        secret: &TokenHash,
        now: i64,
    ) -> Result<Option<Pending>> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let found: Option<Option<Vec<u8>>> = tx
            .prepare_cached(
                "SELECT answer FROM requests
                 WHERE id = ?1 AND secret_hash = ?2 AND expires_at > ?3",
            )?
            .query_row(params![id, &secret[..], now], |r| r.get(0))
            .optional()?;
        let pending = match found {
            None => return Ok(None),
            Some(None) => Pending::Waiting,
            Some(Some(answer)) => {
                tx.prepare_cached("DELETE FROM requests WHERE id = ?1")?
                    .execute([id])?;
                Pending::Answered(answer)
            }
        };
        tx.commit()?;
        Ok(Some(pending))
    }
}

/// Deletes expired requests, inside the purge's transaction.
pub(super) fn purge(conn: &rusqlite::Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM requests WHERE expires_at <= ?1", [now])
}
