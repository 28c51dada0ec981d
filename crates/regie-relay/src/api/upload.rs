//! Upload bodies, read as they arrive: held to a size known in advance and to a minimum
//! rate, and handed on in chunks so that memory does not grow with the body.
//!
//! Slots are fair: an address has at most `REGIE_MAX_UPLOADS_PER_CLIENT` uploads under way,
//! and one of the relay's `REGIE_MAX_UPLOADS` slots is taken only once the body's first
//! bytes are in, so connections that send a request head and nothing more hold no slot
//! anyone else needs.

use std::net::IpAddr;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap};
use futures_util::StreamExt as _;
use regie_core::api::{AgeShape, NotAge};
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::Instant;

use crate::client_slots::ClientSlot;
use crate::error::Failure;
use crate::store::{DailyCharge, Store};
use crate::AppState;

/// What the store receives at a time.
pub(crate) const CHUNK_BYTES: usize = 256 * 1024;

/// How long a client over its cap of uploads at once is told to wait.
const CLIENT_BUSY_WAIT: Duration = Duration::from_secs(1);

/// An upload under way: it holds one of its client's places and one of the relay's upload
/// slots until dropped.
pub(crate) struct Upload {
    body: axum::body::BodyDataStream,
    started: Instant,
    received: u64,
    /// The declared `Content-Length`.
    pub(crate) len: u64,
    grace: Duration,
    min_rate: u64,
    /// The body's first piece, read to know the body is coming, not yet handed on.
    first: Option<Bytes>,
    _client_slot: ClientSlot,
    _slot: Option<OwnedSemaphorePermit>,
}

impl Upload {
    /// Checks the declared size, takes one of the client's places and charges the size to
    /// the client's daily quota, all before a byte of the body is read; then waits (within
    /// the grace period) for the body's first bytes and only then takes one of the relay's
    /// upload slots.
    pub(crate) async fn start(
        state: &AppState,
        client: IpAddr,
        headers: &HeaderMap,
        body: Body,
    ) -> Result<Self, Failure> {
        let len = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or(Failure::LengthRequired)?;
        if len > state.config.max_share_bytes as u64 {
            return Err(Failure::TooLarge);
        }
        let client_slot = state
            .upload_clients
            .take(client)
            .ok_or(Failure::RateLimited(CLIENT_BUSY_WAIT))?;
        charge(state, client, len).await?;
        let mut upload = Self {
            body: body.into_data_stream(),
            started: Instant::now(),
            received: 0,
            len,
            grace: state.config.request_timeout,
            min_rate: state.config.min_upload_bytes_per_sec,
            first: None,
            _client_slot: client_slot,
            _slot: None,
        };
        upload.first = upload.next().await?;
        upload._slot = Some(
            state
                .uploads
                .clone()
                .try_acquire_owned()
                .map_err(|_| Failure::Busy)?,
        );
        Ok(upload)
    }

    /// The next piece of the body, `None` at its end. After the grace period the body must
    /// have come in at the minimum rate on average, or it is cut off: a client sending a
    /// byte a second is gone once the grace is over.
    pub(crate) async fn next(&mut self) -> Result<Option<Bytes>, Failure> {
        if let Some(first) = self.first.take() {
            return Ok(Some(first));
        }
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

/// Whose chunks an upload's body becomes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ChunksOf<'a> {
    /// A share's content.
    Share(&'a str),
    /// A move's package.
    Move(&'a str),
}

impl Upload {
    /// `start` (what was already read of the body) and the rest of the body, checked as an
    /// age file piece by piece ([`AgeShape`], linear in the body) and handed to the store as
    /// `to`'s chunks of [`CHUNK_BYTES`], numbered from 0, so memory does not grow with the
    /// body. At least one chunk is added.
    pub(crate) async fn store_age_file(
        &mut self,
        store: &dyn Store,
        to: ChunksOf<'_>,
        mut chunk: Vec<u8>,
    ) -> Result<(), Failure> {
        let add = async |n, bytes| match to {
            ChunksOf::Share(id) => store.add_chunk(id, n, bytes).await,
            ChunksOf::Move(id) => store.add_transfer_chunk(id, n, bytes).await,
        };
        let not_age = |e: NotAge| Failure::Invalid(format!("the body is not an age file: {e}"));
        let mut shape = AgeShape::default();
        shape.feed(&chunk).map_err(not_age)?;
        let mut n = 0;
        loop {
            while chunk.len() >= CHUNK_BYTES {
                let rest = chunk.split_off(CHUNK_BYTES);
                add(n, std::mem::replace(&mut chunk, rest)).await?;
                n += 1;
            }
            match self.next().await? {
                Some(bytes) => {
                    shape.feed(&bytes).map_err(not_age)?;
                    chunk.extend_from_slice(&bytes);
                }
                None => break,
            }
        }
        shape.finish().map_err(not_age)?;
        if !chunk.is_empty() || n == 0 {
            add(n, chunk).await?;
        }
        Ok(())
    }
}

/// Charges an upload of `bytes` to the client's quota of the day.
pub(crate) async fn charge(state: &AppState, client: IpAddr, bytes: u64) -> Result<(), Failure> {
    let Some(limit) = state.config.client_quota_bytes else {
        return Ok(());
    };
    let now = state.clock.now_ms();
    let charge = DailyCharge {
        client: (state.client_keys)
            .hash(&*state.store, "upload", client, now)
            .await?,
        day: crate::clock::day_of(now),
        bytes,
        limit,
    };
    if state.store.charge_client(charge).await? {
        Ok(())
    } else {
        Err(Failure::ClientQuotaFull)
    }
}
