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
mod posting;
mod replies;
mod requests;
mod schema;
mod seal;
mod shares;
mod transfers;
mod upkeep;

use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{
    Manager, ManagerConfig, Object, Pool, PoolError, RecyclingMethod, Runtime,
};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

use seal::Part;
use shares::revoke;
use upkeep::held_bytes;

use super::{
    Activity, ClientHash, ClientSecret, Content, DailyCharge, LiveShare, NewActivity, NewReply,
    NewRequest, NewShare, NewTransfer, Opened, Pending, Posting, PurgeReport, Release, Reply,
    Result, ShareLog, Store, StoreError, TokenHash, LOG_RETENTION_MS,
};

/// Keys of the advisory locks, shared by every relay on the database.
pub(super) const MIGRATION_LOCK: i64 = 0x7265_6769_6501;
pub(super) const PURGE_LOCK: i64 = 0x7265_6769_6502;
pub(super) const QUOTA_LOCK: i64 = 0x7265_6769_6503;

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
}

#[async_trait]
impl Store for PostgresStore {
    async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()> {
        PostgresStore::begin_share(self, share, quota).await
    }

    async fn add_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()> {
        PostgresStore::add_chunk(self, id, n, bytes).await
    }

    async fn finish_share(&self, id: &str) -> Result<()> {
        PostgresStore::finish_share(self, id).await
    }

    async fn discard_share(&self, id: &str) -> Result<()> {
        PostgresStore::discard_share(self, id).await
    }

    async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>> {
        PostgresStore::status(self, id, now).await
    }

    async fn open_as(
        &self,
        id: &str,
        code: Option<&str>,
        viewer: Option<&TokenHash>,
        now: i64,
    ) -> Result<Opened> {
        PostgresStore::open_as(self, id, code, viewer, now).await
    }

    async fn view(&self, id: &str, viewer: &TokenHash, now: i64) -> Result<Option<Content>> {
        PostgresStore::view(self, id, viewer, now).await
    }

    async fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>> {
        PostgresStore::read_chunk(self, id, n, now).await
    }

    async fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting> {
        PostgresStore::post_reply(self, reply, viewer, quota).await
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
        PostgresStore::replies(self, id, token, now).await
    }

    async fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool> {
        PostgresStore::delete_reply(self, id, token, reply, now).await
    }

    async fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        revoke(&self.client().await?, id, Some(token), now).await
    }

    async fn take_down(&self, id: &str, now: i64) -> Result<bool> {
        revoke(&self.client().await?, id, None, now).await
    }

    async fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>> {
        PostgresStore::log(self, id, token, now).await
    }

    async fn purge(&self, now: i64) -> Result<PurgeReport> {
        PostgresStore::purge(self, now).await
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

/// Sealed bytes opened with their share's key; bytes stored before schema 2 have none.
pub(super) fn unsealed(key: Option<&[u8]>, id: &str, part: Part, bytes: &[u8]) -> Result<Vec<u8>> {
    match key {
        Some(key) => seal::unseal(key, id, part, bytes),
        None => Ok(bytes.to_vec()),
    }
}

/// A unique violation on insert: the id is taken.
fn duplicate_or(err: tokio_postgres::Error) -> StoreError {
    if err.code() == Some(&SqlState::UNIQUE_VIOLATION) {
        StoreError::DuplicateId
    } else {
        err.into()
    }
}
