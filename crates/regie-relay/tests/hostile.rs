//! The relay as a hostile visitor meets it: each case here was accepted before and must be
//! refused now.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use common::*;
use regie_core::api::{
    open_path, reply_path, revoke_path, share_path, ReplyPosted, RAW_SHARE_TYPE,
};
use regie_core::transfer::TRANSFERS_PATH;
use regie_relay::{MemoryStore, SqliteStore, Store as _};

fn memory_app() -> TestApp {
    TestApp::new(Arc::new(MemoryStore::new()))
}

/// The header (and nonce) of a real age file, with `tail` after it.
fn valid_header_then(tail: &[u8]) -> Vec<u8> {
    let file = age_file(b"the shared sections");
    let mut reader = std::io::Cursor::new(&file[..]);
    age::Decryptor::new(&mut reader).unwrap();
    let mut out = file[..reader.position() as usize].to_vec();
    out.extend_from_slice(tail);
    out
}

#[tokio::test]
async fn text_after_a_valid_age_header_is_refused() {
    let app = memory_app();
    let script = b"<script>fetch('/steal?'+document.cookie)</script>";
    // Short, and padded to a length the age format could have.
    let padded: Vec<u8> = script.iter().copied().cycle().take(5000).collect();
    for tail in [&script[..], &padded[..]] {
        let mut request = create_request(30 * 86_400, None);
        request.content = valid_header_then(tail);
        let answer = app.send(post_share(request.body())).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
    }
    let mut request = create_request(600, None);
    request.preview = valid_header_then(script);
    let answer = app.send(post_share(request.body())).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
    // And a move package alike.
    let answer = app
        .send(post_bytes(
            TRANSFERS_PATH,
            RAW_SHARE_TYPE,
            valid_header_then(script),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
}

#[tokio::test]
async fn share_bytes_are_a_download_for_this_origin_only() {
    let app = memory_app();
    let created = app.create(&create_request(600, None)).await;
    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(answer.header("content-disposition"), Some("attachment"));
    assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(
        answer.header("cross-origin-resource-policy"),
        Some("same-origin")
    );
}

fn marked(mut req: Request<Body>, headers: &[(&'static str, &'static str)]) -> Request<Body> {
    for (name, value) in headers {
        req.headers_mut()
            .insert(*name, header::HeaderValue::from_static(value));
    }
    req
}

#[tokio::test]
async fn cross_site_requests_that_change_something_are_403() {
    let app = memory_app();
    let created = app.create(&create_request(600, None)).await;
    let request = create_request(600, None);
    let cross_site = [("host", "relay.example"), ("sec-fetch-site", "cross-site")];
    let other_origin = [
        ("host", "relay.example"),
        ("origin", "https://evil.example"),
    ];
    let as_text = |body: Vec<u8>| post_bytes("/api/shares", "text/plain", body);
    for (case, req) in [
        ("share", marked(post_share(request.body()), &cross_site)),
        (
            "share as text",
            marked(as_text(request.body()), &cross_site),
        ),
        (
            "share from elsewhere",
            marked(post_share(request.body()), &other_origin),
        ),
        (
            "move",
            marked(
                post_bytes(TRANSFERS_PATH, RAW_SHARE_TYPE, age_file(b"package")),
                &cross_site,
            ),
        ),
        ("open", marked(post(&open_path(&created.id)), &cross_site)),
        (
            "revoke",
            marked(post(&revoke_path(&created.id)), &other_origin),
        ),
    ] {
        let answer = app.send(req).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{case}");
        assert_eq!(answer.text(), r#"{"error":"cross_site"}"#, "{case}");
    }
    // Reading stays open to anyone; the app's own requests pass.
    let answer = app
        .send(marked(get(&share_path(&created.id)), &cross_site))
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let same = [
        ("host", "relay.example"),
        ("sec-fetch-site", "same-origin"),
        ("origin", "https://relay.example"),
    ];
    let answer = app.send(marked(post_share(request.body()), &same)).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    // The share that was attacked is untouched.
    assert_eq!(app.log(&created).await.opens.len(), 0);
}

#[tokio::test]
async fn every_response_says_https_only() {
    let app = memory_app();
    for req in [
        get("/healthz"),
        get("/"),
        get("/some/screen"),
        get(&share_path("AAAAAAAAAAAAAAAAAAAAAA")),
        post_share(Vec::new()),
    ] {
        let answer = app.send(req).await;
        let hsts = answer.header("strict-transport-security").unwrap_or("");
        assert!(hsts.starts_with("max-age="), "{} {hsts:?}", answer.status);
    }
}

#[tokio::test]
async fn uploads_past_the_relays_quota_are_507() {
    let app = TestApp::with_config(|c| {
        c.quota_bytes = Some(1500);
    });
    let mut big = create_request(600, None);
    big.content = age_file(&[7; 700]);
    app.create(&big).await;
    let answer = app.send(post_share(big.body())).await;
    answer.assert_error(StatusCode::INSUFFICIENT_STORAGE, "quota_full");
    app.create(&create_request(600, None)).await;
}

#[tokio::test]
async fn each_client_address_has_a_daily_upload_quota() {
    let request = create_request(600, None);
    let size = request.body().len() as u64;
    let app = TestApp::with_config(|c| {
        c.client_quota_bytes = Some(2 * size + 10);
    });
    let from = |ip: [u8; 4], mut req: Request<Body>| {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((ip, 50000))));
        req
    };
    for _ in 0..2 {
        let answer = app
            .send(from([198, 51, 100, 1], post_share(request.body())))
            .await;
        assert_eq!(answer.status, StatusCode::CREATED);
    }
    let answer = app
        .send(from([198, 51, 100, 1], post_share(request.body())))
        .await;
    answer.assert_error(StatusCode::TOO_MANY_REQUESTS, "client_quota_full");
    let answer = app
        .send(from([198, 51, 100, 2], post_share(request.body())))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED);
    // The next day starts afresh.
    app.clock.advance(std::time::Duration::from_secs(86_400));
    let answer = app
        .send(from([198, 51, 100, 1], post_share(request.body())))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_bucket() {
    let proxy = [10, 0, 0, 1];
    let app = TestApp::with_config(|c| {
        c.rate_limit_per_min = Some(1);
        c.trusted_proxies = vec![proxy.into()];
    });
    let created = app.create(&create_request(600, None)).await;
    let via = |peer: [u8; 4], forwarded: &'static str| {
        let mut req = marked(
            post(&open_path(&created.id)),
            &[("x-forwarded-for", forwarded)],
        );
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((peer, 50000))));
        req
    };
    let stranger = [192, 0, 2, 50];
    for (peer, forwarded, expected) in [
        (proxy, "203.0.113.1", StatusCode::OK),
        (proxy, "203.0.113.2", StatusCode::OK),
        (proxy, "203.0.113.1", StatusCode::TOO_MANY_REQUESTS),
        // A client writing the header itself, not through the proxy, is counted as itself.
        (stranger, "203.0.113.9", StatusCode::OK),
        (stranger, "203.0.113.10", StatusCode::TOO_MANY_REQUESTS),
    ] {
        let answer = app.send(via(peer, forwarded)).await;
        assert_eq!(answer.status, expected, "{peer:?} for {forwarded}");
    }
}

#[tokio::test]
async fn uploads_beyond_the_concurrent_limit_are_told_to_wait() {
    let app = TestApp::with_config(|c| {
        c.max_uploads = 1;
    });
    let body = create_request(600, None).body();
    // The first upload sends half its body and stalls, holding its slot.
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(1);
    tx.send(Ok(body[..body.len() / 2].to_vec())).await.unwrap();
    let stalled = Request::post("/api/shares")
        .header(header::CONTENT_TYPE, RAW_SHARE_TYPE)
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from_stream(tokio_stream(rx)))
        .unwrap();
    let router = app.router.clone();
    let first = tokio::spawn(async move { send(&router, stalled).await });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let answer = app.send(post_share(body.clone())).await;
    answer.assert_error(StatusCode::SERVICE_UNAVAILABLE, "busy");
    assert!(answer.header("retry-after").is_some());
    // Once it finishes, the slot is free again.
    tx.send(Ok(body[body.len() / 2..].to_vec())).await.unwrap();
    drop(tx);
    assert_eq!(first.await.unwrap().status, StatusCode::CREATED);
    assert_eq!(app.send(post_share(body)).await.status, StatusCode::CREATED);
}

fn tokio_stream(
    mut rx: tokio::sync::mpsc::Receiver<Result<Vec<u8>, std::io::Error>>,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

#[tokio::test]
async fn uploads_reach_the_store_in_chunks() {
    let data = tempfile::tempdir().unwrap();
    let app = TestApp::new(Arc::new(SqliteStore::open_in_dir(data.path()).unwrap()));
    let mut request = create_request(600, None);
    request.content = age_file(&vec![7; 3 * 1024 * 1024]);
    let created = app.create(&request).await;
    let conn = rusqlite::Connection::open(data.path().join(regie_relay::store::DB_FILE)).unwrap();
    let (chunks, largest): (i64, i64) = conn
        .query_row("SELECT COUNT(*), MAX(length(bytes)) FROM chunks", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(chunks >= 12, "{chunks} chunks");
    assert!(largest <= 256 * 1024, "{largest} bytes in one chunk");
    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.body, request.content);
}

/// Whether any file in `dir` holds `needle`.
fn on_disk(dir: &std::path::Path, needle: &[u8]) -> bool {
    std::fs::read_dir(dir).unwrap().any(|entry| {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        bytes.windows(needle.len()).any(|w| w == needle)
    })
}

#[tokio::test]
async fn purged_ciphertext_cannot_be_read_back_from_the_disk() {
    let data = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open_in_dir(data.path()).unwrap());
    let app = TestApp::new(store.clone());
    let (revoked, expired) = shares_to_purge();
    let marks = [mark_of(&revoked.content), mark_of(&expired.content)];
    let revoked_share = app.create(&revoked).await;
    app.create(&expired).await;
    for mark in marks {
        assert!(on_disk(data.path(), mark), "the test would find it");
    }
    let answer = app
        .revoke(&revoked_share.id, &revoked_share.revoke_token)
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    store.purge(T0 + 61_000).await.unwrap();
    for mark in marks {
        assert!(!on_disk(data.path(), mark), "still in the database files");
    }
}

#[tokio::test]
async fn deleted_replies_and_used_up_shares_leave_the_disk() {
    let data = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open_in_dir(data.path()).unwrap());
    let app = TestApp::new(store.clone());
    let mut used_up = create_request(60, Some(1));
    used_up.content = age_file(&[5; 100_000]);
    used_up.params.replies = true;
    let created = app.create(&used_up).await;
    let token = app.open_for_viewer(&created.id).await;
    let reply = age_file(&[6; 12_000]);
    let answer = app
        .send(reply_request(
            &created.id,
            &token,
            RAW_SHARE_TYPE,
            reply.clone(),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let posted: ReplyPosted = answer.json();
    let (content_mark, reply_mark) = (mark_of(&used_up.content), &reply[6_000..6_064]);
    assert!(on_disk(data.path(), content_mark), "the test would find it");
    assert!(on_disk(data.path(), reply_mark), "the test would find it");

    let answer = app
        .send(with_token(
            Method::DELETE,
            &reply_path(&created.id, &posted.id),
            &created.revoke_token,
        ))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    store.purge(T0 + 1).await.unwrap();
    assert!(
        !on_disk(data.path(), reply_mark),
        "a deleted reply is on disk"
    );
    // Used up, the content stays for its viewer until the share expires.
    assert!(on_disk(data.path(), content_mark));
    store.purge(T0 + 60_000).await.unwrap();
    assert!(
        !on_disk(data.path(), content_mark),
        "a used-up share's content outlives its expiry"
    );
}
