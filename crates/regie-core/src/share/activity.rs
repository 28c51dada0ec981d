//! Who opened a share, and what they did: the activity log.
//!
//! A share made since the log carries a *log recipient* in its signed preview
//! ([`crate::share::SharePreview::log_to`]): the public half of an age X25519 key made for
//! that share alone, whose secret stays in the client's sealed dossier with the share's
//! record ([`crate::model::ShareRecord::log_key`]). The viewer seals one [`ActivityEvent`]
//! per opening, reload, print and reply sent, with who the professional said they are
//! ([`Who`], as typed, optional) and the sections shown, and posts the age file to the
//! relay's activity route. The relay keeps ciphertext only, and stamps each event with its
//! own clock: that moment is the one the client sees.
//!
//! The client's list tells it in sentences: "Anna de Boer (wijkteam Oost, consulent) opende
//! om 14:02 en printte om 14:10" (see [`sentences`]). Names are as typed; nobody checked
//! them. A print is what the viewer reports: a screenshot or a photo is never seen.

use serde::{Deserialize, Serialize};

use crate::api::{ShareLog, MAX_ACTIVITY_BYTES};
use crate::catalogue::{formats, Lang, PageText};
use crate::model::Timestamp;
use crate::sorting::sort_by_key;
use crate::vault::SealError;

/// The format version of an event's plaintext.
pub const ACTIVITY_VERSION: u32 = 1;
/// The longest name, organisation or role kept, in characters.
pub const MAX_WHO_LEN: usize = 80;
/// The most section keys one event names.
const MAX_SECTIONS: usize = 32;
/// How long after a counted opening its sealed event may arrive and still be taken as that
/// opening's: the viewer posts it as soon as the content is shown.
const OPENING_MATCH_MS: i64 = 5 * 60_000;

/// The key that opens one share's activity log: the same kind of key as a reply key.
pub use crate::reply::ReplyKey as LogKey;

/// Who the professional said they are, as typed in the viewer. Every part may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Who {
    pub name: String,
    pub org: String,
    pub role: String,
}

impl Who {
    /// The parts trimmed, without control characters, each cut at [`MAX_WHO_LEN`].
    pub fn cleaned(&self) -> Who {
        let clean = |s: &str| -> String {
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(MAX_WHO_LEN)
                .collect()
        };
        Who {
            name: clean(&self.name),
            org: clean(&self.org),
            role: clean(&self.role),
        }
    }

    /// "Anna de Boer (wijkteam Oost, consulent)"; without a name, "Iemand (naam niet
    /// opgegeven, wijkteam Oost)".
    pub fn words(&self, lang: Lang) -> String {
        let who = self.cleaned();
        let extra: Vec<&str> = [who.org.as_str(), who.role.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if who.name.is_empty() {
            let mut inner = vec![PageText::ActivityNoName.get(lang)];
            inner.extend(extra);
            PageText::ActivitySomeone.fill(lang, &[&inner.join(", ")])
        } else if extra.is_empty() {
            who.name
        } else {
            format!("{} ({})", who.name, extra.join(", "))
        }
    }
}

/// What the viewer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The content was opened: a counted opening.
    Opened,
    /// The viewer's tab was reloaded and showed the content again, uncounted.
    Resumed,
    /// The viewer's print button or the browser's print.
    Printed,
    /// A reply was sent.
    Replied,
}

impl Action {
    /// The `data-event` value of the list's `log-entry`, and the CSV's action column.
    pub fn key(self) -> &'static str {
        match self {
            Action::Opened => "opened",
            Action::Resumed => "resumed",
            Action::Printed => "printed",
            Action::Replied => "replied",
        }
    }

    fn text(self) -> PageText {
        match self {
            Action::Opened => PageText::ActivityOpened,
            Action::Resumed => PageText::ActivityResumed,
            Action::Printed => PageText::ActivityPrinted,
            Action::Replied => PageText::ActivityReplied,
        }
    }
}

/// One event as the viewer seals it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEvent {
    pub v: u32,
    pub action: Action,
    #[serde(default)]
    pub who: Who,
    /// The keys of the sections shown.
    #[serde(default)]
    pub sections: Vec<String>,
    /// When it happened, by the viewer's clock (the list uses the relay's).
    pub at: Timestamp,
}

impl ActivityEvent {
    pub fn new(action: Action, who: &Who, sections: &[&str], at: Timestamp) -> ActivityEvent {
        ActivityEvent {
            v: ACTIVITY_VERSION,
            action,
            who: who.cleaned(),
            sections: sections
                .iter()
                .take(MAX_SECTIONS)
                .map(|s| (*s).to_owned())
                .collect(),
            at,
        }
    }
}

/// Seals `event` to the share's log recipient (`age1…`).
pub fn seal_event(recipient: &str, event: &ActivityEvent) -> Result<Vec<u8>, SealError> {
    let recipient: age::x25519::Recipient = recipient.trim().parse().map_err(|_| SealError)?;
    let plain = serde_json::to_vec(event).map_err(|_| SealError)?;
    let sealed = age::encrypt(&recipient, &plain).map_err(|_| SealError)?;
    if sealed.len() > MAX_ACTIVITY_BYTES {
        return Err(SealError);
    }
    Ok(sealed)
}

/// Why an event from the relay was left out of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadEvent {
    #[error("the event is larger than an event may be")]
    TooLarge,
    #[error("the event does not open with this share's log key")]
    Undecryptable,
    #[error("the event is not an activity event of a known version")]
    Format,
}

/// Opens one event with the share's log key; what it names is cleaned again, so a hostile
/// viewer's text cannot grow the list.
pub fn open_event(key: &LogKey, ciphertext: &[u8]) -> Result<ActivityEvent, BadEvent> {
    if ciphertext.len() > MAX_ACTIVITY_BYTES {
        return Err(BadEvent::TooLarge);
    }
    let plain = key.decrypt(ciphertext).ok_or(BadEvent::Undecryptable)?;
    let mut event: ActivityEvent = serde_json::from_slice(&plain).map_err(|_| BadEvent::Format)?;
    if event.v != ACTIVITY_VERSION || event.sections.len() > MAX_SECTIONS {
        return Err(BadEvent::Format);
    }
    event.who = event.who.cleaned();
    Ok(event)
}

/// One thing that happened, at the relay's moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: i64,
    pub action: Action,
    pub who: Who,
    pub sections: Vec<String>,
}

/// The entries of a share's log: the sealed events (with the relay's moment of each), and
/// every counted opening the relay logged that no sealed opening accounts for (an earlier
/// viewer, or one that could not send) as an opening without a name. Oldest first.
pub fn entries(log: &ShareLog, events: &[(i64, ActivityEvent)]) -> Vec<Entry> {
    let mut used = vec![false; events.len()];
    let mut out: Vec<Entry> = Vec::new();
    for &opened in &log.opens {
        let found = events.iter().enumerate().position(|(i, (at, event))| {
            !used[i]
                && event.action == Action::Opened
                && (opened..=opened + OPENING_MATCH_MS).contains(at)
        });
        match found {
            Some(i) => used[i] = true,
            None => out.push(Entry {
                at: opened,
                action: Action::Opened,
                who: Who::default(),
                sections: Vec::new(),
            }),
        }
    }
    out.extend(events.iter().map(|(at, event)| Entry {
        at: *at,
        action: event.action,
        who: event.who.clone(),
        sections: event.sections.clone(),
    }));
    sort_by_key(&mut out, |entry| entry.at);
    out
}

/// One sentence of the list: who, then what they did, each part with its moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The moment of its first entry, to place it among the log's other lines.
    pub at: i64,
    /// "Anna de Boer (wijkteam Oost, consulent)".
    pub who: String,
    /// ("opende om 14:02", "opened"), one per entry.
    pub parts: Vec<(String, &'static str)>,
    /// What goes before part `i` (for `i` > 0): ", " or " en ".
    pub joins: Vec<String>,
}

impl Sentence {
    /// The whole sentence as one text.
    pub fn text(&self) -> String {
        let mut out = self.who.clone();
        for (i, (part, _)) in self.parts.iter().enumerate() {
            out.push_str(if i == 0 { " " } else { &self.joins[i - 1] });
            out.push_str(part);
        }
        out
    }
}

/// The entries as sentences: one per run of entries by the same person, in time order.
/// `offset_at` gives the device's minutes east of UTC at a moment.
pub fn sentences(
    entries: &[Entry],
    now: Timestamp,
    offset_at: &dyn Fn(i64) -> i32,
    lang: Lang,
) -> Vec<Sentence> {
    let today = now.to_date(offset_at(now.0));
    let mut runs: Vec<(&Who, Vec<&Entry>)> = Vec::new();
    for entry in entries {
        match runs.last_mut() {
            Some((who, run)) if **who == entry.who => run.push(entry),
            _ => runs.push((&entry.who, vec![entry])),
        }
    }
    runs.into_iter()
        .map(|(who, run)| {
            let parts: Vec<(String, &'static str)> = run
                .iter()
                .map(|entry| {
                    let at = Timestamp(entry.at).to_local(offset_at(entry.at));
                    let when = match (at, today) {
                        (Some(at), Some(today)) => formats::moment_near(at, today, lang),
                        _ => String::new(),
                    };
                    (entry.action.text().fill(lang, &[&when]), entry.action.key())
                })
                .collect();
            let n = parts.len();
            let joins = (1..n)
                .map(|i| {
                    if i == n - 1 {
                        format!(" {} ", PageText::ActivityAnd.get(lang))
                    } else {
                        ", ".to_owned()
                    }
                })
                .collect();
            Sentence {
                at: run[0].at,
                who: who.words(lang),
                parts,
                joins,
            }
        })
        .collect()
}

/// The log as CSV (RFC 4180, comma-separated, CRLF line ends, a header line): moment (local
/// `YYYY-MM-DD HH:MM`), name, organisation, role, action, sections (keys, space-separated).
/// A cell a spreadsheet would take as a formula starts with `'`.
pub fn csv(entries: &[Entry], offset_at: &dyn Fn(i64) -> i32, lang: Lang) -> String {
    let header = [
        PageText::ActivityCsvMoment,
        PageText::ActivityCsvName,
        PageText::ActivityCsvOrg,
        PageText::ActivityCsvRole,
        PageText::ActivityCsvAction,
        PageText::ActivityCsvSections,
    ]
    .map(|t| t.get(lang).to_owned());
    let mut out = csv_line(&header);
    for entry in entries {
        let moment = Timestamp(entry.at)
            .to_local(offset_at(entry.at))
            .map(|at| format!("{} {}", at.date, at.time()))
            .unwrap_or_default();
        out.push_str(&csv_line(&[
            moment,
            entry.who.name.clone(),
            entry.who.org.clone(),
            entry.who.role.clone(),
            entry.action.key().to_owned(),
            entry.sections.join(" "),
        ]));
    }
    out
}

fn csv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|cell| {
            let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{cell}")
            } else {
                cell.clone()
            };
            if cell.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
#[path = "activity_tests.rs"]
mod tests;
