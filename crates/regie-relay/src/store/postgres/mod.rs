//! Shares in PostgreSQL, for several relays on one database.
//!
//! Every rule that must hold across relays is one statement or runs under the share's row
//! lock: an opening counts itself, checks the limit and logs in a single
//! `UPDATE ... RETURNING` with data-modifying CTEs, and registers its viewer token under the
//! same lock, so concurrent openings on any relay serialise on the share's row lock; a
//! reply is counted under that lock too. A used-up share keeps its content until expiry or
//! a revoke. The purge takes an advisory lock, so relays do not
//! all do it at once. Quota reservations take another, so two uploads cannot both fit in
//! the last free megabyte.
//!
//! Content and previews are sealed under a key per share (see `seal`), replies under a key
//! per reply; the purge deletes the keys of dropped shares (a deleted reply's key goes with
//! it) and rewrites the key tables, so purged ciphertext cannot be read
//! back from table pages or, after the checkpoint that follows, from WAL.

mod activity;
mod requests;
mod seal;
mod transfers;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{
    Manager, ManagerConfig, Object, Pool, PoolError, RecyclingMethod, Runtime,
};
use regie_core::api::{MAX_LOGGED_OPENS, MAX_VIEWERS_PER_SHARE, SHARE_CODE_TRIES};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

use seal::Part;

use super::rules::StoredCode;
use super::{
    gate, refused, reply_gate, state_of, wrong_code_number, Activity, ClientHash, ClientSecret,
    Content, DailyCharge, Gate, LiveShare, NewActivity, NewReply, NewRequest, NewShare,
    NewTransfer, Opened, Opening, Pending, Posting, PurgeReport, Release, Reply, Result, ShareLog,
    Store, StoreError, TokenHash, LOG_RETENTION_MS, UPLOAD_GRACE_MS,
};

/// The migrations, in order; a relay applies those the database lacks.
const MIGRATIONS: &[&str] = &[
    include_str!("schema.sql"),
    include_str!("schema2.sql"),
    include_str!("schema3.sql"),
    include_str!("schema4.sql"),
    include_str!("schema5.sql"),
    include_str!("schema6.sql"),
    include_str!("schema7.sql"),
    include_str!("schema8.sql"),
    include_str!("schema9.sql"),
];

/// Keys of the advisory locks, shared by every relay on the database.
const MIGRATION_LOCK: i64 = 0x7265_6769_6501;
const PURGE_LOCK: i64 = 0x7265_6769_6502;
const QUOTA_LOCK: i64 = 0x7265_6769_6503;

/// How long a request waits for a free connection before the relay answers "busy".
const POOL_WAIT: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("connections", &self.pool.status().size)
            .finish()
    }
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(err: tokio_postgres::Error) -> Self {
        StoreError::backend(err)
    }
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user@host:port/db`) with at most `connections` open
    /// at once, and brings the schema up to date.
    pub async fn connect(url: &str, connections: usize) -> Result<Self> {
        let config: tokio_postgres::Config = url.parse()?;
        Self::connect_with(config, connections).await
    }

    pub async fn connect_with(config: tokio_postgres::Config, connections: usize) -> Result<Self> {
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(connections.max(1))
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(POOL_WAIT))
            .runtime(Runtime::Tokio1)
            .build()
            .map_err(StoreError::backend)?;
        let store = Self { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn client(&self) -> Result<Object> {
        self.pool.get().await.map_err(|err| match err {
            PoolError::Timeout(_) => StoreError::Busy,
            other => StoreError::backend(other),
        })
    }

    async fn migrate(&self) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS regie_schema (version INTEGER NOT NULL)")
            .await?;
        let version: i32 = tx
            .query_one("SELECT COALESCE(MAX(version), 0) FROM regie_schema", &[])
            .await?
            .get(0);
        let known = MIGRATIONS.len() as i32;
        if version > known {
            return Err(StoreError::UnknownSchema(i64::from(version)));
        }
        for (number, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.batch_execute(migration).await?;
            tx.execute(
                "INSERT INTO regie_schema (version) VALUES ($1)",
                &[&(number as i32 + 1)],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Drops a share's preview and content when its row comes back from `s`.
const DROP_CIPHERTEXT: &str = "
    c AS (DELETE FROM chunks WHERE share IN (SELECT key FROM s)),
    p AS (DELETE FROM previews WHERE share IN (SELECT key FROM s))";

#[async_trait]
impl Store for PostgresStore {
    async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()> {
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

    async fn add_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()> {
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

    async fn finish_share(&self, id: &str) -> Result<()> {
        let client = self.client().await?;
        client
            .execute("UPDATE shares SET finished = TRUE WHERE id = $1", &[&id])
            .await?;
        Ok(())
    }

    async fn discard_share(&self, id: &str) -> Result<()> {
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

    async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>> {
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
    async fn open_as(
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

    async fn view(&self, id: &str, viewer: &TokenHash, now: i64) -> Result<Option<Content>> {
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

    async fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>> {
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

    /// The quota's lock first (as an upload takes it), then the share's row, so replies are
    /// counted as atomically as openings; each count is a statement after the lock, so it
    /// sees what the transactions before it committed.
    async fn post_reply(
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
        let Some(row) = tx
            .query_opt(
                "SELECT key, expires_at, revoked_at IS NOT NULL, code_tries, replies
                 FROM shares WHERE id = $1 AND finished FOR UPDATE",
                &[&reply.share],
            )
            .await?
        else {
            return Ok(Posting::Gone);
        };
        let key: i64 = row.get(0);
        let state = state_of(
            row.get::<_, Option<i32>>(3) == Some(0),
            row.get(2),
            row.get(1),
            None,
            0,
            reply.received_at,
        );
        let counts = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM viewers WHERE share = $1 AND token_hash = $2),
                     (SELECT COUNT(*) FROM replies WHERE share = $1)",
                &[&key, &&viewer[..]],
            )
            .await?;
        let held: i64 = counts.get(1);
        if let Some(refused) = reply_gate(state, counts.get(0), row.get(4), held as usize) {
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
                    &key,
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

    async fn post_activity(&self, event: NewActivity, viewer: &TokenHash) -> Result<Posting> {
        self.add_activity(event, viewer).await
    }

    async fn activity(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>> {
        self.activity_of(id, token, now).await
    }

    async fn replies(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<Vec<Reply>>> {
        let mut client = self.client().await?;
        // One snapshot, so the share and its replies agree.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let Some(share) = tx
            .query_opt(
                "SELECT key FROM shares
                 WHERE id = $1 AND finished AND token_hash = $2 AND expires_at > $3",
                &[&id, &&token[..], &horizon],
            )
            .await?
        else {
            return Ok(None);
        };
        let key: i64 = share.get(0);
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
    async fn delete_reply(
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

    async fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        revoke(&self.client().await?, id, Some(token), now).await
    }

    async fn take_down(&self, id: &str, now: i64) -> Result<bool> {
        revoke(&self.client().await?, id, None, now).await
    }

    async fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>> {
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

    async fn purge(&self, now: i64) -> Result<PurgeReport> {
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
            &[&crate::rate_limit::window_of(now).saturating_sub(1)],
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

    async fn charge_client(&self, charge: DailyCharge) -> Result<bool> {
        transfers::charge_client(&self.client().await?, charge).await
    }

    async fn count_request(&self, bucket: &ClientHash, window: i64) -> Result<Option<u64>> {
        transfers::count_request(&self.client().await?, bucket, window)
            .await
            .map(Some)
    }

    async fn client_secret(&self, day: i64) -> Result<ClientSecret> {
        transfers::client_secret(&self.client().await?, day).await
    }

    async fn begin_transfer(&self, transfer: NewTransfer, quota: Option<u64>) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        if let Some(quota) = quota {
            if held_bytes(&tx).await? + transfer.content_bytes > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        transfers::begin(&tx, transfer).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_transfer_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()> {
        transfers::add_chunk(&self.client().await?, id, n, &bytes).await
    }

    async fn finish_transfer(&self, id: &str, expires_at: i64) -> Result<bool> {
        transfers::finish(&self.client().await?, id, expires_at).await
    }

    async fn discard_transfer(&self, id: &str) -> Result<()> {
        transfers::discard(&self.client().await?, id).await
    }

    async fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release> {
        transfers::receive(&self.client().await?, id, code, now).await
    }

    async fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        transfers::cancel(&self.client().await?, id, token, now).await
    }

    async fn create_request(&self, request: NewRequest, cap: u64, now: i64) -> Result<bool> {
        requests::create(&mut self.client().await?, request, cap, now).await
    }

    async fn request_body(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>> {
        requests::body(&self.client().await?, id, now).await
    }

    async fn answer_request(&self, id: &str, answer: Vec<u8>, now: i64) -> Result<bool> {
        requests::answer(&self.client().await?, id, &answer, now).await
    }

    async fn take_request_answer(
        &self,
        id: &str,
        secret: &TokenHash,
        now: i64,
    ) -> Result<Option<Pending>> {
        requests::take_answer(&self.client().await?, id, secret, now).await
    }
}

/// A share `s` whose content may be read at `$3`: finished, and neither revoked, expired
/// nor blocked.
const READABLE: &str = "s.finished AND s.revoked_at IS NULL AND s.expires_at > $3
    AND (s.code_tries IS NULL OR s.code_tries > 0)";

/// The handle on the content of the share in `s`: its chunks, their length (sealed bytes
/// less what sealing added, summed without reading them) and chunk 0 with the share's key.
const CONTENT_OF_S: &str = "
    SELECT (SELECT COUNT(*) FROM chunks c WHERE c.share = s.key),
        (SELECT COALESCE(SUM(length(c.bytes)), 0) FROM chunks c WHERE c.share = s.key)::BIGINT,
        c0.bytes, k.key
    FROM s JOIN chunks c0 ON c0.share = s.key AND c0.n = 0
        LEFT JOIN share_keys k ON k.share = s.key";

/// A row of [`CONTENT_OF_S`] as the handle on the content of share `id`.
fn content_of(id: &str, row: &tokio_postgres::Row) -> Result<Content> {
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
async fn open_locked(
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

/// Rewrites the key tables when keys were deleted, so no deleted key stays in its pages,
/// then starts a new WAL segment and checkpoints, so the segments that held those keys are
/// removed (with `wal_recycle = off`, see docs/deploy.md) instead of waiting for the next
/// timed checkpoint. Without the rights for the last two (`pg_checkpoint`, `pg_switch_wal`)
/// the keys leave WAL at the server's own pace; the relay says so once.
async fn compact_keys(client: &Object) -> Result<()> {
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

static WARNED_FLUSH: AtomicBool = AtomicBool::new(false);

/// Sealed bytes opened with their share's key; bytes stored before schema 2 have none.
pub(super) fn unsealed(key: Option<&[u8]>, id: &str, part: Part, bytes: &[u8]) -> Result<Vec<u8>> {
    match key {
        Some(key) => seal::unseal(key, id, part, bytes),
        None => Ok(bytes.to_vec()),
    }
}

/// Revokes in one statement; `token: None` is the operator's take-down. An expired share
/// stays "expired": only its leftovers go.
async fn revoke(client: &Object, id: &str, token: Option<&TokenHash>, now: i64) -> Result<bool> {
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

/// What a reply is sealed to: its share and its own id.
fn reply_context(share: &str, reply: &str) -> String {
    format!("{share}/{reply}")
}

/// A unique violation on insert: the id is taken.
fn duplicate_or(err: tokio_postgres::Error) -> StoreError {
    if err.code() == Some(&SqlState::UNIQUE_VIOLATION) {
        StoreError::DuplicateId
    } else {
        err.into()
    }
}
