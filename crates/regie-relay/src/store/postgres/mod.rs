//! Shares in PostgreSQL, for several relays on one database.
//!
//! Every rule that must hold across relays is one statement: an opening counts itself,
//! checks the limit, logs and (when it is the last) drops the content in a single
//! `UPDATE ... RETURNING` with data-modifying CTEs, so concurrent openings on any relay
//! serialise on the share's row lock. The purge takes an advisory lock, so relays do not
//! all do it at once. Quota reservations take another, so two uploads cannot both fit in
//! the last free megabyte.

mod transfers;

use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{
    Manager, ManagerConfig, Object, Pool, PoolError, RecyclingMethod, Runtime,
};
use regie_core::api::MAX_LOGGED_OPENS;
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

use super::{
    state_of, ClientHash, LiveShare, NewShare, NewTransfer, PurgeReport, Release, ShareLog, Store,
    StoreError, TokenHash, LOG_RETENTION_MS, UPLOAD_GRACE_MS,
};

/// The migrations, in order; a relay applies those the database lacks.
const MIGRATIONS: &[&str] = &[include_str!("schema.sql")];

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
    pub async fn connect(url: &str, connections: usize) -> Result<Self, StoreError> {
        let config: tokio_postgres::Config = url.parse()?;
        Self::connect_with(config, connections).await
    }

    pub async fn connect_with(
        config: tokio_postgres::Config,
        connections: usize,
    ) -> Result<Self, StoreError> {
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

    async fn client(&self) -> Result<Object, StoreError> {
        self.pool.get().await.map_err(|err| match err {
            PoolError::Timeout(_) => StoreError::Busy,
            other => StoreError::backend(other),
        })
    }

    async fn migrate(&self) -> Result<(), StoreError> {
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
    async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        if let Some(quota) = quota {
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&QUOTA_LOCK])
                .await?;
            let held: i64 = tx
                .query_one(
                    "SELECT COALESCE(SUM(held_bytes), 0)::BIGINT FROM shares WHERE held_bytes > 0",
                    &[],
                )
                .await?
                .get(0);
            if held as u64 + share.content_bytes > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        let max_opens = share.max_opens.map(|n| n as i32);
        let inserted = tx
            .query_opt(
                "INSERT INTO shares (id, token_hash, created_at, expires_at, max_opens, held_bytes)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (id) DO NOTHING
                 RETURNING key",
                &[
                    &share.id,
                    &&share.token_hash[..],
                    &share.created_at,
                    &share.expires_at,
                    &max_opens,
                    &(share.content_bytes as i64),
                ],
            )
            .await?;
        let Some(row) = inserted else {
            return Err(StoreError::DuplicateId);
        };
        let key: i64 = row.get(0);
        tx.execute(
            "INSERT INTO previews (share, preview) VALUES ($1, $2)",
            &[&key, &share.preview],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<(), StoreError> {
        let client = self.client().await?;
        let insert = client
            .prepare_cached(
                "INSERT INTO chunks (share, n, bytes)
                 SELECT key, $2, $3 FROM shares WHERE id = $1 AND NOT finished",
            )
            .await?;
        client.execute(&insert, &[&id, &(n as i32), &bytes]).await?;
        Ok(())
    }

    async fn finish_share(&self, id: &str) -> Result<(), StoreError> {
        let client = self.client().await?;
        client
            .execute("UPDATE shares SET finished = TRUE WHERE id = $1", &[&id])
            .await?;
        Ok(())
    }

    async fn discard_share(&self, id: &str) -> Result<(), StoreError> {
        let client = self.client().await?;
        client
            .execute("DELETE FROM shares WHERE id = $1 AND NOT finished", &[&id])
            .await?;
        Ok(())
    }

    async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>, StoreError> {
        let client = self.client().await?;
        let select = client
            .prepare_cached(
                "SELECT s.expires_at, p.preview
                 FROM shares s JOIN previews p ON p.share = s.key
                 WHERE s.id = $1 AND s.finished AND s.revoked_at IS NULL AND s.expires_at > $2",
            )
            .await?;
        Ok(client
            .query_opt(&select, &[&id, &now])
            .await?
            .map(|row| LiveShare {
                expires_at: row.get(0),
                preview: row.get(1),
            }))
    }

    async fn open(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>, StoreError> {
        let client = self.client().await?;
        // All parts of one statement see the same snapshot: the chunks are read as they
        // were, even by the opening whose `dropped` deletes them.
        let open = client
            .prepare_cached(
                "WITH s AS (
                     UPDATE shares SET opens = opens + 1,
                         held_bytes = CASE WHEN opens + 1 >= max_opens THEN 0 ELSE held_bytes END
                     WHERE id = $1 AND finished AND revoked_at IS NULL AND expires_at > $2
                         AND held_bytes > 0 AND (max_opens IS NULL OR opens < max_opens)
                     RETURNING key, opens, held_bytes),
                 logged AS (
                     INSERT INTO opens (share, n, at) SELECT key, opens, $2 FROM s WHERE opens <= $3),
                 dropped AS (
                     DELETE FROM chunks WHERE share IN (SELECT key FROM s WHERE held_bytes = 0))
                 SELECT c.bytes FROM s JOIN chunks c ON c.share = s.key ORDER BY c.n",
            )
            .await?;
        let rows = client
            .query(&open, &[&id, &now, &(MAX_LOGGED_OPENS as i64)])
            .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        let mut content = Vec::new();
        for row in rows {
            content.extend_from_slice(row.get::<_, &[u8]>(0));
        }
        Ok(Some(content))
    }

    async fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError> {
        revoke(&self.client().await?, id, Some(token), now).await
    }

    async fn take_down(&self, id: &str, now: i64) -> Result<bool, StoreError> {
        revoke(&self.client().await?, id, None, now).await
    }

    async fn log(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<ShareLog>, StoreError> {
        let client = self.client().await?;
        let select = client
            .prepare_cached(
                "SELECT expires_at, max_opens, opens, revoked_at IS NOT NULL,
                     ARRAY(SELECT at FROM opens WHERE share = s.key ORDER BY n)
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
                    status: state_of(row.get(3), expires_at, max_opens, opens as u64, now),
                    expires_at,
                    max_opens,
                    opens: row.get(4),
                }
            }))
    }

    async fn purge(&self, now: i64) -> Result<PurgeReport, StoreError> {
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
        let transfers = tx
            .execute("DELETE FROM transfers WHERE expires_at <= $1", &[&now])
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
        tx.commit().await?;
        Ok(PurgeReport {
            emptied: emptied as usize,
            deleted: deleted as usize,
            transfers: transfers as usize,
        })
    }

    async fn charge_client(
        &self,
        client: &ClientHash,
        day: i64,
        bytes: u64,
        limit: u64,
    ) -> Result<bool, StoreError> {
        transfers::charge_client(&self.client().await?, client, day, bytes, limit).await
    }

    async fn count_request(
        &self,
        bucket: &ClientHash,
        window: i64,
    ) -> Result<Option<u64>, StoreError> {
        transfers::count_request(&self.client().await?, bucket, window)
            .await
            .map(Some)
    }

    async fn create_transfer(&self, transfer: NewTransfer) -> Result<(), StoreError> {
        transfers::create(&self.client().await?, transfer).await
    }

    async fn receive_transfer(
        &self,
        id: &str,
        code: &str,
        now: i64,
    ) -> Result<Release, StoreError> {
        transfers::receive(&self.client().await?, id, code, now).await
    }

    async fn cancel_transfer(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<bool, StoreError> {
        transfers::cancel(&self.client().await?, id, token, now).await
    }
}

/// Revokes in one statement; `token: None` is the operator's take-down. An expired share
/// stays "expired": only its leftovers go.
async fn revoke(
    client: &Object,
    id: &str,
    token: Option<&TokenHash>,
    now: i64,
) -> Result<bool, StoreError> {
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

/// A unique violation on insert: the id is taken.
fn duplicate_or(err: tokio_postgres::Error) -> StoreError {
    if err.code() == Some(&SqlState::UNIQUE_VIOLATION) {
        StoreError::DuplicateId
    } else {
        err.into()
    }
}
