//! Upload slots and connections that one hostile caller cannot take from everyone, over
//! real sockets: request heads with no body behind them hold no upload slot, one address
//! has a cap on uploads and connections at once, a connection that stalls in its request
//! head is closed, and shutting down still finishes a request under way.
//!
//! Clients appear as different addresses by binding their sockets to other loopback
//! addresses (127.0.0.2, …), or through a trusted proxy's `X-Forwarded-For`.

mod common;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use regie_relay::{serve_with_shutdown, AppState, Config, MemoryStore, SystemClock};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A relay on a loopback port, and the switch that shuts it down.
struct Relay {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: JoinHandle<std::io::Result<()>>,
    _statics: tempfile::TempDir,
}

async fn relay(adjust: impl FnOnce(&mut Config)) -> Relay {
    let statics = static_dir();
    let mut config = Config {
        static_dir: statics.path().to_owned(),
        ..Config::default()
    };
    adjust(&mut config);
    let state = AppState::new(Arc::new(MemoryStore::new()), Arc::new(SystemClock), &config);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(serve_with_shutdown(listener, state, async {
        let _ = stopped.await;
    }));
    Relay {
        addr,
        stop: Some(stop),
        server,
        _statics: statics,
    }
}

/// A connection to `relay` from the loopback address `from` (127.0.0.x).
async fn connect_from(from: [u8; 4], relay: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::new(IpAddr::from(from), 0)).unwrap();
    socket.connect(relay).await.unwrap()
}

/// The head of `POST /api/shares` declaring `len` bytes of body.
fn share_head(relay: SocketAddr, len: usize, extra: &str) -> String {
    format!(
        "POST /api/shares HTTP/1.1\r\nHost: {relay}\r\n\
         Content-Type: application/octet-stream\r\nContent-Length: {len}\r\n{extra}\r\n"
    )
}

/// Everything the relay sends until it closes the connection, or what came within `wait`.
async fn read_until_closed(stream: &mut TcpStream, wait: Duration) -> (String, bool) {
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return (String::from_utf8_lossy(&answer).into_owned(), false),
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&answer).into_owned(), true),
            Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
        }
    }
}

/// A whole share upload from `from`, answered and closed within ten seconds.
async fn upload_from(from: [u8; 4], relay: SocketAddr) -> String {
    let body = create_request(600, None).body();
    let mut stream = connect_from(from, relay).await;
    let head = share_head(relay, body.len(), "Connection: close\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&body).await.unwrap();
    let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(10)).await;
    assert!(closed, "no complete answer to an upload: {answer}");
    answer
}

/// `GET /healthz` from `from`, with the time it took.
async fn health_from(from: [u8; 4], relay: SocketAddr) -> (String, Duration) {
    let started = Instant::now();
    let mut stream = connect_from(from, relay).await;
    let head = format!("GET /healthz HTTP/1.1\r\nHost: {relay}\r\nConnection: close\r\n\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(closed, "/healthz unanswered: {answer}");
    (answer, started.elapsed())
}

/// 64 MiB declared, not one byte sent.
const DECLARED: usize = 64 * 1024 * 1024;

#[tokio::test]
async fn heads_without_a_body_lock_nobody_out() {
    let relay = relay(|c| {
        c.trusted_proxies = vec![IpAddr::from([127, 0, 0, 1])];
    })
    .await;
    let max = Config::default().max_uploads;
    // As many heads as there are slots, each from its own client behind the proxy.
    let mut idle = Vec::new();
    for i in 0..max {
        let mut stream = connect_from([127, 0, 0, 1], relay.addr).await;
        let forwarded = format!("X-Forwarded-For: 203.0.113.{}\r\n", i + 1);
        let head = share_head(relay.addr, DECLARED, &forwarded);
        stream.write_all(head.as_bytes()).await.unwrap();
        idle.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;

    let started = Instant::now();
    let answer = upload_from([127, 0, 0, 2], relay.addr).await;
    eprintln!(
        "an upload with {max} header-only connections open: {:?}, {}",
        started.elapsed(),
        answer.lines().next().unwrap_or_default()
    );
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    // The heads are still waiting for their bodies, not refused.
    for stream in &mut idle {
        let (answer, closed) = read_until_closed(stream, Duration::from_millis(10)).await;
        assert!(!closed && answer.is_empty(), "{answer}");
    }
}

#[tokio::test]
async fn one_client_has_a_cap_on_uploads_at_once() {
    let relay = relay(|c| c.max_uploads_per_client = 2).await;
    let greedy = [127, 0, 0, 3];
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut stream = connect_from(greedy, relay.addr).await;
        let head = share_head(relay.addr, DECLARED, "");
        stream.write_all(head.as_bytes()).await.unwrap();
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;

    let answer = upload_from(greedy, relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 429"), "{answer}");
    assert!(answer.contains(r#"{"error":"rate_limited"}"#), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("retry-after: 1"),
        "{answer}"
    );
    // Another client is not held back.
    let answer = upload_from([127, 0, 0, 4], relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");

    // A connection that goes away gives its place back.
    drop(held.pop());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let answer = upload_from(greedy, relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
}

#[tokio::test]
async fn a_request_head_that_stalls_is_closed() {
    let timeout = Duration::from_secs(1);
    let relay = relay(|c| c.header_timeout = timeout).await;
    let started = Instant::now();
    let mut partial = connect_from([127, 0, 0, 5], relay.addr).await;
    partial
        .write_all(
            format!(
                "POST /api/shares HTTP/1.1\r\nHost: {}\r\nContent-Le",
                relay.addr
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let mut silent = connect_from([127, 0, 0, 6], relay.addr).await;

    // Meanwhile the relay serves others.
    let (answer, took) = health_from([127, 0, 0, 7], relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(took < Duration::from_millis(500), "/healthz took {took:?}");

    for (what, stream) in [
        ("partial head", &mut partial),
        ("nothing sent", &mut silent),
    ] {
        let (answer, closed) = read_until_closed(stream, Duration::from_secs(5)).await;
        let after = started.elapsed();
        eprintln!(
            "{what}: closed after {after:?}, answer {:?}",
            answer.lines().next()
        );
        assert!(closed, "{what}: still open after {after:?}");
        assert!(
            after >= timeout - Duration::from_millis(100),
            "{what}: closed early"
        );
        assert!(after < timeout * 3, "{what}: closed late ({after:?})");
    }
    let (answer, _) = health_from([127, 0, 0, 7], relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn one_address_has_a_cap_on_connections() {
    let relay = relay(|c| c.max_connections_per_client = Some(3)).await;
    let crowd = [127, 0, 0, 8];
    let mut open = Vec::new();
    for _ in 0..3 {
        open.push(connect_from(crowd, relay.addr).await);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut one_more = connect_from(crowd, relay.addr).await;
    let (_, closed) = read_until_closed(&mut one_more, Duration::from_secs(2)).await;
    assert!(closed, "a fourth connection from one address stays open");
    let (answer, _) = health_from([127, 0, 0, 9], relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // Closing one makes room again.
    drop(open.pop());
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (answer, _) = health_from(crowd, relay.addr).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn shutting_down_finishes_an_upload_under_way() {
    let mut relay = relay(|_| {}).await;
    let body = create_request(600, None).body();
    let mut stream = connect_from([127, 0, 0, 10], relay.addr).await;
    let head = share_head(relay.addr, body.len(), "");
    stream.write_all(head.as_bytes()).await.unwrap();
    let half = body.len() / 2;
    stream.write_all(&body[..half]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    relay.stop.take().unwrap().send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        TcpStream::connect(relay.addr).await.is_err(),
        "a new connection is taken while shutting down"
    );
    assert!(
        !relay.server.is_finished(),
        "stopped before the upload ended"
    );

    stream.write_all(&body[half..]).await.unwrap();
    let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert!(closed, "the connection stays open after shutdown");
    tokio::time::timeout(Duration::from_secs(5), relay.server)
        .await
        .expect("the relay stops once the upload is done")
        .unwrap()
        .unwrap();
}
