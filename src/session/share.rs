//! The client's side of sharing: seal a snapshot to a fresh key, hand the ciphertext to the
//! relay, keep the revoke token inside the sealed dossier, and show the link as a QR code.

use leptos::prelude::*;
use regie_core::api::{raw_share_body, CreateShareParams, ShareLog};
use regie_core::catalogue::Text;
use regie_core::model::{ShareRecord, Timestamp};
use regie_core::reply::ReplyKey;
use regie_core::share::{
    qr_svg, seal_share_with_files, ShareKey, ShareLink, SharePreview, ShareTerms,
};
use regie_core::share_choice::{ShareChoice, ShareSummary};
use regie_core::signing::CheckWords;

use crate::platform::clock::{now_ms, perf_now, record_timing};
use crate::platform::location;
use crate::platform::relay::{self, Errand, RelayError};
use crate::session::Session;

/// What the client asked to share.
pub struct ShareRequest {
    pub recipient: String,
    /// Sections, life domains left out, documents: exactly what goes along.
    pub choice: ShareChoice,
    pub minutes: u32,
    pub max_opens: Option<u32>,
    /// The spoken code, checked ([`regie_core::share_gate::check_code`]).
    pub code: Option<String>,
    /// A share for later: when it starts (milliseconds since the Unix epoch).
    pub starts_at: Option<i64>,
    /// The professional may write back (see [`regie_core::reply`]).
    pub replies: bool,
    /// What it is for ("waarvoor"), checked ([`regie_core::request::purpose_of`]).
    pub purpose: Option<String>,
}

/// A share just made: the link exists only here, in memory, and in the QR code.
#[derive(Clone)]
pub struct MadeShare {
    pub recipient: String,
    /// The words of the dossier that signed it, as the viewer will show them.
    pub check_words: CheckWords,
    pub link: String,
    pub qr_svg: String,
    pub expires: i64,
    /// What it holds, for the one line under the QR code.
    pub summary: ShareSummary,
    pub code: Option<String>,
    pub starts: Option<i64>,
}

/// Checks what was asked before anything is encrypted or sent.
pub fn check(request: &ShareRequest) -> Result<(), Text> {
    if request.choice.sections.is_empty() {
        return Err(Text::ErrShareNoSections);
    }
    if request.recipient.trim().is_empty() {
        return Err(Text::ErrShareNoRecipient);
    }
    if matches!(request.max_opens, Some(n) if !(1..=regie_core::api::MAX_OPENS_LIMIT).contains(&n))
    {
        return Err(Text::ErrShareMaxOpens);
    }
    if request
        .code
        .as_deref()
        .is_some_and(|code| !regie_core::api::is_share_code(code))
    {
        return Err(Text::ErrShareCode);
    }
    regie_core::share_gate::starts_in_secs(request.starts_at, now_ms())?;
    Ok(())
}

impl Session {
    /// Makes the share. On any failure the dossier is as it was.
    pub async fn share(&self, request: ShareRequest) -> Result<MadeShare, Text> {
        check(&request)?;
        let started = perf_now();
        let now = Timestamp(now_ms());
        let starts_in = regie_core::share_gate::starts_in_secs(request.starts_at, now.0)?;
        // The duration counts from the start.
        let starts = starts_in.map(|secs| Timestamp(now.0 + secs as i64 * 1000));
        let expires = Timestamp(starts.unwrap_or(now).0 + i64::from(request.minutes) * 60_000);
        let key = ShareKey::generate();
        // The share's id and settings are signed with it, so a viewer refuses the same
        // preview and content uploaded again under another id or with other settings.
        let terms = ShareTerms {
            id: ShareTerms::new_id(),
            starts,
            max_opens: request.max_opens,
            code: request.code.is_some(),
        };
        // One reply key per share: its public half goes in the signed preview, its secret
        // stays in the sealed dossier with the share's record.
        let reply_key = request.replies.then(ReplyKey::generate);
        // Every share has a log key the same way: viewers seal who opened, reloaded,
        // printed or replied to its public half; only the client opens them.
        let log_key = ReplyKey::generate();
        // Every share is signed; a dossier that has no key yet gets it now, and keeps it.
        if self.dossier.with_untracked(|d| d.signing.is_none()) {
            self.edit(|d| {
                d.ensure_signing_key();
            });
            self.save_now();
        }
        // Exactly what is sealed: the choice applied to the dossier (never a private journal
        // entry), and the bytes of the chosen documents only, decrypted one by one.
        let (shared, file_ids, summary) = self.dossier.with_untracked(|dossier| {
            let choice = &request.choice;
            (
                choice.snapshot(dossier),
                choice.document_ids(dossier),
                choice.summary(dossier),
            )
        });
        let files = if file_ids.is_empty() {
            Vec::new()
        } else {
            self.documents_for_share(&file_ids).await
        };
        let (preview, sealed, check_words) = self.dossier.with_untracked(|dossier| {
            let preview = SharePreview {
                reply_to: reply_key.as_ref().map(ReplyKey::recipient),
                log_to: Some(log_key.recipient()),
                purpose: request.purpose.clone(),
                ..SharePreview::new(
                    &request.recipient,
                    dossier,
                    &request.choice.sections,
                    now,
                    expires,
                )
            };
            // The snapshot is signed with the dossier's key, which the sealed copy never holds.
            let mut signed = shared.clone();
            signed.signing = dossier.signing.clone();
            let sealed = seal_share_with_files(&key, &preview, &terms, &signed, &files);
            let words = dossier.signer().map(|signer| signer.check_words());
            (preview, sealed, words)
        });
        drop(shared);
        drop(files);
        let sealed = sealed.map_err(|_| Text::ErrShareRefused)?;
        let check_words = check_words.ok_or(Text::ErrShareRefused)?;
        let params = CreateShareParams {
            id: Some(terms.id.clone()),
            expires_in_secs: u64::from(request.minutes) * 60,
            max_opens: request.max_opens,
            code: request.code.clone(),
            starts_in_secs: starts_in,
            replies: request.replies,
        };
        let body = raw_share_body(&params, &sealed.preview, &sealed.content);
        drop(sealed);
        let created = relay::create_share(body)
            .await
            .map_err(|e| e.text(Errand::Share))?;
        // The relay took the id it was given; anything else would be refused by the viewer.
        if created.id != terms.id {
            return Err(Text::ErrShareRefused);
        }
        let record = ShareRecord {
            id: created.id.clone(),
            revoke_token: created.revoke_token,
            recipient: preview.recipient.clone(),
            sections: preview.sections.clone(),
            created: now,
            expires: Timestamp(created.expires_at),
            max_opens: request.max_opens,
            revoked: false,
            revoked_at: None,
            code: request.code.clone(),
            starts,
            reply_key: reply_key.as_ref().map(ReplyKey::to_secret),
            log_key: Some(log_key.to_secret()),
            decided: Vec::new(),
            // Kept in the sealed dossier until the share ends, to show its QR code again.
            link_key: Some(key.to_record()),
            purpose: request.purpose.clone(),
        };
        // The revoke token exists nowhere else: store it at once.
        self.edit(|d| d.shares.add(record));
        self.save_now();
        let origin = location::origin();
        let link = ShareLink {
            id: created.id,
            key,
        }
        .to_url(&origin);
        let qr_svg = qr_svg(&link).ok_or(Text::ErrShareRefused)?;
        record_timing("share", started);
        Ok(MadeShare {
            recipient: preview.recipient,
            check_words,
            link,
            qr_svg,
            expires: created.expires_at,
            summary,
            code: request.code,
            starts: starts.map(|t| t.0),
        })
    }
}

impl Session {
    /// A live share as it was just made: the same link, QR code and check words, from the
    /// key its record keeps. `None` once the key is gone (stopped, ended, or made by an
    /// earlier version).
    pub fn show_again(&self, id: &str) -> Option<MadeShare> {
        let origin = location::origin();
        self.dossier.with_untracked(|d| {
            let record = d.shares.records.iter().find(|r| r.id == id)?;
            let link = record.link(&origin)?;
            let qr_svg = qr_svg(&link)?;
            let check_words = d.signer()?.check_words();
            Some(MadeShare {
                recipient: record.recipient.clone(),
                check_words,
                link,
                qr_svg,
                expires: record.expires.0,
                summary: ShareSummary {
                    sections: record.sections.clone(),
                    ..ShareSummary::default()
                },
                code: record.code.clone(),
                starts: record.starts.map(|t| t.0),
            })
        })
    }
}

/// The relay's record of one share: status and openings.
pub async fn log(record: &ShareRecord) -> Result<ShareLog, RelayError> {
    relay::share_log(&record.id, &record.revoke_token).await
}

/// The events of a share's activity log that open with its log key, with the relay's moment
/// of each, oldest first. A share made before the log has none; an event that does not open
/// or read is left out.
pub async fn activity(
    record: &ShareRecord,
) -> Result<Vec<(i64, regie_core::share::activity::ActivityEvent)>, RelayError> {
    use base64::Engine as _;
    use regie_core::share::activity::{open_event, LogKey};
    let Some(key) = record.log_key.as_deref().and_then(LogKey::from_secret) else {
        return Ok(Vec::new());
    };
    let list = relay::fetch_activity(&record.id, &record.revoke_token).await?;
    Ok(list
        .events
        .iter()
        .filter_map(|e| {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(&e.ciphertext)
                .ok()?;
            Some((e.received_at, open_event(&key, &bytes).ok()?))
        })
        .collect())
}

impl Session {
    /// Stops a share. A share the relay no longer knows is as good as stopped.
    pub async fn revoke_share(&self, id: String) -> Result<(), Text> {
        let token = self.dossier.with_untracked(|d| {
            d.shares
                .records
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.revoke_token.clone())
        });
        let Some(token) = token else { return Ok(()) };
        match relay::revoke_share(&id, &token).await {
            Ok(()) | Err(RelayError::Gone) => {}
            Err(e) => return Err(e.text(Errand::Revoke)),
        }
        let at = Timestamp(now_ms());
        self.edit(|d| d.shares.mark_revoked(&id, at));
        self.save_now();
        Ok(())
    }
}
