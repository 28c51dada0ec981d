//! Viewer tokens, the view and replies, through the router with a test clock.

mod common;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use common::*;
use regie_core::api::{
    is_reply_id, open_path, replies_path, reply_path, view_path, ReplyList, ReplyPosted,
    ShareCreated, ShareState, MAX_REPLIES_PER_SHARE, MAX_REPLY_BYTES, RAW_SHARE_TYPE,
};
use regie_relay::{Clock as _, SqliteStore};

fn app() -> TestApp {
    TestApp::new(Arc::new(SqliteStore::open_in_memory().expect("sqlite")))
}

/// A share that takes replies.
fn answerable(max_opens: Option<u32>) -> ShareRequest {
    let mut request = create_request(600, max_opens);
    request.params.replies = true;
    request
}

async fn open(app: &TestApp, id: &str) -> String {
    app.open_for_viewer(id).await
}

fn view(id: &str, token: &str) -> Request<Body> {
    with_token(Method::POST, &view_path(id), token)
}

async fn post_reply(app: &TestApp, id: &str, token: &str, body: Vec<u8>) -> Answer {
    app.send(reply_request(id, token, RAW_SHARE_TYPE, body))
        .await
}

async fn list(app: &TestApp, created: &ShareCreated) -> ReplyList {
    let answer = app
        .send(with_token(
            Method::GET,
            &replies_path(&created.id),
            &created.revoke_token,
        ))
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()
}

#[tokio::test]
async fn the_viewer_token_of_an_opening_fetches_the_content_again_uncounted() {
    let app = app();
    let request = create_request(600, Some(1));
    let created = app.create(&request).await;
    let token = open(&app, &created.id).await;
    // Used up: no second opening, but the viewer reloads.
    app.send(post(&open_path(&created.id)))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    for _ in 0..3 {
        let answer = app.send(view(&created.id, &token)).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        assert_eq!(answer.body, request.content);
        assert_eq!(
            answer.header("content-type"),
            Some("application/octet-stream")
        );
        assert_eq!(answer.header("cache-control"), Some("no-store"));
    }
    let log = app.log(&created).await;
    assert_eq!((log.status, log.opens.len()), (ShareState::Exhausted, 1));
    // A wrong token, none, a revoke token, another share's id: all gone.
    let other = app.create(&create_request(600, None)).await;
    for req in [
        view(&created.id, "not-a-viewer-token"),
        post(&view_path(&created.id)),
        view(&created.id, &created.revoke_token),
        view(&other.id, &token),
        view("malformed", &token),
    ] {
        app.send(req)
            .await
            .assert_error(StatusCode::NOT_FOUND, "gone");
    }
    // Expired: gone for the token too.
    app.clock.advance(Duration::from_secs(600));
    app.send(view(&created.id, &token))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn a_revoke_ends_the_view() {
    let app = app();
    let created = app.create(&create_request(600, None)).await;
    let token = open(&app, &created.id).await;
    assert_eq!(
        app.send(view(&created.id, &token)).await.status,
        StatusCode::OK
    );
    let answer = app.revoke(&created.id, &created.revoke_token).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    app.send(view(&created.id, &token))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn a_viewer_replies_and_the_client_reads_and_deletes() {
    let app = app();
    let created = app.create(&answerable(Some(1))).await;
    let token = open(&app, &created.id).await;
    let first = age_file(b"agreed");
    let answer = post_reply(&app, &created.id, &token, first.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let posted: ReplyPosted = answer.json();
    assert!(is_reply_id(&posted.id));
    app.clock.advance(Duration::from_secs(1));
    let second = age_file(b"see you on Monday");
    let answer = post_reply(&app, &created.id, &token, second.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let later: ReplyPosted = answer.json();

    let replies = list(&app, &created).await.replies;
    assert_eq!(replies.len(), 2);
    assert_eq!(
        (replies[0].id.as_str(), replies[0].received_at),
        (posted.id.as_str(), T0)
    );
    assert_eq!(STANDARD.decode(&replies[0].ciphertext).unwrap(), first);
    assert_eq!(replies[1].received_at, T0 + 1000);
    assert_eq!(STANDARD.decode(&replies[1].ciphertext).unwrap(), second);
    // Replies are not openings.
    assert_eq!(app.log(&created).await.opens.len(), 1);

    // Another's token neither writes nor reads nor deletes.
    post_reply(&app, &created.id, "wrong", age_file(b"x"))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    post_reply(&app, &created.id, &created.revoke_token, age_file(b"x"))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    let path = replies_path(&created.id);
    app.send(with_token(Method::GET, &path, &token))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    let one = reply_path(&created.id, &posted.id);
    app.send(with_token(Method::DELETE, &one, &token))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    app.send(with_token(
        Method::DELETE,
        &reply_path(&created.id, "malformed"),
        &created.revoke_token,
    ))
    .await
    .assert_error(StatusCode::NOT_FOUND, "gone");

    for _ in 0..2 {
        // Deleting is idempotent.
        let answer = app
            .send(with_token(Method::DELETE, &one, &created.revoke_token))
            .await;
        assert_eq!(answer.status, StatusCode::NO_CONTENT, "{}", answer.text());
    }
    let replies = list(&app, &created).await.replies;
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].id, later.id);
}

#[tokio::test]
async fn replies_are_refused_unless_the_client_allowed_them() {
    let app = app();
    let created = app.create(&create_request(600, None)).await;
    let token = open(&app, &created.id).await;
    post_reply(&app, &created.id, &token, age_file(b"hello"))
        .await
        .assert_error(StatusCode::FORBIDDEN, "replies_off");
    assert!(list(&app, &created).await.replies.is_empty());
}

#[tokio::test]
async fn a_reply_is_one_small_age_file() {
    let app = app();
    let created = app.create(&answerable(None)).await;
    let token = open(&app, &created.id).await;
    let big = age_file(&[7; MAX_REPLY_BYTES]);
    assert!(big.len() > MAX_REPLY_BYTES);
    post_reply(&app, &created.id, &token, big.clone())
        .await
        .assert_error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
    // Without a length, the read stops at the limit all the same.
    let unsized_body = Request::post(replies_path(&created.id))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, RAW_SHARE_TYPE)
        .body(Body::from(big))
        .unwrap();
    app.send(unsized_body)
        .await
        .assert_error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
    for (content_type, body) in [
        (RAW_SHARE_TYPE, b"<script>alert(1)</script>".to_vec()),
        (RAW_SHARE_TYPE, Vec::new()),
        ("text/plain", age_file(b"hello")),
    ] {
        let answer = app
            .send(reply_request(&created.id, &token, content_type, body))
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{content_type}");
    }
    assert!(list(&app, &created).await.replies.is_empty());
    // A long note fits.
    let answer = post_reply(&app, &created.id, &token, age_file(&[7; 15_000])).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
}

#[tokio::test]
async fn a_share_holds_fifty_replies() {
    let app = app();
    let created = app.create(&answerable(None)).await;
    let token = open(&app, &created.id).await;
    let reply = age_file(b"ok");
    let mut ids = Vec::new();
    for _ in 0..MAX_REPLIES_PER_SHARE {
        let answer = post_reply(&app, &created.id, &token, reply.clone()).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        ids.push(answer.json::<ReplyPosted>().id);
    }
    post_reply(&app, &created.id, &token, reply.clone())
        .await
        .assert_error(StatusCode::CONFLICT, "too_many_replies");
    let answer = app
        .send(with_token(
            Method::DELETE,
            &reply_path(&created.id, &ids[0]),
            &created.revoke_token,
        ))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let answer = post_reply(&app, &created.id, &token, reply).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
}

#[tokio::test]
async fn after_a_revoke_or_expiry_no_reply_is_taken_but_the_client_still_reads_them() {
    let app = app();
    let revoked = app.create(&answerable(None)).await;
    let expiring = app.create(&answerable(None)).await;
    let mut tokens = Vec::new();
    for created in [&revoked, &expiring] {
        let token = open(&app, &created.id).await;
        let answer = post_reply(&app, &created.id, &token, age_file(b"before")).await;
        assert_eq!(answer.status, StatusCode::CREATED);
        tokens.push(token);
    }
    let answer = app.revoke(&revoked.id, &revoked.revoke_token).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    post_reply(&app, &revoked.id, &tokens[0], age_file(b"after"))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    assert_eq!(list(&app, &revoked).await.replies.len(), 1);

    app.clock.advance(Duration::from_secs(600));
    post_reply(&app, &expiring.id, &tokens[1], age_file(b"after"))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    app.store.purge(app.clock.now_ms()).await.unwrap();
    assert_eq!(list(&app, &expiring).await.replies.len(), 1);
    // Thirty days on, they go with the share.
    app.clock.advance(Duration::from_secs(30 * 86_400));
    app.store.purge(app.clock.now_ms()).await.unwrap();
    let path = replies_path(&expiring.id);
    app.send(with_token(Method::GET, &path, &expiring.revoke_token))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn replies_and_views_from_another_site_are_refused() {
    let app = app();
    let created = app.create(&answerable(None)).await;
    let token = open(&app, &created.id).await;
    let cross_site = |mut req: Request<Body>| {
        req.headers_mut()
            .insert("sec-fetch-site", "cross-site".parse().unwrap());
        req.headers_mut()
            .insert(header::HOST, "relay.example".parse().unwrap());
        req
    };
    for req in [
        reply_request(&created.id, &token, RAW_SHARE_TYPE, age_file(b"x")),
        view(&created.id, &token),
        with_token(
            Method::DELETE,
            &reply_path(&created.id, &"A".repeat(22)),
            &created.revoke_token,
        ),
    ] {
        app.send(cross_site(req))
            .await
            .assert_error(StatusCode::FORBIDDEN, "cross_site");
    }
    assert!(list(&app, &created).await.replies.is_empty());
}

#[tokio::test]
async fn replies_are_charged_to_the_clients_day_and_the_relays_quota() {
    let share = answerable(None);
    let reply = age_file(b"ok");
    let upload = share.body().len() as u64;
    let app = TestApp::with_config(|config| {
        config.client_quota_bytes = Some(upload + reply.len() as u64);
        config.quota_bytes = None;
    });
    let created = app.create(&share).await;
    let token = open(&app, &created.id).await;
    let answer = post_reply(&app, &created.id, &token, reply.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    post_reply(&app, &created.id, &token, reply.clone())
        .await
        .assert_error(StatusCode::TOO_MANY_REQUESTS, "client_quota_full");

    let held = share.content.len() as u64;
    let app = TestApp::with_config(|config| {
        config.client_quota_bytes = None;
        config.quota_bytes = Some(held + reply.len() as u64);
    });
    let created = app.create(&share).await;
    let token = open(&app, &created.id).await;
    let answer = post_reply(&app, &created.id, &token, reply.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    post_reply(&app, &created.id, &token, reply)
        .await
        .assert_error(StatusCode::INSUFFICIENT_STORAGE, "quota_full");
}

#[tokio::test]
async fn past_its_viewers_a_share_still_opens_without_a_token() {
    let app = app();
    let created = app.create(&create_request(600, None)).await;
    let mut tokens = std::collections::HashSet::new();
    for _ in 0..regie_core::api::MAX_VIEWERS_PER_SHARE {
        tokens.insert(open(&app, &created.id).await);
    }
    assert_eq!(tokens.len(), regie_core::api::MAX_VIEWERS_PER_SHARE);
    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header(regie_core::api::VIEWER_TOKEN_HEADER), None);
    assert_eq!(
        app.log(&created).await.opens.len(),
        regie_core::api::MAX_VIEWERS_PER_SHARE + 1
    );
}
