//! What a viewer's post (a reply, an event of the activity log) needs to know of its share
//! before it is judged: read once, under the share's row lock, for both.

use deadpool_postgres::{GenericClient, Transaction};

use super::LOG_RETENTION_MS;
use crate::store::{state_of, Result, ShareState, TokenHash};

/// The rows a post adds to, each counted per share.
#[derive(Debug, Clone, Copy)]
pub(super) enum Posts {
    Replies,
    Activity,
}

impl Posts {
    /// Whether `viewer` holds a token of the share, and how many rows of this kind it has.
    fn count_query(self) -> &'static str {
        match self {
            Posts::Replies => {
                "SELECT EXISTS (SELECT 1 FROM viewers WHERE share = $1 AND token_hash = $2),
                     (SELECT COUNT(*) FROM replies WHERE share = $1)"
            }
            Posts::Activity => {
                "SELECT EXISTS (SELECT 1 FROM viewers WHERE share = $1 AND token_hash = $2),
                     (SELECT COUNT(*) FROM activity WHERE share = $1)"
            }
        }
    }
}

/// The share a post is for, as its row lock found it.
pub(super) struct Target {
    pub key: i64,
    pub state: ShareState,
    /// The client lets viewers write replies.
    pub replies_on: bool,
    /// The post came with a viewer token of this share.
    pub known_viewer: bool,
    /// How many posts of this kind the share holds already.
    pub held: usize,
}

/// Locks the share's row (`FOR UPDATE`) and reads what the gate of a post needs; `None` when
/// there is no finished share of that id. Its state is judged at `now`, with no open limit:
/// a used-up share still takes posts.
pub(super) async fn lock_share(
    tx: &Transaction<'_>,
    id: &str,
    viewer: &TokenHash,
    posts: Posts,
    now: i64,
) -> Result<Option<Target>> {
    let Some(row) = tx
        .query_opt(
            "SELECT key, expires_at, revoked_at IS NOT NULL, code_tries, replies
             FROM shares WHERE id = $1 AND finished FOR UPDATE",
            &[&id],
        )
        .await?
    else {
        return Ok(None);
    };
    let key: i64 = row.get(0);
    let state = state_of(
        row.get::<_, Option<i32>>(3) == Some(0),
        row.get(2),
        row.get(1),
        None,
        0,
        now,
    );
    let counts = tx
        .query_one(posts.count_query(), &[&key, &&viewer[..]])
        .await?;
    let held: i64 = counts.get(1);
    Ok(Some(Target {
        key,
        state,
        replies_on: row.get(4),
        known_viewer: counts.get(0),
        held: held as usize,
    }))
}

/// The key of the finished share that `token` owns, while its posts are kept (until
/// [`LOG_RETENTION_MS`] after it ended): what the client reads its replies and its
/// activity log through. `None` for a share that is not theirs or no longer kept.
pub(super) async fn owned_share(
    db: &impl GenericClient,
    id: &str,
    token: &TokenHash,
    now: i64,
) -> Result<Option<i64>> {
    let horizon = now.saturating_sub(LOG_RETENTION_MS);
    let row = db
        .query_opt(
            "SELECT key FROM shares
             WHERE id = $1 AND finished AND token_hash = $2 AND expires_at > $3",
            &[&id, &&token[..], &horizon],
        )
        .await?;
    Ok(row.map(|row| row.get(0)))
}
