//! Readers that take their time: the relay (the real binary, in its own process, so its
//! memory can be read from `/proc`) streams a share to each of them chunk by chunk, bounds
//! how many read one share at once, cuts a reader that stops taking bytes, and ends the
//! stream of a share revoked while it is read.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::process::RelayProcess;
use common::*;
use regie_core::api::{
    open_path, raw_share_body, revoke_path, view_path, CreateShareParams, ShareCreated,
    SHARES_PATH, VIEWER_TOKEN_HEADER,
};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpSocket, TcpStream};

const MB: usize = 1024 * 1024;

/// A relay process on a free loopback port; killed when dropped.
struct Relay {
    process: RelayProcess,
    addr: SocketAddr,
}

impl Relay {
    /// A relay on SQLite in a fresh folder, or on `database_url`, with `settings` on top of
    /// no rate limit.
    async fn start(database_url: Option<&str>, settings: &[(&str, &str)]) -> Relay {
        let mut all = vec![("REGIE_RATE_LIMIT_PER_MIN", "0")];
        if let Some(url) = database_url {
            all.push(("REGIE_DATABASE_URL", url));
        }
        all.extend_from_slice(settings);
        let process = RelayProcess::start(&all);
        let addr = process.addr;
        Relay { process, addr }
    }

    /// `name` (VmRSS, VmHWM) of the relay's process, in MB.
    fn memory_mb(&self, name: &str) -> f64 {
        self.process.memory_kib(name) as f64 / 1024.0
    }

    /// A connection whose receive buffer is small, so the relay cannot park a whole share in
    /// the kernel and be done with it.
    async fn connect(&self) -> TcpStream {
        let socket = TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(16 * 1024).unwrap();
        socket.connect(self.addr).await.unwrap()
    }

    /// Sends a request and reads the answer's head: its status and headers, and what of
    /// the body came with them.
    async fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Reading {
        let mut stream = self.connect().await;
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nhost: {}\r\ncontent-length: {}\r\n",
            self.addr,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(body).await.unwrap();
        let mut seen = Vec::new();
        let mut buf = [0; 4096];
        let end = loop {
            if let Some(end) = memchr::memmem::find(&seen, b"\r\n\r\n") {
                break end;
            }
            let n = stream.read(&mut buf).await.unwrap();
            assert!(n > 0, "the relay closed before answering");
            seen.extend_from_slice(&buf[..n]);
        };
        let head = String::from_utf8_lossy(&seen[..end]).to_string();
        let status = head[9..12].parse().unwrap();
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (n, v) = l.split_once(':')?;
                n.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
            })
        };
        Reading {
            status,
            length: header("content-length").and_then(|v| v.parse().ok()),
            viewer: header(VIEWER_TOKEN_HEADER),
            received: seen.len() - end - 4,
            early: seen[end + 4..].to_vec(),
            stream,
        }
    }

    async fn create(&self, content: Vec<u8>) -> ShareCreated {
        let body = raw_share_body(
            &CreateShareParams {
                expires_in_secs: 3600,
                ..CreateShareParams::default()
            },
            &age_file(b"preview"),
            &content,
        );
        let content_type = regie_core::api::RAW_SHARE_TYPE;
        let mut answer = self
            .request(
                "POST",
                SHARES_PATH,
                &[("content-type", content_type)],
                &body,
            )
            .await;
        assert_eq!(answer.status, 201);
        let body = answer.rest().await;
        serde_json::from_slice(&body).unwrap()
    }

    async fn open(&self, id: &str) -> Reading {
        self.request("POST", &open_path(id), &[], b"").await
    }

    async fn view(&self, id: &str, viewer: &str) -> Reading {
        let bearer = format!("Bearer {viewer}");
        self.request("POST", &view_path(id), &[("authorization", &bearer)], b"")
            .await
    }

    /// Opens `id` and reads the whole content: the viewer token.
    async fn viewer_of(&self, id: &str, len: usize) -> String {
        let mut opening = self.open(id).await;
        assert_eq!(opening.status, 200);
        let viewer = opening.viewer.clone().expect("a viewer token");
        assert_eq!(opening.rest().await.len(), len);
        viewer
    }
}

/// An answer being read.
struct Reading {
    status: u16,
    length: Option<usize>,
    viewer: Option<String>,
    /// Body bytes read so far.
    received: usize,
    /// Those that came with the head.
    early: Vec<u8>,
    stream: TcpStream,
}

impl Reading {
    /// Reads to the end of the answer (or of the connection), for at most a minute: the
    /// body, less what `trickle` read.
    async fn rest(&mut self) -> Vec<u8> {
        let mut body = std::mem::take(&mut self.early);
        self.received -= body.len();
        let mut buf = vec![0; 64 * 1024];
        let deadline = Instant::now() + Duration::from_secs(60);
        while self
            .length
            .is_none_or(|len| self.received + body.len() < len)
        {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.stream.read(&mut buf)).await {
                Ok(Ok(0) | Err(_)) => break,
                Ok(Ok(n)) => body.extend_from_slice(&buf[..n]),
                Err(_) => panic!("the answer did not end within a minute"),
            }
        }
        self.received += body.len();
        body
    }

    /// Reads at about `bytes_per_sec` for `time`; `false` if the answer ended first.
    async fn trickle(&mut self, bytes_per_sec: usize, time: Duration) -> bool {
        self.early.clear();
        let step = Duration::from_millis(100);
        let mut buf = vec![0; bytes_per_sec / 10];
        let until = Instant::now() + time;
        while Instant::now() < until {
            match self.stream.read(&mut buf).await {
                Ok(0) | Err(_) => return false,
                Ok(n) => self.received += n,
            }
            tokio::time::sleep(step).await;
        }
        true
    }

    /// Whether the whole body came: the answer was not cut.
    fn complete(&self) -> bool {
        self.length == Some(self.received)
    }
}

/// A real age file of about `mb` MB.
fn share_of(mb: usize) -> Vec<u8> {
    let plaintext: Vec<u8> = (0..mb * MB).map(|i| (i % 251) as u8).collect();
    age_file(&plaintext)
}

/// 32 readers at 20 KB/s of one 60 MB share: the relay's memory must not grow with share
/// size × readers.
async fn thirty_two_slow_readers(database_url: Option<&str>, store: &str) {
    let relay = Relay::start(database_url, &[("REGIE_MAX_READERS_PER_SHARE", "32")]).await;
    let content = share_of(60);
    let created = relay.create(content.clone()).await;
    let viewer = relay.viewer_of(&created.id, content.len()).await;
    drop(content);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let baseline = relay.memory_mb("VmRSS");

    let readers = (0..32).map(|_| {
        let (relay, id, viewer) = (&relay, created.id.clone(), viewer.clone());
        async move {
            let mut reading = relay.view(&id, &viewer).await;
            assert_eq!(reading.status, 200, "every reader is let in");
            assert!(reading.trickle(20_000, Duration::from_secs(6)).await);
            reading.received
        }
    });
    let sampling = async {
        let mut peak: f64 = 0.0;
        for _ in 0..70 {
            peak = peak.max(relay.memory_mb("VmRSS"));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        peak
    };
    let (received, peak) = tokio::join!(futures_util::future::join_all(readers), sampling);
    let rise = peak - baseline;
    eprintln!(
        "{store}: 32 readers of 60 MB at 20 KB/s: RSS {baseline:.0} MB before, peak {peak:.0} MB \
         (+{rise:.0} MB), high-water mark {:.0} MB; each reader took {} to {} KB",
        relay.memory_mb("VmHWM"),
        received.iter().min().unwrap() / 1000,
        received.iter().max().unwrap() / 1000,
    );
    assert!(received.iter().all(|&n| n > 0), "every reader got bytes");
    assert!(rise < 200.0, "the relay's memory rose by {rise:.0} MB");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_two_slow_readers_of_a_60_mb_share_on_sqlite() {
    thirty_two_slow_readers(None, "SQLite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_two_slow_readers_of_a_60_mb_share_on_postgres() {
    let Some(url) = postgres::fresh_database_url().await else {
        return;
    };
    thirty_two_slow_readers(Some(&url), "PostgreSQL").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readers_past_the_bound_of_a_share_are_told_to_wait_and_cost_no_opening() {
    let relay = Relay::start(None, &[("REGIE_MAX_READERS_PER_SHARE", "2")]).await;
    let content = share_of(16);
    let created = relay.create(content.clone()).await;
    let viewer = relay.viewer_of(&created.id, content.len()).await;

    // Two readers that take nothing hold the share's two places.
    let first = relay.view(&created.id, &viewer).await;
    let second = relay.view(&created.id, &viewer).await;
    assert_eq!((first.status, second.status), (200, 200));
    let mut third = relay.view(&created.id, &viewer).await;
    assert_eq!(third.status, 503);
    assert!(String::from_utf8_lossy(&third.rest().await).contains("\"busy\""));
    let mut opening = relay.open(&created.id).await;
    assert_eq!(opening.status, 503, "an opening past the bound is refused");
    opening.rest().await;
    let log = relay
        .request(
            "GET",
            &regie_core::api::log_path(&created.id),
            &[("authorization", &format!("Bearer {}", created.revoke_token))],
            b"",
        )
        .await
        .rest()
        .await;
    let log: regie_core::api::ShareLog = serde_json::from_slice(&log).unwrap();
    assert_eq!(log.opens.len(), 1, "the refused opening was not counted");

    // A reader that leaves gives its place back.
    drop(first);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut again = relay.view(&created.id, &viewer).await;
    assert_eq!(again.status, 200);
    again.rest().await;
    assert!(again.complete());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_that_stops_taking_bytes_is_cut_off() {
    let relay = Relay::start(
        None,
        &[
            ("REGIE_WRITE_TIMEOUT_SECS", "1"),
            ("REGIE_MAX_READERS_PER_SHARE", "1"),
        ],
    )
    .await;
    let content = share_of(16);
    let created = relay.create(content.clone()).await;
    let viewer = relay.viewer_of(&created.id, content.len()).await;

    let mut stopped = relay.view(&created.id, &viewer).await;
    assert_eq!(stopped.status, 200);
    assert!(stopped.trickle(100_000, Duration::from_millis(500)).await);
    // It stops; past the write timeout the relay gives up on it and frees its place.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mut next = relay.view(&created.id, &viewer).await;
    assert_eq!(next.status, 200, "the stopped reader's place is free again");
    next.rest().await;
    assert!(next.complete());
    stopped.rest().await;
    eprintln!(
        "the stopped reader got {} of {} bytes",
        stopped.received,
        content.len()
    );
    assert!(!stopped.complete(), "the stopped reader was cut off");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_share_revoked_while_it_is_read_ends_the_stream() {
    let relay = Relay::start(None, &[]).await;
    let content = share_of(16);
    let created = relay.create(content.clone()).await;
    let viewer = relay.viewer_of(&created.id, content.len()).await;

    let mut reading = relay.view(&created.id, &viewer).await;
    assert_eq!(reading.status, 200);
    assert!(reading.trickle(100_000, Duration::from_millis(500)).await);
    let bearer = format!("Bearer {}", created.revoke_token);
    let revoked = relay
        .request(
            "POST",
            &revoke_path(&created.id),
            &[("authorization", &bearer)],
            b"",
        )
        .await;
    assert_eq!(revoked.status, 204);
    reading.rest().await;
    eprintln!(
        "the reader of the revoked share got {} of {} bytes",
        reading.received,
        content.len()
    );
    assert!(!reading.complete(), "the stream ended with the share");
}
