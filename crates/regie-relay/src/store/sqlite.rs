//! Shares in one SQLite file.
//!
//! One writing connection: SQLite admits one writer at a time anyway, and an opening is a
//! write (count + log), so a pool would only add lock contention inside SQLite. A second
//! connection only checkpoints. WAL with `synchronous=NORMAL` keeps commits free of fsync;
//! a power cut may lose the last few openings of the log, never corrupt the file.

use std::path::Path;
use std::sync::{mpsc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};

use super::transfer_rules::{judge, Verdict};
use super::{
    is_past_retention, state_of, LiveShare, NewShare, NewTransfer, PurgeReport, Release, ShareLog,
    ShareState, ShareStore, StoreError, TokenHash, LOG_RETENTION_MS,
};

/// The file inside the data folder.
pub const DB_FILE: &str = "shares.sqlite3";

/// Bumped with every change to the tables, so a future version knows what it opens.
const SCHEMA_VERSION: i64 = 1;

// The ciphertext lives apart from the counters: SQLite rewrites a whole row on UPDATE, and
// an opening must not rewrite kilobytes of content just to count itself.
const SCHEMA: &str = "
CREATE TABLE shares (
    key         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    token_hash  BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    max_opens   INTEGER,
    opens       INTEGER NOT NULL DEFAULT 0,
    revoked_at  INTEGER
);
CREATE INDEX shares_expires_at ON shares (expires_at);
-- Dropped as a whole on revocation and expiry; content alone when the last opening is used.
CREATE TABLE ciphertexts (
    share    INTEGER PRIMARY KEY,
    preview  BLOB NOT NULL,
    -- Last, so reading the preview never touches the content's pages.
    content  BLOB
);
-- One row per opening; `n` is the opening's number, so the log reads in order.
CREATE TABLE opens (
    share  INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    at     INTEGER NOT NULL,
    PRIMARY KEY (share, n)
) WITHOUT ROWID;
";

// Transfers live ten minutes at most and leave nothing behind, so their table needs no
// migration: a database of schema 1 gains it when opened.
const TRANSFERS_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS transfers (
    id           TEXT PRIMARY KEY,
    code_salt    BLOB NOT NULL,
    code_hash    BLOB NOT NULL,
    cancel_hash  BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    tries_left   INTEGER NOT NULL,
    content      BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS transfers_expires_at ON transfers (expires_at);
";

#[derive(Debug)]
pub struct SqliteStore {
    conn: Mutex<Connection>,
    /// Dropping it stops the checkpointer.
    _checkpointer: Option<mpsc::Sender<()>>,
}

/// How often the checkpointer copies the WAL back into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);
/// The writer checkpoints itself when the WAL passes this many pages (16 MiB). Under steady
/// load the checkpointer never catches up with the last commit, and only a checkpoint
/// between two commits lets the WAL start over; by then the checkpointer has copied and
/// synced nearly everything, so the writer's share is small. A WAL left to grow instead made
/// every append allocate disk blocks, and stalled commits behind the file system's journal.
const WRITER_CHECKPOINT_PAGES: i64 = 4096;
/// After a checkpoint, a WAL grown under a burst is cut back to this size; kept above the
/// writer's threshold so the usual WAL is reused, not reallocated.
const WAL_SIZE_LIMIT: i64 = 64 * 1024 * 1024;

impl SqliteStore {
    /// Opens (or creates) the database in `dir`, creating the folder if needed.
    pub fn open_in_dir(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir)?;
        Self::open(&dir.join(DB_FILE))
    }

    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let mut store = Self::init(Connection::open(path)?)?;
        let checkpoints = Connection::open(path)?;
        checkpoints.busy_timeout(Duration::from_secs(5))?;
        let (stop, stopped) = mpsc::channel();
        std::thread::Builder::new()
            .name("regie-checkpoint".into())
            .spawn(move || checkpoint_until_stopped(&checkpoints, &stopped))?;
        store._checkpointer = Some(stop);
        Ok(store)
    }

    /// A private database that vanishes with the store.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Self, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "wal_autocheckpoint", WRITER_CHECKPOINT_PAGES)?;
        conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
        // Another process (a backup, an admin's sqlite3 shell) may hold the file briefly.
        conn.busy_timeout(Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        match version {
            0 => {
                let tx = conn.unchecked_transaction()?;
                tx.execute_batch(SCHEMA)?;
                tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
                tx.commit()?;
            }
            SCHEMA_VERSION => {}
            newer => return Err(StoreError::UnknownSchema(newer)),
        }
        conn.execute_batch(TRANSFERS_SCHEMA)?;
        Ok(Self {
            conn: Mutex::new(conn),
            _checkpointer: None,
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // SQLite rolls back an unfinished transaction when its guard drops during a panic,
        // so the connection is consistent even if a holder panicked.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Checkpoints from a connection of its own, so the fsyncs of copying the WAL back into the
/// database happen beside the writer rather than in its way: with SQLite's default of a
/// checkpoint every 1000 pages in the writer, queued requests stalled for up to 100 ms under
/// load. A passive checkpoint never blocks the writer.
fn checkpoint_until_stopped(conn: &Connection, stopped: &mpsc::Receiver<()>) {
    while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(CHECKPOINT_EVERY) {
        // Answers (busy, WAL pages, pages copied); busy only means another checkpoint ran.
        if let Err(err) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
            tracing::warn!(error = %err, "checkpoint failed");
        }
    }
}

struct Row {
    key: i64,
    token_hash: Vec<u8>,
    expires_at: i64,
    max_opens: Option<u32>,
    opens: u64,
    revoked: bool,
}

impl Row {
    fn state(&self, now: i64) -> ShareState {
        state_of(
            self.revoked,
            self.expires_at,
            self.max_opens,
            self.opens,
            now,
        )
    }

    /// Comparing digests rather than tokens means timing reveals nothing usable.
    fn owned_by(&self, token: &TokenHash, now: i64) -> bool {
        self.token_hash == token[..] && !is_past_retention(self.expires_at, now)
    }
}

fn read_row(conn: &Connection, id: &str) -> rusqlite::Result<Option<Row>> {
    conn.prepare_cached(
        "SELECT key, token_hash, expires_at, max_opens, opens, revoked_at IS NOT NULL
         FROM shares WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok(Row {
            key: r.get(0)?,
            token_hash: r.get(1)?,
            expires_at: r.get(2)?,
            max_opens: r.get(3)?,
            opens: r.get(4)?,
            revoked: r.get(5)?,
        })
    })
    .optional()
}

// Each method works inside a savepoint: atomic on its own, and nested in the transaction of
// a batch when there is one.
impl ShareStore for SqliteStore {
    fn batch(&self, work: &mut dyn FnMut()) -> Result<(), StoreError> {
        {
            let conn = self.conn();
            if !conn.is_autocommit() {
                // Left open by a batch that never finished: its callers were told it failed.
                conn.execute_batch("ROLLBACK")?;
            }
            conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        work();
        let conn = self.conn();
        if conn.is_autocommit() {
            // SQLite rolled the whole transaction back (disk full, I/O error): what the
            // batch did before that point is lost, so nobody may be told it worked.
            return Err(StoreError::BatchLost);
        }
        if let Err(err) = conn.execute_batch("COMMIT") {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(err.into());
        }
        Ok(())
    }

    fn create(&self, share: NewShare) -> Result<(), StoreError> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let inserted = tx
            .prepare_cached(
                "INSERT INTO shares (id, token_hash, created_at, expires_at, max_opens)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO NOTHING",
            )?
            .execute(params![
                share.id,
                share.token_hash,
                share.created_at,
                share.expires_at,
                share.max_opens,
            ])?;
        if inserted == 0 {
            return Err(StoreError::DuplicateId);
        }
        tx.prepare_cached("INSERT INTO ciphertexts (share, preview, content) VALUES (?1, ?2, ?3)")?
            .execute(params![
                tx.last_insert_rowid(),
                share.preview,
                share.content
            ])?;
        tx.commit()?;
        Ok(())
    }

    fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>, StoreError> {
        let conn = self.conn();
        let found = conn
            .prepare_cached(
                "SELECT s.expires_at, c.preview
                 FROM shares s JOIN ciphertexts c ON c.share = s.key
                 WHERE s.id = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2",
            )?
            .query_row(params![id, now], |r| {
                Ok(LiveShare {
                    expires_at: r.get(0)?,
                    preview: r.get(1)?,
                })
            })
            .optional()?;
        Ok(found)
    }

    fn open(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>, StoreError> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)? else {
            return Ok(None);
        };
        if row.state(now) != ShareState::Active {
            return Ok(None);
        }
        let content: Option<Vec<u8>> = tx
            .prepare_cached("SELECT content FROM ciphertexts WHERE share = ?1")?
            .query_row([row.key], |r| r.get(0))
            .optional()?
            .flatten();
        let Some(content) = content else {
            return Ok(None);
        };
        let opens = row.opens + 1;
        tx.prepare_cached("UPDATE shares SET opens = ?2 WHERE key = ?1")?
            .execute(params![row.key, opens])?;
        tx.prepare_cached("INSERT INTO opens (share, n, at) VALUES (?1, ?2, ?3)")?
            .execute(params![row.key, opens, now])?;
        if row.max_opens.is_some_and(|max| opens >= u64::from(max)) {
            tx.prepare_cached("UPDATE ciphertexts SET content = NULL WHERE share = ?1")?
                .execute([row.key])?;
        }
        tx.commit()?;
        Ok(Some(content))
    }

    fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)? else {
            return Ok(false);
        };
        if !row.owned_by(token, now) {
            return Ok(false);
        }
        // An already expired share stays "expired": revoking it changes nothing the client
        // would want to see, it only drops leftovers.
        if row.state(now) != ShareState::Expired {
            tx.prepare_cached(
                "UPDATE shares SET revoked_at = COALESCE(revoked_at, ?2) WHERE key = ?1",
            )?
            .execute(params![row.key, now])?;
        }
        tx.prepare_cached("DELETE FROM ciphertexts WHERE share = ?1")?
            .execute([row.key])?;
        tx.commit()?;
        Ok(true)
    }

    fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>, StoreError> {
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
        }))
    }

    fn purge_expired(&self, now: i64) -> Result<PurgeReport, StoreError> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let past_retention = "SELECT key FROM shares WHERE expires_at <= ?1";
        tx.execute(
            &format!("DELETE FROM opens WHERE share IN ({past_retention})"),
            [horizon],
        )?;
        tx.execute(
            &format!("DELETE FROM ciphertexts WHERE share IN ({past_retention})"),
            [horizon],
        )?;
        let deleted = tx.execute("DELETE FROM shares WHERE expires_at <= ?1", [horizon])?;
        let emptied = tx.execute(
            "DELETE FROM ciphertexts WHERE share IN
                 (SELECT key FROM shares WHERE expires_at <= ?1)",
            [now],
        )?;
        tx.commit()?;
        Ok(PurgeReport { emptied, deleted })
    }

    fn create_transfer(&self, transfer: NewTransfer) -> Result<(), StoreError> {
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

    fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release, StoreError> {
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

    fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError> {
        let conn = self.conn();
        let deleted = conn
            .prepare_cached(
                "DELETE FROM transfers WHERE id = ?1 AND cancel_hash = ?2 AND expires_at > ?3",
            )?
            .execute(params![id, &token[..], now])?;
        Ok(deleted > 0)
    }

    fn purge_transfers(&self, now: i64) -> Result<usize, StoreError> {
        let conn = self.conn();
        let deleted = conn
            .prepare_cached("DELETE FROM transfers WHERE expires_at <= ?1")?
            .execute([now])?;
        Ok(deleted)
    }
}
