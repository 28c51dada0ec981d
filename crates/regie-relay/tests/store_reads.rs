//! Reading a share's content chunk by chunk, on every backend: the handle an opening or a
//! view answers, the chunks after it, and what a reader meets when the share ends meanwhile.

mod common;

use common::read_all;
use regie_relay::store::{NewShare, Store, TokenHash};

const T0: i64 = 1_767_225_600_000;
const HOUR: i64 = 3_600_000;
const TOKEN: TokenHash = [1; 32];
const VIEWER: TokenHash = [3; 32];

/// A finished share `id` whose content is three chunks of different sizes.
async fn three_chunks(store: &dyn Store, id: &str) -> Vec<u8> {
    let chunks = [vec![1; 1000], vec![2; 2000], vec![3; 10]];
    let share = NewShare {
        id: id.to_owned(),
        token_hash: TOKEN,
        created_at: T0,
        expires_at: T0 + HOUR,
        max_opens: Some(1),
        preview: b"preview".to_vec(),
        content_bytes: 3010,
        code: None,
        starts_at: None,
        replies: false,
    };
    store.begin_share(share, None).await.unwrap();
    for (n, chunk) in chunks.iter().enumerate() {
        store.add_chunk(id, n as u32, chunk.clone()).await.unwrap();
    }
    store.finish_share(id).await.unwrap();
    chunks.concat()
}

async fn an_opening_hands_out_the_first_chunk_and_the_rest_follow(store: &dyn Store) {
    let whole = three_chunks(store, "a").await;
    let opened = store.open_as("a", None, Some(&VIEWER), T0).await.unwrap();
    let regie_relay::store::Opening::Content(content) = opened.opening else {
        panic!("the share opens");
    };
    assert_eq!((content.chunks, content.len), (3, 3010));
    assert_eq!(content.first, vec![1; 1000]);
    assert_eq!(read_all(store, content, T0).await, whole);
    // Used up: the viewer still reads it, the same way.
    let viewed = store.view("a", &VIEWER, T0 + 1).await.unwrap().unwrap();
    assert_eq!(read_all(store, viewed, T0 + 1).await, whole);
    assert!(store.read_chunk("a", 3, T0).await.unwrap().is_none());
    assert!(store.read_chunk("unknown", 0, T0).await.unwrap().is_none());
}

async fn a_share_that_ends_while_read_has_no_more_chunks(store: &dyn Store) {
    for (id, end) in [("revoked", 0), ("taken down", 1), ("expired", 2)] {
        three_chunks(store, id).await;
        let content = store.view(id, &VIEWER, T0).await.unwrap();
        assert!(content.is_none(), "no view without a counted opening");
        store.open(id, T0).await.unwrap().expect("opens");
        assert!(store.read_chunk(id, 1, T0).await.unwrap().is_some());
        let now = match end {
            0 => {
                assert!(store.revoke(id, &TOKEN, T0).await.unwrap());
                T0
            }
            1 => {
                assert!(store.take_down(id, T0).await.unwrap());
                T0
            }
            _ => T0 + HOUR,
        };
        assert!(
            store.read_chunk(id, 1, now).await.unwrap().is_none(),
            "{id}"
        );
        assert!(
            store.read_chunk(id, 2, now).await.unwrap().is_none(),
            "{id}"
        );
    }
}

store_contract!(
    an_opening_hands_out_the_first_chunk_and_the_rest_follow,
    a_share_that_ends_while_read_has_no_more_chunks,
);
