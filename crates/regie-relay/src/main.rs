//! `regie-relay`: configuration comes from the environment (see `config::vars`).

use std::io::IsTerminal as _;
use std::process::ExitCode;
use std::sync::Arc;

use regie_relay::config::{vars, Config};
use regie_relay::{serve_with_shutdown, AppState, SqliteStore, SystemClock};
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

    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| format!("bad configuration: {e}"))?;
    let store = SqliteStore::open_in_dir(&config.data_dir).map_err(|e| {
        format!(
            "cannot open the share database in {} ({}): {e}",
            config.data_dir.display(),
            vars::DATA
        )
    })?;
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
    tracing::info!(%addr, %rate_limit, "regie-relay listening");
    let state = AppState::new(Arc::new(store), Arc::new(SystemClock), &config)
        .map_err(|e| format!("cannot start the store thread: {e}"))?;
    serve_with_shutdown(listener, state, shutdown_signal())
        .await
        .map_err(|e| format!("server failed: {e}"))
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
