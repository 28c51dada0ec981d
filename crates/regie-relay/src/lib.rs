//! The Regie share relay: holds only age ciphertext of shares, with expiry, open limits,
//! revocation and an access log, and serves the built app from the same origin.
//!
//! The server is a library: [`app`] builds the router (tested with `oneshot`), [`serve`]
//! runs it on a listener together with the purge task. Time comes from a [`Clock`] so
//! expiry is tested without sleeping.

mod accept;
pub mod api;
pub mod app_files;
pub mod client_key;
mod client_slots;
pub mod clock;
pub mod config;
pub mod conn;
pub mod error;
pub mod rate_limit;
pub mod secrets;
pub mod store;

use std::future::Future;
use std::sync::Arc;

use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware;
use axum::routing::get;
use axum::Router;
use regie_core::api::paths;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tower_http::LatencyUnit;
use tracing::Level;

pub use client_key::ClientKeys;
pub use clock::{Clock, SystemClock, TestClock};
pub use config::Config;
pub use rate_limit::RateLimiter;

use api::Kind;
use client_slots::ClientSlots;
pub use store::{MemoryStore, PostgresStore, SqliteStore, Store};

/// Everything a request handler needs.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    limiters: [RateLimiter; 5],
    /// One permit per upload under way whose body has begun to arrive.
    pub uploads: Arc<Semaphore>,
    /// Each client address's uploads under way, body or not.
    pub(crate) upload_clients: Arc<ClientSlots>,
    /// The day's secret for client-address hashes.
    pub client_keys: Arc<ClientKeys>,
    /// The places of readers of shares.
    pub readers: Arc<api::Readers>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: &Config) -> Self {
        let limiter = |kind: Kind| {
            let per_min = config
                .rate_limit_per_min
                .map(|n| n.saturating_mul(kind.allowance()));
            RateLimiter::per_minute(kind.name(), per_min)
        };
        Self {
            store,
            clock,
            limiters: [
                limiter(Kind::Create),
                limiter(Kind::Open),
                limiter(Kind::Manage),
                limiter(Kind::Reply),
                limiter(Kind::Activity),
            ],
            uploads: Arc::new(Semaphore::new(config.max_uploads)),
            upload_clients: ClientSlots::new(Some(config.max_uploads_per_client)),
            client_keys: Arc::new(ClientKeys::new()),
            readers: Arc::new(api::Readers::new(
                config.max_readers_per_share,
                config.max_readers,
            )),
            config: Arc::new(config.clone()),
        }
    }

    pub(crate) fn limiter(&self, kind: Kind) -> &RateLimiter {
        &self.limiters[kind as usize]
    }
}

/// Opens the store the configuration names: PostgreSQL under `REGIE_DATABASE_URL`, else
/// SQLite under `REGIE_DATA`.
pub async fn open_store(config: &Config) -> Result<Arc<dyn Store>, String> {
    use config::vars;
    match &config.database_url {
        Some(url) => PostgresStore::connect(url, config.database_connections)
            .await
            .map(|store| Arc::new(store) as Arc<dyn Store>)
            // The URL may hold a password: name the variable, not its value.
            .map_err(|e| format!("cannot open the database of {}: {e}", vars::DATABASE_URL)),
        None => SqliteStore::open_in_dir_with_queue(&config.data_dir, config.store_queue)
            .map(|store| Arc::new(store) as Arc<dyn Store>)
            .map_err(|e| {
                format!(
                    "cannot open the share database in {} ({}): {e}",
                    config.data_dir.display(),
                    vars::DATA
                )
            }),
    }
}

/// The app's Content-Security-Policy: everything from this origin, wasm allowed to compile,
/// no inline script, no framing, no form posts anywhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
    script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; \
    connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/// Browsers that once reached the relay over HTTPS never try plain HTTP again for two years.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000";

/// The whole relay: `/healthz`, the API under `/api`, and the app for everything else.
pub fn app(state: AppState) -> Router {
    let security_headers = [
        (header::STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY),
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
    let files = app_files::router(&state.config.static_dir).layer(middleware::from_fn_with_state(
        state.clone(),
        api::request_timeout,
    ));
    let mut router = Router::new()
        .route(paths::HEALTH, get(|| async { "ok" }))
        .merge(api::router(&state))
        .fallback_service(files)
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

/// Serves `state` on `listener`, with the purge task, until `shutdown` completes; no new
/// connection is taken after it, and requests under way are finished first. Each connection
/// must send a request's head within `REGIE_HEADER_TIMEOUT_SECS` (see [`accept`]).
pub async fn serve_with_shutdown(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let purge = tokio::spawn(purge_periodically(state.clone()));
    let config = state.config.clone();
    let result = accept::serve_connections(listener, app(state), &config, shutdown).await;
    purge.abort();
    result
}

/// Expiry is enforced on every read; this only reclaims the space (so that dropped
/// ciphertext is gone from the disk too) and forgets idle rate-limit buckets.
async fn purge_periodically(state: AppState) {
    let mut ticks = tokio::time::interval(state.config.purge_interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match state.store.purge(state.clock.now_ms()).await {
            Ok(report) if report != store::PurgeReport::default() => {
                tracing::info!(
                    emptied = report.emptied,
                    deleted = report.deleted,
                    transfers = report.transfers,
                    "purged"
                );
            }
            Ok(_) => {}
            Err(err) => tracing::error!(error = %err, "purge failed"),
        }
        for limiter in &state.limiters {
            limiter.forget_idle();
        }
    }
}
