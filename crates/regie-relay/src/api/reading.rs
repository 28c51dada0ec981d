//! Reading a share: its ciphertext goes out chunk by chunk, the next chunk fetched from the
//! store only when the one before it was taken, so a reader costs about one chunk of memory
//! however large the share. A share has a bound on readers at once, and so has the relay.
//!
//! A chunk that is gone by the time it is due (the share was revoked, taken down, blocked
//! or expired meanwhile) ends the answer with an error: the connection is closed short of
//! its `Content-Length`, so the viewer sees a broken download, never a short success (a cut
//! age file fails to decrypt anyway).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue};
use axum::response::Response;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::ciphertext_headers;
use crate::error::Failure;
use crate::store::Content;
use crate::AppState;

/// The places for readers: so many per share, so many in all.
#[derive(Debug)]
pub struct Readers {
    per_share: usize,
    all: Arc<Semaphore>,
    shares: Mutex<HashMap<String, usize>>,
}

impl Readers {
    pub fn new(per_share: usize, all: usize) -> Self {
        Self {
            per_share,
            all: Arc::new(Semaphore::new(all)),
            shares: Mutex::new(HashMap::new()),
        }
    }

    /// A place to read share `id`, or `busy` when the relay has no more, or the share has
    /// as many readers streaming as it may. Taken before the store is asked, so a refused
    /// opening is not counted. The relay's bound is exact; the share's counts readers once
    /// their content turns out to stream ([`Readers::streams`]), so answers of one chunk
    /// (most shares) never wait on each other, and a burst of simultaneous requests may
    /// pass it by those in flight at that moment.
    pub(crate) fn take(self: &Arc<Self>, id: &str) -> Result<ReaderPlace, Failure> {
        let all = self
            .all
            .clone()
            .try_acquire_owned()
            .map_err(|_| Failure::Busy)?;
        let shares = self.shares.lock().unwrap_or_else(|e| e.into_inner());
        if shares
            .get(id)
            .is_some_and(|readers| *readers >= self.per_share)
        {
            return Err(Failure::Busy);
        }
        Ok(ReaderPlace {
            readers: self.clone(),
            share: None,
            _all: all,
        })
    }

    /// Counts `place` among the readers of share `id` until it is dropped.
    fn streams(&self, place: &mut ReaderPlace, id: &str) {
        let mut shares = self.shares.lock().unwrap_or_else(|e| e.into_inner());
        *shares.entry(id.to_owned()).or_default() += 1;
        place.share = Some(id.to_owned());
    }
}

/// One reader's place; given back when dropped (the answer sent, or the connection gone).
pub(crate) struct ReaderPlace {
    readers: Arc<Readers>,
    /// The share it is counted for, once its content streams.
    share: Option<String>,
    _all: OwnedSemaphorePermit,
}

impl Drop for ReaderPlace {
    fn drop(&mut self) {
        let Some(id) = &self.share else {
            return;
        };
        let mut shares = self
            .readers
            .shares
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(readers) = shares.get_mut(id) {
            *readers -= 1;
            if *readers == 0 {
                shares.remove(id);
            }
        }
    }
}

/// The answer that streams `content` to its reader, who holds `place` until it ends.
pub(crate) fn stream(state: &AppState, content: Content, mut place: ReaderPlace) -> Response {
    let len = content.len;
    let Content {
        id, chunks, first, ..
    } = content;
    let body = if chunks <= 1 {
        // Most shares: one chunk, already here.
        drop(place);
        Body::from(first)
    } else {
        state.readers.streams(&mut place, &id);
        let (store, clock) = (state.store.clone(), state.clock.clone());
        // The place goes with the stream: given back when the answer ends or is dropped.
        let rest = futures_util::stream::unfold((1, place), move |(n, place)| {
            let (store, clock, id) = (store.clone(), clock.clone(), id.clone());
            async move {
                if n >= chunks {
                    return None;
                }
                let chunk = match store.read_chunk(&id, n, clock.now_ms()).await {
                    Ok(Some(chunk)) => Ok(Bytes::from(chunk)),
                    Ok(None) => Err(std::io::Error::other("the share ended while it was read")),
                    Err(err) => {
                        tracing::error!(error = %err, "reading a chunk failed");
                        Err(std::io::Error::other("the store failed"))
                    }
                };
                // After an error the stream ends: nothing more is asked of the store.
                let next = if chunk.is_ok() { n + 1 } else { chunks };
                Some((chunk, (next, place)))
            }
        });
        let head = futures_util::stream::once(async move { Ok(Bytes::from(first)) });
        let all = futures_util::StreamExt::chain(head, rest);
        Body::from_stream(all)
    };
    let mut response = Response::new(body);
    ciphertext_headers(response.headers_mut());
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    response
}
