//! The transfer half of the store contract: each check runs against SQLite (on disk and in
//! memory), PostgreSQL and the in-memory map.

mod common;

use regie_relay::secrets::code_hash;
use regie_relay::store::{
    create_transfer, DailyCharge, NewShare, NewTransfer, Release, Store, StoreError, TokenHash,
    UPLOAD_GRACE_MS,
};
use regie_relay::SqliteStore;

const T0: i64 = 1_767_225_600_000;
const TEN_MINUTES: i64 = 600_000;
const DAY: i64 = 86_400_000;
const CANCEL: TokenHash = [3; 32];
const SALT: [u8; 16] = [9; 16];
const CODE: &str = "482913";

fn transfer(id: &str) -> NewTransfer {
    NewTransfer {
        id: id.to_owned(),
        code_salt: SALT,
        code_hash: code_hash(&SALT, CODE),
        cancel_hash: CANCEL,
        created_at: T0,
        expires_at: T0 + TEN_MINUTES,
        tries: 5,
        content_bytes: 0,
    }
}

const PACKAGE: &[u8] = b"package ciphertext";

/// A whole transfer in one go.
async fn create(store: &dyn Store, transfer: NewTransfer) -> Result<(), StoreError> {
    create_transfer(store, transfer, PACKAGE.to_vec()).await
}

async fn the_right_code_releases_once(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    assert!(matches!(
        create(store, transfer("a")).await,
        Err(StoreError::DuplicateId)
    ));
    assert_eq!(
        store.receive_transfer("a", CODE, T0 + 1).await.unwrap(),
        Release::Content(b"package ciphertext".to_vec())
    );
    assert_eq!(
        store.receive_transfer("a", CODE, T0 + 2).await.unwrap(),
        Release::Gone
    );
    assert_eq!(
        store.receive_transfer("unknown", CODE, T0).await.unwrap(),
        Release::Gone
    );
}

async fn wrong_codes_count_down_then_void(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    for left in (1..5).rev() {
        assert_eq!(
            store.receive_transfer("a", "000000", T0).await.unwrap(),
            Release::WrongCode { tries_left: left }
        );
    }
    // A right code after wrong ones still works while tries are left.
    create(store, transfer("b")).await.unwrap();
    assert!(matches!(
        store.receive_transfer("b", "111111", T0).await.unwrap(),
        Release::WrongCode { tries_left: 4 }
    ));
    assert!(matches!(
        store.receive_transfer("b", CODE, T0).await.unwrap(),
        Release::Content(_)
    ));
    // The fifth wrong code voids "a": not even the right code gets it now.
    assert_eq!(
        store.receive_transfer("a", "000000", T0).await.unwrap(),
        Release::WrongCode { tries_left: 0 }
    );
    assert_eq!(
        store.receive_transfer("a", CODE, T0).await.unwrap(),
        Release::Gone
    );
}

async fn expiry_is_enforced_at_read_time(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    create(store, transfer("b")).await.unwrap();
    assert!(matches!(
        store
            .receive_transfer("a", CODE, T0 + TEN_MINUTES - 1)
            .await
            .unwrap(),
        Release::Content(_)
    ));
    assert_eq!(
        store
            .receive_transfer("b", CODE, T0 + TEN_MINUTES)
            .await
            .unwrap(),
        Release::Gone
    );
    // A wrong code after expiry is no try: the answer is the same 404.
    create(store, transfer("c")).await.unwrap();
    assert_eq!(
        store
            .receive_transfer("c", "000000", T0 + TEN_MINUTES)
            .await
            .unwrap(),
        Release::Gone
    );
}

async fn cancel_needs_the_token(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    assert!(!store.cancel_transfer("a", &[4; 32], T0).await.unwrap());
    assert!(!store.cancel_transfer("unknown", &CANCEL, T0).await.unwrap());
    assert!(store.cancel_transfer("a", &CANCEL, T0).await.unwrap());
    assert!(!store.cancel_transfer("a", &CANCEL, T0).await.unwrap());
    assert_eq!(
        store.receive_transfer("a", CODE, T0).await.unwrap(),
        Release::Gone
    );
}

async fn purge_deletes_only_expired_transfers(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    create(
        store,
        NewTransfer {
            expires_at: T0 + 2 * TEN_MINUTES,
            ..transfer("b")
        },
    )
    .await
    .unwrap();
    assert_eq!(store.purge(T0).await.unwrap().transfers, 0);
    assert_eq!(store.purge(T0 + TEN_MINUTES).await.unwrap().transfers, 1);
    assert!(matches!(
        store
            .receive_transfer("b", CODE, T0 + TEN_MINUTES)
            .await
            .unwrap(),
        Release::Content(_)
    ));
    assert_eq!(
        store.purge(T0 + 3 * TEN_MINUTES).await.unwrap().transfers,
        0
    );
}

async fn concurrent_right_codes_release_once(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    let tries = (0..8).map(|_| store.receive_transfer("a", CODE, T0));
    let released = futures_util::future::join_all(tries)
        .await
        .into_iter()
        .filter(|r| matches!(r, Ok(Release::Content(_))))
        .count();
    assert_eq!(released, 1);
}

async fn concurrent_wrong_codes_use_up_exactly_the_tries(store: &dyn Store) {
    create(store, transfer("a")).await.unwrap();
    let tries = (0..12).map(|_| store.receive_transfer("a", "000000", T0));
    let answers = futures_util::future::join_all(tries).await;
    let wrong = answers
        .iter()
        .filter(|r| matches!(r, Ok(Release::WrongCode { .. })))
        .count();
    assert_eq!(wrong, 5, "{answers:?}");
    assert_eq!(
        store.receive_transfer("a", CODE, T0).await.unwrap(),
        Release::Gone
    );
}

fn share(id: &str, content_bytes: u64) -> NewShare {
    NewShare {
        id: id.to_owned(),
        token_hash: [1; 32],
        created_at: T0,
        expires_at: T0 + TEN_MINUTES,
        max_opens: None,
        preview: b"preview".to_vec(),
        content_bytes,
        code: None,
        starts_at: None,
        replies: false,
    }
}

fn sized(id: &str, content_bytes: u64) -> NewTransfer {
    NewTransfer {
        content_bytes,
        ..transfer(id)
    }
}

async fn transfers_count_in_the_quota_with_shares(store: &dyn Store) {
    // 600 of 1000 bytes held by a move under way: another move of 600 does not fit, nor
    // does a share of 600; 400 more do.
    store
        .begin_transfer(sized("a", 600), Some(1000))
        .await
        .unwrap();
    assert!(matches!(
        store.begin_transfer(sized("b", 600), Some(1000)).await,
        Err(StoreError::QuotaFull)
    ));
    assert!(matches!(
        store.begin_share(share("s", 600), Some(1000)).await,
        Err(StoreError::QuotaFull)
    ));
    store
        .begin_transfer(sized("c", 400), Some(1000))
        .await
        .unwrap();
    assert!(matches!(
        store.begin_transfer(sized("d", 1), Some(1000)).await,
        Err(StoreError::QuotaFull)
    ));
    // A discarded upload frees its bytes; so does a received move.
    store.discard_transfer("c").await.unwrap();
    store
        .begin_share(share("s", 300), Some(1000))
        .await
        .unwrap();
    assert!(matches!(
        store.begin_transfer(sized("e", 101), Some(1000)).await,
        Err(StoreError::QuotaFull)
    ));
    store
        .add_transfer_chunk("a", 0, vec![7; 600])
        .await
        .unwrap();
    assert!(store.finish_transfer("a", T0 + TEN_MINUTES).await.unwrap());
    assert!(matches!(
        store.receive_transfer("a", CODE, T0).await.unwrap(),
        Release::Content(_)
    ));
    store
        .begin_transfer(sized("e", 700), Some(1000))
        .await
        .unwrap();
    // A cancelled one frees its bytes too.
    store
        .add_transfer_chunk("e", 0, vec![7; 700])
        .await
        .unwrap();
    assert!(store.finish_transfer("e", T0 + TEN_MINUTES).await.unwrap());
    assert!(store.cancel_transfer("e", &CANCEL, T0).await.unwrap());
    store
        .begin_transfer(sized("f", 700), Some(1000))
        .await
        .unwrap();
}

async fn a_package_in_chunks_is_received_whole_and_only_when_finished(store: &dyn Store) {
    let chunks: Vec<Vec<u8>> = (0..3u8).map(|i| vec![i; 1000 + usize::from(i)]).collect();
    store.begin_transfer(sized("a", 3003), None).await.unwrap();
    for (n, chunk) in chunks.iter().enumerate() {
        store
            .add_transfer_chunk("a", n as u32, chunk.clone())
            .await
            .unwrap();
    }
    // Not finished: no code is tried, no try is used.
    assert_eq!(
        store.receive_transfer("a", CODE, T0).await.unwrap(),
        Release::Gone
    );
    assert!(store.finish_transfer("a", T0 + TEN_MINUTES).await.unwrap());
    assert!(!store.finish_transfer("a", T0 + TEN_MINUTES).await.unwrap());
    // A finished transfer is not discarded as a failed upload.
    store.discard_transfer("a").await.unwrap();
    assert_eq!(
        store.receive_transfer("a", CODE, T0).await.unwrap(),
        Release::Content(chunks.concat())
    );
    // A discarded upload is gone, and cannot be finished afterwards.
    store.begin_transfer(sized("b", 10), None).await.unwrap();
    store.add_transfer_chunk("b", 0, vec![1; 10]).await.unwrap();
    store.discard_transfer("b").await.unwrap();
    assert!(!store.finish_transfer("b", T0 + TEN_MINUTES).await.unwrap());
    assert_eq!(
        store.receive_transfer("b", CODE, T0).await.unwrap(),
        Release::Gone
    );
}

async fn an_abandoned_upload_is_purged(store: &dyn Store) {
    let far = T0 + 10 * UPLOAD_GRACE_MS;
    store
        .begin_transfer(
            NewTransfer {
                expires_at: far,
                ..sized("a", 10)
            },
            Some(10),
        )
        .await
        .unwrap();
    store.add_transfer_chunk("a", 0, vec![1; 10]).await.unwrap();
    assert_eq!(
        store
            .purge(T0 + UPLOAD_GRACE_MS - 1)
            .await
            .unwrap()
            .transfers,
        0
    );
    assert!(matches!(
        store.begin_transfer(sized("b", 1), Some(10)).await,
        Err(StoreError::QuotaFull)
    ));
    assert_eq!(
        store.purge(T0 + UPLOAD_GRACE_MS).await.unwrap().transfers,
        1
    );
    assert!(!store.finish_transfer("a", far).await.unwrap());
    store
        .begin_transfer(sized("b", 10), Some(10))
        .await
        .unwrap();
}

async fn a_days_client_secret_is_kept_and_purged_with_its_counters(store: &dyn Store) {
    let day = regie_relay::clock::day_of(T0);
    let first = store.client_secret(day).await.unwrap();
    assert_eq!(store.client_secret(day).await.unwrap(), first);
    let next = store.client_secret(day + 1).await.unwrap();
    assert_ne!(next, first);
    // A counter of the first day keeps its secret while it is kept.
    let charge = DailyCharge {
        client: [5; 32],
        day,
        bytes: 1,
        limit: 10,
    };
    assert!(store.charge_client(charge).await.unwrap());
    store.purge(T0 + DAY).await.unwrap();
    assert_eq!(store.client_secret(day).await.unwrap(), first);
    // Two days on, the counter is gone and so is the secret: asked again, it is a new one.
    store.purge(T0 + 2 * DAY).await.unwrap();
    assert_eq!(
        store.client_secret(day + 2).await.unwrap(),
        store.client_secret(day + 2).await.unwrap()
    );
    assert_ne!(store.client_secret(day).await.unwrap(), first);
}

store_contract!(
    the_right_code_releases_once,
    wrong_codes_count_down_then_void,
    expiry_is_enforced_at_read_time,
    cancel_needs_the_token,
    purge_deletes_only_expired_transfers,
    concurrent_right_codes_release_once,
    concurrent_wrong_codes_use_up_exactly_the_tries,
    transfers_count_in_the_quota_with_shares,
    a_package_in_chunks_is_received_whole_and_only_when_finished,
    an_abandoned_upload_is_purged,
    a_days_client_secret_is_kept_and_purged_with_its_counters,
);

#[tokio::test]
async fn a_transfer_survives_reopening_the_file_and_an_older_database_gains_the_table() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SqliteStore::open_in_dir(dir.path()).unwrap();
        create(&store, transfer("a")).await.unwrap();
        assert!(matches!(
            store.receive_transfer("a", "000000", T0).await.unwrap(),
            Release::WrongCode { tries_left: 4 }
        ));
    }
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    assert!(matches!(
        store.receive_transfer("a", "000000", T0).await.unwrap(),
        Release::WrongCode { tries_left: 3 }
    ));
    drop(store);

    // A database of schema 4, whose transfers table held each package whole: the move
    // under way is dropped by the upgrade, and new ones arrive in chunks.
    let old = tempfile::tempdir().unwrap();
    drop(SqliteStore::open_in_dir(old.path()).unwrap());
    {
        let conn = rusqlite::Connection::open(old.path().join("shares.sqlite3")).unwrap();
        conn.execute_batch(
            "DROP TABLE transfers; DROP TABLE transfer_chunks; DROP TABLE client_secrets;
             DROP TABLE wrong_codes; DROP TABLE activity; DROP TABLE requests;
             CREATE TABLE transfers (id TEXT PRIMARY KEY, code_salt BLOB NOT NULL,
                 code_hash BLOB NOT NULL, cancel_hash BLOB NOT NULL, created_at INTEGER NOT NULL,
                 expires_at INTEGER NOT NULL, tries_left INTEGER NOT NULL, content BLOB NOT NULL);
             INSERT INTO transfers VALUES ('old', x'00', x'00', x'00', 0, 9999999999999, 5, x'AA');
             PRAGMA user_version = 4;",
        )
        .unwrap();
    }
    let store = SqliteStore::open_in_dir(old.path()).unwrap();
    assert_eq!(
        store.receive_transfer("old", CODE, T0).await.unwrap(),
        Release::Gone
    );
    create(&store, transfer("b")).await.unwrap();
    assert!(matches!(
        store.receive_transfer("b", CODE, T0).await.unwrap(),
        Release::Content(_)
    ));
}
