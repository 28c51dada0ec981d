//! The SQLite store's one writing connection and its checkpointer (called from `thread`).
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

use rusqlite::Connection;

use super::schema::{SCHEMA_VERSION, STEPS};

use crate::store::{Result, StoreError};

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        StoreError::backend(err)
    }
}

/// The file inside the data folder.
pub const DB_FILE: &str = "shares.sqlite3";

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

    pub(super) fn init(conn: Connection) -> Result<Self> {
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
}
