//! The transfer API through the router with `oneshot` and a test clock.

mod common;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use common::*;
use regie_core::transfer::{
    cancel_path, receive_path, ReceiveTransfer, TransferCreated, WrongCode, TRANSFERS_PATH,
};
use regie_relay::SqliteStore;

fn test_app() -> TestApp {
    TestApp::new(Arc::new(SqliteStore::open_in_memory().expect("sqlite")))
}

fn post_package(uri: &str, body: Vec<u8>) -> axum::http::Request<axum::body::Body> {
    post_bytes(uri, "application/octet-stream", body)
}

/// A relay holding one transfer of a small package, and its answer to the upload.
async fn app_with_transfer() -> (TestApp, TransferCreated) {
    let app = test_app();
    let created = create(&app, &age_file(b"package")).await;
    (app, created)
}

async fn create(app: &TestApp, package: &[u8]) -> TransferCreated {
    let answer = app
        .send(post_package(TRANSFERS_PATH, package.to_vec()))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    answer.json()
}

async fn receive(app: &TestApp, id: &str, code: &str) -> Answer {
    app.send(post_json(
        &receive_path(id),
        &ReceiveTransfer { code: code.into() },
    ))
    .await
}

fn wrong(created: &TransferCreated) -> String {
    // A code that is surely not the right one.
    let n: u32 = created.code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

#[tokio::test]
async fn create_answers_id_code_token_and_ten_minutes() {
    let (app, created) = app_with_transfer().await;
    assert!(regie_core::api::is_share_id(&created.id));
    assert_eq!(created.code.len(), 6);
    assert!(created.code.chars().all(|c| c.is_ascii_digit()));
    assert_eq!(created.cancel_token.len(), 43);
    assert_eq!(created.expires_at, T0 + 600_000);
    let other = create(&app, &age_file(b"package")).await;
    assert_ne!(created.id, other.id);
    assert_ne!(created.cancel_token, other.cancel_token);
}

#[tokio::test]
async fn only_age_files_are_taken() {
    let app = test_app();
    let answer = app
        .send(post_package(
            TRANSFERS_PATH,
            b"the dossier in plain text".to_vec(),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let app = TestApp::with_config(|c| c.max_share_bytes = 1024);
    let answer = app
        .send(post_package(TRANSFERS_PATH, age_file(&[0u8; 4096])))
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_right_code_gets_the_package_once() {
    let app = test_app();
    let package = age_file(b"package");
    let created = create(&app, &package).await;
    let answer = receive(&app, &created.id, &created.code).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    assert_eq!(answer.body, package);
    let again = receive(&app, &created.id, &created.code).await;
    again.assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn wrong_codes_say_how_many_tries_are_left_then_the_transfer_is_void() {
    let (app, created) = app_with_transfer().await;
    let bad = wrong(&created);
    for left in (0..5).rev() {
        let answer = receive(&app, &created.id, &bad).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        let body: WrongCode = answer.json();
        assert_eq!(body, WrongCode::new(left));
        assert_eq!(
            answer.text(),
            format!(r#"{{"error":"wrong_code","tries_left":{left}}}"#)
        );
    }
    let answer = receive(&app, &created.id, &created.code).await;
    answer.assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn an_expired_transfer_is_gone_without_sleeping() {
    let (app, created) = app_with_transfer().await;
    app.clock.advance(Duration::from_millis(599_999));
    let early = create(&app, &age_file(b"package")).await;
    assert_eq!(
        receive(&app, &created.id, &wrong(&created)).await.status,
        StatusCode::FORBIDDEN
    );
    app.clock.advance(Duration::from_millis(1));
    let answer = receive(&app, &created.id, &created.code).await;
    answer.assert_error(StatusCode::NOT_FOUND, "gone");
    // The other one still has its own ten minutes.
    assert_eq!(
        receive(&app, &early.id, &early.code).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_purge_removes_expired_transfers_from_the_store() {
    let (app, created) = app_with_transfer().await;
    app.clock.advance(Duration::from_secs(600));
    assert_eq!(app.store.purge(T0 + 600_000).await.unwrap().transfers, 1);
    assert_eq!(
        receive(&app, &created.id, &created.code).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_shorter_lifetime_from_the_config_is_used() {
    let app = TestApp::with_config(|c| c.transfer_lifetime = Duration::from_secs(2));
    let created = create(&app, &age_file(b"package")).await;
    assert_eq!(created.expires_at, T0 + 2_000);
}

#[tokio::test]
async fn cancel_needs_the_token_and_ends_the_transfer() {
    let (app, created) = app_with_transfer().await;
    let path = cancel_path(&created.id);
    let wrong_token = app.send(with_token(Method::POST, &path, "nope")).await;
    assert_eq!(wrong_token.status, StatusCode::NOT_FOUND);
    assert_eq!(app.send(post(&path)).await.status, StatusCode::NOT_FOUND);
    let answer = app
        .send(with_token(Method::POST, &path, &created.cancel_token))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let answer = receive(&app, &created.id, &created.code).await;
    answer.assert_error(StatusCode::NOT_FOUND, "gone");
    let again = app
        .send(with_token(Method::POST, &path, &created.cancel_token))
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn malformed_ids_and_bodies_are_answered_plainly() {
    let app = test_app();
    let answer = receive(&app, "not-an-id", "123456").await;
    answer.assert_error(StatusCode::NOT_FOUND, "gone");
    let created = create(&app, &age_file(b"package")).await;
    let answer = app
        .send(post_raw(&receive_path(&created.id), b"{}".to_vec()))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    // A malformed body costs no try.
    assert_eq!(
        receive(&app, &created.id, &created.code).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn receiving_is_rate_limited_per_client() {
    let app = TestApp::with_config(|c| c.rate_limit_per_min = Some(3));
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(
            receive(&app, "AAAAAAAAAAAAAAAAAAAAAA", "123456")
                .await
                .status,
        );
    }
    assert_eq!(statuses[..3], [StatusCode::NOT_FOUND; 3]);
    assert_eq!(statuses[3], StatusCode::TOO_MANY_REQUESTS);
}

/// Moves count against the relay's quota together with shares, and past it an upload gets
/// 507 like a share's, on every store. Moves of 400 kB (two chunks and a bit) under a
/// quota of 1,000,000 bytes and no per-client allowance.
async fn moves_past_the_quota_are_507(store: Arc<dyn regie_relay::Store>) {
    let app = TestApp::on_store(store, |c| {
        c.quota_bytes = Some(1_000_000);
        c.client_quota_bytes = None;
    });
    let too_big = app
        .send(post_package(TRANSFERS_PATH, age_file(&[1; 3_000_000])))
        .await;
    too_big.assert_error(StatusCode::INSUFFICIENT_STORAGE, "quota_full");
    let package = age_file(&[2; 400_000]);
    let first = create(&app, &package).await;
    create(&app, &package).await;
    app.send(post_package(TRANSFERS_PATH, package.clone()))
        .await
        .assert_error(StatusCode::INSUFFICIENT_STORAGE, "quota_full");
    // Shares see the moves held.
    let mut share = create_request(600, None);
    share.content = age_file(&[3; 300_000]);
    app.send(post_share(share.body()))
        .await
        .assert_error(StatusCode::INSUFFICIENT_STORAGE, "quota_full");
    // A received move frees its room, and comes back whole from its chunks.
    let answer = receive(&app, &first.id, &first.code).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, package);
    create(&app, &package).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moves_past_the_quota_are_507_in_memory() {
    moves_past_the_quota_are_507(Arc::new(regie_relay::MemoryStore::new())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moves_past_the_quota_are_507_with_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    moves_past_the_quota_are_507(Arc::new(store)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moves_past_the_quota_are_507_with_postgres() {
    let Some(store) = postgres::store().await else {
        return;
    };
    moves_past_the_quota_are_507(Arc::new(store)).await;
}

#[tokio::test]
async fn a_move_that_fails_midway_leaves_nothing_held() {
    let app = TestApp::with_config(|c| {
        c.quota_bytes = Some(1_000_000);
        c.client_quota_bytes = None;
    });
    // Plain text after a valid start is refused, and its bytes are not counted.
    let mut bad = age_file(&[4; 600_000]);
    // Mostly text: a quarter of ciphertext's bytes have the high bit set, and this has far
    // fewer, whatever the random part holds.
    bad.truncate(100_000);
    bad.extend_from_slice(&[b'a'; 500_000]);
    let answer = app.send(post_package(TRANSFERS_PATH, bad)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
    create(&app, &age_file(&[5; 900_000])).await;
}
