//! Every setting the relay reads from its environment, each variable named once here.

use std::net::{SocketAddr, ToSocketAddrs};
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
    /// Largest `POST /api/shares` body, in bytes.
    pub const MAX_SHARE_BYTES: &str = "REGIE_MAX_SHARE_BYTES";
    /// Creations and openings allowed per client IP per minute, each; 0 turns limiting off.
    pub const RATE_LIMIT_PER_MIN: &str = "REGIE_RATE_LIMIT_PER_MIN";
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
/// sent as raw bytes (the app's way); base64 JSON uploads cost a third on top.
pub const DEFAULT_MAX_SHARE_BYTES: usize = 128 * 1024 * 1024;
/// Enough for a busy office behind one NAT address, far too few to drain a share's opens
/// or fill the disk quickly.
pub const DEFAULT_RATE_LIMIT_PER_MIN: u32 = 120;
pub const DEFAULT_PURGE_INTERVAL: Duration = Duration::from_secs(60);

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

        Ok(Config {
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
        ] {
            let err = config(&[(var, value)]).unwrap_err();
            assert_eq!(err.var, var);
            assert!(err.to_string().starts_with(var), "{err}");
        }
    }
}
