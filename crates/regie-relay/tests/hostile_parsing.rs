//! Hand-made age headers that used to cost the relay seconds of CPU each, sent as an attacker
//! on the open internet would: the real relay binary, SQLite, default limits, raw TCP with
//! the body in 256-byte pieces, eight at once, while `/healthz` is asked every few
//! milliseconds. The relay's CPU is read from `/proc/<pid>/stat`.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use common::process::RelayProcess;
use common::*;
use regie_core::api::{
    open_path, raw_share_body, replies_path, CreateShareParams, ShareCreated, MAX_REPLY_BYTES,
    RAW_SHARE_TYPE, SHARES_PATH, VIEWER_TOKEN_HEADER,
};
use regie_core::transfer::TRANSFERS_PATH;

/// Uploads sent at once to each route.
const AT_ONCE: usize = 8;
/// The pieces the bodies are sent in.
const PIECE: usize = 256;
/// No single request of this test waits longer for an answer: it stops by itself.
const PATIENCE: Duration = Duration::from_secs(20);

/// The header: one argument line of `len` bytes that never ends.
fn hostile_header(len: usize) -> Vec<u8> {
    let mut file = b"age-encryption.org/v1\n-> X25519 ".to_vec();
    file.extend(std::iter::repeat_n(b'A', len));
    file
}

/// Request headers, by name.
type Headers = Vec<(&'static str, String)>;

struct Answer {
    status: u16,
    head: String,
    body: Vec<u8>,
}

fn head_of(method: &str, path: &str, headers: &[(&str, String)], len: usize) -> Vec<u8> {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: relay\r\nConnection: close\r\nContent-Length: {len}\r\n"
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head.into_bytes()
}

fn parse_answer(raw: &[u8]) -> Option<Answer> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some(Answer {
        status,
        head,
        body: raw[end + 4..].to_vec(),
    })
}

/// One request in one piece, on a connection of its own.
fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> Option<Answer> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut request = head_of(method, path, headers, body.len());
    request.extend_from_slice(body);
    stream.write_all(&request).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    parse_answer(&raw)
}

/// An upload whose body goes out in 256-byte pieces, each on its own; the answer is read as
/// soon as the relay gives it, also while the body is still being sent.
fn trickle(
    addr: SocketAddr,
    path: &str,
    headers: Vec<(&str, String)>,
    body: Vec<u8>,
) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_nodelay(true).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.set_write_timeout(Some(PATIENCE)).unwrap();
    let mut reader = stream.try_clone().unwrap();
    let answered = Arc::new(AtomicBool::new(false));
    let read = {
        let answered = answered.clone();
        thread::spawn(move || {
            let mut raw = Vec::new();
            let _ = reader.read_to_end(&mut raw);
            answered.store(true, Ordering::SeqCst);
            parse_answer(&raw).map_or(0, |a| a.status)
        })
    };
    let sent = (|| {
        stream.write_all(&head_of("POST", path, &headers, body.len()))?;
        for piece in body.chunks(PIECE) {
            if answered.load(Ordering::SeqCst) {
                break;
            }
            stream.write_all(piece)?;
            thread::sleep(Duration::from_micros(500));
        }
        std::io::Result::Ok(())
    })();
    let status = read.join().unwrap();
    let _ = stream.shutdown(Shutdown::Both);
    // No answer and the body went out whole: the relay kept it past all patience.
    (status != 0 || sent.is_err()).then_some(status)
}

/// Asks `/healthz` every few milliseconds, each time on a new connection, until told to stop:
/// the longest wait for an answer, and how many answers came.
fn poll_health(addr: SocketAddr, stop: Arc<AtomicBool>) -> (Duration, usize) {
    let mut longest = Duration::ZERO;
    let mut answers = 0;
    while !stop.load(Ordering::SeqCst) {
        let asked = Instant::now();
        let answer = call(addr, "GET", "/healthz", &[], b"");
        // No answer counts as waiting for ever.
        let took = match answer.map(|a| a.status) {
            Some(200) => asked.elapsed(),
            _ => Duration::MAX,
        };
        longest = longest.max(took);
        answers += 1;
        thread::sleep(Duration::from_millis(3));
    }
    (longest, answers)
}

/// A share that takes replies, and a viewer token for it.
fn share_with_viewer(addr: SocketAddr) -> (String, String) {
    let params = CreateShareParams {
        expires_in_secs: 3600,
        replies: true,
        ..CreateShareParams::default()
    };
    let body = raw_share_body(&params, &age_file(b"Anna"), &age_file(b"the sections"));
    let created = call(addr, "POST", SHARES_PATH, &[raw()], &body).unwrap();
    assert_eq!(created.status, 201, "{}", created.head);
    let created: ShareCreated = serde_json::from_slice(&created.body).unwrap();
    let opened = call(addr, "POST", &open_path(&created.id), &[], b"").unwrap();
    assert_eq!(opened.status, 200, "{}", opened.head);
    let token = opened
        .head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case(VIEWER_TOKEN_HEADER)
                .then(|| value.trim().to_owned())
        })
        .expect("a viewer token");
    (created.id, token)
}

fn raw() -> (&'static str, String) {
    ("Content-Type", RAW_SHARE_TYPE.to_owned())
}

#[test]
fn eight_slow_parsed_headers_cost_little_cpu_and_healthz_keeps_answering() {
    // Each attacking connection comes as a client of its own, as from the internet:
    // per-client limits do not hide the parsing.
    let relay = RelayProcess::start(&[("REGIE_TRUSTED_PROXY", "127.0.0.1")]);
    let addr = relay.addr;
    let (share, viewer) = share_with_viewer(addr);
    let preview = age_file(b"Anna");
    let share_params = CreateShareParams {
        expires_in_secs: 3600,
        ..CreateShareParams::default()
    };
    // A reply is read no further than its cap, so its header fills exactly that.
    let reply = hostile_header(MAX_REPLY_BYTES - 32);
    assert_eq!(reply.len(), MAX_REPLY_BYTES);
    let routes: [(&str, String, Headers, Vec<u8>); 3] = [
        (
            "moves",
            TRANSFERS_PATH.to_owned(),
            vec![raw()],
            hostile_header(65_000),
        ),
        (
            "shares",
            SHARES_PATH.to_owned(),
            vec![raw()],
            raw_share_body(&share_params, &preview, &hostile_header(65_000)),
        ),
        (
            "replies",
            replies_path(&share),
            vec![raw(), ("Authorization", format!("Bearer {viewer}"))],
            reply,
        ),
    ];

    let stop = Arc::new(AtomicBool::new(false));
    let health = {
        let stop = stop.clone();
        thread::spawn(move || poll_health(addr, stop))
    };
    let mut refusals = Vec::new();
    let before = relay.cpu_secs();
    for (group, (what, path, headers, body)) in routes.into_iter().enumerate() {
        let cpu = relay.cpu_secs();
        let started = Instant::now();
        let uploads: Vec<_> = (0..AT_ONCE)
            .map(|i| {
                let (path, body) = (path.clone(), body.clone());
                let mut headers = headers.clone();
                headers.push(("X-Forwarded-For", format!("203.0.{group}.{}", i + 1)));
                thread::spawn(move || trickle(addr, &path, headers, body))
            })
            .collect();
        let statuses: Vec<Option<u16>> = uploads.into_iter().map(|u| u.join().unwrap()).collect();
        let spent = relay.cpu_secs() - cpu;
        eprintln!(
            "{what}: {AT_ONCE} hostile uploads answered {statuses:?} in {:?}, relay CPU {spent:.2} s",
            started.elapsed()
        );
        refusals.push((what, statuses));
    }
    let total = relay.cpu_secs() - before;
    stop.store(true, Ordering::SeqCst);
    let (longest, answers) = health.join().unwrap();
    eprintln!(
        "relay CPU for all {} hostile uploads: {total:.2} s; /healthz answered {answers} times, \
         the slowest in {longest:?}",
        3 * AT_ONCE
    );
    for (what, statuses) in refusals {
        for status in statuses {
            // Refused as no age file; 0: the relay cut the connection after its answer.
            assert!(matches!(status, Some(400 | 0)), "{what}: {status:?}");
        }
    }
    assert!(
        total < 0.5,
        "the hostile headers cost the relay {total:.2} s of CPU"
    );
    assert!(
        longest < Duration::from_millis(100),
        "/healthz took {longest:?}"
    );
}
