//! A share's activity log in PostgreSQL: the sealed events viewers send, as ciphertext only,
//! counted under the share's row lock as atomically as its openings.

use super::super::{activity_gate, Activity, NewActivity, Posting, Result, TokenHash};
use super::posting::{lock_share, owned_share, Posts};
use super::PostgresStore;

impl PostgresStore {
    pub(super) async fn add_activity(
        &self,
        event: NewActivity,
        viewer: &TokenHash,
    ) -> Result<Posting> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let Some(share) = lock_share(
            &tx,
            &event.share,
            viewer,
            Posts::Activity,
            event.received_at,
        )
        .await?
        else {
            return Ok(Posting::Gone);
        };
        if let Some(refused) = activity_gate(share.state, share.known_viewer, share.held) {
            return Ok(refused);
        }
        tx.execute(
            "INSERT INTO activity (share, received_at, ciphertext) VALUES ($1, $2, $3)",
            &[&share.key, &event.received_at, &event.ciphertext],
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
        let Some(key) = owned_share(&client, id, token, now).await? else {
            return Ok(None);
        };
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
