//! The SQLite store: the embedded default, one file under the data folder, one relay.

mod activity;
mod db;
mod replies;
mod requests;
mod schema;
mod shares;
mod thread;
mod transfer_rows;
mod transfers;
mod upkeep;
mod wrong_codes;

pub use db::DB_FILE;

use std::path::Path;

use async_trait::async_trait;

use crate::store::{
    Activity, ClientSecret, Content, DailyCharge, LiveShare, NewActivity, NewReply, NewRequest,
    NewShare, NewTransfer, Opened, Pending, Posting, PurgeReport, Release, Reply, Result, ShareLog,
    Store, TokenHash,
};
use db::SqliteDb;
use thread::SqliteThread;

/// How many calls may wait for the database's thread when none is said.
pub const DEFAULT_QUEUE_LEN: usize = 1024;

#[derive(Clone)]
pub struct SqliteStore {
    thread: SqliteThread,
}

impl SqliteStore {
    /// Opens (or creates) the database in `dir`, creating the folder if needed.
    pub fn open_in_dir(dir: &Path) -> Result<Self> {
        Self::open_in_dir_with_queue(dir, DEFAULT_QUEUE_LEN)
    }

    /// As [`SqliteStore::open_in_dir`], with at most `queue_len` calls waiting.
    pub fn open_in_dir_with_queue(dir: &Path, queue_len: usize) -> Result<Self> {
        Self::start(SqliteDb::open_in_dir(dir)?, queue_len)
    }

    /// A private database that vanishes with the store.
    pub fn open_in_memory() -> Result<Self> {
        Self::start(SqliteDb::open_in_memory()?, DEFAULT_QUEUE_LEN)
    }

    fn start(db: SqliteDb, queue_len: usize) -> Result<Self> {
        Ok(Self {
            thread: SqliteThread::spawn(db, queue_len)?,
        })
    }
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteStore")
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()> {
        self.thread
            .run(move |db| db.begin_share(share, quota))
            .await
    }

    async fn add_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()> {
        let id = id.to_owned();
        self.thread
            .run(move |db| db.add_chunk(&id, n, &bytes))
            .await
    }

    async fn finish_share(&self, id: &str) -> Result<()> {
        let id = id.to_owned();
        self.thread.run(move |db| db.finish_share(&id)).await
    }

    async fn discard_share(&self, id: &str) -> Result<()> {
        let id = id.to_owned();
        self.thread.run(move |db| db.discard_share(&id)).await
    }

    async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>> {
        let id = id.to_owned();
        self.thread.run(move |db| db.status(&id, now)).await
    }

    async fn open_as(
        &self,
        id: &str,
        code: Option<&str>,
        viewer: Option<&TokenHash>,
        now: i64,
    ) -> Result<Opened> {
        let (id, code, viewer) = (id.to_owned(), code.map(str::to_owned), viewer.copied());
        self.thread
            .run(move |db| db.open_as(&id, code.as_deref(), viewer.as_ref(), now))
            .await
    }

    async fn view(&self, id: &str, viewer: &TokenHash, now: i64) -> Result<Option<Content>> {
        let (id, viewer) = (id.to_owned(), *viewer);
        self.thread.run(move |db| db.view(&id, &viewer, now)).await
    }

    async fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>> {
        let id = id.to_owned();
        self.thread.run(move |db| db.read_chunk(&id, n, now)).await
    }

    async fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting> {
        let viewer = *viewer;
        self.thread
            .run(move |db| db.post_reply(reply, &viewer, quota))
            .await
    }

    async fn replies(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<Vec<Reply>>> {
        let (id, token) = (id.to_owned(), *token);
        self.thread
            .run(move |db| db.replies(&id, &token, now))
            .await
    }

    async fn post_activity(&self, event: NewActivity, viewer: &TokenHash) -> Result<Posting> {
        let viewer = *viewer;
        self.thread
            .run(move |db| db.post_activity(event, &viewer))
            .await
    }

    async fn activity(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>> {
        let (id, token) = (id.to_owned(), *token);
        self.thread
            .run(move |db| db.activity(&id, &token, now))
            .await
    }

    async fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool> {
        let (id, token, reply) = (id.to_owned(), *token, reply.to_owned());
        self.thread
            .run(move |db| db.delete_reply(&id, &token, &reply, now))
            .await
    }

    async fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        let (id, token) = (id.to_owned(), *token);
        self.thread
            .run(move |db| db.revoke(&id, Some(&token), now))
            .await
    }

    async fn take_down(&self, id: &str, now: i64) -> Result<bool> {
        let id = id.to_owned();
        let taken = self.thread.run(move |db| db.revoke(&id, None, now)).await?;
        // An operator taking a share down wants it off the disk now, not at the next purge.
        self.thread.run_alone(SqliteDb::shred).await?;
        Ok(taken)
    }

    async fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>> {
        let (id, token) = (id.to_owned(), *token);
        self.thread.run(move |db| db.log(&id, &token, now)).await
    }

    async fn purge(&self, now: i64) -> Result<PurgeReport> {
        let report = self.thread.run(move |db| db.purge(now)).await?;
        // Revokes and deleted replies since the last purge left their old pages in the WAL
        // too, so it is emptied every time, not only when this purge dropped something.
        self.thread.run_alone(SqliteDb::shred).await?;
        Ok(report)
    }

    async fn charge_client(&self, charge: DailyCharge) -> Result<bool> {
        self.thread.run(move |db| db.charge_client(charge)).await
    }

    async fn client_secret(&self, day: i64) -> Result<ClientSecret> {
        self.thread.run(move |db| db.client_secret(day)).await
    }

    async fn begin_transfer(&self, transfer: NewTransfer, quota: Option<u64>) -> Result<()> {
        self.thread
            .run(move |db| db.begin_transfer(transfer, quota))
            .await
    }

    async fn add_transfer_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()> {
        let id = id.to_owned();
        self.thread
            .run(move |db| db.add_transfer_chunk(&id, n, &bytes))
            .await
    }

    async fn finish_transfer(&self, id: &str, expires_at: i64) -> Result<bool> {
        let id = id.to_owned();
        self.thread
            .run(move |db| db.finish_transfer(&id, expires_at))
            .await
    }

    async fn discard_transfer(&self, id: &str) -> Result<()> {
        let id = id.to_owned();
        self.thread.run(move |db| db.discard_transfer(&id)).await
    }

    async fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release> {
        let (id, code) = (id.to_owned(), code.to_owned());
        self.thread
            .run(move |db| db.receive_transfer(&id, &code, now))
            .await
    }

    async fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        let (id, token) = (id.to_owned(), *token);
        self.thread
            .run(move |db| db.cancel_transfer(&id, &token, now))
            .await
    }

    async fn create_request(&self, request: NewRequest, cap: u64, now: i64) -> Result<bool> {
        self.thread
            .run(move |db| db.create_request(request, cap, now))
            .await
    }

    async fn request_body(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>> {
        let id = id.to_owned();
        self.thread.run(move |db| db.request_body(&id, now)).await
    }

    async fn answer_request(&self, id: &str, answer: Vec<u8>, now: i64) -> Result<bool> {
        let id = id.to_owned();
        self.thread
            .run(move |db| db.answer_request(&id, &answer, now))
            .await
    }

    async fn take_request_answer(
        &self,
        id: &str,
        secret: &TokenHash,
        now: i64,
    ) -> Result<Option<Pending>> {
        let (id, secret) = (id.to_owned(), *secret);
        self.thread
            .run(move |db| db.take_request_answer(&id, &secret, now))
            .await
    }
}
