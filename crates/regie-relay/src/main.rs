//! `regie-relay`: configuration comes from the environment (see `config::vars`).
//!
//! `regie-relay` serves; `regie-relay takedown <share id>` revokes one share for the
//! operator (a share reported as abuse) in the store the same environment names, and
//! works while the relay runs. A command on the server, not an endpoint: taking shares
//! down needs a shell there, and no network path can be abused to do it.

use std::io::IsTerminal as _;
use std::process::ExitCode;
use std::sync::Arc;

use regie_relay::config::{vars, Config};
use regie_relay::{open_store, serve_with_shutdown, AppState, Clock as _, SystemClock};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let filter = EnvFilter::try_from_env(vars::LOG).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => run().await,
        ["takedown", id] => take_down(id).await,
        _ => Err("usage: regie-relay [takedown <share id>]".to_owned()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| format!("bad configuration: {e}"))?;
    let store = open_store(&config).await?;
    if !config.static_dir.join("index.html").is_file() {
        tracing::warn!(
            "no index.html in {} ({}): the app is not built; the share API works",
            config.static_dir.display(),
            vars::STATIC
        );
    }
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {} ({}): {e}", config.listen, vars::LISTEN))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let rate_limit = config
        .rate_limit_per_min
        .map_or_else(|| "off".to_owned(), |n| format!("{n}/min per client"));
    let backend = if config.database_url.is_some() {
        "postgresql"
    } else {
        "sqlite"
    };
    tracing::info!(%addr, %rate_limit, backend, "regie-relay listening");
    let state = AppState::new(store, Arc::new(SystemClock), &config);
    serve_with_shutdown(listener, state, shutdown_signal())
        .await
        .map_err(|e| format!("server failed: {e}"))
}

async fn take_down(id: &str) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| format!("bad configuration: {e}"))?;
    if !regie_core::api::is_share_id(id) {
        return Err("that is not a share id (22 characters from the share link)".into());
    }
    let store = open_store(&config).await?;
    let now = SystemClock.now_ms();
    match store.take_down(id, now).await {
        Ok(true) => {
            // Gone from the disk too, not only from what is served.
            store
                .purge(now)
                .await
                .map_err(|e| format!("purge failed: {e}"))?;
            println!("share {id} taken down");
            Ok(())
        }
        Ok(false) => Err(format!("no share {id} (already purged, or never here)")),
        Err(e) => Err(format!("take-down failed: {e}")),
    }
}

/// Ctrl-C, or SIGTERM from a service manager or container runtime.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
