//! Client-address hashes are keyed with the store's secret of the day: they differ from day
//! to day and between relays with stores of their own, and agree between relays on one
//! database, so limits and allowances count a client once across them.

mod common;

use std::net::IpAddr;

use common::T0;
use regie_relay::{ClientKeys, MemoryStore, SqliteStore, Store};

const DAY: i64 = 86_400_000;
const CLIENT: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1));

async fn hash(store: &dyn Store, keys: &ClientKeys, now: i64) -> [u8; 32] {
    keys.hash(store, "upload", CLIENT, now).await.unwrap()
}

/// Two relays (each with its own copy of the day's secret) on `one` and `other`, which may
/// be one database.
async fn hashes_of_two_relays(one: &dyn Store, other: &dyn Store) -> ([u8; 32], [u8; 32]) {
    let (a, b) = (ClientKeys::new(), ClientKeys::new());
    // Both ask at once on the first request of the day.
    futures_util::future::join(hash(one, &a, T0), hash(other, &b, T0)).await
}

#[tokio::test]
async fn a_hash_changes_with_the_day_and_the_store() {
    let store = MemoryStore::new();
    let keys = ClientKeys::new();
    let today = hash(&store, &keys, T0).await;
    assert_eq!(today, hash(&store, &keys, T0 + DAY - 1).await);
    assert_ne!(
        today,
        hash(&store, &keys, T0 + DAY).await,
        "a new day, a new secret"
    );
    let (a, b) = hashes_of_two_relays(&MemoryStore::new(), &MemoryStore::new()).await;
    assert_ne!(a, b, "relays with stores of their own");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_relays_on_one_sqlite_file_hash_alike() {
    let dir = tempfile::tempdir().unwrap();
    let one = SqliteStore::open_in_dir(dir.path()).unwrap();
    let other = SqliteStore::open_in_dir(dir.path()).unwrap();
    let (a, b) = hashes_of_two_relays(&one, &other).await;
    assert_eq!(a, b);
    let elsewhere = tempfile::tempdir().unwrap();
    let apart = SqliteStore::open_in_dir(elsewhere.path()).unwrap();
    let (c, _) = hashes_of_two_relays(&apart, &apart).await;
    assert_ne!(a, c);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_relays_on_one_postgres_database_hash_alike() {
    let Some(url) = common::postgres::fresh_database_url().await else {
        return;
    };
    let one = regie_relay::PostgresStore::connect(&url, 2).await.unwrap();
    let other = regie_relay::PostgresStore::connect(&url, 2).await.unwrap();
    for day in 0..3 {
        let (a, b) = futures_util::future::join(
            hash(&one, &ClientKeys::new(), T0 + day * DAY),
            hash(&other, &ClientKeys::new(), T0 + day * DAY),
        )
        .await;
        assert_eq!(a, b, "day {day}");
    }
    let Some(url) = common::postgres::fresh_database_url().await else {
        return;
    };
    let apart = regie_relay::PostgresStore::connect(&url, 2).await.unwrap();
    let (a, c) = futures_util::future::join(
        hash(&one, &ClientKeys::new(), T0),
        hash(&apart, &ClientKeys::new(), T0),
    )
    .await;
    assert_ne!(a, c, "another database, another secret");
}
