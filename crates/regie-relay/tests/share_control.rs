//! The client's control over a share, through the API: a spoken code (right, wrong, five
//! wrong), a start later than now, and stopping a used-up share that a viewer still holds.
//! The same rules on every store are in `store_contract.rs`.

mod common;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use common::{
    create_request, get, post, post_bytes, post_json, with_token, ShareRequest, TestApp, T0,
};
use regie_core::api::{
    open_path, share_path, CodeRefused, ErrorCode, NotYet, OpenShare, ShareCreated, ShareState,
    ShareStatus,
};
use regie_relay::MemoryStore;

fn app() -> TestApp {
    TestApp::new(Arc::new(MemoryStore::new()))
}

fn with_code(code: &str) -> ShareRequest {
    let mut request = create_request(3600, None);
    request.params.code = Some(code.to_owned());
    request
}

fn try_code(id: &str, code: &str) -> axum::http::Request<axum::body::Body> {
    post_json(
        &open_path(id),
        &OpenShare {
            code: Some(code.to_owned()),
        },
    )
}

async fn status(app: &TestApp, created: &ShareCreated) -> ShareStatus {
    let answer = app.send(get(&share_path(&created.id))).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()
}

#[tokio::test]
async fn the_right_code_opens_and_a_wrong_one_says_how_many_tries_are_left() {
    let app = app();
    let request = with_code("4821");
    let created = app.create(&request).await;
    let live = status(&app, &created).await;
    assert!(live.code_needed);
    assert_eq!(live.tries_left, Some(5));
    // The status never holds the code or its hash.
    let raw = app.send(get(&share_path(&created.id))).await.text();
    assert!(!raw.contains("4821"), "{raw}");

    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let refused: CodeRefused = answer.json();
    assert_eq!(
        (refused.error, refused.tries_left),
        (ErrorCode::CodeNeeded, 5)
    );

    let answer = app.send(try_code(&created.id, "1234")).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(answer.text(), r#"{"error":"wrong_code","tries_left":4}"#);
    assert_eq!(status(&app, &created).await.tries_left, Some(4));

    let answer = app.send(try_code(&created.id, "4821")).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.body, request.content);
    let log = app.log(&created).await;
    assert_eq!((log.status, log.opens.len()), (ShareState::Active, 1));
}

#[tokio::test]
async fn five_wrong_codes_end_the_share_and_the_client_sees_it_blocked() {
    let app = app();
    let created = app.create(&with_code("482193")).await;
    for left in (0..5).rev() {
        let answer = app.send(try_code(&created.id, "000000")).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        let refused: CodeRefused = answer.json();
        assert_eq!(
            (refused.error, refused.tries_left),
            (ErrorCode::WrongCode, left)
        );
    }
    // Gone for everyone, the right code included.
    app.assert_gone(&created.id).await;
    app.send(try_code(&created.id, "482193"))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    assert_eq!(app.log(&created).await.status, ShareState::Blocked);
    let log = app
        .send(with_token(
            Method::GET,
            &regie_core::api::log_path(&created.id),
            &created.revoke_token,
        ))
        .await;
    assert!(
        log.text().contains(r#""status":"blocked""#),
        "{}",
        log.text()
    );
}

#[tokio::test]
async fn a_code_in_the_address_is_ignored_and_bad_codes_cost_no_try() {
    let app = app();
    let created = app.create(&with_code("4821")).await;
    let path = open_path(&created.id);
    // In the query string: not read, so the share still asks for its code.
    let answer = app.send(post(&format!("{path}?code=4821"))).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(answer.json::<CodeRefused>().error, ErrorCode::CodeNeeded);
    for bad in ["1234567", "12a4", "123", "", "１２３４", " 4821"] {
        let answer = app.send(try_code(&created.id, bad)).await;
        assert_eq!(
            answer.status,
            StatusCode::BAD_REQUEST,
            "{bad:?}: {}",
            answer.text()
        );
    }
    let answer = app
        .send(post_bytes(
            &path,
            "application/json",
            br#"{"code":4821}"#.to_vec(),
        ))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let answer = app
        .send(post_bytes(&path, "application/json", b"not json".to_vec()))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    // An overlong body is not read at all.
    let long = format!(r#"{{"code":"4821","x":"{}"}}"#, "9".repeat(100_000));
    let answer = app
        .send(post_bytes(&path, "application/json", long.into_bytes()))
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(status(&app, &created).await.tries_left, Some(5));
    assert_eq!(
        app.send(try_code(&created.id, "4821")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn uploads_with_a_bad_code_or_a_far_start_are_refused() {
    let app = app();
    for code in ["123", "1234567", "12 34", "abcd"] {
        let answer = app.send(common::post_share(with_code(code).body())).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{code:?}");
    }
    let mut far = create_request(600, None);
    far.params.starts_in_secs = Some(regie_core::api::MAX_STARTS_IN_SECS + 1);
    let answer = app.send(common::post_share(far.body())).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
}

#[tokio::test]
async fn a_share_for_later_refuses_until_its_start() {
    let app = app();
    let mut request = with_code("4821");
    request.params.starts_in_secs = Some(86_400);
    request.params.expires_in_secs = 3600;
    let created = app.create(&request).await;
    let start = T0 + 86_400_000;
    // The hour counts from the start, not from the upload.
    assert_eq!(created.expires_at, start + 3_600_000);
    let live = status(&app, &created).await;
    assert_eq!(live.starts_at, Some(start));
    for code in ["4821", "0000"] {
        let answer = app.send(try_code(&created.id, code)).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        let not_yet: NotYet = answer.json();
        assert_eq!(
            (not_yet.error, not_yet.starts_at),
            (ErrorCode::NotYet, start)
        );
    }
    assert_eq!(
        status(&app, &created).await.tries_left,
        Some(5),
        "no try used"
    );
    app.clock.set(start);
    let answer = app.send(try_code(&created.id, "4821")).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    app.clock.set(start + 3_600_000);
    app.assert_gone(&created.id).await;
}

#[tokio::test]
async fn a_used_up_share_can_be_stopped_and_its_viewer_learns_it() {
    let app = app();
    let created = app.create(&create_request(3600, Some(1))).await;
    assert!(!status(&app, &created).await.used_up);
    assert_eq!(
        app.send(post(&open_path(&created.id))).await.status,
        StatusCode::OK
    );
    // Used up but standing: the open viewer's status check still finds it.
    app.clock.advance(Duration::from_secs(5));
    assert!(status(&app, &created).await.used_up);
    app.send(post(&open_path(&created.id)))
        .await
        .assert_error(StatusCode::NOT_FOUND, "gone");
    assert_eq!(app.log(&created).await.status, ShareState::Exhausted);
    let answer = app.revoke(&created.id, &created.revoke_token).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    // Stopped: the status answers gone, and the viewer wipes what it shows.
    app.assert_gone(&created.id).await;
    assert_eq!(app.log(&created).await.status, ShareState::Revoked);
}

#[tokio::test]
async fn an_earlier_apps_upload_and_opening_still_work() {
    let app = app();
    // The head of an upload made before codes and starts existed.
    let request = create_request(600, None);
    let created = app.create(&request).await;
    assert_eq!(created.expires_at, T0 + 600_000);
    let raw = app.send(get(&share_path(&created.id))).await.text();
    assert!(
        !raw.contains("code_needed") && !raw.contains("starts_at"),
        "{raw}"
    );
    let answer = app.send(post(&open_path(&created.id))).await;
    assert_eq!(answer.body, request.content);
}
