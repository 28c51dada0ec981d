//! A share's activity log: the events viewers send (who opened, reloaded, printed, replied),
//! held as ciphertext only. The store contract runs on every backend; the route is tried as
//! an attacker would, through the router with a test clock.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use common::*;
use regie_core::api::{
    activity_path, ActivityList, MAX_ACTIVITY_BYTES, MAX_ACTIVITY_PER_SHARE, RAW_SHARE_TYPE,
};
use regie_relay::store::{
    create_share, NewActivity, NewShare, Posting, Store, TokenHash, LOG_RETENTION_MS,
};
use regie_relay::SqliteStore;

const T0: i64 = 1_767_225_600_000;
const HOUR: i64 = 3_600_000;
const TOKEN: TokenHash = [1; 32];
const VIEWER: TokenHash = [7; 32];
const OTHER_VIEWER: TokenHash = [8; 32];

fn share(id: &str, max_opens: Option<u32>) -> NewShare {
    NewShare {
        id: id.to_owned(),
        token_hash: TOKEN,
        created_at: T0,
        expires_at: T0 + HOUR,
        max_opens,
        preview: b"preview ciphertext".to_vec(),
        content_bytes: 0,
        code: None,
        starts_at: None,
        replies: false,
    }
}

async fn made(store: &dyn Store, id: &str, max_opens: Option<u32>) {
    create_share(store, share(id, max_opens), b"content".to_vec())
        .await
        .unwrap();
}

fn event(id: &str, at: i64, n: usize) -> NewActivity {
    NewActivity {
        share: id.to_owned(),
        received_at: at,
        ciphertext: format!("event {n}").into_bytes(),
    }
}

async fn post(store: &dyn Store, event: NewActivity, viewer: &TokenHash) -> Posting {
    store.post_activity(event, viewer).await.unwrap()
}

async fn events_need_a_viewer_token_and_the_revoke_token_reads_them(store: &dyn Store) {
    made(store, "a", Some(1)).await;
    // Nobody opened it yet: no viewer token fits.
    assert_eq!(post(store, event("a", T0, 0), &VIEWER).await, Posting::Gone);
    let opened = store.open_as("a", None, Some(&VIEWER), T0).await.unwrap();
    assert!(opened.viewer_kept);
    // Used up is fine: the viewer still holds it, and reloads and prints.
    for n in 1..=3 {
        assert_eq!(
            post(store, event("a", T0 + n as i64, n), &VIEWER).await,
            Posting::Posted
        );
    }
    assert_eq!(
        post(store, event("a", T0 + 9, 9), &OTHER_VIEWER).await,
        Posting::Gone
    );
    assert_eq!(
        post(store, event("unknown", T0, 0), &VIEWER).await,
        Posting::Gone
    );
    let held = store.activity("a", &TOKEN, T0 + 10).await.unwrap().unwrap();
    let said: Vec<(i64, &[u8])> = held
        .iter()
        .map(|e| (e.received_at, &e.ciphertext[..]))
        .collect();
    assert_eq!(
        said,
        [
            (T0 + 1, &b"event 1"[..]),
            (T0 + 2, b"event 2"),
            (T0 + 3, b"event 3")
        ]
    );
    assert!(store
        .activity("a", &OTHER_VIEWER, T0)
        .await
        .unwrap()
        .is_none());
    assert!(store
        .activity("unknown", &TOKEN, T0)
        .await
        .unwrap()
        .is_none());
}

async fn concurrent_events_never_pass_the_cap(store: &dyn Store) {
    made(store, "a", None).await;
    store.open_as("a", None, Some(&VIEWER), T0).await.unwrap();
    let posts = (0..MAX_ACTIVITY_PER_SHARE + 20).map(|n| post(store, event("a", T0, n), &VIEWER));
    let posted = futures_util::future::join_all(posts).await;
    let count = |p| posted.iter().filter(|x| **x == p).count();
    assert_eq!(count(Posting::Posted), MAX_ACTIVITY_PER_SHARE);
    assert_eq!(count(Posting::TooMany), 20);
    let held = store.activity("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(held.len(), MAX_ACTIVITY_PER_SHARE);
}

async fn the_log_outlives_revoke_and_expiry_and_goes_with_the_purge(store: &dyn Store) {
    for id in ["revoked", "expired"] {
        made(store, id, None).await;
        store.open_as(id, None, Some(&VIEWER), T0).await.unwrap();
        assert_eq!(
            post(store, event(id, T0, 0), &VIEWER).await,
            Posting::Posted
        );
    }
    assert!(store.revoke("revoked", &TOKEN, T0 + 1).await.unwrap());
    assert_eq!(
        post(store, event("revoked", T0 + 2, 1), &VIEWER).await,
        Posting::Gone
    );
    assert_eq!(
        post(store, event("expired", T0 + HOUR, 1), &VIEWER).await,
        Posting::Gone
    );
    store.purge(T0 + HOUR).await.unwrap();
    for id in ["revoked", "expired"] {
        let held = store
            .activity(id, &TOKEN, T0 + HOUR)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(held.len(), 1, "{id}");
    }
    let gone_at = T0 + HOUR + LOG_RETENTION_MS;
    assert!(store
        .activity("expired", &TOKEN, gone_at)
        .await
        .unwrap()
        .is_none());
    assert_eq!(store.purge(gone_at).await.unwrap().deleted, 2);
    // A new share under the old id starts without the old events.
    made(store, "revoked", None).await;
    assert_eq!(
        store.activity("revoked", &TOKEN, T0).await.unwrap(),
        Some(Vec::new())
    );
}

store_contract!(
    events_need_a_viewer_token_and_the_revoke_token_reads_them,
    concurrent_events_never_pass_the_cap,
    the_log_outlives_revoke_and_expiry_and_goes_with_the_purge,
);

// Through the router, as a viewer and as an attacker.

fn app() -> TestApp {
    TestApp::new(Arc::new(SqliteStore::open_in_memory().expect("sqlite")))
}

fn activity_request(id: &str, token: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(activity_path(id))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request")
}

async fn list(app: &TestApp, id: &str, token: &str) -> Answer {
    app.send(with_token(
        axum::http::Method::GET,
        &activity_path(id),
        token,
    ))
    .await
}

trait Status {
    fn assert_status(&self, status: StatusCode);
}

impl Status for Answer {
    fn assert_status(&self, status: StatusCode) {
        assert_eq!(self.status, status, "{}", self.text());
    }
}

#[tokio::test]
async fn a_viewer_posts_sealed_events_and_the_client_reads_them_back() {
    let app = app();
    let created = app.create(&create_request(600, None)).await;
    let viewer = app.open_for_viewer(&created.id).await;
    let sealed = age_file(b"{\"who\":\"Anna de Boer\"}");
    let answer = app
        .send(activity_request(
            &created.id,
            &viewer,
            RAW_SHARE_TYPE,
            sealed.clone(),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let answer = list(&app, &created.id, &created.revoke_token).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let listed: ActivityList = answer.json();
    assert_eq!(listed.events.len(), 1);
    assert_eq!(
        STANDARD.decode(&listed.events[0].ciphertext).unwrap(),
        sealed
    );
    // The viewer's token does not read the log; the revoke token does not post to it.
    list(&app, &created.id, &viewer)
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    app.send(activity_request(
        &created.id,
        &created.revoke_token,
        RAW_SHARE_TYPE,
        age_file(b"x"),
    ))
    .await
    .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn what_is_not_one_small_age_file_is_refused_before_the_store() {
    let app = app();
    let created = app.create(&create_request(600, None)).await;
    let viewer = app.open_for_viewer(&created.id).await;
    let id = &created.id;
    // Plain text: a relay that took it would hold a name in the clear.
    app.send(activity_request(
        id,
        &viewer,
        RAW_SHARE_TYPE,
        b"{\"name\":\"Anna de Boer\"}".to_vec(),
    ))
    .await
    .assert_status(StatusCode::BAD_REQUEST);
    app.send(activity_request(
        id,
        &viewer,
        "application/json",
        age_file(b"x"),
    ))
    .await
    .assert_status(StatusCode::BAD_REQUEST);
    let big = age_file(&vec![b'x'; MAX_ACTIVITY_BYTES]);
    assert!(big.len() > MAX_ACTIVITY_BYTES);
    app.send(activity_request(id, &viewer, RAW_SHARE_TYPE, big))
        .await
        .assert_error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
    // A made-up token, and no token at all.
    app.send(activity_request(
        id,
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        RAW_SHARE_TYPE,
        age_file(b"x"),
    ))
    .await
    .assert_error(StatusCode::NOT_FOUND, "gone");
    let listed: ActivityList = list(&app, id, &created.revoke_token).await.json();
    assert!(listed.events.is_empty(), "nothing refused was kept");
}

#[tokio::test]
async fn a_full_log_says_so_and_a_stopped_share_takes_no_more() {
    let app = TestApp::with_config(|c| c.rate_limit_per_min = None);
    let created = app.create(&create_request(600, None)).await;
    let viewer = app.open_for_viewer(&created.id).await;
    for _ in 0..MAX_ACTIVITY_PER_SHARE {
        let answer = app
            .send(activity_request(
                &created.id,
                &viewer,
                RAW_SHARE_TYPE,
                age_file(b"e"),
            ))
            .await;
        assert_eq!(answer.status, StatusCode::CREATED);
    }
    app.send(activity_request(
        &created.id,
        &viewer,
        RAW_SHARE_TYPE,
        age_file(b"e"),
    ))
    .await
    .assert_error(StatusCode::CONFLICT, "log_full");
    let other = app.create(&create_request(600, None)).await;
    let viewer = app.open_for_viewer(&other.id).await;
    app.revoke(&other.id, &other.revoke_token).await;
    app.send(activity_request(
        &other.id,
        &viewer,
        RAW_SHARE_TYPE,
        age_file(b"e"),
    ))
    .await
    .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn events_have_their_own_rate_limit() {
    let app = TestApp::with_config(|c| c.rate_limit_per_min = Some(1));
    let created = app.create(&create_request(600, None)).await;
    let viewer = app.open_for_viewer(&created.id).await;
    let send = || {
        app.send(activity_request(
            &created.id,
            &viewer,
            RAW_SHARE_TYPE,
            age_file(b"e"),
        ))
    };
    // Four a minute at this rate: an opening, a reload, a print, a reply.
    for _ in 0..4 {
        assert_eq!(send().await.status, StatusCode::CREATED);
    }
    assert_eq!(send().await.status, StatusCode::TOO_MANY_REQUESTS);
}
