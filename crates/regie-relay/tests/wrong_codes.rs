//! The wrong spoken codes in a share's log: when each came, oldest first, never the code
//! itself, at most as many as a share takes; on every backend, and through the log route.

mod common;

use axum::http::{Method, StatusCode};
use common::{create_request, post_json, with_token, TestApp};
use regie_core::api::{
    log_path, open_path, OpenShare, ShareState, MAX_LOGGED_WRONG_CODES, SHARE_CODE_TRIES,
};
use regie_relay::secrets::share_code_hash;
use regie_relay::store::{
    create_share, CodeLock, NewShare, Opening, Store, TokenHash, LOG_RETENTION_MS,
};

const T0: i64 = 1_767_225_600_000;
const HOUR: i64 = 3_600_000;
const TOKEN: TokenHash = [1; 32];

/// A share that opens only with the code "4821".
fn coded(id: &str, starts_at: Option<i64>) -> NewShare {
    let salt = [5; 16];
    NewShare {
        id: id.to_owned(),
        token_hash: TOKEN,
        created_at: T0,
        expires_at: T0 + HOUR,
        max_opens: None,
        preview: b"preview ciphertext".to_vec(),
        content_bytes: 0,
        code: Some(CodeLock {
            salt,
            hash: share_code_hash(&salt, "4821"),
        }),
        starts_at,
        replies: false,
    }
}

async fn create(store: &dyn Store, share: NewShare) {
    create_share(store, share, b"content ciphertext".to_vec())
        .await
        .unwrap();
}

async fn wrong_codes_are_logged_with_the_openings(store: &dyn Store) {
    create(store, coded("a", None)).await;
    // No code at all uses no try and is not logged.
    store.open_with("a", None, T0).await.unwrap();
    store.open_with("a", Some("1111"), T0 + 1).await.unwrap();
    assert!(matches!(
        store.open_with("a", Some("4821"), T0 + 2).await.unwrap(),
        Opening::Content(_)
    ));
    store.open_with("a", Some("482100"), T0 + 3).await.unwrap();
    let log = store.log("a", &TOKEN, T0 + 4).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Active);
    assert_eq!(log.opens, [T0 + 2]);
    assert_eq!(log.wrong_codes, [T0 + 1, T0 + 3]);
}

async fn the_wrong_codes_that_block_a_share_stay_bounded(store: &dyn Store) {
    create(store, coded("a", None)).await;
    // Far more guesses than a share takes: those after the block are not even compared.
    for i in 0..(SHARE_CODE_TRIES as i64 + 10) {
        store.open_with("a", Some("0000"), T0 + i).await.unwrap();
    }
    let log = store.log("a", &TOKEN, T0 + 100).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Blocked);
    assert_eq!(log.wrong_codes.len(), MAX_LOGGED_WRONG_CODES);
    let expected: Vec<i64> = (0..SHARE_CODE_TRIES as i64).map(|i| T0 + i).collect();
    assert_eq!(log.wrong_codes, expected);
    // Still there for the client after a revoke, until the purge takes the share.
    assert!(store.revoke("a", &TOKEN, T0 + 101).await.unwrap());
    let log = store.log("a", &TOKEN, T0 + 102).await.unwrap().unwrap();
    assert_eq!(log.wrong_codes, expected);
    store.purge(T0 + HOUR + LOG_RETENTION_MS).await.unwrap();
    assert!(store.log("a", &TOKEN, T0 + HOUR).await.unwrap().is_none());
}

async fn concurrent_wrong_codes_are_each_logged_once(store: &dyn Store) {
    create(store, coded("a", None)).await;
    let guesses = (0..30).map(|i| {
        let guess = format!("{:04}", 1000 + i);
        async move { store.open_with("a", Some(&guess), T0).await.unwrap() }
    });
    futures_util::future::join_all(guesses).await;
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(log.wrong_codes, [T0; SHARE_CODE_TRIES as usize]);
}

async fn a_code_before_the_start_is_not_tried_nor_logged(store: &dyn Store) {
    create(store, coded("a", Some(T0 + HOUR / 2))).await;
    assert!(matches!(
        store.open_with("a", Some("1111"), T0).await.unwrap(),
        Opening::NotYet { .. }
    ));
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert!(log.wrong_codes.is_empty());
}

store_contract!(
    wrong_codes_are_logged_with_the_openings,
    the_wrong_codes_that_block_a_share_stay_bounded,
    concurrent_wrong_codes_are_each_logged_once,
    a_code_before_the_start_is_not_tried_nor_logged,
);

/// Through the routes: the client's log answer holds the wrong codes' times and nothing of
/// the codes tried.
async fn the_log_route_answers_the_wrong_codes(made: common::backends::Made) {
    let Some((store, _dir)) = made else {
        return;
    };
    let app = TestApp::new(store);
    let mut request = create_request(3600, None);
    request.params.code = Some("4821".into());
    let created = app.create(&request).await;
    let try_code = |code: &str| {
        post_json(
            &open_path(&created.id),
            &OpenShare {
                code: Some(code.to_owned()),
            },
        )
    };
    assert_eq!(
        app.send(try_code("7305")).await.status,
        StatusCode::FORBIDDEN
    );
    app.clock.advance(std::time::Duration::from_secs(60));
    assert_eq!(app.send(try_code("4821")).await.status, StatusCode::OK);
    let answer = app
        .send(with_token(
            Method::GET,
            &log_path(&created.id),
            &created.revoke_token,
        ))
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let text = answer.text();
    assert!(!text.contains("7305"), "{text}");
    let log: regie_core::api::ShareLog = answer.json();
    assert_eq!(log.wrong_codes.len(), 1);
    assert_eq!(log.opens.len(), 1);
    assert_eq!(log.opens[0] - log.wrong_codes[0], 60_000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_route_answers_the_wrong_codes_on_sqlite() {
    the_log_route_answers_the_wrong_codes(common::backends::sqlite_on_disk().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_route_answers_the_wrong_codes_on_postgres() {
    the_log_route_answers_the_wrong_codes(common::backends::postgres().await).await;
}

/// A database a relay of schema 6 left, holding a share with a spoken code: brought up to
/// date, its share logs the wrong codes from then on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_database_of_schema_6_gains_the_log_of_wrong_codes() {
    let Some(url) = common::postgres::fresh_database_url().await else {
        return;
    };
    let store = regie_relay::PostgresStore::connect(&url, 2).await.unwrap();
    create(&store, coded("a", None)).await;
    drop(store);
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    let connection = tokio::spawn(connection);
    client
        .batch_execute(
            "DROP TABLE wrong_codes; DELETE FROM regie_schema WHERE version > 6;
             UPDATE shares SET code_tries = 3",
        )
        .await
        .unwrap();
    drop(client);
    let _ = connection.await;

    let store = regie_relay::PostgresStore::connect(&url, 2).await.unwrap();
    assert_eq!(
        store.open_with("a", Some("1111"), T0).await.unwrap(),
        Opening::WrongCode { tries_left: 2 }
    );
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(log.wrong_codes, [T0]);
}
