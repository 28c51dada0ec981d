//! The relay's side of a connection: a client that stops taking what the relay sends (or
//! takes it slower than a minimum rate) is cut off, so it holds no reader's place, chunk or
//! buffer for long.
//!
//! The rule lives on the socket, not in a response's body: once the client stops reading,
//! the server stops asking the body for more, so only the socket's writes see it. While a
//! write waits on the client, a window is open; the client must take at least
//! `min_rate × timeout` bytes within `timeout` of the window's start, or the next write
//! fails and the connection closes. A flush that completes (everything sent) closes the
//! window, so idle keep-alive time never counts.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// The bound on how slowly a client may take the relay's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteBound {
    pub timeout: Duration,
    pub min_bytes_per_sec: u64,
}

impl WriteBound {
    /// What the client must take within one `timeout`.
    fn bytes_per_window(self) -> u64 {
        self.min_bytes_per_sec
            .saturating_mul(self.timeout.as_secs().max(1))
    }
}

/// A connection held to a [`WriteBound`].
pub struct BoundedWrites<Io> {
    io: Io,
    bound: WriteBound,
    /// Open while the relay waits on the client: when it ends, and what was taken in it.
    window: Option<(Pin<Box<Sleep>>, u64)>,
}

impl<Io> BoundedWrites<Io> {
    pub fn new(io: Io, bound: WriteBound) -> Self {
        Self {
            io,
            bound,
            window: None,
        }
    }

    /// After a write: counts what it took, or (when it must wait) opens the window if none
    /// is, and fails once the window ran out.
    fn after_write(
        &mut self,
        cx: &mut Context<'_>,
        written: Poll<io::Result<usize>>,
    ) -> Poll<io::Result<usize>> {
        match written {
            Poll::Ready(Ok(n)) => {
                if let Some((_, taken)) = &mut self.window {
                    *taken += n as u64;
                    if *taken >= self.bound.bytes_per_window() {
                        self.window = None;
                    }
                }
                Poll::Ready(Ok(n))
            }
            Poll::Pending => match self.waited_too_long(cx) {
                true => Poll::Ready(Err(cut_off())),
                false => Poll::Pending,
            },
            other => other,
        }
    }

    /// Opens the window if none is, and tells whether it ran out (else the task is woken
    /// when it does).
    fn waited_too_long(&mut self, cx: &mut Context<'_>) -> bool {
        let timeout = self.bound.timeout;
        let (deadline, _) = self.window.get_or_insert_with(|| {
            (
                Box::pin(tokio::time::sleep_until(Instant::now() + timeout)),
                0,
            )
        });
        deadline.as_mut().poll(cx).is_ready()
    }
}

fn cut_off() -> io::Error {
    io::Error::new(
        io::ErrorKind::TimedOut,
        "the client took the answer too slowly",
    )
}

impl<Io: AsyncRead + Unpin> AsyncRead for BoundedWrites<Io> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl<Io: AsyncWrite + Unpin> AsyncWrite for BoundedWrites<Io> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.io).poll_write(cx, buf);
        self.after_write(cx, written)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        self.after_write(cx, written)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match Pin::new(&mut self.io).poll_flush(cx) {
            Poll::Ready(Ok(())) => {
                // Everything went out: the client kept up.
                self.window = None;
                Poll::Ready(Ok(()))
            }
            Poll::Pending if self.waited_too_long(cx) => Poll::Ready(Err(cut_off())),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    const BOUND: WriteBound = WriteBound {
        timeout: Duration::from_millis(300),
        min_bytes_per_sec: 1,
    };

    #[tokio::test]
    async fn a_reader_that_stops_is_cut_off_and_one_that_reads_is_not() {
        let (relay, mut client) = tokio::io::duplex(1024);
        let mut relay = BoundedWrites::new(relay, BOUND);
        // The client reads everything: however long it takes in all, no write waits long.
        let reader = tokio::spawn(async move {
            let mut total = 0;
            let mut buf = [0; 256];
            while total < 8 * 1024 {
                tokio::time::sleep(Duration::from_millis(20)).await;
                total += client.read(&mut buf).await.unwrap();
            }
            client
        });
        relay.write_all(&[7; 8 * 1024]).await.unwrap();
        relay.flush().await.unwrap();
        let _client = reader.await.unwrap();
        // Idle time does not count; a client that takes nothing does.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let started = Instant::now();
        let err = relay.write_all(&[7; 4 * 1024]).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        assert!(started.elapsed() >= BOUND.timeout);
        assert!(started.elapsed() < BOUND.timeout * 3);
    }
}
