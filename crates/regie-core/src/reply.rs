//! Replies: what a professional writes back through a share, for the client to accept or
//! decline.
//!
//! A share that allows replies carries a *reply recipient* in its signed preview: the public
//! half of an age X25519 key made for that share alone, whose identity stays in the client's
//! sealed dossier (in the [`ShareRecord`]). The viewer seals each reply to it in the browser
//! and posts the age file to the relay, which holds it as ciphertext. Only the client can
//! open it, and nothing of it enters the dossier until she accepts it.
//!
//! A reply is plain data, shown as text only: nothing in it is ever taken as HTML, and a
//! reply that does not open, does not read or breaks a rule is set aside with a sentence,
//! never half taken.

use std::str::FromStr;

use age::secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use crate::api::MAX_REPLY_BYTES;
use crate::model::{
    Agreement, AgreementStatus, Date, Domain, DomainScore, Dossier, EntryId, Goal, JournalEntry,
    JournalKind, Owner, Score, ScoredBy, ShareRecord, Timestamp,
};
use crate::vault::SealError;

pub use crate::model::provenance::{typed_by_client, NamesProfessional, Provenance, ProvenanceMap};

/// The format version of a reply's plaintext.
pub const REPLY_VERSION: u32 = 1;
/// The longest text a reply holds, in characters: a long note, far below what the relay takes.
pub const MAX_REPLY_TEXT: usize = 4_000;
/// The longest author ("name, organisation") and goal title, in characters.
pub const MAX_REPLY_LINE: usize = 200;

/// The key that opens one share's replies. Not `Clone`; `Debug` is redacted.
pub struct ReplyKey(age::x25519::Identity);

impl std::fmt::Debug for ReplyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReplyKey(<redacted>)")
    }
}

impl ReplyKey {
    /// A fresh key: one per share that allows replies.
    pub fn generate() -> ReplyKey {
        ReplyKey(age::x25519::Identity::generate())
    }

    /// The secret as it is kept in the sealed dossier (`AGE-SECRET-KEY-1…`).
    pub fn to_secret(&self) -> String {
        self.0.to_string().expose_secret().to_owned()
    }

    pub fn from_secret(secret: &str) -> Option<ReplyKey> {
        age::x25519::Identity::from_str(secret.trim())
            .ok()
            .map(ReplyKey)
    }

    /// The public half, as the share's preview carries it (`age1…`).
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }

    /// An age file sealed to [`ReplyKey::recipient`], opened; `None` when it does not open.
    pub fn decrypt(&self, ciphertext: &[u8]) -> Option<Vec<u8>> {
        age::decrypt(&self.0, ciphertext).ok()
    }
}

/// What the professional writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub v: u32,
    /// Name and organisation as typed: "Anna de Boer, wijkteam Oost".
    pub author: String,
    /// When it was written, by the professional's clock.
    pub written: Timestamp,
    pub body: ReplyBody,
}

/// The four kinds of reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReplyBody {
    /// A note for the journal.
    Note { text: String },
    /// Something the professional commits to, under a shared goal or a new one.
    Agreement {
        text: String,
        #[serde(default)]
        due: Option<Date>,
        goal: GoalChoice,
    },
    /// A ZRM score for a shared life domain.
    Score {
        domain: Domain,
        score: Score,
        #[serde(default)]
        note: String,
    },
    /// An appointment, for the journal.
    Appointment {
        text: String,
        date: Date,
        /// `"HH:MM"`.
        #[serde(default)]
        time: Option<String>,
    },
}

/// Under which goal an agreement goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalChoice {
    /// One of the shared goals; its title as the professional saw it, so the agreement still
    /// finds a home if the client removed the goal since.
    Existing {
        id: EntryId,
        title: String,
    },
    New {
        title: String,
    },
}

/// The kinds, as the viewer's select names them (`reply-kind`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReplyKind {
    #[default]
    Note,
    Agreement,
    Score,
    Appointment,
}

impl ReplyKind {
    pub const ALL: [ReplyKind; 4] = [
        ReplyKind::Note,
        ReplyKind::Agreement,
        ReplyKind::Score,
        ReplyKind::Appointment,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ReplyKind::Note => "note",
            ReplyKind::Agreement => "agreement",
            ReplyKind::Score => "score",
            ReplyKind::Appointment => "appointment",
        }
    }

    pub fn from_key(key: &str) -> Option<ReplyKind> {
        ReplyKind::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// The section an accepted reply of this kind goes to: what the app names when it says
    /// where it went, and where its button leads.
    pub fn section(self) -> crate::model::SectionKey {
        use crate::model::SectionKey;
        match self {
            ReplyKind::Note | ReplyKind::Appointment => SectionKey::Journal,
            ReplyKind::Agreement => SectionKey::Goals,
            ReplyKind::Score => SectionKey::Domains,
        }
    }
}

/// Shares whose replies may still wait at the relay: those with a reply key, until the relay
/// forgets them [`crate::api::RETENTION_MS`] after they ended. Asked once when a screen with
/// proposals opens.
pub fn reply_shares(records: &[ShareRecord], now: i64) -> Vec<ShareRecord> {
    records
        .iter()
        .filter(|r| r.reply_key.is_some() && r.expires.0 + crate::api::RETENTION_MS > now)
        .cloned()
        .collect()
}

/// Shares a new reply can still arrive through: live ones (not stopped, not ended) that
/// allow replies. Asked again while the screen stays open; with none, nothing is asked.
pub fn live_reply_shares(records: &[ShareRecord], now: i64) -> Vec<ShareRecord> {
    records
        .iter()
        .filter(|r| r.reply_key.is_some() && !r.revoked && r.expires.0 > now)
        .cloned()
        .collect()
}

/// The life domains a professional may propose a score for: when the share holds the life
/// domains, every domain of the 2017 matrix, also one nobody scored yet (an older dossier has
/// no score for Werk & opleiding, Tijdsbesteding or Instrumentele ADL); never Dagbesteding
/// of the earlier matrix. Nothing when the life domains are not shared.
pub fn score_domains(sections: &[crate::model::SectionKey]) -> Vec<Domain> {
    if sections.contains(&crate::model::SectionKey::Domains) {
        Domain::ALL.to_vec()
    } else {
        Vec::new()
    }
}

/// How long a declined proposal can still be brought back before it is declined for good
/// and deleted at the relay.
pub const DECLINE_UNDO_MS: u32 = 8_000;

impl ReplyBody {
    pub fn kind(&self) -> ReplyKind {
        match self {
            ReplyBody::Note { .. } => ReplyKind::Note,
            ReplyBody::Agreement { .. } => ReplyKind::Agreement,
            ReplyBody::Score { .. } => ReplyKind::Score,
            ReplyBody::Appointment { .. } => ReplyKind::Appointment,
        }
    }
}

/// Why a reply cannot be sent (or, arriving, taken). Each has its sentence in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyProblem {
    AuthorMissing,
    TextMissing,
    TooLong,
    DueInvalid,
    DomainMissing,
    ScoreMissing,
    WhenInvalid,
}

/// The viewer's reply form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReplyDraft {
    pub kind: ReplyKind,
    pub author: String,
    pub text: String,
    /// `YYYY-MM-DD` or empty.
    pub due: String,
    /// The id of a shared goal, or empty for a new goal named `goal_title`.
    pub goal: String,
    /// The new goal's name; empty leaves the name to the client's app ("Afspraken met Anna
    /// de Boer").
    pub goal_title: String,
    /// A domain key, or empty.
    pub domain: String,
    /// "1" to "5", or empty.
    pub score: String,
    /// `YYYY-MM-DDTHH:MM`, as a `datetime-local` input gives it.
    pub when: String,
}

impl ReplyDraft {
    /// The reply this draft makes, checked against the goals the professional can see.
    pub fn check(&self, shared: &Dossier, written: Timestamp) -> Result<Reply, Vec<ReplyProblem>> {
        let mut problems = Vec::new();
        let text = self.text.trim().to_owned();
        let body = match self.kind {
            ReplyKind::Note => ReplyBody::Note { text },
            ReplyKind::Agreement => {
                let due = match self.due.trim() {
                    "" => None,
                    typed => Date::parse(typed)
                        .map_err(|_| problems.push(ReplyProblem::DueInvalid))
                        .ok(),
                };
                let goal = match shared
                    .goals
                    .goals
                    .iter()
                    .find(|g| g.id.as_str() == self.goal)
                {
                    Some(goal) => GoalChoice::Existing {
                        id: goal.id.clone(),
                        title: goal.title.clone(),
                    },
                    None => GoalChoice::New {
                        title: self.goal_title.trim().to_owned(),
                    },
                };
                ReplyBody::Agreement { text, due, goal }
            }
            ReplyKind::Score => {
                let domain = Domain::ALL.into_iter().find(|d| d.key() == self.domain);
                let score = self.score.parse().ok().and_then(|s| Score::new(s).ok());
                if domain.is_none() {
                    problems.push(ReplyProblem::DomainMissing);
                }
                if score.is_none() {
                    problems.push(ReplyProblem::ScoreMissing);
                }
                match (domain, score) {
                    (Some(domain), Some(score)) => ReplyBody::Score {
                        domain,
                        score,
                        note: text,
                    },
                    _ => return Err(problems),
                }
            }
            ReplyKind::Appointment => match split_when(&self.when) {
                Some((date, time)) => ReplyBody::Appointment { text, date, time },
                None => {
                    problems.push(ReplyProblem::WhenInvalid);
                    if text.is_empty() {
                        problems.push(ReplyProblem::TextMissing);
                    }
                    return Err(problems);
                }
            },
        };
        let reply = Reply {
            v: REPLY_VERSION,
            author: self.author.trim().to_owned(),
            written,
            body,
        };
        problems.extend(reply.problems());
        problems.dedup();
        if problems.is_empty() {
            Ok(reply)
        } else {
            Err(problems)
        }
    }
}

/// `YYYY-MM-DDTHH:MM` into its date and time.
fn split_when(when: &str) -> Option<(Date, Option<String>)> {
    let (date, time) = when.trim().split_once('T').unwrap_or((when.trim(), ""));
    let date = Date::parse(date).ok()?;
    let time = time.get(..5).unwrap_or(time);
    match time {
        "" => Some((date, None)),
        t if is_clock_time(t) => Some((date, Some(t.to_owned()))),
        _ => None,
    }
}

fn is_clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else {
        return false;
    };
    h.len() == 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

impl Reply {
    /// What breaks the rules; a reply from the relay is held to them as well as a draft.
    pub fn problems(&self) -> Vec<ReplyProblem> {
        let mut problems = Vec::new();
        if self.author.trim().is_empty() {
            problems.push(ReplyProblem::AuthorMissing);
        }
        let (text, needed) = match &self.body {
            ReplyBody::Note { text } | ReplyBody::Appointment { text, .. } => (text, true),
            ReplyBody::Agreement { text, goal, .. } => {
                let (GoalChoice::New { title } | GoalChoice::Existing { title, .. }) = goal;
                if title.chars().count() > MAX_REPLY_LINE {
                    problems.push(ReplyProblem::TooLong);
                }
                (text, true)
            }
            ReplyBody::Score { note, .. } => (note, false),
        };
        if needed && text.trim().is_empty() {
            problems.push(ReplyProblem::TextMissing);
        }
        if text.chars().count() > MAX_REPLY_TEXT || self.author.chars().count() > MAX_REPLY_LINE {
            problems.push(ReplyProblem::TooLong);
        }
        if let ReplyBody::Appointment { time: Some(t), .. } = &self.body {
            if !is_clock_time(t) {
                problems.push(ReplyProblem::WhenInvalid);
            }
        }
        problems
    }

    /// The author split at the first comma: ("Anna de Boer", "wijkteam Oost").
    pub fn author_parts(&self) -> (String, String) {
        match self.author.split_once(',') {
            Some((name, organisation)) => (name.trim().to_owned(), organisation.trim().to_owned()),
            None => (self.author.trim().to_owned(), String::new()),
        }
    }
}

/// Seals a reply to a share's reply recipient (`age1…`), as the viewer posts it.
pub fn seal_reply(recipient: &str, reply: &Reply) -> Result<Vec<u8>, SealError> {
    let recipient = age::x25519::Recipient::from_str(recipient.trim()).map_err(|_| SealError)?;
    let plain = serde_json::to_vec(reply).map_err(|_| SealError)?;
    let sealed = age::encrypt(&recipient, &plain).map_err(|_| SealError)?;
    if sealed.len() > MAX_REPLY_BYTES {
        return Err(SealError);
    }
    Ok(sealed)
}

/// Why a reply from the relay was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadReply {
    #[error("the reply is larger than a reply may be")]
    TooLarge,
    #[error("the reply does not open with this share's key")]
    Undecryptable,
    #[error("the reply is not a reply this app can read")]
    Format,
}

/// Opens a reply with its share's key and holds it to the rules.
pub fn open_reply(key: &ReplyKey, ciphertext: &[u8]) -> Result<Reply, BadReply> {
    if ciphertext.len() > MAX_REPLY_BYTES {
        return Err(BadReply::TooLarge);
    }
    let plain = age::decrypt(&key.0, ciphertext).map_err(|_| BadReply::Undecryptable)?;
    let reply: Reply = serde_json::from_slice(&plain).map_err(|_| BadReply::Format)?;
    if reply.v != REPLY_VERSION || !reply.problems().is_empty() {
        return Err(BadReply::Format);
    }
    Ok(reply)
}

/// The entry id an accepted reply gets: fixed by the reply's id, so accepting twice (two
/// tabs, a retry) adds it once.
pub fn entry_id_for(reply_id: &str) -> EntryId {
    EntryId::new(format!("reply-{reply_id}"))
}

impl Dossier {
    /// Puts an accepted reply in its section, with its provenance. `date` is the day it was
    /// written, in the client's time zone; `unnamed_goal` names a new goal the professional
    /// left without a name. Answers the new entry's id; accepting the same reply again
    /// changes nothing.
    pub fn accept_reply(
        &mut self,
        reply: &Reply,
        reply_id: &str,
        share: &ShareRecord,
        date: Date,
        unnamed_goal: &str,
    ) -> EntryId {
        let id = entry_id_for(reply_id);
        if self.provenance.contains_key(&id) {
            return id;
        }
        let (name, organisation) = reply.author_parts();
        let journal = |kind, title: String, text: String, date, time| JournalEntry {
            id: id.clone(),
            kind,
            date,
            time,
            title,
            text,
            private: false,
        };
        match &reply.body {
            ReplyBody::Note { text } => {
                let entry = journal(JournalKind::Note, String::new(), text.clone(), date, None);
                self.journal.entries.push(entry);
            }
            ReplyBody::Appointment { text, date, time } => {
                let kind = JournalKind::Appointment {
                    with_whom: reply.author.trim().to_owned(),
                    place: String::new(),
                };
                let entry = journal(kind, text.clone(), String::new(), *date, time.clone());
                self.journal.entries.push(entry);
            }
            ReplyBody::Score {
                domain,
                score,
                note,
            } => self.domains.scores.push(DomainScore {
                id: id.clone(),
                domain: *domain,
                score: *score,
                note: note.clone(),
                date,
                scored_by: ScoredBy::Professional {
                    name: reply.author.trim().to_owned(),
                },
            }),
            ReplyBody::Agreement { text, due, goal } => {
                let agreement = Agreement {
                    id: id.clone(),
                    what: text.clone(),
                    owner: Owner::Professional { name, organisation },
                    due: *due,
                    status: AgreementStatus::Open,
                };
                let existing = match goal {
                    GoalChoice::Existing { id, .. } => {
                        self.goals.goals.iter().position(|g| &g.id == id)
                    }
                    GoalChoice::New { .. } => None,
                };
                match existing {
                    Some(at) => self.goals.goals[at].agreements.push(agreement),
                    None => {
                        let (GoalChoice::Existing { title, .. } | GoalChoice::New { title }) = goal;
                        let title = match title.trim() {
                            "" => unnamed_goal.trim(),
                            title => title,
                        };
                        self.goals.goals.push(Goal {
                            id: EntryId::new(format!("{}-goal", id.as_str())),
                            title: title.to_owned(),
                            description: String::new(),
                            created: Some(date),
                            agreements: vec![agreement],
                        });
                    }
                }
            }
        }
        self.provenance.insert(
            id.clone(),
            Provenance {
                author: reply.author.trim().to_owned(),
                shared: share.created,
                written: reply.written,
            },
        );
        id
    }
}

mod words;

#[cfg(test)]
#[path = "reply_tests.rs"]
mod tests;
