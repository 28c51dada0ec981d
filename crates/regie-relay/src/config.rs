//! Every setting the relay reads from its environment, each variable named once here.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// The names of the environment variables.
pub mod vars {
    /// `host:port` to listen on.
    pub const LISTEN: &str = "REGIE_LISTEN";
    /// Folder for the SQLite file; created if missing.
    pub const DATA: &str = "REGIE_DATA";
    /// Folder of the built app.
    pub const STATIC: &str = "REGIE_STATIC";
    /// `postgres://user@host:port/db`: keep everything there instead of SQLite under
    /// `REGIE_DATA`; several relays may share one database.
    pub const DATABASE_URL: &str = "REGIE_DATABASE_URL";
    /// Connections each relay opens to PostgreSQL at most.
    pub const DATABASE_CONNECTIONS: &str = "REGIE_DATABASE_CONNECTIONS";
    /// Store calls that may wait for SQLite's one thread; past it the relay answers 503.
    pub const STORE_QUEUE: &str = "REGIE_STORE_QUEUE";
    /// Largest `POST /api/shares` body, in bytes.
    pub const MAX_SHARE_BYTES: &str = "REGIE_MAX_SHARE_BYTES";
    /// Requests allowed per client address per minute to create, and to open (ten times as
    /// many for the rest); 0 turns limiting off.
    pub const RATE_LIMIT_PER_MIN: &str = "REGIE_RATE_LIMIT_PER_MIN";
    /// The most ciphertext the relay holds in all, in bytes (507 past it); 0: no limit.
    pub const QUOTA_BYTES: &str = "REGIE_QUOTA_BYTES";
    /// The most one client address may upload per day, in bytes (429 past it); 0: no limit.
    pub const CLIENT_QUOTA_BYTES: &str = "REGIE_CLIENT_QUOTA_BYTES";
    /// Addresses of reverse proxies (comma-separated) whose `X-Forwarded-For` is believed.
    pub const TRUSTED_PROXY: &str = "REGIE_TRUSTED_PROXY";
    /// Seconds a request may take; an upload gets this plus its size at the slowest rate.
    pub const REQUEST_TIMEOUT_SECS: &str = "REGIE_REQUEST_TIMEOUT_SECS";
    /// The slowest an upload may come in, in bytes per second, once its first
    /// `REGIE_REQUEST_TIMEOUT_SECS` are over.
    pub const MIN_UPLOAD_BYTES_PER_SEC: &str = "REGIE_MIN_UPLOAD_BYTES_PER_SEC";
    /// Uploads (shares and transfers) whose body is arriving, handled at once; more get 503.
    pub const MAX_UPLOADS: &str = "REGIE_MAX_UPLOADS";
    /// Uploads one client address may have under way at once (waiting for their body or
    /// not); more get 429.
    pub const MAX_UPLOADS_PER_CLIENT: &str = "REGIE_MAX_UPLOADS_PER_CLIENT";
    /// Seconds a connection may take to send a request's head (and may stay idle between
    /// requests) before it is closed.
    pub const HEADER_TIMEOUT_SECS: &str = "REGIE_HEADER_TIMEOUT_SECS";
    /// Connections one address may hold open at once (trusted proxies excepted); more are
    /// closed at once. 0: no cap.
    pub const MAX_CONNECTIONS_PER_CLIENT: &str = "REGIE_MAX_CONNECTIONS_PER_CLIENT";
    /// Seconds a connection may keep the relay waiting to send; see
    /// `REGIE_MIN_DOWNLOAD_BYTES_PER_SEC`.
    pub const WRITE_TIMEOUT_SECS: &str = "REGIE_WRITE_TIMEOUT_SECS";
    /// While the relay has bytes for a client, the client takes at least this many per
    /// second, measured over `REGIE_WRITE_TIMEOUT_SECS`, or the connection is closed.
    pub const MIN_DOWNLOAD_BYTES_PER_SEC: &str = "REGIE_MIN_DOWNLOAD_BYTES_PER_SEC";
    /// Readers (openings and views) of one share at once; more get 503.
    pub const MAX_READERS_PER_SHARE: &str = "REGIE_MAX_READERS_PER_SHARE";
    /// Readers of all shares at once; more get 503.
    pub const MAX_READERS: &str = "REGIE_MAX_READERS";
    /// Requests for a share waiting for an answer at once, on all relays of a store.
    pub const MAX_REQUESTS: &str = "REGIE_MAX_REQUESTS";
    /// Seconds between two purges of expired ciphertext.
    pub const PURGE_INTERVAL_SECS: &str = "REGIE_PURGE_INTERVAL_SECS";
    /// Seconds a transfer to a new phone waits to be received: 1 to 600.
    pub const TRANSFER_SECS: &str = "REGIE_TRANSFER_SECS";
    /// A `tracing` filter such as `info` or `regie_relay=debug`.
    pub const LOG: &str = "RUST_LOG";
}

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA: &str = "regie-data";
pub const DEFAULT_STATIC: &str = "dist";
/// A share of every document the app allows (100 MiB) with the rest of the dossier fits,
/// sent as raw bytes.
pub const DEFAULT_MAX_SHARE_BYTES: usize = 128 * 1024 * 1024;
/// Enough for a busy office behind one NAT address, far too few to drain a share's opens
/// or fill the disk quickly.
pub const DEFAULT_RATE_LIMIT_PER_MIN: u32 = 120;
pub const DEFAULT_PURGE_INTERVAL: Duration = Duration::from_secs(60);
pub const DEFAULT_DATABASE_CONNECTIONS: usize = 16;
pub const DEFAULT_STORE_QUEUE: usize = 1024;
/// 20 GiB: a few thousand shares with documents, on a small server's disk.
pub const DEFAULT_QUOTA_BYTES: u64 = 20 * 1024 * 1024 * 1024;
/// 1 GiB a day: eight shares of every document the app allows, far more than one client
/// makes; little for someone filling the disk.
pub const DEFAULT_CLIENT_QUOTA_BYTES: u64 = 1024 * 1024 * 1024;
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// 32 KiB/s: a weak mobile connection still uploads 128 MiB within the hour.
pub const DEFAULT_MIN_UPLOAD_BYTES_PER_SEC: u64 = 32 * 1024;
/// Streaming keeps each upload to a chunk in memory, so this bounds work, not memory.
pub const DEFAULT_MAX_UPLOADS: usize = 8;
/// Two: a client's app sends one share at a time; a second leaves room for a move.
pub const DEFAULT_MAX_UPLOADS_PER_CLIENT: usize = 2;
/// Ten seconds for a request head of a few hundred bytes, even on a weak mobile connection.
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// A browser keeps about six connections to a site: an office of forty behind one address
/// fits, and one address cannot hold the relay's file descriptors.
pub const DEFAULT_MAX_CONNECTIONS_PER_CLIENT: usize = 256;

/// A reader that stops taking bytes is cut off after this long.
pub const DEFAULT_WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// 8 KiB/s: a 60 MB share still reaches a very slow line within about two hours.
pub const DEFAULT_MIN_DOWNLOAD_BYTES_PER_SEC: u64 = 8 * 1024;
/// A share is read by one professional's viewer, with a reload or two.
pub const DEFAULT_MAX_READERS_PER_SHARE: usize = 8;
/// Each reader holds about a megabyte (a chunk and the connection's buffer) at most.
pub const DEFAULT_MAX_READERS: usize = 256;
/// Requests for a share alive at once: a busy office asks a few a minute, each for ten.
pub const DEFAULT_MAX_REQUESTS: u64 = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub static_dir: PathBuf,
    pub max_share_bytes: usize,
    /// `None` when rate limiting is off.
    pub rate_limit_per_min: Option<u32>,
    pub purge_interval: Duration,
    pub transfer_lifetime: Duration,
    /// `None`: SQLite under `data_dir`.
    pub database_url: Option<String>,
    pub database_connections: usize,
    pub store_queue: usize,
    /// `None`: no limit.
    pub quota_bytes: Option<u64>,
    pub client_quota_bytes: Option<u64>,
    pub trusted_proxies: Vec<IpAddr>,
    pub request_timeout: Duration,
    pub min_upload_bytes_per_sec: u64,
    pub max_uploads: usize,
    pub max_uploads_per_client: usize,
    pub header_timeout: Duration,
    /// `None`: no cap.
    pub max_connections_per_client: Option<usize>,
    pub write_timeout: Duration,
    pub min_download_bytes_per_sec: u64,
    pub max_readers_per_share: usize,
    pub max_readers: usize,
    /// Requests for a share alive at once; more get 503 `busy`.
    pub max_requests: u64,
}

/// A variable held a value the relay cannot use; the message names the variable.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{var}={value:?}: {reason}")]
pub struct ConfigError {
    pub var: &'static str,
    pub value: String,
    pub reason: String,
}

impl Default for Config {
    fn default() -> Self {
        Self::from_lookup(|_| None).expect("the defaults are valid")
    }
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|var| std::env::var(var).ok())
    }

    /// Reads the settings through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |var: &str| lookup(var).filter(|v| !v.trim().is_empty());

        let listen = match get(vars::LISTEN) {
            None => DEFAULT_LISTEN.parse().expect("default address parses"),
            Some(value) => parse_listen(&value).map_err(|reason| ConfigError {
                var: vars::LISTEN,
                value,
                reason,
            })?,
        };
        let rate_limit: u32 =
            parse_number(vars::RATE_LIMIT_PER_MIN, get, DEFAULT_RATE_LIMIT_PER_MIN)?;
        let max_share_bytes: usize =
            parse_number(vars::MAX_SHARE_BYTES, get, DEFAULT_MAX_SHARE_BYTES)?;
        if max_share_bytes == 0 {
            return Err(ConfigError {
                var: vars::MAX_SHARE_BYTES,
                value: "0".into(),
                reason: "must be at least 1".into(),
            });
        }
        let purge_secs: u64 = parse_number(
            vars::PURGE_INTERVAL_SECS,
            get,
            DEFAULT_PURGE_INTERVAL.as_secs(),
        )?;
        if purge_secs == 0 {
            return Err(ConfigError {
                var: vars::PURGE_INTERVAL_SECS,
                value: "0".into(),
                reason: "must be at least 1".into(),
            });
        }

        let max_transfer_secs = regie_core::transfer::TRANSFER_LIFETIME_SECS;
        let transfer_secs: u64 = parse_number(vars::TRANSFER_SECS, get, max_transfer_secs)?;
        if !(1..=max_transfer_secs).contains(&transfer_secs) {
            return Err(ConfigError {
                var: vars::TRANSFER_SECS,
                value: transfer_secs.to_string(),
                reason: format!("must be from 1 to {max_transfer_secs}"),
            });
        }

        // A count that must be at least one, or its default.
        let count = |var: &'static str, default: u64| match parse_number(var, get, default)? {
            0 => Err(ConfigError {
                var,
                value: "0".into(),
                reason: "must be at least 1".into(),
            }),
            value => Ok(value),
        };
        let database_connections = count(
            vars::DATABASE_CONNECTIONS,
            DEFAULT_DATABASE_CONNECTIONS as u64,
        )? as usize;
        let store_queue = count(vars::STORE_QUEUE, DEFAULT_STORE_QUEUE as u64)? as usize;
        let quota: u64 = parse_number(vars::QUOTA_BYTES, get, DEFAULT_QUOTA_BYTES)?;
        let client_quota: u64 =
            parse_number(vars::CLIENT_QUOTA_BYTES, get, DEFAULT_CLIENT_QUOTA_BYTES)?;
        let timeout_secs = count(
            vars::REQUEST_TIMEOUT_SECS,
            DEFAULT_REQUEST_TIMEOUT.as_secs(),
        )?;
        let min_upload_bytes_per_sec = count(
            vars::MIN_UPLOAD_BYTES_PER_SEC,
            DEFAULT_MIN_UPLOAD_BYTES_PER_SEC,
        )?;
        let max_uploads = count(vars::MAX_UPLOADS, DEFAULT_MAX_UPLOADS as u64)? as usize;
        let max_uploads_per_client = count(
            vars::MAX_UPLOADS_PER_CLIENT,
            DEFAULT_MAX_UPLOADS_PER_CLIENT as u64,
        )? as usize;
        let header_timeout_secs =
            count(vars::HEADER_TIMEOUT_SECS, DEFAULT_HEADER_TIMEOUT.as_secs())?;
        let max_connections_per_client: usize = parse_number(
            vars::MAX_CONNECTIONS_PER_CLIENT,
            get,
            DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
        )?;
        let write_timeout_secs = count(vars::WRITE_TIMEOUT_SECS, DEFAULT_WRITE_TIMEOUT.as_secs())?;
        let min_download_bytes_per_sec = count(
            vars::MIN_DOWNLOAD_BYTES_PER_SEC,
            DEFAULT_MIN_DOWNLOAD_BYTES_PER_SEC,
        )?;
        let max_readers_per_share = count(
            vars::MAX_READERS_PER_SHARE,
            DEFAULT_MAX_READERS_PER_SHARE as u64,
        )? as usize;
        let max_readers = count(vars::MAX_READERS, DEFAULT_MAX_READERS as u64)? as usize;
        let max_requests = count(vars::MAX_REQUESTS, DEFAULT_MAX_REQUESTS)?.max(1);
        let trusted_proxies = match get(vars::TRUSTED_PROXY) {
            None => Vec::new(),
            Some(value) => value
                .split(',')
                .map(|part| part.trim().parse::<IpAddr>())
                .collect::<Result<_, _>>()
                .map_err(|_| ConfigError {
                    var: vars::TRUSTED_PROXY,
                    value,
                    reason: "expected IP addresses separated by commas".into(),
                })?,
        };

        Ok(Config {
            database_url: get(vars::DATABASE_URL),
            database_connections,
            store_queue,
            quota_bytes: (quota > 0).then_some(quota),
            client_quota_bytes: (client_quota > 0).then_some(client_quota),
            trusted_proxies,
            request_timeout: Duration::from_secs(timeout_secs),
            min_upload_bytes_per_sec,
            max_uploads,
            max_uploads_per_client,
            header_timeout: Duration::from_secs(header_timeout_secs),
            max_connections_per_client: (max_connections_per_client > 0)
                .then_some(max_connections_per_client),
            write_timeout: Duration::from_secs(write_timeout_secs),
            min_download_bytes_per_sec,
            max_readers_per_share,
            max_readers,
            max_requests,
            listen,
            data_dir: get(vars::DATA)
                .unwrap_or_else(|| DEFAULT_DATA.into())
                .into(),
            static_dir: get(vars::STATIC)
                .unwrap_or_else(|| DEFAULT_STATIC.into())
                .into(),
            max_share_bytes,
            rate_limit_per_min: (rate_limit > 0).then_some(rate_limit),
            purge_interval: Duration::from_secs(purge_secs),
            transfer_lifetime: Duration::from_secs(transfer_secs),
        })
    }
}

fn parse_listen(value: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = value.parse() {
        return Ok(addr);
    }
    // Accept `localhost:8080` too, as people type it.
    value
        .to_socket_addrs()
        .map_err(|e| format!("expected host:port ({e})"))?
        .next()
        .ok_or_else(|| "expected host:port (name has no address)".into())
}

fn parse_number<T: FromStr>(
    var: &'static str,
    get: impl Fn(&str) -> Option<String>,
    default: T,
) -> Result<T, ConfigError> {
    match get(var) {
        None => Ok(default),
        Some(value) => value.trim().parse().map_err(|_| ConfigError {
            var,
            value,
            reason: "expected a whole number".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|var| map.get(var).cloned())
    }

    #[test]
    fn defaults() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(c.data_dir, PathBuf::from("regie-data"));
        assert_eq!(c.static_dir, PathBuf::from("dist"));
        assert_eq!(c.max_share_bytes, 128 * 1024 * 1024);
        assert!(
            c.max_share_bytes as u64
                > regie_core::model::MAX_TOTAL_DOCUMENT_BYTES + 8 * 1024 * 1024,
            "every document the app allows, plus the dossier, fits in one share"
        );
        assert_eq!(c.rate_limit_per_min, Some(120));
        assert_eq!(c.purge_interval, Duration::from_secs(60));
        assert_eq!(c.transfer_lifetime, Duration::from_secs(600));
        assert_eq!(c.database_url, None);
        assert_eq!(c.quota_bytes, Some(DEFAULT_QUOTA_BYTES));
        assert_eq!(c.client_quota_bytes, Some(DEFAULT_CLIENT_QUOTA_BYTES));
        assert!(c.trusted_proxies.is_empty());
        assert_eq!(c.request_timeout, Duration::from_secs(30));
        assert_eq!(c.max_uploads, 8);
        assert_eq!(c.max_uploads_per_client, 2);
        assert_eq!(c.header_timeout, Duration::from_secs(10));
        assert_eq!(c.max_connections_per_client, Some(256));
        let off = config(&[(vars::MAX_CONNECTIONS_PER_CLIENT, "0")]).unwrap();
        assert_eq!(off.max_connections_per_client, None);
        assert_eq!(c.write_timeout, Duration::from_secs(30));
        assert_eq!(c.min_download_bytes_per_sec, 8 * 1024);
        assert_eq!((c.max_readers_per_share, c.max_readers), (8, 256));
    }

    #[test]
    fn quotas_off_and_proxies_listed() {
        let c = config(&[
            (vars::QUOTA_BYTES, "0"),
            (vars::CLIENT_QUOTA_BYTES, "0"),
            (vars::TRUSTED_PROXY, "10.0.0.1, ::1"),
            (vars::DATABASE_URL, "postgres://relay@db:5432/regie"),
        ])
        .unwrap();
        assert_eq!((c.quota_bytes, c.client_quota_bytes), (None, None));
        assert_eq!(
            c.trusted_proxies,
            vec![IpAddr::from([10, 0, 0, 1]), "::1".parse().unwrap()]
        );
        assert_eq!(
            c.database_url.as_deref(),
            Some("postgres://relay@db:5432/regie")
        );
    }

    #[test]
    fn zero_turns_rate_limiting_off() {
        let c = config(&[(vars::RATE_LIMIT_PER_MIN, "0")]).unwrap();
        assert_eq!(c.rate_limit_per_min, None);
    }

    #[test]
    fn errors_name_the_variable() {
        for (var, value) in [
            (vars::LISTEN, "nonsense"),
            (vars::RATE_LIMIT_PER_MIN, "-1"),
            (vars::MAX_SHARE_BYTES, "lots"),
            (vars::MAX_SHARE_BYTES, "0"),
            (vars::PURGE_INTERVAL_SECS, "0"),
            (vars::TRANSFER_SECS, "0"),
            (vars::TRANSFER_SECS, "601"),
            (vars::TRUSTED_PROXY, "proxy.example"),
            (vars::REQUEST_TIMEOUT_SECS, "0"),
            (vars::MAX_UPLOADS, "0"),
            (vars::MAX_UPLOADS_PER_CLIENT, "0"),
            (vars::HEADER_TIMEOUT_SECS, "0"),
            (vars::HEADER_TIMEOUT_SECS, "soon"),
            (vars::MAX_CONNECTIONS_PER_CLIENT, "-1"),
            (vars::WRITE_TIMEOUT_SECS, "0"),
            (vars::MIN_DOWNLOAD_BYTES_PER_SEC, "slow"),
            (vars::MAX_READERS_PER_SHARE, "0"),
            (vars::MAX_READERS, "-3"),
            (vars::QUOTA_BYTES, "a lot"),
        ] {
            let err = config(&[(var, value)]).unwrap_err();
            assert_eq!(err.var, var);
            assert!(err.to_string().starts_with(var), "{err}");
        }
    }
}
