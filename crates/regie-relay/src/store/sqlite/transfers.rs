//! Transfers and the client secrets in the SQLite database: the same thread, the same
//! connection. A transfer's package arrives in chunks, like a share's content, and counts
//! against the quota from its first byte until it is received, cancelled or purged.

use rusqlite::{params, OptionalExtension};

use super::db::SqliteDb;
use super::transfer_rows::delete;
use crate::store::transfer_rules::{judge, Verdict};
use crate::store::{ClientSecret, NewTransfer, Release, Result, StoreError, TokenHash};

impl SqliteDb {
    pub(crate) fn client_secret(&self, day: i64) -> Result<ClientSecret> {
        let conn = self.conn();
        let kept: Option<Vec<u8>> = conn
            .prepare_cached("SELECT secret FROM client_secrets WHERE day = ?1")?
            .query_row([day], |r| r.get(0))
            .optional()?;
        if let Some(secret) = kept {
            return ClientSecret::try_from(secret.as_slice())
                .map_err(|_| StoreError::backend("a client secret of the wrong length"));
        }
        let secret: ClientSecret = crate::secrets::random_bytes().map_err(StoreError::backend)?;
        conn.prepare_cached("INSERT INTO client_secrets (day, secret) VALUES (?1, ?2)")?
            .execute(params![day, &secret[..]])?;
        Ok(secret)
    }

    pub(crate) fn begin_transfer(&self, transfer: NewTransfer, quota: Option<u64>) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        if let Some(quota) = quota {
            if super::upkeep::held_bytes(&tx)? + transfer.content_bytes > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        let inserted = tx
            .prepare_cached(
                "INSERT INTO transfers (id, code_salt, code_hash, cancel_hash, created_at,
                     expires_at, tries_left, held_bytes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (id) DO NOTHING",
            )?
            .execute(params![
                transfer.id,
                transfer.code_salt,
                transfer.code_hash,
                transfer.cancel_hash,
                transfer.created_at,
                transfer.expires_at,
                transfer.tries,
                transfer.content_bytes as i64,
            ])?;
        if inserted == 0 {
            return Err(StoreError::DuplicateId);
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn add_transfer_chunk(&self, id: &str, n: u32, bytes: &[u8]) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO transfer_chunks (transfer, n, bytes)
                 SELECT id, ?2, ?3 FROM transfers WHERE id = ?1 AND finished = 0",
            )?
            .execute(params![id, n, bytes])?;
        Ok(())
    }

    pub(crate) fn finish_transfer(&self, id: &str, expires_at: i64) -> Result<bool> {
        let finished = self
            .conn()
            .prepare_cached(
                "UPDATE transfers SET finished = 1, expires_at = ?2 WHERE id = ?1 AND finished = 0",
            )?
            .execute(params![id, expires_at])?;
        Ok(finished > 0)
    }

    pub(crate) fn discard_transfer(&self, id: &str) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let unfinished: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM transfers WHERE id = ?1 AND finished = 0)",
            )?
            .query_row([id], |r| r.get(0))?;
        if unfinished {
            delete(&tx, id)?;
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let found = tx
            .prepare_cached(
                "SELECT code_salt, code_hash, tries_left, expires_at FROM transfers
                 WHERE id = ?1 AND finished = 1",
            )?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, Vec<u8>>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })
            .optional()?;
        let Some((salt, hash, tries_left, expires_at)) = found else {
            return Ok(Release::Gone);
        };
        let release = match judge(&salt, &hash, tries_left, expires_at, code, now) {
            Verdict::Release => {
                let mut content = Vec::new();
                let mut select = tx.prepare_cached(
                    "SELECT bytes FROM transfer_chunks WHERE transfer = ?1 ORDER BY n",
                )?;
                let mut rows = select.query([id])?;
                while let Some(chunk) = rows.next()? {
                    let bytes = chunk.get_ref(0)?.as_blob().map_err(StoreError::backend)?;
                    content.extend_from_slice(bytes);
                }
                drop(rows);
                drop(select);
                delete(&tx, id)?;
                Release::Content(content)
            }
            Verdict::Wrong { tries_left: 0 } => {
                delete(&tx, id)?;
                Release::WrongCode { tries_left: 0 }
            }
            Verdict::Wrong { tries_left } => {
                tx.prepare_cached("UPDATE transfers SET tries_left = ?2 WHERE id = ?1")?
                    .execute(params![id, tries_left])?;
                Release::WrongCode { tries_left }
            }
            Verdict::Gone => {
                delete(&tx, id)?;
                Release::Gone
            }
        };
        tx.commit()?;
        Ok(release)
    }

    pub(crate) fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let live: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM transfers
                     WHERE id = ?1 AND cancel_hash = ?2 AND expires_at > ?3)",
            )?
            .query_row(params![id, &token[..], now], |r| r.get(0))?;
        if live {
            delete(&tx, id)?;
        }
        tx.commit()?;
        Ok(live)
    }
}
