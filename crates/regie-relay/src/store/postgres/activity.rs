//! A share's activity log in PostgreSQL: the sealed events viewers send, as ciphertext only,
//! counted under the share's row lock as atomically as its openings.

use super::super::{activity_gate, state_of, Activity, NewActivity, Posting, Result, TokenHash};
use super::{PostgresStore, LOG_RETENTION_MS};

impl PostgresStore {
    pub(super) async fn add_activity(
        &self,
        event: NewActivity,
        viewer: &TokenHash,
    ) -> Result<Posting> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let Some(row) = tx
            .query_opt(
                "SELECT key, expires_at, revoked_at IS NOT NULL, code_tries
                 FROM shares WHERE id = $1 AND finished FOR UPDATE",
                &[&event.share],
            )
            .await?
        else {
            return Ok(Posting::Gone);
        };
        let key: i64 = row.get(0);
        let state = state_of(
            row.get::<_, Option<i32>>(3) == Some(0),
            row.get(2),
            row.get(1),
            None,
            0,
            event.received_at,
        );
        let counts = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM viewers WHERE share = $1 AND token_hash = $2),
                     (SELECT COUNT(*) FROM activity WHERE share = $1)",
                &[&key, &&viewer[..]],
            )
            .await?;
        let held: i64 = counts.get(1);
        if let Some(refused) = activity_gate(state, counts.get(0), held as usize) {
            return Ok(refused);
        }
        tx.execute(
            "INSERT INTO activity (share, received_at, ciphertext) VALUES ($1, $2, $3)",
            &[&key, &event.received_at, &event.ciphertext],
        )
        .await?;
        tx.commit().await?;
        Ok(Posting::Posted)
    }

    pub(super) async fn activity_of(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>> {
        let client = self.client().await?;
        let horizon = now.saturating_sub(LOG_RETENTION_MS);
        let Some(share) = client
            .query_opt(
                "SELECT key FROM shares
                 WHERE id = $1 AND finished AND token_hash = $2 AND expires_at > $3",
                &[&id, &&token[..], &horizon],
            )
            .await?
        else {
            return Ok(None);
        };
        let key: i64 = share.get(0);
        let rows = client
            .query(
                "SELECT received_at, ciphertext FROM activity WHERE share = $1 ORDER BY key",
                &[&key],
            )
            .await?;
        Ok(Some(
            rows.into_iter()
                .map(|row| Activity {
                    received_at: row.get(0),
                    ciphertext: row.get(1),
                })
                .collect(),
        ))
    }
}
