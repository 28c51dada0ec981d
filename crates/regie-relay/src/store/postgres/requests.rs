//! Requests for a share in PostgreSQL, each rule one statement; creating one takes a lock
//! so that relays sharing the database keep one cap on requests alive at once.

use deadpool_postgres::{Object, Transaction};

use super::duplicate_or;
use crate::store::requests::{answered_expiry, NewRequest, Pending};
use crate::store::{Result, TokenHash};

/// The advisory lock that makes "count, then insert" one step across relays.
const CREATE_LOCK: i64 = 0x7265_7175_6573_7473;

pub(super) async fn create(
    client: &mut Object,
    request: NewRequest,
    cap: u64,
    now: i64,
) -> Result<bool> {
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CREATE_LOCK])
        .await?;
    let alive: i64 = tx
        .query_one(
            "SELECT COUNT(*) FROM requests WHERE expires_at > $1",
            &[&now],
        )
        .await?
        .get(0);
    if alive as u64 >= cap {
        return Ok(false);
    }
    tx.execute(
        "INSERT INTO requests (id, secret_hash, created_at, expires_at, body)
         VALUES ($1, $2, $3, $4, $5)",
        &[
            &request.id,
            &&request.secret_hash[..],
            &request.created_at,
            &request.expires_at,
            &request.body,
        ],
    )
    .await
    .map_err(duplicate_or)?;
    tx.commit().await?;
    Ok(true)
}

pub(super) async fn body(client: &Object, id: &str, now: i64) -> Result<Option<Vec<u8>>> {
    Ok(client
        .query_opt(
            "SELECT body FROM requests WHERE id = $1 AND answer IS NULL AND expires_at > $2",
            &[&id, &now],
        )
        .await?
        .map(|row| row.get(0)))
}

pub(super) async fn answer(client: &Object, id: &str, answer: &[u8], now: i64) -> Result<bool> {
    let row = client
        .query_opt(
            "UPDATE requests SET answer = $2,
                 expires_at = GREATEST(expires_at, $4)
             WHERE id = $1 AND answer IS NULL AND expires_at > $3
             RETURNING 1",
            &[&id, &answer, &now, &answered_expiry(i64::MIN, now)],
        )
        .await?;
    Ok(row.is_some())
}

pub(super) async fn take_answer(
    client: &Object,
    id: &str,
    secret: &TokenHash,
    now: i64,
) -> Result<Option<Pending>> {
    // An answered request is deleted as it is read: of two pages asking at once, one gets it.
    if let Some(row) = client
        .query_opt(
            "DELETE FROM requests
             WHERE id = $1 AND secret_hash = $2 AND expires_at > $3 AND answer IS NOT NULL
             RETURNING answer",
            &[&id, &&secret[..], &now],
        )
        .await?
    {
        return Ok(Some(Pending::Answered(row.get(0))));
    }
    // Answered since the line above: the next ask takes it.
    let waiting = client
        .query_opt(
            "SELECT 1 FROM requests
             WHERE id = $1 AND secret_hash = $2 AND expires_at > $3",
            &[&id, &&secret[..], &now],
        )
        .await?;
    Ok(waiting.map(|_| Pending::Waiting))
}

pub(super) async fn purge(tx: &Transaction<'_>, now: i64) -> Result<u64> {
    Ok(tx
        .execute("DELETE FROM requests WHERE expires_at <= $1", &[&now])
        .await?)
}
