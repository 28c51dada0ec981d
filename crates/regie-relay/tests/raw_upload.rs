//! Shares uploaded as raw bytes, the way the app sends shares that carry documents.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{age_file, post, TestApp};
use regie_core::api::{raw_share_body, CreateShareParams, ShareCreated, RAW_SHARE_TYPE};
use regie_relay::MemoryStore;

fn post_bytes(uri: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, RAW_SHARE_TYPE)
        .body(Body::from(body))
        .expect("request")
}

fn params(max_opens: Option<u32>) -> CreateShareParams {
    CreateShareParams {
        expires_in_secs: 600,
        max_opens,
    }
}

#[tokio::test]
async fn a_raw_share_opens_to_the_same_bytes() {
    let app = TestApp::new(Arc::new(MemoryStore::new()));
    let content = age_file(&vec![42u8; 3 * 1024 * 1024]);
    let body = raw_share_body(&age_file(b"Anna"), &content);
    let answer = app.send(post_bytes(&params(Some(1)).path(), body)).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let created: ShareCreated = answer.json();
    let opened = app
        .send(post(&regie_core::api::open_path(&created.id)))
        .await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(opened.body, content);
    let log = app.log(&created.id, &created.revoke_token).await;
    assert_eq!(log.max_opens, Some(1));
}

#[tokio::test]
async fn raw_bodies_are_checked_like_json_ones() {
    let app = TestApp::new(Arc::new(MemoryStore::new()));
    let good = raw_share_body(&age_file(b"Anna"), &age_file(b"snapshot"));
    let cases: Vec<(String, Vec<u8>)> = vec![
        ("/api/shares?expires_in_secs=59".into(), good.clone()),
        ("/api/shares".into(), good.clone()),
        (params(Some(0)).path(), good.clone()),
        (params(None).path(), good[..10].to_vec()),
        (
            params(None).path(),
            raw_share_body(&age_file(b"Anna"), b"plain text"),
        ),
        (params(None).path(), Vec::new()),
    ];
    for (uri, body) in cases {
        let answer = app.send(post_bytes(&uri, body)).await;
        assert_eq!(
            answer.status,
            StatusCode::BAD_REQUEST,
            "{uri}: {}",
            answer.text()
        );
        assert!(
            answer.text().contains(r#""error":"invalid""#),
            "{}",
            answer.text()
        );
    }
}

#[tokio::test]
async fn raw_bodies_over_the_limit_are_413() {
    let app = TestApp::with_config(Arc::new(MemoryStore::new()), |c| {
        c.max_share_bytes = 64 * 1024;
    });
    let body = raw_share_body(&age_file(b"Anna"), &age_file(&[7u8; 128 * 1024]));
    let answer = app.send(post_bytes(&params(None).path(), body)).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.text(), r#"{"error":"too_large"}"#);
    let small = raw_share_body(&age_file(b"Anna"), &age_file(&[7u8; 16 * 1024]));
    let answer = app.send(post_bytes(&params(None).path(), small)).await;
    assert_eq!(answer.status, StatusCode::CREATED);
}
