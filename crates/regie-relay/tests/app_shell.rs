//! The installable app's own files: the service worker and the web app manifest.

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use common::{get, TestApp};
use regie_relay::MemoryStore;

fn test_app() -> TestApp {
    TestApp::new(Arc::new(MemoryStore::new()))
}

fn write(app: &TestApp, name: &str, text: &str) {
    std::fs::write(app.static_dir.path().join(name), text).expect("write fixture");
}

#[tokio::test]
async fn the_service_worker_is_javascript_and_always_revalidated() {
    let app = test_app();
    write(&app, "sw.js", "const VERSION = \"0123456789abcdef\";\n");
    let answer = app.send(get("/sw.js")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.text().contains("VERSION"));
    assert!(answer
        .header("content-type")
        .unwrap()
        .starts_with("text/javascript"));
    // A cached worker would keep phones on an old version for up to a day.
    assert_eq!(answer.header("cache-control"), Some("no-cache"));
    assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
    let csp = answer.header("content-security-policy").unwrap();
    assert!(csp.contains("worker-src 'self'"), "{csp}");
}

#[tokio::test]
async fn a_missing_service_worker_is_404_never_the_page() {
    let app = test_app();
    let answer = app.send(get("/sw.js")).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(!answer.text().contains("<title>"));
}

#[tokio::test]
async fn the_manifest_is_served_as_a_manifest() {
    let app = test_app();
    write(
        &app,
        "manifest.webmanifest",
        r#"{"name":"Regie","display":"standalone"}"#,
    );
    let answer = app.send(get("/manifest.webmanifest")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("application/manifest+json")
    );
    assert_eq!(answer.header("cache-control"), Some("no-cache"));
    let csp = answer.header("content-security-policy").unwrap();
    assert!(csp.contains("manifest-src 'self'"), "{csp}");
}
