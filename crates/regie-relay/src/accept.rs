//! The relay's own accept loop, in place of `axum::serve`: every connection is served by
//! hyper with a timer, so that a client gets `REGIE_HEADER_TIMEOUT_SECS` to send a request's
//! head (and stays no longer idle between two requests), one address holds at most
//! `REGIE_MAX_CONNECTIONS_PER_CLIENT` connections, and on shutdown no new connection is
//! taken while requests under way are finished.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request};
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt as _;

use crate::api::client_addr;
use crate::client_slots::{ClientSlot, ClientSlots};
use crate::config::Config;
use crate::conn::{BoundedWrites, WriteBound};

/// Accepts connections on `listener` and serves `router` on each until `shutdown`
/// completes, then waits for the connections' requests under way to finish.
pub(crate) async fn serve_connections(
    listener: TcpListener,
    router: Router,
    config: &Config,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(config.header_timeout)
        .keep_alive(true);
    let per_client = ClientSlots::new(config.max_connections_per_client);
    let trusted = config.trusted_proxies.clone();
    // A reader that stops taking the answer is cut off (see `conn`).
    let bound = WriteBound {
        timeout: config.write_timeout,
        min_bytes_per_sec: config.min_download_bytes_per_sec,
    };
    let graceful = GracefulShutdown::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(err) => {
                    wait_after_accept_error(err).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(place) = connection_place(&per_client, peer.ip(), &trusted) else {
            tracing::debug!("connection refused: too many open from one address");
            drop(stream);
            continue;
        };
        serve_one(
            &http,
            &graceful,
            BoundedWrites::new(stream, bound),
            peer,
            router.clone(),
            place,
        );
    }
    drop(listener);
    tracing::debug!(
        connections = graceful.count(),
        "not accepting; finishing requests under way"
    );
    graceful.shutdown().await;
    Ok(())
}

/// The place a connection from `peer` takes among its address's, `Some(None)` for a
/// trusted proxy (which carries many clients), `None` when the address holds its cap.
fn connection_place(
    slots: &Arc<ClientSlots>,
    peer: IpAddr,
    trusted: &[IpAddr],
) -> Option<Option<ClientSlot>> {
    let peer = peer.to_canonical();
    if trusted.iter().any(|t| t.to_canonical() == peer) {
        return Some(None);
    }
    // Counted as limits count it: IPv6 by its /64.
    slots
        .take(client_addr(Some(peer), &HeaderMap::new(), &[]))
        .map(Some)
}

fn serve_one(
    http: &http1::Builder,
    graceful: &GracefulShutdown,
    stream: BoundedWrites<TcpStream>,
    peer: SocketAddr,
    router: Router,
    place: Option<ClientSlot>,
) {
    // Handlers read the client's address as axum's `ConnectInfo` carries it.
    let service = tower::service_fn(move |mut request: Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        router.clone().oneshot(request)
    });
    let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    let connection = graceful.watch(connection);
    tokio::spawn(async move {
        if let Err(err) = connection.await {
            // Timeouts and clients that went away: nothing the operator can act on.
            tracing::debug!(error = %err, "connection ended");
        }
        drop(place);
    });
}

/// Errors of one connection are skipped; others (out of file descriptors) are logged and
/// the loop pauses a moment rather than spin.
async fn wait_after_accept_error(err: std::io::Error) {
    use std::io::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::ConnectionRefused | ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %err, "cannot accept a connection");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
