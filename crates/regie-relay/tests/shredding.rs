//! Crypto-shredding in PostgreSQL: what the relay stores is sealed under a key per share,
//! and once a share is purged its key is in no file of the server's data folder, neither in
//! the tables nor in WAL. Needs the throwaway server of `scripts/test.sh`, which names its
//! data folder in `REGIE_TEST_PG_DATA`. A file of its own, so no other test's transaction
//! holds on to a deleted key while the key table is rewritten.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::StatusCode;
use common::*;
use regie_relay::secrets::code_hash;
use regie_relay::store::{NewTransfer, Release};
use regie_relay::{PostgresStore, Store as _};

const DATA_VAR: &str = "REGIE_TEST_PG_DATA";
const CODE: &str = "482913";

/// A move stored as the relay stores one: in chunks, each sealed on its own.
async fn store_transfer(store: &PostgresStore, id: &str, content: &[u8]) {
    let transfer = NewTransfer {
        id: id.to_owned(),
        code_salt: [9; 16],
        code_hash: code_hash(&[9; 16], CODE),
        cancel_hash: [3; 32],
        created_at: T0,
        expires_at: T0 + 60_000,
        tries: 5,
        content_bytes: content.len() as u64,
    };
    store.begin_transfer(transfer, None).await.unwrap();
    for (n, chunk) in content.chunks(40_000).enumerate() {
        store
            .add_transfer_chunk(id, n as u32, chunk.to_vec())
            .await
            .unwrap();
    }
    assert!(store.finish_transfer(id, T0 + 60_000).await.unwrap());
}

fn files_under(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

/// Whether any file under `dirs` holds `needle`.
fn on_disk(dirs: &[PathBuf], needle: &[u8]) -> bool {
    let finder = memchr::memmem::Finder::new(needle);
    let mut files = Vec::new();
    for dir in dirs {
        files_under(dir, &mut files);
    }
    files.iter().any(|file| {
        let bytes = std::fs::read(file).unwrap_or_default();
        finder.find(&bytes).is_some()
    })
}

#[tokio::test]
async fn purged_shares_cannot_be_read_back_from_the_postgres_data() {
    let Some(url) = postgres::fresh_database_url().await else {
        return;
    };
    let data = std::env::var(DATA_VAR)
        .unwrap_or_else(|_| panic!("{DATA_VAR} is not set (scripts/test.sh sets it)"));
    let store = Arc::new(PostgresStore::connect(&url, 4).await.unwrap());
    let app = TestApp::new(store.clone());
    let (revoked, expired) = shares_to_purge();
    let marks = [mark_of(&revoked.content), mark_of(&expired.content)];
    let revoked_share = app.create(&revoked).await;
    app.create(&expired).await;
    // Used up by its one opening, with a reply the client deletes: its content stays for
    // the viewer until expiry, the reply's key goes with the reply.
    let mut used_up = create_request(60, Some(1));
    used_up.content = age_file(&[5; 100_000]);
    used_up.params.replies = true;
    let used_up_share = app.create(&used_up).await;
    let viewer = app.open_for_viewer(&used_up_share.id).await;
    let reply = age_file(&[6; 12_000]);
    let answer = app
        .send(reply_request(
            &used_up_share.id,
            &viewer,
            regie_core::api::RAW_SHARE_TYPE,
            reply.clone(),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let posted: regie_core::api::ReplyPosted = answer.json();
    // Moves to a new phone: one received, one left to expire.
    let received = age_file(&[3; 100_000]);
    let unclaimed = age_file(&[4; 100_000]);
    let moved = [mark_of(&received), mark_of(&unclaimed)];
    let received_id = "r".repeat(22);
    store_transfer(&store, &received_id, &received).await;
    store_transfer(&store, &"u".repeat(22), &unclaimed).await;

    let (db, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let oid: u32 = db
        .query_one(
            "SELECT oid FROM pg_database WHERE datname = current_database()",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let dirs = [
        Path::new(&data).join("base").join(oid.to_string()),
        Path::new(&data).join("pg_wal"),
    ];
    let keys: Vec<Vec<u8>> = db
        .query(
            "SELECT key FROM share_keys UNION ALL SELECT key FROM transfer_keys
             UNION ALL SELECT key FROM reply_keys",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(keys.len(), 6);
    db.batch_execute("CHECKPOINT").await.unwrap();
    for mark in marks {
        let unsealed: i64 = db
            .query_one(
                "SELECT COUNT(*) FROM chunks WHERE position($1::BYTEA IN bytes) > 0",
                &[&mark],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(unsealed, 0, "a chunk is stored as uploaded");
        assert!(!on_disk(&dirs, mark), "uploaded bytes are on disk unsealed");
    }
    for mark in moved {
        assert!(!on_disk(&dirs, mark), "a move's bytes are on disk unsealed");
    }
    assert!(
        !on_disk(&dirs, &reply[6_000..6_064]),
        "a reply's bytes are on disk unsealed"
    );
    assert!(
        !on_disk(&dirs, mark_of(&used_up.content)),
        "uploaded bytes are on disk unsealed"
    );
    for key in &keys {
        assert!(on_disk(&dirs, key), "the test would find a key");
    }
    assert_eq!(
        store
            .receive_transfer(&received_id, CODE, T0 + 1)
            .await
            .unwrap(),
        Release::Content(received)
    );

    let answer = app
        .revoke(&revoked_share.id, &revoked_share.revoke_token)
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let answer = app
        .send(with_token(
            axum::http::Method::DELETE,
            &regie_core::api::reply_path(&used_up_share.id, &posted.id),
            &used_up_share.revoke_token,
        ))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    // Before expiry the used-up share's key is kept: its viewer still reloads.
    store.purge(T0 + 1).await.unwrap();
    let view = regie_core::api::view_path(&used_up_share.id);
    let answer = app
        .send(with_token(axum::http::Method::POST, &view, &viewer))
        .await;
    assert_eq!(answer.body, used_up.content);
    store.purge(T0 + 61_000).await.unwrap();
    db.batch_execute("CHECKPOINT").await.unwrap();
    for key in &keys {
        assert!(
            !on_disk(&dirs, key),
            "a purged share's key is still in the database files"
        );
    }
}
