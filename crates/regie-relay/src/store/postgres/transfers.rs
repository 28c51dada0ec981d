//! Transfers, the shared counters (quotas, request limits) and the client secrets in
//! PostgreSQL, each rule one statement.

use deadpool_postgres::{Object, Transaction};

use super::seal::{self, Part};
use super::{duplicate_or, unsealed};
use crate::secrets::CODE_HASH_PREFIX;
use crate::store::{
    ClientHash, ClientSecret, DailyCharge, NewTransfer, Release, Result, StoreError, TokenHash,
};

/// A transfer and its key, in the transaction that checked the quota.
pub(super) async fn begin(tx: &Transaction<'_>, transfer: NewTransfer) -> Result<()> {
    let key = seal::new_key()?;
    let inserted = tx
        .execute(
            "WITH t AS (
                 INSERT INTO transfers (id, code_salt, code_hash, cancel_hash, created_at,
                     expires_at, tries_left, held_bytes)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                 RETURNING id)
             INSERT INTO transfer_keys (transfer, key) SELECT id, $9 FROM t",
            &[
                &transfer.id,
                &&transfer.code_salt[..],
                &&transfer.code_hash[..],
                &&transfer.cancel_hash[..],
                &transfer.created_at,
                &transfer.expires_at,
                &(transfer.tries as i32),
                &(transfer.content_bytes as i64),
                &&key[..],
            ],
        )
        .await
        .map_err(duplicate_or)?;
    debug_assert_eq!(inserted, 1);
    Ok(())
}

/// Chunk `n`, sealed under the transfer's key and bound to its place.
pub(super) async fn add_chunk(client: &Object, id: &str, n: u32, bytes: &[u8]) -> Result<()> {
    let key = client
        .prepare_cached(
            "SELECT k.key FROM transfers t JOIN transfer_keys k ON k.transfer = t.id
             WHERE t.id = $1 AND NOT t.finished",
        )
        .await?;
    let Some(row) = client.query_opt(&key, &[&id]).await? else {
        // Discarded or purged meanwhile: the upload fails when it finishes.
        return Ok(());
    };
    let sealed = seal::seal(row.get::<_, &[u8]>(0), id, Part::TransferChunk(n), bytes)?;
    let insert = client
        .prepare_cached("INSERT INTO transfer_chunks (transfer, n, bytes) VALUES ($1, $2, $3)")
        .await?;
    client
        .execute(&insert, &[&id, &(n as i32), &sealed])
        .await?;
    Ok(())
}

pub(super) async fn finish(client: &Object, id: &str, expires_at: i64) -> Result<bool> {
    let finished = client
        .execute(
            "UPDATE transfers SET finished = TRUE, expires_at = $2 WHERE id = $1 AND NOT finished",
            &[&id, &expires_at],
        )
        .await?;
    Ok(finished > 0)
}

pub(super) async fn discard(client: &Object, id: &str) -> Result<()> {
    client
        .execute(
            "DELETE FROM transfers WHERE id = $1 AND NOT finished",
            &[&id],
        )
        .await?;
    Ok(())
}

/// One try, checked and counted in one statement under the transfer's row lock: the code is
/// hashed by the database with the transfer's salt, exactly as `secrets::code_hash` does; a
/// wrong code takes a try, the fitting one sets the tries to zero and reads the package in
/// the same statement. Of any number of concurrent tries, on any number of relays, each
/// sees the tries the one before it left, so no more than the allowed wrong codes are ever
/// compared, and a try after the last one compares nothing. What is left at zero tries is
/// deleted next; no try can match it meanwhile.
pub(super) async fn receive(client: &Object, id: &str, code: &str, now: i64) -> Result<Release> {
    let try_code = client
        .prepare_cached(
            "WITH t AS (
                 UPDATE transfers SET tries_left = CASE
                     WHEN code_hash = sha256($3::BYTEA || code_salt || $4::BYTEA) THEN 0
                     ELSE tries_left - 1 END
                 WHERE id = $1 AND finished AND expires_at > $2 AND tries_left > 0
                 RETURNING id, code_hash = sha256($3::BYTEA || code_salt || $4::BYTEA) AS fits,
                     tries_left)
             SELECT t.fits, t.tries_left, c.n, c.bytes, k.key
             FROM t LEFT JOIN transfer_chunks c ON t.fits AND c.transfer = t.id
                 LEFT JOIN transfer_keys k ON t.fits AND k.transfer = t.id
             ORDER BY c.n",
        )
        .await?;
    let rows = client
        .query(&try_code, &[&id, &now, &CODE_HASH_PREFIX, &code.as_bytes()])
        .await?;
    let release = match rows.first() {
        None => Release::Gone,
        Some(first) if first.get::<_, bool>(0) => {
            let mut content = Vec::new();
            for row in &rows {
                let Some(n) = row.get::<_, Option<i32>>(2) else {
                    continue;
                };
                let key = row.get::<_, Option<&[u8]>>(4);
                let bytes = row.get::<_, &[u8]>(3);
                content.extend_from_slice(&unsealed(
                    key,
                    id,
                    Part::TransferChunk(n as u32),
                    bytes,
                )?);
            }
            Release::Content(content)
        }
        Some(first) => Release::WrongCode {
            tries_left: first.get::<_, i32>(1).max(0) as u32,
        },
    };
    if !matches!(release, Release::WrongCode { tries_left } if tries_left > 0) {
        // Received, out of tries or expired: nothing may be left of it.
        client
            .execute(
                "DELETE FROM transfers WHERE id = $1 AND (tries_left = 0 OR expires_at <= $2)",
                &[&id, &now],
            )
            .await?;
    }
    Ok(release)
}

/// Expired transfers and abandoned uploads (their chunks and keys go with them), and the
/// secrets of days no counter is left of.
pub(super) async fn purge(tx: &Transaction<'_>, now: i64, abandoned: i64) -> Result<usize> {
    let deleted = tx
        .execute(
            "DELETE FROM transfers
             WHERE expires_at <= $1 OR tries_left = 0 OR (NOT finished AND created_at <= $2)",
            &[&now, &abandoned],
        )
        .await?;
    let windows_per_day = 86_400_000 / crate::store::WINDOW_MS;
    tx.execute(
        "DELETE FROM client_secrets s WHERE day < $1
             AND NOT EXISTS (SELECT 1 FROM client_usage u WHERE u.day = s.day)
             AND NOT EXISTS (SELECT 1 FROM request_counts r
                 WHERE r.window_start >= s.day * $2 AND r.window_start < (s.day + 1) * $2)",
        &[&crate::clock::day_of(now), &windows_per_day],
    )
    .await?;
    Ok(deleted as usize)
}

/// The day's secret: the first relay to ask makes it, every other one reads it. Two
/// statements, so the read sees a secret another relay committed meanwhile.
pub(super) async fn client_secret(client: &Object, day: i64) -> Result<ClientSecret> {
    let made: ClientSecret = crate::secrets::random_bytes().map_err(StoreError::backend)?;
    client
        .execute(
            "INSERT INTO client_secrets (day, secret) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING",
            &[&day, &&made[..]],
        )
        .await?;
    let kept: Vec<u8> = client
        .query_one("SELECT secret FROM client_secrets WHERE day = $1", &[&day])
        .await?
        .get(0);
    ClientSecret::try_from(kept.as_slice())
        .map_err(|_| StoreError::backend("a client secret of the wrong length"))
}

pub(super) async fn cancel(client: &Object, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
    let deleted = client
        .execute(
            "DELETE FROM transfers WHERE id = $1 AND cancel_hash = $2 AND expires_at > $3",
            &[&id, &&token[..], &now],
        )
        .await?;
    Ok(deleted > 0)
}

pub(super) async fn charge_client(client: &Object, charge: DailyCharge) -> Result<bool> {
    if !charge.fits(0) {
        return Ok(false);
    }
    let add = client
        .prepare_cached(
            "INSERT INTO client_usage (client, day, bytes) VALUES ($1, $2, $3)
             ON CONFLICT (client, day) DO UPDATE SET bytes = client_usage.bytes + EXCLUDED.bytes
             WHERE client_usage.bytes + EXCLUDED.bytes <= $4",
        )
        .await?;
    let charged = client
        .execute(
            &add,
            &[
                &&charge.client[..],
                &charge.day,
                &(charge.bytes as i64),
                &(charge.limit as i64),
            ],
        )
        .await?;
    Ok(charged > 0)
}

pub(super) async fn count_request(
    client: &Object,
    bucket: &ClientHash,
    window: i64,
) -> Result<u64> {
    let count = client
        .prepare_cached(
            "INSERT INTO request_counts (bucket, window_start, n) VALUES ($1, $2, 1)
             ON CONFLICT (bucket, window_start) DO UPDATE SET n = request_counts.n + 1
             RETURNING n",
        )
        .await?;
    let n: i64 = client
        .query_one(&count, &[&&bucket[..], &window])
        .await?
        .get(0);
    Ok(n as u64)
}
