//! Shares in one SQLite file, called from one thread (see `sqlite_thread`).
//!
//! One writing connection: SQLite admits one writer at a time anyway, and an opening is a
//! write (count + log), so a pool would only add lock contention inside SQLite. A second
//! connection only checkpoints. WAL with `synchronous=NORMAL` keeps commits free of fsync;
//! a power cut may lose the last few openings of the log, never corrupt the file.
//! `secure_delete` zeroes what is deleted, and [`SqliteDb::shred`] empties the WAL after a
//! purge, so dropped ciphertext cannot be read back from the disk.

use std::path::Path;
use std::sync::{mpsc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};

use super::rules::StoredCode;
use super::sqlite_activity::{self as activity, MIGRATION_7};
use super::sqlite_transfer_rows::{transfer_bytes, MIGRATION_5};
use super::sqlite_wrong_codes::{self as wrong_codes, MIGRATION_6};
use super::{
    activity_gate, gate, is_logged, is_past_retention, is_viewable, refused, reply_gate, state_of,
    Activity, Content, DailyCharge, Gate, LiveShare, NewActivity, NewReply, NewShare, Opened,
    Opening, Posting, PurgeReport, Reply, Result, ShareLog, ShareState, StoreError, TokenHash,
    LOG_RETENTION_MS, UPLOAD_GRACE_MS,
};
use regie_core::api::{MAX_VIEWERS_PER_SHARE, SHARE_CODE_TRIES};

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        StoreError::backend(err)
    }
}

/// The file inside the data folder.
pub const DB_FILE: &str = "shares.sqlite3";

/// Bumped with every change to the tables, so a future version knows what it opens.
const SCHEMA_VERSION: i64 = 8;

/// From an empty file to `SCHEMA_VERSION`: step n brings a database from version n to n + 1
/// (version 0 is an empty file, version 1 the first schema).
const STEPS: [&str; SCHEMA_VERSION as usize] = [
    SCHEMA,
    MIGRATION_2,
    MIGRATION_3,
    MIGRATION_4,
    MIGRATION_5,
    MIGRATION_6,
    MIGRATION_7,
    super::sqlite_requests::MIGRATION_8,
];

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

// Schema 2: content in chunks (uploads stream in), a share is served once finished, the
// bytes it holds count against the quota, and per-client daily upload totals.
const MIGRATION_2: &str = "
ALTER TABLE shares ADD COLUMN finished INTEGER NOT NULL DEFAULT 1;
ALTER TABLE shares ADD COLUMN held_bytes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX shares_held ON shares (key) WHERE held_bytes > 0;
CREATE INDEX shares_unfinished ON shares (created_at) WHERE finished = 0;
CREATE TABLE chunks (
    share  INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    bytes  BLOB NOT NULL,
    PRIMARY KEY (share, n)
) WITHOUT ROWID;
INSERT INTO chunks (share, n, bytes)
    SELECT share, 0, content FROM ciphertexts WHERE content IS NOT NULL;
UPDATE shares SET held_bytes = COALESCE(
    (SELECT length(content) FROM ciphertexts WHERE share = shares.key), 0);
CREATE TABLE previews (
    share    INTEGER PRIMARY KEY,
    preview  BLOB NOT NULL
);
INSERT INTO previews (share, preview) SELECT share, preview FROM ciphertexts;
DROP TABLE ciphertexts;
CREATE TABLE client_usage (
    client  BLOB NOT NULL,
    day     INTEGER NOT NULL,
    bytes   INTEGER NOT NULL,
    PRIMARY KEY (client, day)
) WITHOUT ROWID;
";

// Schema 3: a spoken code (salt, HMAC and the wrong codes it still takes; zero is blocked)
// and a start. Shares of earlier versions have neither.
const MIGRATION_3: &str = "
ALTER TABLE shares ADD COLUMN code_salt BLOB;
ALTER TABLE shares ADD COLUMN code_hash BLOB;
ALTER TABLE shares ADD COLUMN code_tries INTEGER;
ALTER TABLE shares ADD COLUMN starts_at INTEGER;
";

// Schema 4: whether a share takes replies, the viewer tokens of its counted openings (their
// SHA-256), and the replies themselves. Both tables go with the share at the purge.
const MIGRATION_4: &str = "
ALTER TABLE shares ADD COLUMN replies INTEGER NOT NULL DEFAULT 0;
CREATE TABLE viewers (
    share       INTEGER NOT NULL,
    token_hash  BLOB NOT NULL,
    PRIMARY KEY (share, token_hash)
) WITHOUT ROWID;
-- `key` orders them, oldest first.
CREATE TABLE replies (
    key          INTEGER PRIMARY KEY AUTOINCREMENT,
    share        INTEGER NOT NULL,
    id           TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    ciphertext   BLOB NOT NULL,
    UNIQUE (share, id)
);
";

#[derive(Debug)]
pub struct SqliteDb {
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
/// How often, and how far apart, emptying the WAL after a purge is tried when a checkpoint
/// running at the same moment blocks it.
const SHRED_TRIES: usize = 50;
const SHRED_PAUSE: Duration = Duration::from_millis(20);

impl SqliteDb {
    /// Opens (or creates) the database in `dir`, creating the folder if needed.
    pub fn open_in_dir(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        Self::open_file(&dir.join(DB_FILE))
    }

    pub fn open_file(path: &Path) -> Result<Self> {
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
    pub fn open_in_memory() -> Result<Self> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Self> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "wal_autocheckpoint", WRITER_CHECKPOINT_PAGES)?;
        conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
        // Another process (a backup, an admin's sqlite3 shell) may hold the file briefly.
        conn.busy_timeout(Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        // A database at version v has had the first v steps; it takes the rest.
        let migrations = match usize::try_from(version) {
            Ok(done) if done < STEPS.len() => &STEPS[done..],
            _ if version == SCHEMA_VERSION => &[],
            _ => return Err(StoreError::UnknownSchema(version)),
        };
        if !migrations.is_empty() {
            let tx = conn.unchecked_transaction()?;
            for migration in migrations {
                tx.execute_batch(migration)?;
            }
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        }
        Ok(Self {
            conn: Mutex::new(conn),
            _checkpointer: None,
        })
    }

    pub(super) fn conn(&self) -> MutexGuard<'_, Connection> {
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
    code_salt: Option<Vec<u8>>,
    code_hash: Option<Vec<u8>>,
    code_tries: Option<u32>,
    starts_at: Option<i64>,
    replies: bool,
}

impl Row {
    fn state(&self, now: i64) -> ShareState {
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
    fn owned_by(&self, token: &TokenHash, now: i64) -> bool {
        self.token_hash == token[..] && !is_past_retention(self.expires_at, now)
    }
}

fn read_row(conn: &Connection, id: &str) -> rusqlite::Result<Option<Row>> {
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

/// Bytes counted against the quota: content held, every reply, and transfers.
pub(super) fn held_bytes(conn: &Connection) -> rusqlite::Result<u64> {
    let shares: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(held_bytes), 0) FROM shares WHERE held_bytes > 0")?
        .query_row([], |r| r.get(0))?;
    let replies: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(length(ciphertext)), 0) FROM replies")?
        .query_row([], |r| r.get(0))?;
    Ok(shares as u64 + replies as u64 + transfer_bytes(conn)?)
}

/// The handle on a share's content with its first chunk; `None` when it holds none. The
/// length is summed from the chunks' record headers, without reading their bytes.
fn content_of(conn: &Connection, id: &str, key: i64) -> Result<Option<Content>> {
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

fn read_chunk(conn: &Connection, key: i64, n: u32) -> rusqlite::Result<Option<Vec<u8>>> {
    conn.prepare_cached("SELECT bytes FROM chunks WHERE share = ?1 AND n = ?2")?
        .query_row(params![key, n], |r| r.get(0))
        .optional()
}

fn has_viewer(conn: &Connection, key: i64, viewer: &TokenHash) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM viewers WHERE share = ?1 AND token_hash = ?2)",
    )?
    .query_row(params![key, &viewer[..]], |r| r.get(0))
}

/// Drops a share's content (not its preview) and stops counting it against the quota.
fn drop_content(conn: &Connection, key: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM chunks WHERE share = ?1")?
        .execute([key])?;
    conn.prepare_cached("UPDATE shares SET held_bytes = 0 WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

/// A revoke, by the client or the operator: expired shares stay "expired", only their
/// leftovers go.
fn revoke_row(conn: &Connection, row: &Row, now: i64) -> rusqlite::Result<()> {
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

// Each method works inside a savepoint: atomic on its own, and nested in the transaction of
// a batch when there is one.
impl SqliteDb {
    /// Runs `work`, a run of calls from the store's thread, so that their writes reach the
    /// disk in one commit. On `Err` the writes of the calls may be lost, and their callers
    /// must be told they failed. Committing once per opening wrote a few pages of WAL per
    /// request; a batch shares them.
    pub(crate) fn batch(&self, work: &mut dyn FnMut()) -> Result<()> {
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
            return Err(StoreError::Backend("the batch was rolled back".into()));
        }
        if let Err(err) = conn.execute_batch("COMMIT") {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(err.into());
        }
        Ok(())
    }

    /// Empties the write-ahead log, outside any batch: deleted pages were zeroed in the
    /// database, but the log still held their earlier contents.
    pub(crate) fn shred(&self) -> Result<()> {
        let conn = self.conn();
        // The first column says whether the checkpoint was blocked (by the checkpointer's
        // own passive round, or a reader): then the WAL was not emptied, so try again.
        for _ in 0..SHRED_TRIES {
            let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            if busy == 0 {
                return Ok(());
            }
            std::thread::sleep(SHRED_PAUSE);
        }
        tracing::warn!(
            "the write-ahead log could not be emptied after a purge; the next purge tries again"
        );
        Ok(())
    }

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

    pub(crate) fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, &reply.share)? else {
            return Ok(Posting::Gone);
        };
        let fits = has_viewer(&tx, row.key, viewer)?;
        let held: i64 = tx
            .prepare_cached("SELECT COUNT(*) FROM replies WHERE share = ?1")?
            .query_row([row.key], |r| r.get(0))?;
        let state = row.state(reply.received_at);
        if let Some(refused) = reply_gate(state, fits, row.replies, held as usize) {
            return Ok(refused);
        }
        if let Some(quota) = quota {
            if held_bytes(&tx)? + reply.ciphertext.len() as u64 > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        tx.prepare_cached(
            "INSERT INTO replies (share, id, received_at, ciphertext) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            row.key,
            reply.id,
            reply.received_at,
            reply.ciphertext
        ])?;
        tx.commit()?;
        Ok(Posting::Posted)
    }

    pub(crate) fn replies(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Reply>>> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)?.filter(|row| row.owned_by(token, now)) else {
            return Ok(None);
        };
        let replies = tx
            .prepare_cached(
                "SELECT id, received_at, ciphertext FROM replies WHERE share = ?1 ORDER BY key",
            )?
            .query_map([row.key], |r| {
                Ok(Reply {
                    id: r.get(0)?,
                    received_at: r.get(1)?,
                    ciphertext: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(replies))
    }

    pub(crate) fn post_activity(&self, event: NewActivity, viewer: &TokenHash) -> Result<Posting> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, &event.share)? else {
            return Ok(Posting::Gone);
        };
        let fits = has_viewer(&tx, row.key, viewer)?;
        let held = activity::count(&tx, row.key)?;
        if let Some(refused) = activity_gate(row.state(event.received_at), fits, held) {
            return Ok(refused);
        }
        activity::add(&tx, row.key, event.received_at, &event.ciphertext)?;
        tx.commit()?;
        Ok(Posting::Posted)
    }

    pub(crate) fn activity(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)?.filter(|row| row.owned_by(token, now)) else {
            return Ok(None);
        };
        Ok(Some(activity::of(&tx, row.key)?))
    }

    /// `secure_delete` zeroes the reply's pages; the next purge empties the WAL.
    pub(crate) fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)?.filter(|row| row.owned_by(token, now)) else {
            return Ok(false);
        };
        tx.prepare_cached("DELETE FROM replies WHERE share = ?1 AND id = ?2")?
            .execute(params![row.key, reply])?;
        tx.commit()?;
        Ok(true)
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

    pub(crate) fn purge(&self, now: i64) -> Result<PurgeReport> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let abandoned = now.saturating_sub(UPLOAD_GRACE_MS);
        let gone = "SELECT key FROM shares
                    WHERE expires_at <= ?1 OR (finished = 0 AND created_at <= ?2)";
        for table in [
            "opens",
            "wrong_codes",
            "previews",
            "chunks",
            "viewers",
            "replies",
            "activity",
        ] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE share IN ({gone})"),
                [horizon, abandoned],
            )?;
        }
        let deleted = tx.execute(
            "DELETE FROM shares WHERE expires_at <= ?1 OR (finished = 0 AND created_at <= ?2)",
            [horizon, abandoned],
        )?;
        let expired = "SELECT key FROM shares WHERE expires_at <= ?1";
        let emptied = tx.execute(
            &format!("DELETE FROM previews WHERE share IN ({expired})"),
            [now],
        )?;
        tx.execute(
            &format!("DELETE FROM chunks WHERE share IN ({expired})"),
            [now],
        )?;
        tx.execute(
            "UPDATE shares SET held_bytes = 0 WHERE expires_at <= ?1 AND held_bytes > 0",
            [now],
        )?;
        let today = crate::clock::day_of(now);
        tx.execute("DELETE FROM client_usage WHERE day < ?1", [today - 1])?;
        let transfers = super::sqlite_transfer_rows::purge(&tx, now, abandoned, today)?;
        super::sqlite_requests::purge(&tx, now)?;
        tx.commit()?;
        Ok(PurgeReport {
            emptied,
            deleted,
            transfers,
        })
    }

    pub(crate) fn charge_client(&self, charge: DailyCharge) -> Result<bool> {
        if !charge.fits(0) {
            return Ok(false);
        }
        let charged = self
            .conn()
            .prepare_cached(
                "INSERT INTO client_usage (client, day, bytes) VALUES (?1, ?2, ?3)
                 ON CONFLICT (client, day) DO UPDATE SET bytes = bytes + excluded.bytes
                 WHERE bytes + excluded.bytes <= ?4",
            )?
            .execute(params![
                &charge.client[..],
                charge.day,
                charge.bytes as i64,
                charge.limit as i64
            ])?;
        Ok(charged > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The handle on a share whose content is one chunk.
    fn whole(id: &str, bytes: &[u8]) -> Content {
        Content {
            id: id.into(),
            chunks: 1,
            len: bytes.len() as u64,
            first: bytes.to_vec(),
        }
    }

    #[test]
    fn a_database_of_schema_1_keeps_its_shares() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO shares (id, token_hash, created_at, expires_at, max_opens)
             VALUES ('a', x'00', 0, 1000, 2)",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO ciphertexts (share, preview, content) VALUES (1, x'AA', x'BBCC')",
            [],
        )
        .unwrap();
        let db = SqliteDb::init(conn).unwrap();
        assert_eq!(db.status("a", 1).unwrap().unwrap().preview, vec![0xAA]);
        // Two bytes held: the quota sees them.
        assert!(matches!(
            db.begin_share(
                NewShare {
                    id: "b".into(),
                    token_hash: [0; 32],
                    created_at: 0,
                    expires_at: 1000,
                    max_opens: None,
                    preview: Vec::new(),
                    content_bytes: 9,
                    code: None,
                    starts_at: None,
                    replies: false,
                },
                Some(10),
            ),
            Err(StoreError::QuotaFull)
        ));
        let content = Opening::Content(whole("a", &[0xBB, 0xCC]));
        assert_eq!(db.open("a", None, 1).unwrap(), content);
        assert_eq!(db.open("a", None, 2).unwrap(), content);
        assert_eq!(db.open("a", None, 3).unwrap(), Opening::Gone);
        let status = db.status("a", 3).unwrap().unwrap();
        assert!(status.used_up && !status.code_needed && status.starts_at.is_none());
    }

    /// A database as a relay of schema `version` (made by `migrations`) left it, holding one
    /// finished share "a" with preview `AA`, content `BB` and `max_opens`; opened by this
    /// relay, which migrates it.
    fn database_of_schema(migrations: &[&str], version: i64, max_opens: &str) -> SqliteDb {
        let conn = Connection::open_in_memory().unwrap();
        for migration in migrations {
            conn.execute_batch(migration).unwrap();
        }
        conn.pragma_update(None, "user_version", version).unwrap();
        conn.execute_batch(&format!(
            "INSERT INTO shares (id, token_hash, created_at, expires_at, max_opens, finished)
             VALUES ('a', x'00', 0, 1000, {max_opens}, 1);
             INSERT INTO previews (share, preview) VALUES (1, x'AA');
             INSERT INTO chunks (share, n, bytes) VALUES (1, 0, x'BB');"
        ))
        .unwrap();
        let db = SqliteDb::init(conn).unwrap();
        let migrated: i64 = db
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(migrated, SCHEMA_VERSION);
        db
    }

    #[test]
    fn a_database_of_schema_2_gains_codes_and_starts() {
        let db = database_of_schema(&[SCHEMA, MIGRATION_2], 2, "NULL");
        let live = db.status("a", 1).unwrap().unwrap();
        assert!(!live.code_needed && live.starts_at.is_none() && !live.used_up);
        assert_eq!(
            db.open("a", None, 1).unwrap(),
            Opening::Content(whole("a", &[0xBB]))
        );
    }

    #[test]
    fn a_database_of_schema_3_gains_viewers_and_replies() {
        let db = database_of_schema(&[SCHEMA, MIGRATION_2, MIGRATION_3], 3, "1");
        let viewer = [7; 32];
        let opened = db.open_as("a", None, Some(&viewer), 1).unwrap();
        assert_eq!(opened.opening, Opening::Content(whole("a", &[0xBB])));
        assert!(opened.viewer_kept);
        // Used up, and still there for its viewer.
        assert_eq!(db.view("a", &viewer, 2).unwrap(), Some(whole("a", &[0xBB])));
        // A share of an earlier version never asked for replies.
        let reply = NewReply {
            share: "a".into(),
            id: "r".into(),
            received_at: 3,
            ciphertext: vec![1],
        };
        assert_eq!(
            db.post_reply(reply, &viewer, None).unwrap(),
            Posting::RepliesOff
        );
    }

    #[test]
    fn a_database_of_schema_5_gains_the_log_of_wrong_codes() {
        let schema_5 = [SCHEMA, MIGRATION_2, MIGRATION_3, MIGRATION_4, MIGRATION_5];
        let db = database_of_schema(&schema_5, 5, "NULL");
        // A share with a spoken code that took two wrong ones before the upgrade.
        let salt = [7u8; 16];
        let hash = crate::secrets::share_code_hash(&salt, "4821");
        db.conn()
            .execute(
                "UPDATE shares SET code_salt = ?1, code_hash = ?2, code_tries = 3",
                params![&salt[..], &hash[..]],
            )
            .unwrap();
        assert_eq!(
            db.open("a", Some("1111"), 5).unwrap(),
            Opening::WrongCode { tries_left: 2 }
        );
        assert_eq!(wrong_codes::of(&db.conn(), 1).unwrap(), [5]);
    }

    #[test]
    fn a_database_of_schema_4_gains_chunked_transfers_in_the_quota() {
        let db = database_of_schema(&[SCHEMA, MIGRATION_2, MIGRATION_3, MIGRATION_4], 4, "NULL");
        assert_eq!(
            db.open("a", None, 1).unwrap(),
            Opening::Content(whole("a", &[0xBB]))
        );
        let transfer = super::super::NewTransfer {
            id: "t".into(),
            code_salt: [1; 16],
            code_hash: [2; 32],
            cancel_hash: [3; 32],
            created_at: 0,
            expires_at: 1000,
            tries: 5,
            content_bytes: 9,
        };
        db.begin_transfer(transfer, Some(9)).unwrap();
        assert_eq!(held_bytes(&db.conn()).unwrap(), 9);
        assert_eq!(db.client_secret(1).unwrap(), db.client_secret(1).unwrap());
    }
}
