//! The transfer half of the store contract: each check runs against SQLite (on disk and in
//! memory), PostgreSQL and the in-memory map.

mod common;

use regie_relay::secrets::code_hash;
use regie_relay::store::{NewTransfer, Release, Store, StoreError, TokenHash};
use regie_relay::SqliteStore;

const T0: i64 = 1_767_225_600_000;
const TEN_MINUTES: i64 = 600_000;
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
        content: b"package ciphertext".to_vec(),
    }
}

async fn the_right_code_releases_once(store: &dyn Store) {
    store.create_transfer(transfer("a")).await.unwrap();
    assert!(matches!(
        store.create_transfer(transfer("a")).await,
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
    store.create_transfer(transfer("a")).await.unwrap();
    for left in (1..5).rev() {
        assert_eq!(
            store.receive_transfer("a", "000000", T0).await.unwrap(),
            Release::WrongCode { tries_left: left }
        );
    }
    // A right code after wrong ones still works while tries are left.
    store.create_transfer(transfer("b")).await.unwrap();
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
    store.create_transfer(transfer("a")).await.unwrap();
    store.create_transfer(transfer("b")).await.unwrap();
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
    store.create_transfer(transfer("c")).await.unwrap();
    assert_eq!(
        store
            .receive_transfer("c", "000000", T0 + TEN_MINUTES)
            .await
            .unwrap(),
        Release::Gone
    );
}

async fn cancel_needs_the_token(store: &dyn Store) {
    store.create_transfer(transfer("a")).await.unwrap();
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
    store.create_transfer(transfer("a")).await.unwrap();
    store
        .create_transfer(NewTransfer {
            expires_at: T0 + 2 * TEN_MINUTES,
            ..transfer("b")
        })
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
    store.create_transfer(transfer("a")).await.unwrap();
    let tries = (0..8).map(|_| store.receive_transfer("a", CODE, T0));
    let released = futures_util::future::join_all(tries)
        .await
        .into_iter()
        .filter(|r| matches!(r, Ok(Release::Content(_))))
        .count();
    assert_eq!(released, 1);
}

async fn concurrent_wrong_codes_use_up_exactly_the_tries(store: &dyn Store) {
    store.create_transfer(transfer("a")).await.unwrap();
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

store_contract!(
    the_right_code_releases_once,
    wrong_codes_count_down_then_void,
    expiry_is_enforced_at_read_time,
    cancel_needs_the_token,
    purge_deletes_only_expired_transfers,
    concurrent_right_codes_release_once,
    concurrent_wrong_codes_use_up_exactly_the_tries,
);

#[tokio::test]
async fn a_transfer_survives_reopening_the_file_and_an_older_database_gains_the_table() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SqliteStore::open_in_dir(dir.path()).unwrap();
        store.create_transfer(transfer("a")).await.unwrap();
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

    // A database written before transfers existed: without the table.
    let old = tempfile::tempdir().unwrap();
    drop(SqliteStore::open_in_dir(old.path()).unwrap());
    {
        let conn = rusqlite::Connection::open(old.path().join("shares.sqlite3")).unwrap();
        conn.execute_batch("DROP TABLE transfers").unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, 4);
    }
    let store = SqliteStore::open_in_dir(old.path()).unwrap();
    store.create_transfer(transfer("b")).await.unwrap();
    assert!(matches!(
        store.receive_transfer("b", CODE, T0).await.unwrap(),
        Release::Content(_)
    ));
}
