//! The request routes ("vraag") through the router with `oneshot` and a test clock, as an
//! attacker would try them: oversized and malformed bodies, too many requests, a wrong
//! secret, a second answer, an answer after expiry, and what the store keeps of one.

mod common;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use common::*;
use regie_core::api::{path_for, paths};
use regie_core::model::SectionKey;
use regie_core::request::{
    fingerprint_of, seal_answer, RequestAnswer, RequestCreated, RequestKey, RequestState,
    ShareRequest, MAX_REQUEST_BYTES,
};
use regie_relay::SqliteStore;

fn asked(key: &RequestKey) -> ShareRequest {
    ShareRequest {
        v: 1,
        key: key.recipient(),
        name: "Anna de Boer".into(),
        org: "Wijkteam Oost".into(),
        role: "consulent".into(),
        purpose: "keukentafelgesprek".into(),
        sections: vec![SectionKey::About, SectionKey::Goals],
        minutes: 30,
    }
}

async fn ask(app: &TestApp, body: Vec<u8>) -> Answer {
    app.send(post_raw(paths::REQUESTS, body)).await
}

async fn made(app: &TestApp, key: &RequestKey) -> (RequestCreated, Vec<u8>) {
    let body = asked(key).to_body().unwrap();
    let answer = ask(app, body.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    (answer.json(), body)
}

async fn state(app: &TestApp, created: &RequestCreated, secret: &str) -> Answer {
    app.send(with_token(
        Method::GET,
        &path_for(paths::REQUEST_STATE, &created.id),
        secret,
    ))
    .await
}

async fn answer(app: &TestApp, id: &str, answer: &RequestAnswer) -> Answer {
    app.send(post_json(&path_for(paths::REQUEST_ANSWER, id), answer))
        .await
}

/// A 400 `invalid`, with a sentence that says why.
fn assert_invalid(answer: &Answer) {
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
    let body: serde_json::Value = answer.json();
    assert_eq!(body["error"], "invalid");
}

fn test_app() -> TestApp {
    TestApp::new(Arc::new(SqliteStore::open_in_memory().expect("sqlite")))
}

#[tokio::test]
async fn a_request_reaches_the_client_unchanged_and_the_answer_the_professional_once() {
    let app = test_app();
    let key = RequestKey::generate();
    let (created, body) = made(&app, &key).await;
    assert_eq!(created.expires_at, T0 + 600_000);
    // The client's app gets the body byte for byte, so the link's fingerprint holds.
    let read = app.send(get(&path_for(paths::REQUEST, &created.id))).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.header("x-content-type-options"), Some("nosniff"));
    let request = ShareRequest::verified(&read.body, &fingerprint_of(&body)).unwrap();
    assert_eq!(
        state(&app, &created, &created.secret)
            .await
            .json::<RequestState>(),
        RequestState::Waiting
    );
    let link = "http://127.0.0.1/v#s=AAAAAAAAAAAAAAAAAAAAAA.k";
    let sealed = seal_answer(&request, link).unwrap();
    assert_eq!(
        answer(&app, &created.id, &sealed).await.status,
        StatusCode::NO_CONTENT
    );
    // Answer twice: refused, and the first answer stands.
    let again = answer(&app, &created.id, &RequestAnswer::Refused).await;
    again.assert_error(StatusCode::NOT_FOUND, "gone");
    // A wrong secret learns nothing and takes nothing.
    state(&app, &created, "not-the-secret")
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    let got = state(&app, &created, &created.secret).await;
    let RequestState::Approved(sealed) = got.json() else {
        panic!("an approval: {}", got.text());
    };
    assert_eq!(key.open_answer(&sealed).unwrap(), link);
    // Read once: nothing of the request is left.
    state(&app, &created, &created.secret)
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    app.send(get(&path_for(paths::REQUEST, &created.id)))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn a_refusal_reaches_the_professional() {
    let app = test_app();
    let (created, _) = made(&app, &RequestKey::generate()).await;
    assert_eq!(
        answer(&app, &created.id, &RequestAnswer::Refused)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        state(&app, &created, &created.secret)
            .await
            .json::<RequestState>(),
        RequestState::Refused
    );
}

#[tokio::test]
async fn an_expired_request_cannot_be_read_or_answered() {
    let app = test_app();
    let key = RequestKey::generate();
    let (created, _) = made(&app, &key).await;
    app.clock.advance(Duration::from_millis(600_000));
    app.send(get(&path_for(paths::REQUEST, &created.id)))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    let sealed = seal_answer(&asked(&key), "http://x/v#s=a").unwrap();
    answer(&app, &created.id, &sealed)
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    state(&app, &created, &created.secret)
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn bodies_outside_the_rules_are_refused_plainly() {
    let app = test_app();
    let key = RequestKey::generate();
    let oversized = ask(&app, vec![b' '; MAX_REQUEST_BYTES + 1]).await;
    oversized.assert_error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
    for bad in [
        b"{}".to_vec(),
        b"not json".to_vec(),
        serde_json::to_vec(&ShareRequest {
            sections: vec![],
            ..asked(&key)
        })
        .unwrap(),
        serde_json::to_vec(&ShareRequest {
            key: "age1forged".into(),
            ..asked(&key)
        })
        .unwrap(),
    ] {
        assert_invalid(&ask(&app, bad).await);
    }
    let (created, _) = made(&app, &key).await;
    // An approval must be one small age file, not a place to park text.
    for bad in [
        RequestAnswer::Approved("the dossier in plain text".into()),
        RequestAnswer::Approved("A".repeat(4096)),
    ] {
        let refused = answer(&app, &created.id, &bad).await;
        assert!(
            [StatusCode::BAD_REQUEST, StatusCode::PAYLOAD_TOO_LARGE].contains(&refused.status),
            "{}",
            refused.text()
        );
    }
    let junk = app
        .send(post_raw(
            &path_for(paths::REQUEST_ANSWER, &created.id),
            b"{\"approved\":1}".to_vec(),
        ))
        .await;
    assert_invalid(&junk);
    // None of that was an answer: it still waits.
    assert_eq!(
        state(&app, &created, &created.secret)
            .await
            .json::<RequestState>(),
        RequestState::Waiting
    );
    app.send(get(&path_for(paths::REQUEST, "not-an-id")))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn no_more_than_the_cap_wait_at_once() {
    let app = TestApp::with_config(|c| c.max_requests = 2);
    let key = RequestKey::generate();
    made(&app, &key).await;
    made(&app, &key).await;
    let third = ask(&app, asked(&key).to_body().unwrap()).await;
    third.assert_error(StatusCode::SERVICE_UNAVAILABLE, "busy");
    app.clock.advance(Duration::from_millis(600_000));
    made(&app, &key).await;
}

#[tokio::test]
async fn asking_is_rate_limited_per_client() {
    let app = TestApp::with_config(|c| c.rate_limit_per_min = Some(3));
    let body = asked(&RequestKey::generate()).to_body().unwrap();
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(ask(&app, body.clone()).await.status);
    }
    assert_eq!(statuses[..3], [StatusCode::CREATED; 3]);
    assert_eq!(statuses[3], StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn the_relays_database_holds_no_share_link_of_an_answered_request() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open_in_dir(dir.path()).unwrap());
    let app = TestApp::new(store);
    let key = RequestKey::generate();
    let (created, _) = made(&app, &key).await;
    let link = "http://127.0.0.1/v#s=AAAAAAAAAAAAAAAAAAAAAA.THE-SHARE-KEY-xyz";
    let sealed = seal_answer(&asked(&key), link).unwrap();
    answer(&app, &created.id, &sealed).await;
    let mut held = Vec::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        held.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let contains = |needle: &[u8]| held.windows(needle.len()).any(|w| w == needle);
    assert!(contains(b"Anna de Boer"), "the request itself is kept");
    assert!(!contains(b"THE-SHARE-KEY-xyz"));
    assert!(!contains(b"AGE-SECRET-KEY"));
}
