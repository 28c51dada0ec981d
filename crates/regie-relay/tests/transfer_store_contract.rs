//! The transfer half of the store contract: each check runs against SQLite (on disk and in
//! memory) and against the in-memory map.

use std::sync::Arc;

use regie_relay::store::{code_hash, NewTransfer, Release, ShareStore, StoreError, TokenHash};
use regie_relay::{MemoryStore, SqliteStore};

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

fn the_right_code_releases_once(store: &dyn ShareStore) {
    store.create_transfer(transfer("a")).unwrap();
    assert!(matches!(
        store.create_transfer(transfer("a")),
        Err(StoreError::DuplicateId)
    ));
    assert_eq!(
        store.receive_transfer("a", CODE, T0 + 1).unwrap(),
        Release::Content(b"package ciphertext".to_vec())
    );
    assert_eq!(
        store.receive_transfer("a", CODE, T0 + 2).unwrap(),
        Release::Gone
    );
    assert_eq!(
        store.receive_transfer("unknown", CODE, T0).unwrap(),
        Release::Gone
    );
}

fn wrong_codes_count_down_then_void(store: &dyn ShareStore) {
    store.create_transfer(transfer("a")).unwrap();
    for left in (1..5).rev() {
        assert_eq!(
            store.receive_transfer("a", "000000", T0).unwrap(),
            Release::WrongCode { tries_left: left }
        );
    }
    // A right code after wrong ones still works while tries are left.
    store.create_transfer(transfer("b")).unwrap();
    assert!(matches!(
        store.receive_transfer("b", "111111", T0).unwrap(),
        Release::WrongCode { tries_left: 4 }
    ));
    assert!(matches!(
        store.receive_transfer("b", CODE, T0).unwrap(),
        Release::Content(_)
    ));
    // The fifth wrong code voids "a": not even the right code gets it now.
    assert_eq!(
        store.receive_transfer("a", "000000", T0).unwrap(),
        Release::WrongCode { tries_left: 0 }
    );
    assert_eq!(
        store.receive_transfer("a", CODE, T0).unwrap(),
        Release::Gone
    );
}

fn expiry_is_enforced_at_read_time(store: &dyn ShareStore) {
    store.create_transfer(transfer("a")).unwrap();
    store.create_transfer(transfer("b")).unwrap();
    assert!(matches!(
        store
            .receive_transfer("a", CODE, T0 + TEN_MINUTES - 1)
            .unwrap(),
        Release::Content(_)
    ));
    assert_eq!(
        store.receive_transfer("b", CODE, T0 + TEN_MINUTES).unwrap(),
        Release::Gone
    );
    // A wrong code after expiry is no try: the answer is the same 404.
    store.create_transfer(transfer("c")).unwrap();
    assert_eq!(
        store
            .receive_transfer("c", "000000", T0 + TEN_MINUTES)
            .unwrap(),
        Release::Gone
    );
}

fn cancel_needs_the_token(store: &dyn ShareStore) {
    store.create_transfer(transfer("a")).unwrap();
    assert!(!store.cancel_transfer("a", &[4; 32], T0).unwrap());
    assert!(!store.cancel_transfer("unknown", &CANCEL, T0).unwrap());
    assert!(store.cancel_transfer("a", &CANCEL, T0).unwrap());
    assert!(!store.cancel_transfer("a", &CANCEL, T0).unwrap());
    assert_eq!(
        store.receive_transfer("a", CODE, T0).unwrap(),
        Release::Gone
    );
}

fn purge_deletes_only_expired_transfers(store: &dyn ShareStore) {
    store.create_transfer(transfer("a")).unwrap();
    store
        .create_transfer(NewTransfer {
            expires_at: T0 + 2 * TEN_MINUTES,
            ..transfer("b")
        })
        .unwrap();
    assert_eq!(store.purge_transfers(T0).unwrap(), 0);
    assert_eq!(store.purge_transfers(T0 + TEN_MINUTES).unwrap(), 1);
    assert!(matches!(
        store.receive_transfer("b", CODE, T0 + TEN_MINUTES).unwrap(),
        Release::Content(_)
    ));
    assert_eq!(store.purge_transfers(T0 + 3 * TEN_MINUTES).unwrap(), 0);
}

fn concurrent_right_codes_release_once(store: Arc<dyn ShareStore>) {
    store.create_transfer(transfer("a")).unwrap();
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            std::thread::spawn(move || {
                matches!(
                    store.receive_transfer("a", CODE, T0).unwrap(),
                    Release::Content(_)
                )
            })
        })
        .collect();
    let released = handles
        .into_iter()
        .map(|h| h.join().unwrap())
        .filter(|r| *r)
        .count();
    assert_eq!(released, 1);
}

macro_rules! contract {
    ($backend:ident, $make:expr) => {
        mod $backend {
            use super::*;

            fn store() -> (Arc<dyn ShareStore>, Option<tempfile::TempDir>) {
                #[allow(clippy::redundant_closure_call)]
                ($make)()
            }

            #[test]
            fn the_right_code_releases_once() {
                super::the_right_code_releases_once(&*store().0);
            }
            #[test]
            fn wrong_codes_count_down_then_void() {
                super::wrong_codes_count_down_then_void(&*store().0);
            }
            #[test]
            fn expiry_is_enforced_at_read_time() {
                super::expiry_is_enforced_at_read_time(&*store().0);
            }
            #[test]
            fn cancel_needs_the_token() {
                super::cancel_needs_the_token(&*store().0);
            }
            #[test]
            fn purge_deletes_only_expired_transfers() {
                super::purge_deletes_only_expired_transfers(&*store().0);
            }
            #[test]
            fn concurrent_right_codes_release_once() {
                let (store, _dir) = store();
                super::concurrent_right_codes_release_once(store);
            }
        }
    };
}

contract!(memory, || (
    Arc::new(MemoryStore::new()) as Arc<dyn ShareStore>,
    None
));
contract!(sqlite_in_memory, || (
    Arc::new(SqliteStore::open_in_memory().unwrap()) as Arc<dyn ShareStore>,
    None
));
contract!(sqlite_on_disk, || {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    (Arc::new(store) as Arc<dyn ShareStore>, Some(dir))
});

#[test]
fn a_transfer_survives_reopening_the_file_and_an_older_database_gains_the_table() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SqliteStore::open_in_dir(dir.path()).unwrap();
        store.create_transfer(transfer("a")).unwrap();
        assert!(matches!(
            store.receive_transfer("a", "000000", T0).unwrap(),
            Release::WrongCode { tries_left: 4 }
        ));
    }
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    assert!(matches!(
        store.receive_transfer("a", "000000", T0).unwrap(),
        Release::WrongCode { tries_left: 3 }
    ));
    drop(store);

    // A database written before transfers existed: schema 1 without the table.
    let old = tempfile::tempdir().unwrap();
    drop(SqliteStore::open_in_dir(old.path()).unwrap());
    {
        let conn = rusqlite::Connection::open(old.path().join("shares.sqlite3")).unwrap();
        conn.execute_batch("DROP TABLE transfers").unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, 1);
    }
    let store = SqliteStore::open_in_dir(old.path()).unwrap();
    store.create_transfer(transfer("b")).unwrap();
    assert!(matches!(
        store.receive_transfer("b", CODE, T0).unwrap(),
        Release::Content(_)
    ));
}
