//! Shares uploaded as raw bytes, the way the app sends shares that carry documents.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{age_file, post, TestApp};
use regie_core::api::{raw_share_body, CreateShareParams, ShareCreated, RAW_SHARE_TYPE};

const PATH: &str = "/api/shares";
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
    let body = raw_share_body(&params(Some(1)), &age_file(b"Anna"), &content);
    let answer = app.send(post_bytes(PATH, body)).await;
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
    let preview = age_file(b"Anna");
    let content = age_file(b"snapshot");
    let short = CreateShareParams {
        expires_in_secs: 59,
        max_opens: None,
    };
    let good = raw_share_body(&params(None), &preview, &content);
    let cases: Vec<Vec<u8>> = vec![
        raw_share_body(&short, &preview, &content),
        raw_share_body(&params(Some(0)), &preview, &content),
        good[..10].to_vec(),
        raw_share_body(&params(None), &preview, b"plain text"),
        Vec::new(),
    ];
    for body in cases {
        let answer = app.send(post_bytes(PATH, body)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
        assert!(
            answer.text().contains(r#""error":"invalid""#),
            "{}",
            answer.text()
        );
    }
    // JSON still works for other clients; raw bytes sent as JSON do not.
    let answer = app.send(common::post_raw(PATH, good.clone())).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let answer = app.send(post_bytes(PATH, good)).await;
    assert_eq!(answer.status, StatusCode::CREATED);
}

#[tokio::test]
async fn raw_bodies_over_the_limit_are_413() {
    let app = TestApp::with_config(Arc::new(MemoryStore::new()), |c| {
        c.max_share_bytes = 64 * 1024;
    });
    let body = raw_share_body(
        &params(None),
        &age_file(b"Anna"),
        &age_file(&[7u8; 128 * 1024]),
    );
    let answer = app.send(post_bytes(PATH, body)).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.text(), r#"{"error":"too_large"}"#);
    let small = raw_share_body(
        &params(None),
        &age_file(b"Anna"),
        &age_file(&[7u8; 16 * 1024]),
    );
    let answer = app.send(post_bytes(PATH, small)).await;
    assert_eq!(answer.status, StatusCode::CREATED);
}
