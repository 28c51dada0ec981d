//! What the professional's viewer tab remembers across a reload, beside the opened share
//! itself: the replies it sent through the share, and why a share it showed has ended.
//!
//! The app keeps this in the tab's `sessionStorage`, which belongs to that tab alone and
//! ends with it. None of it is secret beyond what the tab already holds (the share's id is
//! in the link the tab was opened with), and none of it is ever sent to the relay. What is
//! stored may have been changed by hand: reading it never fails, it just finds less.

use serde::{Deserialize, Serialize};

use crate::api::MAX_REPLIES_PER_SHARE;
use crate::catalogue::Text;
use crate::model::Timestamp;
use crate::reply::ReplyKind;

/// Why a share this tab had opened is no longer shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The client stopped sharing before the end.
    Stopped,
    /// Its time was up.
    Expired,
}

impl Ended {
    /// How close to its end a share that is gone counts as ended by time: the relay's clock
    /// and this device's may differ a little, and a share stopped in its last minute was
    /// about to end anyway.
    pub const CLOCK_MARGIN_MS: i64 = 60_000;

    /// Why a share that this tab opened is gone at `now`, given its (signed) end. The relay
    /// answers "gone" alike for every reason, so that nobody learns more from it; but a tab
    /// that holds a viewer token knows more: the opening limit no longer applies to it, so
    /// the share is gone either because its time is up or because the client stopped it.
    pub fn judge(now: Timestamp, ends: Timestamp) -> Ended {
        if now.0 >= ends.0.saturating_sub(Self::CLOCK_MARGIN_MS) {
            Ended::Expired
        } else {
            Ended::Stopped
        }
    }

    /// The sentence the viewer shows for it.
    pub fn text(self) -> Text {
        match self {
            Ended::Stopped => Text::ViewStopped,
            Ended::Expired => Text::ViewExpired,
        }
    }

    /// The reason a sentence of [`Ended::text`] stands for.
    pub fn from_text(text: Text) -> Option<Ended> {
        match text {
            Text::ViewStopped => Some(Ended::Stopped),
            Text::ViewExpired => Some(Ended::Expired),
            _ => None,
        }
    }

    /// How it is kept in the tab, and named on the page (`data-ended`).
    pub fn key(self) -> &'static str {
        match self {
            Ended::Stopped => "stopped",
            Ended::Expired => "expired",
        }
    }

    pub fn from_key(key: &str) -> Option<Ended> {
        [Ended::Stopped, Ended::Expired]
            .into_iter()
            .find(|ended| ended.key() == key)
    }
}

/// One reply the tab sent: what kind, and when the relay took it. Not what it said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentReply {
    pub kind: ReplyKind,
    pub at: Timestamp,
}

/// The list as kept: the share it belongs to, and the replies in the order they went out.
#[derive(Serialize, Deserialize)]
struct Kept {
    share: String,
    sent: Vec<KeptReply>,
}

#[derive(Serialize, Deserialize)]
struct KeptReply {
    kind: String,
    at: Timestamp,
}

/// The replies sent through `share`, from what the tab kept (`kept`): none when nothing was
/// kept, when it was kept for another share, or when it cannot be read. An entry of an
/// unknown kind is left out; at most [`MAX_REPLIES_PER_SHARE`], as the relay takes no more.
pub fn sent_replies(kept: Option<&str>, share: &str) -> Vec<SentReply> {
    let Some(kept) = kept.and_then(|json| serde_json::from_str::<Kept>(json).ok()) else {
        return Vec::new();
    };
    if kept.share != share {
        return Vec::new();
    }
    kept.sent
        .into_iter()
        .filter_map(|reply| {
            Some(SentReply {
                kind: ReplyKind::from_key(&reply.kind)?,
                at: reply.at,
            })
        })
        .take(MAX_REPLIES_PER_SHARE)
        .collect()
}

/// What the tab keeps once `reply` went out through `share`: the list so far for that
/// share with `reply` at its end. A list kept for another share is dropped.
pub fn record_sent(kept: Option<&str>, share: &str, reply: SentReply) -> String {
    let mut sent = sent_replies(kept, share);
    if sent.len() >= MAX_REPLIES_PER_SHARE {
        sent.remove(0);
    }
    sent.push(reply);
    let kept = Kept {
        share: share.to_owned(),
        sent: sent
            .into_iter()
            .map(|reply| KeptReply {
                kind: reply.kind.key().to_owned(),
                at: reply.at,
            })
            .collect(),
    };
    serde_json::to_string(&kept).unwrap_or_default()
}

#[cfg(test)]
#[path = "viewer_tab_tests.rs"]
mod tests;
