//! A share's rows in SQLite: its upload in chunks, its openings under a code and a limit,
//! its viewers, its revoke and its log.

use rusqlite::{params, Connection, OptionalExtension};

use super::db::SqliteDb;
use super::upkeep::held_bytes;

use super::wrong_codes::{self as wrong_codes};
use crate::store::rules::StoredCode;
use crate::store::{
    gate, is_logged, is_past_retention, is_viewable, refused, state_of, Content, Gate, LiveShare,
    NewShare, Opened, Opening, Result, ShareLog, ShareState, StoreError, TokenHash,
};
use regie_core::api::{MAX_VIEWERS_PER_SHARE, SHARE_CODE_TRIES};

pub(super) struct Row {
    pub(super) key: i64,
    pub(super) token_hash: Vec<u8>,
    pub(super) expires_at: i64,
    pub(super) max_opens: Option<u32>,
    pub(super) opens: u64,
    pub(super) revoked: bool,
    pub(super) code_salt: Option<Vec<u8>>,
    pub(super) code_hash: Option<Vec<u8>>,
    pub(super) code_tries: Option<u32>,
    pub(super) starts_at: Option<i64>,
    pub(super) replies: bool,
}

impl Row {
    pub(super) fn state(&self, now: i64) -> ShareState {
        state_of(
            self.code_tries == Some(0),
            self.revoked,
            self.expires_at,
            self.max_opens,
            self.opens,
            now,
        )
    }

    /// Comparing digests rather than tokens means timing reveals nothing usable.
    pub(super) fn owned_by(&self, token: &TokenHash, now: i64) -> bool {
        self.token_hash == token[..] && !is_past_retention(self.expires_at, now)
    }
}

pub(super) fn read_row(conn: &Connection, id: &str) -> rusqlite::Result<Option<Row>> {
    conn.prepare_cached(
        "SELECT key, token_hash, expires_at, max_opens, opens, revoked_at IS NOT NULL,
             code_salt, code_hash, code_tries, starts_at, replies
         FROM shares WHERE id = ?1 AND finished = 1",
    )?
    .query_row([id], |r| {
        Ok(Row {
            key: r.get(0)?,
            token_hash: r.get(1)?,
            expires_at: r.get(2)?,
            max_opens: r.get(3)?,
            opens: r.get(4)?,
            revoked: r.get(5)?,
            code_salt: r.get(6)?,
            code_hash: r.get(7)?,
            code_tries: r.get(8)?,
            starts_at: r.get(9)?,
            replies: r.get(10)?,
        })
    })
    .optional()
}

/// The handle on a share's content with its first chunk; `None` when it holds none. The
/// length is summed from the chunks' record headers, without reading their bytes.
pub(super) fn content_of(conn: &Connection, id: &str, key: i64) -> Result<Option<Content>> {
    let (chunks, len): (i64, i64) = conn
        .prepare_cached(
            "SELECT COUNT(*), COALESCE(SUM(length(bytes)), 0) FROM chunks WHERE share = ?1",
        )?
        .query_row([key], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if chunks == 0 {
        return Ok(None);
    }
    let Some(first) = read_chunk(conn, key, 0)? else {
        return Ok(None);
    };
    Ok(Some(Content {
        id: id.to_owned(),
        chunks: chunks as u32,
        len: len as u64,
        first,
    }))
}

pub(super) fn read_chunk(conn: &Connection, key: i64, n: u32) -> rusqlite::Result<Option<Vec<u8>>> {
    conn.prepare_cached("SELECT bytes FROM chunks WHERE share = ?1 AND n = ?2")?
        .query_row(params![key, n], |r| r.get(0))
        .optional()
}

pub(super) fn has_viewer(
    conn: &Connection,
    key: i64,
    viewer: &TokenHash,
) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM viewers WHERE share = ?1 AND token_hash = ?2)",
    )?
    .query_row(params![key, &viewer[..]], |r| r.get(0))
}

/// Drops a share's content (not its preview) and stops counting it against the quota.
pub(super) fn drop_content(conn: &Connection, key: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM chunks WHERE share = ?1")?
        .execute([key])?;
    conn.prepare_cached("UPDATE shares SET held_bytes = 0 WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

/// A revoke, by the client or the operator: expired shares stay "expired", only their
/// leftovers go.
pub(super) fn revoke_row(conn: &Connection, row: &Row, now: i64) -> rusqlite::Result<()> {
    if row.state(now) != ShareState::Expired {
        conn.prepare_cached(
            "UPDATE shares SET revoked_at = COALESCE(revoked_at, ?2) WHERE key = ?1",
        )?
        .execute(params![row.key, now])?;
    }
    conn.prepare_cached("DELETE FROM previews WHERE share = ?1")?
        .execute([row.key])?;
    drop_content(conn, row.key)
}

impl SqliteDb {
    pub(crate) fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        if let Some(quota) = quota {
            if held_bytes(&tx)? + share.content_bytes > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        let inserted = tx
            .prepare_cached(
                "INSERT INTO shares (id, token_hash, created_at, expires_at, max_opens, finished,
                     held_bytes, code_salt, code_hash, code_tries, starts_at, replies)
                 VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (id) DO NOTHING",
            )?
            .execute(params![
                share.id,
                share.token_hash,
                share.created_at,
                share.expires_at,
                share.max_opens,
                share.content_bytes as i64,
                share.code.as_ref().map(|c| c.salt.to_vec()),
                share.code.as_ref().map(|c| c.hash.to_vec()),
                share.code.as_ref().map(|_| SHARE_CODE_TRIES),
                share.starts_at,
                share.replies,
            ])?;
        if inserted == 0 {
            return Err(StoreError::DuplicateId);
        }
        tx.prepare_cached("INSERT INTO previews (share, preview) VALUES (?1, ?2)")?
            .execute(params![tx.last_insert_rowid(), share.preview])?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn add_chunk(&self, id: &str, n: u32, bytes: &[u8]) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO chunks (share, n, bytes)
                 SELECT key, ?2, ?3 FROM shares WHERE id = ?1 AND finished = 0",
            )?
            .execute(params![id, n, bytes])?;
        Ok(())
    }

    pub(crate) fn finish_share(&self, id: &str) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE shares SET finished = 1 WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    }

    pub(crate) fn discard_share(&self, id: &str) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let unfinished = "SELECT key FROM shares WHERE id = ?1 AND finished = 0";
        for table in ["chunks", "previews"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE share IN ({unfinished})"),
                [id],
            )?;
        }
        tx.execute("DELETE FROM shares WHERE id = ?1 AND finished = 0", [id])?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>> {
        let conn = self.conn();
        let found = conn
            .prepare_cached(
                "SELECT s.expires_at, p.preview, s.code_hash IS NOT NULL, s.code_tries, s.starts_at,
                     s.max_opens IS NOT NULL AND s.opens >= s.max_opens, s.max_opens
                 FROM shares s JOIN previews p ON p.share = s.key
                 WHERE s.id = ?1 AND s.finished = 1 AND s.revoked_at IS NULL AND s.expires_at > ?2",
            )?
            .query_row(params![id, now], |r| {
                Ok(LiveShare {
                    expires_at: r.get(0)?,
                    preview: r.get(1)?,
                    code_needed: r.get(2)?,
                    tries_left: r.get(3)?,
                    starts_at: r.get(4)?,
                    used_up: r.get(5)?,
                    max_opens: r.get(6)?,
                })
            })
            .optional()?;
        Ok(found)
    }

    /// An opening without a viewer token.
    #[cfg(test)]
    pub(crate) fn open(&self, id: &str, code: Option<&str>, now: i64) -> Result<Opening> {
        Ok(self.open_as(id, code, None, now)?.opening)
    }

    pub(crate) fn open_as(
        &self,
        id: &str,
        code: Option<&str>,
        viewer: Option<&TokenHash>,
        now: i64,
    ) -> Result<Opened> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)? else {
            return refused(Opening::Gone);
        };
        let stored = match (&row.code_salt, &row.code_hash) {
            (Some(salt), Some(hash)) => Some(StoredCode {
                salt,
                hash,
                tries_left: row.code_tries.unwrap_or(0),
            }),
            _ => None,
        };
        match gate(row.state(now), row.starts_at, stored, code, now) {
            Gate::Open => {}
            Gate::Gone => return refused(Opening::Gone),
            Gate::NotYet { starts_at } => return refused(Opening::NotYet { starts_at }),
            Gate::CodeNeeded { tries_left } => return refused(Opening::CodeNeeded { tries_left }),
            Gate::Wrong { tries_left } => {
                tx.prepare_cached("UPDATE shares SET code_tries = ?2 WHERE key = ?1")?
                    .execute(params![row.key, tries_left])?;
                wrong_codes::log(&tx, row.key, tries_left, now)?;
                if tries_left == 0 {
                    revoke_row(&tx, &row, now)?;
                }
                tx.commit()?;
                return refused(Opening::WrongCode { tries_left });
            }
        }
        let Some(content) = content_of(&tx, id, row.key)? else {
            return refused(Opening::Gone);
        };
        let opens = row.opens + 1;
        tx.prepare_cached("UPDATE shares SET opens = ?2 WHERE key = ?1")?
            .execute(params![row.key, opens])?;
        if is_logged(opens) {
            tx.prepare_cached("INSERT INTO opens (share, n, at) VALUES (?1, ?2, ?3)")?
                .execute(params![row.key, opens, now])?;
        }
        let viewer_kept = match viewer {
            Some(viewer) => {
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO viewers (share, token_hash)
                     SELECT ?1, ?2 WHERE (SELECT COUNT(*) FROM viewers WHERE share = ?1) < ?3",
                )?
                .execute(params![
                    row.key,
                    &viewer[..],
                    MAX_VIEWERS_PER_SHARE as i64
                ])? > 0
            }
            None => false,
        };
        tx.commit()?;
        Ok(Opened {
            opening: Opening::Content(content),
            viewer_kept,
        })
    }

    pub(crate) fn view(&self, id: &str, viewer: &TokenHash, now: i64) -> Result<Option<Content>> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)? else {
            return Ok(None);
        };
        if !is_viewable(row.state(now)) || !has_viewer(&tx, row.key, viewer)? {
            return Ok(None);
        }
        content_of(&tx, id, row.key)
    }

    pub(crate) fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>> {
        let conn = self.conn();
        let Some(row) = read_row(&conn, id)? else {
            return Ok(None);
        };
        if !is_viewable(row.state(now)) {
            return Ok(None);
        }
        Ok(read_chunk(&conn, row.key, n)?)
    }

    pub(crate) fn revoke(&self, id: &str, token: Option<&TokenHash>, now: i64) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)? else {
            return Ok(false);
        };
        if token.is_some_and(|token| !row.owned_by(token, now)) {
            return Ok(false);
        }
        revoke_row(&tx, &row, now)?;
        tx.commit()?;
        Ok(true)
    }

    pub(crate) fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>> {
        let mut conn = self.conn();
        // One read snapshot, so the count and the rows agree.
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)? else {
            return Ok(None);
        };
        if !row.owned_by(token, now) {
            return Ok(None);
        }
        let opens = tx
            .prepare_cached("SELECT at FROM opens WHERE share = ?1 ORDER BY n")?
            .query_map([row.key], |r| r.get(0))?
            .collect::<Result<Vec<i64>, _>>()?;
        Ok(Some(ShareLog {
            status: row.state(now),
            expires_at: row.expires_at,
            max_opens: row.max_opens,
            opens,
            starts_at: row.starts_at,
            wrong_codes: wrong_codes::of(&tx, row.key)?,
        }))
    }
}
