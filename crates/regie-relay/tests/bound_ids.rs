//! Shares under the id the app picked and signed: a fresh id is taken, a used one is refused
//! with 409 `id_taken` (also while its share is stopped or expired but still kept), a
//! malformed one with 400, and an earlier app's upload without one still gets an id of the
//! relay's. The status answer carries what the viewer compares with the signed terms. Each
//! check runs on every store (PostgreSQL when `REGIE_TEST_DATABASE_URL` names one).

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::{create_request, get, post, post_json, post_share, ShareRequest, TestApp, T0};
use regie_core::api::{is_share_id, open_path, share_path, OpenShare, ShareStatus, SHARE_ID_BYTES};
use regie_relay::store::{NewShare, StoreError};
use regie_relay::Store;

fn fresh_id() -> String {
    regie_relay::secrets::random_token::<SHARE_ID_BYTES>().unwrap()
}

fn named(id: &str, request: ShareRequest) -> ShareRequest {
    let mut request = request;
    request.params.id = Some(id.to_owned());
    request
}

/// A share with a code, two openings and a start in ten minutes, under `id`.
fn chosen(id: &str) -> ShareRequest {
    let mut request = named(id, create_request(3600, Some(2)));
    request.params.code = Some("4821".into());
    request.params.starts_in_secs = Some(600);
    request
}

async fn status(app: &TestApp, id: &str) -> ShareStatus {
    let answer = app.send(get(&share_path(id))).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()
}

async fn a_given_id_is_taken_and_the_status_says_what_the_share_is(store: Arc<dyn Store>) {
    let app = TestApp::new(store);
    let id = fresh_id();
    let created = app.create(&chosen(&id)).await;
    assert_eq!(created.id, id, "the relay keeps the app's id");
    let live = status(&app, &id).await;
    assert_eq!(live.max_opens, Some(2));
    assert!(live.code_needed);
    assert_eq!(live.starts_at, Some(T0 + 600_000));
    assert_eq!(live.expires_at, T0 + 600_000 + 3_600_000);
    assert_eq!(created.expires_at, live.expires_at);
    // Without a limit, the status says none.
    let open = fresh_id();
    app.create(&named(&open, create_request(600, None))).await;
    let live = status(&app, &open).await;
    assert_eq!(
        (live.max_opens, live.code_needed, live.starts_at),
        (None, false, None)
    );
    let raw = app.send(get(&share_path(&open))).await.text();
    assert!(!raw.contains("max_opens"), "no limit, no field: {raw}");
}

async fn a_used_id_is_refused_with_409_and_the_first_share_stands(store: Arc<dyn Store>) {
    let app = TestApp::new(store);
    let id = fresh_id();
    let original = named(&id, create_request(3600, Some(1)));
    let created = app.create(&original).await;
    // Someone who opened it uploads its preview and content again under its id, as a
    // 30-day share without a limit.
    let mut again = named(&id, create_request(30 * 86_400, None));
    again.preview = original.preview.clone();
    again.content = common::age_file(b"other content");
    let answer = app.send(post_share(again.body())).await;
    answer.assert_error(StatusCode::CONFLICT, "id_taken");
    // The first share is as it was: its limit, its end, its content.
    let live = status(&app, &id).await;
    assert_eq!(live.max_opens, Some(1));
    assert_eq!(live.expires_at, created.expires_at);
    let opened = app.send(post(&open_path(&id))).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(opened.body, original.content);
    // Stopped, its id stays taken while the relay keeps its log.
    assert_eq!(
        app.revoke(&id, &created.revoke_token).await.status,
        StatusCode::NO_CONTENT
    );
    app.send(post_share(again.body()))
        .await
        .assert_error(StatusCode::CONFLICT, "id_taken");
    // And after it expired.
    app.clock.advance(std::time::Duration::from_secs(2 * 3600));
    app.send(post_share(again.body()))
        .await
        .assert_error(StatusCode::CONFLICT, "id_taken");
}

async fn a_malformed_id_is_refused_with_400(store: Arc<dyn Store>) {
    let app = TestApp::new(store);
    let good = fresh_id();
    for bad in [
        "".to_owned(),
        "short".to_owned(),
        format!("{}+", &good[..21]),
        good[..21].to_owned(),
        format!("{good}A"),
        "../../../../etc/passwd".to_owned(),
        URL_SAFE_NO_PAD.encode([7u8; 17]),
    ] {
        let answer = app
            .send(post_share(named(&bad, create_request(600, None)).body()))
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad:?}");
        assert!(answer.text().contains(r#""error":"invalid""#), "{bad:?}");
    }
    // Nothing was kept under the good id's neighbours: the status of each is a 404.
    assert_eq!(
        app.send(get(&share_path(&good))).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn an_earlier_app_without_an_id_still_gets_one(store: Arc<dyn Store>) {
    let app = TestApp::new(store);
    let first = app.create(&create_request(600, None)).await;
    let second = app.create(&create_request(600, None)).await;
    assert!(is_share_id(&first.id) && is_share_id(&second.id));
    assert_ne!(first.id, second.id);
    // A share with a code opens with it under the id the relay picked.
    let mut coded = create_request(600, None);
    coded.params.code = Some("1234".into());
    let created = app.create(&coded).await;
    let code = OpenShare {
        code: Some("1234".into()),
    };
    let answer = app.send(post_json(&open_path(&created.id), &code)).await;
    assert_eq!(answer.status, StatusCode::OK);
}

/// Of many uploads starting a share under one id at the same moment, one gets it.
async fn concurrent_starts_under_one_id_give_exactly_one(store: Arc<dyn Store>) {
    let id = fresh_id();
    let start = Arc::new(tokio::sync::Barrier::new(16));
    let tasks: Vec<_> = (0..16u8)
        .map(|n| {
            let (store, id, start) = (store.clone(), id.clone(), start.clone());
            tokio::spawn(async move {
                let share = NewShare {
                    id,
                    token_hash: [n; 32],
                    created_at: T0,
                    expires_at: T0 + 3_600_000,
                    max_opens: Some(u32::from(n) + 1),
                    preview: vec![n; 8],
                    content_bytes: 8,
                    code: None,
                    starts_at: None,
                    replies: false,
                };
                start.wait().await;
                store.begin_share(share, None).await
            })
        })
        .collect();
    let mut taken = 0;
    let mut refused = 0;
    for task in tasks {
        match task.await.expect("task") {
            Ok(()) => taken += 1,
            Err(StoreError::DuplicateId) => refused += 1,
            Err(other) => panic!("{other}"),
        }
    }
    assert_eq!((taken, refused), (1, 15));
}

macro_rules! on_every_store {
    ($($check:ident),* $(,)?) => {
        on_every_store!(@backend memory; $($check),*);
        on_every_store!(@backend sqlite_on_disk; $($check),*);
        on_every_store!(@backend postgres; $($check),*);
    };
    (@backend $backend:ident; $($check:ident),*) => {
        mod $backend {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $check() {
                    let Some((store, _dir)) = crate::common::backends::$backend().await else {
                        return;
                    };
                    super::$check(store).await;
                }
            )*
        }
    };
}

on_every_store!(
    a_given_id_is_taken_and_the_status_says_what_the_share_is,
    a_used_id_is_refused_with_409_and_the_first_share_stands,
    a_malformed_id_is_refused_with_400,
    an_earlier_app_without_an_id_still_gets_one,
    concurrent_starts_under_one_id_give_exactly_one,
);
