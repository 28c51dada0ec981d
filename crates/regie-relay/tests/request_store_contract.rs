//! The request half of the store contract (requests for a share, "vraag"): each check runs
//! against the in-memory map, SQLite (in memory and on disk) and PostgreSQL.

mod common;

use regie_relay::store::{NewRequest, Pending, Store, StoreError, TokenHash, ANSWER_GRACE_MS};

const T0: i64 = 1_767_225_600_000;
const TEN_MINUTES: i64 = 600_000;
const SECRET: TokenHash = [7; 32];
const OTHER: TokenHash = [8; 32];
const CAP: u64 = 100;

fn request(id: &str) -> NewRequest {
    NewRequest {
        id: id.to_owned(),
        secret_hash: SECRET,
        created_at: T0,
        expires_at: T0 + TEN_MINUTES,
        body: format!("body of {id}").into_bytes(),
    }
}

async fn a_request_is_read_answered_once_and_taken_once(store: &dyn Store) {
    assert!(store.create_request(request("a"), CAP, T0).await.unwrap());
    assert!(matches!(
        store.create_request(request("a"), CAP, T0).await,
        Err(StoreError::DuplicateId)
    ));
    assert_eq!(
        store.request_body("a", T0 + 1).await.unwrap(),
        Some(b"body of a".to_vec())
    );
    assert_eq!(
        store
            .take_request_answer("a", &SECRET, T0 + 1)
            .await
            .unwrap(),
        Some(Pending::Waiting)
    );
    // A wrong secret learns nothing, not even that it waits.
    assert_eq!(
        store
            .take_request_answer("a", &OTHER, T0 + 1)
            .await
            .unwrap(),
        None
    );
    assert!(store
        .answer_request("a", b"yes".to_vec(), T0 + 2)
        .await
        .unwrap());
    // Answered: the body is no longer served, and a second answer is refused.
    assert_eq!(store.request_body("a", T0 + 3).await.unwrap(), None);
    assert!(!store
        .answer_request("a", b"no".to_vec(), T0 + 3)
        .await
        .unwrap());
    assert_eq!(
        store
            .take_request_answer("a", &OTHER, T0 + 4)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .take_request_answer("a", &SECRET, T0 + 4)
            .await
            .unwrap(),
        Some(Pending::Answered(b"yes".to_vec()))
    );
    // Taken: gone for everyone.
    assert_eq!(
        store
            .take_request_answer("a", &SECRET, T0 + 5)
            .await
            .unwrap(),
        None
    );
    assert!(!store
        .answer_request("unknown", b"yes".to_vec(), T0)
        .await
        .unwrap());
    assert_eq!(store.request_body("unknown", T0).await.unwrap(), None);
}

async fn an_expired_request_is_gone_at_read_time(store: &dyn Store) {
    assert!(store.create_request(request("a"), CAP, T0).await.unwrap());
    let end = T0 + TEN_MINUTES;
    assert!(store.request_body("a", end - 1).await.unwrap().is_some());
    assert_eq!(store.request_body("a", end).await.unwrap(), None);
    assert!(!store
        .answer_request("a", b"yes".to_vec(), end)
        .await
        .unwrap());
    assert_eq!(
        store.take_request_answer("a", &SECRET, end).await.unwrap(),
        None
    );
}

async fn an_answer_in_the_last_moment_can_still_be_taken(store: &dyn Store) {
    assert!(store.create_request(request("a"), CAP, T0).await.unwrap());
    let last = T0 + TEN_MINUTES - 1;
    assert!(store
        .answer_request("a", b"yes".to_vec(), last)
        .await
        .unwrap());
    assert_eq!(
        store
            .take_request_answer("a", &SECRET, last + ANSWER_GRACE_MS - 1)
            .await
            .unwrap(),
        Some(Pending::Answered(b"yes".to_vec()))
    );
}

async fn no_more_than_the_cap_are_alive_at_once(store: &dyn Store) {
    for id in ["a", "b", "c"] {
        assert!(store.create_request(request(id), 3, T0).await.unwrap());
    }
    assert!(!store.create_request(request("d"), 3, T0).await.unwrap());
    assert_eq!(store.request_body("d", T0).await.unwrap(), None);
    // Once the first three ended, there is room again, purged or not.
    let mut later = request("d");
    later.expires_at = T0 + 2 * TEN_MINUTES;
    assert!(store
        .create_request(later, 3, T0 + TEN_MINUTES)
        .await
        .unwrap());
}

async fn the_purge_deletes_expired_requests(store: &dyn Store) {
    assert!(store.create_request(request("a"), CAP, T0).await.unwrap());
    let mut long = request("b");
    long.expires_at = T0 + 2 * TEN_MINUTES;
    assert!(store.create_request(long, CAP, T0).await.unwrap());
    store.purge(T0 + TEN_MINUTES).await.unwrap();
    assert!(store
        .request_body("b", T0 + TEN_MINUTES)
        .await
        .unwrap()
        .is_some());
    // Deleted, not just hidden: even a clock set back does not bring it back.
    assert_eq!(store.request_body("a", T0).await.unwrap(), None);
}

async fn concurrent_takes_hand_the_answer_out_once(store: &dyn Store) {
    assert!(store.create_request(request("a"), CAP, T0).await.unwrap());
    assert!(store
        .answer_request("a", b"yes".to_vec(), T0)
        .await
        .unwrap());
    let takes = (0..8).map(|_| store.take_request_answer("a", &SECRET, T0 + 1));
    let answers = futures_util::future::join_all(takes).await;
    let given = answers
        .into_iter()
        .filter(|a| matches!(a, Ok(Some(Pending::Answered(_)))))
        .count();
    assert_eq!(given, 1);
}

store_contract!(
    a_request_is_read_answered_once_and_taken_once,
    an_expired_request_is_gone_at_read_time,
    an_answer_in_the_last_moment_can_still_be_taken,
    no_more_than_the_cap_are_alive_at_once,
    the_purge_deletes_expired_requests,
    concurrent_takes_hand_the_answer_out_once,
);
