//! The HTTP API and the app files, through the router with `oneshot` and a test clock.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use common::*;
use regie_core::api::{
    open_path, revoke_path, share_path, view_path, ShareState, ShareStatus, MAX_EXPIRES_IN_SECS,
};
use regie_relay::SqliteStore;

const GONE: &str = r#"{"error":"gone"}"#;

fn test_app() -> TestApp {
    TestApp::new(Arc::new(SqliteStore::open_in_memory().expect("sqlite")))
}

fn log_path(id: &str) -> String {
    regie_core::api::log_path(id)
}

#[tokio::test]
async fn healthz_answers_ok() {
    let app = test_app();
    let answer = app.send(get("/healthz")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.text(), "ok");
}

#[tokio::test]
async fn create_answers_id_token_and_expiry() {
    let app = test_app();
    let created = app.create(&create_request(3600, Some(1))).await;
    assert_eq!(created.id.len(), 22);
    assert!(regie_core::api::is_share_id(&created.id));
    assert_eq!(created.revoke_token.len(), 43);
    assert_eq!(created.expires_at, T0 + 3_600_000);

    let other = app.create(&create_request(3600, Some(1))).await;
    assert_ne!(created.id, other.id);
    assert_ne!(created.revoke_token, other.revoke_token);
}

#[tokio::test]
async fn status_shows_the_preview_and_does_not_count_as_an_opening() {
    let app = test_app();
    let request = create_request(600, Some(1));
    let created = app.create(&request).await;
    for _ in 0..3 {
        let answer = app.send(get(&share_path(&created.id))).await;
        assert_eq!(answer.status, StatusCode::OK);
        let status: ShareStatus = answer.json();
        assert_eq!(STANDARD.decode(status.preview).unwrap(), request.preview);
        assert_eq!(status.expires_at, created.expires_at);
    }
    let log = app.log(&created).await;
    assert_eq!(log.status, ShareState::Active);
    assert!(log.opens.is_empty());
}

#[tokio::test]
async fn open_hands_out_the_content_and_logs_the_time() {
    let app = test_app();
    let request = create_request(600, None);
    let created = app.create(&request).await;

    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(answer.body, request.content.clone());

    app.clock.advance(Duration::from_secs(5));
    assert_eq!(
        app.send(post(&open_path(&created.id))).await.status,
        StatusCode::OK
    );
    let log = app.log(&created).await;
    assert_eq!(log.opens, vec![T0, T0 + 5000]);
    assert_eq!(log.max_opens, None);
    assert_eq!(log.expires_at, created.expires_at);
}

#[tokio::test]
async fn the_open_limit_holds_but_status_stays_up_until_expiry() {
    let app = test_app();
    let created = app.create(&create_request(600, Some(2))).await;
    for _ in 0..2 {
        assert_eq!(
            app.send(post(&open_path(&created.id))).await.status,
            StatusCode::OK
        );
    }
    let third = app.send(post(&open_path(&created.id))).await;
    third.assert_error(StatusCode::NOT_FOUND, "gone");

    // A viewer that opened the share keeps polling status until expiry.
    app.assert_live(&created.id).await;
    let log = app.log(&created).await;
    assert_eq!(log.status, ShareState::Exhausted);
    assert_eq!(log.opens.len(), 2);
    assert_eq!(log.max_opens, Some(2));
}

#[tokio::test]
async fn expiry_stops_status_and_open_without_sleeping() {
    let app = test_app();
    let created = app.create(&create_request(60, None)).await;
    app.clock.advance(Duration::from_millis(59_999));
    app.assert_live(&created.id).await;
    app.clock.advance(Duration::from_millis(1));
    app.assert_gone(&created.id).await;
    // The client still sees what happened.
    assert_eq!(app.log(&created).await.status, ShareState::Expired);
}

#[tokio::test]
async fn revocation_needs_the_token_and_is_idempotent() {
    let app = test_app();
    let created = app.create(&create_request(600, None)).await;
    let path = revoke_path(&created.id);

    let wrong = app.revoke(&created.id, "nope").await;
    wrong.assert_error(StatusCode::NOT_FOUND, "gone");
    let missing = app.send(post(&path)).await;
    missing.assert_error(StatusCode::NOT_FOUND, "gone");
    app.assert_live(&created.id).await;

    for _ in 0..2 {
        let answer = app.revoke(&created.id, &created.revoke_token).await;
        assert_eq!(answer.status, StatusCode::NO_CONTENT);
        assert!(answer.body.is_empty());
    }
    app.assert_gone(&created.id).await;
    assert_eq!(app.log(&created).await.status, ShareState::Revoked);
}

#[tokio::test]
async fn revoking_an_unknown_share_is_gone() {
    let app = test_app();
    let created = app.create(&create_request(600, None)).await;
    let other = app.create(&create_request(600, None)).await;
    // A real token, but of another share.
    let answer = app.revoke(&other.id, &created.revoke_token).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    let answer = app
        .revoke("AAAAAAAAAAAAAAAAAAAAAA", &created.revoke_token)
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_log_needs_the_right_token() {
    let app = test_app();
    let created = app.create(&create_request(600, None)).await;
    for req in [
        with_token(Method::GET, &log_path(&created.id), "wrong"),
        get(&log_path(&created.id)),
        with_token(
            Method::GET,
            &log_path("AAAAAAAAAAAAAAAAAAAAAA"),
            &created.revoke_token,
        ),
    ] {
        let answer = app.send(req).await;
        answer.assert_error(StatusCode::NOT_FOUND, "gone");
    }
}

#[tokio::test]
async fn unknown_expired_revoked_and_malformed_look_the_same() {
    let app = test_app();
    let expired = app.create(&create_request(60, None)).await;
    let revoked = app.create(&create_request(3600, None)).await;
    app.revoke(&revoked.id, &revoked.revoke_token).await;
    app.clock.advance(Duration::from_secs(61));

    let ids = [
        "AAAAAAAAAAAAAAAAAAAAAA",
        expired.id.as_str(),
        revoked.id.as_str(),
        "not-an-id",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "%FF%FE",
    ];
    let mut answers = Vec::new();
    for id in ids {
        for req in [get(&share_path(id)), post(&open_path(id))] {
            let answer = app.send(req).await;
            answers.push((
                id,
                answer.status,
                answer.text(),
                answer.header("content-type").map(str::to_owned),
            ));
        }
    }
    for (id, status, body, content_type) in answers {
        assert_eq!(status, StatusCode::NOT_FOUND, "{id}");
        assert_eq!(body, GONE, "{id}");
        assert_eq!(content_type.as_deref(), Some("application/json"), "{id}");
    }
}

#[tokio::test]
async fn bodies_over_the_limit_are_413() {
    let app = TestApp::with_config(|c| {
        c.max_share_bytes = 16 * 1024;
    });
    let mut request = create_request(600, None);
    request.content = age_file(&[7u8; 32 * 1024]);
    let answer = app.send(post_share(request.body())).await;
    answer.assert_error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");

    // Just under the limit still goes through.
    app.create(&create_request(600, None)).await;
}

#[tokio::test]
async fn invalid_creations_are_400() {
    let app = test_app();
    let good = create_request(600, Some(1));
    let with = |adjust: &dyn Fn(&mut ShareRequest)| {
        let mut request = good.clone();
        adjust(&mut request);
        request.body()
    };
    let not_age = b"plain text pretending to be a share".to_vec();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("expiry too short", with(&|r| r.params.expires_in_secs = 59)),
        (
            "expiry too long",
            with(&|r| r.params.expires_in_secs = MAX_EXPIRES_IN_SECS + 1),
        ),
        ("zero opens", with(&|r| r.params.max_opens = Some(0))),
        ("too many opens", with(&|r| r.params.max_opens = Some(1001))),
        ("content not age", with(&|r| r.content = not_age.clone())),
        ("preview not age", with(&|r| r.preview = not_age.clone())),
        (
            "preview too large",
            with(&|r| r.preview = age_file(&[0u8; 5000])),
        ),
        ("cut short", good.body()[..10].to_vec()),
        ("head not json", {
            let mut body = good.body();
            body[4] = b'!';
            body
        }),
        ("empty", Vec::new()),
    ];
    for (case, body) in cases {
        let answer = app.send(post_share(body)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{case}");
        let error: serde_json::Value = answer.json();
        assert_eq!(error["error"], "invalid", "{case}");
    }
    let log_count = {
        // Nothing was stored by the refused requests: a fresh share is the only one.
        let created = app.create(&good).await;
        app.log(&created).await.opens.len()
    };
    assert_eq!(log_count, 0);
}

#[tokio::test]
async fn json_uploads_are_no_longer_taken() {
    let app = test_app();
    let answer = app
        .send(post_raw(
            "/api/shares",
            br#"{"expires_in_secs":600,"preview":"","content":""}"#.to_vec(),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn api_answers_are_never_cached_nor_referred() {
    let app = test_app();
    let created = app.create(&create_request(600, None)).await;
    for req in [
        get(&share_path(&created.id)),
        post(&open_path(&created.id)),
        get(&share_path("AAAAAAAAAAAAAAAAAAAAAA")),
        get("/api/nothing/here"),
        with_token(Method::GET, &log_path(&created.id), &created.revoke_token),
    ] {
        let uri = req.uri().to_string();
        let answer = app.send(req).await;
        assert_eq!(answer.header("cache-control"), Some("no-store"), "{uri}");
        assert_eq!(
            answer.header("referrer-policy"),
            Some("no-referrer"),
            "{uri}"
        );
        assert!(answer.header("access-control-allow-origin").is_none());
    }
    let unknown = app.send(get("/api/nothing/here")).await;
    unknown.assert_error(StatusCode::NOT_FOUND, "gone");
}

#[tokio::test]
async fn the_app_is_served_with_its_security_headers() {
    let app = test_app();
    for path in ["/", "/index.html"] {
        let answer = app.send(get(path)).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        assert!(answer.text().contains("<title>Regie</title>"), "{path}");
        assert_eq!(answer.header("cache-control"), Some("no-cache"), "{path}");
        assert_eq!(
            answer.header("content-security-policy"),
            Some(regie_relay::CONTENT_SECURITY_POLICY)
        );
        assert!(regie_relay::CONTENT_SECURITY_POLICY.contains("'wasm-unsafe-eval'"));
        assert!(regie_relay::CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
        assert_eq!(answer.header("referrer-policy"), Some("no-referrer"));
        assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(answer.header("x-frame-options"), Some("DENY"));
        assert_eq!(
            answer.header("permissions-policy"),
            Some("camera=(self), microphone=(), geolocation=()")
        );
        assert_eq!(
            answer.header("cross-origin-opener-policy"),
            Some("same-origin")
        );
    }
}

#[tokio::test]
async fn wasm_is_served_as_application_wasm_and_cached_for_good() {
    let app = test_app();
    let answer = app.send(get("/regie-0123456789abcdef_bg.wasm")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("content-type"), Some("application/wasm"));
    assert_eq!(
        answer.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
}

#[tokio::test]
async fn unknown_app_paths_fall_back_to_index_html() {
    let app = test_app();
    for path in ["/v/some-share", "/shares", "/deep/link/here"] {
        let answer = app.send(get(path)).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        assert!(answer.text().contains("<title>Regie</title>"), "{path}");
        assert_eq!(answer.header("cache-control"), Some("no-cache"), "{path}");
        assert!(answer
            .header("content-type")
            .unwrap()
            .starts_with("text/html"));
    }
    // A stale fingerprinted name must not pin index.html in caches.
    let stale = app.send(get("/regie-fedcba9876543210_bg.wasm")).await;
    assert_eq!(stale.header("cache-control"), Some("no-cache"));
}

#[tokio::test]
async fn the_viewer_path_serves_the_viewer_page_with_the_csp() {
    let app = test_app();
    // The professional's request page is the viewer's page too.
    let request_page = app.send(get("/vraag")).await;
    assert_eq!(request_page.status, StatusCode::OK);
    assert!(request_page.text().contains("<title>Regie viewer</title>"));
    let answer = app.send(get("/v")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.text().contains("<title>Regie viewer</title>"));
    assert_eq!(answer.header("cache-control"), Some("no-cache"));
    assert!(answer
        .header("content-security-policy")
        .unwrap()
        .contains("script-src 'self' 'wasm-unsafe-eval'"));
    assert_eq!(answer.header("referrer-policy"), Some("no-referrer"));
}

#[tokio::test]
async fn app_files_are_compressed() {
    let app = test_app();
    for encoding in ["gzip", "br"] {
        let req = Request::get("/regie-0123456789abcdef.js")
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        let answer = app.send(req).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.header("content-encoding"), Some(encoding));
        assert!(
            answer.body.len() < 4400 / 4,
            "{encoding}: {}",
            answer.body.len()
        );
    }
}

#[tokio::test]
async fn creating_and_opening_are_rate_limited_per_client() {
    let app = TestApp::with_config(|c| {
        c.rate_limit_per_min = Some(2);
    });
    let from = |ip: [u8; 4], mut req: Request<Body>| {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((ip, 50000))));
        req
    };
    let a = [198, 51, 100, 1];
    let b = [198, 51, 100, 2];
    let request = create_request(600, None);

    let mut ids = Vec::new();
    for _ in 0..2 {
        let answer = app.send(from(a, post_share(request.body()))).await;
        assert_eq!(answer.status, StatusCode::CREATED);
        ids.push(answer.json::<regie_core::api::ShareCreated>().id);
    }
    let limited = app.send(from(a, post_share(request.body()))).await;
    limited.assert_error(StatusCode::TOO_MANY_REQUESTS, "rate_limited");
    let retry: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=30).contains(&retry), "{retry}");
    assert_eq!(limited.header("cache-control"), Some("no-store"));

    // Opening has its own bucket; another client is not affected.
    for _ in 0..2 {
        let answer = app.send(from(a, post(&open_path(&ids[0])))).await;
        assert_eq!(answer.status, StatusCode::OK);
    }
    let answer = app.send(from(a, post(&open_path(&ids[0])))).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    // A view reads as much as an opening, and counts in the same bucket.
    let view = with_token(Method::POST, &view_path(&ids[0]), "x");
    let answer = app.send(from(a, view)).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    let answer = app.send(from(b, post(&open_path(&ids[0])))).await;
    assert_eq!(answer.status, StatusCode::OK);
    let answer = app.send(from(b, post_share(request.body()))).await;
    assert_eq!(answer.status, StatusCode::CREATED);

    // Status, log and revoke share a third bucket, polled by the app and the viewer: ten
    // times the allowance, and limited too.
    for _ in 0..20 {
        let answer = app.send(from(a, get(&share_path(&ids[1])))).await;
        assert_eq!(answer.status, StatusCode::OK);
    }
    let answer = app.send(from(a, get(&share_path(&ids[1])))).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    let answer = app
        .send(from(a, with_token(Method::GET, &log_path(&ids[1]), "x")))
        .await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    let answer = app.send(from(b, get(&share_path(&ids[1])))).await;
    assert_eq!(answer.status, StatusCode::OK);
}

#[tokio::test]
async fn wrong_methods_are_refused() {
    let app = test_app();
    let answer = app.send(get("/api/shares")).await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    let answer = app.send(get(&open_path("AAAAAAAAAAAAAAAAAAAAAA"))).await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
}
