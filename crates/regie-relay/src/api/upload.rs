//! Upload bodies, read as they arrive: held to a size known in advance and to a minimum
//! rate, and handed on in chunks so that memory does not grow with the body.

use std::net::IpAddr;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap};
use futures_util::StreamExt as _;
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::Instant;

use crate::error::Failure;
use crate::secrets::client_hash;
use crate::store::DailyCharge;
use crate::AppState;

/// What the store receives at a time.
pub(crate) const CHUNK_BYTES: usize = 256 * 1024;

/// An upload under way: it holds one of the relay's upload slots until dropped.
pub(crate) struct Upload {
    body: axum::body::BodyDataStream,
    started: Instant,
    received: u64,
    /// The declared `Content-Length`.
    pub(crate) len: u64,
    grace: Duration,
    min_rate: u64,
    _slot: OwnedSemaphorePermit,
}

impl Upload {
    /// Takes an upload slot, checks the declared size and charges it to the client's daily
    /// quota, all before a byte of the body is read.
    pub(crate) async fn start(
        state: &AppState,
        client: IpAddr,
        headers: &HeaderMap,
        body: Body,
    ) -> Result<Self, Failure> {
        let slot = state
            .uploads
            .clone()
            .try_acquire_owned()
            .map_err(|_| Failure::Busy)?;
        let len = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or(Failure::LengthRequired)?;
        if len > state.config.max_share_bytes as u64 {
            return Err(Failure::TooLarge);
        }
        charge(state, client, len).await?;
        Ok(Self {
            body: body.into_data_stream(),
            started: Instant::now(),
            received: 0,
            len,
            grace: state.config.request_timeout,
            min_rate: state.config.min_upload_bytes_per_sec,
            _slot: slot,
        })
    }

    /// The next piece of the body, `None` at its end. After the grace period the body must
    /// have come in at the minimum rate on average, or it is cut off: a client sending a
    /// byte a second is gone once the grace is over.
    pub(crate) async fn next(&mut self) -> Result<Option<Bytes>, Failure> {
        let allowed =
            self.grace + Duration::from_secs_f64(self.received as f64 / self.min_rate as f64);
        let deadline = self.started + allowed;
        match tokio::time::timeout_at(deadline, self.body.next()).await {
            Err(_) => Err(Failure::TimedOut),
            Ok(None) => {
                if self.received == self.len {
                    Ok(None)
                } else {
                    Err(Failure::Invalid("the body ended early".into()))
                }
            }
            Ok(Some(Ok(bytes))) => {
                self.received += bytes.len() as u64;
                if self.received > self.len {
                    return Err(Failure::TooLarge);
                }
                Ok(Some(bytes))
            }
            Ok(Some(Err(err))) => Err(Failure::Invalid(format!("reading the body: {err}"))),
        }
    }
}

/// Charges an upload of `bytes` to the client's quota of the day.
pub(crate) async fn charge(state: &AppState, client: IpAddr, bytes: u64) -> Result<(), Failure> {
    let Some(limit) = state.config.client_quota_bytes else {
        return Ok(());
    };
    let charge = DailyCharge {
        client: client_hash("upload", client),
        day: crate::clock::day_of(state.clock.now_ms()),
        bytes,
        limit,
    };
    if state.store.charge_client(charge).await? {
        Ok(())
    } else {
        Err(Failure::ClientQuotaFull)
    }
}
