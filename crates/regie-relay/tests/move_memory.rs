//! A move's package streams into the store: the relay process's memory does not grow with
//! its size. A 100 MB package is uploaded to the real binary (SQLite) over loopback, and the
//! relay's peak resident memory is read from `/proc`, as `scripts/bench-relay.sh` does for
//! shares.

mod common;

use std::net::SocketAddr;
use std::time::Instant;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::process::RelayProcess;
use common::*;
use http_body_util::BodyExt as _;
use hyper_util::rt::TokioIo;
use regie_core::transfer::{TransferCreated, TRANSFERS_PATH};
use tokio::net::TcpStream;

/// Full STREAM chunks of the package: 1,600 × 64 KiB, about 105 MB.
const CHUNKS: usize = 1_600;

async fn call(addr: SocketAddr, mut req: Request<Body>) -> Option<(StatusCode, Vec<u8>)> {
    req.headers_mut()
        .insert(header::HOST, addr.to_string().parse().unwrap());
    let stream = TcpStream::connect(addr).await.ok()?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .ok()?;
    tokio::spawn(conn);
    let response = sender.send_request(req).await.ok()?;
    let status = response.status();
    let body = response.into_body().collect().await.ok()?.to_bytes();
    Some((status, body.to_vec()))
}

/// An age file of `CHUNKS` full chunks and one short one: a real header, then bytes with the
/// length and the look of ciphertext (what the relay can check without the key).
fn large_package() -> Vec<u8> {
    let small = age_file(b"x");
    // The small file's payload: a 16-byte nonce and one chunk of 1 + 16 bytes.
    let header = &small[..small.len() - 33];
    let payload = 16 + CHUNKS * (64 * 1024 + 16) + 17;
    let mut package = Vec::with_capacity(header.len() + payload);
    package.extend_from_slice(header);
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    while package.len() < header.len() + payload {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        package.extend_from_slice(&state.to_le_bytes());
    }
    package.truncate(header.len() + payload);
    package
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_100_mb_move_does_not_grow_the_relays_memory() {
    let relay = RelayProcess::start(&[("REGIE_RATE_LIMIT_PER_MIN", "0")]);
    let addr = relay.addr;
    let peak_rss = || relay.memory_kib("VmHWM") * 1024;
    let package = large_package();
    let before = peak_rss();
    let upload = Instant::now();
    let (status, body) = call(
        addr,
        post_bytes(TRANSFERS_PATH, "application/octet-stream", package.clone()),
    )
    .await
    .expect("the relay answers");
    assert_eq!(
        status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&body)
    );
    let took = upload.elapsed();
    let after = peak_rss();
    let _: TransferCreated = serde_json::from_slice(&body).unwrap();
    let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
    eprintln!(
        "move of {:.0} MiB stored in {took:.1?}; relay peak RSS {:.1} MiB before, {:.1} MiB after",
        mib(package.len() as u64),
        mib(before),
        mib(after)
    );
    // Held whole, the package alone would add its 100 MiB.
    assert!(
        after < before + 40 * 1024 * 1024,
        "the relay's peak memory grew by {:.1} MiB",
        mib(after - before)
    );
}
