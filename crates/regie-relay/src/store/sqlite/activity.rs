//! A share's activity log in SQLite: the sealed events viewers send, as ciphertext only.

use rusqlite::{params, Connection};

use crate::store::Activity;

/// Schema 7: one row per event of a share's activity log, ciphertext the client alone can
/// open; `key` orders them, oldest first. They go with the share at the purge. Shares of
/// earlier versions have none.
pub(super) const MIGRATION_7: &str = "
CREATE TABLE activity (
    key          INTEGER PRIMARY KEY AUTOINCREMENT,
    share        INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    ciphertext   BLOB NOT NULL
);
CREATE INDEX activity_share ON activity (share);
";

/// How many events share `key` holds.
pub(super) fn count(conn: &Connection, key: i64) -> rusqlite::Result<usize> {
    let n: i64 = conn
        .prepare_cached("SELECT COUNT(*) FROM activity WHERE share = ?1")?
        .query_row([key], |r| r.get(0))?;
    Ok(n as usize)
}

/// Adds one event to share `key`, inside the caller's transaction.
pub(super) fn add(
    conn: &Connection,
    key: i64,
    received_at: i64,
    ciphertext: &[u8],
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO activity (share, received_at, ciphertext) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![key, received_at, ciphertext])?;
    Ok(())
}

/// The events of share `key`, oldest first.
pub(super) fn of(conn: &Connection, key: i64) -> rusqlite::Result<Vec<Activity>> {
    conn.prepare_cached(
        "SELECT received_at, ciphertext FROM activity WHERE share = ?1 ORDER BY key",
    )?
    .query_map([key], |r| {
        Ok(Activity {
            received_at: r.get(0)?,
            ciphertext: r.get(1)?,
        })
    })?
    .collect()
}
