//! A fresh database on the throwaway PostgreSQL server that `scripts/test.sh` starts and
//! names in `REGIE_TEST_DATABASE_URL`. Without it the PostgreSQL tests say so and pass
//! locally; under CI (`CI` set) they fail, so CI can never skip them quietly.

use regie_relay::PostgresStore;

pub const URL_VAR: &str = "REGIE_TEST_DATABASE_URL";

/// The URL of a new, empty database, or `None` (with a printed line) when there is no
/// server to make one on.
pub async fn fresh_database_url() -> Option<String> {
    let Ok(url) = std::env::var(URL_VAR) else {
        if std::env::var_os("CI").is_some() {
            panic!("{URL_VAR} is not set: CI must run the PostgreSQL tests (scripts/test.sh starts a server)");
        }
        println!("skipped: {URL_VAR} is not set (scripts/test.sh starts a PostgreSQL server)");
        return None;
    };
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| panic!("cannot reach {URL_VAR}: {e}"));
    let connection = tokio::spawn(connection);
    let name = format!(
        "regie_test_{}",
        regie_relay::secrets::random_token::<9>()
            .unwrap()
            .to_lowercase()
            .replace(['-', '_'], "x")
    );
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create a test database");
    drop(client);
    let _ = connection.await;
    let mut config: tokio_postgres::Config = url.parse().expect("a postgres URL");
    config.dbname(&name);
    let hosts = config.get_hosts().to_vec();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let host = match hosts.first() {
        Some(tokio_postgres::config::Host::Tcp(host)) => host.clone(),
        _ => "127.0.0.1".into(),
    };
    let user = config.get_user().unwrap_or("postgres").to_owned();
    Some(format!("postgres://{user}@{host}:{port}/{name}"))
}

/// A store on a new, empty database.
pub async fn store() -> Option<PostgresStore> {
    let url = fresh_database_url().await?;
    Some(
        PostgresStore::connect(&url, 8)
            .await
            .expect("connect to the test database"),
    )
}
