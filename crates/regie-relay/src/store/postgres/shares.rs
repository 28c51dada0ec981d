//! A share's rows in PostgreSQL: its upload, its openings under the row lock, its viewers,
//! its revoke and its log.

use deadpool_postgres::Object;
use regie_core::api::{MAX_LOGGED_OPENS, MAX_VIEWERS_PER_SHARE, SHARE_CODE_TRIES};

use super::seal::{self, Part};

use super::upkeep::held_bytes;
use super::{unsealed, PostgresStore};
use crate::store::rules::StoredCode;
use crate::store::{
    gate, refused, state_of, wrong_code_number, Content, Gate, LiveShare, NewShare, Opened,
    Opening, Result, ShareLog, StoreError, TokenHash, LOG_RETENTION_MS,
};

/// Drops a share's preview and content when its row comes back from `s`.
pub(super) const DROP_CIPHERTEXT: &str = "
    c AS (DELETE FROM chunks WHERE share IN (SELECT key FROM s)),
    p AS (DELETE FROM previews WHERE share IN (SELECT key FROM s))";

/// A share `s` whose content may be read at `$3`: finished, and neither revoked, expired
/// nor blocked.
pub(super) const READABLE: &str = "s.finished AND s.revoked_at IS NULL AND s.expires_at > $3
    AND (s.code_tries IS NULL OR s.code_tries > 0)";

/// The handle on the content of the share in `s`: its chunks, their length (sealed bytes
/// less what sealing added, summed without reading them) and chunk 0 with the share's key.
pub(super) const CONTENT_OF_S: &str = "
    SELECT (SELECT COUNT(*) FROM chunks c WHERE c.share = s.key),
        (SELECT COALESCE(SUM(length(c.bytes)), 0) FROM chunks c WHERE c.share = s.key)::BIGINT,
        c0.bytes, k.key
    FROM s JOIN chunks c0 ON c0.share = s.key AND c0.n = 0
        LEFT JOIN share_keys k ON k.share = s.key";

/// A row of [`CONTENT_OF_S`] as the handle on the content of share `id`.
pub(super) fn content_of(id: &str, row: &tokio_postgres::Row) -> Result<Content> {
    let chunks: i64 = row.get(0);
    let stored: i64 = row.get(1);
    let key: Option<&[u8]> = row.get(3);
    let overhead = if key.is_some() { seal::OVERHEAD } else { 0 };
    Ok(Content {
        id: id.to_owned(),
        chunks: chunks as u32,
        len: (stored as u64).saturating_sub(chunks as u64 * overhead as u64),
        first: unsealed(key, id, Part::Chunk(0), row.get(2))?,
    })
}

/// The opening itself, on a share whose row the transaction holds.
pub(super) async fn open_locked(
    client: &deadpool_postgres::Transaction<'_>,
    id: &str,
    now: i64,
) -> Result<Option<Content>> {
    // A used-up share keeps its chunks for its viewer tokens, until expiry or a revoke.
    let open = client
            .prepare_cached(&format!(
                "WITH s AS (
                     UPDATE shares SET opens = opens + 1
                     WHERE id = $1 AND finished AND revoked_at IS NULL AND expires_at > $2
                         AND held_bytes > 0 AND (max_opens IS NULL OR opens < max_opens)
                     RETURNING key, opens),
                 logged AS (
                     INSERT INTO opens (share, n, at) SELECT key, opens, $2 FROM s WHERE opens <= $3)
                 {CONTENT_OF_S}"
            ))
            .await?;
    let row = client
        .query_opt(&open, &[&id, &now, &(MAX_LOGGED_OPENS as i64)])
        .await?;
    row.map(|row| content_of(id, &row)).transpose()
}

/// Revokes in one statement; `token: None` is the operator's take-down. An expired share
/// stays "expired": only its leftovers go.
pub(super) async fn revoke(
    client: &Object,
    id: &str,
    token: Option<&TokenHash>,
    now: i64,
) -> Result<bool> {
    let revoke = client
        .prepare_cached(&format!(
            "WITH s AS (
                 UPDATE shares SET held_bytes = 0, revoked_at =
                     CASE WHEN expires_at > $3 THEN COALESCE(revoked_at, $3) ELSE revoked_at END
                 WHERE id = $1 AND finished AND ($2::BYTEA IS NULL OR token_hash = $2)
                     AND expires_at > $4
                 RETURNING key),
             {DROP_CIPHERTEXT}
             SELECT COUNT(*) FROM s"
        ))
        .await?;
    let token = token.map(|t| &t[..]);
    let horizon = now.saturating_sub(LOG_RETENTION_MS);
    let revoked: i64 = client
        .query_one(&revoke, &[&id, &token, &now, &horizon])
        .await?
        .get(0);
    Ok(revoked > 0)
}

impl PostgresStore {
    pub(super) async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        if let Some(quota) = quota {
            if held_bytes(&tx).await? + share.content_bytes > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        let max_opens = share.max_opens.map(|n| n as i32);
        let inserted = tx
            .query_opt(
                "INSERT INTO shares (id, token_hash, created_at, expires_at, max_opens, held_bytes,
                     code_salt, code_hash, code_tries, starts_at, replies)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                 ON CONFLICT (id) DO NOTHING
                 RETURNING key",
                &[
                    &share.id,
                    &&share.token_hash[..],
                    &share.created_at,
                    &share.expires_at,
                    &max_opens,
                    &(share.content_bytes as i64),
                    &share.code.as_ref().map(|c| c.salt.to_vec()),
                    &share.code.as_ref().map(|c| c.hash.to_vec()),
                    &share.code.as_ref().map(|_| SHARE_CODE_TRIES as i32),
                    &share.starts_at,
                    &share.replies,
                ],
            )
            .await?;
        let Some(row) = inserted else {
            return Err(StoreError::DuplicateId);
        };
        let key: i64 = row.get(0);
        let share_key = seal::new_key()?;
        let preview = seal::seal(&share_key, &share.id, Part::Preview, &share.preview)?;
        tx.execute(
            "INSERT INTO share_keys (share, key) VALUES ($1, $2)",
            &[&key, &&share_key[..]],
        )
        .await?;
        tx.execute(
            "INSERT INTO previews (share, preview) VALUES ($1, $2)",
            &[&key, &preview],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn add_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()> {
        let client = self.client().await?;
        let key = client
            .prepare_cached(
                "SELECT s.key, k.key FROM shares s JOIN share_keys k ON k.share = s.key
                 WHERE s.id = $1 AND NOT s.finished",
            )
            .await?;
        let Some(row) = client.query_opt(&key, &[&id]).await? else {
            // Discarded or purged meanwhile: the upload fails when it finishes.
            return Ok(());
        };
        let share: i64 = row.get(0);
        let sealed = seal::seal(row.get::<_, &[u8]>(1), id, Part::Chunk(n), &bytes)?;
        let insert = client
            .prepare_cached("INSERT INTO chunks (share, n, bytes) VALUES ($1, $2, $3)")
            .await?;
        client
            .execute(&insert, &[&share, &(n as i32), &sealed])
            .await?;
        Ok(())
    }

    pub(super) async fn finish_share(&self, id: &str) -> Result<()> {
        let client = self.client().await?;
        client
            .execute("UPDATE shares SET finished = TRUE WHERE id = $1", &[&id])
            .await?;
        Ok(())
    }

    pub(super) async fn discard_share(&self, id: &str) -> Result<()> {
        let client = self.client().await?;
        client
            .execute(
                "WITH d AS (DELETE FROM shares WHERE id = $1 AND NOT finished RETURNING key)
                 UPDATE shred_pending SET pending = TRUE WHERE EXISTS (SELECT 1 FROM d)",
                &[&id],
            )
            .await?;
        Ok(())
    }

    pub(super) async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>> {
        let client = self.client().await?;
        let select = client
            .prepare_cached(
                "SELECT s.expires_at, p.preview, k.key, s.code_hash IS NOT NULL, s.code_tries,
                     s.starts_at, s.max_opens IS NOT NULL AND s.opens >= s.max_opens, s.max_opens
                 FROM shares s JOIN previews p ON p.share = s.key
                     LEFT JOIN share_keys k ON k.share = s.key
                 WHERE s.id = $1 AND s.finished AND s.revoked_at IS NULL AND s.expires_at > $2",
            )
            .await?;
        let Some(row) = client.query_opt(&select, &[&id, &now]).await? else {
            return Ok(None);
        };
        Ok(Some(LiveShare {
            expires_at: row.get(0),
            preview: unsealed(row.get(2), id, Part::Preview, row.get(1))?,
            code_needed: row.get(3),
            tries_left: row.get::<_, Option<i32>>(4).map(|n| n.max(0) as u32),
            starts_at: row.get(5),
            used_up: row.get(6),
            max_opens: row.get::<_, Option<i32>>(7).map(|n| n.max(0) as u32),
        }))
    }

    /// The share's row is locked first (`FOR UPDATE`), so of any number of openings and
    /// tries at the code, on any number of relays, each sees the tries the one before it
    /// left: no more than five wrong codes are ever judged.
    pub(super) async fn open_as(
        &self,
        id: &str,
        code: Option<&str>,
        viewer: Option<&TokenHash>,
        now: i64,
    ) -> Result<Opened> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let lock = tx
            .prepare_cached(
                "SELECT expires_at, max_opens, opens, revoked_at IS NOT NULL, code_salt,
                     code_hash, code_tries, starts_at
                 FROM shares WHERE id = $1 AND finished FOR UPDATE",
            )
            .await?;
        let Some(row) = tx.query_opt(&lock, &[&id]).await? else {
            return refused(Opening::Gone);
        };
        let expires_at: i64 = row.get(0);
        let max_opens = row.get::<_, Option<i32>>(1).map(|n| n as u32);
        let opens: i64 = row.get(2);
        let code_tries = row.get::<_, Option<i32>>(6).map(|n| n.max(0) as u32);
        let state = state_of(
            code_tries == Some(0),
            row.get(3),
            expires_at,
            max_opens,
            opens as u64,
            now,
        );
        let salt: Option<&[u8]> = row.get(4);
        let hash: Option<&[u8]> = row.get(5);
        let stored = salt.zip(hash).map(|(salt, hash)| StoredCode {
            salt,
            hash,
            tries_left: code_tries.unwrap_or(0),
        });
        match gate(state, row.get(7), stored, code, now) {
            Gate::Open => {}
            Gate::Gone => return refused(Opening::Gone),
            Gate::NotYet { starts_at } => return refused(Opening::NotYet { starts_at }),
            Gate::CodeNeeded { tries_left } => return refused(Opening::CodeNeeded { tries_left }),
            Gate::Wrong { tries_left } => {
                let tries = tries_left as i32;
                // Counted and logged in one statement; the log keeps the number, not the code.
                let number = wrong_code_number(tries_left).map(|n| n as i32);
                tx.execute(
                    "WITH s AS (UPDATE shares SET code_tries = $2 WHERE id = $1 RETURNING key)
                     INSERT INTO wrong_codes (share, n, at)
                         SELECT key, $3, $4 FROM s WHERE $3::INTEGER IS NOT NULL
                     ON CONFLICT DO NOTHING",
                    &[&id, &tries, &number, &now],
                )
                .await?;
                if tries_left == 0 {
                    // Blocked: gone like a revoke, its ciphertext with it.
                    tx.execute(
                        &format!(
                            "WITH s AS (
                                 UPDATE shares SET held_bytes = 0,
                                     revoked_at = COALESCE(revoked_at, $2)
                                 WHERE id = $1 RETURNING key),
                             {DROP_CIPHERTEXT}
                             SELECT 1"
                        ),
                        &[&id, &now],
                    )
                    .await?;
                }
                tx.commit().await?;
                return refused(Opening::WrongCode { tries_left });
            }
        }
        let Some(content) = open_locked(&tx, id, now).await? else {
            return refused(Opening::Gone);
        };
        // The share's row is still locked: the count of its viewers cannot move meanwhile.
        let viewer_kept = match viewer {
            Some(viewer) => {
                tx.execute(
                    "INSERT INTO viewers (share, token_hash)
                     SELECT key, $2 FROM shares s WHERE id = $1
                         AND (SELECT COUNT(*) FROM viewers v WHERE v.share = s.key) < $3
                     ON CONFLICT DO NOTHING",
                    &[&id, &&viewer[..], &(MAX_VIEWERS_PER_SHARE as i64)],
                )
                .await?
                    > 0
            }
            None => false,
        };
        tx.commit().await?;
        Ok(Opened {
            opening: Opening::Content(content),
            viewer_kept,
        })
    }

    pub(super) async fn view(
        &self,
        id: &str,
        viewer: &TokenHash,
        now: i64,
    ) -> Result<Option<Content>> {
        let client = self.client().await?;
        // One statement, one snapshot: the token, the share's state and its chunks agree.
        let select = client
            .prepare_cached(&format!(
                "WITH s AS (
                     SELECT s.key FROM shares s
                         JOIN viewers v ON v.share = s.key AND v.token_hash = $2
                     WHERE s.id = $1 AND {READABLE})
                 {CONTENT_OF_S}"
            ))
            .await?;
        let row = client
            .query_opt(&select, &[&id, &&viewer[..], &now])
            .await?;
        row.map(|row| content_of(id, &row)).transpose()
    }

    pub(super) async fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>> {
        let client = self.client().await?;
        let select = client
            .prepare_cached(&format!(
                "SELECT c.bytes, k.key FROM shares s
                     JOIN chunks c ON c.share = s.key AND c.n = $2
                     LEFT JOIN share_keys k ON k.share = s.key
                 WHERE s.id = $1 AND {READABLE}"
            ))
            .await?;
        let row = client.query_opt(&select, &[&id, &(n as i32), &now]).await?;
        row.map(|row| unsealed(row.get(1), id, Part::Chunk(n), row.get(0)))
            .transpose()
    }

    pub(super) async fn log(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<ShareLog>> {
        let client = self.client().await?;
        let select = client
            .prepare_cached(
                "SELECT expires_at, max_opens, opens, revoked_at IS NOT NULL,
                     ARRAY(SELECT at FROM opens WHERE share = s.key ORDER BY n), code_tries,
                     starts_at, ARRAY(SELECT at FROM wrong_codes WHERE share = s.key ORDER BY n)
                 FROM shares s
                 WHERE id = $1 AND finished AND token_hash = $2 AND expires_at > $3",
            )
            .await?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        Ok(client
            .query_opt(&select, &[&id, &&token[..], &horizon])
            .await?
            .map(|row| {
                let expires_at: i64 = row.get(0);
                let max_opens = row.get::<_, Option<i32>>(1).map(|n| n as u32);
                let opens: i64 = row.get(2);
                ShareLog {
                    status: state_of(
                        row.get::<_, Option<i32>>(5) == Some(0),
                        row.get(3),
                        expires_at,
                        max_opens,
                        opens as u64,
                        now,
                    ),
                    expires_at,
                    max_opens,
                    opens: row.get(4),
                    starts_at: row.get(6),
                    wrong_codes: row.get(7),
                }
            }))
    }
}
