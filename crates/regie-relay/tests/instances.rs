//! Two relay processes (the real binary) on one PostgreSQL database, as a deployment with
//! several instances runs them: limits, revocation and restarts hold across both.

mod common;

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use http_body_util::BodyExt as _;
use hyper_util::rt::TokioIo;
use regie_core::api::{log_path, open_path, revoke_path, ShareCreated, ShareLog, ShareState};
use tokio::net::TcpStream;

const RELAY: &str = env!("CARGO_BIN_EXE_regie-relay");

/// A relay process; killed when dropped.
struct Relay {
    child: Child,
    addr: SocketAddr,
}

impl Relay {
    async fn start(database_url: &str, statics: &std::path::Path) -> Relay {
        let addr = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap()
        };
        let child = Command::new(RELAY)
            .env("REGIE_DATABASE_URL", database_url)
            .env("REGIE_LISTEN", addr.to_string())
            .env("REGIE_STATIC", statics)
            .env("REGIE_RATE_LIMIT_PER_MIN", "0")
            // Room for every request of the concurrency tests to reach the database at once.
            .env("REGIE_DATABASE_CONNECTIONS", "32")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("start the relay");
        let relay = Relay { child, addr };
        let started = Instant::now();
        loop {
            if let Ok((StatusCode::OK, _)) = relay.try_call(get("/healthz")).await {
                return relay;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "relay did not start"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn try_call(&self, mut req: Request<Body>) -> Result<(StatusCode, Vec<u8>), String> {
        req.headers_mut()
            .insert(header::HOST, self.addr.to_string().parse().unwrap());
        let stream = TcpStream::connect(self.addr)
            .await
            .map_err(|e| e.to_string())?;
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| e.to_string())?;
        tokio::spawn(conn);
        let response = sender.send_request(req).await.map_err(|e| e.to_string())?;
        let status = response.status();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Ok((status, body.to_vec()))
    }

    async fn call(&self, req: Request<Body>) -> (StatusCode, Vec<u8>) {
        self.try_call(req).await.expect("the relay answers")
    }

    async fn create(&self, request: &ShareRequest) -> ShareCreated {
        let (status, body) = self.call(post_share(request.body())).await;
        assert_eq!(
            status,
            StatusCode::CREATED,
            "{}",
            String::from_utf8_lossy(&body)
        );
        serde_json::from_slice(&body).unwrap()
    }

    /// A call as the holder of `created`'s revoke token.
    async fn call_as_holder(
        &self,
        method: axum::http::Method,
        path: &str,
        created: &ShareCreated,
    ) -> (StatusCode, Vec<u8>) {
        self.call(with_token(method, path, &created.revoke_token))
            .await
    }

    async fn log(&self, created: &ShareCreated) -> ShareLog {
        let path = log_path(&created.id);
        let (status, body) = self
            .call_as_holder(axum::http::Method::GET, &path, created)
            .await;
        assert_eq!(status, StatusCode::OK);
        serde_json::from_slice(&body).unwrap()
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_relays_on_one_database_act_as_one() {
    let Some(url) = postgres::fresh_database_url().await else {
        return;
    };
    let statics = static_dir();
    let a = Relay::start(&url, statics.path()).await;
    let b = Relay::start(&url, statics.path()).await;

    // 60 people press "open" at once on a share that opens once, half on each relay.
    let request = create_request(3600, Some(1));
    let single = a.create(&request).await;
    let opens = (0..60).map(|i| {
        let relay = if i % 2 == 0 { &a } else { &b };
        relay.call(post(&open_path(&single.id)))
    });
    let answers = futures_util::future::join_all(opens).await;
    let opened: Vec<_> = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::OK)
        .collect();
    let gone = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::NOT_FOUND)
        .count();
    assert_eq!((opened.len(), gone), (1, 59));
    assert_eq!(opened[0].1, request.content);
    let log = b.log(&single).await;
    assert_eq!((log.status, log.opens.len()), (ShareState::Exhausted, 1));

    // Revoked on one, refused by the other at once.
    let revoked = b.create(&create_request(3600, None)).await;
    assert_eq!(
        b.call(post(&open_path(&revoked.id))).await.0,
        StatusCode::OK
    );
    let (status, _) = a
        .call_as_holder(
            axum::http::Method::POST,
            &revoke_path(&revoked.id),
            &revoked,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        b.call(post(&open_path(&revoked.id))).await.0,
        StatusCode::NOT_FOUND
    );

    // Both restart; nothing is lost.
    let kept_request = create_request(3600, None);
    let kept = a.create(&kept_request).await;
    assert_eq!(b.call(post(&open_path(&kept.id))).await.0, StatusCode::OK);
    drop((a, b));
    let a = Relay::start(&url, statics.path()).await;
    let b = Relay::start(&url, statics.path()).await;
    let (status, body) = b.call(post(&open_path(&kept.id))).await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, kept_request.content.clone())
    );
    assert_eq!(a.log(&kept).await.opens.len(), 2);
    assert_eq!(a.log(&single).await.status, ShareState::Exhausted);
    assert_eq!(b.log(&revoked).await.status, ShareState::Revoked);

    // The operator takes a share down from the command line, while both run.
    let taken = Command::new(RELAY)
        .args(["takedown", &kept.id])
        .env("REGIE_DATABASE_URL", &url)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(taken.status.success(), "{taken:?}");
    for relay in [&a, &b] {
        assert_eq!(
            relay.call(post(&open_path(&kept.id))).await.0,
            StatusCode::NOT_FOUND
        );
    }
    let again = Command::new(RELAY)
        .args(["takedown", "AAAAAAAAAAAAAAAAAAAAAA"])
        .env("REGIE_DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(!again.status.success(), "an unknown id is an error");
}

/// Backends of the test's database waiting on a lock.
async fn waiting_on_locks(db: &tokio_postgres::Client) -> i64 {
    db.query_one(
        "SELECT COUNT(*) FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'",
        &[],
    )
    .await
    .unwrap()
    .get(0)
}

/// Waits (at most 20 s) until `n` backends wait on a lock.
async fn until_waiting(db: &tokio_postgres::Client, n: i64) {
    let started = Instant::now();
    while waiting_on_locks(db).await < n {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "only {} of {n} tries reached the database",
            waiting_on_locks(db).await
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn forty_concurrent_move_codes_on_two_relays_compare_at_most_five_wrong_ones() {
    use regie_core::transfer::{receive_path, ReceiveTransfer, TransferCreated, TRANSFERS_PATH};
    let Some(url) = postgres::fresh_database_url().await else {
        return;
    };
    let statics = static_dir();
    let a = Relay::start(&url, statics.path()).await;
    let b = Relay::start(&url, statics.path()).await;
    let package = age_file(b"the whole dossier");
    let (status, body) = a
        .call(post_bytes(
            TRANSFERS_PATH,
            "application/octet-stream",
            package.clone(),
        ))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let created: TransferCreated = serde_json::from_slice(&body).unwrap();
    let right: u32 = created.code.parse().unwrap();
    // Each relay opens its connections first, so that the tries below do not wait for
    // new ones (slow on a busy machine) while the test holds the row.
    for _ in 0..3 {
        let warm = (0..40).map(|i| {
            let relay = if i % 2 == 0 { &a } else { &b };
            relay.call(post_json(
                &receive_path("AAAAAAAAAAAAAAAAAAAAAA"),
                &ReceiveTransfer {
                    code: "000000".into(),
                },
            ))
        });
        for (status, _) in futures_util::future::join_all(warm).await {
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
    }
    let wrong: Vec<String> = (1..40)
        .map(|i| format!("{:06}", (right + i) % 1_000_000))
        .collect();

    // The test holds the transfer's row, so the tries queue up on it in the order they came:
    // 39 wrong codes, then the right one, half on each relay.
    let (db, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    db.batch_execute("BEGIN").await.unwrap();
    let held = db
        .execute(
            "SELECT 1 FROM transfers WHERE id = $1 FOR UPDATE",
            &[&created.id],
        )
        .await
        .unwrap();
    assert_eq!(held, 1);
    let (a, b) = (std::sync::Arc::new(a), std::sync::Arc::new(b));
    let try_code = |relay: &std::sync::Arc<Relay>, code: String| {
        let (relay, path) = (relay.clone(), receive_path(&created.id));
        tokio::spawn(async move {
            relay
                .call(post_json(&path, &ReceiveTransfer { code }))
                .await
        })
    };
    let wrong_tries: Vec<_> = wrong
        .into_iter()
        .enumerate()
        .map(|(i, code)| try_code(if i % 2 == 0 { &a } else { &b }, code))
        .collect();
    until_waiting(&db, 39).await;
    let right_try = try_code(&b, created.code.clone());
    until_waiting(&db, 40).await;
    db.batch_execute("COMMIT").await.unwrap();

    let mut tries_left = Vec::new();
    let mut gone = 0;
    for answer in futures_util::future::join_all(wrong_tries).await {
        let (status, body) = answer.unwrap();
        match status {
            StatusCode::FORBIDDEN => {
                let wrong: regie_core::transfer::WrongCode = serde_json::from_slice(&body).unwrap();
                tries_left.push(wrong.tries_left);
            }
            StatusCode::NOT_FOUND => gone += 1,
            other => panic!("a wrong code answered {other}"),
        }
    }
    tries_left.sort_unstable();
    assert_eq!(
        tries_left,
        [0, 1, 2, 3, 4],
        "five wrong codes were compared"
    );
    assert_eq!(gone, 34);
    let (status, body) = right_try.await.unwrap();
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the right code after five wrong ones"
    );
    assert_ne!(body, package);
    // Nothing is left of it on either relay.
    for relay in [&a, &b] {
        let (status, _) = relay
            .call(post_json(
                &receive_path(&created.id),
                &ReceiveTransfer {
                    code: created.code.clone(),
                },
            ))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    let left: i64 = db
        .query_one("SELECT COUNT(*) FROM transfers", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
}
