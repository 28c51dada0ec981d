//! The wrong spoken codes of a share's log in SQLite: when each came, by its number, and
//! nothing of the code tried.

use rusqlite::{params, Connection};

use crate::store::wrong_code_number;

/// Schema 6: one row per wrong code; `n` is its number (1 to `SHARE_CODE_TRIES`), so a
/// share holds at most that many rows, and the log reads in order. It goes with the share at
/// the purge. Shares of earlier versions logged none.
pub(super) const MIGRATION_6: &str = "
CREATE TABLE wrong_codes (
    share  INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    at     INTEGER NOT NULL,
    PRIMARY KEY (share, n)
) WITHOUT ROWID;
";

/// Logs the wrong code that left share `key` with `tries_left`, inside the caller's
/// transaction.
pub(super) fn log(conn: &Connection, key: i64, tries_left: u32, now: i64) -> rusqlite::Result<()> {
    if let Some(n) = wrong_code_number(tries_left) {
        conn.prepare_cached(
            "INSERT OR IGNORE INTO wrong_codes (share, n, at) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![key, n, now])?;
    }
    Ok(())
}

/// The times of share `key`'s wrong codes, oldest first.
pub(super) fn of(conn: &Connection, key: i64) -> rusqlite::Result<Vec<i64>> {
    conn.prepare_cached("SELECT at FROM wrong_codes WHERE share = ?1 ORDER BY n")?
        .query_map([key], |r| r.get(0))?
        .collect()
}
