//! The Regie share relay: holds only age ciphertext of shares, with expiry, open limits,
//! revocation and an access log, and serves the built app from the same origin.
//!
//! The server is a library: [`app`] builds the router (tested with `oneshot`), [`serve`]
//! runs it on a listener together with the purge task. Time comes from a [`Clock`] so
//! expiry is tested without sleeping.

pub mod app_files;
pub mod clock;
pub mod config;
pub mod error;
pub mod rate_limit;
pub mod shares;
pub mod store;
pub mod transfers;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tower_http::LatencyUnit;
use tracing::Level;

pub use clock::{Clock, SystemClock, TestClock};
pub use config::Config;
pub use rate_limit::RateLimiter;
pub use store::{MemoryStore, ShareStore, SqliteStore, StoreThread};

/// Everything a request handler needs.
#[derive(Clone)]
pub struct AppState {
    /// Every store call goes through this thread.
    pub store: StoreThread,
    pub clock: Arc<dyn Clock>,
    pub static_dir: PathBuf,
    pub max_share_bytes: usize,
    pub create_limiter: RateLimiter,
    pub open_limiter: RateLimiter,
    pub purge_interval: Duration,
    /// How long a transfer to a new phone waits to be received.
    pub transfer_lifetime: Duration,
}

impl AppState {
    /// Starts the store's thread; fails only if the system cannot start a thread.
    pub fn new(
        store: Arc<dyn ShareStore>,
        clock: Arc<dyn Clock>,
        config: &Config,
    ) -> std::io::Result<Self> {
        Ok(Self {
            store: StoreThread::spawn(store)?,
            clock,
            static_dir: config.static_dir.clone(),
            max_share_bytes: config.max_share_bytes,
            create_limiter: RateLimiter::per_minute(config.rate_limit_per_min),
            open_limiter: RateLimiter::per_minute(config.rate_limit_per_min),
            purge_interval: config.purge_interval,
            transfer_lifetime: config.transfer_lifetime,
        })
    }
}

/// The app's Content-Security-Policy: everything from this origin, wasm allowed to compile,
/// no inline script, no framing, no form posts anywhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
    script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; \
    connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/// The whole relay: `/healthz`, the share API under `/api`, and the app for everything else.
pub fn app(state: AppState) -> Router {
    let security_headers = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        // Share links carry their key in the fragment; never leak even the path onward.
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(self), microphone=(), geolocation=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    let mut router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .nest("/api", shares::router(&state))
        .fallback_service(app_files::router(&state.static_dir))
        .with_state(state);
    for (name, value) in security_headers {
        router = router.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ));
    }
    router.layer(
        TraceLayer::new_for_http()
            .make_span_with(|req: &Request| {
                // The route template keeps share ids out of the log.
                let path = req
                    .extensions()
                    .get::<MatchedPath>()
                    .map_or(req.uri().path(), MatchedPath::as_str);
                tracing::info_span!("request", method = %req.method(), path = %path)
            })
            .on_request(())
            .on_response(
                DefaultOnResponse::new()
                    .level(Level::INFO)
                    .latency_unit(LatencyUnit::Micros),
            ),
    )
}

/// Serves `state` on `listener` until the process ends.
pub async fn serve(listener: TcpListener, state: AppState) -> std::io::Result<()> {
    serve_with_shutdown(listener, state, std::future::pending()).await
}

/// Serves `state` on `listener`, with the purge task, until `shutdown` completes; requests
/// under way are finished first.
pub async fn serve_with_shutdown(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let purge = tokio::spawn(purge_periodically(state.clone()));
    let result = axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    purge.abort();
    result
}

/// Expiry is enforced on every read; this only reclaims the space and forgets idle
/// rate-limit buckets.
async fn purge_periodically(state: AppState) {
    let mut ticks = tokio::time::interval(state.purge_interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let now = state.clock.now_ms();
        match state.store.run(move |store| store.purge_expired(now)).await {
            Ok(Ok(report)) if report != store::PurgeReport::default() => {
                tracing::info!(
                    emptied = report.emptied,
                    deleted = report.deleted,
                    "purged expired shares"
                );
            }
            Ok(Ok(_)) => {}
            Ok(Err(err)) => tracing::error!(error = %err, "purge failed"),
            Err(err) => tracing::error!(error = %err, "purge not run"),
        }
        let now = state.clock.now_ms();
        match state
            .store
            .run(move |store| store.purge_transfers(now))
            .await
        {
            Ok(Ok(0)) => {}
            Ok(Ok(deleted)) => tracing::info!(deleted, "purged expired transfers"),
            Ok(Err(err)) => tracing::error!(error = %err, "transfer purge failed"),
            Err(err) => tracing::error!(error = %err, "transfer purge not run"),
        }
        state.create_limiter.forget_idle();
        state.open_limiter.forget_idle();
    }
}
