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
