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
use regie_relay::{serve, AppState, Config, MemoryStore, SqliteStore, SystemClock};
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

/// A client that sends its body a byte at a time, past the grace period, is cut off with
/// a 408; so is one that never finishes a small request.
#[tokio::test]
async fn a_trickling_client_is_cut_off() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    let statics = static_dir();
    let config = Config {
        static_dir: statics.path().to_owned(),
        request_timeout: std::time::Duration::from_secs(1),
        min_upload_bytes_per_sec: 1024,
        ..Config::default()
    };
    let state = AppState::new(Arc::new(MemoryStore::new()), Arc::new(SystemClock), &config);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve(listener, state));

    let share = create_request(600, None).body();
    let code = br#"{"code":"123456"}"#.to_vec();
    for (path, kind, body) in [
        ("/api/shares", "application/octet-stream", share),
        (
            "/api/transfers/AAAAAAAAAAAAAAAAAAAAAA/receive",
            "application/json",
            code,
        ),
    ] {
        let started = std::time::Instant::now();
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut body = body.into_iter();
        let mut answer = Vec::new();
        let mut buf = [0u8; 1024];
        loop {
            tokio::select! {
                read = stream.read(&mut buf) => match read {
                    Ok(0) | Err(_) => break,
                    Ok(n) => answer.extend_from_slice(&buf[..n]),
                },
                () = tokio::time::sleep(std::time::Duration::from_millis(100)) => {
                    // A well-formed body, a byte at a time; the last byte never comes.
                    let Some(byte) = body.next().filter(|_| body.len() > 0) else {
                        continue;
                    };
                    if stream.write_all(&[byte]).await.is_err() {
                        break;
                    }
                }
            }
            assert!(started.elapsed().as_secs() < 10, "{path}: still connected");
        }
        let answer = String::from_utf8_lossy(&answer);
        assert!(answer.starts_with("HTTP/1.1 408"), "{path}: {answer}");
        assert!(
            answer.contains(r#"{"error":"timed_out"}"#),
            "{path}: {answer}"
        );
        assert!(started.elapsed().as_secs() < 5, "{path}: cut off late");
    }
    server.abort();
}
