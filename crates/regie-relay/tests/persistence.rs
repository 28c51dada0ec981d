//! Shares survive a restart of the relay.

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use common::*;
use regie_core::api::open_path;
use regie_relay::SqliteStore;

#[tokio::test]
async fn a_share_created_before_a_restart_opens_after_it() {
    let data = tempfile::tempdir().unwrap();
    // The data folder is created when missing.
    let data_dir = data.path().join("nested").join("regie-data");
    let request = create_request(3600, Some(2));

    let created = {
        let app = TestApp::new(Arc::new(SqliteStore::open_in_dir(&data_dir).unwrap()));
        let created = app.create(&request).await;
        assert_eq!(
            app.send(post(&open_path(&created.id))).await.status,
            StatusCode::OK
        );
        created
        // The app and its store are dropped here: the "process" ends.
    };

    let app = TestApp::new(Arc::new(SqliteStore::open_in_dir(&data_dir).unwrap()));
    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, request.content.clone());
    // The open count survived too: this was the second and last opening.
    assert_eq!(
        app.send(post(&open_path(&created.id))).await.status,
        StatusCode::NOT_FOUND
    );
    let log = app.log(&created).await;
    assert_eq!(log.opens.len(), 2);
}
