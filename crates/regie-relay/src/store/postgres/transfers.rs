//! Transfers and the shared counters (quotas, request limits) in PostgreSQL, each rule one
//! statement.

use deadpool_postgres::Object;

use super::seal::{self, Part};
use super::{duplicate_or, unsealed};
use crate::secrets::CODE_HASH_PREFIX;
use crate::store::{ClientHash, DailyCharge, NewTransfer, Release, Result, TokenHash};

pub(super) async fn create(client: &Object, transfer: NewTransfer) -> Result<()> {
    let key = seal::new_key()?;
    let content = seal::seal(&key, &transfer.id, Part::Transfer, &transfer.content)?;
    let inserted = client
        .execute(
            "WITH t AS (
                 INSERT INTO transfers (id, code_salt, code_hash, cancel_hash, created_at,
                     expires_at, tries_left, content)
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
                &content,
                &&key[..],
            ],
        )
        .await
        .map_err(duplicate_or)?;
    debug_assert_eq!(inserted, 1);
    Ok(())
}

/// The code is hashed by the database with the transfer's salt, exactly as
/// `secrets::code_hash` does, so that the fitting try deletes the transfer in the same
/// statement that checks it.
pub(super) async fn receive(client: &Object, id: &str, code: &str, now: i64) -> Result<Release> {
    let take = client
        .prepare_cached(
            "WITH t AS (
                 DELETE FROM transfers
                 WHERE id = $1 AND expires_at > $2 AND tries_left > 0
                     AND code_hash = sha256($3::BYTEA || code_salt || $4::BYTEA)
                 RETURNING id, content)
             SELECT t.content, k.key FROM t LEFT JOIN transfer_keys k ON k.transfer = t.id",
        )
        .await?;
    let code = code.as_bytes();
    if let Some(row) = client
        .query_opt(&take, &[&id, &now, &CODE_HASH_PREFIX, &code])
        .await?
    {
        let content = unsealed(row.get(1), id, Part::Transfer, row.get(0))?;
        return Ok(Release::Content(content));
    }
    let wrong = client
        .prepare_cached(
            "UPDATE transfers SET tries_left = tries_left - 1
             WHERE id = $1 AND expires_at > $2 AND tries_left > 0
             RETURNING tries_left",
        )
        .await?;
    let tries_left = client.query_opt(&wrong, &[&id, &now]).await?;
    // Out of tries or expired: nothing may be left of it. No try can match such a row any
    // more, so removing it a moment later changes no answer.
    client
        .execute(
            "DELETE FROM transfers WHERE id = $1 AND (tries_left = 0 OR expires_at <= $2)",
            &[&id, &now],
        )
        .await?;
    Ok(match tries_left {
        Some(row) => Release::WrongCode {
            tries_left: row.get::<_, i32>(0) as u32,
        },
        None => Release::Gone,
    })
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
