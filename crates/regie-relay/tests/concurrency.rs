//! Many people pressing "open" at once on a share that may be opened once.

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use common::*;
use regie_core::api::{open_path, ShareState};
use regie_relay::{MemoryStore, SqliteStore, Store};

async fn fifty_opens_of_a_single_use_share(store: Arc<dyn Store>) {
    let app = TestApp::new(store);
    let created = app.create(&create_request(600, Some(1))).await;

    // All fifty wait at the barrier, then race.
    let start = Arc::new(tokio::sync::Barrier::new(50));
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let router = app.router.clone();
            let path = open_path(&created.id);
            let start = start.clone();
            tokio::spawn(async move {
                start.wait().await;
                send(&router, post(&path)).await.status
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let gone = statuses
        .iter()
        .filter(|s| **s == StatusCode::NOT_FOUND)
        .count();
    assert_eq!((ok, gone), (1, 49), "{statuses:?}");

    let log = app.log(&created).await;
    assert_eq!(log.opens.len(), 1);
    assert_eq!(log.status, ShareState::Exhausted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_opens_give_exactly_one_with_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    fifty_opens_of_a_single_use_share(Arc::new(store)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_opens_give_exactly_one_in_memory() {
    fifty_opens_of_a_single_use_share(Arc::new(MemoryStore::new())).await;
}
