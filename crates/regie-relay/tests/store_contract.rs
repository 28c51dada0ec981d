//! One contract, every backend: each check below runs against SQLite (on disk and in
//! memory) and against the in-memory map.

use std::sync::Arc;

use regie_relay::store::{
    NewShare, PurgeReport, ShareState, ShareStore, StoreError, TokenHash, LOG_RETENTION_MS,
};
use regie_relay::{MemoryStore, SqliteStore};

const T0: i64 = 1_767_225_600_000;
const HOUR: i64 = 3_600_000;
const TOKEN: TokenHash = [1; 32];
const OTHER_TOKEN: TokenHash = [2; 32];

fn share(id: &str, max_opens: Option<u32>) -> NewShare {
    NewShare {
        id: id.to_owned(),
        token_hash: TOKEN,
        created_at: T0,
        expires_at: T0 + HOUR,
        max_opens,
        preview: b"preview ciphertext".to_vec(),
        content: b"content ciphertext".to_vec(),
    }
}

fn create_then_status(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    let live = store.status("a", T0).unwrap().unwrap();
    assert_eq!(live.expires_at, T0 + HOUR);
    assert_eq!(live.preview, b"preview ciphertext");
    assert!(store.status("unknown", T0).unwrap().is_none());
}

fn duplicate_ids_are_refused(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    assert!(matches!(
        store.create(share("a", None)),
        Err(StoreError::DuplicateId)
    ));
}

fn open_counts_and_logs(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    assert_eq!(
        store.open("a", T0 + 1).unwrap().unwrap(),
        b"content ciphertext"
    );
    assert!(store.open("a", T0 + 2).unwrap().is_some());
    assert!(store.open("unknown", T0).unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 3).unwrap().unwrap();
    assert_eq!(log.opens, vec![T0 + 1, T0 + 2]);
    assert_eq!(log.status, ShareState::Active);
    assert_eq!(log.max_opens, None);
    assert_eq!(log.expires_at, T0 + HOUR);
}

fn status_does_not_count(store: &dyn ShareStore) {
    store.create(share("a", Some(1))).unwrap();
    for _ in 0..5 {
        assert!(store.status("a", T0).unwrap().is_some());
    }
    assert!(store.open("a", T0).unwrap().is_some());
}

fn open_limit_is_exact_and_keeps_the_preview(store: &dyn ShareStore) {
    store.create(share("a", Some(3))).unwrap();
    for i in 0..3 {
        assert!(store.open("a", T0 + i).unwrap().is_some(), "opening {i}");
    }
    assert!(store.open("a", T0 + 3).unwrap().is_none());
    // Used up, yet a running viewer still sees the share is alive.
    assert!(store.status("a", T0 + 4).unwrap().is_some());
    let log = store.log("a", &TOKEN, T0 + 5).unwrap().unwrap();
    assert_eq!(log.status, ShareState::Exhausted);
    assert_eq!(log.opens.len(), 3);
    // After expiry the state says so.
    let log = store.log("a", &TOKEN, T0 + HOUR).unwrap().unwrap();
    assert_eq!(log.status, ShareState::Expired);
}

fn expiry_is_enforced_at_read_time(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    assert!(store.status("a", T0 + HOUR - 1).unwrap().is_some());
    assert!(store.status("a", T0 + HOUR).unwrap().is_none());
    assert!(store.open("a", T0 + HOUR).unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + HOUR).unwrap().unwrap();
    assert_eq!(log.status, ShareState::Expired);
    assert!(log.opens.is_empty());
}

fn revoke_needs_the_token_and_is_idempotent(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    store.open("a", T0).unwrap();
    assert!(!store.revoke("a", &OTHER_TOKEN, T0).unwrap());
    assert!(!store.revoke("unknown", &TOKEN, T0).unwrap());
    assert!(store.open("a", T0).unwrap().is_some());
    assert!(store.revoke("a", &TOKEN, T0 + 10).unwrap());
    assert!(store.revoke("a", &TOKEN, T0 + 20).unwrap());
    assert!(store.status("a", T0 + 30).unwrap().is_none());
    assert!(store.open("a", T0 + 30).unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 30).unwrap().unwrap();
    assert_eq!(log.status, ShareState::Revoked);
    assert_eq!(log.opens.len(), 2);
    // Revocation outlives expiry in the log.
    let log = store.log("a", &TOKEN, T0 + 2 * HOUR).unwrap().unwrap();
    assert_eq!(log.status, ShareState::Revoked);
}

fn revoking_an_expired_share_keeps_it_expired(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    assert!(store.revoke("a", &TOKEN, T0 + HOUR).unwrap());
    let log = store.log("a", &TOKEN, T0 + HOUR).unwrap().unwrap();
    assert_eq!(log.status, ShareState::Expired);
}

fn the_log_needs_the_token(store: &dyn ShareStore) {
    store.create(share("a", None)).unwrap();
    assert!(store.log("a", &OTHER_TOKEN, T0).unwrap().is_none());
    assert!(store.log("unknown", &TOKEN, T0).unwrap().is_none());
}

fn purge_drops_ciphertext_then_rows(store: &dyn ShareStore) {
    store.create(share("expiring", None)).unwrap();
    store
        .create(NewShare {
            expires_at: T0 + 2 * HOUR,
            ..share("later", None)
        })
        .unwrap();
    store.open("expiring", T0).unwrap();

    assert_eq!(store.purge_expired(T0).unwrap(), PurgeReport::default());
    let report = store.purge_expired(T0 + HOUR).unwrap();
    assert_eq!(
        report,
        PurgeReport {
            emptied: 1,
            deleted: 0
        }
    );
    // Nothing left to empty a second time.
    assert_eq!(
        store.purge_expired(T0 + HOUR).unwrap(),
        PurgeReport::default()
    );
    // The log survives the ciphertext, for the client to read.
    let log = store.log("expiring", &TOKEN, T0 + HOUR).unwrap().unwrap();
    assert_eq!(log.opens, vec![T0]);
    assert!(store.status("later", T0 + HOUR).unwrap().is_some());

    let gone_at = T0 + HOUR + LOG_RETENTION_MS;
    // Past retention the row is as good as gone, even before the purge runs.
    assert!(store.log("expiring", &TOKEN, gone_at).unwrap().is_none());
    assert!(!store.revoke("expiring", &TOKEN, gone_at).unwrap());
    let report = store.purge_expired(gone_at).unwrap();
    assert_eq!(
        report,
        PurgeReport {
            emptied: 1,
            deleted: 1
        }
    );
    assert!(store.log("later", &TOKEN, gone_at).unwrap().is_some());
}

fn purge_leaves_live_shares_alone(store: &dyn ShareStore) {
    store.create(share("a", Some(2))).unwrap();
    store.open("a", T0).unwrap();
    store.purge_expired(T0 + 1).unwrap();
    assert!(store.open("a", T0 + 2).unwrap().is_some());
}

fn concurrent_opens_never_exceed_the_limit(store: Arc<dyn ShareStore>) {
    store.create(share("a", Some(5))).unwrap();
    let barrier = Arc::new(std::sync::Barrier::new(16));
    let handles: Vec<_> = (0..16)
        .map(|_| {
            let store = store.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                (0..4)
                    .filter(|_| store.open("a", T0).unwrap().is_some())
                    .count()
            })
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    assert_eq!(total, 5);
    let log = store.log("a", &TOKEN, T0).unwrap().unwrap();
    assert_eq!(log.opens.len(), 5);
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
            fn create_then_status() {
                super::create_then_status(&*store().0);
            }
            #[test]
            fn duplicate_ids_are_refused() {
                super::duplicate_ids_are_refused(&*store().0);
            }
            #[test]
            fn open_counts_and_logs() {
                super::open_counts_and_logs(&*store().0);
            }
            #[test]
            fn status_does_not_count() {
                super::status_does_not_count(&*store().0);
            }
            #[test]
            fn open_limit_is_exact_and_keeps_the_preview() {
                super::open_limit_is_exact_and_keeps_the_preview(&*store().0);
            }
            #[test]
            fn expiry_is_enforced_at_read_time() {
                super::expiry_is_enforced_at_read_time(&*store().0);
            }
            #[test]
            fn revoke_needs_the_token_and_is_idempotent() {
                super::revoke_needs_the_token_and_is_idempotent(&*store().0);
            }
            #[test]
            fn revoking_an_expired_share_keeps_it_expired() {
                super::revoking_an_expired_share_keeps_it_expired(&*store().0);
            }
            #[test]
            fn the_log_needs_the_token() {
                super::the_log_needs_the_token(&*store().0);
            }
            #[test]
            fn purge_drops_ciphertext_then_rows() {
                super::purge_drops_ciphertext_then_rows(&*store().0);
            }
            #[test]
            fn purge_leaves_live_shares_alone() {
                super::purge_leaves_live_shares_alone(&*store().0);
            }
            #[test]
            fn concurrent_opens_never_exceed_the_limit() {
                let (store, _dir) = store();
                super::concurrent_opens_never_exceed_the_limit(store);
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
fn sqlite_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SqliteStore::open_in_dir(dir.path()).unwrap();
        store.create(share("a", Some(2))).unwrap();
        store.open("a", T0).unwrap();
    }
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    assert_eq!(
        store.open("a", T0 + 1).unwrap().unwrap(),
        b"content ciphertext"
    );
    assert!(store.open("a", T0 + 2).unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 3).unwrap().unwrap();
    assert_eq!(log.opens, vec![T0, T0 + 1]);
}
