//! Where shares live: one async trait, held to one contract (`tests/store_contract.rs`) by
//! three backends: SQLite (the embedded default), PostgreSQL (several relays on one
//! database) and a map in memory (tests).
//!
//! Every method takes `now` so that expiry is decided at read time by the caller's clock;
//! the purge only reclaims space, it is never what keeps an expired share from being served.
//!
//! A share's content arrives in chunks ([`Store::begin_share`], [`Store::add_chunk`],
//! [`Store::finish_share`]), so an upload never sits whole in the relay's memory, and is
//! served only once finished. The rows leave room for what later versions add to a share
//! (a spoken code with its own tries, a start time, a blocked state, replies, viewer
//! tokens): each is a column or a table keyed by the share, not a change of this shape.

mod memory;
mod postgres;
mod requests;
mod rules;
mod sqlite;
mod transfer_rules;

use async_trait::async_trait;

pub use memory::MemoryStore;
pub use postgres::PostgresStore;
pub use regie_core::api::{ShareLog, ShareState};
pub use requests::{NewRequest, Pending, ANSWER_GRACE_MS};
pub use sqlite::SqliteStore;
pub use sqlite::DB_FILE;
pub use transfer_rules::{CodeHash, CodeSalt, NewTransfer, Release};

pub(crate) use rules::{
    activity_gate, gate, is_logged, is_past_retention, is_viewable, reply_gate, state_of,
    wrong_code_number, Gate,
};

pub use crate::secrets::{ClientHash, ClientSecret, TokenHash};

/// The database counts requests per minute.
pub const WINDOW_MS: i64 = 60_000;

/// The counting window `now` falls in.
pub fn window_of(now: i64) -> i64 {
    now.div_euclid(WINDOW_MS)
}

/// One upload charged to a client's allowance of the day: `bytes` more for `client` on
/// `day`, unless the day's total would pass `limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailyCharge {
    pub client: ClientHash,
    pub day: i64,
    pub bytes: u64,
    pub limit: u64,
}

/// How long the access log outlives the share, so the client can still see who opened it.
pub const LOG_RETENTION_MS: i64 = regie_core::api::RETENTION_MS;
/// An upload not finished after this long is abandoned; the purge removes it.
pub const UPLOAD_GRACE_MS: i64 = 3_600_000;

/// A share as its upload begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewShare {
    pub id: String,
    pub token_hash: TokenHash,
    pub created_at: i64,
    pub expires_at: i64,
    pub max_opens: Option<u32>,
    pub preview: Vec<u8>,
    /// The length of the content to come; counted against the quota from the start.
    pub content_bytes: u64,
    /// The spoken code's lock, for a share that opens only with it.
    pub code: Option<CodeLock>,
    /// A share for later: no opening before this moment.
    pub starts_at: Option<i64>,
    /// The client lets viewers write replies.
    pub replies: bool,
}

/// A reply as it arrives: `id` minted by the relay, `received_at` by its clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReply {
    /// The share it answers.
    pub share: String,
    pub id: String,
    pub received_at: i64,
    pub ciphertext: Vec<u8>,
}

/// An event for a share's activity log as it arrives: `received_at` by the relay's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActivity {
    /// The share it is about.
    pub share: String,
    pub received_at: i64,
    pub ciphertext: Vec<u8>,
}

/// An event of a share's activity log as the store hands it to the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub received_at: i64,
    pub ciphertext: Vec<u8>,
}

/// A reply as the store hands it to the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub id: String,
    pub received_at: i64,
    pub ciphertext: Vec<u8>,
}

/// The answer to one posted reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posting {
    Posted,
    /// Unknown, expired, revoked, taken down, blocked, or the viewer token does not fit.
    Gone,
    /// The client did not allow replies to this share.
    RepliesOff,
    /// The share holds `MAX_REPLIES_PER_SHARE` replies already.
    TooMany,
}

/// A counted opening, and whether the viewer token it brought was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub opening: Opening,
    /// The viewer token is registered: the opening answers it to the viewer. `false` when
    /// none came, the opening was refused, or the share holds `MAX_VIEWERS_PER_SHARE`.
    pub viewer_kept: bool,
}

/// An opening that was refused: no content, and so no viewer token kept.
pub(crate) fn refused(opening: Opening) -> Result<Opened> {
    Ok(Opened {
        opening,
        viewer_kept: false,
    })
}

/// What the store keeps of a share's spoken code: a random salt and the HMAC of the code
/// under it (`secrets::share_code_hash`), never the code.
#[derive(Clone, PartialEq, Eq)]
pub struct CodeLock {
    pub salt: CodeSalt,
    pub hash: CodeHash,
}

impl std::fmt::Debug for CodeLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeLock")
    }
}

/// A share that is neither expired nor revoked nor blocked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveShare {
    pub expires_at: i64,
    pub preview: Vec<u8>,
    /// It opens only with its spoken code.
    pub code_needed: bool,
    /// Wrong codes it still takes (for a share with a code).
    pub tries_left: Option<u32>,
    pub starts_at: Option<i64>,
    /// How often it may be opened in all; `None`: no limit.
    pub max_opens: Option<u32>,
    /// Its openings are used up; a viewer that opened it may keep it.
    pub used_up: bool,
}

/// A share's content as a reader gets it: what it takes to stream it, and its first chunk
/// (for most shares the whole of it), so that a small share costs one store call. The rest
/// is read with [`Store::read_chunk`], one chunk at a time, as the reader takes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub id: String,
    /// Chunks `0..chunks`; at least one.
    pub chunks: u32,
    /// All chunks together, in bytes.
    pub len: u64,
    /// Chunk 0.
    pub first: Vec<u8>,
}

/// The answer to one opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// Counted: here is the content.
    Content(Content),
    /// The share has a code and none came; no try is used.
    CodeNeeded { tries_left: u32 },
    /// A wrong code used a try; at zero the share is blocked, its ciphertext dropped.
    WrongCode { tries_left: u32 },
    /// The share starts later; nothing was counted.
    NotYet { starts_at: i64 },
    /// Unknown, expired, revoked, blocked or used up.
    Gone,
}

/// What one purge reclaimed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Shares whose ciphertext was dropped because they expired.
    pub emptied: usize,
    /// Shares removed with their log, 30 days after expiry, or abandoned uploads.
    pub deleted: usize,
    /// Expired transfers deleted, and abandoned transfer uploads.
    pub transfers: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The backend failed; the message is for the operator's log.
    #[error("database: {0}")]
    Backend(String),
    #[error("creating the data folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("a share with this id exists already")]
    DuplicateId,
    /// Accepting the upload would pass the relay's quota.
    #[error("the quota of stored ciphertext is reached")]
    QuotaFull,
    /// The store's queue or connection pool is full: the caller should answer "busy".
    #[error("the store is busy")]
    Busy,
    #[error("the database was written by a newer relay (schema {0})")]
    UnknownSchema(i64),
}

/// What a store call answers: its value, or the [`StoreError`] that kept it.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    pub(crate) fn backend(err: impl std::fmt::Display) -> Self {
        StoreError::Backend(err.to_string())
    }
}

/// Storage of shares and transfers.
///
/// `None`/`false` answers mean "gone": unknown, expired, revoked, used up, or the token does
/// not fit. Callers must not tell these apart to the outside. Each method is atomic on its
/// own, also between relays sharing one database.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Starts a share whose content follows; it is not served until finished. Refused with
    /// [`StoreError::QuotaFull`] when `quota` (bytes of ciphertext held in all, counting
    /// uploads under way) would be passed.
    async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()>;

    /// Appends chunk `n` (0, 1, 2, ...) of an unfinished share's content.
    async fn add_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()>;

    /// Makes an upload a share that can be opened.
    async fn finish_share(&self, id: &str) -> Result<()>;

    /// Forgets an upload that failed or was refused.
    async fn discard_share(&self, id: &str) -> Result<()>;

    /// The preview of a share that is neither expired nor revoked. A used-up share still
    /// answers, so a viewer that opened it keeps running until expiry.
    async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>>;

    /// Counts an opening and hands out the content, atomically: of any number of concurrent
    /// calls, on any number of relays, no more succeed than the open limit allows. A used-up
    /// share keeps its ciphertext (viewers with a token may fetch it again, see
    /// [`Store::view`]) until it expires, is revoked, taken down or blocked; the purge
    /// empties it after expiry. A share with a spoken code opens only with `code`; each
    /// wrong code uses one of its tries, counted as atomically as the openings, and the
    /// last one blocks the share and drops its ciphertext. Before a share's start nothing
    /// is counted and no code is tried.
    ///
    /// A counted opening also registers `viewer` (the SHA-256 of a viewer token), in the
    /// same atomic step, unless the share holds `MAX_VIEWERS_PER_SHARE` tokens already.
    async fn open_as(
        &self,
        id: &str,
        code: Option<&str>,
        viewer: Option<&TokenHash>,
        now: i64,
    ) -> Result<Opened>;

    /// An opening without a viewer token.
    async fn open_with(&self, id: &str, code: Option<&str>, now: i64) -> Result<Opening> {
        Ok(self.open_as(id, code, None, now).await?.opening)
    }

    /// An opening without a code: the content, or `None` for every refusal.
    async fn open(&self, id: &str, now: i64) -> Result<Option<Content>> {
        Ok(match self.open_with(id, None, now).await? {
            Opening::Content(content) => Some(content),
            _ => None,
        })
    }

    /// The content again, for the holder of a viewer token of a counted opening: not
    /// counted, also when used up. `None` when expired, revoked, taken down, blocked,
    /// unknown, or the token does not fit.
    async fn view(&self, id: &str, viewer: &TokenHash, now: i64) -> Result<Option<Content>>;

    /// Chunk `n` of the content of a share that still holds it and is neither expired,
    /// revoked, taken down nor blocked (used up is fine): for a reader that got a
    /// [`Content`] from an opening or a view. `None` once the share ended meanwhile, so the
    /// reader's stream ends broken rather than short.
    async fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>>;

    /// Keeps a reply to `reply.share` from the holder of a viewer token, while the share
    /// stands (used up is fine) and allows replies, and holds fewer than
    /// `MAX_REPLIES_PER_SHARE`: counted as atomically as the openings. Refused with
    /// [`StoreError::QuotaFull`] when `quota` (shares and replies held) would be passed.
    async fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting>;

    /// The replies, oldest first, for the holder of the revoke token, until the share is
    /// purged: also after revoke, take-down and expiry.
    async fn replies(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<Vec<Reply>>>;

    /// Deletes one reply and its bytes; `true` whenever the share is the token holder's,
    /// also when no such reply is (or is no longer) there.
    async fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool>;

    /// Keeps an event for a share's activity log from the holder of a viewer token, while
    /// the share can be viewed (used up is fine) and holds fewer than
    /// `MAX_ACTIVITY_PER_SHARE` events: counted as atomically as the openings. `TooMany` past
    /// that; `Gone` for every other refusal.
    async fn post_activity(&self, event: NewActivity, viewer: &TokenHash) -> Result<Posting>;

    /// The activity log's events, oldest first, for the holder of the revoke token, until the
    /// share is purged: also after revoke, take-down and expiry.
    async fn activity(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>>;

    /// Drops the ciphertext and refuses further openings, also of a used-up share whose
    /// viewer is still open, and new replies; the replies held stay for the client.
    /// Idempotent; `false` for an unknown id or a token that does not fit.
    async fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool>;

    /// The operator's revoke, by id alone: for a share reported as abuse. Replies stay,
    /// as after a revoke.
    async fn take_down(&self, id: &str, now: i64) -> Result<bool>;

    /// The access log, for the holder of the revoke token, until the share is purged.
    async fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>>;

    /// Drops ciphertext of expired shares so that it cannot be read back from the disk,
    /// deletes shares `LOG_RETENTION_MS` past expiry with their replies and viewer tokens, abandoned uploads, expired transfers
    /// and old counters. Relays sharing a database may all call it; one does the work.
    async fn purge(&self, now: i64) -> Result<PurgeReport>;

    /// Adds the charge's bytes to what its client uploaded that day, unless that would pass
    /// its limit; `false` when refused.
    async fn charge_client(&self, charge: DailyCharge) -> Result<bool>;

    /// Counts a request in `bucket`'s window, answering the count so far, when this store
    /// keeps the counters for several relays. `None`: the relay counts in its own memory.
    async fn count_request(&self, _bucket: &ClientHash, _window: i64) -> Result<Option<u64>> {
        Ok(None)
    }

    /// The secret that keys client-address hashes on `day` (see `client_key`): made on the
    /// first ask and kept, so every relay on this store gets the same one that day. The purge
    /// deletes a day's secret once no counter of that day is left.
    async fn client_secret(&self, day: i64) -> Result<ClientSecret>;

    // Transfers: a dossier moving to a new phone. Nothing of one is kept after it ends.

    /// Starts a transfer whose package follows in chunks, like a share's content; it cannot
    /// be received until finished. Refused with [`StoreError::QuotaFull`] when `quota`
    /// (shares, replies and transfers held, uploads under way included) would be passed;
    /// shares and replies count the transfers held in their quota too.
    async fn begin_transfer(&self, transfer: NewTransfer, quota: Option<u64>) -> Result<()>;

    /// Appends chunk `n` (0, 1, 2, ...) of an unfinished transfer's package.
    async fn add_transfer_chunk(&self, id: &str, n: u32, bytes: Vec<u8>) -> Result<()>;

    /// Makes an upload a transfer that can be received, until `expires_at`; `false` when it
    /// was discarded or purged meanwhile.
    async fn finish_transfer(&self, id: &str, expires_at: i64) -> Result<bool>;

    /// Forgets an unfinished transfer whose upload failed or was refused.
    async fn discard_transfer(&self, id: &str) -> Result<()>;

    /// One try at the code, atomically: the fitting code takes the package and deletes the
    /// transfer, so of any number of concurrent tries at most one gets it; a wrong code uses
    /// up a try, and the last one deletes the transfer. Of any number of concurrent tries,
    /// on any number of relays, at most `tries` wrong codes are ever compared.
    async fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release>;

    /// Deletes a live transfer; `false` for an unknown id or a token that does not fit.
    async fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool>;

    // Requests for a share (see `requests`). Nothing of one is kept after it is answered and
    // read, or expired.

    /// Keeps a new request, unless `cap` requests are alive already: `false` then.
    async fn create_request(&self, request: NewRequest, cap: u64, now: i64) -> Result<bool>;

    /// The body of a request that is neither answered nor expired.
    async fn request_body(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>>;

    /// Keeps the client's answer, once: `false` when the request is answered already,
    /// expired or unknown.
    async fn answer_request(&self, id: &str, answer: Vec<u8>, now: i64) -> Result<bool>;

    /// For the holder of the request's secret: waiting, or the answer, which deletes the
    /// request. `None` when unknown, expired, taken already, or the secret does not fit.
    async fn take_request_answer(
        &self,
        id: &str,
        secret: &TokenHash,
        now: i64,
    ) -> Result<Option<Pending>>;
}

/// A whole transfer in one go: begin, one chunk, finish. For tests and small callers.
pub async fn create_transfer(
    store: &dyn Store,
    mut transfer: NewTransfer,
    content: Vec<u8>,
) -> Result<()> {
    transfer.content_bytes = content.len() as u64;
    let (id, expires_at) = (transfer.id.clone(), transfer.expires_at);
    store.begin_transfer(transfer, None).await?;
    store.add_transfer_chunk(&id, 0, content).await?;
    if store.finish_transfer(&id, expires_at).await? {
        Ok(())
    } else {
        Err(StoreError::Backend(
            "the transfer was gone before it finished".into(),
        ))
    }
}

/// A whole share in one go: begin, one chunk, finish. For tests and small callers.
pub async fn create_share(store: &dyn Store, mut share: NewShare, content: Vec<u8>) -> Result<()> {
    share.content_bytes = content.len() as u64;
    let id = share.id.clone();
    store.begin_share(share, None).await?;
    store.add_chunk(&id, 0, content).await?;
    store.finish_share(&id).await
}
