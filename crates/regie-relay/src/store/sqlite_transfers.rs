//! Transfers in the SQLite database: the same thread, the same connection.

use rusqlite::{params, OptionalExtension};

use super::sqlite_db::SqliteDb;
use super::transfer_rules::{judge, Verdict};
use super::{NewTransfer, Release, Result, StoreError, TokenHash};

impl SqliteDb {
    pub(crate) fn create_transfer(&self, transfer: NewTransfer) -> Result<()> {
        let conn = self.conn();
        let inserted = conn
            .prepare_cached(
                "INSERT INTO transfers (id, code_salt, code_hash, cancel_hash, created_at,
                     expires_at, tries_left, content)
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
                transfer.content,
            ])?;
        if inserted == 0 {
            return Err(StoreError::DuplicateId);
        }
        Ok(())
    }

    pub(crate) fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let found = tx
            .prepare_cached(
                "SELECT code_salt, code_hash, tries_left, expires_at FROM transfers WHERE id = ?1",
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
        let delete = "DELETE FROM transfers WHERE id = ?1";
        let release = match judge(&salt, &hash, tries_left, expires_at, code, now) {
            Verdict::Release => {
                let content: Vec<u8> = tx
                    .prepare_cached("SELECT content FROM transfers WHERE id = ?1")?
                    .query_row([id], |r| r.get(0))?;
                tx.prepare_cached(delete)?.execute([id])?;
                Release::Content(content)
            }
            Verdict::Wrong { tries_left: 0 } => {
                tx.prepare_cached(delete)?.execute([id])?;
                Release::WrongCode { tries_left: 0 }
            }
            Verdict::Wrong { tries_left } => {
                tx.prepare_cached("UPDATE transfers SET tries_left = ?2 WHERE id = ?1")?
                    .execute(params![id, tries_left])?;
                Release::WrongCode { tries_left }
            }
            Verdict::Gone => {
                tx.prepare_cached(delete)?.execute([id])?;
                Release::Gone
            }
        };
        tx.commit()?;
        Ok(release)
    }

    pub(crate) fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        let deleted = self
            .conn()
            .prepare_cached(
                "DELETE FROM transfers WHERE id = ?1 AND cancel_hash = ?2 AND expires_at > ?3",
            )?
            .execute(params![id, &token[..], now])?;
        Ok(deleted > 0)
    }
}
