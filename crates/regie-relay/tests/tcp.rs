//! The relay over a real socket, as a browser reaches it.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use common::*;
use http_body_util::BodyExt as _;
use hyper_util::rt::TokioIo;
use regie_core::api::{open_path, share_path, ShareCreated, ShareStatus, RAW_SHARE_TYPE};
use regie_relay::{serve, AppState, Config, SqliteStore, SystemClock};
use tokio::net::{TcpListener, TcpStream};

async fn call(addr: std::net::SocketAddr, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(conn);
    let response = sender.send_request(req).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, body.to_vec())
}

#[tokio::test]
async fn create_status_and_open_over_tcp() {
    let data = tempfile::tempdir().unwrap();
    let statics = static_dir();
    let config = Config {
        static_dir: statics.path().to_owned(),
        // On: the peer address must reach the limiter through the real connection.
        rate_limit_per_min: Some(100),
        ..Config::default()
    };
    let store = SqliteStore::open_in_dir(data.path()).unwrap();
    let state = AppState::new(Arc::new(store), Arc::new(SystemClock), &config);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve(listener, state));

    let (status, body) = call(addr, get_req("/healthz")).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, &b"ok"[..]));

    let request = create_request(120, Some(1));
    let (status, body) = call(
        addr,
        Request::post("/api/shares")
            .header(header::HOST, addr.to_string())
            .header(header::CONTENT_TYPE, RAW_SHARE_TYPE)
            // No Content-Length set here: hyper adds it from the body, as a browser does.
            .body(Body::from(request.body()))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let created: ShareCreated = serde_json::from_slice(&body).unwrap();

    let (status, body) = call(addr, get_req(&share_path(&created.id))).await;
    assert_eq!(status, StatusCode::OK);
    let share: ShareStatus = serde_json::from_slice(&body).unwrap();
    assert_eq!(STANDARD.decode(share.preview).unwrap(), request.preview);

    let (status, body) = call(addr, post_req(&open_path(&created.id))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, request.content.clone());
    let (status, _) = call(addr, post_req(&open_path(&created.id))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, body) = call(addr, get_req("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&body).contains("Regie"));

    server.abort();
}

fn get_req(path: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, "127.0.0.1")
        .body(Body::empty())
        .unwrap()
}

fn post_req(path: &str) -> Request<Body> {
    Request::post(path)
        .header(header::HOST, "127.0.0.1")
        .body(Body::empty())
        .unwrap()
}
