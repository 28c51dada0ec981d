//! One contract, every backend: each check below runs against SQLite (on disk and in
//! memory), PostgreSQL and the in-memory map.

mod common;

use common::read_all;
use regie_core::api::{MAX_LOGGED_OPENS, MAX_REPLIES_PER_SHARE, MAX_VIEWERS_PER_SHARE};
use regie_relay::secrets::share_code_hash;
use regie_relay::store::{
    create_share, CodeLock, Content, DailyCharge, NewReply, NewShare, Opened, Opening, Posting,
    PurgeReport, ShareState, Store, StoreError, TokenHash, LOG_RETENTION_MS, UPLOAD_GRACE_MS,
};
use regie_relay::SqliteStore;

const T0: i64 = 1_767_225_600_000;
const HOUR: i64 = 3_600_000;
const TOKEN: TokenHash = [1; 32];
const OTHER_TOKEN: TokenHash = [2; 32];

fn share(id: &str, max_opens: Option<u32>) -> NewShare {
    NewShare {
        id: id.to_owned(),
        token_hash: TOKEN,
        created_at: T0,
        expires_at: T0 + HOUR,
        max_opens,
        preview: b"preview ciphertext".to_vec(),
        content_bytes: 0,
        code: None,
        starts_at: None,
        replies: false,
    }
}

async fn create(store: &dyn Store, share: NewShare) -> Result<(), StoreError> {
    create_share(store, share, b"content ciphertext".to_vec()).await
}

async fn create_then_status(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    let live = store.status("a", T0).await.unwrap().unwrap();
    assert_eq!(live.expires_at, T0 + HOUR);
    assert_eq!(live.preview, b"preview ciphertext");
    assert!(store.status("unknown", T0).await.unwrap().is_none());
}

async fn duplicate_ids_are_refused(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    assert!(matches!(
        create(store, share("a", None)).await,
        Err(StoreError::DuplicateId)
    ));
}

async fn open_counts_and_logs(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    assert_eq!(
        opened(store, "a", T0 + 1).await.unwrap(),
        b"content ciphertext"
    );
    assert!(store.open("a", T0 + 2).await.unwrap().is_some());
    assert!(store.open("unknown", T0).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 3).await.unwrap().unwrap();
    assert_eq!(log.opens, vec![T0 + 1, T0 + 2]);
    assert_eq!(log.status, ShareState::Active);
    assert_eq!(log.max_opens, None);
    assert_eq!(log.expires_at, T0 + HOUR);
}

async fn status_does_not_count(store: &dyn Store) {
    create(store, share("a", Some(1))).await.unwrap();
    for _ in 0..5 {
        assert!(store.status("a", T0).await.unwrap().is_some());
    }
    assert!(store.open("a", T0).await.unwrap().is_some());
}

async fn open_limit_is_exact_and_keeps_the_preview(store: &dyn Store) {
    create(store, share("a", Some(3))).await.unwrap();
    for i in 0..3 {
        assert!(
            store.open("a", T0 + i).await.unwrap().is_some(),
            "opening {i}"
        );
    }
    assert!(store.open("a", T0 + 3).await.unwrap().is_none());
    // Used up, yet a running viewer still sees the share is alive.
    assert!(store.status("a", T0 + 4).await.unwrap().is_some());
    let log = store.log("a", &TOKEN, T0 + 5).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Exhausted);
    assert_eq!(log.opens.len(), 3);
    // After expiry the state says so.
    let log = store.log("a", &TOKEN, T0 + HOUR).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Expired);
}

async fn expiry_is_enforced_at_read_time(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    assert!(store.status("a", T0 + HOUR - 1).await.unwrap().is_some());
    assert!(store.status("a", T0 + HOUR).await.unwrap().is_none());
    assert!(store.open("a", T0 + HOUR).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + HOUR).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Expired);
    assert!(log.opens.is_empty());
}

async fn revoke_needs_the_token_and_is_idempotent(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    store.open("a", T0).await.unwrap();
    assert!(!store.revoke("a", &OTHER_TOKEN, T0).await.unwrap());
    assert!(!store.revoke("unknown", &TOKEN, T0).await.unwrap());
    assert!(store.open("a", T0).await.unwrap().is_some());
    assert!(store.revoke("a", &TOKEN, T0 + 10).await.unwrap());
    assert!(store.revoke("a", &TOKEN, T0 + 20).await.unwrap());
    assert!(store.status("a", T0 + 30).await.unwrap().is_none());
    assert!(store.open("a", T0 + 30).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 30).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Revoked);
    assert_eq!(log.opens.len(), 2);
    // Revocation outlives expiry in the log.
    let log = store
        .log("a", &TOKEN, T0 + 2 * HOUR)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(log.status, ShareState::Revoked);
}

async fn revoking_an_expired_share_keeps_it_expired(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    assert!(store.revoke("a", &TOKEN, T0 + HOUR).await.unwrap());
    let log = store.log("a", &TOKEN, T0 + HOUR).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Expired);
}

async fn the_log_needs_the_token(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    assert!(store.log("a", &OTHER_TOKEN, T0).await.unwrap().is_none());
    assert!(store.log("unknown", &TOKEN, T0).await.unwrap().is_none());
}

async fn purge_drops_ciphertext_then_rows(store: &dyn Store) {
    create(store, share("expiring", None)).await.unwrap();
    create(
        store,
        NewShare {
            expires_at: T0 + 2 * HOUR,
            ..share("later", None)
        },
    )
    .await
    .unwrap();
    store.open("expiring", T0).await.unwrap();

    assert_eq!(store.purge(T0).await.unwrap(), PurgeReport::default());
    let report = store.purge(T0 + HOUR).await.unwrap();
    assert_eq!(
        report,
        PurgeReport {
            emptied: 1,
            ..PurgeReport::default()
        }
    );
    // Nothing left to empty a second time.
    assert_eq!(
        store.purge(T0 + HOUR).await.unwrap(),
        PurgeReport::default()
    );
    // The log survives the ciphertext, for the client to read.
    let log = store
        .log("expiring", &TOKEN, T0 + HOUR)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(log.opens, vec![T0]);
    assert!(store.status("later", T0 + HOUR).await.unwrap().is_some());

    let gone_at = T0 + HOUR + LOG_RETENTION_MS;
    // Past retention the row is as good as gone, even before the purge runs.
    assert!(store
        .log("expiring", &TOKEN, gone_at)
        .await
        .unwrap()
        .is_none());
    assert!(!store.revoke("expiring", &TOKEN, gone_at).await.unwrap());
    let report = store.purge(gone_at).await.unwrap();
    assert_eq!(
        report,
        PurgeReport {
            emptied: 1,
            deleted: 1,
            ..PurgeReport::default()
        }
    );
    assert!(store.log("later", &TOKEN, gone_at).await.unwrap().is_some());
}

async fn purge_leaves_live_shares_alone(store: &dyn Store) {
    create(store, share("a", Some(2))).await.unwrap();
    store.open("a", T0).await.unwrap();
    store.purge(T0 + 1).await.unwrap();
    assert!(store.open("a", T0 + 2).await.unwrap().is_some());
}

async fn concurrent_opens_never_exceed_the_limit(store: &dyn Store) {
    create(store, share("a", Some(5))).await.unwrap();
    let opens = (0..64).map(|_| store.open("a", T0));
    let opened = futures_util::future::join_all(opens).await;
    let total = opened
        .into_iter()
        .filter(|o| o.as_ref().unwrap().is_some())
        .count();
    assert_eq!(total, 5);
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(log.opens.len(), 5);
}

async fn uploads_are_served_only_once_finished(store: &dyn Store) {
    let begun = NewShare {
        content_bytes: 6,
        ..share("a", None)
    };
    store.begin_share(begun, None).await.unwrap();
    store.add_chunk("a", 0, b"abc".to_vec()).await.unwrap();
    assert!(store.status("a", T0).await.unwrap().is_none());
    assert!(store.open("a", T0).await.unwrap().is_none());
    store.add_chunk("a", 1, b"def".to_vec()).await.unwrap();
    store.finish_share("a").await.unwrap();
    // A finished share takes no more chunks.
    store.add_chunk("a", 2, b"ghi".to_vec()).await.unwrap();
    assert_eq!(opened(store, "a", T0).await.unwrap(), b"abcdef");
}

async fn discarded_and_abandoned_uploads_leave_nothing(store: &dyn Store) {
    store.begin_share(share("a", None), None).await.unwrap();
    store.add_chunk("a", 0, b"abc".to_vec()).await.unwrap();
    store.discard_share("a").await.unwrap();
    // The id is free again: nothing of it is left.
    store.begin_share(share("a", None), None).await.unwrap();
    store.begin_share(share("b", None), None).await.unwrap();
    let report = store.purge(T0 + UPLOAD_GRACE_MS).await.unwrap();
    assert_eq!(report.deleted, 2);
    create(store, share("b", None)).await.unwrap();
    // A finished share is never discarded as an upload.
    store.discard_share("b").await.unwrap();
    assert!(store.open("b", T0).await.unwrap().is_some());
}

async fn the_quota_counts_what_is_held(store: &dyn Store) {
    let sized = |id: &str, bytes: u64, max_opens| NewShare {
        content_bytes: bytes,
        ..share(id, max_opens)
    };
    store
        .begin_share(sized("a", 60, Some(1)), Some(100))
        .await
        .unwrap();
    assert!(matches!(
        store.begin_share(sized("b", 41, None), Some(100)).await,
        Err(StoreError::QuotaFull)
    ));
    store
        .begin_share(sized("c", 40, None), Some(100))
        .await
        .unwrap();
    store.add_chunk("a", 0, vec![1; 60]).await.unwrap();
    store.finish_share("a").await.unwrap();
    store.finish_share("c").await.unwrap();
    // A used-up share keeps its content for its viewers, and its bytes still count.
    assert!(store.open("a", T0).await.unwrap().is_some());
    assert!(matches!(
        store.begin_share(sized("b", 1, None), Some(100)).await,
        Err(StoreError::QuotaFull)
    ));
    // A revoke frees its share's bytes.
    assert!(store.revoke("a", &TOKEN, T0).await.unwrap());
    store
        .begin_share(sized("b", 41, None), Some(100))
        .await
        .unwrap();
    store.discard_share("b").await.unwrap();
    assert!(store.revoke("c", &TOKEN, T0).await.unwrap());
    store
        .begin_share(sized("d", 100, None), Some(100))
        .await
        .unwrap();
}

async fn a_client_is_charged_up_to_its_limit_per_day(store: &dyn Store) {
    let (anna, bert) = ([1; 32], [2; 32]);
    let charge = |client, day, bytes| {
        store.charge_client(DailyCharge {
            client,
            day,
            bytes,
            limit: 100,
        })
    };
    assert!(charge(anna, 1, 60).await.unwrap());
    assert!(!charge(anna, 1, 41).await.unwrap());
    assert!(charge(anna, 1, 40).await.unwrap());
    assert!(!charge(anna, 1, 1).await.unwrap());
    assert!(charge(bert, 1, 100).await.unwrap());
    assert!(!charge(bert, 2, 101).await.unwrap());
    // A new day, a new allowance.
    assert!(charge(anna, 2, 100).await.unwrap());
}

async fn the_operator_takes_a_share_down_by_id(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    assert!(store.take_down("a", T0).await.unwrap());
    assert!(store.open("a", T0).await.unwrap().is_none());
    assert!(store.status("a", T0).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Revoked);
    assert!(!store.take_down("unknown", T0).await.unwrap());
}

async fn the_log_is_capped(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    for i in 0..MAX_LOGGED_OPENS as i64 + 5 {
        assert!(store.open("a", T0 + i).await.unwrap().is_some());
    }
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(log.opens.len(), MAX_LOGGED_OPENS);
    assert_eq!(log.opens[0], T0);
}

/// A share that opens only with the code "4821".
fn coded(id: &str, max_opens: Option<u32>) -> NewShare {
    let salt = [5; 16];
    NewShare {
        code: Some(CodeLock {
            salt,
            hash: share_code_hash(&salt, "4821"),
        }),
        ..share(id, max_opens)
    }
}

/// The counted opening of share `id` made by `create`.
fn content(id: &str) -> Opening {
    Opening::Content(Content {
        id: id.into(),
        chunks: 1,
        len: 18,
        first: b"content ciphertext".to_vec(),
    })
}

/// An opening's content, read whole.
async fn opened(store: &dyn Store, id: &str, now: i64) -> Option<Vec<u8>> {
    let content = store.open(id, now).await.unwrap()?;
    Some(read_all(store, content, now).await)
}

async fn the_right_code_opens_and_wrong_ones_count_down(store: &dyn Store) {
    create(store, coded("a", None)).await.unwrap();
    let live = store.status("a", T0).await.unwrap().unwrap();
    assert!(live.code_needed);
    assert_eq!(live.tries_left, Some(5));
    // No code: refused, and no try used.
    assert_eq!(
        store.open_with("a", None, T0).await.unwrap(),
        Opening::CodeNeeded { tries_left: 5 }
    );
    assert_eq!(store.open("a", T0).await.unwrap(), None);
    assert_eq!(
        store.open_with("a", Some("1111"), T0).await.unwrap(),
        Opening::WrongCode { tries_left: 4 }
    );
    assert_eq!(
        store.open_with("a", Some("4821"), T0).await.unwrap(),
        content("a")
    );
    // A right code does not give the tries back, and wrong ones go on counting.
    assert_eq!(
        store.open_with("a", Some("48210"), T0).await.unwrap(),
        Opening::WrongCode { tries_left: 3 }
    );
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!((log.status, log.opens.len()), (ShareState::Active, 1));
    // A share without a code ignores one.
    create(store, share("b", None)).await.unwrap();
    assert!(!store.status("b", T0).await.unwrap().unwrap().code_needed);
    assert_eq!(
        store.open_with("b", Some("0000"), T0).await.unwrap(),
        content("b")
    );
}

async fn the_fifth_wrong_code_blocks_the_share_for_good(store: &dyn Store) {
    create(store, coded("a", None)).await.unwrap();
    for left in (0..5).rev() {
        assert_eq!(
            store.open_with("a", Some("0000"), T0).await.unwrap(),
            Opening::WrongCode { tries_left: left }
        );
    }
    // Gone, even with the right code; its preview with it.
    assert_eq!(
        store.open_with("a", Some("4821"), T0).await.unwrap(),
        Opening::Gone
    );
    assert!(store.status("a", T0).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Blocked);
    // The client's revoke still answers, and the list still says why it ended.
    assert!(store.revoke("a", &TOKEN, T0).await.unwrap());
    let log = store.log("a", &TOKEN, T0 + 1).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Blocked);
}

async fn concurrent_guesses_never_pass_five(store: &dyn Store) {
    create(store, coded("a", None)).await.unwrap();
    let guesses = (0..40).map(|i| {
        let guess = format!("{:04}", 1000 + i);
        async move { store.open_with("a", Some(&guess), T0).await.unwrap() }
    });
    let answers = futures_util::future::join_all(guesses).await;
    let wrong: Vec<u32> = answers
        .iter()
        .filter_map(|a| match a {
            Opening::WrongCode { tries_left } => Some(*tries_left),
            _ => None,
        })
        .collect();
    let mut sorted = wrong.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [0, 1, 2, 3, 4],
        "each try counted once: {answers:?}"
    );
    assert_eq!(answers.iter().filter(|a| **a == Opening::Gone).count(), 35);
    assert_eq!(
        store.open_with("a", Some("4821"), T0).await.unwrap(),
        Opening::Gone
    );
}

async fn nothing_opens_before_the_start(store: &dyn Store) {
    let start = T0 + HOUR;
    let later = NewShare {
        starts_at: Some(start),
        expires_at: start + HOUR,
        ..coded("a", Some(1))
    };
    create(store, later).await.unwrap();
    let live = store.status("a", T0).await.unwrap().unwrap();
    assert_eq!(live.starts_at, Some(start));
    // Not yet: no code is tried and nothing counted, right or wrong.
    for code in [None, Some("0000"), Some("4821")] {
        assert_eq!(
            store.open_with("a", code, start - 1).await.unwrap(),
            Opening::NotYet { starts_at: start }
        );
    }
    let log = store.log("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(
        (log.status, log.starts_at),
        (ShareState::Active, Some(start))
    );
    assert!(log.opens.is_empty());
    assert_eq!(
        store.status("a", T0).await.unwrap().unwrap().tries_left,
        Some(5)
    );
    assert_eq!(
        store.open_with("a", Some("4821"), start).await.unwrap(),
        content("a")
    );
}

async fn a_used_up_share_stands_until_stopped(store: &dyn Store) {
    create(store, share("a", Some(1))).await.unwrap();
    assert!(!store.status("a", T0).await.unwrap().unwrap().used_up);
    assert!(store.open("a", T0).await.unwrap().is_some());
    // Used up: not opened again, but still there for the viewer that holds it.
    assert!(store.open("a", T0 + 1).await.unwrap().is_none());
    let live = store.status("a", T0 + 1).await.unwrap().unwrap();
    assert!(live.used_up);
    let log = store.log("a", &TOKEN, T0 + 1).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Exhausted);
    // Stopping it reaches that viewer: the status is gone.
    assert!(store.revoke("a", &TOKEN, T0 + 2).await.unwrap());
    assert!(store.status("a", T0 + 2).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 2).await.unwrap().unwrap();
    assert_eq!(log.status, ShareState::Revoked);
}

const VIEWER: TokenHash = [7; 32];
const OTHER_VIEWER: TokenHash = [8; 32];

/// A share that takes replies.
fn answerable(id: &str, max_opens: Option<u32>) -> NewShare {
    NewShare {
        replies: true,
        ..share(id, max_opens)
    }
}

fn reply(share: &str, id: &str, at: i64) -> NewReply {
    NewReply {
        share: share.to_owned(),
        id: id.to_owned(),
        received_at: at,
        ciphertext: format!("reply {id}").into_bytes(),
    }
}

/// A counted opening by `viewer`, which must be answered with the content.
async fn open_as(store: &dyn Store, id: &str, viewer: &TokenHash, now: i64) -> bool {
    let opened = store.open_as(id, None, Some(viewer), now).await.unwrap();
    assert_eq!(opened.opening, content(id));
    opened.viewer_kept
}

async fn post(store: &dyn Store, reply: NewReply, viewer: &TokenHash) -> Posting {
    store.post_reply(reply, viewer, None).await.unwrap()
}

async fn a_viewer_token_fetches_the_content_again_uncounted(store: &dyn Store) {
    create(store, share("a", Some(1))).await.unwrap();
    assert!(store.view("a", &VIEWER, T0).await.unwrap().is_none());
    assert!(open_as(store, "a", &VIEWER, T0).await);
    // Used up: no opening, but the token holder reloads, as often as it likes.
    assert_eq!(
        store
            .open_as("a", None, Some(&OTHER_VIEWER), T0 + 1)
            .await
            .unwrap(),
        Opened {
            opening: Opening::Gone,
            viewer_kept: false
        }
    );
    for i in 0..3 {
        let viewed = store.view("a", &VIEWER, T0 + 2 + i).await.unwrap().unwrap();
        assert_eq!(
            read_all(store, viewed, T0 + 2 + i).await,
            b"content ciphertext"
        );
    }
    assert!(store
        .view("a", &OTHER_VIEWER, T0 + 5)
        .await
        .unwrap()
        .is_none());
    assert!(store.view("unknown", &VIEWER, T0).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 6).await.unwrap().unwrap();
    assert_eq!((log.status, log.opens.len()), (ShareState::Exhausted, 1));
    // Expired: gone for the token too.
    assert!(store.view("a", &VIEWER, T0 + HOUR).await.unwrap().is_none());
}

async fn refused_openings_register_no_viewer(store: &dyn Store) {
    create(store, coded("a", None)).await.unwrap();
    for code in [None, Some("0000")] {
        let opened = store.open_as("a", code, Some(&VIEWER), T0).await.unwrap();
        assert!(!opened.viewer_kept, "{code:?}");
    }
    assert!(store.view("a", &VIEWER, T0).await.unwrap().is_none());
    let opened = store
        .open_as("a", Some("4821"), Some(&VIEWER), T0)
        .await
        .unwrap();
    assert_eq!(opened.opening, content("a"));
    assert!(opened.viewer_kept);
    assert!(store.view("a", &VIEWER, T0).await.unwrap().is_some());
}

async fn a_share_keeps_at_most_its_number_of_viewers(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    let viewer = |i: usize| {
        let mut token = [0u8; 32];
        token[..8].copy_from_slice(&(i as u64).to_be_bytes());
        token
    };
    for i in 0..MAX_VIEWERS_PER_SHARE {
        assert!(open_as(store, "a", &viewer(i), T0).await, "viewer {i}");
    }
    // One more still opens, without a token to come back with.
    assert!(!open_as(store, "a", &viewer(MAX_VIEWERS_PER_SHARE), T0).await);
    assert!(store
        .view("a", &viewer(MAX_VIEWERS_PER_SHARE), T0)
        .await
        .unwrap()
        .is_none());
    assert!(store.view("a", &viewer(0), T0).await.unwrap().is_some());
}

async fn concurrent_openings_keep_at_most_the_viewers_allowed(store: &dyn Store) {
    create(store, share("a", None)).await.unwrap();
    let opens = (0..MAX_VIEWERS_PER_SHARE + 16).map(|i| async move {
        let mut token = [0u8; 32];
        token[..8].copy_from_slice(&(i as u64).to_be_bytes());
        store.open_as("a", None, Some(&token), T0).await.unwrap()
    });
    let opened = futures_util::future::join_all(opens).await;
    assert!(opened.iter().all(|o| o.opening == content("a")));
    let kept = opened.iter().filter(|o| o.viewer_kept).count();
    assert_eq!(kept, MAX_VIEWERS_PER_SHARE);
}

async fn stopping_a_share_ends_its_viewer_tokens(store: &dyn Store) {
    for id in ["revoked", "taken down"] {
        create(store, share(id, None)).await.unwrap();
        assert!(open_as(store, id, &VIEWER, T0).await);
    }
    assert!(store.revoke("revoked", &TOKEN, T0 + 1).await.unwrap());
    assert!(store.take_down("taken down", T0 + 1).await.unwrap());
    for id in ["revoked", "taken down"] {
        assert!(
            store.view(id, &VIEWER, T0 + 2).await.unwrap().is_none(),
            "{id}"
        );
    }
    // Blocked by wrong codes after the token was handed out.
    create(store, coded("blocked", None)).await.unwrap();
    let opened = store
        .open_as("blocked", Some("4821"), Some(&VIEWER), T0)
        .await
        .unwrap();
    assert!(opened.viewer_kept);
    for _ in 0..5 {
        store.open_with("blocked", Some("0000"), T0).await.unwrap();
    }
    assert!(store.view("blocked", &VIEWER, T0).await.unwrap().is_none());
}

async fn a_used_up_share_keeps_its_ciphertext_until_expiry(store: &dyn Store) {
    create(store, share("a", Some(1))).await.unwrap();
    assert!(open_as(store, "a", &VIEWER, T0).await);
    assert_eq!(store.purge(T0 + 1).await.unwrap(), PurgeReport::default());
    assert!(store.view("a", &VIEWER, T0 + 2).await.unwrap().is_some());
    assert!(store.open("a", T0 + 2).await.unwrap().is_none());
    let report = store.purge(T0 + HOUR).await.unwrap();
    assert_eq!(report.emptied, 1);
    assert!(store.view("a", &VIEWER, T0 + 1).await.unwrap().is_none());
}

async fn replies_need_a_viewer_token_and_the_clients_leave(store: &dyn Store) {
    create(store, answerable("a", Some(1))).await.unwrap();
    create(store, share("closed", None)).await.unwrap();
    assert_eq!(
        post(store, reply("a", "r1", T0), &VIEWER).await,
        Posting::Gone
    );
    assert!(open_as(store, "a", &VIEWER, T0).await);
    assert!(open_as(store, "closed", &VIEWER, T0).await);
    // Used up is fine: the viewer still holds it.
    assert_eq!(
        post(store, reply("a", "r1", T0 + 1), &VIEWER).await,
        Posting::Posted
    );
    assert_eq!(
        post(store, reply("a", "r2", T0 + 2), &OTHER_VIEWER).await,
        Posting::Gone
    );
    assert_eq!(
        post(store, reply("closed", "r1", T0 + 1), &VIEWER).await,
        Posting::RepliesOff
    );
    assert_eq!(
        post(store, reply("unknown", "r1", T0), &VIEWER).await,
        Posting::Gone
    );
    assert_eq!(
        post(store, reply("a", "r3", T0 + 3), &VIEWER).await,
        Posting::Posted
    );
    let replies = store.replies("a", &TOKEN, T0 + 4).await.unwrap().unwrap();
    let seen: Vec<_> = replies
        .iter()
        .map(|r| (r.id.as_str(), r.received_at, r.ciphertext.clone()))
        .collect();
    assert_eq!(
        seen,
        [
            ("r1", T0 + 1, b"reply r1".to_vec()),
            ("r3", T0 + 3, b"reply r3".to_vec())
        ]
    );
    assert!(store
        .replies("a", &OTHER_TOKEN, T0)
        .await
        .unwrap()
        .is_none());
    assert!(store
        .replies("unknown", &TOKEN, T0)
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        store.replies("closed", &TOKEN, T0).await.unwrap(),
        Some(Vec::new())
    );
    // Expired: no new replies.
    assert_eq!(
        post(store, reply("a", "r4", T0 + HOUR), &VIEWER).await,
        Posting::Gone
    );
}

async fn fifty_replies_at_most_and_a_deleted_one_frees_its_place(store: &dyn Store) {
    create(store, answerable("a", None)).await.unwrap();
    assert!(open_as(store, "a", &VIEWER, T0).await);
    for i in 0..MAX_REPLIES_PER_SHARE {
        let posted = post(store, reply("a", &format!("r{i}"), T0), &VIEWER).await;
        assert_eq!(posted, Posting::Posted, "reply {i}");
    }
    assert_eq!(
        post(store, reply("a", "one more", T0), &VIEWER).await,
        Posting::TooMany
    );
    assert!(!store
        .delete_reply("a", &OTHER_TOKEN, "r7", T0)
        .await
        .unwrap());
    assert!(!store
        .delete_reply("unknown", &TOKEN, "r7", T0)
        .await
        .unwrap());
    assert!(store.delete_reply("a", &TOKEN, "r7", T0).await.unwrap());
    // Deleting it again, or one never there, is no error for the share's holder.
    assert!(store.delete_reply("a", &TOKEN, "r7", T0).await.unwrap());
    assert!(store.delete_reply("a", &TOKEN, "never", T0).await.unwrap());
    let replies = store.replies("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(replies.len(), MAX_REPLIES_PER_SHARE - 1);
    assert!(replies.iter().all(|r| r.id != "r7"));
    assert_eq!(
        post(store, reply("a", "one more", T0), &VIEWER).await,
        Posting::Posted
    );
    assert_eq!(
        post(store, reply("a", "and another", T0), &VIEWER).await,
        Posting::TooMany
    );
}

async fn concurrent_replies_never_pass_fifty(store: &dyn Store) {
    create(store, answerable("a", None)).await.unwrap();
    assert!(open_as(store, "a", &VIEWER, T0).await);
    let posts = (0..MAX_REPLIES_PER_SHARE + 30)
        .map(|i| post(store, reply("a", &format!("r{i}"), T0), &VIEWER));
    let posted = futures_util::future::join_all(posts).await;
    let count = |p| posted.iter().filter(|x| **x == p).count();
    assert_eq!(count(Posting::Posted), MAX_REPLIES_PER_SHARE);
    assert_eq!(count(Posting::TooMany), 30);
    let replies = store.replies("a", &TOKEN, T0).await.unwrap().unwrap();
    assert_eq!(replies.len(), MAX_REPLIES_PER_SHARE);
}

async fn replies_outlive_revoke_and_expiry_until_the_purge(store: &dyn Store) {
    for id in ["revoked", "taken down"] {
        create(store, answerable(id, None)).await.unwrap();
        assert!(open_as(store, id, &VIEWER, T0).await);
        assert_eq!(
            post(store, reply(id, "r1", T0), &VIEWER).await,
            Posting::Posted
        );
    }
    assert!(store.revoke("revoked", &TOKEN, T0 + 1).await.unwrap());
    assert!(store.take_down("taken down", T0 + 1).await.unwrap());
    for id in ["revoked", "taken down"] {
        assert_eq!(
            post(store, reply(id, "r2", T0 + 2), &VIEWER).await,
            Posting::Gone,
            "{id}"
        );
        let replies = store.replies(id, &TOKEN, T0 + 2).await.unwrap().unwrap();
        assert_eq!(replies.len(), 1, "{id}");
    }
    store.purge(T0 + HOUR).await.unwrap();
    let replies = store
        .replies("revoked", &TOKEN, T0 + HOUR)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(replies[0].ciphertext, b"reply r1");
    assert!(store
        .delete_reply("revoked", &TOKEN, "r1", T0 + HOUR)
        .await
        .unwrap());
    let gone_at = T0 + HOUR + LOG_RETENTION_MS;
    assert!(store
        .replies("taken down", &TOKEN, gone_at)
        .await
        .unwrap()
        .is_none());
    assert_eq!(store.purge(gone_at).await.unwrap().deleted, 2);
    // A new share under the old id starts without them.
    create(store, answerable("taken down", None)).await.unwrap();
    assert_eq!(
        store.replies("taken down", &TOKEN, T0).await.unwrap(),
        Some(Vec::new())
    );
}

async fn replies_count_against_the_quota(store: &dyn Store) {
    // The content is 18 bytes; each reply here 8.
    create(store, answerable("a", None)).await.unwrap();
    assert!(open_as(store, "a", &VIEWER, T0).await);
    let quota = Some(18 + 8);
    let posted = store
        .post_reply(reply("a", "r1", T0), &VIEWER, quota)
        .await
        .unwrap();
    assert_eq!(posted, Posting::Posted);
    assert!(matches!(
        store.post_reply(reply("a", "r2", T0), &VIEWER, quota).await,
        Err(StoreError::QuotaFull)
    ));
    let one_byte = NewShare {
        content_bytes: 1,
        ..share("b", None)
    };
    assert!(matches!(
        store.begin_share(one_byte.clone(), Some(18 + 8)).await,
        Err(StoreError::QuotaFull)
    ));
    assert!(store.delete_reply("a", &TOKEN, "r1", T0).await.unwrap());
    store.begin_share(one_byte, Some(18 + 8)).await.unwrap();
}

store_contract!(
    a_viewer_token_fetches_the_content_again_uncounted,
    refused_openings_register_no_viewer,
    a_share_keeps_at_most_its_number_of_viewers,
    concurrent_openings_keep_at_most_the_viewers_allowed,
    stopping_a_share_ends_its_viewer_tokens,
    a_used_up_share_keeps_its_ciphertext_until_expiry,
    replies_need_a_viewer_token_and_the_clients_leave,
    fifty_replies_at_most_and_a_deleted_one_frees_its_place,
    concurrent_replies_never_pass_fifty,
    replies_outlive_revoke_and_expiry_until_the_purge,
    replies_count_against_the_quota,
    the_right_code_opens_and_wrong_ones_count_down,
    the_fifth_wrong_code_blocks_the_share_for_good,
    concurrent_guesses_never_pass_five,
    nothing_opens_before_the_start,
    a_used_up_share_stands_until_stopped,
    create_then_status,
    duplicate_ids_are_refused,
    open_counts_and_logs,
    status_does_not_count,
    open_limit_is_exact_and_keeps_the_preview,
    expiry_is_enforced_at_read_time,
    revoke_needs_the_token_and_is_idempotent,
    revoking_an_expired_share_keeps_it_expired,
    the_log_needs_the_token,
    purge_drops_ciphertext_then_rows,
    purge_leaves_live_shares_alone,
    concurrent_opens_never_exceed_the_limit,
    uploads_are_served_only_once_finished,
    discarded_and_abandoned_uploads_leave_nothing,
    the_quota_counts_what_is_held,
    a_client_is_charged_up_to_its_limit_per_day,
    the_operator_takes_a_share_down_by_id,
    the_log_is_capped,
);

#[tokio::test]
async fn sqlite_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SqliteStore::open_in_dir(dir.path()).unwrap();
        create(&store, share("a", Some(2))).await.unwrap();
        store.open("a", T0).await.unwrap();
    }
    let store = SqliteStore::open_in_dir(dir.path()).unwrap();
    assert_eq!(
        opened(&store, "a", T0 + 1).await.unwrap(),
        b"content ciphertext"
    );
    assert!(store.open("a", T0 + 2).await.unwrap().is_none());
    let log = store.log("a", &TOKEN, T0 + 3).await.unwrap().unwrap();
    assert_eq!(log.opens, vec![T0, T0 + 1]);
}
