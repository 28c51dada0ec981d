//! The tables of the SQLite store and the steps that bring an older file up to date: a
//! database at version v has had the first v steps. Later steps live beside the rows they
//! add (transfers, wrong codes, the activity log, requests).

use super::activity::MIGRATION_7;
use super::transfer_rows::MIGRATION_5;
use super::wrong_codes::MIGRATION_6;

/// Bumped with every change to the tables, so a future version knows what it opens.
pub(super) const SCHEMA_VERSION: i64 = 8;

/// From an empty file to `SCHEMA_VERSION`: step n brings a database from version n to n + 1
/// (version 0 is an empty file, version 1 the first schema).
pub(super) const STEPS: [&str; SCHEMA_VERSION as usize] = [
    SCHEMA,
    MIGRATION_2,
    MIGRATION_3,
    MIGRATION_4,
    MIGRATION_5,
    MIGRATION_6,
    MIGRATION_7,
    super::requests::MIGRATION_8,
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

#[cfg(test)]
mod tests {
    use rusqlite::{params, Connection};

    use super::super::db::SqliteDb;
    use super::super::upkeep::held_bytes;
    use super::super::wrong_codes;
    use super::*;
    use crate::store::{Content, NewReply, NewShare, Opening, Posting, StoreError};

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
        let transfer = crate::store::NewTransfer {
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
