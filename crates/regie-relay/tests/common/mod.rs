//! Test fixtures: real age files, an app with a test clock, a small request helper, and
//! the backends every contract runs against (PostgreSQL included, see `postgres`).
#![allow(dead_code)] // each test crate uses a different part

mod age_file;
pub mod postgres;
pub mod process;

pub use age_file::age_file;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt as _;
use regie_core::api::{raw_share_body, CreateShareParams, ShareCreated, ShareLog, RAW_SHARE_TYPE};
use regie_relay::{app, AppState, Config, MemoryStore, Store, TestClock};
use tempfile::TempDir;
use tower::ServiceExt as _;

/// 2026-01-01T00:00:00Z: any fixed instant will do.
pub const T0: i64 = 1_767_225_600_000;

/// A share as the app uploads it.
#[derive(Debug, Clone)]
pub struct ShareRequest {
    pub params: CreateShareParams,
    pub preview: Vec<u8>,
    pub content: Vec<u8>,
}

impl ShareRequest {
    pub fn body(&self) -> Vec<u8> {
        raw_share_body(&self.params, &self.preview, &self.content)
    }
}

pub fn create_request(expires_in_secs: u64, max_opens: Option<u32>) -> ShareRequest {
    ShareRequest {
        params: CreateShareParams {
            expires_in_secs,
            max_opens,
            ..CreateShareParams::default()
        },
        preview: age_file(b"Anna, wijkteam"),
        content: age_file(b"the shared sections"),
    }
}

/// `POST /api/shares` of `body`, as the app's fetch sends it.
pub fn post_share(body: Vec<u8>) -> Request<Body> {
    post_bytes(regie_core::api::SHARES_PATH, RAW_SHARE_TYPE, body)
}

pub fn post_bytes(uri: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request")
}

/// A folder with a tiny built app in it.
pub fn static_dir() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "index.html",
        b"<!doctype html><title>Regie</title>",
    );
    write(
        dir.path(),
        "v.html",
        b"<!doctype html><title>Regie viewer</title>",
    );
    write(
        dir.path(),
        "regie-0123456789abcdef_bg.wasm",
        b"\0asm\x01\0\0\0",
    );
    write(
        dir.path(),
        "regie-0123456789abcdef.js",
        "console.log('regie');\n".repeat(200).as_bytes(),
    );
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write fixture");
}

/// 64 bytes from the middle of a stored file: what a disk scan looks for.
pub fn mark_of(content: &[u8]) -> &[u8] {
    &content[50_000..50_064]
}

/// The shares the shredding tests purge: one to revoke (its 30 days are far off) and one
/// that expires after a minute, each with 100 kB of content to find on disk.
pub fn shares_to_purge() -> (ShareRequest, ShareRequest) {
    let mut revoked = create_request(600, None);
    revoked.content = age_file(&[1; 100_000]);
    let mut expired = create_request(60, None);
    expired.content = age_file(&[2; 100_000]);
    (revoked, expired)
}

pub struct TestApp {
    pub router: Router,
    pub clock: Arc<TestClock>,
    pub store: Arc<dyn Store>,
    pub static_dir: TempDir,
}

impl TestApp {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self::on_store(store, |_| {})
    }

    /// A relay on a store in memory, its settings changed by `adjust`.
    pub fn with_config(adjust: impl FnOnce(&mut Config)) -> Self {
        Self::on_store(Arc::new(MemoryStore::new()), adjust)
    }

    pub fn on_store(store: Arc<dyn Store>, adjust: impl FnOnce(&mut Config)) -> Self {
        let static_dir = static_dir();
        let mut config = Config {
            static_dir: static_dir.path().to_owned(),
            rate_limit_per_min: None,
            ..Config::default()
        };
        adjust(&mut config);
        let clock = Arc::new(TestClock::new(T0));
        let state = AppState::new(store.clone(), clock.clone(), &config);
        Self {
            router: app(state),
            clock,
            store,
            static_dir,
        }
    }

    /// The access log of a share, asked by its holder, which must be answered.
    pub async fn log(&self, created: &ShareCreated) -> ShareLog {
        let path = regie_core::api::log_path(&created.id);
        let answer = self
            .send(with_token(Method::GET, &path, &created.revoke_token))
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        answer.json()
    }

    pub async fn send(&self, req: Request<Body>) -> Answer {
        send(&self.router, req).await
    }

    /// The client's revoke of share `id`, with `token`.
    pub async fn revoke(&self, id: &str, token: &str) -> Answer {
        let path = regie_core::api::revoke_path(id);
        self.send(with_token(Method::POST, &path, token)).await
    }

    /// Asserts that share `id` still shows its preview to a viewer.
    pub async fn assert_live(&self, id: &str) {
        let answer = self.send(get(&regie_core::api::share_path(id))).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    }

    /// Asserts that share `id` is gone for a viewer: its preview and its opening both answer
    /// 404 with the one "gone" error.
    pub async fn assert_gone(&self, id: &str) {
        let (preview, open) = (
            regie_core::api::share_path(id),
            regie_core::api::open_path(id),
        );
        for req in [get(&preview), post(&open)] {
            self.send(req)
                .await
                .assert_error(StatusCode::NOT_FOUND, "gone");
        }
    }

    /// A counted opening of share `id`, which must answer the content and a viewer token.
    pub async fn open_for_viewer(&self, id: &str) -> String {
        let answer = self.send(post(&regie_core::api::open_path(id))).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        let token = answer
            .header(regie_core::api::VIEWER_TOKEN_HEADER)
            .expect("a viewer token");
        assert_eq!(token.len(), 43);
        token.to_owned()
    }

    pub async fn create(&self, request: &ShareRequest) -> ShareCreated {
        let answer = self.send(post_share(request.body())).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        answer.json()
    }
}

pub async fn send(router: &Router, mut req: Request<Body>) -> Answer {
    if req.extensions().get::<ConnectInfo<SocketAddr>>().is_none() {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 1], 40000))));
    }
    let response = router.clone().oneshot(req).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {} {}", self.status, self.text()))
    }

    /// Asserts that this answer is the refusal `status` with the body `{"error":"<code>"}`.
    pub fn assert_error(&self, status: StatusCode, code: &str) {
        assert_eq!(self.status, status, "{}", self.text());
        assert_eq!(self.text(), format!(r#"{{"error":"{code}"}}"#));
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).expect("request")
}

pub fn post(uri: &str) -> Request<Body> {
    Request::post(uri).body(Body::empty()).expect("request")
}

pub fn post_json(uri: &str, body: &impl serde::Serialize) -> Request<Body> {
    post_raw(uri, serde_json::to_vec(body).expect("json"))
}

pub fn post_raw(uri: &str, body: Vec<u8>) -> Request<Body> {
    post_bytes(uri, "application/json", body)
}

/// A viewer's reply to share `id`, with the viewer `token`, as the viewer's fetch sends it.
pub fn reply_request(id: &str, token: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(regie_core::api::replies_path(id))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request")
}

pub fn with_token(method: Method, uri: &str, token: &str) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .expect("request")
}

/// A content handle read whole, chunk by chunk, as a reader would take it.
pub async fn read_all(
    store: &dyn Store,
    content: regie_relay::store::Content,
    now: i64,
) -> Vec<u8> {
    let mut bytes = content.first;
    for n in 1..content.chunks {
        let chunk = store.read_chunk(&content.id, n, now).await.unwrap();
        bytes.extend_from_slice(&chunk.expect("every chunk is there"));
    }
    assert_eq!(bytes.len() as u64, content.len);
    bytes
}

/// The stores every contract runs against. Each gives the store and the folder to keep while
/// it lives, or `None` when the backend is not there to test (PostgreSQL outside CI).
pub mod backends {
    use std::sync::Arc;

    use regie_relay::{MemoryStore, SqliteStore, Store};

    pub type Made = Option<(Arc<dyn Store>, Option<tempfile::TempDir>)>;

    pub async fn memory() -> Made {
        Some((Arc::new(MemoryStore::new()), None))
    }

    pub async fn sqlite_in_memory() -> Made {
        Some((Arc::new(SqliteStore::open_in_memory().unwrap()), None))
    }

    pub async fn sqlite_on_disk() -> Made {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_in_dir(dir.path()).unwrap();
        Some((Arc::new(store), Some(dir)))
    }

    pub async fn postgres() -> Made {
        let store = super::postgres::store().await?;
        Some((Arc::new(store), None))
    }
}

/// Each listed check (an `async fn(&dyn Store)` beside the call) as a test of its own, once
/// per backend in [`backends`].
#[macro_export]
macro_rules! store_contract {
    ($($check:ident),* $(,)?) => {
        $crate::store_contract!(@backend memory; $($check),*);
        $crate::store_contract!(@backend sqlite_in_memory; $($check),*);
        $crate::store_contract!(@backend sqlite_on_disk; $($check),*);
        $crate::store_contract!(@backend postgres; $($check),*);
    };
    (@backend $backend:ident; $($check:ident),*) => {
        mod $backend {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $check() {
                    let Some((store, _dir)) = $crate::common::backends::$backend().await else {
                        return;
                    };
                    super::$check(&*store).await;
                }
            )*
        }
    };
}
