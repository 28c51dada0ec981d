//! Replies and the activity log of a share in SQLite: posted by a viewer, read and deleted
//! by the client.

use rusqlite::params;

use super::db::SqliteDb;
use super::shares::{has_viewer, read_row};
use super::upkeep::held_bytes;

use super::activity::{self as activity};
use crate::store::{
    activity_gate, reply_gate, Activity, NewActivity, NewReply, Posting, Reply, Result, StoreError,
    TokenHash,
};

impl SqliteDb {
    pub(crate) fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, &reply.share)? else {
            return Ok(Posting::Gone);
        };
        let fits = has_viewer(&tx, row.key, viewer)?;
        let held: i64 = tx
            .prepare_cached("SELECT COUNT(*) FROM replies WHERE share = ?1")?
            .query_row([row.key], |r| r.get(0))?;
        let state = row.state(reply.received_at);
        if let Some(refused) = reply_gate(state, fits, row.replies, held as usize) {
            return Ok(refused);
        }
        if let Some(quota) = quota {
            if held_bytes(&tx)? + reply.ciphertext.len() as u64 > quota {
                return Err(StoreError::QuotaFull);
            }
        }
        tx.prepare_cached(
            "INSERT INTO replies (share, id, received_at, ciphertext) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            row.key,
            reply.id,
            reply.received_at,
            reply.ciphertext
        ])?;
        tx.commit()?;
        Ok(Posting::Posted)
    }

    pub(crate) fn replies(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Reply>>> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)?.filter(|row| row.owned_by(token, now)) else {
            return Ok(None);
        };
        let replies = tx
            .prepare_cached(
                "SELECT id, received_at, ciphertext FROM replies WHERE share = ?1 ORDER BY key",
            )?
            .query_map([row.key], |r| {
                Ok(Reply {
                    id: r.get(0)?,
                    received_at: r.get(1)?,
                    ciphertext: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(replies))
    }

    pub(crate) fn post_activity(&self, event: NewActivity, viewer: &TokenHash) -> Result<Posting> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, &event.share)? else {
            return Ok(Posting::Gone);
        };
        let fits = has_viewer(&tx, row.key, viewer)?;
        let held = activity::count(&tx, row.key)?;
        if let Some(refused) = activity_gate(row.state(event.received_at), fits, held) {
            return Ok(refused);
        }
        activity::add(&tx, row.key, event.received_at, &event.ciphertext)?;
        tx.commit()?;
        Ok(Posting::Posted)
    }

    pub(crate) fn activity(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)?.filter(|row| row.owned_by(token, now)) else {
            return Ok(None);
        };
        Ok(Some(activity::of(&tx, row.key)?))
    }

    /// `secure_delete` zeroes the reply's pages; the next purge empties the WAL.
    pub(crate) fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.savepoint()?;
        let Some(row) = read_row(&tx, id)?.filter(|row| row.owned_by(token, now)) else {
            return Ok(false);
        };
        tx.prepare_cached("DELETE FROM replies WHERE share = ?1 AND id = ?2")?
            .execute(params![row.key, reply])?;
        tx.commit()?;
        Ok(true)
    }
}
