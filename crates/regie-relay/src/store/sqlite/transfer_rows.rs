//! The rows of transfers and client secrets in SQLite, apart from the store's calls on them
//! (`transfers`), so the database's setup and purge can use them.

use rusqlite::Connection;

use crate::store::Result;

/// Schema 5: transfers in chunks, with the bytes they hold for the quota; and the secrets
/// that key client-address hashes, one per day. Transfers live ten minutes at most, so the
/// migration drops any under way rather than converting them: a move caught by the upgrade
/// is started again.
pub(super) const MIGRATION_5: &str = "
DROP TABLE IF EXISTS transfers;
CREATE TABLE transfers (
    id           TEXT PRIMARY KEY,
    code_salt    BLOB NOT NULL,
    code_hash    BLOB NOT NULL,
    cancel_hash  BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    tries_left   INTEGER NOT NULL,
    finished     INTEGER NOT NULL DEFAULT 0,
    held_bytes   INTEGER NOT NULL
);
CREATE INDEX transfers_expires_at ON transfers (expires_at);
CREATE TABLE transfer_chunks (
    transfer  TEXT NOT NULL,
    n         INTEGER NOT NULL,
    bytes     BLOB NOT NULL,
    PRIMARY KEY (transfer, n)
) WITHOUT ROWID;
CREATE TABLE client_secrets (
    day     INTEGER PRIMARY KEY,
    secret  BLOB NOT NULL
);
";

/// Bytes of transfers held, uploads under way included.
pub(super) fn transfer_bytes(conn: &Connection) -> rusqlite::Result<u64> {
    let held: i64 = conn
        .prepare_cached("SELECT COALESCE(SUM(held_bytes), 0) FROM transfers")?
        .query_row([], |r| r.get(0))?;
    Ok(held as u64)
}

/// Deletes a transfer with its chunks.
pub(super) fn delete(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM transfer_chunks WHERE transfer = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM transfers WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// The purge's part: expired transfers and abandoned uploads with their chunks, and the
/// secrets of days whose counters are all gone. Answers the transfers deleted.
pub(super) fn purge(conn: &Connection, now: i64, abandoned: i64, today: i64) -> Result<usize> {
    let gone = "SELECT id FROM transfers
                WHERE expires_at <= ?1 OR (finished = 0 AND created_at <= ?2)";
    conn.execute(
        &format!("DELETE FROM transfer_chunks WHERE transfer IN ({gone})"),
        [now, abandoned],
    )?;
    let deleted = conn.execute(
        "DELETE FROM transfers WHERE expires_at <= ?1 OR (finished = 0 AND created_at <= ?2)",
        [now, abandoned],
    )?;
    conn.execute(
        "DELETE FROM client_secrets
         WHERE day < ?1 AND day NOT IN (SELECT DISTINCT day FROM client_usage)",
        [today],
    )?;
    Ok(deleted)
}
