//! Where shares live: a small trait, a SQLite backend for real use and an in-memory one for
//! tests, both held to the same contract (`tests/store_contract.rs`).
//!
//! Every method takes `now` so that expiry is decided at read time by the caller's clock;
//! the purge only reclaims space, it is never what keeps an expired share from being served.

mod memory;
mod sqlite;
mod thread;
mod transfer_rules;

pub use memory::MemoryStore;
pub use regie_core::api::{ShareLog, ShareState};
pub use sqlite::SqliteStore;
pub use thread::{StoreThread, StoreThreadGone};
pub use transfer_rules::{code_hash, CodeHash, CodeSalt, NewTransfer, Release};

/// SHA-256 of a revoke token. The token itself is never stored.
pub type TokenHash = [u8; 32];

/// How long the access log outlives the share, so the client can still see who opened it.
pub const LOG_RETENTION_MS: i64 = 30 * 86_400 * 1000;

/// A share as it is created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewShare {
    pub id: String,
    pub token_hash: TokenHash,
    pub created_at: i64,
    pub expires_at: i64,
    pub max_opens: Option<u32>,
    pub preview: Vec<u8>,
    pub content: Vec<u8>,
}

/// A share that is neither expired nor revoked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveShare {
    pub expires_at: i64,
    pub preview: Vec<u8>,
}

/// What one purge reclaimed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Shares whose ciphertext was dropped because they expired.
    pub emptied: usize,
    /// Shares removed with their log, 30 days after expiry.
    pub deleted: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("creating the data folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("a share with this id exists already")]
    DuplicateId,
    #[error("the batch was rolled back")]
    BatchLost,
    #[error("the batch was not committed: {0}")]
    BatchFailed(String),
    #[error("the database was written by a newer relay (schema {0})")]
    UnknownSchema(i64),
}

/// Storage of shares. Methods block: async callers run them on a blocking thread.
///
/// `None`/`false` answers mean "gone": unknown, expired, revoked, used up, or the token does
/// not fit. Callers must not tell these apart to the outside.
pub trait ShareStore: Send + Sync + 'static {
    /// Runs `work`, a run of calls to this store from one thread, so that their writes reach
    /// the disk in one commit. Each call stays atomic on its own. On `Err` the writes of the
    /// calls may be lost, and their callers must be told they failed.
    ///
    /// Committing once per opening wrote a few pages of WAL per request; a batch shares them.
    fn batch(&self, work: &mut dyn FnMut()) -> Result<(), StoreError> {
        work();
        Ok(())
    }

    fn create(&self, share: NewShare) -> Result<(), StoreError>;

    /// The preview of a share that is neither expired nor revoked. A used-up share still
    /// answers, so a viewer that opened it keeps running until expiry.
    fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>, StoreError>;

    /// Counts an opening and hands out the content, atomically: of any number of concurrent
    /// calls, no more succeed than the open limit allows. The opening that uses up the limit
    /// drops the ciphertext.
    fn open(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>, StoreError>;

    /// Drops the ciphertext and refuses further openings. Idempotent; `false` for an unknown
    /// id or a token that does not fit.
    fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError>;

    /// The access log, for the holder of the revoke token, until the share is purged.
    fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>, StoreError>;

    /// Drops ciphertext of expired shares and deletes shares `LOG_RETENTION_MS` past expiry.
    fn purge_expired(&self, now: i64) -> Result<PurgeReport, StoreError>;

    // Transfers: a dossier moving to a new phone. Nothing of one is kept after it ends.

    fn create_transfer(&self, transfer: NewTransfer) -> Result<(), StoreError>;

    /// One try at the code, atomically: the fitting code takes the package and deletes the
    /// transfer, so of any number of concurrent tries at most one gets it; a wrong code uses
    /// up a try, and the last one deletes the transfer.
    fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release, StoreError>;

    /// Deletes a live transfer; `false` for an unknown id or a token that does not fit.
    fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError>;

    /// Deletes expired transfers; answers how many.
    fn purge_transfers(&self, now: i64) -> Result<usize, StoreError>;
}

/// The one rule for a share's state, shared by the backends. Revocation wins over expiry
/// (the client acted), expiry over exhaustion (the share is over either way).
pub(crate) fn state_of(
    revoked: bool,
    expires_at: i64,
    max_opens: Option<u32>,
    opens: u64,
    now: i64,
) -> ShareState {
    if revoked {
        ShareState::Revoked
    } else if now >= expires_at {
        ShareState::Expired
    } else if max_opens.is_some_and(|max| opens >= u64::from(max)) {
        ShareState::Exhausted
    } else {
        ShareState::Active
    }
}

/// Rows past this point are treated as already purged.
pub(crate) fn is_past_retention(expires_at: i64, now: i64) -> bool {
    now >= expires_at.saturating_add(LOG_RETENTION_MS)
}
